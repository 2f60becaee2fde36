# Rich comparisons, reflection of comparisons, defaults for == and !=.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {getattr(o, 'v', o)}")
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print(f"lt {self.v} {o.v}")
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
print(C(1) == C(1), C(1) != C(2), C(1) < C(2))
print(C(2) > C(1))
print(C(1) <= C(1), C(3) >= C(1))
print(C(1) == 1, 1 == C(1))
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p is p)
for expr in ["p < p", "Plain() >= 1", "1 < Plain()", "'a' < 1", "[] > ()", "None < None", "{} <= {}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(e)
class Ne:
    def __eq__(self, o):
        return "eq-result"
print(Ne() == 1, Ne() != 1)
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1)
class NIeq:
    def __eq__(self, o):
        return NotImplemented
print(NIeq() == NIeq(), NIeq() != 1)
class Sub(C):
    def __eq__(self, o):
        print("Sub.eq first")
        return True
print(C(5) == Sub(6))
print([C(1)] == [C(1)])
x = C(7)
print([x] == [x], x in [x])
print(sorted([C(3), C(1), C(2)], key=lambda c: c.v)[0].v)
print(max([C(3), C(1), C(2)]).v)
class Total:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(Total(1) < Total(2), Total(2) < Total(1))
print(1 < 2.0, 2 == 2.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53, (1, 2) < (1, 3), [1, [2]] == [1, [2]])
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], (n,) == (n,))
