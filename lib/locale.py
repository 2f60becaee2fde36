"""Locale services (the locale module) for Pyclave.

Pyclave has no C library locale underneath: text is always UTF-8 and
formatting, collation and case mapping never depend on a locale.  This
module behaves like CPython on a system where only the C locales are
installed: setlocale() accepts 'C', 'POSIX' and 'C.UTF-8' (and '' , which
picks the environment's locale when it is one of those, else 'C') and
raises locale.Error('unsupported locale setting') for any other name;
localeconv() gives the C locale's conventions, and the formatting helpers
(format_string, str, atof, currency, ...) follow them ('.' as decimal
point, no grouping).  The initial LC_CTYPE is chosen from the environment
as CPython does at start-up; the other categories start as 'C'.
"""

import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

_builtin_str = str

# Linux (glibc) values
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC',
                   LC_TIME: 'LC_TIME', LC_COLLATE: 'LC_COLLATE',
                   LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}
# glibc's LC_ALL query lists these too (always 'C' here)
_EXTRA_CATEGORIES = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                     'LC_MEASUREMENT', 'LC_IDENTIFICATION')


class Error(Exception):
    pass


def _supported(name):
    """The canonical spelling of a supported locale name, or None."""
    if name in ('C', 'POSIX'):
        return 'C'          # glibc names POSIX 'C'
    low = name.lower().replace('-', '')
    if low in ('c.utf8',):
        return name
    return None


def _from_environment(category):
    import os
    for var in ('LC_ALL', _CATEGORY_NAMES.get(category, 'LC_CTYPE'), 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_ctype():
    try:
        name = _from_environment(LC_CTYPE)
    except ImportError:     # no os module (inside the enclave)
        return 'C.UTF-8'
    return _supported(name) or 'C.UTF-8'


_current = {cat: 'C' for cat in _CATEGORY_NAMES}
_current[LC_CTYPE] = _initial_ctype()


def setlocale(category, locale=None):
    """Query (locale None) or set the locale of a category."""
    if category not in _CATEGORY_NAMES and category != LC_ALL:
        raise Error('locale query failed' if locale is None
                    else 'unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        # an iterable (language code, encoding), as in CPython
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        values = set(_current.values())
        if len(values) == 1:
            return values.pop()
        parts = ['%s=%s' % (_CATEGORY_NAMES[c], _current[c])
                 for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE,
                           LC_MONETARY, LC_MESSAGES)]
        parts += ['%s=C' % n for n in _EXTRA_CATEGORIES]
        return ';'.join(parts)
    cats = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    if locale == '':
        try:
            chosen = {c: _supported(_from_environment(c)) or 'C' for c in cats}
        except ImportError:
            chosen = {c: 'C' for c in cats}
    elif category == LC_ALL and ';' in locale:
        # glibc's composite LC_ALL name (what a query returns): one
        # NAME=value per category
        by_name = {v: k for k, v in _CATEGORY_NAMES.items()}
        chosen = {}
        for part in locale.split(';'):
            cat_name, _, value = part.partition('=')
            name = _supported(value)
            if name is None or (cat_name not in by_name and cat_name not in _EXTRA_CATEGORIES):
                raise Error('unsupported locale setting')
            if cat_name in by_name:
                chosen[by_name[cat_name]] = name
            elif name != 'C':
                raise Error('unsupported locale setting')
    else:
        name = _supported(locale)
        if name is None:
            raise Error('unsupported locale setting')
        chosen = {c: name for c in cats}
    _current.update(chosen)
    return setlocale(category)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b, /):
    """Compare two strings (the C locale collates by code point)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError('strcoll() argument must be str')
    return (a > b) - (a < b)


def strxfrm(string, /):
    if not isinstance(string, _builtin_str):
        raise TypeError('strxfrm() argument must be str, not %s'
                        % type(string).__name__)
    return string


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("UTF-8 Mode affects locale.getpreferredencoding(). "
                      "Consider locale.getencoding() instead.",
                      EncodingWarning, 2)
    return 'UTF-8'


# The part of CPython's alias table that concerns the supported locales.
_ALIASES = {'c': 'C', 'posix': 'C', 'c.utf8': 'en_US.UTF-8',
            'c.utf-8': 'en_US.UTF-8', 'c.ascii': 'C', 'c.en': 'C',
            'c.iso88591': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
            'en_us.utf8': 'en_US.UTF-8', 'en_us.utf-8': 'en_US.UTF-8',
            'en': 'en_US.ISO8859-1', 'en_us.iso88591': 'en_US.ISO8859-1'}


def normalize(localename):
    """A normalized locale code (for the names of the small alias table
    above; other names are returned with their encoding part cleaned up)."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if code in _ALIASES:
        return _ALIASES[code]
    if '.' in localename:
        lang, _, enc = localename.partition('.')
        norm = enc.replace('-', '').replace('_', '').lower()
        if norm == 'utf8':
            return lang + '.UTF-8'
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    import os
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead',
                  DeprecationWarning, stacklevel=2)
    setlocale(category, '')


# -- number formatting with the C locale's conventions (no grouping) --

def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def format_string(f, val, grouping=False, monetary=False):
    """Format with %-operators; the C locale adds no grouping and keeps '.'."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    import re
    match = re.match(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)'
                     r'[eEfFgGdiouxXcrs%]', percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    return _format('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
