/* The tokenizer: see tokenizer.h.  Structured like CPython 3.11's
 * Parser/tokenizer.c (tok_get) so that error messages and their locations
 * come out the same. */
#include <stdarg.h>

#include "compiler/tokenizer.h"

enum { EOFC = -1 };

/* ------------------------------------------------------------------ */
/* message formatting                                                  */

static void fmt_int(cr_buf *b, long v)
{
    char tmp[24];
    int n = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    if (v < 0) cr_buf_byte(b, '-');
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u && n < 23);
    while (n > 0) cr_buf_byte(b, (uint8_t)tmp[--n]);
}

static void fmt_hex(cr_buf *b, uint32_t v, int mindigits, bool upper)
{
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = (upper ? "0123456789ABCDEF" : "0123456789abcdef")[v & 15];
        v >>= 4;
    } while ((v || n < mindigits) && n < 11);
    while (n > 0) cr_buf_byte(b, (uint8_t)tmp[--n]);
}

static cr_span vfmt(const char *fmt, va_list ap)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_span f = cr_span_cstr(fmt);
    for (size_t i = 0; i < f.len; i++) {
        uint8_t c = cr_span_at(f, i);
        if (c != '%' || i + 1 >= f.len) {
            cr_buf_byte(&b, c);
            continue;
        }
        uint8_t d = cr_span_at(f, ++i);
        switch (d) {
        case 's': cr_buf_cstr(&b, va_arg(ap, const char *)); break;
        case 'S': cr_buf_append(&b, va_arg(ap, cr_span)); break;
        case 'd': fmt_int(&b, va_arg(ap, int)); break;
        case 'c': cr_buf_byte(&b, (uint8_t)va_arg(ap, int)); break;
        case 'U': cr_buf_utf8(&b, va_arg(ap, uint32_t)); break;
        case 'X': fmt_hex(&b, va_arg(ap, uint32_t), 4, true); break;
        case 'x': fmt_hex(&b, va_arg(ap, uint32_t), 2, false); break;
        default: cr_buf_byte(&b, d); break;
        }
    }
    if (b.failed) return cr_span_cstr("out of memory");
    return cr_buf_span(&b);
}

cr_span cp_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cr_span s = vfmt(fmt, ap);
    va_end(ap);
    return s;
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

/* The text of line `lineno` (1-based) of src, with its '\n'. */
static cr_span line_text(cr_span src, int lineno)
{
    size_t pos = 0;
    int line = 1;
    while (line < lineno) {
        int64_t nl = cr_span_find_byte(src, '\n', pos);
        if (nl < 0) return cr_span_make("", 0);
        pos = (size_t)nl + 1;
        line++;
    }
    if (pos > src.len) return cr_span_make("", 0);
    int64_t nl = cr_span_find_byte(src, '\n', pos);
    size_t end = nl < 0 ? src.len : (size_t)nl + 1;
    return cr_span_sub(src, pos, end - pos);
}

/* Characters (code points) in the first nbytes of line. */
static long chars_in(cr_span line, long nbytes)
{
    long n = 0;
    for (long i = 0; i < nbytes && (size_t)i < line.len; i++)
        if ((cr_span_at(line, (size_t)i) & 0xC0) != 0x80) n++;
    return n;
}

static void set_text(cp_error *err, cr_span line)
{
    cp_ident copy;
    if (cp_ident_from(line, &copy)) err->text = copy;
    else err->text = cr_span_make("", 0);
}

void cp_error_set_tok(cp_error *err, cr_span src, cp_error_kind kind, cr_span msg, int lineno,
                      long col, int end_lineno, long end_col)
{
    cr_span line = line_text(src, lineno);
    err->kind = kind;
    err->msg = msg;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = (int)chars_in(line, col);
    err->end_offset = (int)chars_in(line, end_col);
    set_text(err, line);
}

/* CPython's _PyPegen_byte_offset_to_character_offset (1-based byte offset). */
static long peg_conv(cr_span line, long col)
{
    if (col <= 0) return col;
    long len = (long)line.len;
    /* CPython clamps to strlen(line) + 1 and decodes that many bytes: the
     * terminating NUL then counts as one more character */
    if (col > len) return chars_in(line, len) + 1;
    return chars_in(line, col);
}

void cp_error_set_peg(cp_error *err, cr_span src, cp_error_kind kind, cr_span msg, int lineno,
                      long col, int end_lineno, long end_col)
{
    cr_span line = line_text(src, lineno);
    err->kind = kind;
    err->msg = msg;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->offset = (int)peg_conv(line, col);
    /* CPython converts the end column with the START line too; when the
     * error spans lines its tokenizer has moved on and that line is taken
     * without its '\n' */
    cr_span eline = line;
    if (end_lineno != lineno && eline.len && cr_span_at(eline, eline.len - 1) == '\n')
        eline = cr_span_sub(eline, 0, eline.len - 1);
    err->end_offset = (int)(end_col > 0 ? peg_conv(eline, end_col) : end_col);
    set_text(err, line);
}

void cp_error_memory(cp_error *err)
{
    err->kind = CP_ERR_MEMORY;
    err->msg = cr_span_make("", 0);
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
    err->text = cr_span_make("", 0);
    err->no_location = true;
}

/* ------------------------------------------------------------------ */
/* character classes                                                   */

static bool is_ascii_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool potential_id_start(int c) { return is_ascii_letter(c) || c == '_' || c >= 128; }
static bool potential_id_char(int c) { return potential_id_start(c) || is_digit(c); }

/* Code points that are not identifier characters: an approximation of
 * Unicode's XID_Continue complement (punctuation, symbols, spaces). */
static bool is_symbol_cp(uint32_t c)
{
    if (c < 128) return !(is_ascii_letter((int)c) || is_digit((int)c) || c == '_');
    if (c <= 0xBF) return !(c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7);
    if (c == 0xD7 || c == 0xF7) return true;
    if (c >= 0x2000 && c <= 0x206F) return !(c == 0x203F || c == 0x2040 || c == 0x2054);
    if (c >= 0x20A0 && c <= 0x20CF) return true;
    if (c >= 0x2190 && c <= 0x245F) return true;
    if (c >= 0x2500 && c <= 0x2BFF) return true;
    if (c >= 0x2E00 && c <= 0x2E7F) return true;
    if (c >= 0x3000 && c <= 0x3004) return true;
    if (c >= 0x3008 && c <= 0x3020) return true;
    if (c >= 0xD800 && c <= 0xDFFF) return true;
    if (c >= 0xE000 && c <= 0xF8FF) return true;
    if (c >= 0xFE10 && c <= 0xFE19) return true;
    if (c >= 0xFE30 && c <= 0xFE4F) return !(c == 0xFE33 || c == 0xFE34 || c == 0xFE4D || c == 0xFE4E || c == 0xFE4F);
    if (c >= 0xFE50 && c <= 0xFE6F) return true;
    if (c >= 0xFF01 && c <= 0xFF0F) return true;
    if (c >= 0xFF1A && c <= 0xFF20) return true;
    if (c >= 0xFF3B && c <= 0xFF40) return c != 0xFF3F;
    if (c >= 0xFF5B && c <= 0xFF65) return true;
    if (c >= 0xFFF0 && c <= 0xFFFF) return true;
    if (c >= 0x1F000 && c <= 0x1FAFF) return true;
    if (c > 0x10FFFF) return true;
    return false;
}

static bool is_printable_cp(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F))
        return false;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return false;
    if ((c >= 0xD800 && c <= 0xF8FF) || c > 0x10FFFF) return false;
    return true;
}

static const cp_unicode_hooks *hooks;

void cp_set_unicode_hooks(const cp_unicode_hooks *h) { hooks = h; }

bool cp_unicode_lookup_name(cr_span name, uint32_t *cp)
{
    return hooks && hooks->lookup_name && hooks->lookup_name(name, cp);
}

bool cp_is_id_start(uint32_t c)
{
    if (c < 128) return is_ascii_letter((int)c) || c == '_';
    if (hooks && hooks->is_xid_start) return hooks->is_xid_start(c);
    if (is_symbol_cp(c)) return false;
    if (c >= 0x300 && c <= 0x36F) return false; /* combining marks */
    if (c >= 0x660 && c <= 0x669) return false; /* Arabic-Indic digits */
    return true;
}

bool cp_is_id_char(uint32_t c)
{
    if (c < 128) return potential_id_char((int)c);
    if (hooks && hooks->is_xid_continue) return hooks->is_xid_continue(c);
    return !is_symbol_cp(c);
}

/* ------------------------------------------------------------------ */
/* keywords                                                            */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"};

int cp_keyword_of(cr_span name)
{
    if (name.len < 2 || name.len > 8) return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (cr_span_eq(name, cr_span_cstr(keywords[i]))) return (int)i + 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* reading                                                             */

void cp_tok_init(cp_tokenizer *t, cr_span src, cp_error *err)
{
    cp_tokenizer zero = {0};
    *t = zero;
    t->src = src;
    t->err_src = src;
    t->lineno = 1;
    t->atbol = true;
    t->err = err;
}

static int peek(const cp_tokenizer *t, size_t k)
{
    size_t i;
    if (!cr_add_ok(t->pos, k, &i) || i >= t->src.len) return EOFC;
    return cr_span_at(t->src, i);
}

static int nextc(cp_tokenizer *t)
{
    if (t->pos >= t->src.len) return EOFC;
    int c = cr_span_at(t->src, t->pos++);
    if (c == '\n') {
        t->lineno++;
        t->prev_line_start = t->line_start;
        t->line_start = t->pos;
    }
    return c;
}

/* Undo the last nextc() (one level across a newline). */
static void backup(cp_tokenizer *t, int c)
{
    if (c == EOFC) return;
    if (t->pos == 0) cr_panic("tokenizer: bad backup");
    t->pos--;
    if (c == '\n') {
        t->lineno--;
        t->line_start = t->prev_line_start;
    }
}

static int lineno_out(const cp_tokenizer *t, int line) { return line + t->line_shift; }

/* A SyntaxError in the tokenizer's style: the location is the current
 * position (CPython's tok->cur), or an explicit byte range in the line. */
static void tok_error_range(cp_tokenizer *t, cp_error_kind kind, cr_span msg, long col, long end_col)
{
    if (t->fstring_mode) msg = cp_fmt("f-string: %S", msg);
    int line = t->lineno;
    size_t ls = t->line_start;
    long c = col >= 0 ? col : (long)(t->pos - ls);
    long e = end_col >= 0 ? end_col : c;
    if (col >= 0) { /* explicit columns are used as they are */
        t->err->kind = kind;
        t->err->msg = msg;
        t->err->lineno = t->err->end_lineno = lineno_out(t, line);
        t->err->offset = (int)col + (line == 1 ? t->col_shift : 0);
        t->err->end_offset = (int)e + (line == 1 ? t->col_shift : 0);
        set_text(t->err, line_text(t->err_src, lineno_out(t, line)));
    } else {
        int shift = line == 1 ? t->col_shift : 0;
        cp_error_set_tok(t->err, t->err_src, kind, msg, lineno_out(t, line), c + shift,
                         lineno_out(t, line), e + shift);
    }
    t->errcode = CP_TOKERR_RAISED;
}

static void tok_error(cp_tokenizer *t, cr_span msg) { tok_error_range(t, CP_ERR_SYNTAX, msg, -1, -1); }

/* Errors CPython reports from the parser side (tokenizer_error in pegen.c):
 * they are not re-raised by the full-source scan after a parser error. */
static void tok_error_peg(cp_tokenizer *t, cp_error_kind kind, const char *msg, long col, long end_col)
{
    cp_error_set_peg(t->err, t->err_src, kind, cr_span_cstr(msg), lineno_out(t, t->lineno), col,
                     lineno_out(t, t->lineno), end_col);
    t->errcode = CP_TOKERR_OTHER;
}

/* ------------------------------------------------------------------ */
/* UTF-8 in identifiers                                                */

/* Decode one UTF-8 sequence at i of s; returns the code point and sets *n,
 * or returns -1 when invalid. */
static int32_t utf8_at(cr_span s, size_t i, size_t *n)
{
    uint8_t c = cr_span_at(s, i);
    if (c < 0x80) { *n = 1; return c; }
    size_t need;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
    else return -1;
    for (size_t k = 1; k <= need; k++) {
        if (i + k >= s.len) return -1;
        uint8_t d = cr_span_at(s, i + k);
        if ((d & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return -1;
    *n = need + 1;
    return (int32_t)cp;
}

/* CPython's message for invalid UTF-8 at byte i of s (relative positions). */

cr_span cp_utf8_error_msg(cr_span s, size_t i)
{
    uint8_t c = cr_span_at(s, i);
    size_t need = 0;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) need = 2;
    else if (c >= 0xF0 && c <= 0xF4) need = 3;
    if (need == 0)
        return cp_fmt("(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: invalid start byte",
                      (uint32_t)c, (int)i);
    /* check the continuation bytes that are present */
    size_t k = 1;
    for (; k <= need && i + k < s.len; k++) {
        uint8_t d = cr_span_at(s, i + k);
        bool ok = (d & 0xC0) == 0x80;
        if (k == 1) {
            if (c == 0xE0 && d < 0xA0) ok = false;
            if (c == 0xED && d > 0x9F) ok = false;
            if (c == 0xF0 && d < 0x90) ok = false;
            if (c == 0xF4 && d > 0x8F) ok = false;
        }
        if (!ok)
            return cp_fmt("(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: invalid continuation byte",
                          (uint32_t)c, (int)i);
    }
    size_t endpos = s.len - 1;
    if (endpos == i)
        return cp_fmt("(unicode error) 'utf-8' codec can't decode byte 0x%x in position %d: unexpected end of data",
                      (uint32_t)c, (int)i);
    return cp_fmt("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: unexpected end of data",
                  (int)i, (int)endpos);
}

/* Check an identifier with non-ASCII characters (CPython's verify_identifier). */
static bool verify_identifier(cp_tokenizer *t, size_t start)
{
    cr_span id = cr_span_sub(t->src, start, t->pos - start);
    size_t i = 0;
    bool first = true;
    while (i < id.len) {
        size_t n = 1;
        int32_t cp = utf8_at(id, i, &n);
        if (cp < 0) {
            cr_span msg = cp_utf8_error_msg(id, i);
            long col = (long)(start + i - t->line_start) + 1;
            cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX, msg, lineno_out(t, t->lineno),
                             col + (t->lineno == 1 ? t->col_shift : 0), lineno_out(t, t->lineno), -1);
            t->errcode = CP_TOKERR_RAISED;
            return false;
        }
        bool ok = first ? cp_is_id_start((uint32_t)cp) : cp_is_id_char((uint32_t)cp);
        if (!ok) {
            t->pos = start + i + n;
            bool printable = hooks && hooks->is_printable ? hooks->is_printable((uint32_t)cp)
                                                          : is_printable_cp((uint32_t)cp);
            if (printable)
                tok_error(t, cp_fmt("invalid character '%U' (U+%X)", (uint32_t)cp, (uint32_t)cp));
            else
                tok_error(t, cp_fmt("invalid non-printable character U+%X", (uint32_t)cp));
            return false;
        }
        first = false;
        i += n;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */

static bool lookahead(cp_tokenizer *t, const char *s)
{
    cr_span w = cr_span_cstr(s);
    for (size_t i = 0; i < w.len; i++)
        if (peek(t, i) != cr_span_at(w, i)) return false;
    return true;
}

/* CPython's verify_end_of_number; c was just read (pos is after it). */
static bool verify_end_of_number(cp_tokenizer *t, int c, const char *kind)
{
    bool r = false;
    if (c == 'a') r = lookahead(t, "nd");
    else if (c == 'e') r = lookahead(t, "lse");
    else if (c == 'f') r = lookahead(t, "or");
    else if (c == 'i') { int c2 = peek(t, 0); r = c2 == 'f' || c2 == 'n' || c2 == 's'; }
    else if (c == 'o') r = lookahead(t, "r");
    else if (c == 'n') r = lookahead(t, "ot");
    if (r) return true; /* CPython only warns here */
    if (c != EOFC && c < 128 && potential_id_char(c)) {
        backup(t, c);
        tok_error(t, cp_fmt("invalid %s literal", kind));
        return false;
    }
    return true;
}

/* Digits and single underscores; returns the first non-digit (read), or -2
 * on error. */
static int decimal_tail(cp_tokenizer *t)
{
    int c;
    for (;;) {
        do c = nextc(t); while (is_digit(c));
        if (c != '_') break;
        c = nextc(t);
        if (!is_digit(c)) {
            backup(t, c);
            tok_error(t, cr_span_cstr("invalid decimal literal"));
            return -2;
        }
    }
    return c;
}

/* Read the rest of a number whose first character c was read.  Returns
 * false on error.  On success the token ends at t->pos. */
static bool read_number(cp_tokenizer *t, int c, size_t start)
{
    if (c == '0') {
        c = nextc(t);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int kindc = c | 0x20;
            const char *kind = kindc == 'x' ? "hexadecimal" : kindc == 'o' ? "octal" : "binary";
            c = nextc(t);
            do {
                if (c == '_') c = nextc(t);
                bool ok = kindc == 'x' ? is_xdigit(c) : kindc == 'o' ? (c >= '0' && c < '8') : (c == '0' || c == '1');
                if (!ok) {
                    if (kindc != 'x' && is_digit(c)) {
                        tok_error(t, cp_fmt("invalid digit '%c' in %s literal", c, kind));
                        return false;
                    }
                    backup(t, c);
                    tok_error(t, cp_fmt("invalid %s literal", kind));
                    return false;
                }
                for (;;) {
                    c = nextc(t);
                    ok = kindc == 'x' ? is_xdigit(c) : kindc == 'o' ? (c >= '0' && c < '8') : (c == '0' || c == '1');
                    if (!ok) break;
                }
            } while (c == '_');
            if (kindc != 'x' && is_digit(c)) {
                tok_error(t, cp_fmt("invalid digit '%c' in %s literal", c, kind));
                return false;
            }
            if (!verify_end_of_number(t, c, kind)) return false;
            backup(t, c);
            return true;
        }
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc(t);
                if (!is_digit(c)) {
                    backup(t, c);
                    tok_error(t, cr_span_cstr("invalid decimal literal"));
                    return false;
                }
            }
            if (c != '0') break;
            c = nextc(t);
        }
        size_t zeros_end = t->pos;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(t);
            if (c == -2) return false;
        }
        if (c == '.') {
            c = nextc(t);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup(t, c);
            tok_error_range(t, CP_ERR_SYNTAX,
                            cr_span_cstr("leading zeros in decimal integer literals are not permitted; "
                                         "use an 0o prefix for octal integers"),
                            (long)(start + 1 - t->line_start), (long)(zeros_end - t->line_start));
            return false;
        }
        if (!verify_end_of_number(t, c, "decimal")) return false;
        backup(t, c);
        return true;
    }
    c = decimal_tail(t);
    if (c == -2) return false;
    if (c == '.') {
        c = nextc(t);
    fraction:
        if (is_digit(c)) {
            c = decimal_tail(t);
            if (c == -2) return false;
        }
    }
    if (c == 'e' || c == 'E') {
    exponent:;
        int e = c;
        c = nextc(t);
        if (c == '+' || c == '-') {
            c = nextc(t);
            if (!is_digit(c)) {
                backup(t, c);
                tok_error(t, cr_span_cstr("invalid decimal literal"));
                return false;
            }
        } else if (!is_digit(c)) {
            backup(t, c);
            if (!verify_end_of_number(t, e, "decimal")) return false;
            backup(t, e);
            return true;
        }
        c = decimal_tail(t);
        if (c == -2) return false;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(t);
        if (!verify_end_of_number(t, c, "imaginary")) return false;
    } else if (!verify_end_of_number(t, c, "decimal")) {
        return false;
    }
    backup(t, c);
    return true;
}

/* ------------------------------------------------------------------ */
/* strings                                                             */

/* The opening quote q has been read; read to the end of the literal. */
static bool read_string(cp_tokenizer *t, int q, size_t start, int first_lineno, size_t first_line_start)
{
    int quote_size = 1, end_quote_size = 0;
    int c = nextc(t);
    if (c == q) {
        c = nextc(t);
        if (c == q) quote_size = 3;
        else end_quote_size = 1; /* empty string */
    }
    if (c != q) backup(t, c);
    while (end_quote_size != quote_size) {
        c = nextc(t);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            /* CPython reports it at the start of the literal */
            int detected = t->lineno;
            if (c == '\n' || (t->pos == t->line_start && t->pos > 0)) detected--;
            t->lineno = first_lineno;
            t->line_start = first_line_start;
            t->pos = start + 1;
            if (quote_size == 3)
                tok_error(t, cp_fmt("unterminated triple-quoted string literal (detected at line %d)",
                                    lineno_out(t, detected)));
            else
                tok_error(t, cp_fmt("unterminated string literal (detected at line %d)", lineno_out(t, detected)));
            return false;
        }
        if (c == q) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') nextc(t);
        }
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* operators                                                           */

static cp_tok_type one_char(int c)
{
    switch (c) {
    case '%': return CP_TOK_PERCENT;
    case '&': return CP_TOK_AMPER;
    case '(': return CP_TOK_LPAR;
    case ')': return CP_TOK_RPAR;
    case '*': return CP_TOK_STAR;
    case '+': return CP_TOK_PLUS;
    case ',': return CP_TOK_COMMA;
    case '-': return CP_TOK_MINUS;
    case '.': return CP_TOK_DOT;
    case '/': return CP_TOK_SLASH;
    case ':': return CP_TOK_COLON;
    case ';': return CP_TOK_SEMI;
    case '<': return CP_TOK_LESS;
    case '=': return CP_TOK_EQUAL;
    case '>': return CP_TOK_GREATER;
    case '@': return CP_TOK_AT;
    case '[': return CP_TOK_LSQB;
    case ']': return CP_TOK_RSQB;
    case '^': return CP_TOK_CIRCUMFLEX;
    case '{': return CP_TOK_LBRACE;
    case '|': return CP_TOK_VBAR;
    case '}': return CP_TOK_RBRACE;
    case '~': return CP_TOK_TILDE;
    case '!': return CP_TOK_EXCLAMATION;
    default: return CP_TOK_OP;
    }
}

static cp_tok_type two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return CP_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return CP_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return CP_TOK_AMPEREQUAL; break;
    case '*': if (c2 == '*') return CP_TOK_DOUBLESTAR; if (c2 == '=') return CP_TOK_STAREQUAL; break;
    case '+': if (c2 == '=') return CP_TOK_PLUSEQUAL; break;
    case '-': if (c2 == '=') return CP_TOK_MINEQUAL; if (c2 == '>') return CP_TOK_RARROW; break;
    case '/': if (c2 == '/') return CP_TOK_DOUBLESLASH; if (c2 == '=') return CP_TOK_SLASHEQUAL; break;
    case ':': if (c2 == '=') return CP_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return CP_TOK_LEFTSHIFT;
        if (c2 == '=') return CP_TOK_LESSEQUAL;
        if (c2 == '>') return CP_TOK_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return CP_TOK_EQEQUAL; break;
    case '>': if (c2 == '=') return CP_TOK_GREATEREQUAL; if (c2 == '>') return CP_TOK_RIGHTSHIFT; break;
    case '@': if (c2 == '=') return CP_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return CP_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return CP_TOK_VBAREQUAL; break;
    default: break;
    }
    return CP_TOK_OP;
}

static cp_tok_type three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        if (c1 == '.' && c2 == '.' && c3 == '.') return CP_TOK_ELLIPSIS;
        return CP_TOK_OP;
    }
    if (c1 == '*' && c2 == '*') return CP_TOK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return CP_TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return CP_TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return CP_TOK_RIGHTSHIFTEQUAL;
    return CP_TOK_OP;
}

/* ------------------------------------------------------------------ */
/* the main loop                                                       */

static void set_pos(const cp_tokenizer *t, cp_token *out, size_t start, int lineno, size_t line_start)
{
    out->start = start;
    out->end = t->pos;
    out->lineno = lineno_out(t, lineno);
    out->col_offset = (int)(start - line_start) + (lineno == 1 ? t->col_shift : 0);
    out->end_lineno = lineno_out(t, t->lineno);
    out->end_col_offset = (int)(t->pos - t->line_start) + (t->lineno == 1 ? t->col_shift : 0);
    out->level = t->level;
}

static void error_token(cp_tokenizer *t, cp_token *out)
{
    out->type = CP_TOK_ERROR;
    out->start = out->end = t->pos;
    out->lineno = out->end_lineno = lineno_out(t, t->lineno);
    out->col_offset = out->end_col_offset = -1;
    out->level = t->level;
}

/* Compute the indentation of a new line and queue INDENT/DEDENT tokens.
 * Returns false on an indentation error. */
static bool read_indentation(cp_tokenizer *t, bool *blankline)
{
    int col = 0, altcol = 0, cont_line_col = 0;
    for (;;) {
        int c = peek(t, 0);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (c == '\014') { col = altcol = 0; }
        else if (c == '\\') {
            /* a backslash continuation inside the indentation: the first one
             * fixes the indentation of what follows (CPython 3.11) */
            cont_line_col = cont_line_col ? cont_line_col : col;
            t->pos++;
            int c2 = nextc(t);
            if (c2 != '\n') {
                cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX,
                                 cr_span_cstr("unexpected character after line continuation character"),
                                 lineno_out(t, t->lineno), (long)(t->pos - t->line_start), lineno_out(t, t->lineno), 0);
                t->errcode = CP_TOKERR_OTHER;
                return false;
            }
            if (peek(t, 0) == EOFC) {
                cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX, cr_span_cstr("unexpected EOF while parsing"),
                                 lineno_out(t, t->lineno - 1), (long)(t->pos - t->prev_line_start),
                                 lineno_out(t, t->lineno - 1), -1);
                t->errcode = CP_TOKERR_OTHER;
                return false;
            }
            continue;
        }
        else break;
        t->pos++;
    }
    int c = peek(t, 0);
    *blankline = (c == '#' || c == '\n');
    if (*blankline || t->level != 0) return true;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) goto tabspace;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= CP_TOK_MAXINDENT) {
            tok_error_peg(t, CP_ERR_INDENTATION, "too many levels of indentation", 1, 0);
            return false;
        }
        if (altcol <= t->altindstack[t->indent]) goto tabspace;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            int64_t nl = cr_span_find_byte(t->src, '\n', t->pos);
            size_t eol = nl < 0 ? t->src.len : (size_t)nl + 1;
            tok_error_peg(t, CP_ERR_INDENTATION, "unindent does not match any outer indentation level",
                          (long)(eol - t->line_start), -1);
            return false;
        }
        if (altcol != t->altindstack[t->indent]) goto tabspace;
    }
    return true;
tabspace:
    tok_error_peg(t, CP_ERR_TAB, "inconsistent use of tabs and spaces in indentation", 1, 0);
    return false;
}

void cp_tok_next(cp_tokenizer *t, cp_token *out)
{
    cp_token zero = {0};
    *out = zero;
    if (t->errcode != CP_TOKERR_NONE) {
        error_token(t, out);
        return;
    }
    bool blankline = false;
nextline:
    blankline = false;
    if (t->atbol) {
        t->atbol = false;
        if (!read_indentation(t, &blankline)) {
            error_token(t, out);
            return;
        }
    }
    if (t->pendin != 0) {
        out->type = t->pendin < 0 ? CP_TOK_DEDENT : CP_TOK_INDENT;
        if (t->pendin < 0) t->pendin++;
        else t->pendin--;
        /* CPython gives these tokens no columns (-1); errors at them use the
         * current position, which we keep in end_col_offset's place. */
        out->start = out->end = t->pos;
        out->lineno = out->end_lineno = lineno_out(t, t->lineno);
        out->col_offset = -1;
        out->end_col_offset = (int)(t->pos - t->line_start);
        out->level = t->level;
        return;
    }
again:;
    for (int s = peek(t, 0); s == ' ' || s == '\t' || s == '\014'; s = peek(t, 0)) t->pos++;
    size_t start = t->pos;
    int lineno = t->lineno;
    size_t line_start = t->line_start;
    int c = nextc(t);
    if (c == '#') {
        /* a NEWLINE after a comment starts at the '#', as in CPython */
        for (int s = peek(t, 0); s != EOFC && s != '\n'; s = peek(t, 0)) t->pos++;
        c = nextc(t);
    }
    if (c == EOFC) {
        out->start = out->end = t->pos;
        out->lineno = out->end_lineno = lineno_out(t, t->lineno);
        /* CPython: no columns; errors at ENDMARKER use cur - line_start */
        out->col_offset = -1;
        out->end_col_offset = (int)(t->pos - t->line_start);
        if (t->lineno > 1 && t->pos == t->line_start && t->pos > 0) {
            /* the last line ended with '\n': CPython's tokenizer is still on it */
            cr_span prev = line_text(t->src, t->lineno - 1);
            out->lineno = out->end_lineno = lineno_out(t, t->lineno - 1);
            out->end_col_offset = (int)prev.len;
        }
        if (t->level > 0) {
            int i = t->level - 1;
            cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX,
                             cp_fmt("'%c' was never closed", t->parenstack[i]),
                             lineno_out(t, t->parenlineno[i]), t->parencol[i] + 1,
                             lineno_out(t, t->parenlineno[i]), 0);
            t->errcode = CP_TOKERR_EOF_IN_PARENS;
            out->type = CP_TOK_ERROR;
            return;
        }
        if (t->cont_line) {
            cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX, cr_span_cstr("unexpected EOF while parsing"),
                             out->lineno, out->end_col_offset, out->lineno, -1);
            t->errcode = CP_TOKERR_OTHER;
            out->type = CP_TOK_ERROR;
            return;
        }
        out->type = CP_TOK_ENDMARKER;
        t->done = true;
        return;
    }
    if (potential_id_start(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
            else break;
            c = nextc(t);
            if (c == '"' || c == '\'') {
                if (!read_string(t, c, start, lineno, line_start)) {
                    error_token(t, out);
                    return;
                }
                out->type = CP_TOK_STRING;
                set_pos(t, out, start, lineno, line_start);
                return;
            }
        }
        bool nonascii = false;
        while (potential_id_char(c)) {
            if (c >= 128) nonascii = true;
            c = nextc(t);
        }
        backup(t, c);
        if (nonascii && !verify_identifier(t, start)) {
            error_token(t, out);
            return;
        }
        out->type = CP_TOK_NAME;
        set_pos(t, out, start, lineno, line_start);
        out->kw = cp_keyword_of(cr_span_sub(t->src, start, t->pos - start));
        return;
    }
    if (c == '\n') {
        t->atbol = true;
        if (blankline || t->level > 0) goto nextline;
        out->type = CP_TOK_NEWLINE;
        out->start = start;
        out->end = t->pos - 1;
        out->lineno = out->end_lineno = lineno_out(t, lineno);
        out->col_offset = (int)(start - line_start) + (lineno == 1 ? t->col_shift : 0);
        out->end_col_offset = (int)(t->pos - 1 - line_start) + (lineno == 1 ? t->col_shift : 0);
        out->level = t->level;
        t->cont_line = false;
        return;
    }
    if (c == '.') {
        int c2 = peek(t, 0);
        if (is_digit(c2)) {
            nextc(t);
            /* a fraction: reuse the number reader from the digit */
            int d = decimal_tail(t);
            if (d == -2) { error_token(t, out); return; }
            bool ok = true;
            if (d == 'e' || d == 'E') {
                int e = d;
                d = nextc(t);
                if (d == '+' || d == '-') {
                    d = nextc(t);
                    if (!is_digit(d)) {
                        backup(t, d);
                        tok_error(t, cr_span_cstr("invalid decimal literal"));
                        error_token(t, out);
                        return;
                    }
                    d = decimal_tail(t);
                } else if (!is_digit(d)) {
                    backup(t, d);
                    ok = verify_end_of_number(t, e, "decimal");
                    if (ok) {
                        backup(t, e);
                        out->type = CP_TOK_NUMBER;
                        set_pos(t, out, start, lineno, line_start);
                        return;
                    }
                } else {
                    d = decimal_tail(t);
                }
                if (d == -2) { error_token(t, out); return; }
            }
            if (ok) {
                if (d == 'j' || d == 'J') {
                    d = nextc(t);
                    ok = verify_end_of_number(t, d, "imaginary");
                } else {
                    ok = verify_end_of_number(t, d, "decimal");
                }
            }
            if (!ok) { error_token(t, out); return; }
            backup(t, d);
            out->type = CP_TOK_NUMBER;
            set_pos(t, out, start, lineno, line_start);
            return;
        }
        if (c2 == '.' && peek(t, 1) == '.') {
            nextc(t);
            nextc(t);
            out->type = CP_TOK_ELLIPSIS;
            set_pos(t, out, start, lineno, line_start);
            return;
        }
        out->type = CP_TOK_DOT;
        set_pos(t, out, start, lineno, line_start);
        return;
    }
    if (is_digit(c)) {
        if (!read_number(t, c, start)) {
            error_token(t, out);
            return;
        }
        out->type = CP_TOK_NUMBER;
        set_pos(t, out, start, lineno, line_start);
        return;
    }
    if (c == '\'' || c == '"') {
        if (!read_string(t, c, start, lineno, line_start)) {
            error_token(t, out);
            return;
        }
        out->type = CP_TOK_STRING;
        set_pos(t, out, start, lineno, line_start);
        return;
    }
    if (c == '\\') {
        c = nextc(t);
        if (c != '\n') {
            /* CPython: cur - buf, where buf is the start of the current line */
            long col = (long)(t->pos - t->line_start);
            cp_error_set_peg(t->err, t->err_src, CP_ERR_SYNTAX,
                             cr_span_cstr("unexpected character after line continuation character"),
                             lineno_out(t, t->lineno), col, lineno_out(t, t->lineno), 0);
            t->errcode = CP_TOKERR_OTHER;
            error_token(t, out);
            return;
        }
        t->cont_line = true;
        goto again;
    }
    /* two- and three-character operators */
    {
        int c2 = peek(t, 0);
        cp_tok_type tt = two_chars(c, c2);
        if (tt != CP_TOK_OP) {
            nextc(t);
            cp_tok_type t3 = three_chars(c, c2, peek(t, 0));
            if (t3 != CP_TOK_OP) {
                tt = t3;
                nextc(t);
            }
            out->type = tt;
            set_pos(t, out, start, lineno, line_start);
            return;
        }
    }
    switch (c) {
    case '(': case '[': case '{':
        if (t->level >= CP_TOK_MAXLEVEL) {
            tok_error(t, cr_span_cstr("too many nested parentheses"));
            error_token(t, out);
            return;
        }
        t->parenstack[t->level] = (uint8_t)c;
        t->parenlineno[t->level] = t->lineno;
        t->parencol[t->level] = (int)(start - t->line_start) + (t->lineno == 1 ? t->col_shift : 0);
        t->level++;
        break;
    case ')': case ']': case '}': {
        if (t->level == 0) {
            tok_error(t, cp_fmt("unmatched '%c'", c));
            error_token(t, out);
            return;
        }
        t->level--;
        int opening = t->parenstack[t->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
            if (t->parenlineno[t->level] != t->lineno)
                tok_error(t, cp_fmt("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                    c, opening, lineno_out(t, t->parenlineno[t->level])));
            else
                tok_error(t, cp_fmt("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening));
            error_token(t, out);
            return;
        }
        break;
    }
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
        tok_error(t, cp_fmt("invalid non-printable character U+%X", (uint32_t)c));
        error_token(t, out);
        return;
    }
    out->type = one_char(c);
    set_pos(t, out, start, lineno, line_start);
}
