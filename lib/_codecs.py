"""The two _codecs functions pickle needs by name (Pyclave).

Pickles of bytes in protocols 0-2 call `_codecs.encode(text, 'latin1')`;
CPython's _codecs is a C module.  Everything else is in lib/codecs.py."""


def _check_name(encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s"
                        % type(encoding).__name__)
    if '\0' in encoding or (isinstance(errors, str) and '\0' in errors):
        raise ValueError("embedded null character")


def encode(obj, encoding='utf-8', errors='strict'):
    _check_name(encoding, errors)
    import codecs
    return codecs.encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    _check_name(encoding, errors)
    import codecs
    return codecs.decode(obj, encoding, errors)
