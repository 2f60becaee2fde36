# operator module helpers and in-place operators on objects whose dunders
# misbehave: __iadd__ returning garbage, __getitem__ chains, attrgetter
# of deep dotted paths, methodcaller with bad names.
import operator
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class IAdd:
    def __iadd__(self, other):
        return NotImplemented
attempt("__iadd__ NotImplemented no __add__", lambda: operator.iadd(IAdd(), 1))
class IAddNone:
    def __iadd__(self, other):
        return None
x = IAddNone()
x += 1
attempt("__iadd__ returns None", lambda: x)
attempt("attrgetter deep", lambda: operator.attrgetter("real." * 1000 + "real")(5))
attempt("attrgetter non-str", lambda: operator.attrgetter(5))
attempt("attrgetter empty part", lambda: operator.attrgetter("a..b")(5))
attempt("itemgetter on int", lambda: operator.itemgetter(1)(5))
attempt("itemgetter many", lambda: operator.itemgetter(*range(1000))(list(range(1000)))[-1])
attempt("methodcaller non-str", lambda: operator.methodcaller(5))
attempt("methodcaller missing", lambda: operator.methodcaller("nope")(5))
attempt("length_hint bad", lambda: operator.length_hint(5, "x"))
attempt("length_hint negative default", lambda: operator.length_hint(5, -1))
attempt("index of float", lambda: operator.index(1.5))
attempt("concat ints", lambda: operator.concat(1, 2))
attempt("countOf with raising eq", lambda: operator.countOf([type("E", (), {"__eq__": lambda s, o: 1 / 0})()], 1))
attempt("indexOf missing", lambda: operator.indexOf([1], 2))
attempt("setitem on tuple", lambda: operator.setitem((1,), 0, 2))
attempt("delitem slice huge", lambda: (lambda l: (operator.delitem(l, slice(-2 ** 70, 2 ** 70)), l)[1])([1, 2, 3]))
attempt("getitem slice with evil step", lambda: [1, 2, 3][::type("I", (), {"__index__": lambda s: -2 ** 70})()])
attempt("matmul unsupported", lambda: operator.matmul(1, 2))
attempt("truth of raising bool", lambda: operator.truth(type("B", (), {"__bool__": lambda s: 1 / 0})()))
attempt("is_ / is_not", lambda: (operator.is_(None, None), operator.is_not(1, None)))
