import string
from string import Template

t = Template('$who likes ${what}; $$5 costs $x')
print(t.substitute(who='tim', what='kung pao', x=3))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 'a', 'what': 'b'}, x='y'))
print(t.is_valid(), t.get_identifiers())
print(type(Template.pattern).__name__, Template.flags == __import__('re').IGNORECASE)
print(Template.pattern.flags & __import__('re').VERBOSE != 0)

for bad in ['$', 'ab\ncd $', 'x ${}', 'line1\nline2 $5', '${name', '$ok and $ ']:
    try:
        Template(bad).substitute(ok=1, name=2)
    except ValueError as e:
        print('ValueError:', e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())

try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError:', e)

class Percent(Template):
    delimiter = '%'
print(Percent('%name is %% %{name}x').substitute(name='N'))

class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$a.b and ${c.d}').substitute({'a.b': 1, 'c.d': 2}))
print(Dotted('$abc').safe_substitute())

class Braced(Template):
    braceidpattern = r'[^}]+'
print(Braced('${a b} and $c').substitute({'a b': 1, 'c': 2}))

class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'
print(CaseSensitive('$abc $Abc').safe_substitute(abc=1, Abc=2))
print(Template('$Abc').substitute(Abc=3))

class MyPattern(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>) |
      (?P<invalid>)
    )
    """
print(MyPattern('[[x]] and [[[[').substitute(x=5))
print(MyPattern('[[x]]').get_identifiers())

print(Template('$éa $_x1').safe_substitute(_x1='ok'))
print(Template('${ı}').safe_substitute())
print(Template('$x$y').substitute(x=1, y=[2]))
try:
    Template('$x').substitute({}, {})
except TypeError as e:
    print('TypeError')
