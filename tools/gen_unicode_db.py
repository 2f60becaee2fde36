#!/usr/bin/env python3
"""Generate src/vm/unicode_db_tables.c from python3's Unicode database.

Run with CPython 3.11 (Unicode 14.0.0):
    python3 tools/gen_unicode_db.py
It writes src/vm/unicode_db_tables.c (what str needs) and
src/vm/unicode_db_extra.c (what only the unicodedata module needs:
bidirectional, combining, east_asian_width, mirrored, decompositions and
the canonical composition pairs).

Every property is taken from CPython itself, so the str methods of Pyclave
match CPython's exactly: category and numeric values from unicodedata, the
str-method flags (isspace, isalpha, ...) and the full case mappings from the
str methods applied to single characters, and the derived properties that
CPython keeps in its private type records (Cased, Case_Ignorable, XID_Start,
XID_Continue, line breaks) are recovered from observable behaviour of
title(), lower(), isidentifier() and splitlines().

Layout: a record table of unique property tuples, and a two-level index
(index1[cp >> SHIFT] -> block, index2[block << SHIFT | (cp & MASK)] -> record).
Case mappings are stored as deltas (cp + delta) or, when a mapping has more
than one code point, as an index into the ext[] table (count, then code points).
"""
import os
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

# The general categories; vm_ucd_category_names in unicode_db.c has the same order.
CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl",
              "Zp", "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe",
              "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]

F_ALPHA, F_DECIMAL, F_DIGIT, F_NUMERIC = 1, 2, 4, 8
F_LOWER, F_UPPER, F_TITLE, F_SPACE = 16, 32, 64, 128
F_PRINTABLE, F_XID_START, F_XID_CONTINUE, F_LINEBREAK = 256, 512, 1024, 2048
F_CASED, F_CASE_IGNORABLE = 4096, 8192
# bits 14.. : which case mappings are "extended" (index into ext[])
F_EXT_LOWER, F_EXT_UPPER, F_EXT_TITLE, F_EXT_FOLD = 1 << 16, 1 << 17, 1 << 18, 1 << 19

MAXCP = 0x110000
ext = [0]           # ext[0] unused so that index 0 never denotes a mapping
ext_index = {}
numerics = [0.0]    # numeric value table; index 0 = none
numeric_index = {}


def ext_of(seq):
    key = tuple(seq)
    if key not in ext_index:
        ext_index[key] = len(ext)
        ext.append(len(seq))
        ext.extend(seq)
    return ext_index[key]


def mapping(cp, s, flag):
    """Returns (flags, value) for a case mapping result string."""
    if len(s) == 1:
        return 0, ord(s) - cp
    return flag, ext_of([ord(c) for c in s])


def is_cased(ch):
    return ('a' + ch + 'a').title()[-1] == 'a'


def is_case_ignorable(ch, cased):
    if not cased:
        return ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'
    return ('1' + ch + '\u03a3').lower()[-1] == '\u03c3'


def record_for(cp):
    ch = chr(cp)
    cat = unicodedata.category(ch)
    flags = 0
    if ch.isalpha():
        flags |= F_ALPHA
    if ch.isdecimal():
        flags |= F_DECIMAL
    if ch.isdigit():
        flags |= F_DIGIT
    if ch.isnumeric():
        flags |= F_NUMERIC
    if ch.islower():
        flags |= F_LOWER
    if ch.isupper():
        flags |= F_UPPER
    if cat == "Lt":
        flags |= F_TITLE
    if ch.isspace():
        flags |= F_SPACE
    if ch.isprintable():
        flags |= F_PRINTABLE
    if ch.isidentifier() and ch != '_':
        flags |= F_XID_START
    if ('a' + ch).isidentifier():
        flags |= F_XID_CONTINUE
    if len(('a' + ch + 'b').splitlines()) == 2:
        flags |= F_LINEBREAK
    cased = is_cased(ch)
    if cased:
        flags |= F_CASED
    if is_case_ignorable(ch, cased):
        flags |= F_CASE_IGNORABLE
    dec = unicodedata.decimal(ch, -1)
    dig = unicodedata.digit(ch, -1)
    num = unicodedata.numeric(ch, None)
    nidx = 0
    if num is not None:
        if num not in numeric_index:
            numeric_index[num] = len(numerics)
            numerics.append(num)
        nidx = numeric_index[num]
    f, upper = mapping(cp, ch.upper(), F_EXT_UPPER)
    flags |= f
    f, lower = mapping(cp, ch.lower(), F_EXT_LOWER)
    flags |= f
    f, title = mapping(cp, ch.title(), F_EXT_TITLE)
    flags |= f
    f, fold = mapping(cp, ch.casefold(), F_EXT_FOLD)
    flags |= f
    return (CATEGORIES.index(cat), dec & 0xFF, dig & 0xFF, nidx, flags,
            upper, lower, title, fold)


def main():
    records = []
    rec_index = {}
    per_cp = []
    for cp in range(MAXCP):
        r = record_for(cp)
        if r not in rec_index:
            rec_index[r] = len(records)
            records.append(r)
        per_cp.append(rec_index[r])
    assert rec_index[record_for(0x10FFFF)] is not None

    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks = {}
        index1 = []
        index2 = []
        for b in range(0, MAXCP, size):
            blk = tuple(per_cp[b:b + size])
            if blk not in blocks:
                blocks[blk] = len(blocks)
                index2.extend(blk)
            index1.append(blocks[blk])
        cost = len(index1) * 2 + len(index2) * 2
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2, len(blocks))
    _, shift, index1, index2, nblocks = best
    assert len(records) < 65536 and max(index1) < 65536

    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    f = open(os.path.join(root, "src/vm/unicode_db_tables.c"), "w")
    out = f.write
    header = ("/* Generated by tools/gen_unicode_db.py from Unicode %s (CPython %s).\n"
              " * Do not edit. */\n" % (unicodedata.unidata_version, sys.version.split()[0]))
    out(header)
    out('#include "vm/unicode_db.h"\n\n')
    out("const int vm_ucd_shift = %d;\n" % shift)
    out("const vm_ucd_record vm_ucd_records[%d] = {\n" % len(records))
    for i in range(0, len(records), 4):
        out("".join("{%d,%d,%d,%d,0x%x,%d,%d,%d,%d}," % r for r in records[i:i + 4]) + "\n")
    out("};\n")
    out("const size_t vm_ucd_nrecords = %d;\n" % len(records))
    it1 = "uint16_t"
    out("const %s vm_ucd_index1[%d] = {\n" % (it1, len(index1)))
    for i in range(0, len(index1), 32):
        out(",".join(str(x) for x in index1[i:i + 32]) + ",\n")
    out("};\n")
    out("const size_t vm_ucd_nindex1 = %d;\n" % len(index1))
    out("const uint16_t vm_ucd_index2[%d] = {\n" % len(index2))
    for i in range(0, len(index2), 48):
        out(",".join(str(x) for x in index2[i:i + 48]) + ",\n")
    out("};\n")
    out("const size_t vm_ucd_nindex2 = %d;\n" % len(index2))
    out("const uint32_t vm_ucd_ext[%d] = {\n" % len(ext))
    for i in range(0, len(ext), 16):
        out(",".join(str(x) for x in ext[i:i + 16]) + ",\n")
    out("};\n")
    out("const size_t vm_ucd_next = %d;\n" % len(ext))
    out("const double vm_ucd_numerics[%d] = {\n" % len(numerics))
    for i in range(0, len(numerics), 8):
        out("".join("%r," % v for v in numerics[i:i + 8]) + "\n")
    out("};\n")
    out("const size_t vm_ucd_nnumerics = %d;\n" % len(numerics))
    f.close()
    with open(os.path.join(root, "src/vm/unicode_db_extra.c"), "w") as g:
        g.write(header)
        g.write('#include "vm/unicode_db.h"\n')
        emit_unicodedata_tables(g.write)
    sys.stderr.write("shift %d: %d records, %d blocks, index1 %d, index2 %d, ext %d, numerics %d\n"
                     % (shift, len(records), nblocks, len(index1), len(index2), len(ext), len(numerics)))


# ---- properties only the unicodedata module needs ----
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN",
        "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
DECOMP_TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>",
               "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>", "<fraction>",
               "<compat>"]


def emit_unicodedata_tables(out):
    recs, rec_index, per_cp = [], {}, []
    decomp = []       # (cp, tag index, [cps])
    compose = []      # (a, b, composite)
    for cp in range(MAXCP):
        ch = chr(cp)
        r = (BIDI.index(unicodedata.bidirectional(ch)), unicodedata.combining(ch),
             EAW.index(unicodedata.east_asian_width(ch)), unicodedata.mirrored(ch))
        if r not in rec_index:
            rec_index[r] = len(recs)
            recs.append(r)
        per_cp.append(rec_index[r])
        d = unicodedata.decomposition(ch)
        if d:
            parts = d.split()
            tag = 0
            if parts[0].startswith("<"):
                tag = DECOMP_TAGS.index(parts[0])
                parts = parts[1:]
            cps = [int(x, 16) for x in parts]
            decomp.append((cp, tag, cps))
            # Primary composites: canonical pairs that NFC recomposes.
            if tag == 0 and len(cps) == 2 and unicodedata.normalize("NFC", ch) == ch:
                compose.append((cps[0], cps[1], cp))
    assert len(recs) < 256
    shift = 7
    size = 1 << shift
    blocks, index1, index2 = {}, [], []
    for b in range(0, MAXCP, size):
        blk = tuple(per_cp[b:b + size])
        if blk not in blocks:
            blocks[blk] = len(blocks)
            index2.extend(blk)
        index1.append(blocks[blk])
    out("\n/* unicodedata properties: bidirectional, combining, east_asian_width, mirrored */\n")
    out("const int vm_ucd_db_shift = %d;\n" % shift)
    out("const vm_ucd_db_record vm_ucd_db_records[%d] = {\n" % len(recs))
    for i in range(0, len(recs), 8):
        out("".join("{%d,%d,%d,%d}," % r for r in recs[i:i + 8]) + "\n")
    out("};\nconst size_t vm_ucd_db_nrecords = %d;\n" % len(recs))
    out("const uint16_t vm_ucd_db_index1[%d] = {\n" % len(index1))
    for i in range(0, len(index1), 48):
        out(",".join(str(x) for x in index1[i:i + 48]) + ",\n")
    out("};\nconst size_t vm_ucd_db_nindex1 = %d;\n" % len(index1))
    out("const uint8_t vm_ucd_db_index2[%d] = {\n" % len(index2))
    for i in range(0, len(index2), 128):
        out(",".join(str(x) for x in index2[i:i + 128]) + ",\n")
    out("};\nconst size_t vm_ucd_db_nindex2 = %d;\n" % len(index2))
    # Decompositions: sorted code points, and per entry (tag << 8 | count, cps...).
    data, offsets = [], []
    for cp, tag, cps in decomp:
        offsets.append(len(data))
        data.append(tag << 8 | len(cps))
        data.extend(cps)
    out("const uint32_t vm_ucd_decomp_cps[%d] = {\n" % len(decomp))
    for i in range(0, len(decomp), 24):
        out(",".join(str(d[0]) for d in decomp[i:i + 24]) + ",\n")
    out("};\nconst uint16_t vm_ucd_decomp_offsets[%d] = {\n" % len(offsets))
    for i in range(0, len(offsets), 32):
        out(",".join(str(x) for x in offsets[i:i + 32]) + ",\n")
    out("};\nconst size_t vm_ucd_ndecomp = %d;\n" % len(decomp))
    out("const uint32_t vm_ucd_decomp_data[%d] = {\n" % len(data))
    for i in range(0, len(data), 24):
        out(",".join(str(x) for x in data[i:i + 24]) + ",\n")
    out("};\nconst size_t vm_ucd_decomp_ndata = %d;\n" % len(data))
    compose.sort()
    out("const uint32_t vm_ucd_compose[%d][3] = {\n" % len(compose))
    for i in range(0, len(compose), 8):
        out("".join("{%d,%d,%d}," % c for c in compose[i:i + 8]) + "\n")
    out("};\nconst size_t vm_ucd_ncompose = %d;\n" % len(compose))
    assert max(offsets) < 65536


main()
