"""Codecs beyond the ones str.encode and bytes.decode know natively.

codecs.lookup() imports encodings.<name> for a normalised encoding name
(after the aliases below) and calls its getregentry(), as CPython does."""

aliases = {
    "rot13": "rot_13",
    "hex": "hex_codec",
    "base64": "base64_codec", "base_64": "base64_codec",
    "unicodeescape": "unicode_escape",
    "rawunicodeescape": "raw_unicode_escape",
    "437": "cp437", "cspc8codepage437": "cp437", "ibm437": "cp437",
}


def normalize_encoding(encoding):
    """Collapse runs of non-alphanumeric characters (except '.') into '_'."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == ".":
            if punct and out:
                out.append("_")
            out.append(c)
            punct = False
        else:
            punct = True
    return "".join(out)
