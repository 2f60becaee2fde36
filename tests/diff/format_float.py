# format(float, spec): every presentation type with many precisions, flags,
# widths, fills, alignments, grouping, 'z' and '#'.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 9.995, 99.5, 999999.5, 0.0005, 0.0004,
        0.0006, -0.0001, 1e-5, 1e-4, 123.456, 1234567.891, -9876543.21, 1e16, 1e17, 1e22, 1e100, 1e300,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 2 / 3, 12.0, 100.0,
        float("inf"), float("-inf"), float("nan")]
types = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
for v in vals:
    for t in types:
        row = []
        for p in ["", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]:
            row.append(format(v, p + t))
        print(repr(v), repr(t), " ".join(row))
for v in [1.0, 12.0, 0.5, 1e16, 1e-5, 100.0, 123.456, 0.0, float("inf")]:
    print(" ".join(format(v, s) for s in ["#", "#.0", "#.1", "#e", "#.0e", "#f", "#.0f", "#g", "#.0g",
                                          "#.3g", "#.10g", "#%", "#.0%", "#G", "#.2"]))
for v in [1234567.891, -1234567.891, 1e20, 0.000123, 999.999, -0.0, 1e100, float("nan")]:
    print(" ".join(format(v, s) for s in [",", "_", ",.2f", "_.3e", ",g", ",.10g", "_%", ",.1%", "015,.2f",
                                          "020_.4f", "+,", " ,.0f", "=+20,.3f", "<20,", "^20_", ">20,.2e",
                                          "*^25,.3f", "0=15,", "015,", "012_g"]))
for v in [1.5, -1.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-7, -1e300]:
    print("|".join(format(v, s) for s in ["10", "<10", ">10", "^10", "=10", "*<11", "*>11", "*^11", "*=11",
                                          "010", "+010", "-010", " 010", "+", "-", " ", "+.3", " .2e",
                                          "010.3f", "<010", "^010", "x^+12.4", "\u00e9>9", "\u65e5^9.1f",
                                          "0=12", "+012.3e", "2", "1"]))
for v in [-0.0, -0.0001, -0.4, -0.5, 0.0, -1e-300, -0.00001, float("-nan")]:
    print(" ".join(format(v, s) for s in ["z", "z.0f", "z.2f", "z.3e", "z.1g", "z%", "z.0%", "+z.1f", " z.1f",
                                          "z010.2f", "z.0", "zg", "zn"]))
for v in [1e300, 1.5e300, 123.0, 1e22, 2.0 ** 70]:
    print(format(v, ".0f"), format(v, "f"), format(v, ",.1f"))
for p in [30, 50, 100, 340, 400]:
    print(p, format(0.1, "." + str(p) + "f"), format(5e-324, "." + str(p) + "e"), format(1 / 3, "." + str(p) + "g"))
print(format(2.0 ** -1074, ".1100f")[-40:], len(format(2.0 ** -1074, ".1100f")))
print(format(1.5), format(1.5, ""), str(1.5), "{0} {0:} {0:.3} {0:+} {0:e}".format(2.5))
