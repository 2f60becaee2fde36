# Weak references whose callbacks raise, re-register, or touch the referent's
# container (bpo-16602, Lib/test/crashers/ weakref family).  Objects are
# released with an explicit check of what is observable in both runtimes
# (Pyclave's weak references keep their referent alive: lib/weakref.py).
import weakref, gc
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
attempt("alive", lambda: r() is o)
attempt("hash of ref", lambda: hash(r) == hash(o))
attempt("ref to int", lambda: weakref.ref(1))
attempt("ref to list", lambda: weakref.ref([]))
attempt("callback not callable", lambda: type(weakref.ref(o, 5)).__name__)
o.x = 5
p = weakref.proxy(o)
attempt("proxy get", lambda: p.x)
attempt("proxy set", lambda: (setattr(p, "y", 6), o.y)[1])
attempt("ref equality", lambda: weakref.ref(o) == r)
wd = weakref.WeakValueDictionary()
objs = [Obj() for _ in range(10)]
for i, ob in enumerate(objs):
    wd[i] = ob
attempt("WeakValueDictionary len", lambda: len(wd))
attempt("WeakValueDictionary get", lambda: wd[3] is objs[3])
ws = weakref.WeakSet(objs)
attempt("WeakSet len", lambda: len(ws))
attempt("WeakSet iter", lambda: sum(1 for _ in ws))
wk = weakref.WeakKeyDictionary()
for ob in objs:
    wk[ob] = ob
attempt("WeakKeyDictionary iterate", lambda: len(list(wk.items())))
attempt("WeakKeyDictionary non-weakrefable", lambda: wk.__setitem__(1, 2))
def cb(ref):
    raise RuntimeError("callback raised")
tmp = Obj()
r2 = weakref.ref(tmp, cb)
attempt("ref with raising callback alive", lambda: r2() is tmp)
attempt("finalize detach", lambda: weakref.finalize(tmp, print, "finalized").detach()[0] is tmp)
print("done")
