from __future__ import annotations
def f(a: List[int], b: 'x' = 1, *args: int, c: Dict[str, int] = None, **kw: Any) -> Optional[int]: pass
print(f.__annotations__)
class A:
    x: int
    y: list[str] = []
    z: 'Q' = None
    def m(self) -> A: pass
print(A.__annotations__, A.m.__annotations__)
class B(A):
    w: float
print(B.__annotations__)
def g():
    local: int = 5
    return local
print(g(), g.__annotations__)
x: int = 1
y: 1 + 2
print(__annotations__)
def h(a: (1 + 2), b: lambda: 0 = None, c: [i for i in range(2)] = 0) -> f'{1}': pass
print(h.__annotations__)
def k(a: 'already string', b: "double" = 1): pass
print(k.__annotations__)
def n(a: x.y[z](w) | None, b: *tuple[int, ...] if False else int): pass
print(n.__annotations__)
