# patterns that stress a backtracking engine but stay bounded (no crash,
# no C recursion on long inputs or deep patterns); catastrophic ones are
# in tests/unit/test_re.c (they need the instruction budget)
import re

n = 100000
print(re.match('(a|b)*', 'ab' * n).end(), re.match('(?:a|b)*?c', 'ab' * 1000 + 'c').end())
print(re.fullmatch('(?:x+)+', 'x' * 5000) is not None, re.match('(x+x+)+y', 'x' * 12))
print(re.search('(a*)*b', 'a' * 14), re.match('(?:(a)|b)*', 'ab' * n).group(1))
print(re.match('(?:a?){20}a{20}', 'a' * 20), re.search(r'(\w+)\s+\1', 'word ' * 2000 + 'x x').group(1))
print(len(re.findall('a', 'a' * n)), len(re.split(',', ',' * n)), re.subn('b', 'c', 'b' * n)[1])
print(re.match('.*' * 8 + 'z', 'a' * 30), re.match('(?:.*?){6}z', 'a' * 30))
print(re.search('(?=(a+))+b', 'a' * 50), re.match('(?>(?:a|aa)+)b', 'a' * 1000 + 'b').end())
print(re.match('(?:a++)+b', 'a' * 5000), re.match('(?:a*+)*b', 'a' * 5000))
deep = '(' * 150 + 'a' + ')' * 150
m = re.match(deep, 'a')
print(m.span(150), m.lastindex, len(m.groups()))
deep2 = '(?:' * 150 + 'a' + ')*' * 150
print(re.match(deep2, 'aaa').end())
print(re.match('(?:(?:(?:a*)*)*)*b', 'a' * 25 + 'b').end())
for p in ['(' * 3000 + ')' * 3000, '[' * 10, 'a{1000000000}', 'x' * 100000]:
    try:
        r = re.compile(p)
        print('compiled', r.groups, r.match('x' * 100000) is not None)
    except RecursionError:
        print('RecursionError')
    except (re.error, OverflowError) as e:
        print(type(e).__name__, e)
big = re.compile('|'.join('w%d' % i for i in range(2000)))
print(big.search('xx w1999 yy').group(), len(big.findall(' '.join('w%d' % i for i in range(0, 2000, 7)))))
cls = re.compile('[' + ''.join(chr(c) for c in range(0x100, 0x3000, 3)) + ']+')
print(cls.search('abc' + chr(0x103) + chr(0x106) + 'z').span())
print(re.match(r'(?i)[\u0000-\uffff]+', 'aBc\U0001F600').end(), re.match('(?i)[\U00010000-\U0010ffff]', '\U0001F600'))
