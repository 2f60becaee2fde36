# The built-in exception hierarchy.
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            FloatingPointError, LookupError, IndexError, KeyError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError, UnboundLocalError,
            AttributeError, RuntimeError, RecursionError, NotImplementedError, StopIteration,
            StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError,
            ImportError, ModuleNotFoundError, OSError, FileNotFoundError, PermissionError,
            TimeoutError, ConnectionError, BrokenPipeError, EOFError, MemoryError, SyntaxError,
            IndentationError, TabError, SystemError, BufferError, ReferenceError,
            Warning, UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning,
            BaseExceptionGroup, ExceptionGroup]:
    print(chain(cls))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
print(BaseException.__bases__, Exception.__bases__)
