# printf-style and format() with absurd widths/precisions (bpo-1588 style
# overflows in width computation).
import sys
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("%*d 2**63", lambda: "%*d" % (2 ** 63, 1))
attempt("%*d -2**63", lambda: "%*d" % (-2 ** 63, 1))
attempt("%.*f 2**63", lambda: "%.*f" % (2 ** 63, 1.0))
attempt("%*s not int", lambda: "%*s" % ("x", 1))
attempt("%99999999999d", lambda: "%99999999999d" % 1)
attempt("%.99999999999f", lambda: "%.99999999999f" % 1.0)
attempt("bytes %*d", lambda: b"%*d" % (2 ** 63, 1))
attempt("format 10**20 width", lambda: format(1, "100000000000000000000"))
attempt("format huge precision", lambda: format(1.5, ".100000000000000000000f"))
attempt("format str precision", lambda: format("abc", ".100000000000000000000"))
attempt("str.format width", lambda: "{:99999999999999999999}".format(1))
attempt("str.format nested width", lambda: "{:{}}".format(1, 2 ** 63))
attempt("str.format index huge", lambda: "{99999999999999999999}".format(1))
attempt("str.format attr chain", lambda: "{0.real.real.real.imag}".format(1))
attempt("f-string width", lambda: f"{1:{2**70}}")
attempt("float precision 1000", lambda: "%.1000f" % 1.0)
attempt("int with precision", lambda: format(1, ".5"))
attempt("float 'e' huge prec", lambda: "%.500e" % 1.0)
attempt("complex format huge", lambda: format(1j, "99999999999999999999"))
attempt("width of str %", lambda: "%100s" % "a")
attempt("%c huge", lambda: "%c" % 0x110000)
attempt("%c negative", lambda: "%c" % -1)
attempt("chr huge", lambda: chr(2 ** 63))
attempt("expandtabs big", lambda: "\t".expandtabs(100))
