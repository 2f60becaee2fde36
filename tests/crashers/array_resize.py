# array.array resized during iteration, extend from itself, huge sizes,
# buffer exports (bpo-29327, bpo-24613 family).
import array
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

a = array.array("i", range(5))
def iter_grow():
    out = []
    for x in a:
        out.append(x)
        if len(a) < 20:
            a.append(x)
    return len(out)
attempt("iterate while appending", iter_grow)
a = array.array("i", range(5))
def iter_shrink():
    out = []
    for x in a:
        out.append(x)
        a.pop()
    return out
attempt("iterate while popping", iter_shrink)
a = array.array("b", b"abc")
attempt("extend with itself", lambda: (a.extend(a), a.tobytes())[1])
attempt("a *= huge", lambda: a.__imul__(2 ** 62))
attempt("a * huge", lambda: a * 2 ** 62)
attempt("a * -1", lambda: a * -1)
attempt("bad typecode", lambda: array.array("z"))
attempt("frombytes wrong size", lambda: array.array("i").frombytes(b"abc"))
attempt("fromlist bad", lambda: array.array("i").fromlist([1, "x"]))
attempt("overflow item", lambda: array.array("b", [300]))
attempt("index huge", lambda: array.array("i", [1])[2 ** 70])
attempt("insert huge", lambda: (lambda x: (x.insert(2 ** 70, 5), x.tolist())[1])(array.array("i", [1])))
attempt("slice assign self", lambda: (lambda x: (x.__setitem__(slice(1, 2), x), x.tolist())[1])(array.array("i", [1, 2, 3])))
attempt("slice assign wrong type", lambda: array.array("i", [1]).__setitem__(slice(0, 1), array.array("d", [1.0])))
attempt("ext slice size mismatch", lambda: array.array("i", [1, 2, 3, 4]).__setitem__(slice(0, 4, 2), array.array("i", [1])))
m = array.array("i", [1, 2, 3])
class Idx:
    def __index__(self):
        m.pop()
        m.pop()
        return 2
attempt("getitem index shrinks", lambda: m[Idx()])
m = array.array("i", [1, 2, 3])
attempt("setitem index shrinks", lambda: m.__setitem__(Idx(), 9))
m = array.array("i", [1, 2, 3])
attempt("pop index shrinks", lambda: m.pop(Idx()))
attempt("count/index", lambda: (array.array("i", [1, 2, 1]).count(1), array.array("i", [1, 2]).index(2)))
attempt("compare different types", lambda: array.array("i", [1]) == array.array("d", [1.0]))
attempt("repr", lambda: repr(array.array("u", "hi")))
