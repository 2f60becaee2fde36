#!/usr/bin/env python3
"""Generate src/vm/unicode_names_tables.c (character names for
unicodedata.name/lookup and \\N{...}) from python3's own unicodedata.

Run with CPython 3.11 (Unicode 14.0.0):
    python3 tools/gen_unicode_names.py

Layout (all byte arrays, read through cr_span_at in unicode_names.c):
- lexicon: the distinct words of all names (split at spaces), most
  frequent first; word k is lex[lexoff[k]:lexoff[k+1]] (lexoff as 3-byte
  little-endian entries).
- phrase: for every named code point, in code point order, one length
  byte then the word codes: code < 0xC0 is word code, else word
  ((code - 0xC0) << 8 | next byte) + 0xC0.
- ordinals: a name's ordinal is its rank among named code points. For each
  block of 128 code points: base[block] (2 bytes) = ordinal of the first
  named one, bitmap id (2 bytes) -> a 16-byte bitmap of the named ones.
- ckpt: the phrase offset (3 bytes) of every 32nd ordinal.
- sorted: word indices (2 bytes) in lexicographic word order, so lookup
  can turn a query into word codes by binary search.
- algorithmic names (PREFIX-hex code point) as ranges; Hangul syllables
  from the jamo short names.
- name aliases and named sequences (accepted by unicodedata.lookup, the
  aliases also by \\N{...}): python3's unicodedata cannot list them, so
  the candidates are read from Perl's copy of the Unicode 14.0 data files
  (NameAlia.pl, NamedSequences.txt) and each is kept only if python3's
  unicodedata.lookup() gives the same result.
"""
import collections
import os
import re
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

SHIFT = 7
CKPT = 32
HANGUL_BASE, NL, NV, NT = 0xAC00, 19, 21, 28


def lookup_or_none(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


def main():
    names = {}
    ranges = []          # [start, end, prefix]
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if 0xAC00 <= cp < 0xAC00 + 11172:
            assert n.startswith("HANGUL SYLLABLE ")
            continue
        m = re.match(r"(.*-)([0-9A-F]{4,6})$", n)
        if m and int(m.group(2), 16) == cp and "%04X" % cp == m.group(2):
            if ranges and ranges[-1][2] == m.group(1) and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, m.group(1)])
            continue
        assert n.upper() == n and "  " not in n
        names[cp] = n
    # The jamo short names, recovered from the syllable names (L0 = "G", V0 = "A").
    def syl(l, v, t):
        return unicodedata.name(chr(HANGUL_BASE + (l * NV + v) * NT + t))[len("HANGUL SYLLABLE "):]
    jl = [syl(l, 0, 0)[:-1] for l in range(NL)]
    jv = [syl(0, v, 0)[len(jl[0]):] for v in range(NV)]
    jt = [""] + [syl(0, 0, t)[len(jl[0] + jv[0]):] for t in range(1, NT)]
    for l in range(NL):
        for v in range(NV):
            for t in range(NT):
                assert syl(l, v, t) == jl[l] + jv[v] + jt[t]

    freq = collections.Counter(w for n in names.values() for w in n.split(" "))
    words = sorted(freq, key=lambda w: (-freq[w], w))
    widx = {w: i for i, w in enumerate(words)}
    assert len(words) < 0xC0 + 64 * 256
    lex = bytearray()
    lexoff = []
    for w in words:
        lexoff.append(len(lex))
        lex += w.encode("ascii")
    lexoff.append(len(lex))

    phrase = bytearray()
    offsets = []
    for cp in sorted(names):
        codes = bytearray()
        for w in names[cp].split(" "):
            k = widx[w]
            if k < 0xC0:
                codes.append(k)
            else:
                k -= 0xC0
                codes += bytes([0xC0 + (k >> 8), k & 0xFF])
        assert len(codes) < 256
        offsets.append(len(phrase))
        phrase.append(len(codes))
        phrase += codes
    ckpt = offsets[::CKPT]

    last = max(names)
    nblocks = (last >> SHIFT) + 1
    bitmaps, bitmap_ids, base, bid = [], {}, [], []
    ordinal = 0
    for b in range(nblocks):
        bits = 0
        base.append(ordinal)
        for i in range(1 << SHIFT):
            if (b << SHIFT) + i in names:
                bits |= 1 << i
                ordinal += 1
        bm = bits.to_bytes(16, "little")
        if bm not in bitmap_ids:
            bitmap_ids[bm] = len(bitmaps)
            bitmaps.append(bm)
        bid.append(bitmap_ids[bm])
    assert ordinal == len(names) < 65536

    aliases, sequences = [], []
    unicore = "/usr/share/perl/5.36.0/unicore"
    try:
        with open(os.path.join(unicore, "To/NameAlia.pl")) as fa:
            for line in fa:
                m = re.match(r"([0-9A-F]+)\t\t([A-Z0-9 -]+): \w+$", line.rstrip("\n"))
                if m:
                    aliases.append((m.group(2), int(m.group(1), 16)))
        with open(os.path.join(unicore, "NamedSequences.txt")) as fs:
            for line in fs:
                if line.strip() and not line.startswith("#"):
                    name, cps = line.strip().split(";")
                    sequences.append((name, [int(x, 16) for x in cps.split()]))
    except OSError:
        pass
    aliases = [(n, c) for n, c in aliases if lookup_or_none(n) == chr(c)]
    sequences = [(n, c) for n, c in sequences if lookup_or_none(n) == "".join(map(chr, c))]
    assert all(len(c) <= 4 for n, c in sequences)

    sorted_words = sorted(range(len(words)), key=lambda i: words[i])

    def u16(xs):
        return b"".join(x.to_bytes(2, "little") for x in xs)

    def u24(xs):
        return b"".join(x.to_bytes(3, "little") for x in xs)

    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "src/vm/unicode_names_sizes.h"), "w") as h:
        h.write("/* Generated by tools/gen_unicode_names.py. Do not edit. */\n")
        h.write("#define VM_UNAME_NRANGES %d\n#define VM_UNAME_NALIASES %d\n#define VM_UNAME_NSEQUENCES %d\n"
                % (len(ranges), max(1, len(aliases)), max(1, len(sequences))))
    with open(os.path.join(root, "src/vm/unicode_names_tables.c"), "w") as f:
        f.write("/* Generated by tools/gen_unicode_names.py from CPython %s's unicodedata\n"
                " * (Unicode %s). Do not edit. */\n" % ("3.11", unicodedata.unidata_version))
        f.write('#include "vm/unicode_names.h"\n\n')

        def arr(name, data):
            f.write("const uint8_t %s[%d] = {\n" % (name, len(data)))
            for i in range(0, len(data), 32):
                f.write(",".join(str(x) for x in data[i:i + 32]) + ",\n")
            f.write("};\nconst size_t %s_len = %d;\n" % (name, len(data)))

        arr("vm_uname_lex", lex)
        arr("vm_uname_lexoff", u24(lexoff))
        arr("vm_uname_phrase", phrase)
        arr("vm_uname_ckpt", u24(ckpt))
        arr("vm_uname_base", u16(base))
        arr("vm_uname_bid", u16(bid))
        arr("vm_uname_bitmaps", b"".join(bitmaps))
        arr("vm_uname_sorted", u16(sorted_words))
        f.write("const size_t vm_uname_nwords = %d;\n" % len(words))
        f.write("const size_t vm_uname_nnames = %d;\n" % len(names))
        f.write("const vm_uname_range vm_uname_ranges[%d] = {\n" % len(ranges))
        for s, e, p in ranges:
            f.write('    {0x%X, 0x%X, "%s"},\n' % (s, e, p))
        f.write("};\nconst size_t vm_uname_nranges = %d;\n" % len(ranges))
        f.write("const vm_uname_alias vm_uname_aliases[%d] = {\n" % max(1, len(aliases)))
        for n, c in aliases:
            f.write('    {"%s", 0x%X},\n' % (n, c))
        f.write("};\nconst size_t vm_uname_naliases = %d;\n" % len(aliases))
        f.write("const vm_uname_sequence vm_uname_sequences[%d] = {\n" % max(1, len(sequences)))
        for n, c in sequences:
            f.write('    {"%s", %d, {%s}},\n' % (n, len(c), ", ".join("0x%X" % x for x in c)))
        f.write("};\nconst size_t vm_uname_nsequences = %d;\n" % len(sequences))
        for nm, xs in (("l", jl), ("v", jv), ("t", jt)):
            f.write("const char *const vm_uname_jamo_%s[%d] = {%s};\n"
                    % (nm, len(xs), ", ".join('"%s"' % x for x in xs)))
    total = len(lex) + len(lexoff) * 3 + len(phrase) + len(ckpt) * 3 + nblocks * 4 + len(bitmaps) * 16 \
        + len(words) * 2
    print("aliases %d, sequences %d" % (len(aliases), len(sequences)))
    print("names %d, words %d, ranges %d, bitmaps %d, ~%d bytes" % (len(names), len(words), len(ranges),
                                                                  len(bitmaps), total))


main()
