# Deterministic pseudo-random URLs (a small LCG, no random module).
from urllib.parse import urlsplit, urlparse, urljoin, urlunsplit, quote, unquote, parse_qsl

PIECES = ['http', 'https', 'ftp', 'file', 'mailto', 'x-y', '1a', ':', '//', '/', '?', '#',
          ';', '@', '[', ']', '::1', 'v1.x', 'host', 'H.COM', ':80', ':x', 'user', 'pw',
          '.', '..', '../', './', 'a', 'b', '=', '&', '%', '%41', '%zz', ' ', '\t', '\n',
          'é', '+', '~', 'q=1', 'path', '%2F', '\\', '%e9', '%C3']
state = 987654

def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print('  ', label, repr(r))
    return r

for case in range(200):
    u = ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(9) + 1))
    print(case, repr(u))
    s = show('split', urlsplit, u)
    if isinstance(s, tuple) and not isinstance(s[0], str) is False and len(s) == 5:
        show('parts', lambda: (s.username, s.password, s.hostname))
        show('port', lambda: s.port)
        show('unsplit', urlunsplit, s)
    show('parse', urlparse, u)
    b = ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(6) + 1))
    show('join', urljoin, 'http://h/a/b/c?q#f', u)
    show('join2', urljoin, b, u)
    show('quote', quote, u)
    show('unquote', unquote, u)
    show('qsl', parse_qsl, u, True)
