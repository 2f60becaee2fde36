# Iterator protocol: __iter__, __next__, __reversed__, iter() errors.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
print(list(Countdown(4)), list(reversed(Countdown(4))))
class Manual:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v
m = Manual("abc")
print(next(m), list(m), list(m))
print(iter(m) is m)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(e)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    next(NotIter())
except TypeError as e:
    print(e)
try:
    for q in 42:
        pass
except TypeError as e:
    print(e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(RevNone())
except TypeError as e:
    print(e)
class RevSeq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(RevSeq())))
a, b, c = Manual([1, 2, 3])
print(a, b, c)
print(sum(Countdown(10)), max(Countdown(3)), sorted(Countdown(3)))
print(dict(zip(Countdown(3), "xyz")), set(Countdown(2)))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
