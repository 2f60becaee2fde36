import unicodedata as u
for ch in 'a\u00e9\u4e00\U00020000\uac00\ud7a3\uac01\ufa70\U00018b00\U0001b170\u1100\U0001F600\u0000\u00a0\U000e0100\uf900\U0002f800\u0f0c':
    print('%04X' % ord(ch), u.name(ch, None))
names = ['latin small letter a', 'LATIN SMALL LETTER A', 'Latin Capital Letter A With Macron', 'EM DASH',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'cjk unified ideograph-4e00',
         'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-3134B',
         'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GAGG', 'hangul syllable gag', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE HIH',
         'cjk compatibility ideograph-f900', 'NUSHU CHARACTER-1B170', 'nushu character-1b170',
         'LATIN CAPITAL LETTER GHA', 'latin capital letter gha', 'NUL', 'BEL', 'BYTE ORDER MARK',
         'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'latin small letter a ',
         '', 'LATIN SMALL LETTER', 'A' * 300, 'NO SUCH THING', 'SNOWMAN', 'GRINNING FACE', 'SPACE', 'TANGUT IDEOGRAPH-17000']
for n in names:
    try: print(repr(n[:40]), ascii(u.lookup(n)))
    except KeyError as e: print('KeyError', e)
print(ascii(u.lookup(b'EM DASH')))
for x in [5, bytearray(b'SNOWMAN'), memoryview(b'SNOWMAN')]:
    try: u.lookup(x)
    except TypeError as e: print('TypeError', e)
# round trip over every named character
bad = 0
count = 0
for c in list(range(0, 0x32000, 3)) + list(range(0xE0000, 0xE0200)):
    n = u.name(chr(c), None)
    if n is None: continue
    count += 1
    if c % 7 == 0 and u.lookup(n) != chr(c):
        bad += 1
print(count, bad)
print("\N{LATIN SMALL LETTER A}\N{em dash}\N{EURO SIGN}\N{LATIN CAPITAL LETTER GHA}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}" == 'a\u2014\u20ac\u01a2\u4e00\uac01')
for src in [r'"\N{NO SUCH NAME}"', r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"ab\N{}"', r'"\N{SPACE"', r'"\N"']:
    try: print(ascii(eval(src)))
    except SyntaxError as e: print('SyntaxError', e.msg)
