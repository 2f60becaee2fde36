# finally semantics: return/break/continue interaction, ordering.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f4 finally", i)
    return i
print(f4())
def f5():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(f5())
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f6())
def f7():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f7())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f9 finally")
print(f9())
def f10():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    finally:
        print("f10 finally")
try:
    f10()
except ValueError as e:
    print("got", e, repr(e.__context__))
def f11():
    while True:
        try:
            return "loop return"
        finally:
            break
    return "after loop"
print(f11())
def f12(n):
    try:
        if n:
            raise RuntimeError(n)
    finally:
        print("f12 cleanup", n)
    return "ok"
print(f12(0))
try:
    f12(1)
except RuntimeError as e:
    print("raised", e)
count = 0
while count < 3:
    try:
        count += 1
    finally:
        if count == 2:
            print("finally at 2")
print(count)
