# sys.implementation is a types.SimpleNamespace (a C type, as in CPython); the type itself.
import sys, types, pickle, copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: type(sys.implementation))
t(lambda: type(sys.implementation) is types.SimpleNamespace)
t(lambda: sorted(vars(sys.implementation)))
t(lambda: (sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion))
t(lambda: types.SimpleNamespace.__module__)
t(lambda: types.SimpleNamespace.__name__)
t(lambda: types.SimpleNamespace.__qualname__)
n = types.SimpleNamespace(a=1, b='x')
t(lambda: n)
n.c = [n]
t(lambda: n)
del n.c
t(lambda: types.SimpleNamespace(1))
t(lambda: types.SimpleNamespace())
t(lambda: types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
t(lambda: types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
t(lambda: types.SimpleNamespace(a=1) == 1)
t(lambda: hash(types.SimpleNamespace()))
t(lambda: n.__reduce__())
t(lambda: pickle.loads(pickle.dumps(n)))
t(lambda: copy.copy(n))
t(lambda: copy.deepcopy(n) == n)
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
t(lambda: s)
t(lambda: s == types.SimpleNamespace(x=1))
t(lambda: (isinstance(s, types.SimpleNamespace), s.__dict__))
t(lambda: types.SimpleNamespace.__new__(types.SimpleNamespace, 1, 2, x=3).__dict__)
t(lambda: n.missing)
t(lambda: types.SimpleNamespace(**{'a b': 1}))
t(lambda: types.SimpleNamespace.__doc__)
import pprint
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50, gamma={'k': 1}))
t(lambda: types.SimpleNamespace.__repr__ is types.SimpleNamespace.__repr__)
