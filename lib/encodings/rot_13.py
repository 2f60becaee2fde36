"""The rot13 codec: a str-to-str letter rotation (not a text encoding)."""

from encodings._bytes_codec import make_entry

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = _LOWER.upper()
rot13_map = str.maketrans(_LOWER + _UPPER, _LOWER[13:] + _LOWER[:13] + _UPPER[13:] + _UPPER[:13])


def _rot13(text):
    return str.translate(text, rot13_map)


def rot13(infile, outfile):
    outfile.write(_rot13(infile.read()))


def getregentry():
    return make_entry("rot-13", "rot_13", _rot13, _rot13)
