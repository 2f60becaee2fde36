# Built-in types whose instances only C code makes (functions, method
# descriptors, iterators, views): calling them, their __new__ or
# object.__new__ on them must raise TypeError.  Pyclave used to let them
# inherit object.__new__, which made an instance with NULL fields, and
# type(len)() or repr(type(str.isdigit).__new__(...)) crashed.
def gen():
    yield 1

samples = [
    len, str.isdigit, [].append, (1).__add__, object.__init__, iter([]), iter(()), iter(''),
    iter(range(3)), iter(range(2 ** 70)), {}.keys(), {}.values(), {}.items(), iter({}), iter({}.values()),
    iter({}.items()), reversed([]), iter(set()), iter(b''), iter(bytearray()), gen(),
]
for obj in samples:
    T = type(obj)
    for label, make in (('T()', lambda: T()), ('T.__new__(T)', lambda: T.__new__(T)),
                        ('object.__new__(T)', lambda: object.__new__(T))):
        try:
            r = make()
        except TypeError as e:
            print(T.__name__, label, 'TypeError:', e)
        else:
            print(T.__name__, label, 'made', type(r).__name__)

# Constructors of other built-in types, with a few argument shapes: the
# ones CPython refuses (generator, traceback, frame, code without
# arguments, UnionType) used to build empty instances here.
import types
cands = dict(none=type(None), ell=type(...), ni=type(NotImplemented), ns=types.SimpleNamespace, mod=types.ModuleType,
             prop=property, sm=staticmethod, cm=classmethod, sup=super, mv=memoryview, sl=slice, fs=frozenset,
             func=types.FunctionType, cell=types.CellType, meth=types.MethodType,
             gen=types.GeneratorType, tb=types.TracebackType, frame=types.FrameType, code=types.CodeType,
             ga=types.GenericAlias, un=types.UnionType, obj=object, bo=bool, by=bytearray, cx=complex, en=enumerate,
             rev=reversed, zp=zip, mp2=map, flt=filter, rng=range, bexc=BaseException, exc=ValueError)
for k, T in cands.items():
    for args in ((), (1,), ('x',)):
        try:
            r = T(*args)
            print(k, args, 'made', type(r).__name__)
        except Exception as e:
            print(k, args, type(e).__name__)
