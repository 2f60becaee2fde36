# format(complex, spec)
inf, nan = float("inf"), float("nan")
cs = [0j, -0j, 1j, 1 + 2j, -1.5 - 2.5j, complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1e16, 1e-5),
      complex(inf, -inf), complex(nan, 1), complex(1e6, 2e6), complex(1234.5678, -0.001), 3 + 0j]
specs = ["", "g", ".2", ".3g", "e", ".2E", "f", ".0f", "F", "G", "n", "+", " ", "-", "+.2f", "20", "<30",
         "^30.3e", ">25", "*^30", ",", "_.2f", ",.3e", "#", "#g", "#.0f", "z", "z.1f", "zg", "z.0e", "+z"]
for c in cs:
    print(repr(c))
    for i in range(0, len(specs), 8):
        print("   ", " | ".join(format(c, s) for s in specs[i:i + 8]))
print("{:.2f} {:>20} {:_}".format(1 + 2j, 3j, 1e7 + 2e7j))
