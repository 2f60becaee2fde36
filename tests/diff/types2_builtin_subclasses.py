class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MyFloat(float):
    pass
class MySet(set):
    pass
class MyBytes(bytes):
    pass
a = MyInt(5)
print(a, type(a + 1).__name__, type(-a).__name__, type(+a).__name__, type(abs(a)).__name__, type(a * 1).__name__, type(a // 1).__name__)
print(str(a), format(a), "%d" % a, f"{a}", int(a), type(int(a)).__name__, hash(a) == hash(5), a == 5, {a: 1}[5])
print(type(round(a)).__name__, type(a.real).__name__, type(a.numerator).__name__, type(a.conjugate()).__name__, type(a.__index__()).__name__)
s = MyStr("Hello")
print(s, repr(s), type(s.upper()).__name__, type(s + "x").__name__, type(s[1:]).__name__, type(s * 2).__name__, type(str(s)).__name__, type(s.strip()).__name__)
print(type("".join([s])).__name__, type(s.replace("x", "y")).__name__, type("%s" % s).__name__, type(format(s)).__name__, type(f"{s}").__name__, s == "Hello", hash(s) == hash("Hello"))
l = MyList([3, 1, 2])
print(l, type(l[:]).__name__, type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__, type(sorted(l)).__name__, l == [3, 1, 2])
l += [9]
print(type(l).__name__, l)
d = MyDict(a=1)
print(d, type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__, type(dict(d)).__name__, d == {"a": 1}, type(MyDict.fromkeys("ab")).__name__)
t = MyTuple((1, 2))
print(t, type(t[:]).__name__, type(t + (3,)).__name__, type(t * 1).__name__, t == (1, 2), type(tuple(t)).__name__)
f = MyFloat(2.5)
print(f, repr(f), type(f + 1).__name__, type(-f).__name__, type(round(f)).__name__, type(float(f)).__name__, type(f.real).__name__, f.is_integer(), type(abs(f)).__name__)
st = MySet([1, 2])
print(sorted(st), type(st | {3}).__name__, type(st.copy()).__name__, type(st - {1}).__name__, type({3} | st).__name__, type(frozenset(st)).__name__, st == {1, 2})
b = MyBytes(b"xy")
print(b, type(b[:]).__name__, type(b + b"z").__name__, type(bytes(b)).__name__, type(b.upper()).__name__, b == b"xy")
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, type(u).__name__, len(u), u.lower(), isinstance(u, str))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4)
print(p, p.x, len(p), p[1], type(p).__name__)
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s2 = Stack()
s2.push(1); s2.push(2)
print(s2, s2.peek(), len(s2), s2.pop(), s2)
class AttrInt(int):
    pass
ai = AttrInt(3)
ai.label = "three"
print(ai, ai.label, ai + 1)
class Boolish(int):
    def __bool__(self): return False
print(bool(Boolish(5)), not Boolish(5), Boolish(5) or "fallback")
class LenList(list):
    def __len__(self): return 42
print(len(LenList([1])), bool(LenList()), list(LenList([1, 2])))
class Ordered(dict):
    def __iter__(self): return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), dict(o), sorted(o))
