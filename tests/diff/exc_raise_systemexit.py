# raise SystemExit variants; finally blocks still run.
import sys
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code", e.code)
try:
    sys.exit(None)
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    pass
finally:
    print("cleanup before exit")
try:
    raise SystemExit(7)
finally:
    print("finally during SystemExit")
