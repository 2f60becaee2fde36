# Format specs through f-strings, format() and str.format.
vals = [0, 1, -1, 42, 255, 1000000, -1234567]
for v in vals:
    print(f"{v:d}|{v:5d}|{v:<6}|{v:^7}|{v:x}|{v:X}|{v:o}|{v:b}|{v:,}|{v:_}|{v:+}|{v: }|{v:=8}|{v:08}")
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 123456789.123, 1e22, float("inf"), float("-inf"), float("nan")]
for f in floats:
    print(f"{f}|{f:.3f}|{f:e}|{f:.2e}|{f:g}|{f:.3g}|{f:%}|{f:10.2f}|{f:<10}|{f:+.1f}|{f:,.2f}")
for s in ["", "a", "hello", "longer string"]:
    print(f"[{s:10}][{s:>10}][{s:^10}][{s:-^10}][{s:.3}][{s:>8.2}]")
print(f"{'x':#<5}{'y':#>5}{'z':#^5}")
print(f"{65:c}{97:c}{0x263a:c}")
print(f"{1234.5678:n}", f"{1234:n}")
print(f"{12:#06x} {12:#06b} {-12:#06x} {12:<#6x}|")
print(f"{10**20:,} {-10**20:_x}")
print(f"{True} {True:d} {False:>6} {True!r}")
print(f"{None} {None!r:>6}")
print(f"{1.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1/3:.15f} {2/3:.1f} {1e100:.3e} {123.0:g} {1e-5:g} {1e16:g}")
print(f"{12.0:} {12.5:}|{1e16:}|{-0.0:}")
print(f"{complex(1, 2)} {complex(1.5, -2):.2f} {1j:>8}")
print("{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1.real}".format([7, 8], 3))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print(format(3.5, "08.2f"), format(-3, "05d"), format("s", "3"), format(7))
for bad in ["{:d}".format, "{:s}".format]:
    try:
        print(bad(1.5 if bad.__self__ == "{:d}" else 3))
    except ValueError as e:
        print(e)
try:
    f"{'abc':d}"
except ValueError as e:
    print(e)
try:
    f"{12:.2s}"
except ValueError as e:
    print(e)
