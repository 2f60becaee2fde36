# for/while with break, continue and else.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("not printed")
for i in range(3):
    print("for2", i)
else:
    print("for2 else")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("while", n)
else:
    print("not printed")
m = 3
while m:
    m -= 1
else:
    print("while else", m)
for i in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print("pair", i, j)
total = 0
for x in range(1, 101):
    total += x
print(total)
it = iter([1, 2, 3, 4])
for a in it:
    print("a", a, "skip", next(it, None))
s = "abc"
for ch in s:
    s = "zz"
    print(ch)
d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i, c in enumerate("xyz", start=1):
    print(i, c, end="; ")
print()
result = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append("f%d" % i)
print(result)
