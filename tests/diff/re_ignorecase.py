# IGNORECASE with Unicode simple case folding and CPython's special cases
import re

pairs = ['kK\u212a', 'sS\u017f', 'iI\u0130\u0131', '\u00b5\u039c\u03bc', '\u03c3\u03a3\u03c2', 'ßẞ',
         '\u03b8\u0398\u03d1\u03f4', '\u0432\u0412\u1c80', 'åÅ\u212b', 'ǅǄǆ', '\u1e61\u1e60\u1e9b', 'ﬅﬆ']
for group in pairs:
    row = []
    for a in group:
        row.append(''.join('1' if re.fullmatch(a, b, re.I) else '0' for b in group))
    print(ascii(group), row)
    row = []
    for a in group:
        row.append(''.join('1' if re.fullmatch('[' + a + ']', b, re.I) else '0' for b in group))
    print(' set', row)
print(re.findall('(?i)[a-z]+', 'Hello WORLD \u212aelvin \u017fun'), re.findall('(?i)[k]', 'kK\u212a'))
print(re.findall('(?i)[^k]', 'kK\u212ax'), re.findall('(?i)[^a-z]', 'aZ\u212a1'), re.findall('(?ia)[a-z]', 'aZ\u212a\u017f'))
print(re.findall('(?i)\u03c3+', '\u03c3\u03a3\u03c2x'), re.findall('(?i)[\u03c3]', '\u03c3\u03a3\u03c2'))
print(re.match('(?i)straße', 'STRASSE'), re.match('(?i)STRASSE', 'straße'), re.match('(?i)ß', 'ẞ'))
print(re.findall('(?i)[\u00e0-\u00ff]', 'àÀÿŸ'), re.findall('(?i)[À-Þ]', 'àÀþÞ×÷'))
print(re.findall(r'(?i)\w', 'aÉ'), re.findall(r'(?i)[\w]', 'aÉ'), re.findall('(?i)[0-9]', '1٣'))
print(re.findall('(?i)[\U00010400-\U00010427]', '\U00010428\U00010400x'), re.match('(?i)\U00010400', '\U00010428'))
print(re.findall('(?i)[\U00010428-\U0001044f]', '\U00010400\U00010428'))
print(re.match('(?i)İ', 'i'), re.match('(?i)i', 'İ'), re.match('(?i)ı', 'I'), re.match('(?i)I', 'ı'))
print(re.match('(?i)(?a)k', '\u212a'), re.match('(?i)k', '\u212a', re.A) if False else '', re.match('(?i)Ω', 'ω'))
print(re.sub('(?i)k', '*', 'kK\u212a'), re.subn('(?i)[s]', '_', 'sS\u017f'), re.split('(?i)x', 'aXbxc'))
print(re.match(b'(?i)K', b'k'), re.match(b'(?i)\xe9', b'\xc9'), re.match(b'(?i)[a-z]+', b'ABC'))
print(re.match('(?i)(a)\\1', 'aA'), re.match('(?i)(\u03c3)\\1', '\u03c3\u03c2'), re.match('(?i)(k)\\1', 'k\u212a'))
