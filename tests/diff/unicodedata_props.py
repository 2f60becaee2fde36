import unicodedata as u
print(u.unidata_version)
chars = 'aA1 \t\u00e9\u0301\u0661\u00bd\u2155\u0f33\u4e00\uac00\u1100\u05d0\u0627(\u00ab\u2028\U0001F600\ue000\U000e0001\ufffe\u00ad\u3000\uff21\u2460\u0345\U0001d7ce\u216b'
for ch in chars:
    print('%04X' % ord(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch),
          u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None),
          u.name(ch, '?'))
for f, arg in [(u.decimal, 'a'), (u.digit, 'a'), (u.numeric, 'a'), (u.name, '\x00'), (u.category, 'ab'),
               (u.category, 5), (u.name, ''), (u.decimal, '\u00bd'), (u.digit, '\u00bd')]:
    try: print(f(arg))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for f in [lambda: u.category(), lambda: u.decimal(), lambda: u.decimal('a', 1, 2), lambda: u.name('a', 5, 6)]:
    try: f()
    except TypeError as e: print('TypeError', e)
print(u.decimal('a', 'dflt'), u.numeric('x', -1.5), u.digit('\u00b2'), u.decimal('\u00b2', None), u.numeric('\u5146'))
# summary counts over the assigned planes (checks the tables broadly)
import collections
cats, eaw, bidi = collections.Counter(), collections.Counter(), collections.Counter()
comb = mirr = ndec = num = 0
for c in list(range(0, 0x32000, 3)) + list(range(0xE0000, 0xE0200)):
    ch = chr(c)
    cats[u.category(ch)] += 1
    eaw[u.east_asian_width(ch)] += 1
    bidi[u.bidirectional(ch)] += 1
    comb += u.combining(ch)
    mirr += u.mirrored(ch)
    if u.decomposition(ch): ndec += 1
    num += u.numeric(ch, 0)
print(sorted(cats.items()))
print(sorted(eaw.items()))
print(sorted(bidi.items()))
print(comb, mirr, ndec, num)
