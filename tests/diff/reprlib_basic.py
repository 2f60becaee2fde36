import reprlib
from collections import deque

r = reprlib.Repr()
print(r.repr(list(range(20))))
print(r.repr(tuple(range(3))), r.repr((1,)), r.repr(()))
print(r.repr({i: str(i) for i in range(10)}))
print(r.repr({}), r.repr(set()), r.repr(frozenset()))
print(r.repr(set(range(10))), r.repr(frozenset('abcdefghij')))
print(r.repr(deque(range(10))))
print(r.repr('x' * 100))
print(r.repr('short'))
print(r.repr(10 ** 60), r.repr(-(10 ** 80)))
print(r.repr([[[[[[[[1]]]]]]]]))
print(r.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
r.maxlevel = 2
print(r.repr([1, [2, [3, [4]]]]), r.repr([[]]), r.repr({1: {2: {3: 4}}}))
r.maxstring = 10
print(r.repr('abcdefghijklmnopqrstuvwxyz'), r.repr("it's \n 'quoted'"))
r.fillvalue = '+++'
print(r.repr(list(range(20))), r.repr('abcdefghijklmnopqrstuvwxyz'))
print(reprlib.repr(list(range(100))))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(reprlib.repr(Long()))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
print(reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(b'x' * 50))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
a.children.append(Node('b'))
a.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Tagged(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


t = Tagged([1, 2])
t.append(t)
print(repr(t))
