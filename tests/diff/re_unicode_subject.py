# non-ASCII subjects: positions are code points, slicing, astral chars
import re

s = 'naïve café — 日本語テキスト 😀 end'
print([m.span() for m in re.finditer(r'\w+', s)], re.findall(r'\W+', s))
print(re.search('日本', s).span(), re.search('😀', s).span(), re.search('end', s, ).span())
print(re.sub(r'[^\x00-\x7f]', '?', s), re.split(r'\s+', s), len(re.findall('.', s)))
print(re.compile('é').search(s, 8), re.compile('é').search(s, 11), re.compile('\\w+').match(s, 13).span())
print(re.fullmatch(r'\S+', '日本語'), re.match(r'(.)(.)', '😀😁').groups(), re.match('.{3}', 'a😀b').span())
print(re.search(r'(?<=語)テ', s), re.search(r'\bcafé\b', s), re.search(r'(?i)CAFÉ', s))
print(re.sub('(日)(本)', r'\2\1', s), re.sub('😀', lambda m: str(m.span()), s))
for i in range(3):
    print(re.search('\\w', s, ).start(), end=' ')
print()
t = 'ä' * 1000 + 'b' + 'ä' * 1000
print(re.search('b', t).span(), re.search('ä+$', t).span(), len(re.findall('ä', t)))
print([m.start() for m in re.finditer('b|ä{999}', t)])
print(re.match(r'\d+', '٣٤٥'), re.match(r'\s+', '\u2003\u3000x'), re.findall(r'[^\W\d_]+', 'ab_12cd'))
print(re.escape('日本😀'), re.search(re.escape('😀 e'), s))
