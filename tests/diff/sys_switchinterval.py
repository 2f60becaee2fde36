# sys.getswitchinterval / setswitchinterval (stored even where threads
# run one at a time).
import sys

print(sys.getswitchinterval())
for v in (0.0123456789, 1, 2.5e-6, 1e-9, True):
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for v in (0, -1, 0.0, -1e-300, "x", None):
    try:
        sys.setswitchinterval(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval(interval=1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
