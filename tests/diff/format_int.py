# format(int, spec): b c d o x X n and the float types, prefixes, grouping,
# zero padding through groups, signs and alignment.
vals = [0, 1, -1, 5, 7, 10, 65, 255, -255, 1000, 4096, 65535, 1234567, -1234567, 2 ** 31, -(2 ** 31),
        2 ** 63, 10 ** 20, -(10 ** 30), 0x10ffff, True, False]
for v in vals:
    row = []
    for s in ["", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", ",", "_", ",d", "_d", "_b", "_o",
              "_x", "#_X", "+", " ", "-", "+d", " x"]:
        row.append(format(v, s))
    print(repr(v), " ".join(row))
for v in [0, 5, -5, 255, -255, 1234567, -1234567, 10 ** 12]:
    print("|".join(format(v, s) for s in ["10", "<10", ">10", "^10", "=10", "010", "+010", "-010", " 010",
                                          "#010x", "#010b", "0=+10", "*<10", "*^11x", "*=+12,", "012,", "015_",
                                          "#015_x", "#016_b", "#012_o", "09,", "08,", "07,", "06,", "05,", "04,",
                                          "<012", "^012", "\u00e9^13,", "0>8", "0<8", "0^8", "02", "1", "3,"]))
for v in [0, 65, 97, 0x263a, 0x1f600, 0x10ffff, 48]:
    print(repr(format(v, "c")), repr(format(v, "5c")), repr(format(v, "<5c")), repr(format(v, "^5c")),
          repr(format(v, "05c")), repr(format(v, "=5c")), repr(format(v, "*>4c")))
for v in [0, 1, -7, 123456789, 10 ** 17, -(2 ** 70), True]:
    print(" ".join(format(v, s) for s in ["e", "E", "f", "F", "g", "G", "%", ".2e", ".0f", ",.2f", "_g", "+.3%",
                                          "010.1f", "#.0e", ".20g", "z.1f"]))
big = 7 ** 100
print(format(big, ","), format(big, "_x"), format(-big, "#o"), format(big, ".3e"), format(big, "80_"))
print("{:,} {:_b} {:#x} {:+d} {:08.3f} {:c}".format(1234567, 37, 255, 3, 2, 955))
print(format(12, "n"), format(-1234567, "n"), format(1234567, "10n"), format(1234567, "010n"))
