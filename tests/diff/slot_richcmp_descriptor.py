# A comparison dunder that is a descriptor whose __get__ raises counts as
# absent (slot_tp_richcompare); attribute names must be str in
# type/object __setattr__/__delattr__.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
    __lt__ = property(booh)
e = E()
t(lambda: e == e)
t(lambda: E() == E())
t(lambda: E() != E())
t(lambda: E() < E())
class R:
    def _raise(self):
        raise ValueError('x')
    __eq__ = property(_raise)
t(lambda: R() == R())
class A: pass
t(lambda: type.__setattr__(A, b'x', None))
t(lambda: setattr(A, b'x', 1))
t(lambda: object.__setattr__(A(), b'x', 1))
t(lambda: type.__delattr__(A, 3))
t(lambda: object.__delattr__(A(), 3))
t(lambda: type.__getattribute__(A, 3))
t(lambda: object.__setattr__(A(), 'ok', 1))
