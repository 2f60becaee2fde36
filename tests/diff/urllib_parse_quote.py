from urllib.parse import (quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)
for s in ['abc def', 'a/b/c', 'a+b=c&d', '~_.-', '', 'é日本', '100%', '\x00\x7f\xff',
          "!*'();:@&=+$,/?#[]", 'A-Z a-z 0-9']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='/:&='), quote_plus(s),
          quote_plus(s, safe='/+'))
print(quote('é', encoding='latin-1'), quote('é€', encoding='ascii', errors='replace'),
      quote('é€', 'x', 'latin-1', 'xmlcharrefreplace'))
print(quote(b'a b\xff'), quote(b'a/b', safe=b''), quote_plus(b'a b+c'), quote_plus('a b', safe=b'+'))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('x'), lambda: quote('é', encoding='ascii'),
            lambda: quote(5), lambda: quote(None), lambda: unquote(None), lambda: unquote(5),
            lambda: unquote_to_bytes(None), lambda: urlencode('abc'), lambda: urlencode([1, 2]),
            lambda: urlencode(5), lambda: parse_qsl('a=1', separator=''),
            lambda: parse_qsl('a=1', separator=None), lambda: parse_qsl('a=1&b=2', max_num_fields=1),
            lambda: parse_qsl('a=1&b', strict_parsing=True), lambda: parse_qsl('a&&b=1', strict_parsing=True),
            lambda: parse_qs('x=1', max_num_fields=0)]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e)
print(quote_from_bytes(b'abc'), quote_from_bytes(bytearray(b'a b')), quote_from_bytes(b'a~/b', '~é'),
      quote_from_bytes(b''), quote_from_bytes(b'/\x80', safe=b'/\x80'))
for s in ['abc%20def', '%41%42%43', '%', '%4', '%zz', '%e9', '%C3%A9', '%E6%97%A5x%', 'a+b%2Bc',
          'é%20%ff', '', 'plain', '%u1234', '%%41']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s),
          repr(unquote(s, encoding='latin-1')), repr(unquote(s, errors='ignore')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41+'), unquote('%e9', 'ascii', 'backslashreplace'))
print(urlencode({'a': 1, 'b': 'x y', 'c': b'\xff', b'd': [1, 2], 'e': None}))
print(urlencode({'a': [1, 2], 'b': 'str', 'c': (3,), 'd': b'by', 'e': 5, 'f': []}, doseq=True))
print(urlencode([('a', 'é'), ('b', '/&=')], safe='/'), urlencode([('a', 'é')], encoding='latin-1'))
print(urlencode([('k', 'a b')], quote_via=quote), urlencode([]), urlencode({}))
print(urlencode({'x': [b'\x01', 'é', 1.5, (1, 2)]}, True), urlencode({'x': ['a', 'b']}))
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&a=1&&', '=x', 'a==b', 'a+b=c+d%20e',
          'k=%E9', 'x=%zz', '', 'just', 'a=1&a=2&a=', 'é=ü']:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q),
          parse_qs(q, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&b=%41&b=+'), parse_qsl(b'x=y', separator=b'&'))
print(parse_qsl('a=%e9', encoding='latin-1'), parse_qsl('a=%e9', errors='strict') if False else 0)
try:
    parse_qsl('a=%ff', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qs('', strict_parsing=True), parse_qsl('a=1', strict_parsing=True))
try:
    parse_qs(b'a=1&b=%ff')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
import urllib.parse as up
print(up.unwrap('<URL:http://x/>'), up.unwrap('  <http://y>  '), up.uses_netloc[:3])
print(sorted(up.__all__))
