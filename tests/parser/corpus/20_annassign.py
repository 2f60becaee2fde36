a: int
b: int = 1
c: list[int] = []
d.e: str
f[0]: int = 1
(g): int = 2
h: 'forward'
i: int = yield
j: tuple = 1, 2
k: dict[str, list[int]] = {}
