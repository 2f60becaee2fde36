B = [2**61 - 1, 2**61, -2**61, -2**61 - 1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, -2**63, 3, -3, 0]
out = []
for a in B:
    for b in B:
        x = a; x += b; out.append(x)
        x = a; x -= b; out.append(x)
        x = a; x *= b; out.append(x)
        if b:
            x = a; x //= b; out.append(x)
            x = a; x %= b; out.append(x)
        out.append(a < b); out.append(a <= b); out.append(a == b); out.append(a != b)
        out.append(a + 1 if a < b else a - 1)
        out.append(-a - b)
for a in B:
    s = 0
    for i in range(3):
        s += a
    out.append(s)
    out.append(sum([a, a, a]))
    out.append(a * 2 // 2 == a)
    out.append([a][0] + 0)
print(out)
