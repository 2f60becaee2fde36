# Deep recursion raises RecursionError, which can be caught; the runtime survives.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def depth_reached():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count
d = depth_reached()
print("some depth reached:", d > 100)
print(isinstance(RecursionError(), RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Deep().a
except RecursionError as e:
    print("getattr recursion:", type(e).__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
try:
    down(0)
except RecursionError:
    print("second time also fine")
