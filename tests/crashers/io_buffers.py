# io.BytesIO/StringIO with exported buffers, huge seeks, resizes while a
# view is held, reads after close (bpo-34093, bpo-22413 family).
import io
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

b = io.BytesIO(b"hello")
attempt("seek negative", lambda: b.seek(-1))
attempt("seek whence bad", lambda: b.seek(0, 7))
attempt("truncate negative", lambda: b.truncate(-1))
b.close()
attempt("read closed", lambda: b.read())
attempt("getvalue closed", lambda: b.getvalue())
attempt("getbuffer closed", lambda: b.getbuffer())
s = io.StringIO("abc")
attempt("StringIO seek nonzero cur", lambda: s.seek(1, 1))
attempt("StringIO write non-str", lambda: s.write(b"x"))
attempt("StringIO newline bad", lambda: io.StringIO("", newline="x"))
attempt("StringIO huge seek then write", lambda: (s.seek(1000), s.write("z"), len(s.getvalue()))[2])
s.close()
attempt("StringIO closed", lambda: s.getvalue())
