# lookahead, lookbehind (fixed width), negative forms, groups inside them
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\w+(?!,)\b', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $12 and $345'), re.findall(r'(?<!\$)\b\d+', 'cost $12 and 345'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=ab)c', 'xbc'), re.search(r'(?<!ab)c', 'xbc'))
print(re.match(r'(?=(\w+))\w', 'hello').groups(), re.match(r'(?!(x))\w', 'hello').groups())
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<=a|b)c', 'bc'))
print(re.search(r'(?<=(?:ab|cd))e', 'cde'), re.search(r'(?<=[a-c]{2})d', 'bcd'))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'(?<!a)b').search('ab', 1))
print(re.compile(r'x(?=y)').search('xy', 0, 1), re.compile(r'x(?!y)').search('xy', 0, 1))
print(re.search(r'(?=a)(?=ab)(?!abc)a', 'abd'), re.search(r'(?=a)(?=ab)(?!abd)a', 'abd'))
print(re.match(r'(?=a*)b', 'b'), re.match(r'(?!)', ''), re.match(r'(?=)', ''))
print(re.search(r'(?<=^)a', 'a'), re.search(r'(?<=\b)a', ' a'), re.search(r'(?<!^)a', 'aa'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?<![\w.])\d+(?![\w.])', '12 a3 4.5 67'))
print(re.match(r'(?=(a+))(a)*\1', 'aaa'))
print(re.match(r'(?!(a)c)\w+', 'ab').groups(), re.match(r'(?!(a)b)(\w+)', 'ac').groups())
print(re.search(r'(?<=(?P<p>\w))x(?P=p)', 'axa bxb'))
print(re.search(r'(?i)(?<=A)b', 'aB'), re.search(r'(?<=\n)x', 'a\nx'))
print(re.search(r'(?<=é)x', 'éx'), re.search(r'(?<=(?#c)a)b', 'ab'))
print(re.search(r'(?<=a{2})b', 'aab'), re.search(r'(?<=(?:a|b){3})c', 'abac'))
for p in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a?)b', r'(?<=(a)\1)', r'(?<=a{1,2})b', r'(?<=(?P<x>a)|b)']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e, e.pos)
print(re.findall(r'(?=(\w\w))', 'abcd'))
print([m.span() for m in re.finditer(r'(?<=a)', 'aaa')])
print(re.split(r'(?<=,)', 'a,b,c'), re.split(r'(?=[A-Z])', 'oneTwoThree'))
