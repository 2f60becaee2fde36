# sys.setrecursionlimit / getrecursionlimit behaviour.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
d1 = depth(0)
sys.setrecursionlimit(400)
d2 = depth(0)
print(d1 < d2, 150 < d1 <= 200, 350 < d2 <= 400)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(e)
sys.setrecursionlimit(old)
def needs(n):
    return 0 if n == 0 else 1 + needs(n - 1)
print(needs(900))
sys.setrecursionlimit(3000)
print(needs(2500))
sys.setrecursionlimit(old)
