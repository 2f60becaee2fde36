# Case mapping and character predicates, including the Unicode special cases.
samples = ['', 'abc', 'ABC', 'Hello World', 'hello world', 'hELLO wORLD', 'ß', 'straße', 'ǅungla', 'ǆ', 'Ǆ',
           'ΣΑΣ ΣΑΣ.', 'ὈΔΥΣΣΕΎΣ', 'aΣ', 'Σ', 'Σa', 'a\u0345Σ b', "a'Σ", 'İstanbul', 'ı', 'ﬁ ﬂ ﬃ', 'ŉ', 'ǰ', 'ᾳ', 'ᾼ',
           'Ⅻ ⅻ', 'ⓐⓑ', 'hello_world x2', ' \t\n', '\x1c\x1d\x1e\x1f', '\u3000\u2028\x85\xa0', '123', '١٢٣',
           '\u0663\u00b2\u00bd', '½', '²', 'ab\u0300c', 'A1b2', '_private', '2abc', 'a-b', 'π', '𝔘𝔫𝔦',
           'Ǉemal', "they're bill's friends", 'α.β.γ', '\ud800x', 'x\U000e0001', 'abc\x7f', 'a\u200bb',
           'ΑΒΓ', 'ʼn', 'ﬀ', 'İ', 'Ω', 'K', 'Å', 'ꭰ', 'ꭰꭱ', 'ᏸ', '𐐀𐐨', '\u1e9e', 'ǈ', 'Džungla', 'dž']
methods = ['lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha', 'isascii',
           'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
           'isupper']
for s in samples:
    print(repr(s), [getattr(s, m)() for m in methods])
# every character below U+0400 and a few blocks: compare the mapping results compactly
import sys
def digest(f, rng):
    h = 0
    for cp in rng:
        r = f(chr(cp))
        if isinstance(r, bool):
            h = (h * 3 + r) % 1000000007
        else:
            for ch in r:
                h = (h * 1114111 + ord(ch)) % 1000000007
    return h
for name in methods:
    f = getattr(str, name)
    print(name, digest(f, range(0, 0x600, 2)), digest(f, range(0x1E00, 0x2200, 5)), digest(f, range(0x10400, 0x10500)),
          digest(f, range(0xFB00, 0xFB10)), digest(f, range(0x1F100, 0x1F200)))
print(sum(1 for cp in range(0, 0x110000, 23) if chr(cp).isspace()), sum(1 for cp in range(0, 0x110000, 23) if chr(cp).isdecimal()))
print(sum(1 for cp in range(0, 0x30000, 13) if chr(cp).isprintable()), sum(1 for cp in range(0, 0x30000, 13) if chr(cp).isalpha()))
print(sum(1 for cp in range(0, 0x30000, 13) if chr(cp).isnumeric()), sum(1 for cp in range(0, 0x30000, 13) if chr(cp).isidentifier()))
print(sum(len(chr(cp).upper()) for cp in range(0, 0x20000, 11)), sum(len(chr(cp).lower()) for cp in range(1, 0x20000, 11)))
print(sum(len(chr(cp).casefold()) for cp in range(2, 0x20000, 11)), sum(len(chr(cp).title()) for cp in range(0, 0x20000, 11)))
try:
    'a'.lower(1)
except TypeError as e:
    print(e)
try:
    'a'.isdigit(1)
except TypeError as e:
    print(e)
