# Function object attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    """Doc string here."""
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__)
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames[:6], co.co_nlocals)
print(outer(1, c=3).__qualname__, outer(1, c=3).__name__)
def nodoc():
    pass
print(nodoc.__doc__, type(nodoc).__name__, type(outer.__code__).__name__)
outer.custom = "attr"
print(outer.custom, outer.__dict__)
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__)
nodoc.__qualname__ = "Q.renamed"
print(nodoc.__qualname__)
try:
    nodoc.__name__ = 5
except TypeError as e:
    print(e)
print(outer.__globals__ is globals(), "outer" in outer.__globals__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
class K:
    def m(self):
        pass
    class N:
        def deep(self):
            def local():
                pass
            return local
print(K.m.__qualname__, K.N.deep.__qualname__, K.N().deep().__qualname__)
print(K().m.__qualname__, K().m.__func__ is K.m)
def gen():
    yield
print(type(gen()).__name__, gen.__name__, gen.__code__.co_name)
print(callable(outer), outer.__closure__, outer(1, c=1).__closure__)
def with_free():
    v = 1
    def f():
        return v
    return f
print(with_free().__code__.co_freevars, with_free.__code__.co_cellvars)
def doc_first():
    "single quoted doc"
    x = 1
print(doc_first.__doc__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)
