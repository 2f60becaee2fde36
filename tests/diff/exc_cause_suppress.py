# raise ... from: __cause__, from None, __suppress_context__.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("x") from IndexError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("x") from IndexError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    ValueError().__context__ = 3
except TypeError as err:
    print(err)
def layered():
    try:
        try:
            int("x")
        except ValueError as a:
            raise KeyError("k") from a
    except KeyError as b:
        raise RuntimeError("top") from b
try:
    layered()
except RuntimeError as top:
    c = top
    while c:
        print(type(c).__name__, c.args[0] if c.args else "")
        c = c.__cause__
