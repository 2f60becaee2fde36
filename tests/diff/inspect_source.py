# inspect.getsource/getsourcelines: nested classes, multi-line strings,
# comments inside and after blocks, lambdas, one-line defs, closures.
import inspect


class Outer:
    """doc"""

    class Inner:
        def meth(self):
            x = """
not indented
"""
            return x  # comment

        # comment in class

    def after(self): return 1

    @property
    def p(self):
        return (1 +
    2)


def f(a,
      b):  # trailing
    if a:
        return b
    else:
        pass

    # inner comment


    return None
# not part


def g(): pass
h = lambda x: (x +
               1)


def k():
    def inner():
        return 1
    return inner


async def co():
    await x


class Deco:
    pass


for obj in (Outer, Outer.Inner, Outer.Inner.meth, Outer.after, Outer.p.fget, f, g, h, k, k(), co, Deco):
    try:
        lines, n = inspect.getsourcelines(obj)
        print(n, ''.join(lines), end='|\n')
    except Exception as e:
        print(type(e).__name__, e)
print(inspect.getsource(inspect.getmodule(f))[:30])
import sys
print(inspect.getsourcelines(sys._getframe())[1])
