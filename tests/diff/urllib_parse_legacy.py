import warnings
import urllib.parse as up

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('HTTP://x/y'), up.splittype('/no/type'), up.splittype('a:b:c'))
    print(up.splithost('//h:80/p'), up.splithost('//h?q'), up.splithost('nohost'), up.splithost('//'))
    print(up.splituser('u:p@h@x'), up.splituser('h'), up.splitpasswd('u:p:q'), up.splitpasswd('u'))
    print(up.splitport('h:80'), up.splitport('h:'), up.splitport('h:x'), up.splitport('[::1]:5'),
          up.splitport('h'))
    print(up.splitnport('h:80'), up.splitnport('h:'), up.splitnport('h:x'), up.splitnport('h', 7),
          up.splitnport('h:\u0661'))
    print(up.splitquery('/p?a?b'), up.splitquery('/p'), up.splittag('/p#a#b'), up.splittag('/p'))
    print(up.splitattr('/p;a=1;b'), up.splitvalue('a=b=c'), up.splitvalue('a'))
    print(up.to_bytes('http://x'))
    for x in w:
        print(x.category.__name__, x.message)
    try:
        up._to_bytes('\u00e9')
    except UnicodeError as e:
        print('UnicodeError', e)
    print(up._splittype('x:y'), up.splittype.__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    q = up.Quoter(b'/')
    print(q[65], q[32], repr(q), w[0].message)
try:
    up.nothing
except AttributeError as e:
    print('AttributeError', e)
print(up.quote('a b', safe=b'/'), up.clear_cache())
