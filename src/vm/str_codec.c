/* The built-in codecs of str: UTF-8, ASCII and Latin-1, with CPython's
 * error handlers (strict, ignore, replace, surrogateescape, surrogatepass,
 * backslashreplace, xmlcharrefreplace) and exceptions. */
#include "vm/str.h"

#include "vm/import.h"
#include "vm/unicode_names.h"

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

/* Encodings and error handlers the C codecs do not know (codecs.register,
 * codecs.register_error, the encodings package) live in lib/codecs.py:
 * hand the whole call over to codecs._encode_text / _decode_text. */
static Val codecs_fallback(const char *func, Val obj, const char *encoding, const char *errors)
{
    Val mod = vm_import_module("codecs");
    if (!mod || !obj) return NULL;
    Val args[3] = {obj, vm_str_cstr(encoding), vm_str_cstr(errors ? errors : "strict")};
    if (!args[1] || !args[2]) return NULL;
    return vm_call_method(mod, func, args, 3);
}

/* 1 if errors names a handler registered with codecs.register_error, 0 if
 * not (unknown names only fail when an error actually occurs, as in
 * CPython), -1 on error. */
static int registered_handler(const char *errors)
{
    if (!errors || error_handler(errors) != ERR_UNKNOWN) return 0;
    Val mod = vm_import_module("codecs");
    if (!mod) return -1;
    Val reg = vm_getattr_cstr(mod, "_custom_errors");
    if (!reg) return -1;
    if (!vm_is_dict(reg)) return 0;
    Val handler = vm_dict_get_cstr(reg, errors);
    if (!handler && vm_err_occurred()) return -1;
    return handler != NULL;
}

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF8SIG, CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE,
       CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE, CODEC_UNKNOWN };

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1", "utf-8", "utf-16", "utf-16-le",
                                          "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

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
        for (size_t k = 0; tables[t][k]; k++) /* boundary: static NULL-terminated codec alias tables */
            if (cr_span_eq(ns, cr_span_cstr(tables[t][k]))) return t; /* boundary: static NULL-terminated codec alias tables */
    static const struct {
        const char *name;
        int codec;
    } wide[] = {{"utf_8_sig", CODEC_UTF8SIG}, {"utf_16", CODEC_UTF16}, {"utf16", CODEC_UTF16},
                {"u16", CODEC_UTF16}, {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},
                {"unicodelittleunmarked", CODEC_UTF16LE}, {"utf_16_be", CODEC_UTF16BE},
                {"utf_16be", CODEC_UTF16BE}, {"unicodebigunmarked", CODEC_UTF16BE}, {"utf_32", CODEC_UTF32},
                {"utf32", CODEC_UTF32}, {"u32", CODEC_UTF32}, {"utf_32_le", CODEC_UTF32LE},
                {"utf_32le", CODEC_UTF32LE}, {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE}};
    for (size_t k = 0; k < sizeof wide / sizeof wide[0]; k++)
        if (cr_span_eq(ns, cr_span_cstr(wide[k].name))) return wide[k].codec;
    return CODEC_UNKNOWN;
}

static Val codec_name_val(int codec)
{
    return vm_str_cstr(codec >= 0 && codec < CODEC_UNKNOWN ? codec_names[codec] : "utf-8");
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

/* namereplace: \N{NAME}, or a hex escape for a character without a name. */
static void append_name_escape(cr_buf *b, uint32_t c)
{
    size_t mark = b->len;
    cr_buf_cstr(b, "\\N{");
    int r = vm_uname_name(c, b);
    if (r > 0) {
        cr_buf_byte(b, '}');
        return;
    }
    cr_buf_truncate(b, mark);
    if (r == 0) append_hex_escape(b, c);
    else b->failed = true;
}

/* Apply a decoding error handler to bytes [start, end); false if it raised.
 * *resume is where decoding continues (end, except for surrogateescape,
 * which like CPython's consumes the leading bytes >= 128 only). */
static bool decode_error_at(cr_buf *b, int handler, const char *errors, int codec, cr_span in,
                            size_t start, size_t end, const char *reason, size_t *resume)
{
    *resume = end;
    if (handler == ERR_SURROGATEESCAPE) {
        size_t i = start;
        while (i < end && cr_span_at(in, i) >= 128) vm_sb_cp(b, 0xDC00 + cr_span_at(in, i++));
        if (i == start) {
            raise_decode_error(codec, in, start, end, reason);
            return false;
        }
        *resume = i;
        return true;
    }
    switch (handler) {
    case ERR_STRICT:
        raise_decode_error(codec, in, start, end, reason);
        return false;
    case ERR_IGNORE:
        return true;
    case ERR_REPLACE:
        vm_sb_cp(b, 0xFFFD);
        return true;
    case ERR_BACKSLASHREPLACE:
        for (size_t i = start; i < end; i++) append_hex_escape(b, cr_span_at(in, i));
        return true;
    case ERR_UNKNOWN:
        unknown_handler(errors);
        return false;
    case ERR_XMLCHARREFREPLACE:
    case ERR_NAMEREPLACE:
        /* Encode-only handlers reject the decode error (as CPython's do). */
        vm_err_str(&vm_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    default:
        raise_decode_error(codec, in, start, end, reason);
        return false;
    }
}

static bool decode_error(cr_buf *b, int handler, const char *errors, int codec, cr_span in, size_t start,
                         size_t end, const char *reason)
{
    size_t resume;
    return decode_error_at(b, handler, errors, codec, in, start, end, reason, &resume) && resume == end;
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
        if (!decode_error_at(&b, handler, errors, CODEC_UTF8, in, i, end, reason, &i)) return NULL;
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


/* ---- UTF-16 / UTF-32 ---- */

static bool wide_unit_size4(int codec) { return codec >= CODEC_UTF32; }

static uint32_t read_unit(cr_span in, size_t pos, size_t size, bool be)
{
    uint32_t v = 0;
    for (size_t k = 0; k < size; k++) {
        uint32_t byte = cr_span_at(in, pos + k);
        v |= be ? byte << (8 * (size - 1 - k)) : byte << (8 * k);
    }
    return v;
}

/* Decode UTF-16 or UTF-32 (codec says which, and whether a BOM selects the
 * byte order); error messages name the byte order in use, as CPython's. */
static Val decode_wide(cr_span in, int codec, const char *errors)
{
    size_t size = wide_unit_size4(codec) ? 4 : 2, pos = 0;
    bool be = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) {
        if (in.len >= size && read_unit(in, 0, size, false) == 0xFEFF) {
            pos = size;
        } else if (in.len >= size && read_unit(in, 0, size, true) == 0xFEFF) {
            pos = size;
            be = true;
        }
    }
    int named = size == 2 ? (be ? CODEC_UTF16BE : CODEC_UTF16LE) : (be ? CODEC_UTF32BE : CODEC_UTF32LE);
    int handler = error_handler(errors);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, in.len)) return vm_err_nomem();
    while (pos < in.len) {
        const char *reason = NULL;
        size_t end = pos + size;
        uint32_t pass = 0; /* the code point surrogatepass yields */
        if (in.len - pos < size) {
            reason = "truncated data";
            end = in.len;
        } else {
            uint32_t u = read_unit(in, pos, size, be);
            if (size == 4) {
                if (u > 0x10FFFF) {
                    reason = "code point not in range(0x110000)";
                } else if (u >= 0xD800 && u <= 0xDFFF) {
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    pass = u;
                } else {
                    vm_sb_cp(&b, u);
                    pos += 4;
                    continue;
                }
            } else if (u < 0xD800 || u > 0xDFFF) {
                vm_sb_cp(&b, u);
                pos += 2;
                continue;
            } else if (u >= 0xDC00) {
                reason = "illegal encoding";
                pass = u;
            } else if (in.len - pos < 4) {
                reason = "unexpected end of data";
                end = in.len;
                pass = u;
            } else {
                uint32_t u2 = read_unit(in, pos + 2, 2, be);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    vm_sb_cp(&b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                    pos += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                pass = u;
            }
        }
        if (handler == ERR_SURROGATEPASS && pass) {
            vm_sb_cp(&b, pass);
            pos += size;
            continue;
        }
        if (!decode_error_at(&b, handler == ERR_SURROGATEPASS ? ERR_STRICT : handler, errors, named, in, pos, end,
                             reason, &pos))
            return NULL;
    }
    return vm_str_from_buf(&b);
}

static int escape_codec(const char *name);

Val vm_str_decode(cr_span bytes, const char *encoding, const char *errors)
{
    int codec = codec_of(encoding);
    int custom = registered_handler(errors);
    if (custom < 0) return NULL;
    if (codec == CODEC_UNKNOWN || custom || escape_codec(encoding))
        return codecs_fallback("_decode_text", vm_bytes_new(bytes), encoding ? encoding : "utf-8", errors);
    if (codec == CODEC_UTF8) return vm_str_decode_utf8(bytes, errors);
    if (codec == CODEC_UTF8SIG) {
        static const uint8_t bom[3] = {0xEF, 0xBB, 0xBF};
        if (bytes.len >= 3 && cr_span_eq(cr_span_sub(bytes, 0, 3), cr_span_make(bom, 3)))
            bytes = cr_span_from(bytes, 3);
        return vm_str_decode_utf8(bytes, errors);
    }
    if (codec >= CODEC_UTF16) return decode_wide(bytes, codec, errors);
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


static void put_unit(cr_buf *b, uint32_t v, size_t size, bool be)
{
    for (size_t k = 0; k < size; k++) cr_buf_byte(b, (uint8_t)(be ? v >> (8 * (size - 1 - k)) : v >> (8 * k)));
}

static void put_wide_cp(cr_buf *b, uint32_t cp, size_t size, bool be)
{
    if (size == 2 && cp >= 0x10000) {
        put_unit(b, 0xD800 + ((cp - 0x10000) >> 10), 2, be);
        put_unit(b, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, be);
    } else {
        put_unit(b, cp, size, be);
    }
}

static Val encode_wide(Val s, int codec, const char *errors)
{
    size_t size = wide_unit_size4(codec) ? 4 : 2;
    bool be = codec == CODEC_UTF16BE || codec == CODEC_UTF32BE;
    cr_span t = vm_str_span(s);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, t.len * size + size)) return vm_err_nomem();
    if (codec == CODEC_UTF16 || codec == CODEC_UTF32) put_unit(&b, 0xFEFF, size, false);
    int handler = -1;
    size_t index = 0, pos = 0;
    while (pos < t.len) {
        size_t start_pos = pos;
        uint32_t cp = vm_str_next(t, &pos);
        if (cp < 0xD800 || cp > 0xDFFF) {
            put_wide_cp(&b, cp, size, be);
            index++;
            continue;
        }
        if (handler < 0) handler = error_handler(errors);
        /* CPython's UTF-16/32 encoders report one character at a time. */
        size_t run_end = pos, end_index = index + 1;
        if (handler == ERR_UNKNOWN) return unknown_handler(errors);
        /* Surrogates have no names: namereplace is backslashreplace here. */
        if (handler == ERR_NAMEREPLACE) handler = ERR_BACKSLASHREPLACE;
        if (handler == ERR_IGNORE || handler == ERR_REPLACE || handler == ERR_SURROGATEPASS ||
            handler == ERR_BACKSLASHREPLACE || handler == ERR_XMLCHARREFREPLACE) {
            for (size_t p = start_pos; p < run_end;) {
                uint32_t c = vm_str_next(t, &p);
                if (handler == ERR_REPLACE) {
                    put_unit(&b, '?', size, be);
                } else if (handler == ERR_SURROGATEPASS) {
                    put_unit(&b, c, size, be);
                } else if (handler != ERR_IGNORE) {
                    cr_buf esc;
                    cr_buf_init(&esc);
                    if (handler == ERR_BACKSLASHREPLACE) {
                        append_hex_escape(&esc, c);
                    } else {
                        cr_buf_cstr(&esc, "&#");
                        append_decimal(&esc, c);
                        cr_buf_byte(&esc, ';');
                    }
                    for (size_t k = 0; k < esc.len; k++) put_unit(&b, cr_buf_get(&esc, k), size, be);
                }
            }
        } else {
            return raise_unicode_error(&vm_exc_UnicodeEncodeError, codec, s, index, end_index,
                                       "surrogates not allowed");
        }
        index = end_index;
        pos = run_end;
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

/* 1 for unicode_escape, 2 for raw_unicode_escape, else 0 (names
 * normalised as codec_of does). */
static int escape_codec(const char *name)
{
    if (!name) return 0;
    cr_span n = cr_span_cstr(name);
    char norm[24];
    if (n.len >= sizeof norm) return 0;
    for (size_t i = 0; i < n.len; i++) {
        uint8_t c = cr_span_at(n, i);
        if (c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        norm[i] = (char)c;
    }
    cr_span ns = cr_span_make(norm, n.len);
    if (cr_span_eq(ns, cr_span_cstr("unicode_escape"))) return 1;
    if (cr_span_eq(ns, cr_span_cstr("raw_unicode_escape"))) return 2;
    return 0;
}

static void append_hex(cr_buf *b, uint32_t v, int digits)
{
    for (int k = digits - 1; k >= 0; k--) cr_buf_byte(b, (uint8_t)"0123456789abcdef"[(v >> (4 * k)) & 15]);
}

/* str.encode('unicode_escape' / 'raw_unicode_escape'): never fails. */
static Val encode_escape(Val s, bool raw)
{
    cr_span t = vm_str_span(s);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t pos = 0; pos < t.len;) {
        uint32_t c = vm_str_next(t, &pos);
        if (raw && c < 0x100) {
            cr_buf_byte(&b, (uint8_t)c);
        } else if (c >= 0x10000) {
            cr_buf_cstr(&b, "\\U");
            append_hex(&b, c, 8);
        } else if (c >= 0x100) {
            cr_buf_cstr(&b, "\\u");
            append_hex(&b, c, 4);
        } else if (c == '\\') {
            cr_buf_cstr(&b, "\\\\");
        } else if (c == '\t' || c == '\n' || c == '\r') {
            cr_buf_byte(&b, '\\');
            cr_buf_byte(&b, c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        } else if (c < 0x20 || c >= 0x7F) {
            cr_buf_cstr(&b, "\\x");
            append_hex(&b, c, 2);
        } else {
            cr_buf_byte(&b, (uint8_t)c);
        }
    }
    return b.failed ? vm_err_nomem() : vm_bytes_new(cr_buf_span(&b));
}

Val vm_str_encode(Val s, const char *encoding, const char *errors)
{
    int esc = escape_codec(encoding);
    if (esc) return encode_escape(s, esc == 2);
    int codec = codec_of(encoding);
    int custom = registered_handler(errors);
    if (custom < 0) return NULL;
    if (codec == CODEC_UNKNOWN || custom) return codecs_fallback("_encode_text", s, encoding, errors);
    if (codec >= CODEC_UTF16) return encode_wide(s, codec, errors);
    if (codec == CODEC_UTF8SIG) {
        Val body = vm_str_encode(s, "utf-8", errors);
        if (!body) return NULL;
        cr_buf b;
        cr_buf_init(&b);
        cr_buf_cstr(&b, "\xef\xbb\xbf");
        cr_buf_append(&b, vm_bytes_span(body));
        return b.failed ? vm_err_nomem() : vm_bytes_new(cr_buf_span(&b));
    }
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
            while (p < run_end) {
                uint32_t c = vm_str_next(t, &p);
                bool ok = handler == ERR_SURROGATEPASS ? (codec == CODEC_UTF8 && c >= 0xD800 && c <= 0xDFFF)
                                                       : (c >= 0xDC80 && c <= 0xDCFF);
                /* The handler refuses: the error covers the whole run. */
                if (!ok)
                    return raise_unicode_error(&vm_exc_UnicodeEncodeError, codec, s, index, end_index, reason);
                if (handler == ERR_SURROGATEPASS) vm_sb_cp(&b, c);
                else cr_buf_byte(&b, (uint8_t)(c - 0xDC00));
            }
            break;
        }
        case ERR_BACKSLASHREPLACE:
        case ERR_NAMEREPLACE:
        case ERR_XMLCHARREFREPLACE: {
            size_t p = start_pos;
            while (p < run_end) {
                uint32_t c = vm_str_next(t, &p);
                if (handler == ERR_NAMEREPLACE) {
                    append_name_escape(&b, c);
                } else if (handler == ERR_BACKSLASHREPLACE) {
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
