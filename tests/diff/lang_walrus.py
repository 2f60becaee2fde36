# Assignment expressions (walrus).
data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((a := 5), a)
print([last := i for i in range(4)], last)
def f():
    [(inner := k) for k in "abc"]
    return inner
print(f())
def g():
    total = 0
    return [total := total + i for i in range(5)], total
print(g())
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)
print((w := 1) + (w := w + 1) + w)
z = [w := 10, w * 2]
print(z)
def h(x):
    return (t := x ** 2) + t
print(h(3))
count = 0
def k():
    global count
    [(count := count + 1) for _ in range(3)]
k()
print(count)
if not (m := {}) and (m2 := [1]):
    print(m, m2)
try:
    exec("[(j := 1) for j in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class C:\n    [(q := 1) for _ in range(2)]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x := 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(f"{(fw := 3)} {fw}")
