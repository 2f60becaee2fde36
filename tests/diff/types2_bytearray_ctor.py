# bytearray constructor and mutation method errors
# Each line evaluates one expression and prints its value or the exception.
def check(src):
    try:
        v = eval(src)
        print(src, '=>', repr(v))
    except Exception as e:
        print(src, '=>', type(e).__name__, e)


check('bytearray([300])')
check('bytearray([-1])')
check('bytearray(["a"])')
check('bytearray([1.5])')
check('bytes([1.5])')
check('bytearray(5.0)')
check('bytearray(1j)')
check('bytearray("abc")')
check('bytearray(b"ab", "utf-8")')
check('bytearray(iter([1, 2]))')
check('bytearray(x=1)')
check('bytearray(source=b"ab")')
check('bytes(source=b"ab")')
check('bytearray(b"abc").extend([300])')
check('bytearray(b"abc").extend(["a"])')
check('bytearray(b"abc").extend(5)')
check('bytearray(b"abc").extend(iter(b"xy"))')
check('bytearray(b"abc").extend(None)')
check('bytearray(b"abc").append(b"a")')
check('bytearray(b"abc").insert(1, 300)')
check('bytearray(b"abc").insert(1.5, 3)')
check('bytearray(b"abc").remove(b"a")')
check('bytearray(b"abc").remove(300)')
check('bytearray(b"abc").index(98)')
check('bytearray(b"abc").pop(1.5)')
check('bytearray(b"abc").pop(10**30)')
