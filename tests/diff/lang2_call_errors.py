def f(a, b, /, c, *, d, e=5): pass
def g(a, b=2, *args, c, **kw): pass
def h(): pass
def k(x): pass
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def __init__(self, q): pass
calls = [
    'f()', 'f(1)', 'f(1, 2)', 'f(1, 2, 3)', 'f(1, 2, 3, 4)', 'f(1, 2, 3, d=4, z=1)', 'f(1, b=2, c=3, d=4)',
    'f(a=1, b=2, c=3, d=4)', 'f(1, 2, 3, c=3, d=4)', 'f(1, 2, 3, 4, 5, d=1)',
    'g()', 'g(1)', 'g(1, c=2, b=3)', 'g(1, 2, 3, c=4, a=1)', 'h(1)', 'h(x=1)', 'h(1, 2)', 'k()', 'k(1, 2)',
    'k(y=1)', 'k(1, x=2)', 'C().m()', 'C().m(1, 2)', 'C.m(1)', 'C.cm()', 'C.sm()', 'C()', 'C(1, 2)',
    'C(q=1, r=2)', 'k(*5)', 'k(**5)', 'k(*[1], **{"x": 2})', 'k(**{1: 2})', 'k(**{"x": 1}, **{"x": 2})',
    'len()', 'len(1, 2)', 'len(obj=1)', 'int(x=1)', 'print(sep=1)', 'sorted()', 'sorted([], 1)',
    'max()', 'max(1)', '[].append()', '[].append(1, 2)', 'dict.fromkeys()', '"".join()', 'divmod(1)',
    'isinstance(1)', 'getattr(1)', 'abs(x=1)', 'object(1)', 'object.__new__(1)', 'type(1, 2)',
    '(lambda x, y: 0)(1)', '(lambda *, k: 0)()', '(lambda: 0)(1)', 'f(1, 2, 3, d=4, **{"e": 1, "f": 2})',
    'k(1, **{"x": 3})', 'g(1, 2, 3, 4, c=5, d=6, e=7)', 'C.__init__()', 'str.upper()', 'str.upper(1)',
]
for src in calls:
    try:
        r = eval(src)
        print(src, '->', r)
    except TypeError as e:
        print(src, '!!', e)
def many(a, b, c, d): pass
for src in ['many()', 'many(1)', 'many(1, 2)', 'many(a=1, d=2)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '!!', e)
def kwonly(*, a, b, c): pass
for src in ['kwonly()', 'kwonly(a=1)', 'kwonly(1)', 'kwonly(1, 2, a=1)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '!!', e)
def defaults(a, b=1, c=2): pass
for src in ['defaults()', 'defaults(1, 2, 3, 4)', 'defaults(1, d=1)', 'defaults(b=1)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '!!', e)
def posonly(a, b=2, /): pass
for src in ['posonly(a=1)', 'posonly(1, b=2)', 'posonly(1, 2, 3)', 'posonly(1, **{"a": 1, "b": 2})']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '!!', e)
def varkw(a, **kw): return kw
print(varkw(1, a2=2), varkw(**{'a': 1, 'b': 2}))
try:
    varkw(1, a=2)
except TypeError as e:
    print(e)
def pkw(a, /, **kw): return a, kw
print(pkw(1, a=2))
