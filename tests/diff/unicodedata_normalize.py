import unicodedata as u
samples = ['abc', 'e\u0301', '\u00e9', 'A\u030a', '\u212b', '\u1e9b\u0323', '\ufb01', '\u2460', '\uac00', '\u1100\u1161',
           '\u1100\u1161\u11a8', '\uac01', '\u0344', '\u0958', '\u2126', 'a\u0328\u0301\u0323', '\u0f73', '\u1d5e',
           'q\u0307\u0323', '\u00c5\u0301', 'x\u0300\u0315\u0301', '\u00bd\u2075', '\uff76\uff9e', '\u3300',
           '\U0001d15e', '\u05d9\u05b4', '\u0041\u0301\u0327', '\u1100\uac00\u11a8', '\u00a8\u0301', '\u0390',
           '\U0002f800', '\u0061\u05ae\u0300\u0301', '']
for s in samples:
    row = []
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        n = u.normalize(form, s)
        row.append(ascii(n))
        row.append(u.is_normalized(form, s))
    print(ascii(s), ' '.join(map(str, row)))
for f in [lambda: u.normalize('X', 'a'), lambda: u.normalize(1, 'a'), lambda: u.normalize('NFC', b'a'),
          lambda: u.is_normalized('nfc', 'a'), lambda: u.normalize('NFC'), lambda: u.is_normalized('NFD', 3)]:
    try: print(f())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
# broad check: every code point through all four forms
import hashlib
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    h = hashlib.sha256()
    changed = 0
    for c in list(range(0, 0x3400)) + list(range(0xA000, 0x30000, 11)):
        if 0xd800 <= c < 0xe000: continue
        ch = chr(c)
        n = u.normalize(form, ch)
        if n != ch:
            changed += 1
            h.update(n.encode('utf-8'))
    print(form, changed, h.hexdigest()[:16])
# pairs with combining marks
marks = ['\u0300', '\u0301', '\u0323', '\u0308', '\u0327', '\u05b4', '\u093c', '\u3099', '\u0345']
bases = ['a', 'e', 'o', 'u', '\u00e0', '\u1ea1', '\u304b', '\u0915', '\u03b1', '\u1f00']
h = hashlib.sha256()
for b in bases:
    for m1 in marks:
        for m2 in marks:
            for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
                h.update(u.normalize(form, b + m1 + m2).encode('utf-8') + b'|')
print(h.hexdigest()[:16])
