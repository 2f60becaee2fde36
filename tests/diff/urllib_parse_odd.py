# Odd argument types and result-object methods.
from urllib.parse import *
import urllib.parse as up
tests = [
 lambda: urlsplit('http://x', b''), lambda: urlsplit(b'http://x', ''), lambda: urlsplit(b'', b''),
 lambda: urlsplit('http://x', None), lambda: urlsplit(None), lambda: urlsplit(5), lambda: urlsplit(bytearray(b'http://x/')),
 lambda: urlparse(memoryview(b'http://x/')), lambda: urlunsplit(('a','b','c','d')), lambda: urlunsplit(5),
 lambda: urljoin(5, 6), lambda: urljoin('http://a/', 5), lambda: urldefrag(5),
 lambda: quote_plus(5), lambda: quote('abc', safe=5), lambda: quote(bytearray(b'a b')),
 lambda: unquote_plus(b'a+b'), lambda: parse_qs(5), lambda: parse_qsl('a=1', max_num_fields='x'),
 lambda: urlencode({'a': object}) [:10], lambda: urlencode([('a', 1, 2)]), lambda: urlencode([['a', 1]]),
 lambda: urlencode({'a': 1}, quote_via=lambda s, *a: s.upper()), lambda: urlsplit('http://x').port,
 lambda: SplitResult('a', 'b', 'c', 'd', 'e').geturl(), lambda: SplitResult(*'abcde').encode(),
 lambda: SplitResultBytes(*[b'']*5).decode(), lambda: DefragResult('a', 'b').encode('utf-8'),
 lambda: urlsplit('http://x').count('x'), lambda: urlsplit.cache_info().maxsize,
 lambda: hash(urlsplit('http://a')) == hash(('http', 'a', '', '', '')),
 lambda: urlsplit('http://h/%zz').path, lambda: unquote('%F0%9F%98%80%F0%9F'),
 lambda: unquote_to_bytes(bytearray(b'%41')), lambda: unquote(''), lambda: unquote(b''),
 lambda: quote('', safe=''), lambda: quote(b''), lambda: quote_from_bytes(memoryview(b'x')),
 lambda: urlparse('http://[::1]:80').hostname, lambda: ParseResult._make(['']*6), lambda: urlsplit('x')._asdict(),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
