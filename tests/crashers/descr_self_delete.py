# descriptors that delete or replace themselves during __get__/__set__, __getattribute__ raising odd things,
# class attributes removed while a method call is being set up (borrowed_ref_*.py, bpo-… family)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class SelfDel:
    def __get__(self, obj, typ=None):
        try:
            del typ.attr
        except AttributeError:
            pass
        return "got"
    def __set__(self, obj, value):
        del type(obj).attr
        obj.__dict__["attr"] = ("set", value)
class A:
    attr = SelfDel()
a = A()
attempt("get deletes itself", lambda: a.attr)
attempt("second get", lambda: a.attr)
A.attr = SelfDel()
attempt("set deletes itself", lambda: (setattr(a, "attr", 5), a.attr)[1])
class Replacer:
    def __get__(self, obj, typ=None):
        typ.meth = lambda self: "replaced"
        return lambda: "original"
class B:
    meth = Replacer()
attempt("method replaced during get", lambda: (B().meth(), B().meth())[0:2])
class MethDel:
    def meth(self):
        return "called"
def del_then_call():
    m = MethDel()
    f = m.meth
    del MethDel.meth
    return f()
attempt("bound method after class attr deleted", del_then_call)
class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        if name == "stop":
            raise StopIteration
        if name == "base":
            raise BaseException("base!")
        if name == "none":
            return None
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = GA()
attempt("getattribute KeyError", lambda: g.boom)
attempt("getattribute StopIteration", lambda: g.stop)
attempt("getattribute BaseException", lambda: g.base)
attempt("getattr fallback", lambda: g.other)
attempt("hasattr KeyError", lambda: hasattr(g, "boom"))
attempt("getattr default KeyError", lambda: getattr(g, "boom", "dflt"))
attempt("iter via getattribute", lambda: list(iter(type("It", (), {"__getattribute__": lambda s, n: 1 / 0, "__iter__": lambda s: iter([1])})())))
class GetattrRec:
    def __getattr__(self, name):
        return getattr(self, name + "x")
attempt("getattr recursion", lambda: GetattrRec().a)
class Prop:
    @property
    def p(self):
        del Prop.p
        return "p"
    @p.setter
    def p(self, v):
        raise AttributeError("setter refuses")
pr = Prop()
attempt("property deletes itself", lambda: pr.p)
attempt("property gone", lambda: pr.p)
attempt("property setter raising AttributeError", lambda: setattr(Prop(), "q", 1))
class DataDescr:
    def __get__(self, o, t=None): return "descr"
    def __set__(self, o, v): o.__dict__["x"] = v
    def __delete__(self, o):
        type(o).x = 5
class C:
    x = DataDescr()
c = C()
c.x = 1
attempt("data descr wins", lambda: c.x)
attempt("delete replaces descr", lambda: (delattr(c, "x"), c.x)[1])
class SlotSteal:
    __slots__ = ("v",)
ss = SlotSteal()
ss.v = 1
descr = SlotSteal.__dict__["v"]
attempt("slot descr delete class attr", lambda: (delattr(SlotSteal, "v"), descr.__get__(ss, SlotSteal))[1])
attempt("slot attr after descr gone", lambda: ss.v)
class ClassGetItemEvil:
    def __class_getitem__(cls, item):
        del ClassGetItemEvil.__class_getitem__
        return ("cgi", item)
attempt("class_getitem deletes itself", lambda: ClassGetItemEvil[int])
attempt("class_getitem gone", lambda: ClassGetItemEvil[int])
class InitDel:
    def __init__(self):
        del InitDel.__init__
        self.ok = True
attempt("init deletes itself", lambda: InitDel().ok)
attempt("after init deleted", lambda: hasattr(InitDel(), "ok"))
class NewSwap:
    def __new__(cls):
        cls.__new__ = lambda c: "swapped"
        return object.__new__(cls)
attempt("new swaps itself", lambda: (type(NewSwap()).__name__, NewSwap()))
class EqDel:
    def __eq__(self, o):
        del EqDel.__eq__
        return "first"
attempt("eq deletes itself", lambda: (EqDel() == 1, EqDel() == 1))
class HashSwap:
    def __hash__(self):
        HashSwap.__hash__ = None
        return 1
hs = HashSwap()
attempt("hash sets itself None", lambda: (hash(hs), {hs: 1}))
class LenDel:
    def __len__(self):
        del LenDel.__len__
        return 3
attempt("len deletes itself", lambda: (len(LenDel()), bool(LenDel())))
class IterDel:
    def __iter__(self):
        del IterDel.__iter__
        return iter([1, 2])
attempt("iter deletes itself", lambda: (list(IterDel()), list(IterDel())))
class ContainsSwap:
    def __contains__(self, x):
        ContainsSwap.__contains__ = lambda s, x: "second"
        return True
attempt("contains swaps itself", lambda: (1 in ContainsSwap(), 1 in ContainsSwap()))
class GetItemDel:
    def __getitem__(self, i):
        if i > 2:
            del GetItemDel.__getitem__
        if i > 5:
            raise IndexError
        return i
attempt("getitem deletes itself during iteration", lambda: list(GetItemDel()))
class CallDel:
    def __call__(self):
        del CallDel.__call__
        return "called"
cd = CallDel()
attempt("call deletes itself", lambda: (cd(), callable(cd)))
attempt("call after delete", lambda: cd())
class EnterDel:
    def __enter__(self):
        del EnterDel.__exit__
        return self
    def __exit__(self, *a):
        return False
def with_enter_del():
    with EnterDel():
        return "body"
attempt("enter deletes exit", with_enter_del)
class ExitDel:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        del ExitDel.__exit__
        return True
def with_exit_del():
    with ExitDel():
        raise ValueError("swallowed")
    return "after"
attempt("exit deletes itself", with_exit_del)
attempt("with after exit deleted", with_exit_del)
