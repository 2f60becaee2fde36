#!/usr/bin/env python3
"""Writes tests/unit/str_method_cases.h: str method calls and their results
(repr, or "ExcType: message") computed by python3 (CPython 3.11).

Each case is (receiver, op, args): op is a method name, or '%' (receiver %
args[0]), '+', '*', '[]' (args[0] an int or a slice given as a 3-tuple)."""
import sys

S = 'h\xe9llo W\xf6rld \u65e5\u672c'
CASES = []
def c(recv, op, *args):
    CASES.append((recv, op, args))

for s in ['', 'abc', 'Hello World', S, 'ß', 'ǅungla', 'ΣΑΣ ΣΑΣ.', 'İstanbul', 'ﬁ ﬂ', 'aΣ', 'Σ', 'a\u0345Σ b',
          'hello_world x2', ' \t\n', '123', '\u0663\u00b2\u00bd', 'ab\u0300c', '\ud800x', 'A1b2', 'Ⅻ', 'ᾳ',
          'they\'re bill\'s friends']:
    for m in ['lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha',
              'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable',
              'isspace', 'istitle', 'isupper', '__sizeof__']:
        c(s, m)
for s in ['a,b,,c', ' a  b c  ', S, '', 'aaa', '\u3000x\u3000y\u3000', 'one\ntwo\r\nthree\rfour\x0bfive\x1cz\u2028end\n']:
    c(s, 'split'); c(s, 'rsplit'); c(s, 'split', ','); c(s, 'rsplit', ','); c(s, 'split', None, 1)
    c(s, 'rsplit', None, 1); c(s, 'split', ',', 1); c(s, 'rsplit', ',', 1); c(s, 'split', 'a')
    c(s, 'splitlines'); c(s, 'splitlines', True); c(s, 'strip'); c(s, 'lstrip'); c(s, 'rstrip')
    c(s, 'strip', 'a,'); c(s, 'partition', ','); c(s, 'rpartition', ','); c(s, 'partition', 'l')
    c(s, 'rpartition', 'o')
for s in ['abcabcabc', S * 3, 'aaaa', '']:
    for sub in ['', 'a', 'bc', 'abc', 'l', '\u65e5', 'zz', 'o W']:
        c(s, 'find', sub); c(s, 'rfind', sub); c(s, 'count', sub); c(s, 'index', sub); c(s, 'rindex', sub)
        c(s, 'find', sub, 2); c(s, 'rfind', sub, 1, -2); c(s, 'count', sub, -5); c(s, 'find', sub, 10, 2)
        c(s, 'startswith', sub); c(s, 'endswith', sub); c(s, 'startswith', sub, 3); c(s, 'endswith', sub, 0, 4)
        c(s, 'replace', sub, '-'); c(s, 'replace', sub, 'XY', 2); c(s, 'removeprefix', sub); c(s, 'removesuffix', sub)
        c(s, '__contains__', sub)
    c(s, 'find', 'a', 100); c(s, 'count', '', 100); c(s, 'find', '', 100); c(s, 'rfind', '', 3, 2)
    c(s, 'startswith', ('x', 'ab')); c(s, 'endswith', ('x', 'bc', '')); c(s, 'startswith', '', 100)
for s in ['abc', S, '-12', '+x', '']:
    c(s, 'center', 9); c(s, 'center', 10, '*'); c(s, 'ljust', 8, '\xe9'); c(s, 'rjust', 7); c(s, 'zfill', 6)
    c(s, 'center', 2); c(s, 'expandtabs'); c(s + '\tx\ty', 'expandtabs', 4); c('a\tb\n\tc', 'expandtabs', 0)
    c(s, '[]', 0); c(s, '[]', -1); c(s, '[]', 10); c(s, '[]', (1, None, None)); c(s, '[]', (None, None, -1))
    c(s, '[]', (1, 8, 2)); c(s, '[]', (-2, 0, -1)); c(s, '[]', (None, None, 0))
    c(s, '*', 3); c(s, '*', 0); c(s, '*', -1); c(s, '+', '\xe9t\xe9')
    c(s, 'encode'); c(s, 'encode', 'latin-1', 'replace'); c(s, 'encode', 'ascii', 'backslashreplace')
    c(s, 'encode', 'ascii'); c(s, 'join', ['x', 'y', 'z']); c(s, 'join', []); c(s, 'join', ('q',))
c('\ud800a\udfff', 'encode', 'utf-8', 'surrogatepass'); c('\ud800\udc00x', 'encode')
c('\udce9x', 'encode', 'utf-8', 'surrogateescape'); c('a', 'encode', 'utf-8', 'bogus'); c('\ud800', 'encode', 'utf-8', 'bogus')
c('x', 'join', ['a', 1]); c('x', 'join', 5); c('abc', 'translate', {97: 'xy', 98: None, 99: 100})
c('abc', 'translate', {97: 1.5}); c('abc', 'translate', {97: -1}); c('abc\xe9', 'translate', {0xe9: 'E'})
c('', 'maketrans', 'ab', 'cd'); c('', 'maketrans', 'ab', 'cd', 'e'); c('', 'maketrans', {'a': 1, 2: 'x'})
c('', 'maketrans', {'ab': 1}); c('', 'maketrans', 'a'); c('', 'maketrans', 'ab', 'c')
# printf-style
for fmt, arg in [('%s', 'x'), ('%r', '\xe9\n'), ('%a', '\xe9'), ('%5s|%-5s|', ('ab', 'cd')), ('%.2s', 'xyz'),
                 ('%d', 42), ('%5d|%-5d|%05d', (1, 2, -3)), ('%+d % d', (5, 5)), ('%x %X %o', (255, 255, 8)),
                 ('%#x %#X %#o', (255, 255, 8)), ('%.3d', 7), ('%#.3x', 5), ('%c%c', (65, '\xe9')),
                 ('%%', ()), ('%(a)s-%(b)r', {'a': 1, 'b': 'x'}), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5),
                 ('abc', ()), ('%d', 'x'), ('%x', 'x'), ('%c', 'ab'), ('%c', 0x110000), ('%z', 1), ('%', ()),
                 ('%(a', {}), ('%(a)s', 5), ('%*d', (5, 1)), ('%-*d|', (4, 1)), ('%.*s', (2, 'abcd')),
                 ('%*d', ('a', 1)), ('%5%', ()), ('%s', [1, 2]), ('%i', True), ('%\xe9', 1), ('%u', -3),
                 ('%f', 1.5), ('%.2e', 12345.678), ('%g %G', (1e-10, 1e20)), ('%010.3f', -3.14159),
                 ('%+.1f', 2.25), ('%#.0f', 3.0), ('%e', 3), ('%f', 'x'), ('%d', 3.99), ('%x', 3.5)]:
    c(fmt, '%', arg)
# str.format
for fmt, args in [('{} {}', (1, 2)), ('{1} {0}', ('a', 'b')), ('{0!r} {0!s} {0!a}', ('\xe9',)), ('{{}} {}', (1,)),
                  ('{:>5}|{:<5}|{:^5}', ('a', 'b', 'c')), ('{0[1]}', (['x', 'y'],)), ('{} {1}', (1, 2)),
                  ('{1} {}', (1, 2)), ('{', ()), ('}', ()), ('{0', (1,)), ('{0}', ()), ('{!x}', (1,)),
                  ('{0.}', (1,)), ('{0[}', (1,)), ('{:{}}', ('a', 5)), ('{:{}{}}', ('a', '>', 4)),
                  ('{:{:{}}}', ('a', 1, 2)), ('{0[0]x}', (['a'],)), ('{a}', ()), ('{0!}', (1,)), ('{0!rx}', (1,)),
                  ('x{}y{}z', ('\u65e5', '')), ('{:%}', ('a',)), ('{:d}', ('a',)), ('{0:}', ('q',)),
                  ('{00}', ('z',)), ('{0[a]}', ({'a': 5},)), ('}}{{', ())]:
    c(fmt, 'format', *args)
c('{a}{b[0]}', 'format_map', {'a': 1, 'b': 'xy'}); c('{0}', 'format_map', {}); c('{x}', 'format_map', {})
c('a', 'center'); c('a', 'find'); c('a', 'split', 1, 2, 3); c('a', 'isdigit', 1); c('a', 'zfill', 'x')
c('a', 'count', 1); c('a', 'find', 'a', 'x'); c('a', 'strip', 1); c('a', 'split', 1); c('a', 'partition', '')
c('a', 'removeprefix', 1); c('a', 'startswith', 1); c('a', 'startswith', (1,)); c('a', 'center', 3, 'ab')
c('a', 'replace', 'a'); c('a', 'join'); c('a', '__contains__', 1); c('a', '[]', 'x'); c('a', '+', 1)
c('a', '*', 1.5); c('a', '*', 2**62); c('a', 'ljust', 5, 1); c('a', '__format__', 1); c('ab', '__format__', '>4')
c('a', '__getnewargs__')

def run(recv, op, args):
    try:
        if op == '%': r = recv % args[0]
        elif op == '+': r = recv + args[0]
        elif op == '*': r = recv * args[0]
        elif op == '[]':
            k = args[0]
            r = recv[slice(*k)] if isinstance(k, tuple) else recv[k]
        elif op == 'maketrans': r = str.maketrans(*args)
        else: r = getattr(recv, op)(*args)
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def lit(s):
    b = s.encode('utf-8', 'surrogatepass')
    return '"' + ''.join(chr(x) if 32 <= x < 127 and chr(x) not in '"\\?' else '\\x%02x""' % x for x in b) + '"'

def arg(a):
    """An argument as a C initializer {kind, text, int, nested-list-of-strings}."""
    if a is None: return '{\'n\', NULL, 0}'
    if isinstance(a, bool): return '{\'b\', NULL, %d}' % a
    if isinstance(a, int): return '{\'i\', NULL, %dLL}' % a
    if isinstance(a, float): return '{\'f\', %s, 0}' % lit(repr(a))
    if isinstance(a, str): return '{\'s\', %s, 0}' % lit(a)
    # containers are passed as Python source evaluated... not available: use a literal repr
    return '{\'x\', %s, 0}' % lit(repr(a))

out = ['/* Generated by tests/unit/gen_str_method_cases.py; do not edit. */']
for recv, op, args in CASES:
    if op == '[]' and isinstance(args[0], tuple):
        a = ['{\'S\', NULL, 0}'] + [arg(x) for x in args[0]]
    elif op == '%':
        a = [arg(args[0])]
    else:
        a = [arg(x) for x in args]
    while len(a) < 4: a.append('{0, NULL, 0}')
    out.append('{%s, %s, %d, {%s}, %s},' % (lit(recv), lit(op), len(args) if op != '[]' or not isinstance(args[0], tuple) else 4,
                                          ', '.join(a), lit(run(recv, op, args))))
print('\n'.join(out))
