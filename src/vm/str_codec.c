/* The built-in codecs of str: UTF-8, ASCII and Latin-1, with CPython's
 * error handlers (strict, ignore, replace, surrogateescape, surrogatepass,
 * backslashreplace, xmlcharrefreplace) and exceptions. */
#include "vm/str.h"

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS,
       ERR_BACKSLASHREPLACE, ERR_XMLCHARREFREPLACE, ERR_NAMEREPLACE, ERR_UNKNOWN };

static int error_handler(const char *errors)
{
    static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape",
                                        "surrogatepass", "backslashreplace", "xmlcharrefreplace",
                                        "namereplace"};
    if (!errors) return ERR_STRICT;
    cr_span e = cr_span_cstr(errors);
    for (int i = 0; i < ERR_UNKNOWN; i++)
        if (cr_span_eq(e, cr_span_cstr(names[i]))) return i;
    return ERR_UNKNOWN;
}

static Val unknown_handler(const char *errors)
{
    return vm_err_fmt(&vm_exc_LookupError, "unknown error handler name '%s'", errors);
}

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };

/* Codec names are normalised like CPython's: case-insensitive, with '-',
 * ' ' and '_' equivalent. */
static int codec_of(const char *name)
{
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4",
                                       "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968",
                                        "ansi_x3_4_1968", "iso646_us", "cp367", "csascii",
                                        "ibm367", "iso_ir_6", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso8859_1",
                                         "iso_8859_1", "8859", "cp819", "iso_ir_100",
                                         "iso_8859_1:1987", "ibm819", "csisolatin1", NULL};
    if (!name) return CODEC_UTF8;
    cr_span n = cr_span_cstr(name);
    char norm[40];
    if (n.len >= sizeof norm) return CODEC_UNKNOWN;
    for (size_t i = 0; i < n.len; i++) {
        uint8_t c = cr_span_at(n, i);
        if (c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        norm[i] = (char)c;
    }
    cr_span ns = cr_span_make(norm, n.len);
    const char *const *tables[] = {utf8, ascii, latin1};
    for (int t = 0; t < 3; t++)
        for (size_t k = 0; tables[t][k]; k++)
            if (cr_span_eq(ns, cr_span_cstr(tables[t][k]))) return t;
    return CODEC_UNKNOWN;
}

static Val codec_name_val(int codec)
{
    return vm_str_cstr(codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1");
}

static Val raise_unicode_error(Type *t, int codec, Val object, size_t start, size_t end,
                               const char *reason)
{
    Val enc = codec_name_val(codec);
    Val r = vm_str_cstr(reason);
    Val s = vm_int_from_u64(start), e = vm_int_from_u64(end);
    if (!enc || !r || !s || !e || !object) return NULL;
    Val args = vm_tuple_pack(5, enc, object, s, e, r);
    if (!args) return NULL;
    Val exc = vm_exc_new(t, args);
    if (!exc) return NULL;
    return vm_err_set_val(exc);
}

static Val raise_decode_error(int codec, cr_span bytes, size_t start, size_t end, const char *reason)
{
    return raise_unicode_error(&vm_exc_UnicodeDecodeError, codec, vm_bytes_new(bytes), start, end, reason);
}

/* ---------------------------------------------------------------------- */
/* Decoding                                                                */

/* Examine the UTF-8 sequence at i: returns its length when valid (for
 * surrogatepass, encoded surrogates count as valid), else 0 and sets *end
 * to the end of the maximal invalid subpart and *reason. */
static size_t utf8_check(cr_span s, size_t i, bool allow_surrogates, size_t *end, const char **reason)
{
    uint8_t c = cr_span_at(s, i);
    if (c < 0x80) return 1;
    size_t n;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c == 0xED) n = 3, hi = allow_surrogates ? 0xBF : 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else {
        *end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < n; k++) {
        if (i + k >= s.len) {
            *end = s.len;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t cc = cr_span_at(s, i + k);
        if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF)) {
            *end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

static void append_hex_escape(cr_buf *b, uint32_t v)
{
    static const char hx[] = "0123456789abcdef";
    if (v < 0x100) {
        cr_buf_cstr(b, "\\x");
        cr_buf_byte(b, (uint8_t)hx[v >> 4]);
        cr_buf_byte(b, (uint8_t)hx[v & 15]);
    } else if (v < 0x10000) {
        cr_buf_cstr(b, "\\u");
        for (int i = 3; i >= 0; i--) cr_buf_byte(b, (uint8_t)hx[(v >> (4 * i)) & 15]);
    } else {
        cr_buf_cstr(b, "\\U");
        for (int i = 7; i >= 0; i--) cr_buf_byte(b, (uint8_t)hx[(v >> (4 * i)) & 15]);
    }
}

/* Apply a decoding error handler to bytes [start, end); false if it raised. */
static bool decode_error(cr_buf *b, int handler, const char *errors, int codec, cr_span in,
                         size_t start, size_t end, const char *reason)
{
    switch (handler) {
    case ERR_STRICT:
        raise_decode_error(codec, in, start, end, reason);
        return false;
    case ERR_IGNORE:
        return true;
    case ERR_REPLACE:
        vm_sb_cp(b, 0xFFFD);
        return true;
    case ERR_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            uint8_t c = cr_span_at(in, i);
            if (c < 128) {
                raise_decode_error(codec, in, start, end, reason);
                return false;
            }
            vm_sb_cp(b, 0xDC00 + c);
        }
        return true;
    case ERR_BACKSLASHREPLACE:
        for (size_t i = start; i < end; i++) append_hex_escape(b, cr_span_at(in, i));
        return true;
    case ERR_UNKNOWN:
        unknown_handler(errors);
        return false;
    default:
        /* Encode-only handlers raise the original error when decoding. */
        raise_decode_error(codec, in, start, end, reason);
        return false;
    }
}

static Val decode_utf8_slow(cr_span in, const char *errors, size_t valid_prefix)
{
    int handler = error_handler(errors);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, in.len)) return vm_err_nomem();
    cr_buf_append(&b, cr_span_sub(in, 0, valid_prefix));
    size_t i = valid_prefix;
    while (i < in.len) {
        size_t end;
        const char *reason;
        size_t n = utf8_check(in, i, handler == ERR_SURROGATEPASS, &end, &reason);
        if (n) {
            cr_buf_append(&b, cr_span_sub(in, i, n));
            i += n;
            continue;
        }
        if (!decode_error(&b, handler, errors, CODEC_UTF8, in, i, end, reason)) return NULL;
        i = end;
    }
    return vm_str_from_buf(&b);
}

Val vm_str_decode_utf8(cr_span in, const char *errors)
{
    size_t i = 0, n = 0;
    bool ascii = true;
    while (i < in.len) {
        uint8_t c = cr_span_at(in, i);
        if (c < 0x80) {
            i++;
        } else {
            size_t end;
            const char *reason;
            size_t k = utf8_check(in, i, false, &end, &reason);
            if (!k) return decode_utf8_slow(in, errors, i);
            ascii = false;
            i += k;
        }
        n++;
    }
    return vm_str_from_known(in, n, ascii);
}

static Val decode_8bit(cr_span in, int codec, const char *errors)
{
    int handler = error_handler(errors);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, in.len)) return vm_err_nomem();
    for (size_t i = 0; i < in.len; i++) {
        uint8_t c = cr_span_at(in, i);
        if (c < 0x80 || codec == CODEC_LATIN1) {
            vm_sb_cp(&b, c);
        } else if (!decode_error(&b, handler, errors, codec, in, i, i + 1, "ordinal not in range(128)")) {
            return NULL;
        }
    }
    return vm_str_from_buf(&b);
}

Val vm_str_decode(cr_span bytes, const char *encoding, const char *errors)
{
    int codec = codec_of(encoding);
    if (codec == CODEC_UNKNOWN) return vm_err_fmt(&vm_exc_LookupError, "unknown encoding: %s", encoding);
    if (codec == CODEC_UTF8) return vm_str_decode_utf8(bytes, errors);
    return decode_8bit(bytes, codec, errors);
}

/* ---------------------------------------------------------------------- */
/* Encoding                                                                */

static void append_decimal(cr_buf *b, uint32_t v)
{
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n > 0) cr_buf_byte(b, (uint8_t)tmp[--n]);
}

/* Can codec encode cp without help? */
static bool encodable(int codec, uint32_t cp)
{
    if (codec == CODEC_UTF8) return cp < 0xD800 || cp > 0xDFFF;
    return cp < (codec == CODEC_ASCII ? 0x80u : 0x100u);
}

/* Does generalised UTF-8 text contain an encoded surrogate (ED A0..BF)? */
static bool has_surrogates(cr_span t)
{
    for (int64_t i = cr_span_find_byte(t, 0xED, 0); i >= 0; i = cr_span_find_byte(t, 0xED, (size_t)i + 1))
        if ((size_t)i + 1 < t.len && cr_span_at(t, (size_t)i + 1) >= 0xA0) return true;
    return false;
}

Val vm_str_encode(Val s, const char *encoding, const char *errors)
{
    int codec = codec_of(encoding);
    if (codec == CODEC_UNKNOWN) return vm_err_fmt(&vm_exc_LookupError, "unknown encoding: %s", encoding);
    cr_span t = vm_str_span(s);
    if (vm_str_is_ascii(s)) return vm_bytes_new(t);
    if (codec == CODEC_UTF8 && !has_surrogates(t)) return vm_bytes_new(t);
    int handler = -1;
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, t.len)) return vm_err_nomem();
    const char *reason = codec == CODEC_UTF8 ? "surrogates not allowed"
                         : codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    size_t index = 0, pos = 0;
    while (pos < t.len) {
        size_t start_pos = pos;
        uint32_t cp = vm_str_next(t, &pos);
        if (encodable(codec, cp)) {
            if (codec == CODEC_UTF8) cr_buf_append(&b, cr_span_sub(t, start_pos, pos - start_pos));
            else cr_buf_byte(&b, (uint8_t)cp);
            index++;
            continue;
        }
        if (handler < 0) handler = error_handler(errors);
        /* The run of unencodable characters [index, end_index). */
        size_t run_end = pos, end_index = index + 1;
        while (run_end < t.len) {
            size_t p2 = run_end;
            uint32_t c2 = vm_str_next(t, &p2);
            if (encodable(codec, c2)) break;
            run_end = p2;
            end_index++;
        }
        switch (handler) {
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            cr_buf_repeat(&b, '?', end_index - index);
            break;
        case ERR_SURROGATEPASS:
        case ERR_SURROGATEESCAPE: {
            size_t p = start_pos;
            size_t k = index;
            while (p < run_end) {
                uint32_t c = vm_str_next(t, &p);
                bool ok = handler == ERR_SURROGATEPASS ? (codec == CODEC_UTF8 && c >= 0xD800 && c <= 0xDFFF)
                                                       : (c >= 0xDC80 && c <= 0xDCFF);
                if (!ok)
                    return raise_unicode_error(&vm_exc_UnicodeEncodeError, codec, s, k, k + 1, reason);
                if (handler == ERR_SURROGATEPASS) vm_sb_cp(&b, c);
                else cr_buf_byte(&b, (uint8_t)(c - 0xDC00));
                k++;
            }
            break;
        }
        case ERR_BACKSLASHREPLACE:
        case ERR_XMLCHARREFREPLACE: {
            size_t p = start_pos;
            while (p < run_end) {
                uint32_t c = vm_str_next(t, &p);
                if (handler == ERR_BACKSLASHREPLACE) {
                    append_hex_escape(&b, c);
                } else {
                    cr_buf_cstr(&b, "&#");
                    append_decimal(&b, c);
                    cr_buf_byte(&b, ';');
                }
            }
            break;
        }
        case ERR_UNKNOWN:
            return unknown_handler(errors);
        default:
            return raise_unicode_error(&vm_exc_UnicodeEncodeError, codec, s, index, end_index, reason);
        }
        index = end_index;
        pos = run_end;
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}
