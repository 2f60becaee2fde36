/* The format-spec mini-language (see fmtspec.h).  The structure follows
 * CPython's formatter_unicode.c so that every corner (zero padding through
 * the grouping code, '=' alignment, the order of the checks and their
 * messages) comes out the same.
 */
#include "vm/fmtspec.h"

#include "core/dtoa.h"
#include "vm/float.h"
#include "vm/str.h"
#include "vm/unicode_db.h"

#define NO_CP 0xffffffffu
/* A width larger than the whole heap cannot be allocated anyway: fail
 * early with MemoryError instead of looping over the padding or the
 * digit groups. */
static int64_t max_width(void)
{
    size_t cap = cr_mem_get_stats().heap_cap;
    return cap > ((size_t)1 << 40) ? (int64_t)1 << 40 : (int64_t)cap;
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* ------------------------------------------------------------------ */
/* parsing                                                             */

typedef struct {
    cr_span s;
    size_t pos; /* byte offset */
} reader;

static bool rd_more(const reader *r) { return r->pos < r->s.len; }

/* The code point k (0 or 1) positions ahead, or NO_CP. */
static uint32_t rd_peek(const reader *r, int k)
{
    size_t p = r->pos;
    uint32_t c = NO_CP;
    for (int i = 0; i <= k; i++) {
        if (p >= r->s.len) return NO_CP;
        c = cr_utf8_next(r->s, &p);
    }
    return c;
}

static void rd_skip(reader *r)
{
    if (r->pos < r->s.len) (void)cr_utf8_next(r->s, &r->pos);
}

/* Code points left. */
static size_t rd_left(const reader *r) { return cr_utf8_count(cr_span_from(r->s, r->pos)); }

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* get_integer: consumes decimal digits (any Unicode decimal); -1 on overflow
 * with ValueError set, else the number of digits read. */
static int64_t get_integer(reader *r, int64_t *result)
{
    int64_t acc = 0, n = 0;
    while (rd_more(r)) {
        int d = vm_ucd_decimal(rd_peek(r, 0));
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            vm_err_str(&vm_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        rd_skip(r);
        n++;
    }
    *result = acc;
    return n;
}

static Val unknown_type(uint32_t type, Val obj)
{
    if (type > 32 && type < 128)
        return vm_err_fmt(&vm_exc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                          (int)type, vm_tname(obj));
    return vm_err_fmt(&vm_exc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                      (unsigned)type, vm_tname(obj));
}

static void invalid_sep_type(int sep, uint32_t type)
{
    if (type > 32 && type < 128)
        vm_err_fmt(&vm_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    else
        vm_err_fmt(&vm_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
}

static bool both_seps(void)
{
    vm_err_str(&vm_exc_ValueError, "Cannot specify both ',' and '_'.");
    return false;
}

bool vm_fmtspec_parse(Val spec, Val obj, uint32_t default_type, uint32_t default_align,
                      vm_fmtspec *f)
{
    reader r = {vm_str_span(spec), 0};
    bool align_given = false, fill_given = false;
    int64_t n;

    f->fill = ' ';
    f->align = default_align;
    f->alternate = false;
    f->no_neg_0 = false;
    f->sign = 0;
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = default_type;

    if (is_align(rd_peek(&r, 1))) {
        f->fill = rd_peek(&r, 0);
        f->align = rd_peek(&r, 1);
        fill_given = align_given = true;
        rd_skip(&r);
        rd_skip(&r);
    } else if (is_align(rd_peek(&r, 0))) {
        f->align = rd_peek(&r, 0);
        align_given = true;
        rd_skip(&r);
    }
    uint32_t c = rd_peek(&r, 0);
    if (c == ' ' || c == '+' || c == '-') {
        f->sign = c;
        rd_skip(&r);
    }
    if (rd_peek(&r, 0) == 'z') {
        f->no_neg_0 = true;
        rd_skip(&r);
    }
    if (rd_peek(&r, 0) == '#') {
        f->alternate = true;
        rd_skip(&r);
    }
    if (!fill_given && rd_peek(&r, 0) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        rd_skip(&r);
    }
    n = get_integer(&r, &f->width);
    if (n < 0) return false;
    if (n == 0) f->width = -1;
    if (rd_peek(&r, 0) == ',') {
        f->thousands = ',';
        rd_skip(&r);
    }
    if (rd_peek(&r, 0) == '_') {
        if (f->thousands != 0) return both_seps();
        f->thousands = '_';
        rd_skip(&r);
    }
    if (rd_peek(&r, 0) == ',' && f->thousands == '_') return both_seps();
    if (rd_peek(&r, 0) == '.') {
        rd_skip(&r);
        n = get_integer(&r, &f->precision);
        if (n < 0) return false;
        if (n == 0) {
            vm_err_str(&vm_exc_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (rd_left(&r) > 1) {
        vm_err_fmt(&vm_exc_ValueError, "Invalid format specifier '%U' for object of type '%.200s'", spec,
                   vm_tname(obj));
        return false;
    }
    if (rd_more(&r)) {
        f->type = rd_peek(&r, 0);
        rd_skip(&r);
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->thousands = VM_FMT_UNDER4;
                break;
            }
            /* fall through */
        default:
            invalid_sep_type(f->thousands, f->type);
            return false;
        }
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* output helpers                                                      */

static bool put_fill(cr_buf *b, uint32_t fill, int64_t n)
{
    if (n <= 0) return true;
    if (n > max_width()) {
        b->failed = true;
        return false;
    }
    if (fill < 0x80) return cr_buf_repeat(b, (uint8_t)fill, (size_t)n);
    if (!cr_buf_reserve(b, (size_t)n * 4)) return false;
    for (int64_t i = 0; i < n; i++)
        if (!vm_sb_cp(b, fill)) return false;
    return true;
}

static Val finish(cr_buf *b)
{
    if (b->failed) return vm_err_nomem();
    return vm_str_from_buf(b);
}

static uint8_t upper_ascii(uint8_t c) { return (c >= 'a' && c <= 'z') ? (uint8_t)(c - 32) : c; }

/* ------------------------------------------------------------------ */
/* numbers: calc_number_widths / fill_number                            */

typedef struct {
    int group;  /* digits per group, 0 for none */
    uint8_t sep; /* the separator */
} grouping;

static grouping grouping_of(int thousands)
{
    grouping g = {0, 0};
    if (thousands == ',' || thousands == '_') {
        g.group = 3;
        g.sep = (uint8_t)thousands;
    } else if (thousands == VM_FMT_UNDER4) {
        g.group = 4;
        g.sep = '_';
    }
    return g;
}

/* Write one chunk (right to left): separator, n_chars digits, n_zeros zeros. */
static void group_emit(cr_buf *out, size_t base, int64_t *bpos, cr_span digits, int64_t *dpos,
                       int64_t n_chars, int64_t n_zeros, bool sep, uint8_t sepc)
{
    if (sep) {
        *bpos -= 1;
        cr_buf_set(out, base + (size_t)*bpos, sepc);
    }
    *bpos -= n_chars;
    *dpos -= n_chars;
    for (int64_t i = 0; i < n_chars; i++)
        cr_buf_set(out, base + (size_t)(*bpos + i), cr_span_at(digits, (size_t)(*dpos + i)));
    for (int64_t i = 0; i < n_zeros; i++) {
        *bpos -= 1;
        cr_buf_set(out, base + (size_t)*bpos, '0');
    }
}

/* _PyUnicode_InsertThousandsGrouping: the width of digits[0:n_digits]
 * grouped and zero-padded to min_width; when out is not NULL the result is
 * written to out[base : base + n_buffer]. */
static int64_t group_digits(cr_buf *out, size_t base, int64_t n_buffer, cr_span digits, int64_t n_digits,
                            int64_t min_width, grouping g)
{
    int64_t count = 0, remaining = n_digits, bpos = n_buffer, dpos = n_digits, len, n_zeros, n_chars;
    bool use_sep = false, broken = false;
    min_width = max64(0, min_width);
    if (g.group > 0) {
        for (;;) {
            if (out == NULL && remaining <= 0 && use_sep && min_width > 3 * g.group + 2) {
                /* only zero groups are left: count all but the last few at
                 * once (each is a separator and g.group zeros) */
                int64_t steps = (min_width - g.group) / (g.group + 1) - 1;
                count += steps * (g.group + 1);
                min_width -= steps * (g.group + 1);
            }
            len = min64(g.group, max64(max64(remaining, min_width), 1));
            n_zeros = max64(0, len - remaining);
            n_chars = max64(0, min64(remaining, len));
            count += (use_sep ? 1 : 0) + n_zeros + n_chars;
            if (out) group_emit(out, base, &bpos, digits, &dpos, n_chars, n_zeros, use_sep, g.sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        len = max64(max64(remaining, min_width), 1);
        n_zeros = max64(0, len - remaining);
        n_chars = max64(0, min64(remaining, len));
        count += (use_sep ? 1 : 0) + n_zeros + n_chars;
        if (out) group_emit(out, base, &bpos, digits, &dpos, n_chars, n_zeros, use_sep, g.sep);
    }
    return count;
}

/* A number laid out as [sign][prefix][digits][.][remainder]. */
typedef struct {
    uint32_t sign_char; /* '-' or 0: the number's own sign */
    cr_span prefix;     /* "0x" etc. (ASCII) */
    cr_span digits;     /* ASCII digits */
    bool has_decimal;
    cr_span remainder;  /* UTF-8 (for 'c' it may be any character) */
    bool upper;         /* 'X': upper-case prefix and digits */
} number;

/* parse_number: split text (no sign) into digits, '.', remainder. */
static void split_number(cr_span text, number *n)
{
    size_t i = 0;
    while (i < text.len && cr_span_at(text, i) >= '0' && cr_span_at(text, i) <= '9') i++;
    n->digits = cr_span_sub(text, 0, i);
    n->has_decimal = i < text.len && cr_span_at(text, i) == '.';
    if (n->has_decimal) i++;
    n->remainder = cr_span_from(text, i);
}

/* calc_number_widths + fill_number, appended to b. */
static bool write_number(cr_buf *b, const number *n, const vm_fmtspec *f, grouping g)
{
    int64_t n_sign = 0, n_lpad = 0, n_spad = 0, n_rpad = 0, n_min_width, n_grouped, n_padding;
    uint8_t sign = 0;
    int64_t n_prefix = (int64_t)n->prefix.len;
    int64_t n_digits = (int64_t)n->digits.len;
    int64_t n_decimal = n->has_decimal ? 1 : 0;
    int64_t n_remainder = (int64_t)cr_utf8_count(n->remainder);

    if (f->sign == '+') {
        n_sign = 1;
        sign = n->sign_char == '-' ? '-' : '+';
    } else if (f->sign == ' ') {
        n_sign = 1;
        sign = n->sign_char == '-' ? '-' : ' ';
    } else if (n->sign_char == '-') {
        n_sign = 1;
        sign = '-';
    }
    int64_t n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    if (f->width > max_width()) {
        b->failed = true;
        return false;
    }
    n_min_width = (f->fill == '0' && f->align == '=') ? f->width - n_non_digit : 0;
    n_grouped = n_digits == 0 ? 0 : group_digits(NULL, 0, 0, n->digits, n_digits, n_min_width, g);
    n_padding = f->width - (n_non_digit + n_grouped);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': n_rpad = n_padding; break;
        case '^':
            n_lpad = n_padding / 2;
            n_rpad = n_padding - n_lpad;
            break;
        case '=': n_spad = n_padding; break;
        default: n_lpad = n_padding; break;
        }
    }
    if (!put_fill(b, f->fill, n_lpad)) return false;
    if (n_sign) cr_buf_byte(b, sign);
    for (size_t i = 0; i < n->prefix.len; i++) {
        uint8_t c = cr_span_at(n->prefix, i);
        cr_buf_byte(b, n->upper ? upper_ascii(c) : c);
    }
    if (!put_fill(b, f->fill, n_spad)) return false;
    if (n_digits != 0) {
        size_t base = b->len;
        if (!cr_buf_repeat(b, '0', (size_t)n_grouped)) return false;
        group_digits(b, base, n_grouped, n->digits, n_digits, n_min_width, g);
        if (n->upper)
            for (size_t i = base; i < b->len; i++) cr_buf_set(b, i, upper_ascii(cr_buf_get(b, i)));
    }
    if (n->has_decimal) cr_buf_byte(b, '.');
    cr_buf_append(b, n->remainder);
    if (!put_fill(b, f->fill, n_rpad)) return false;
    return !b->failed;
}

/* ------------------------------------------------------------------ */
/* doubles to text                                                     */

bool vm_double_to_buf(cr_buf *b, double d, char code, int64_t precision, unsigned flags)
{
    char small[64];
    int kind;
    size_t n = cr_double_to_string(d, code, precision, flags, small, sizeof small, &kind);
    if (n <= sizeof small) return cr_buf_append(b, cr_span_make(small, n));
    /* too long for the stack: a scratch buffer of the announced size */
    cr_buf tmp;
    cr_buf_init(&tmp);
    if (!cr_buf_repeat(&tmp, 0, n)) return false;
    size_t m = cr_double_to_string(d, code, precision, flags, (char *)tmp.ptr, tmp.len, &kind);
    return cr_buf_append(b, cr_span_make(tmp.ptr, m < tmp.len ? m : tmp.len));
}

Val vm_double_to_str(double d, char code, int64_t precision, unsigned flags)
{
    cr_buf b;
    cr_buf_init(&b);
    if (!vm_double_to_buf(&b, d, code, precision, flags)) return vm_err_nomem();
    return finish(&b);
}

/* ------------------------------------------------------------------ */
/* float                                                               */

/* The text of a float for format type f->type (without padding);
 * false with an exception set. */
static bool float_text(cr_buf *b, double val, const vm_fmtspec *f, uint32_t *type_out)
{
    uint32_t type = f->type;
    int64_t precision = f->precision, default_precision = 6;
    unsigned flags = 0;
    bool add_pct = false;
    if (precision > 0x7fffffff) {
        vm_err_str(&vm_exc_ValueError, "precision too big");
        return false;
    }
    if (f->alternate) flags |= CR_DTSF_ALT;
    if (f->no_neg_0) flags |= CR_DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= CR_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (!vm_double_to_buf(b, val, (char)type, precision, flags) || (add_pct && !cr_buf_byte(b, '%'))) {
        vm_err_nomem();
        return false;
    }
    *type_out = type;
    return true;
}

/* Split a formatted real into sign and the rest. */
static void number_from_text(cr_span text, number *n)
{
    n->sign_char = 0;
    n->prefix = cr_span_make("", 0);
    n->upper = false;
    if (text.len > 0 && cr_span_at(text, 0) == '-') {
        n->sign_char = '-';
        text = cr_span_from(text, 1);
    }
    split_number(text, n);
}

static Val format_float_internal(double val, const vm_fmtspec *f)
{
    cr_buf text, out;
    uint32_t type;
    number n;
    cr_buf_init(&text);
    cr_buf_init(&out);
    if (!float_text(&text, val, f, &type)) return NULL;
    number_from_text(cr_buf_span(&text), &n);
    if (!write_number(&out, &n, f, grouping_of(f->type == 'n' ? 0 : f->thousands))) return vm_err_nomem();
    return finish(&out);
}

static Val format_float_spec(double d, Val obj, Val spec)
{
    vm_fmtspec f;
    if (vm_str_len(spec) == 0) return vm_str(obj);
    if (!vm_fmtspec_parse(spec, obj, 0, '>', &f)) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_internal(d, &f);
    default:
        return unknown_type(f.type, obj);
    }
}

Val vm_format_float_obj(Val v, Val spec) { return format_float_spec(vm_float_value(v), v, spec); }

Val vm_format_float(double d, Val spec)
{
    Val v = vm_float_new(d);
    if (v == NULL) return NULL;
    return format_float_spec(d, v, spec);
}

/* ------------------------------------------------------------------ */
/* int                                                                 */

static Val format_long_internal(Val v, const vm_fmtspec *f)
{
    cr_buf out;
    number n;
    Val digits = NULL;
    char cbuf[4];
    const char *prefix = "";
    cr_buf_init(&out);
    n.sign_char = 0;
    n.upper = false;
    n.has_decimal = false;
    if (f->precision != -1)
        return vm_err_str(&vm_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return vm_err_str(&vm_exc_ValueError,
                          "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        int64_t x;
        if (f->sign != 0)
            return vm_err_str(&vm_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return vm_err_str(&vm_exc_ValueError,
                              "Alternate form (#) not allowed with integer format specifier 'c'");
        if (vm_int_as_i64(v, &x) < 0) return NULL;
        if (x < 0 || x > 0x10ffff)
            return vm_err_str(&vm_exc_OverflowError, "%c arg not in range(0x110000)");
        /* the character is a "remainder": copied, never grouped */
        cr_buf cb;
        cr_buf_init(&cb);
        if (!vm_sb_cp(&cb, (uint32_t)x)) return vm_err_nomem();
        size_t k;
        for (k = 0; k < cb.len && k < sizeof cbuf; k++) cbuf[k] = (char)cr_buf_get(&cb, k);
        n.prefix = cr_span_make("", 0);
        n.digits = cr_span_make("", 0);
        n.remainder = cr_span_make(cbuf, k);
    } else {
        int base = 10;
        switch (f->type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0x"; n.upper = true; break;
        default: break;
        }
        digits = vm_int_to_str(v, base);
        if (digits == NULL) return NULL;
        cr_span ds = vm_str_span(digits);
        if (ds.len > 0 && cr_span_at(ds, 0) == '-') {
            n.sign_char = '-';
            ds = cr_span_from(ds, 1);
        }
        n.prefix = f->alternate ? cr_span_cstr(prefix) : cr_span_make("", 0);
        n.digits = ds;
        n.remainder = cr_span_make("", 0);
    }
    if (!write_number(&out, &n, f, grouping_of(f->type == 'n' ? 0 : f->thousands))) return vm_err_nomem();
    return finish(&out);
}

Val vm_format_int(Val v, Val spec)
{
    vm_fmtspec f;
    if (vm_str_len(spec) == 0) return vm_str(v);
    if (!vm_fmtspec_parse(spec, v, 'd', '>', &f)) return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_internal(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (vm_int_as_double(v, &d) < 0) return NULL;
        return format_float_internal(d, &f);
    }
    default:
        return unknown_type(f.type, v);
    }
}

/* ------------------------------------------------------------------ */
/* str                                                                 */

/* calc_padding */
static void calc_padding(int64_t nchars, int64_t width, uint32_t align, int64_t *lpad, int64_t *rpad)
{
    int64_t total = (width >= 0 && width > nchars) ? width : nchars;
    if (align == '>')
        *lpad = total - nchars;
    else if (align == '^')
        *lpad = (total - nchars) / 2;
    else
        *lpad = 0;
    *rpad = total - nchars - *lpad;
}

static Val pad_span(cr_span text, int64_t nchars, int64_t width, uint32_t align, uint32_t fill)
{
    int64_t lpad, rpad;
    cr_buf b;
    cr_buf_init(&b);
    calc_padding(nchars, width, align, &lpad, &rpad);
    if (!put_fill(&b, fill, lpad) || !cr_buf_append(&b, text) || !put_fill(&b, fill, rpad))
        return vm_err_nomem();
    return finish(&b);
}

Val vm_format_pad(Val s, int64_t width, uint32_t align, uint32_t fill)
{
    int64_t len = (int64_t)vm_str_len(s);
    if (width <= len) return s;
    return pad_span(vm_str_span(s), len, width, align, fill);
}

Val vm_format_str(Val s, Val spec)
{
    vm_fmtspec f;
    if (vm_str_len(spec) == 0) return vm_is_type(s, &vm_type_str) ? s : vm_str(s);
    if (!vm_fmtspec_parse(spec, s, 's', '<', &f)) return NULL;
    if (f.type != 's') return unknown_type(f.type, s);
    if (f.sign == ' ') return vm_err_str(&vm_exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign != 0) return vm_err_str(&vm_exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return vm_err_str(&vm_exc_ValueError,
                          "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return vm_err_str(&vm_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return vm_err_str(&vm_exc_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = (int64_t)vm_str_len(s);
    cr_span text = vm_str_span(s);
    /* nothing to do: CPython's writer hands back the object itself, even
     * an instance of a str subclass */
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return s;
    if (f.precision >= 0 && len >= f.precision) {
        text = cr_span_sub(text, 0, cr_utf8_offset(text, (size_t)f.precision));
        len = f.precision;
    }
    return pad_span(text, len, f.width, f.align, f.fill);
}

/* ------------------------------------------------------------------ */
/* complex                                                             */

static bool is_positive_zero(double d) { return d == 0.0 && (cr_double_bits(d) >> 63) == 0; }


static Val format_complex_internal(double re, double im, const vm_fmtspec *f)
{
    vm_fmtspec tmp = *f;
    cr_buf re_text, im_text, re_out, im_out, out;
    uint32_t type = f->type, t2;
    bool skip_re = false, add_parens = false;
    number rn, in;
    int64_t lpad, rpad;

    if (f->precision > 0x7fffffff) return vm_err_str(&vm_exc_ValueError, "precision too big");
    if (f->fill == '0')
        return vm_err_str(&vm_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return vm_err_str(&vm_exc_ValueError,
                          "'=' alignment flag is not allowed in complex format specifier");
    if (type == 0) {
        /* like str(self): no ".0", the real part omitted when it is +0.0 */
        if (is_positive_zero(re))
            skip_re = true;
        else
            add_parens = true;
    }
    /* float_text adds ".0" for a missing type; complex does not */
    tmp.type = type == 0 ? 'r' : type;
    if (type == 0 && f->precision >= 0) tmp.type = 'g';
    cr_buf_init(&re_text);
    cr_buf_init(&im_text);
    if (!float_text(&re_text, re, &tmp, &t2) || !float_text(&im_text, im, &tmp, &t2)) return NULL;
    number_from_text(cr_buf_span(&re_text), &rn);
    number_from_text(cr_buf_span(&im_text), &in);

    /* no padding for the parts: it is applied to the whole afterwards */
    tmp = *f;
    tmp.fill = 0;
    tmp.align = '<';
    tmp.width = -1;
    grouping g = grouping_of(f->type == 'n' ? 0 : f->thousands);
    cr_buf_init(&re_out);
    cr_buf_init(&im_out);
    if (!skip_re && !write_number(&re_out, &rn, &tmp, g)) return vm_err_nomem();
    if (!skip_re) tmp.sign = '+';
    if (!write_number(&im_out, &in, &tmp, g)) return vm_err_nomem();

    int64_t nchars = (int64_t)(cr_utf8_count(cr_buf_span(&re_out)) + cr_utf8_count(cr_buf_span(&im_out))) + 1 +
                     (add_parens ? 2 : 0);
    calc_padding(nchars, f->width, f->align, &lpad, &rpad);
    cr_buf_init(&out);
    if (!put_fill(&out, f->fill, lpad)) return vm_err_nomem();
    if (add_parens) cr_buf_byte(&out, '(');
    cr_buf_append(&out, cr_buf_span(&re_out));
    cr_buf_append(&out, cr_buf_span(&im_out));
    cr_buf_byte(&out, 'j');
    if (add_parens) cr_buf_byte(&out, ')');
    if (!put_fill(&out, f->fill, rpad)) return vm_err_nomem();
    return finish(&out);
}

Val vm_format_complex(Val v, Val spec)
{
    vm_fmtspec f;
    double re, im;
    if (vm_str_len(spec) == 0) return vm_str(v);
    if (!vm_fmtspec_parse(spec, v, 0, '>', &f)) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        if (!vm_complex_parts(v, &re, &im)) return NULL;
        return format_complex_internal(re, im, &f);
    default:
        return unknown_type(f.type, v);
    }
}
