# complex type.
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex("3+4j"), complex("-1.5e2j"), complex(" 1-1j "))
print(complex(1j, 1j), complex(2, 1j), complex("j"), complex("-j"), complex("1e10+1e-10j"))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z, +z, z == 3 + 4j, z != 3)
print(z + 1, z - 1j, z * 2, z / 2, z * z, z ** 2, z ** 0.5, 1 / z, (1 + 1j) ** 8)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0)))
print(repr(complex(1e300, 1e-300)), repr(complex(float("inf"), float("nan"))), repr(2 + 0j))
for bad in ["1+2", "abc", "1 + 2j", "(1+2j", "", "1j2"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex(None)
except TypeError as e:
    print(e)
try:
    z < z
except TypeError as e:
    print(e)
try:
    1j // 2
except TypeError as e:
    print(e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(e)
print(complex("(1+2j)"), complex(True), type(z).__name__, isinstance(z, complex))
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, {1: "a"}[1 + 0j])
print(format(z, ""), format(z, ".2f"), f"{z:>12}", format(1.5j, "g"))
