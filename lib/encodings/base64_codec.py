"""The base64 codec: bytes to MIME base64 (lines of 76) and back."""

import base64
from encodings._bytes_codec import make_entry


def getregentry():
    return make_entry("base64", "base64_codec", base64.encodebytes, base64.decodebytes)
