# character classes, ranges, negation, category escapes, unicode categories
import re

t = 'aZ09_ \t\n-]^\\éß²٣\u00a0\u2003Ωω'
for p in [r'[a-z]', r'[^a-z]', r'[\d]', r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'[\w\s]',
          r'[^\W\d]', r'[]a]', r'[^]a]', r'[a-]', r'[-a]', r'[\]]', r'[\^a]', r'[a^]', r'[\\]',
          r'[.]', r'[*+?]', r'[\-]', r'[0-9a-fA-F]', r'[^\s\S]', r'[\s\S]', r'[Ω-ω]', r'[\u00e0-\u00ff]',
          r'[\x00-\x1f]', r'[\n\t]', r'[\b]', r'[\a\f\v\r]', r'[^\n]', r'[\d-]', r'[-\d]', r'[\w-z]' if False else r'[\w-]']:
    print(p, re.findall(p, t))
for p in [r'\d', r'\w', r'\s']:
    print(p, re.findall(p, t, re.A), re.findall(p, t.encode('utf-8', 'replace'))[:6] if False else '')
print(re.findall(r'[\d\w]+', 'ab12 ٣٤ x'), re.findall(r'\b\w+\b', 'héllo wörld, ça va'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) barfoo foo_'), re.findall(r'\Bo\B', 'foo boo o'))
print(re.findall(r'\b', 'ab cd'), re.findall(r'\B', 'ab cd'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall(r'(?a)\b\w+\b', 'héllo wörld'), re.findall(r'\b\w', 'éa bé'))
print(re.findall(r'\s+', 'a \x1c\x1d\x1e\x1f\x85b'), re.findall(r'(?a)\s', ' \x1c\x85\x0b'))
print(re.findall(r'[^\d\s]+', 'ab 12 cd3'), re.findall(r'[\D]', '1a2'), re.findall(r'[^\D]', '1a2'))
print(re.match(r'[a-c-e]+', 'a-e'), re.match(r'[\x41-\x43]+', 'ABCD'), re.match(r'[\101-\103]+', 'ABCD'))
print(re.match(r'[\u0041-\U00000043]+', 'ABCD'), re.match(r'[\N{LATIN SMALL LETTER A}]', 'a') if False else '')
print(re.findall(r'[\U0001F600-\U0001F64F]', 'x\U0001F600y\U0001F64Fz'), re.findall(r'[^\x00-\x7f]', 'aéb😀'))
print(re.findall('[😀-😂]', 'a😀😁😃'), re.findall('.', 'a😀b'), re.match('😀+', '😀😀x'))
print(re.findall('[ab]|c', 'abcd'), re.findall('a|b|c', 'abcd'), re.findall('[a-a]', 'aa'))
print(re.findall(r'[\w&&]', 'a&b') if False else '', re.findall('[&~|]', 'a&~|'))
print(re.match(r'[^a]', '\n'), re.match('[^a]+', 'bcd\nea'), re.findall('[^\n]+', 'ab\ncd'))
