/* String formatting: printf-style `format % args` (CPython's
 * PyUnicode_Format) and str.format / str.format_map (CPython's
 * Objects/stringlib/unicode_format.h). */
#include "vm/str.h"

#include "core/dtoa.h"
#include "vm/fmtspec.h"

/* ---------------------------------------------------------------------- */
/* printf-style formatting                                                 */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    Val args;       /* the current argument source */
    int64_t arglen; /* -1: a single object (not a tuple) */
    int64_t argidx;
    Val dict;       /* the mapping for %(key)s, or NULL */
    cr_span fmt;
    size_t pos;     /* byte offset in fmt */
    Val fmtstr;
    bool bytes;     /* bytes % args: byte-oriented, %s takes bytes-like values */
} pf_ctx;

static Val pf_nextarg(pf_ctx *c)
{
    int64_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) return c->args;
        return vm_tuple_get(c->args, (size_t)i);
    }
    return vm_err_str(&vm_exc_TypeError, "not enough arguments for format string");
}

static bool is_number_like(Val v)
{
    if (vm_is_int(v) || vm_is_float(v) || vm_isinstance_t(v, &vm_type_complex)) return true;
    const vm_numberslots *n = vm_typeof(v)->num;
    return n && (n->index || n->to_int || n->to_float);
}

/* Emit text (a complete number or string, maybe with a leading sign) with
 * width and flags; prefix_len bytes after the sign are an alternate-form
 * prefix ("0x") that zero padding goes after. */
static bool pf_output(cr_buf *b, cr_span text, size_t ncp, int flags, int64_t width, bool numeric,
                      size_t prefix_len)
{
    size_t sign_len = 0;
    cr_span body = text;
    uint8_t signch = 0;
    if (numeric) {
        if (text.len > 0 && (cr_span_at(text, 0) == '-' || cr_span_at(text, 0) == '+')) {
            signch = cr_span_at(text, 0);
            body = cr_span_from(text, 1);
            ncp--;
        } else if (flags & F_SIGN) {
            signch = '+';
        } else if (flags & F_BLANK) {
            signch = ' ';
        }
        sign_len = signch ? 1 : 0;
    }
    size_t total = ncp + sign_len;
    size_t pad = width > 0 && (uint64_t)width > total ? (size_t)width - total : 0;
    bool zero = numeric && (flags & F_ZERO) && !(flags & F_LJUST);
    if (pad && !(flags & F_LJUST) && !zero && !cr_buf_repeat(b, ' ', pad)) return false;
    if (signch) cr_buf_byte(b, signch);
    if (zero) {
        cr_buf_append(b, cr_span_sub(body, 0, prefix_len));
        if (!cr_buf_repeat(b, '0', pad)) return false;
        body = cr_span_from(body, prefix_len);
    }
    cr_buf_append(b, body);
    if (pad && (flags & F_LJUST) && !cr_buf_repeat(b, ' ', pad)) return false;
    return !b->failed;
}

static size_t span_cps(cr_span s) { return vm_utf8_count_range(s, 0, s.len); }

static bool pf_int(cr_buf *b, Val v, uint8_t type, int flags, int64_t width, int64_t prec)
{
    Val iv = v;
    bool wrong = !is_number_like(v);
    if (!wrong && !vm_is_int(v)) {
        iv = (type == 'o' || type == 'x' || type == 'X') ? vm_index(v) : vm_number_int(v);
        if (!iv) {
            if (!vm_err_matches(&vm_exc_TypeError)) return false;
            vm_err_clear();
            wrong = true;
        }
    }
    if (wrong) {
        vm_err_fmt(&vm_exc_TypeError,
                   type == 'o' || type == 'x' || type == 'X' ? "%%%c format: an integer is required, not %.200s"
                                                           : "%%%c format: a real number is required, not %.200s",
                   type, vm_tname(v));
        return false;
    }
    Val digits = vm_int_to_str(iv, type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10);
    if (!digits) return false;
    cr_span ds = vm_str_span(digits);
    bool neg = ds.len > 0 && cr_span_at(ds, 0) == '-';
    if (neg) ds = cr_span_from(ds, 1);
    cr_buf t;
    cr_buf_init(&t);
    if (neg) cr_buf_byte(&t, '-');
    size_t prefix = 0;
    if ((flags & F_ALT) && (type == 'o' || type == 'x' || type == 'X')) {
        cr_buf_byte(&t, '0');
        cr_buf_byte(&t, type == 'o' ? 'o' : type);
        prefix = 2;
    }
    if (prec > 0 && (uint64_t)prec > ds.len && !cr_buf_repeat(&t, '0', (size_t)prec - ds.len)) {
        vm_err_nomem();
        return false;
    }
    for (size_t i = 0; i < ds.len; i++) {
        uint8_t c = cr_span_at(ds, i);
        cr_buf_byte(&t, type == 'X' && c >= 'a' && c <= 'f' ? (uint8_t)(c - 32) : c);
    }
    if (t.failed) {
        vm_err_nomem();
        return false;
    }
    if (!pf_output(b, cr_buf_span(&t), t.len, flags, width, true, prefix)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static bool pf_float(cr_buf *b, Val v, uint8_t type, int flags, int64_t width, int64_t prec)
{
    double d;
    if (vm_as_double(v, &d) < 0) return false;
    if (prec < 0) prec = 6;
    cr_buf t;
    cr_buf_init(&t);
    if (!vm_double_to_buf(&t, d, (char)type, prec, (flags & F_ALT) ? CR_DTSF_ALT : 0) ||
        !pf_output(b, cr_buf_span(&t), t.len, flags, width, true, 0)) {
        if (!vm_err_occurred()) vm_err_nomem();
        return false;
    }
    return true;
}

static bool pf_char(cr_buf *b, Val v, int flags, int64_t width)
{
    uint32_t cp;
    if (vm_is_str(v)) {
        if (vm_str_len(v) != 1) goto wrong;
        cp = vm_str_at(v, 0);
    } else {
        const vm_numberslots *n = vm_typeof(v)->num;
        if (!vm_is_int(v) && !(n && n->index)) goto wrong;
        Val iv = vm_index(v);
        if (!iv) return false;
        int64_t x;
        if (vm_int_as_i64(iv, &x) < 0 || x < 0 || x > 0x10FFFF) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "%c arg not in range(0x110000)");
            return false;
        }
        cp = (uint32_t)x;
    }
    cr_buf t;
    cr_buf_init(&t);
    vm_sb_cp(&t, cp);
    if (!pf_output(b, cr_buf_span(&t), 1, flags, width, false, 0)) {
        vm_err_nomem();
        return false;
    }
    return true;
wrong:
    vm_err_str(&vm_exc_TypeError, "%c requires int or char");
    return false;
}

/* bytes %c: an int in range(256) or a bytes/bytearray of length 1. */
static bool pf_byte_char(cr_buf *b, Val v, int flags, int64_t width)
{
    uint8_t ch;
    if ((vm_is_bytes(v) || vm_isinstance_t(v, &vm_type_bytearray)) && vm_bytes_span(v).len == 1) {
        ch = cr_span_at(vm_bytes_span(v), 0);
    } else {
        const vm_numberslots *n = vm_typeof(v)->num;
        if (!vm_is_int(v) && !(n && n->index)) {
            vm_err_str(&vm_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return false;
        }
        Val iv = vm_index(v);
        if (!iv) return false;
        int64_t x;
        if (vm_int_as_i64(iv, &x) < 0 || x < 0 || x > 255) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "%c arg not in range(256)");
            return false;
        }
        ch = (uint8_t)x;
    }
    uint8_t one[1] = {ch};
    if (!pf_output(b, cr_span_make(one, sizeof one), 1, flags, width, false, 0)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

/* bytes %s / %b: a bytes-like object or one with __bytes__. */
static bool pf_bytes_text(cr_buf *b, Val v, int flags, int64_t width, int64_t prec)
{
    if (!vm_is_bytes(v) && !vm_isinstance_t(v, &vm_type_bytearray) && vm_typeof(v) != &vm_type_memoryview) {
        if (!vm_type_lookup_cstr(vm_typeof(v), "__bytes__")) {
            vm_err_fmt(&vm_exc_TypeError,
                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
                       vm_tname(v));
            return false;
        }
        Val r = vm_call_special(v, "__bytes__", NULL, 0);
        if (!r) return false;
        if (!vm_is_bytes(r)) {
            vm_err_fmt(&vm_exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", vm_tname(r));
            return false;
        }
        v = r;
    }
    cr_span t = vm_bytes_span(v);
    if (prec >= 0 && (uint64_t)prec < t.len) t = cr_span_sub(t, 0, (size_t)prec);
    if (!pf_output(b, t, t.len, flags, width, false, 0)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static bool pf_text(cr_buf *b, Val v, uint8_t type, int flags, int64_t width, int64_t prec)
{
    Val s = type == 's' ? vm_str(v) : type == 'r' ? vm_repr(v) : vm_ascii(v);
    if (!s) return false;
    cr_span t = vm_str_span(s);
    size_t n = vm_str_len(s);
    if (prec >= 0 && (uint64_t)prec < n) {
        t = cr_span_sub(t, 0, vm_str_byte_offset(s, (size_t)prec));
        n = (size_t)prec;
    }
    if (!pf_output(b, t, n, flags, width, false, 0)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static inline bool pf_more(pf_ctx *c) { return c->pos < c->fmt.len; }
static inline uint8_t pf_peek(pf_ctx *c) { return cr_span_at(c->fmt, c->pos); }

/* A number from '*': the next argument, which must be an int. */
static bool pf_star(pf_ctx *c, int64_t *out, bool is_prec)
{
    Val v = pf_nextarg(c);
    if (!v) return false;
    if (!vm_is_int(v)) {
        vm_err_str(&vm_exc_TypeError, "* wants int");
        return false;
    }
    if (vm_int_as_i64(v, out) < 0 || (is_prec && (*out > INT32_MAX || *out < INT32_MIN))) {
        if (is_prec) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        } else {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return false;
    }
    return true;
}

static bool pf_digits(pf_ctx *c, int64_t *out, int64_t limit, const char *too_big)
{
    int64_t v = 0;
    while (pf_more(c) && pf_peek(c) >= '0' && pf_peek(c) <= '9') {
        int d = pf_peek(c) - '0';
        if (v > (limit - d) / 10) {
            vm_err_str(&vm_exc_ValueError, too_big);
            return false;
        }
        v = v * 10 + d;
        c->pos++;
    }
    *out = v;
    return true;
}

/* One conversion specification, after the '%'. */
static bool pf_spec(pf_ctx *c, cr_buf *b)
{
    if (pf_peek(c) == '%') {
        c->pos++;
        cr_buf_byte(b, '%');
        return true;
    }
    if (pf_peek(c) == '(') {
        size_t start = ++c->pos;
        int depth = 1;
        while (pf_more(c) && depth > 0) {
            uint8_t ch = pf_peek(c);
            if (ch == ')') depth--;
            else if (ch == '(') depth++;
            c->pos++;
        }
        if (depth > 0) {
            vm_err_str(&vm_exc_ValueError, "incomplete format key");
            return false;
        }
        if (!c->dict) {
            vm_err_str(&vm_exc_TypeError, "format requires a mapping");
            return false;
        }
        cr_span kspan = cr_span_sub(c->fmt, start, c->pos - 1 - start);
        Val key = c->bytes ? vm_bytes_new(kspan) : vm_str_new(kspan);
        if (!key) return false;
        Val v = vm_getitem(c->dict, key);
        if (!v) return false;
        c->args = v;
        c->arglen = -1;
        c->argidx = -2;
    }
    int flags = 0;
    while (pf_more(c)) {
        uint8_t ch = pf_peek(c);
        int f = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK : ch == '#' ? F_ALT
              : ch == '0' ? F_ZERO : 0;
        if (!f) break;
        flags |= f;
        c->pos++;
    }
    int64_t width = -1, prec = -1;
    if (pf_more(c) && pf_peek(c) == '*') {
        c->pos++;
        if (!pf_star(c, &width, false)) return false;
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
    } else if (pf_more(c) && pf_peek(c) >= '0' && pf_peek(c) <= '9') {
        if (!pf_digits(c, &width, INT64_MAX, "width too big")) return false;
    }
    if (pf_more(c) && pf_peek(c) == '.') {
        c->pos++;
        prec = 0;
        if (pf_more(c) && pf_peek(c) == '*') {
            c->pos++;
            if (!pf_star(c, &prec, true)) return false;
            if (prec < 0) prec = 0;
        } else if (!pf_digits(c, &prec, INT32_MAX, "precision too big")) {
            return false;
        }
    }
    /* One length modifier (h, l, L) is accepted and ignored. */
    if (pf_more(c) && (pf_peek(c) == 'h' || pf_peek(c) == 'l' || pf_peek(c) == 'L')) c->pos++;
    if (!pf_more(c)) {
        vm_err_str(&vm_exc_ValueError, "incomplete format");
        return false;
    }
    size_t at = c->pos;
    uint32_t ch = c->bytes ? cr_span_at(c->fmt, c->pos++) : vm_str_next(c->fmt, &c->pos);
    Val v = pf_nextarg(c);
    if (!v) return false;
    if (c->bytes) {
        /* %r is %a for bytes: the text is ASCII either way. */
        if (ch == 's' || ch == 'b') return pf_bytes_text(b, v, flags, width, prec);
        if (ch == 'c') return pf_byte_char(b, v, flags, width);
        if (ch == 'r') ch = 'a';
    }
    switch (ch) {
    case 's': case 'r': case 'a':
        return pf_text(b, v, (uint8_t)ch, flags, width, prec);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return pf_int(b, v, (uint8_t)ch, flags, width, prec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pf_float(b, v, (uint8_t)ch, flags, width, prec);
    case 'c':
        return pf_char(b, v, flags, width);
    default:
        vm_err_fmt(&vm_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                   ch >= 32 && ch <= 126 ? (int)ch : '?', (unsigned)ch,
                   c->bytes ? at : span_cps(cr_span_sub(c->fmt, 0, at)));
        return false;
    }
}

/* The formatting loop shared by str % and bytes %. */
static bool pf_run(pf_ctx *c, Val args, cr_buf *b)
{
    c->pos = 0;
    c->args = args;
    if (vm_is_tuple(args)) {
        c->arglen = (int64_t)vm_tuple_len(args);
        c->argidx = 0;
    } else {
        c->arglen = -1;
        c->argidx = -2;
    }
    bool text_arg = vm_is_str(args) || (c->bytes && (vm_is_bytes(args) || vm_isinstance_t(args, &vm_type_bytearray)));
    c->dict = !vm_is_tuple(args) && !text_arg && vm_typeof(args)->getitem ? args : NULL;
    cr_buf_init(b);
    if (!cr_buf_reserve(b, c->fmt.len + 16)) {
        vm_err_nomem();
        return false;
    }
    while (c->pos < c->fmt.len) {
        int64_t pct = cr_span_find_byte(c->fmt, '%', c->pos);
        size_t stop = pct < 0 ? c->fmt.len : (size_t)pct;
        cr_buf_append(b, cr_span_sub(c->fmt, c->pos, stop - c->pos));
        c->pos = stop;
        if (pct < 0) break;
        c->pos++;
        if (!pf_more(c)) {
            vm_err_str(&vm_exc_ValueError, "incomplete format");
            return false;
        }
        if (!pf_spec(c, b)) return false;
    }
    if (c->argidx < c->arglen && !c->dict) {
        vm_err_fmt(&vm_exc_TypeError, "not all arguments converted during %s formatting", c->bytes ? "bytes" : "string");
        return false;
    }
    if (b->failed) {
        vm_err_nomem();
        return false;
    }
    return true;
}

Val vm_str_mod(Val format, Val args)
{
    pf_ctx c;
    c.fmtstr = format;
    c.fmt = vm_str_span(format);
    c.bytes = false;
    cr_buf b;
    if (!pf_run(&c, args, &b)) return NULL;
    return vm_str_from_buf(&b);
}

bool vm_bytes_mod_buf(cr_span fmt, Val args, cr_buf *out)
{
    pf_ctx c;
    c.fmtstr = NULL;
    c.fmt = fmt;
    c.bytes = true;
    return pf_run(&c, args, out);
}

/* ---------------------------------------------------------------------- */
/* str.format                                                              */

enum { AN_INIT, AN_AUTO, AN_MANUAL };

typedef struct {
    Val fmtstr;
    Val *args;
    size_t nargs;
    bool have_args; /* false for format_map */
    Val kwargs;     /* dict, mapping or NULL */
    int an_state;
    size_t an_next;
} sf_ctx;

static bool is_digits(cr_span s)
{
    if (s.len == 0) return false;
    for (size_t i = 0; i < s.len; i++)
        if (cr_span_at(s, i) < '0' || cr_span_at(s, i) > '9') return false;
    return true;
}

/* get_integer: -1 when not all digits; -2 on error (too many digits). */
static int64_t sf_integer(cr_span s)
{
    if (!is_digits(s)) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < s.len; i++) {
        int d = cr_span_at(s, i) - '0';
        if (v > (INT64_MAX - d) / 10) {
            vm_err_str(&vm_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

static Val sf_substr(cr_span s)
{
    return vm_str_new(s);
}

/* Resolve the field name (arg_name ("." attr | "[" key "]")*) to an object. */
static Val sf_field(sf_ctx *c, cr_span name)
{
    size_t i = 0;
    while (i < name.len && cr_span_at(name, i) != '.' && cr_span_at(name, i) != '[') i++;
    cr_span first = cr_span_sub(name, 0, i);
    Val obj;
    int64_t index = sf_integer(first);
    if (index == -2) return NULL;
    if (first.len == 0) {
        if (c->an_state == AN_MANUAL)
            return vm_err_str(&vm_exc_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        c->an_state = AN_AUTO;
        index = (int64_t)c->an_next++;
    } else if (index >= 0) {
        if (c->an_state == AN_AUTO)
            return vm_err_str(&vm_exc_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
        c->an_state = AN_MANUAL;
    }
    if (index < 0) {
        Val key = sf_substr(first);
        if (!key) return NULL;
        if (!c->kwargs) {
            Val t = vm_tuple_pack(1, key);
            Val e = t ? vm_exc_new(&vm_exc_KeyError, t) : NULL;
            return e ? vm_err_set_val(e) : NULL;
        }
        obj = vm_getitem(c->kwargs, key);
        if (!obj) return NULL;
    } else {
        if (!c->have_args) return vm_err_str(&vm_exc_ValueError, "Format string contains positional fields");
        if ((uint64_t)index >= c->nargs)
            return vm_err_fmt(&vm_exc_IndexError, "Replacement index %lld out of range for positional args tuple",
                              (long long)index);
        cr_valspan as = {c->args, c->nargs};
        obj = cr_valspan_get(as, (size_t)index);
    }
    /* The rest: .attr and [key] */
    while (i < name.len) {
        uint8_t ch = cr_span_at(name, i++);
        cr_span part;
        bool attr = ch == '.';
        if (attr) {
            size_t s = i;
            while (i < name.len && cr_span_at(name, i) != '.' && cr_span_at(name, i) != '[') i++;
            part = cr_span_sub(name, s, i - s);
        } else if (ch == '[') {
            size_t s = i;
            while (i < name.len && cr_span_at(name, i) != ']') i++;
            if (i >= name.len) return vm_err_str(&vm_exc_ValueError, "Missing ']' in format string");
            part = cr_span_sub(name, s, i - s);
            i++;
            if (i < name.len && cr_span_at(name, i) != '.' && cr_span_at(name, i) != '[')
                return vm_err_str(&vm_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return vm_err_str(&vm_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.len == 0) return vm_err_str(&vm_exc_ValueError, "Empty attribute in format string");
        if (attr) {
            Val an = sf_substr(part);
            if (!an) return NULL;
            obj = vm_getattr(obj, an);
        } else {
            int64_t k = sf_integer(part);
            if (k == -2) return NULL;
            Val key = k >= 0 ? vm_int_from_i64(k) : sf_substr(part);
            if (!key) return NULL;
            obj = vm_getitem(obj, key);
        }
        if (!obj) return NULL;
    }
    return obj;
}

static bool sf_build(sf_ctx *c, cr_span fmt, cr_buf *out, int depth);

/* Parse one replacement field starting after its '{' at *pos (CPython's
 * parse_field), leaving *pos after the closing '}'. */
static bool sf_parse_field(cr_span fmt, size_t *pos, cr_span *name, uint32_t *conversion, cr_span *spec,
                           bool *nested)
{
    size_t i = *pos, start = i;
    uint8_t c = 0;
    *conversion = 0;
    *spec = cr_span_make(fmt.ptr, 0);
    *nested = false;
    while (i < fmt.len) {
        c = cr_span_at(fmt, i++);
        if (c == '{') {
            vm_err_str(&vm_exc_ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (i < fmt.len && cr_span_at(fmt, i) != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    *name = cr_span_sub(fmt, start, (i > start ? i - 1 : i) - start);
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= fmt.len) {
                vm_err_str(&vm_exc_ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            *conversion = vm_str_next(fmt, &i);
            if (i < fmt.len) {
                c = cr_span_at(fmt, i++);
                if (c == '}') {
                    *pos = i;
                    return true;
                }
                if (c != ':') {
                    vm_err_str(&vm_exc_ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        size_t sstart = i;
        int count = 1;
        while (i < fmt.len) {
            c = cr_span_at(fmt, i++);
            if (c == '{') {
                *nested = true;
                count++;
            } else if (c == '}' && --count == 0) {
                *spec = cr_span_sub(fmt, sstart, i - 1 - sstart);
                *pos = i;
                return true;
            }
        }
        vm_err_str(&vm_exc_ValueError, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') {
        vm_err_str(&vm_exc_ValueError, "expected '}' before end of string");
        return false;
    }
    /* The name ended at the '}' just consumed. */
    *pos = i;
    return true;
}

static bool sf_render(sf_ctx *c, cr_span name, uint32_t conversion, cr_span spec, bool spec_nested,
                      cr_buf *out, int depth)
{
    Val obj = sf_field(c, name);
    if (!obj) return false;
    if (conversion) {
        switch (conversion) {
        case 'r': obj = vm_repr(obj); break;
        case 's': obj = vm_str(obj); break;
        case 'a': obj = vm_ascii(obj); break;
        default:
            if (conversion > 32 && conversion < 127)
                vm_err_fmt(&vm_exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else
                vm_err_fmt(&vm_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            return false;
        }
        if (!obj) return false;
    }
    Val spec_str;
    if (spec_nested) {
        cr_buf sb;
        cr_buf_init(&sb);
        if (!sf_build(c, spec, &sb, depth - 1)) return false;
        spec_str = vm_str_from_buf(&sb);
    } else {
        spec_str = spec.len ? vm_str_new(spec) : vm_str_empty();
    }
    if (!spec_str) return false;
    Val r = vm_format(obj, spec_str);
    if (!r) return false;
    if (!vm_is_str(r)) {
        vm_err_fmt(&vm_exc_TypeError, "__format__ must return a str, not %.200s", vm_tname(r));
        return false;
    }
    if (!cr_buf_append(out, vm_str_span(r))) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static bool sf_build(sf_ctx *c, cr_span fmt, cr_buf *out, int depth)
{
    if (depth <= 0) {
        vm_err_str(&vm_exc_ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t pos = 0;
    while (pos < fmt.len) {
        /* Literal text up to the next brace. */
        size_t start = pos;
        uint8_t ch = 0;
        bool markup = false;
        while (pos < fmt.len) {
            ch = cr_span_at(fmt, pos++);
            if (ch == '{' || ch == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= fmt.len;
        size_t len = pos - start;
        if (markup && ch == '}' && (at_end || cr_span_at(fmt, pos) != '}')) {
            vm_err_str(&vm_exc_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (markup && at_end && ch == '{') {
            vm_err_str(&vm_exc_ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (markup) {
            if (cr_span_at(fmt, pos) == ch) {
                pos++; /* escaped brace: keep one, no field follows */
                markup = false;
            } else {
                len--;
            }
        }
        cr_buf_append(out, cr_span_sub(fmt, start, len));
        if (!markup) continue;
        cr_span name, spec;
        uint32_t conv;
        bool nested;
        if (!sf_parse_field(fmt, &pos, &name, &conv, &spec, &nested)) return false;
        if (!sf_render(c, name, conv, spec, nested, out, depth)) return false;
    }
    if (out->failed) {
        vm_err_nomem();
        return false;
    }
    return true;
}

Val vm_str_format_call(Val fmt, Val *args, size_t nargs, Val kwargs_dict)
{
    sf_ctx c = {fmt, args, nargs, true, kwargs_dict, AN_INIT, 0};
    cr_buf b;
    cr_buf_init(&b);
    if (!sf_build(&c, vm_str_span(fmt), &b, 2)) return NULL;
    return vm_str_from_buf(&b);
}

Val vm_str_format_map_call(Val fmt, Val mapping)
{
    sf_ctx c = {fmt, NULL, 0, false, mapping, AN_INIT, 0};
    cr_buf b;
    cr_buf_init(&b);
    if (!sf_build(&c, vm_str_span(fmt), &b, 2)) return NULL;
    return vm_str_from_buf(&b);
}
