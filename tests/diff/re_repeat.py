# quantifiers: * + ? {m,n}, lazy, possessive, atomic groups, empty loops
import re

s = 'aaaa'
for q in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,3}', 'a{1,3}', 'a*?', 'a+?', 'a??', 'a{2,3}?',
          'a*+', 'a++', 'a?+', 'a{1,3}+', '(?:aa)*', '(?:aa)*?', '(?:a|aa)+?a', '(?>a+)', '(?>a*?)']:
    m = re.match(q, s)
    print(q, m and m.span())
print(re.match('a{', 'a{'), re.match('a{1', 'a{1'), re.match('a{,}', 'aa'), re.match('a{}', 'a{}'))
print(re.match('x{1,2}', 'xxx'), re.match('x{0}', 'xx'), re.match('(x){0}y', 'y').groups())
print(re.match('a++a', 'aaa'), re.match('(?>a+)a', 'aaa'), re.match('(?>a|ab)c', 'abc'))
print(re.match('(?:a|ab)c', 'abc'), re.match('(?>(a+))b', 'aab').groups(), re.match('(a+)++b', 'aab'))
print(re.match('(?:ab)*+ab', 'ababab'), re.match('(?:ab)*ab', 'ababab'), re.match('[ab]*+b', 'aab'))
print(re.match('(a*)*b', 'aab').groups(), re.match('(a*)+$', 'aa').groups(), re.match('(a?)*?b', 'ab'))
print(re.match('(?:a*)*', 'aaa'), re.match('(?:a*?)*?', 'aaa'), re.match('(?:|a)*', 'aaa'))
print(re.match('(a|)+b', 'aab').groups(), re.match('(?:x*)*y', 'xxy'), re.match('(?:()|a)*', 'aa').groups())
print(re.findall('a*?', 'baaa'), re.findall('(?:a|)*', 'aab'), re.findall('a{2}', 'aaaaa'))
print(re.match(r'(\d+?)(\d+)', '12345').groups(), re.match(r'(\d+)(\d+?)', '12345').groups())
print(re.match(r'(\d{2,3}?)(\d*)', '12345').groups(), re.match(r'<.*?>', '<a><b>'), re.match(r'<.*>', '<a><b>'))
print(re.match('.*foo', 'xfooyfooz'), re.match('.*?foo', 'xfooyfooz'), re.match('.*+foo', 'xfoo'))
print(re.match('(ab){2,3}', 'abababab'), re.match('(ab){2,3}?', 'abababab'), re.match('(ab){2,3}+a', 'abababa'))
print(re.search(r'\d{3,}', 'a12b1234'), re.match(r'(?:\w\s?){3,5}', 'a b c d e f'))
print(re.match('(a|b)*c', 'ababc').group(1), re.match('(a|b)*?c', 'ababc').group(1))
print(re.match('((a)|b)+', 'ab').groups(), re.match('(?:(a)|(b))+', 'ab').groups())
print(re.match('(?:(a)|(b))+?$', 'ba').groups(), re.match('(?:(a)b)*', 'ababa').groups())
print(re.match('a{3,5}', 'a' * 10), re.match('(?:a{2}){2}', 'a' * 5), re.match('a{2}{3}' if False else 'a', 'a'))
big = 'ab' * 5000
print(re.match('(?:ab)*', big).end(), re.match('(?:ab)*?$', big).end(), re.match('(a|b)*', big).end())
print(re.match('(?:a|b)+$', big).end(), re.fullmatch('(?:(a)(b))*', big).span(2))
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
print(re.compile('a{4294967294}').match('aa'))
