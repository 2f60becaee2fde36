# bytes patterns: ASCII semantics, LOCALE, bytearray / memoryview subjects
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p.findall(b'a=1 b=22 \xe9=3'), p.match(b'x=5').groups(), p.search(bytearray(b' y=7')))
print(p.search(memoryview(b'z=9')).span(), re.sub(rb'\d', b'#', b'a1b2'), re.split(rb'\s', b'a b\tc'))
print(re.findall(rb'\s', b' \t\n\r\x0b\x0c\x1c\x85\xa0'), re.findall(rb'\d', b'1\xb2'), re.findall(rb'\w', b'a\xe9_'))
print(re.match(rb'(?L)\w+', b'abc'), re.match(rb'\w+', b'abc', re.L), re.compile(rb'x', re.L).flags)
print(re.match(rb'(?i)AbC', b'aBc'), re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'(?iL)a', b'A'))
print(re.match(rb'\x41\101\n', b'AA\n'), re.match(rb'[\x00-\x7f]+', b'abc\x80'), re.match(rb'.', b'\n'))
print(re.compile(rb'a+b'), re.compile(rb'\xff', re.I), re.compile(b'\\n\'"'))
for bad in [rb'\u0041', rb'\U00000041', rb'\N{DIGIT ONE}', rb'(?u)x', rb'(?a)(?L)x', rb'[\u0041]', rb'\q']:
    try:
        print(re.compile(bad))
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
try:
    re.compile(b'(?P<\xe9>x)')
except re.error as e:
    print('error', e)
m = re.match(rb'(?P<n>\w)(\w)', b'xy')
print(m.group('n'), m.groups(), m.expand(rb'\2\1'), m.groupdict(), repr(m))
print(re.escape(b'a.b*c\xff'), re.fullmatch(re.escape(b'1+1=2?'), b'1+1=2?'))
print(re.findall(rb'(?a)\w', b'ab'), re.match(rb'[^a]', b'\xff'), re.search(rb'\bx\b', b'\xe9x\xe9'))
print(re.findall(rb'a.', bytearray(b'abac')), re.split(rb'-', bytearray(b'a-b')), re.sub(rb'a', b'x', bytearray(b'bab')))
m = re.search(rb'b+', memoryview(b'abbc'))
print(m.group(), m.span(), type(m.string).__name__)
