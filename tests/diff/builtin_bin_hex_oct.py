# bin, hex, oct and their errors.
for n in [0, 1, -1, 7, 8, 255, -255, 2 ** 64, -(2 ** 100), True]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "10", None]:
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print(format(255, "b"), format(255, "#o"), format(255, "x"), format(-255, "#X"))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((1000).bit_length(), (0).bit_length(), (-8).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(float.hex(1.5), float.fromhex("0x1.8p1"), (0.1).hex(), (1.0).as_integer_ratio(), (0.75).as_integer_ratio())
