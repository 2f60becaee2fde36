import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
skip = {'BaseExceptionGroup', 'ExceptionGroup', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError'}
for n in names:
    if n in skip: continue
    cls = getattr(builtins, n)
    for args in [(), ('msg',), ('a', 2)]:
        try:
            e = cls(*args)
            print(n, args, repr(str(e)), repr(e), e.args)
        except Exception as ex:
            print(n, args, 'ERR', type(ex).__name__, ex)
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), str(KeyError(1)))
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = OSError(2, 'No such file', 'path.txt')
print(e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'No such file', 'a', None, 'b')
print(str(e), e.filename2)
e = FileNotFoundError(2, 'nf')
print(type(e).__name__, e.errno, str(e))
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print(IOError is OSError, EnvironmentError is OSError)
e = StopIteration(1, 2)
print(e.value, e.args)
print(StopIteration().value)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = SyntaxError('bad', ('f.py', 1, 2, 'text', 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, str(e))
print(str(SyntaxError('x')))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(e), e.start, e.end, e.reason)
e = ImportError('m', name='mod', path='p')
print(str(e), e.name, e.path, e.msg)
e = NameError('n', name='q')
print(e.name)
e = AttributeError('a', name='nm', obj=1)
print(e.name, e.obj)
print(BaseException('x').with_traceback(None) is not None)
e = Exception('a')
e.args = ('b', 'c')
print(str(e), repr(e))
e.args = 'xy'
print(e.args)
print(repr(Exception(Exception('inner'))))
print(ZeroDivisionError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
class E(Exception):
    def __init__(self):
        pass
print(repr(E()), str(E()), E().args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
print(repr(E2(1, 2)))
try:
    raise E2
except TypeError as ex:
    print(type(ex).__name__, ex)
