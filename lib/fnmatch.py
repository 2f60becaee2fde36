"""Unix shell-style filename matching (fnmatch, fnmatchcase, filter,
translate), written for Pyclave from the Python documentation.

Patterns: '*' any run of characters, '?' one character, '[seq]' one of seq,
'[!seq]' one character not in seq.  translate() gives the same regular
expression text as CPython 3.11 (each '*' but the last becomes an atomic
lazy group so that many stars cannot make matching exponential)."""

import re

try:
    import os
    import posixpath
    _normcase = os.path.normcase
except ImportError:
    # inside the enclave (no os module): POSIX rules, normcase is identity
    os = posixpath = None

    def _normcase(s):
        return s

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compile(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'ISO-8859-1'))
            m = re.compile(bytes(res, 'ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_cache) >= 256:
            _cache.clear()
        _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Test whether name matches pat (after os.path.normcase of both)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compile(pat)(name) is not None


def filter(names, pat):
    """The names of the iterable names that match pat."""
    pat = _normcase(pat)
    match = _compile(pat)
    result = []
    if os is None or os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


_STAR = object()


def _set_body(pat, start, end):
    """Regular-expression body of the set pat[start:end] (the text between
    '[' and ']'), or None when it can match nothing."""
    body = pat[start:end]
    if '-' not in body:
        parts = [body]
    else:
        # split on the '-' of ranges; a '-' right after '[' or '[!' or
        # right after a range is a literal
        parts = []
        first = start + 2 if pat[start] == '!' else start + 1
        k = pat.find('-', first, end)
        piece_start = start
        while k >= 0:
            parts.append(pat[piece_start:k])
            piece_start = k + 1
            k = pat.find('-', k + 3, end)
        last = pat[piece_start:end]
        if last:
            parts.append(last)
        else:
            parts[-1] += '-'  # a '-' just before ']' is a literal
        # drop empty ranges such as z-a, joining their neighbours
        k = len(parts) - 1
        while k > 0:
            if parts[k - 1][-1] > parts[k][0]:
                parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
                del parts[k]
            k -= 1
    body = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in parts)
    # escape set operations that future re versions may give a meaning
    body = re.sub(r'([&~|])', r'\\\1', body)
    return body


def _tokens(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            j = pat.find(']', j)
            if j < 0:
                out.append('\\[')
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if not body:
                out.append('(?!)')
            elif body == '!':
                out.append('.')
            else:
                if body[0] == '!':
                    body = '^' + body[1:]
                elif body[0] in ('^', '['):
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (text) that matches what shell pattern pat
    matches."""
    toks = _tokens(pat)
    n = len(toks)
    res = []
    i = 0
    while i < n and toks[i] is not _STAR:
        res.append(toks[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and toks[i] is not _STAR:
            fixed.append(toks[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*' + fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(res) + ')\\Z'
