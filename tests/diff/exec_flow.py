# Control flow through exceptions: try/except/else/finally, with, loops.
import sys
def order():
    out = []
    try:
        out.append("try")
        raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(order())

def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_finally())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(swallow())

def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("outer") from e
    except TypeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
nested()

def ctx():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["x"]
    except KeyError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
ctx()

def handled_state():
    print(sys.exception())
    try:
        raise ValueError("a")
    except ValueError:
        print(repr(sys.exception()))
        try:
            raise KeyError("b")
        except KeyError:
            print(repr(sys.exception()))
        print(repr(sys.exception()))
    print(sys.exception())
handled_state()

def reraise():
    try:
        try:
            raise ValueError("orig")
        except ValueError:
            raise
    except ValueError as e:
        print("reraised", e)
reraise()
try:
    raise
except RuntimeError as e:
    print(e)

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as n1, CM("b") as n2:
    print("body", n1, n2)
with CM("c", swallow=True):
    raise ValueError("swallowed")
try:
    with CM("d"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def with_return():
    with CM("e"):
        return "returned"
print(with_return())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 5:
        pass
except TypeError as e:
    print(e)

def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as err:
        print(type(err).__name__, err)
exc_var_cleared()

try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
while True:
    try:
        break
    finally:
        print("finally on break")
