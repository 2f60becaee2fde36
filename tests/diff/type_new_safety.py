"""T.__new__(S): refused when S's C base constructs with another __new__
(CPython's tp_new_wrapper safety check)."""
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: int.__new__(bool))

t(lambda: int.__new__(bool, 1))
t(lambda: object.__new__(int))
t(lambda: int.__new__(int, 5))
class I(int): pass
t(lambda: int.__new__(I, 5))
class B: pass
t(lambda: type(object.__new__(B)))
t(lambda: float.__new__(bool))
t(lambda: tuple.__new__(bool))
t(lambda: str.__new__(str, 'x'))
t(lambda: dict.__new__(dict))
t(lambda: BaseException.__new__(ValueError, 'x'))
t(lambda: type(OSError.__new__(FileNotFoundError, 'x')))
