# RecursionError is catchable; the limit is adjustable; depth counting.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth(0) < 200)
sys.setrecursionlimit(1000)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual ok")
# still works after the error
print(sum(range(10)))
