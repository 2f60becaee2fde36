import operator as op
B = [2**61 - 1, 2**61, -2**61, -2**61 - 1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 3, -3, 1, -1, 0, 2**31, -2**31, 2**32]
ops = [op.add, op.sub, op.mul, op.floordiv, op.mod, op.and_, op.or_, op.xor, lambda a, b: divmod(a, b), lambda a, b: a == b, lambda a, b: a < b, lambda a, b: (a * a) // (b or 1)]
acc = 0
lines = []
for a in B:
    for b in B:
        for i, f in enumerate(ops):
            try:
                r = f(a, b)
            except ZeroDivisionError:
                r = "zde"
            lines.append(repr(r))
print(len(lines))
import hashlib
print(hashlib.sha256("\n".join(lines).encode()).hexdigest())
for a in B:
    print(a, -a, abs(a), ~a, a >> 1, a << 1, a >> 63, a << 62, hash(a), a.bit_length(), a // 7, a % 7, a * -1, a + a, a - (-a), float(a), int(float(a)) == a, str(a), hex(a))
for a in B:
    for e in (2, 3):
        print(a ** e, pow(a, e, 10**9 + 7), pow(a, e, -(2**61)))
