# __repr__, __str__, __format__ and their use by print/str/format/containers.
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b}, {b: 1})
print(r, str(r), repr(r), [r])
print(str(StrOnly()), "%s|%r" % (b, b), "{}|{!r}".format(b, b))
print(repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt<{spec}>"
f = Fmt()
print(format(f), format(f, "abc"), f"{f:>10}", "{:xyz}".format(f), "{0:!r}".format(f))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(e)
class DefaultFormat:
    def __str__(self):
        return "DF"
print(format(DefaultFormat()), f"{DefaultFormat()}")
try:
    format(DefaultFormat(), "10")
except TypeError as e:
    print(e)
class Rec:
    def __init__(self):
        self.items = [1, self]
    def __repr__(self):
        return "Rec" + repr(self.items)
try:
    repr(Rec())
except RecursionError as e:
    print("RecursionError")
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
class SubStr(str):
    def __str__(self):
        return "overridden"
print(str(SubStr("x")), SubStr("x"), repr(SubStr("x")), "%s" % SubStr("x"))
class SubInt(int):
    def __repr__(self):
        return "SubInt!"
print(SubInt(5), repr(SubInt(5)), str(SubInt(5)), f"{SubInt(5)}", [SubInt(5)])
print(ascii(Both()), ascii("é"))
