from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit,
                          urldefrag, ParseResult, SplitResult)

urls = [
    'http://www.example.com/path/to;params?q=1&r=2#frag',
    'https://user:pw@Host.COM:8080/a/b/c.html?x#y',
    'HTTP://EXAMPLE.com', 'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'mailto:John.Doe@example.com', 'news:comp.infosystems.www.servers.unix',
    'tel:+1-816-555-1212', 'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    'file:///etc/passwd', '//netloc/only', '/just/a/path', 'relative/path;p?q',
    '', '?', '#', '?#', 'http:', 'http:/', 'http://', 'http:///x',
    'path:80', '1http://x', 'a+b-c.d://h/p', 'sip:alice@atlanta.com;maddr=239',
    '  \x00http://x.com/a\tb\nc\r ', 'http://[::1]:80/p', 'http://[fe80::1%25eth0]/',
    'http://[v1.fe]/', 'https://a@b@c:1/', 'http://h/a;b/c;d', 'x://h;p?q',
    'http://h?x#a#b', 'HtTpS://h/P?Q#F', 'scheme:no/netloc', 'data:text/plain,hi',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print('  P', tuple(p), '->', repr(p.geturl()))
    print('  S', tuple(s), '->', repr(s.geturl()))
    try:
        print('  user/pw/host/port', p.username, p.password, p.hostname, p.port)
    except ValueError as e:
        print('  ValueError', e)
print(urlparse('//x/y', 'https'), urlsplit('a/b', scheme='ftp'))
print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse('http://h/p?q#f', allow_fragments=0))
print(repr(urlparse('http://a/b')))
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vz.x]/',
            'http://[::g]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::1::2]/',
            'http://[:1:2]/', 'http://[1::2%]/', 'http://[::ffff:1.2.3.4]/',
            'http://[1:2:3:4:5:6:7::]/', 'http://[::01.2.3.4]/', 'http://[a:b]/',
            'http://ex\uff03ample.com/', 'http://ex\u2100ample/', 'http://\u00e9x.com/']:
    try:
        print(bad, urlsplit(bad))
    except ValueError as e:
        print(bad, 'ValueError', e)
for netloc in ['h:', 'h:abc', 'h:99999', 'h:-1', 'h:0', 'h:65535', 'h: 8', 'h:\u0661',
               '[::1]:x', 'u@[::1]:443', 'U:P@H', 'u:@h', ':p@h', '@h', 'h:+1']:
    r = urlsplit('http://' + netloc + '/')
    try:
        print(netloc, r.hostname, r.username, r.password, r.port)
    except ValueError as e:
        print(netloc, 'ValueError', e)
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')))
print(urlunparse(('', '', 'p', '', '', '')), urlunsplit(['http', '', 'p', '', '']))
print(urlunsplit(('ftp', '', '//x', '', '')), urlunsplit(('mailto', '', 'a@b', 'subject=x', '')))
print(urlunsplit(('', 'h', 'p', '', '')), urlunsplit(('x', '', '', '', 'f')))
for u in ['http://a/b#c', 'http://a/b', 'a#', '#x', 'http://a/b;p?q#f']:
    d = urldefrag(u)
    print(d, d.url, d.fragment, d.geturl())
b = urlparse(b'http://u:p@h:81/p;a?q#f')
print(b, b.hostname, b.port, b.username, b.password, b.geturl())
print(b.decode(), urlparse('http://h/').encode('ascii'))
print(urlsplit(b'//x/y'), urldefrag(b'a#b'), urlunsplit((b'http', b'h', b'/', b'', b'')))
for args in [('http://h', b'x'), (b'http://h', 'x')]:
    try:
        urlparse(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    urlparse(b'http://h\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(isinstance(urlparse('x'), ParseResult), isinstance(urlsplit('x'), tuple), SplitResult._fields)
print(ParseResult[str], urlsplit('http://h')._replace(path='/new').geturl())
