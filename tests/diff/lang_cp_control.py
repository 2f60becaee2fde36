# if / while / for with else, break and continue, nesting.
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print('for', i)
else:
    print('not reached')
for i in range(2):
    pass
else:
    print('for-else', i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print('while', n)
else:
    print('not reached')
n = 0
while n < 2:
    n += 1
else:
    print('while-else', n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print('pair', i, j)
    else:
        print('inner else')
x = 5
if x < 0:
    print('neg')
elif x == 0:
    print('zero')
elif x < 10:
    print('small')
else:
    print('big')
if not x:
    print('falsy')
if x and x > 2 or x < -10:
    print('compound')
if (x > 2 and x < 4) or not (x != 5):
    print('compound2')
print('yes' if x else 'no', 'a' if not x else 'b')
while True:
    x -= 1
    if x < 3:
        break
print('x', x)
while 0:
    print('never')
if 0:
    print('never')
else:
    print('const else')
count = 0
for a in [1, 2]:
    for b in [3, 4]:
        for c in [5, 6]:
            count += a * b * c
print(count)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for idx, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(idx, p, q)
it = iter([1, 2, 3])
for v in it:
    if v == 2:
        break
print(list(it))
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1
print(find('hello', 'l'), find('hello', 'z'))
total = 0
for i in range(100):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 3 > 2 >= 2 > 1)
print(0 or '' or [] or 'last', 1 and 2 and 3, 1 and 0 and 3)
print(None is None, 2 in [1, 2], 3 not in (1, 2))
