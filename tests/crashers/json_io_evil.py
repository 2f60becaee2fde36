# json with evil hooks/default/mutating dicts, io buffers resized during writes
import json, io
def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, (str, bytes)) and len(r) > 60:
            r = "%s(len=%d)" % (type(r).__name__, len(r))
        print(label, "->", r)
    except BaseException as e:
        print(label, "->", type(e).__name__, str(e)[:100])

d = {"a": 1, "b": 2}
class Mut:
    def __init__(self, d): self.d = d
def default(o):
    d.clear()
    d.update({i: i for i in range(50)})
    return "m"
d["c"] = Mut(d)
attempt("dumps default mutating dict", lambda: json.dumps(d, default=default))
l = [1, 2]
def default2(o):
    l.clear()
    return 0
l.append(Mut(l))
attempt("dumps default clearing list", lambda: json.dumps(l, default=default2))
attempt("dumps default returns self", lambda: json.dumps(Mut(None), default=lambda o: o))
attempt("dumps default recursion", lambda: json.dumps(Mut(None), default=lambda o: [o]))
attempt("dumps circular", lambda: (lambda x: (x.append(x), json.dumps(x)))([])[1])
attempt("dumps circular no check", lambda: (lambda x: (x.append(x), json.dumps(x, check_circular=False)))([])[1])
attempt("dumps bad key", lambda: json.dumps({(1,): 2}))
attempt("dumps skipkeys", lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
attempt("dumps sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
attempt("dumps nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("dumps int subclass", lambda: json.dumps(type("I", (int,), {"__repr__": lambda s: "bad"})(5)))
attempt("dumps float subclass", lambda: json.dumps(type("F", (float,), {"__repr__": lambda s: "bad"})(5.5)))
attempt("dumps str subclass", lambda: json.dumps(type("S", (str,), {"__str__": lambda s: "bad"})("ok")))
attempt("dumps indent huge", lambda: len(json.dumps([[1]], indent=10**5)))
attempt("dumps indent str", lambda: json.dumps([1], indent="\t"))

attempt("dumps huge int", lambda: json.dumps(10**5000))
attempt("dumps big int", lambda: len(json.dumps(10**4000)))
attempt("loads object_hook raising", lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
attempt("loads object_pairs_hook", lambda: json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
attempt("loads parse_int raising", lambda: json.loads("[1]", parse_int=lambda s: 1 / 0))
attempt("loads parse_float", lambda: json.loads("[1.5]", parse_float=lambda s: s))
attempt("loads parse_constant", lambda: json.loads("[NaN]", parse_constant=lambda s: s))
attempt("loads huge int", lambda: json.loads("1" * 5000))
attempt("loads bad escape", lambda: json.loads('"\\x"'))
attempt("loads lone surrogate", lambda: ascii(json.loads('"\\ud800"')))
attempt("loads bad unicode", lambda: json.loads('"\\u12"'))
attempt("loads control char", lambda: json.loads('"\x01"'))
attempt("loads strict false", lambda: json.loads('"\x01"', strict=False))
attempt("loads bytes", lambda: json.loads(b'[1]'))
attempt("loads bytes utf16", lambda: json.loads('[1]'.encode("utf-16")))
attempt("loads bad bytes", lambda: json.loads(b'\xff\xfe\xfd'))
attempt("loads trailing", lambda: json.loads("[1] x"))
attempt("loads empty", lambda: json.loads(""))
attempt("loads deep ok", lambda: len(json.loads("[" * 500 + "]" * 500)))
attempt("raw_decode idx", lambda: json.JSONDecoder().raw_decode("[1]", 2**70))
attempt("raw_decode neg", lambda: json.JSONDecoder().raw_decode("[1]", -1))
attempt("scanner idx", lambda: json.decoder.scanstring('"abc"', 10**6))
attempt("scanstring neg", lambda: json.decoder.scanstring('"abc"', -5))
attempt("encode_basestring", lambda: json.encoder.encode_basestring_ascii("\ud800\U0001f600"))
b = io.BytesIO(b"hello")
view = b.getbuffer()
attempt("bytesio write while exported", lambda: (b.seek(0, 2), b.write(b"x")))
attempt("bytesio truncate while exported", lambda: b.truncate(0))
attempt("bytesio close while exported", lambda: b.close())
view.release()
attempt("bytesio after release", lambda: (b.write(b"!!"), b.getvalue())[1])

attempt("bytesio seek overflow", lambda: b.seek(2**70))
attempt("bytesio seek neg", lambda: b.seek(-1))
attempt("bytesio read huge", lambda: io.BytesIO(b"abc").read(2**62))
attempt("bytesio readinto", lambda: (lambda ba: (io.BytesIO(b"abcdef").readinto(ba), ba))(bytearray(3)))
attempt("bytesio setstate bad", lambda: io.BytesIO().__setstate__((b"x", -1, None)))
s = io.StringIO("abc")
attempt("stringio seek bad", lambda: s.seek(5, 1))
attempt("stringio seek neg", lambda: s.seek(-1))
attempt("stringio write huge pos", lambda: (s.seek(10**6), s.write("x"), len(s.getvalue()))[2])
attempt("stringio newline bad", lambda: io.StringIO(newline="x"))
attempt("stringio setstate bad", lambda: io.StringIO().__setstate__(("a", "\n", -1, None)))
attempt("stringio closed", lambda: (lambda t: (t.close(), t.read()))(io.StringIO("x")))
attempt("textiowrapper over bytesio", lambda: io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8").read())
attempt("textiowrapper errors", lambda: io.TextIOWrapper(io.BytesIO(b"a\xffb"), encoding="utf-8", errors="replace").read())
attempt("bufferedreader peek", lambda: io.BufferedReader(io.BytesIO(b"abc")).peek(10**9)[:3])
