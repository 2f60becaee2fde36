# FutureWarning / DeprecationWarning issued by the pattern parser
import re
import warnings

warnings.simplefilter('always')
re.compile('[[a]')
re.compile('[!--]')
re.compile('[a&&b]')
re.compile('[a||b]')
re.compile('[a~~b]')
re.compile('[a-]')
re.compile(b'(?P<\xe9>x)')
re.compile('(a)(?(\u0661)b)')
re.match('[[:alpha:]]', 'a')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[[x]')
    re.compile('[!--x]')
    print([(c.category.__name__, str(c.message)) for c in w])
warnings.simplefilter('error')
try:
    re.compile('[[y]')
except FutureWarning as e:
    print('FutureWarning raised:', e)
print('done')
