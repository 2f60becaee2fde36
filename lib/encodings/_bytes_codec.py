"""Shared shape of the bytes-to-bytes and text-to-text codecs (hex,
base64, rot13): one encode and one decode function, no state."""

import codecs


def make_entry(name, module, encode, decode):
    """A non-text CodecInfo whose classes live in encodings.<module>."""

    # As in CPython, other error modes fail an assertion (unchecked under -O).
    def enc(input, errors="strict"):
        assert errors == "strict"
        return encode(input), len(input)

    def dec(input, errors="strict"):
        assert errors == "strict"
        return decode(input), len(input)

    class Codec(codecs.Codec):
        pass

    Codec.encode = staticmethod(enc)
    Codec.decode = staticmethod(dec)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input)

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    for cls in (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader):
        cls.__module__ = "encodings." + module
        cls.__qualname__ = cls.__name__
    return codecs.CodecInfo(name=name, encode=enc, decode=dec, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder, streamwriter=StreamWriter,
                            streamreader=StreamReader, _is_text_encoding=False)
