# Implicit exception chaining: __context__.
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("inner")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e.__context__))
e1 = ValueError("standalone")
print(e1.__context__, e1.__cause__, e1.__suppress_context__)
try:
    try:
        raise ValueError("x")
    except ValueError as err:
        raise err
except ValueError as e:
    print("reraise same: context is", e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        pass
    raise KeyError("after handled")
except KeyError as e:
    print("context after handled block:", e.__context__)
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("in close")
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
err = None
try:
    try:
        raise OSError("io")
    except OSError as inner:
        err = inner
        raise
except OSError as outer:
    print(outer is err)
try:
    try:
        raise ValueError(1)
    except ValueError as v:
        v.__context__ = None
        raise TypeError(2)
except TypeError as t:
    print(repr(t.__context__))
