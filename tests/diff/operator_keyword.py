import operator, keyword
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0), operator.not_(0), operator.truth([]), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.concat([1], [2]))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1), operator.getitem('abcdef', slice(1, 4)))
print(operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))), operator.length_hint(5, 3), operator.call(max, 1, 5))
x = [1]; print(operator.iadd(x, [2]), x, operator.iconcat(x, [3]), operator.imul(2, 3), operator.isub(5, 1), operator.ior({1}, {2}), operator.ixor(5, 1), operator.iand(7, 2), operator.ipow(2, 3), operator.ilshift(1, 2), operator.irshift(8, 1), operator.imod(7, 4), operator.itruediv(1, 4), operator.ifloordiv(9, 2))
for f in [lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2), lambda: operator.length_hint([], 'a'), lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(1), lambda: methodcaller(), lambda: itemgetter(5)([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = itemgetter(1); gs = itemgetter(0, 2, 'x' if False else -1)
print(g('abc'), gs('abcdef'), g, gs, itemgetter('k')({'k': 'v'}), itemgetter(slice(2))([5, 6, 7]))
class P:
    def __init__(self, name, sub=None): self.name = name; self.sub = sub
    def greet(self, greeting, punct='!'): return greeting + ' ' + self.name + punct
p = P('ann', P('bob'))
a = attrgetter('name'); ab = attrgetter('sub.name', 'name')
print(a(p), ab(p), a, ab)
mc = methodcaller('greet', 'hi', punct='?'); print(mc(p), mc, methodcaller('upper')('x'), methodcaller('split', ',', 1))
recs = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(recs, key=itemgetter(1, 0)), sorted([P('z'), P('y')], key=attrgetter('name'))[0].name, list(map(itemgetter(0), recs)))
class Idx:
    def __index__(self): return 3
print(operator.index(Idx()), [10, 20, 30, 40][Idx()], operator.matmul.__name__, operator.__lt__ is operator.lt)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([k for k in keyword.kwlist if not k.islower()], keyword.iskeyword('print'), keyword.__all__)
