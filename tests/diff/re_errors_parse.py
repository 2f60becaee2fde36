# re.error messages and positions from the pattern parser
import re

PATTERNS = [
    r'\N', r'\N{', r'\N{}', r'\N{foo', r'(?P<a>x)(?P=a', r'(?P<', r'(?P<>x)',
    r'(?(', r'(?()', r'(?(a', '(a', '[a-', 'x{2,1}', '(?i', '(?i)a(?x)',
    'a(?i)', r'\x1', r'\u12', 'a**', '*', '(?', '(?P', '(?Px', '(?<x', '(?z)',
    '(?-', '(?-i', '(?i-i:a)', '(?a-u:x)', '(?L)', r'[\w-a]', '[b-a]', r'\8',
    r'(a)\2', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\400', '(?#abc', ')', 'a)',
    r'(?(1)a|b|c)', '(?(0)a)', '(?(1a)x)', r'(?<=(a)\1)', '(?<=(?P=x))',
    '(?(1)a)', '[', '[]', '{1}', '(?P=', '(?P=1)', '(?P=a)', '(?P<a>(?P=a))',
    r'\k', r'[\k]', r'[\8]', '\\', 'a\\', '[\\', '(?i:', '(?-:a)', '(?i:a',
    '(?iq)', '(?x', '(?t:a)', '(?au)', '(?aL)', '+a', 'a|*', '(?:)*+', 'a{1,2}{3}',
    '(?<=a|bc)', '(?<!a*)', r'(?<=\b)', '^*', r'\A+', '(?i)(?m)x', 'x(?#c)(?i)',
    r'\U00110000', r'\U0010FFFF', r'[\U00110000]', r'[\x1]', r'[\400]',
    '(?P<a-b>x)', '(?P<a b>x)', '(?P<é>x)', '(?(é)x)', '(?P=é)', '(?(-1)a)',
    r'(a)(?<=\1)', '(?u)x', '(?-x:a)',
]
for p in PATTERNS:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), '|', e.msg, '|', e.pos, '|', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
