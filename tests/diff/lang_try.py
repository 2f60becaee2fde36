# try/except/else/finally flow.
def attempt(action):
    out = []
    try:
        out.append("try")
        if action == "raise":
            raise ValueError("v")
        if action == "key":
            raise KeyError("k")
        if action == "return":
            return out + ["returned"]
    except ValueError as e:
        out.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        out.append("except tuple " + type(e).__name__)
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for a in ["ok", "raise", "key", "return"]:
    print(a, attempt(a))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer got", e)
def name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
print(name_cleared())
try:
    raise Exception("base")
except BaseException as e:
    print("caught via BaseException", type(e).__name__)
def bare():
    try:
        1 / 0
    except:
        return "bare except"
print(bare())
for exc in [ValueError, ZeroDivisionError, ArithmeticError, LookupError, KeyError]:
    try:
        raise exc("m")
    except ArithmeticError:
        print(exc.__name__, "-> ArithmeticError")
    except LookupError:
        print(exc.__name__, "-> LookupError")
    except Exception:
        print(exc.__name__, "-> Exception")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally during exception")
except ValueError as e:
    print("propagated", e)
def nested_handlers():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError as e:
        return repr(e), repr(e.__context__)
print(nested_handlers())
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 42:
        pass
    print("except clause not evaluated")
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
