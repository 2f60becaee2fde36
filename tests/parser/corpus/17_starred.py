a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, *b) = c
x = *a, *b
y = [*a, 1]
z = {*a}
for a, *b in c:
    pass
print(*a)
*a, = b
