"""The raw_unicode_escape codec: Latin-1 plus \\uXXXX and \\UXXXXXXXX."""

import codecs
from encodings.unicode_escape import escape_decode


def _encode(input, errors="strict"):
    if not isinstance(input, str):
        raise TypeError("raw_unicode_escape_encode() argument 1 must be str, not %s" % type(input).__name__)
    return input.encode("raw_unicode_escape"), len(input)


def _decode(input, errors="strict"):
    return escape_decode(input, errors, raw=True)


class Codec(codecs.Codec):
    encode = staticmethod(_encode)
    decode = staticmethod(_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return escape_decode(input, errors, final, raw=True)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name="raw-unicode-escape", encode=_encode, decode=_decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
