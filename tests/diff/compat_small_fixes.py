# Small CPython-compatibility fixes found by CPython's own tests:
# list.extend with a lying __length_hint__, operator.index on int
# subclasses, type.__itemsize__, setlocale with a composite LC_ALL name.
import sys, operator, locale
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

class CustomIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return sys.maxsize
a = [1, 2, 3, 4]
a.extend(CustomIter())
t(lambda: a)
t(lambda: [].extend(CustomIter()))

class MyInt(int):
    def __index__(self): return int(str(self)) + 1
t(lambda: (operator.index(MyInt(7)), type(operator.index(MyInt(7)))))
class BadInt2(int):
    def __index__(self): return True
t(lambda: operator.index(BadInt2()))
t(lambda: (operator.index(True), type(operator.index(True))))
t(lambda: operator.index(5))
t(lambda: operator.index(2.0))

for tp in (object, int, bool, float, str, bytes, bytearray, tuple, list, dict, type, memoryview, BaseException):
    print(tp.__name__, tp.__itemsize__)
class A: pass
class B(tuple): pass
class C(int): pass
print(A.__itemsize__, B.__itemsize__, C.__itemsize__)
def setit(): tuple.__itemsize__ = 3
t(setit)
lst = [0]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
t(lambda: lst * size)

old = locale.setlocale(locale.LC_ALL)
t(lambda: locale.setlocale(locale.LC_ALL, old) == old)
t(lambda: locale.setlocale(locale.LC_ALL, 'LC_CTYPE=C;LC_BOGUS=C'))
t(lambda: locale.setlocale(locale.LC_ALL, 'C'))
t(lambda: locale.setlocale(locale.LC_ALL, old) == old)
