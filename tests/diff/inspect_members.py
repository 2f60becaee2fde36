# inspect predicates, getmembers, getmro, getdoc/cleandoc, getmodule,
# getattr_static, getsource, frames and generator states.
import inspect
import abc
import re
import sys
import types
import functools
import collections


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except BaseException as e:
        print(label, type(e).__name__, re.sub('0x[0-9a-f]+', 'ADDR', str(e)))


def func(a, b=1):
    """Docstring of func.

        Indented more.
    Back.
    """
    return a + b


def gen():
    yield 1
    yield 2


async def coro():
    return 1


async def agen():
    yield 1


class Base:
    """Base doc."""
    attr = 1

    def method(self):
        """Method doc."""

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        """Prop doc."""
        return 5


class Derived(Base):
    def method(self):
        pass

    __slots__ = ()


class Abstract(abc.ABC):
    @abc.abstractmethod
    def must(self):
        pass


class Concrete(Abstract):
    def must(self):
        pass


objs = [('func', func), ('lambda', lambda: 0), ('gen()', gen()), ('gen', gen),
        ('coro-func', coro), ('agen-func', agen), ('Base', Base), ('Base()', Base()),
        ('Base().method', Base().method), ('Base.method', Base.method),
        ('Base.cm', Base.cm), ('len', len), ('[].append', [].append),
        ('list.append', list.append), ('object.__init__', object.__init__),
        ('Base().__init__', Base().__init__), ('sys', sys), ('int.real', int.real),
        ('Base.__dict__[prop]', Base.__dict__['prop']),
        ('type.__dict__[__dict__]', type.__dict__['__dict__']),
        ('partial(gen)', functools.partial(gen)), ('42', 42)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'isgenerator', 'iscoroutinefunction', 'isasyncgenfunction', 'isbuiltin',
         'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
         'ismemberdescriptor', 'ismethodwrapper', 'isabstract', 'isawaitable']
for label, o in objs:
    print(label.ljust(24), ' '.join(p[2:] for p in preds if getattr(inspect, p)(o)))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
ag = agen()
print(inspect.isasyncgen(ag))
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))

print(inspect.getmro(Derived))
print([name for name, _ in inspect.getmembers(Derived) if not name.startswith('__')])
print([(n, v.__name__) for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Base, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Base, lambda v: isinstance(v, int))])
mod = types.ModuleType('fake')
mod.x = 1
mod.f = func
print(inspect.getmembers(mod, inspect.isfunction) == [('f', func)])
print([n for n, v in inspect.getmembers_static(Base) if not n.startswith('__')])

print(repr(inspect.getdoc(func)))
print(repr(inspect.getdoc(Base)), repr(inspect.getdoc(Derived)), repr(inspect.getdoc(Derived.method)),
      repr(inspect.getdoc(Derived().method)), repr(inspect.getdoc(Base.prop)))
print(repr(inspect.getdoc(lambda: 0)))
print(repr(inspect.cleandoc('  first\n\n      second\n        third\n\n')))
print(repr(inspect.cleandoc('\n\n  only\n  lines\n')), repr(inspect.cleandoc('')))
print(repr(inspect.cleandoc('\tTab\n\tline')))

print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(sys) is sys,
      inspect.getmodule(collections.OrderedDict) is collections, inspect.getmodule(42))
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'))
t('getfile-builtin-mod', lambda: inspect.getfile(sys))
t('getfile-builtin-cls', lambda: inspect.getfile(int))
t('getfile-int', lambda: inspect.getfile(42))
print(inspect.getfile(func) == __file__, inspect.getsourcefile(func) == __file__)


class Dyn:
    x = 'class-x'

    def __getattr__(self, name):
        return 'dynamic ' + name

    @property
    def p(self):
        raise RuntimeError('should not run')


d = Dyn()
d.__dict__['y'] = 'inst-y'
print(inspect.getattr_static(d, 'x'), inspect.getattr_static(d, 'y'),
      type(inspect.getattr_static(d, 'p')).__name__, inspect.getattr_static(d, 'zz', 'default'))
t('static-missing', lambda: inspect.getattr_static(d, 'zz'))
print(inspect.getattr_static(Dyn, 'x'), inspect.getattr_static(Base, 'cm').__class__.__name__)
print(inspect.getattr_static(Base, 'mro').__class__.__name__)

# source
print(inspect.getsource(func), end='')
lines, start = inspect.getsourcelines(Base.method)
print(start, lines)
print(inspect.getsource(Derived), end='')
one = lambda x: x + 1  # noqa
print(inspect.getsource(one), end='')


def deco(f):
    return f


@deco
def decorated(x,
              y=(1,
                 2)):
    s = """
a string
"""
    return s
# trailing comment


print(inspect.getsource(decorated), end='')
t('source-builtin', lambda: inspect.getsource(len))
ns = {}
exec('def from_exec():\n    pass\n', ns)
t('source-exec', lambda: inspect.getsource(ns['from_exec']))
print(inspect.getcomments(decorated))

# frames
def where():
    fr = inspect.currentframe()
    caller = fr.f_back
    info = inspect.getframeinfo(caller)
    return (fr.f_code.co_name, caller.f_code.co_name, info.function,
            info.lineno == caller.f_lineno, info.code_context)


def outer():
    return where()


print(outer())
st = (lambda: inspect.stack())()
print([fi.function for fi in st], st[0].code_context, isinstance(st[0].lineno, int))
print(inspect.getargvalues(sys._getframe()).args)


def args_frame(p, q=2, *rest, **kw):
    return inspect.getargvalues(inspect.currentframe())


info = args_frame(1, 3, 4, k=5)
print(info.args, info.varargs, info.keywords, inspect.formatargvalues(*info))
try:
    1 / 0
except ZeroDivisionError:
    frames = inspect.trace()
    print(len(frames), frames[0].function)

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g))
c = coro()
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))

print(inspect.getclosurevars(func))
print(inspect.get_annotations(func), inspect.get_annotations(Base))


def ann(x: 'int', y: 'list[str]') -> 'None':
    pass


print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True))
print([a.name for a in inspect.classify_class_attrs(Base) if not a.name.startswith('__')])
print([(a.name, a.kind) for a in inspect.classify_class_attrs(Base) if a.name in ('cm', 'sm', 'prop', 'method', 'attr')])
print(inspect.getargs(func.__code__))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.TPFLAGS_IS_ABSTRACT)
