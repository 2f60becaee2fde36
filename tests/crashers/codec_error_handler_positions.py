# codecs.register_error handlers returning bad positions (classic CPython crash)
import codecs
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def h_neg(exc):
    return ("?", -1000)
def h_big(exc):
    return ("?", 10**20)
def h_bad_type(exc):
    return 42
def h_bad_tuple(exc):
    return ("?",)
def h_nonstr(exc):
    return (b"x", exc.end)
def h_back(exc):
    return ("<%d>" % exc.start, exc.start + 1 - 1 if exc.start > 0 else exc.end)
calls = [0]
def h_loop(exc):
    calls[0] += 1
    if calls[0] > 50:
        raise RuntimeError("too many")
    return ("!", exc.start)
def h_negwrap(exc):
    return ("N", -1)
for name, fn in [("neg", h_neg), ("big", h_big), ("badtype", h_bad_type), ("badtuple", h_bad_tuple),
                 ("nonstr", h_nonstr), ("loop", h_loop)]:
    codecs.register_error("t." + name, fn)
    calls[0] = 0
    attempt(name + " decode utf8", lambda: b"ab\xffcd\xfe".decode("utf-8", "t." + name))
    calls[0] = 0
    attempt(name + " decode ascii", lambda: b"ab\xffcd".decode("ascii", "t." + name))
    calls[0] = 0
    attempt(name + " encode ascii", lambda: "ab\xe9cd\u20ac".encode("ascii", "t." + name))
    calls[0] = 0
    attempt(name + " encode latin1", lambda: "ab\u20accd".encode("latin-1", "t." + name))
attempt("lookup missing", lambda: codecs.lookup_error("t.nope"))
attempt("register nonfunc", lambda: codecs.register_error("t.x", 5))
attempt("unknown handler", lambda: b"\xff".decode("utf-8", "t.nope"))
attempt("unknown handler ok", lambda: b"a".decode("utf-8", "t.nope"))
attempt("bad encoding", lambda: "a".encode("no-such-enc"))
attempt("surrogate", lambda: "\ud800".encode("utf-8"))
attempt("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
attempt("surrogateescape", lambda: b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
attempt("backslashreplace", lambda: b"\xff\xfe".decode("utf-8", "backslashreplace"))
attempt("xmlcharref", lambda: "\u20ac".encode("ascii", "xmlcharrefreplace"))
attempt("namereplace", lambda: "\u20ac".encode("ascii", "namereplace"))
