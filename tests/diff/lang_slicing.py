# Slicing of sequences: steps, negatives, assignment, slice objects.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-1:-4:-1], s[5:2:-1])
print(s[100:], s[-100:2], s[5:5], s[8:2], s[::100], s[3:-3], s[-2:-8:-2])
l = list(range(10))
print(l[2:8:2], l[::-2], l[8:1:-3])
l[2:5] = ["a", "b"]
print(l)
l[::3] = "XYZ"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
l[1:1] = ["ins1", "ins2"]
print(l)
l[:] = "ab"
print(l)
l[5:] = [9]
print(l)
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2])
b = b"abcdef"
print(b[1:3], b[::-1], b[0], b[-1])
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-2, None, -1).indices(10))
print(slice(3), slice(1, 2), repr(slice(None, None, None)), slice(1, 2) == slice(1, 2))
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s["a":]
except TypeError as e:
    print(e)
r = range(20)
print(r[2:10:3], list(r[::-5]), r[-3:], r[100:])
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1:2], x[::], x[:, 1], x[1:2, ::3], x[...], x[None:"a"])
big = list(range(5))
del big[::2]
print(big)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
print(ba, ba[::-1])
print("abc"[-1], "abc"[-3])
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    [][0]
except IndexError as e:
    print(e)
try:
    ()[-1]
except IndexError as e:
    print(e)
