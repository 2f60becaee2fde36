# getattr, setattr, hasattr, delattr.
class O:
    cls_attr = "class"
    def method(self):
        return "m"
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "nope", "default"))
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(O, "method"), hasattr(1, "real"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
for args in [(o, 1), (o, None, 2)]:
    try:
        getattr(*args)
    except TypeError as e:
        print(e)
try:
    setattr(o, b"x", 1)
except TypeError as e:
    print(e)
try:
    hasattr(o, 1)
except TypeError as e:
    print(e)
try:
    getattr(o)
except TypeError as e:
    print(e)
setattr(o, "with space", 5)
print(getattr(o, "with space"), sorted(vars(o)))
setattr(O, "added", lambda self: "added method")
print(o.added())
print(getattr(1, "bit_length")(), getattr("abc", "upper")(), getattr([], "__len__")())
try:
    setattr("s", "x", 1)
except AttributeError as e:
    print(e)
try:
    delattr(O, "cls_attr")
    delattr(O, "cls_attr")
except AttributeError as e:
    print(e)
print(getattr(None, "__class__").__name__, getattr(O, "__name__"))
