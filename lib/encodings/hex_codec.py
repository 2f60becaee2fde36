"""The hex codec: bytes to hexadecimal digits and back (binascii)."""

import binascii
from encodings._bytes_codec import make_entry


def getregentry():
    return make_entry("hex", "hex_codec", binascii.b2a_hex, binascii.a2b_hex)
