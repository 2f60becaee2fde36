"""urllib.parse for Pyclave, written from the library documentation and
RFC 3986 with CPython 3.11 as the oracle: splitting URLs into components
and joining them again, resolving relative references, percent-quoting and
query-string handling.  Every function accepts str, or bytes (ASCII only)
and then returns bytes results, like CPython.  The deprecated split*()
helpers and to_bytes() are kept (with their DeprecationWarning)."""

import functools
import re
import types
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Scheme tables (public names; programs sometimes extend them).
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
scheme_chars = _LOWER + _LOWER.upper() + '0123456789' + '+-.'

# WHATWG: leading C0 controls and space are dropped, tab/CR/LF anywhere.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Clear the internal caches (kept for compatibility)."""
    urlsplit.cache_clear()
    _byte_quoter_factory.cache_clear()


# ---------------------------------------------------------------------------
# str/bytes coercion: bytes arguments are decoded as ASCII, the work is done
# on str, and results are encoded back.

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        # an empty argument (the default scheme='') goes with either kind
        if arg and isinstance(arg, str) != is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if is_str:
        return args + (_noop,)
    decoded = tuple(a.decode('ascii', 'strict') if a else '' for a in args)
    return decoded + (_encode_result,)


# ---------------------------------------------------------------------------
# Result types

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(
            *(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(
            *(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username/password/hostname/port, computed from netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # an IPv6 zone id keeps its case
        sep = '%' if isinstance(host, str) else b'%'
        addr, pct, zone = host.partition(sep)
        return addr.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(
                f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if port < 0 or port > 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(types.GenericAlias)


def _split_userinfo(netloc, at, colon):
    userinfo, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = userinfo.partition(colon)
    return user, (pw if has_pw else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _, bracket, rest = hostinfo.partition(lbr)
    if bracket:
        host, _, after = rest.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes),
               (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


# ---------------------------------------------------------------------------
# Splitting

def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>"""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme,
                                                     allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return coerce(ParseResult(scheme, netloc, path, params, query, fragment))


def _splitparams(url):
    # params belong to the last path segment only
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        pos = url.find(c, start)
        if pos >= 0 and pos < end:
            end = pos
    return url[start:end], url[end:]


def _checknetloc(netloc):
    """Refuse a netloc that NFKC normalisation would give new delimiters."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc
    for c in '@:#?':
        n = n.replace(c, '')
    normal = unicodedata.normalize('NFKC', n)
    if normal == n:
        return
    for c in '/?#@:':
        if c in normal:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


_IPVFUTURE = re.compile(r"\Av[a-fA-F0-9]+\..+\Z")


def _is_ipv4(s):
    parts = s.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
        if int(p) > 255:
            return False
    return True


def _is_ipv6(s):
    """The textual IPv6 forms the ipaddress module accepts."""
    addr, pct, zone = s.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _is_ipv4(parts.pop()):
            return False
        parts += ['0', '0']
    if len(parts) > 9:
        return False
    gap = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if gap is not None:
                return False      # more than one '::'
            gap = i
    if gap is not None:
        hi, lo = gap, len(parts) - gap - 1
        if not parts[0]:
            hi -= 1
            if hi:
                return False      # a lone leading ':'
        if not parts[-1]:
            lo -= 1
            if lo:
                return False      # a lone trailing ':'
        if hi + lo > 7:
            return False
    elif len(parts) != 8 or not parts[0] or not parts[-1]:
        return False
    for p in parts:
        # empty parts are the '::' checked above
        if len(p) > 4 or not all(ch in _HEXDIG for ch in p):
            return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _IPVFUTURE.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError(
            '%r does not appear to be an IPv4 or IPv6 address' % (host,))


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>"""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_l, has_r = '[' in netloc, ']' in netloc
        if has_l != has_r:
            raise ValueError("Invalid IPv6 URL")
        if has_l:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return coerce(SplitResult(scheme, netloc, url, query, fragment))


def urlunparse(components):
    """Put a parsed URL (6 items) back together."""
    (scheme, netloc, url, params, query, fragment,
     coerce) = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    """Put a split URL (5 items) back together."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL into an absolute URL."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params,
                                      query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams,
                                  query or bquery, fragment)))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # the last base segment is a file name: drop it
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # empty inner segments (from '//' runs) are dropped
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = _remove_dot_segments(segments)
    return coerce(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                              params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: DefragResult(url, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return coerce(DefragResult(defrag, frag))


# ---------------------------------------------------------------------------
# Unquoting

_HEXDIG = '0123456789ABCDEFabcdef'
_hex_table = None


def _hex_bytes():
    global _hex_table
    if _hex_table is None:
        table = {}
        for a in _HEXDIG:
            for b in _HEXDIG:
                table[(a + b).encode()] = bytes([int(a + b, 16)])
        _hex_table = table
    return _hex_table


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # AttributeError for a non-string false value
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    table = _hex_bytes()
    out = [pieces[0]]
    for piece in pieces[1:]:
        code = table.get(piece[:2])
        if code is None:
            out.append(b'%')
            out.append(piece)
        else:
            out.append(code)
            out.append(piece[2:])
    return b''.join(out)


_ASCII_RUN = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by the characters they encode (UTF-8 by
    default, undecodable sequences become U+FFFD)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # only ASCII runs can hold escapes; other characters pass through
    bits = _ASCII_RUN.split(string)
    out = [bits[0]]
    for i in range(1, len(bits), 2):
        out.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        out.append(bits[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        count = 1 + qs.count(separator) if qs else 0
        if max_num_fields < count:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '),
                           encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '),
                            encoding=encoding, errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


# ---------------------------------------------------------------------------
# Quoting

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


class _Quoter(dict):
    """byte value -> its quoted form, filled in on demand."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


def __getattr__(name):
    if name == 'Quoter':
        import warnings
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def': percent-encode everything except
    letters, digits, '_.-~' and the characters in safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' (HTML form encoding)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


@functools.lru_cache
def _byte_quoter_factory(safe):
    return _Quoter(safe).__getitem__


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes: quote_from_bytes(b'a b') -> 'a%20b'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    quoter = _byte_quoter_factory(safe)
    return ''.join([quoter(c) for c in bs])


def _quote_item(x, quote_via, safe, encoding, errors):
    if isinstance(x, bytes):
        return quote_via(x, safe)
    return quote_via(str(x), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string; with
    doseq, sequence values give one name=value per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err
    out = []
    for k, v in query:
        k = _quote_item(k, quote_via, safe, encoding, errors)
        if not doseq or isinstance(v, (bytes, str)):
            out.append(k + '=' + _quote_item(v, quote_via, safe,
                                             encoding, errors))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + quote_via(str(v), safe, encoding, errors))
        else:
            for elt in v:
                out.append(k + '=' + _quote_item(elt, quote_via, safe,
                                                 encoding, errors))
    return '&'.join(out)


def to_bytes(url):
    import warnings
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


def unwrap(url):
    """unwrap('<URL:type://host/path>') -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------------------
# Deprecated helpers (3.8): each warns, then calls its private twin.

def _deprecated(name, instead='urlparse'):
    def wrap(private):
        def public(*args):
            import warnings
            warnings.warn("urllib.parse.%s() is deprecated as of 3.8, "
                          "use urllib.parse.%s() instead" % (name, instead),
                          DeprecationWarning, stacklevel=2)
            return private(*args)
        public.__name__ = public.__qualname__ = name
        public.__doc__ = private.__doc__
        return public
    return wrap


_typeprog = re.compile('([^/:]+):(.*)', re.DOTALL)
_hostprog = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_portprog = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splittype(url):
    """splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    match = _typeprog.match(url)
    if match:
        scheme, data = match.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    """splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    match = _hostprog.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    """splituser('user[:passwd]@host[:port]') --> 'user[:passwd]', 'host[:port]'."""
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitpasswd(user):
    """splitpasswd('user:passwd') -> 'user', 'passwd'."""
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitport(host):
    """splitport('host:port') --> 'host', 'port'."""
    match = _portprog.fullmatch(host)
    if match:
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    """Split host and port, returning a numeric port (None if not a
    number, defport if there is no ':')."""
    h, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        if port.isdigit() and port.isascii():
            return h, int(port)
        return h, None
    return h, defport


def _splitquery(url):
    """splitquery('/path?query') --> '/path', 'query'."""
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def _splittag(url):
    """splittag('/path#tag') --> '/path', 'tag'."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _splitattr(url):
    """splitattr('/path;attr1=value1;attr2=value2;...') ->
        '/path', ['attr1=value1', 'attr2=value2', ...]."""
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    """splitvalue('attr=value') --> 'attr', 'value'."""
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


splittype = _deprecated('splittype')(_splittype)
splithost = _deprecated('splithost')(_splithost)
splituser = _deprecated('splituser')(_splituser)
splitpasswd = _deprecated('splitpasswd')(_splitpasswd)
splitport = _deprecated('splitport')(_splitport)
splitquery = _deprecated('splitquery')(_splitquery)
splittag = _deprecated('splittag')(_splittag)
splitattr = _deprecated('splitattr')(_splitattr)
splitvalue = _deprecated('splitvalue', 'parse_qsl')(_splitvalue)


def splitnport(host, defport=-1):
    import warnings
    warnings.warn("urllib.parse.splitnport() is deprecated as of 3.8, "
                  "use urllib.parse.urlparse() instead",
                  DeprecationWarning, stacklevel=2)
    return _splitnport(host, defport)
