# Unbounded Python recursion that passes through C functions (builtins,
# slots) must end in RecursionError, not a C stack overflow.
import sys
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except RecursionError as e:
        print(label, "-> RecursionError")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def via_map(n):
    return list(map(via_map, [n + 1]))
attempt("map", lambda: via_map(0))
def via_sorted(n):
    return sorted([1, 2], key=lambda x: via_sorted(n + 1))
attempt("sorted key", lambda: via_sorted(0))
class GA:
    def __getattr__(self, name):
        return getattr(self, name + "x")
attempt("__getattr__", lambda: GA().a)
class Rep:
    def __repr__(self):
        return repr(self)
attempt("__repr__", lambda: repr(Rep()))
class Eq:
    def __eq__(self, other):
        return self == other
attempt("__eq__", lambda: Eq() == 1)
class Hash:
    def __hash__(self):
        return hash(self)
attempt("__hash__", lambda: {Hash()})
class Len:
    def __len__(self):
        return len(self)
attempt("__len__", lambda: len(Len()))
class Bool:
    def __bool__(self):
        return bool(self)
attempt("__bool__", lambda: not Bool())
class Iter:
    def __iter__(self):
        return iter(self)
attempt("__iter__", lambda: list(Iter()))
class Idx:
    def __index__(self):
        return [0][self]
attempt("__index__", lambda: [1][Idx()])
class Call:
    def __call__(self):
        return self()
attempt("__call__", lambda: Call()())
class Fmt:
    def __format__(self, spec):
        return format(self, spec)
attempt("__format__", lambda: f"{Fmt()}")
class Ins(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
class WithIns(metaclass=Ins):
    pass
attempt("__instancecheck__", lambda: isinstance(1, WithIns))
class Sub(type):
    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls)
class WithSub(metaclass=Sub):
    pass
attempt("__subclasscheck__", lambda: issubclass(int, WithSub))
class Desc:
    def __get__(self, obj, typ):
        return obj.d
class HasDesc:
    d = Desc()
attempt("descriptor", lambda: HasDesc().d)
class Init:
    def __init__(self):
        Init()
attempt("__init__", Init)
class New:
    def __new__(cls):
        return New()
attempt("__new__", New)
class Add:
    def __add__(self, o):
        return self + o
attempt("__add__", lambda: Add() + 1)
class Cont:
    def __contains__(self, x):
        return x in self
attempt("__contains__", lambda: 1 in Cont())
class GI:
    def __getitem__(self, i):
        return self[i]
attempt("__getitem__", lambda: GI()[0])
class Str:
    def __str__(self):
        return str(self)
attempt("print __str__", lambda: print(Str()))
def via_exec(n):
    exec("via_exec(n + 1)", {"via_exec": via_exec, "n": n})
attempt("exec", lambda: via_exec(0))
def via_eval(n):
    return eval("via_eval(n + 1)", {"via_eval": via_eval, "n": n})
attempt("eval", lambda: via_eval(0))
def via_import(n):
    return __import__("sys") and via_import(n + 1)
attempt("plain recursion", lambda: via_import(0))
def gen_rec():
    yield from gen_rec()
attempt("yield from itself", lambda: list(gen_rec()))
import functools
@functools.lru_cache(maxsize=None)
def cached(n):
    return cached(n + 1)
attempt("lru_cache", lambda: cached(0))
class Prop:
    @property
    def p(self):
        return self.p
attempt("property", lambda: Prop().p)
class SetAttr:
    def __setattr__(self, k, v):
        setattr(self, k, v)
attempt("__setattr__", lambda: SetAttr().__setattr__("a", 1))
class Del:
    def __delattr__(self, k):
        delattr(self, k)
attempt("__delattr__", lambda: delattr(Del(), "a"))
print("still alive", sys.getrecursionlimit())
