# backreferences: \N, (?P=name), conditionals (?(id)yes|no)
import re

print(re.match(r'(a+)b\1', 'aabaa'), re.match(r'(a+)b\1', 'aaba'))
print(re.search(r'(\w)\1', 'abccd'), re.findall(r'(\w)\1', 'aabbcdd'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" and \'x\''))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)\1', 'aA'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(a)?b\1', 'b'))
print(re.match(r'(?:(a)|b)\1', 'aa'), re.match(r'(?:(a)|b)\1', 'b'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
for p in [r'(a)|\1', r'(a)\11', r'(a)\2', r'\0', r'(a)\012', r'(a)\1012']:
    try:
        print(re.match(p, 'a\n\ta\0'))
    except re.error as e:
        print('error', e)
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>'))
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', 'user@host.com'))
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com'))
print(re.match(r'(?P<a>x)?(?(a)y|z)', 'xy'), re.match(r'(?P<a>x)?(?(a)y|z)', 'z'))
print(re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b)c', 'abc'))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'))
print(re.match(r'(?:(a)|x)(?(1)b|c)+', 'xccc'))
print(re.match(r'(a)(?<=\1)', 'a'), re.match(r'(ab)(?<=\1)c', 'abc'))
print(re.sub(r'(\w+) \1', r'\1', 'hello hello world world x'))
print(re.match(r'(?i)(?P<w>straße) (?P=w)', 'straße STRASSE'), re.match(r'(?i)(ß)\1', 'ßẞ'))
print(re.match(r'(?:(a)|b)*\1', 'aba'))
print(re.search(r'(a*)+\1', 'aaa'))
