a = b @ c ** -d // e % f << g >> h & i | j ^ ~k
a += 1; a -= 1; a *= 2; a /= 2; a //= 1; a %= 3; a **= 2; a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= b
print(not a and b or c if d else e, a < b <= c != d == e >= f > g, a is not b, a not in b)
