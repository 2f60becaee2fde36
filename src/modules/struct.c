/* The _struct module: calcsize, pack and unpack over CPython's format
 * language (lib/struct.py adds Struct, pack_into, unpack_from and
 * iter_unpack on top).  Native mode ('@', the default) uses x86-64 sizes
 * and alignment, little-endian; '=' '<' '>' '!' use standard sizes and no
 * alignment.  Errors are struct.error with CPython's messages.
 */
#include "core/libm.h"
#include "modules/modules.h"
#include "vm/int.h"

static Val struct_error; /* the struct.error class */

static Type *err_type(void) { return (Type *)(void *)val_obj(struct_error); }

typedef struct {
    cr_span fmt;
    size_t pos;
    bool native;     /* '@': native sizes and alignment */
    bool big;        /* big-endian byte order */
} Walker;

/* Size of one item of code c; 0 for a bad code. */
static size_t item_size(uint8_t c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

static bool walker_init(Walker *w, Val format)
{
    if (vm_is_str(format)) w->fmt = vm_str_span(format);
    else if (vm_is_type(format, &vm_type_bytes)) w->fmt = vm_bytes_span(format);
    else {
        vm_err_fmt(&vm_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", vm_tname(format));
        return false;
    }
    /* As CPython's format converter: a NUL never reaches the parser. */
    for (size_t i = 0; i < w->fmt.len; i++) {
        if (cr_span_at(w->fmt, i) == 0) {
            vm_err_str(err_type(), "embedded null character");
            return false;
        }
    }
    w->pos = 0;
    w->native = true;
    w->big = false;
    if (w->fmt.len > 0) {
        uint8_t c = cr_span_at(w->fmt, 0);
        if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
            w->pos = 1;
            w->native = c == '@';
            w->big = c == '>' || c == '!';
        }
    }
    return true;
}

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/* Next item: 1 with code and count, 0 at the end, -1 on error. */
static int walker_next(Walker *w, uint8_t *code, int64_t *count)
{
    while (w->pos < w->fmt.len && is_space(cr_span_at(w->fmt, w->pos))) w->pos++;
    if (w->pos >= w->fmt.len) return 0;
    uint8_t c = cr_span_at(w->fmt, w->pos);
    int64_t n = 1;
    if (c >= '0' && c <= '9') {
        n = 0;
        while (w->pos < w->fmt.len && (c = cr_span_at(w->fmt, w->pos)) >= '0' && c <= '9') {
            if (n > INT64_MAX / 10 || (n == INT64_MAX / 10 && c - '0' > INT64_MAX % 10)) {
                vm_err_str(err_type(), "total struct size too long");
                return -1;
            }
            n = n * 10 + (c - '0');
            w->pos++;
        }
        if (w->pos >= w->fmt.len) {
            vm_err_str(err_type(), "repeat count given without format specifier");
            return -1;
        }
    }
    w->pos++;
    if (item_size(c, w->native) == 0) {
        vm_err_str(err_type(), "bad char in struct format");
        return -1;
    }
    *code = c;
    *count = n;
    return 1;
}

static bool align_to(int64_t *size, uint8_t c, bool native)
{
    if (!native) return true;
    int64_t a = (int64_t)item_size(c, true);
    if (c == 's' || c == 'p' || c == 'x') a = 1;
    if (*size > INT64_MAX - a) return false;
    *size = (*size + a - 1) / a * a;
    return true;
}

/* Total size and number of arguments of a format. */
static bool fmt_measure(Val format, Walker *w, int64_t *size, int64_t *nargs)
{
    if (!walker_init(w, format)) return false;
    int64_t s = 0, na = 0;
    uint8_t c;
    int64_t n;
    int r;
    while ((r = walker_next(w, &c, &n)) > 0) {
        int64_t isz = (int64_t)item_size(c, w->native);
        if (!align_to(&s, c, w->native) || (n > 0 && isz > (INT64_MAX - s) / n)) {
            vm_err_str(err_type(), "total struct size too long");
            return false;
        }
        s += isz * n;
        if (c == 's' || c == 'p') na++;
        else if (c != 'x') na += n;
    }
    if (r < 0) return false;
    *size = s;
    *nargs = na;
    w->pos = 0;
    if (w->fmt.len > 0) {
        uint8_t f = cr_span_at(w->fmt, 0);
        if (f == '@' || f == '=' || f == '<' || f == '>' || f == '!') w->pos = 1;
    }
    return true;
}

/* ---- float bit patterns ---- */

typedef union {
    double d;
    uint64_t u;
} DBits;
typedef union {
    float f;
    uint32_t u;
} FBits;

static uint64_t double_bits(double d)
{
    DBits b;
    b.d = d;
    return b.u;
}

static double bits_double(uint64_t u)
{
    DBits b;
    b.u = u;
    return b.d;
}

/* IEEE half precision from a double, round half to even; -1 on overflow. */
static int pack_half(double x, uint16_t *out)
{
    uint16_t sign = (double_bits(x) >> 63) ? 0x8000 : 0;
    double a = cr_fabs(x);
    if (a != a) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (a == 1.0 / 0.0) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (a == 0.0) {
        *out = sign;
        return 0;
    }
    int e;
    double m = cr_frexp(a, &e); /* a = m * 2**e, m in [0.5, 1) */
    /* Normal halves have e in [-13, 16]; below that subnormal with unit 2**-24. */
    double scaled;
    int32_t exp_field;
    if (e < -13) {
        scaled = cr_ldexp(a, 24); /* subnormal: units of 2**-24 */
        exp_field = 0;
    } else {
        scaled = cr_ldexp(m, 11); /* 11 significant bits incl. the implicit one */
        exp_field = e + 14;
    }
    double q = cr_round_half_even(scaled);
    uint32_t mant = (uint32_t)q;
    if (exp_field == 0) {
        if (mant >= 0x400) { /* rounded up into the normals */
            *out = sign | (uint16_t)(1 << 10) | (uint16_t)(mant - 0x400);
            return 0;
        }
        *out = sign | (uint16_t)mant;
        return 0;
    }
    if (mant >= 0x800) {
        mant >>= 1;
        exp_field++;
    }
    if (exp_field >= 31) return -1;
    *out = sign | (uint16_t)(exp_field << 10) | (uint16_t)(mant & 0x3ff);
    return 0;
}

static double unpack_half(uint16_t h)
{
    int sign = h >> 15;
    int ex = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double r;
    if (ex == 0) r = cr_ldexp((double)mant, -24);
    else if (ex == 31) r = mant ? cr_copysign(0.0 / 0.0, 1.0) : 1.0 / 0.0;
    else r = cr_ldexp((double)(mant | 0x400), ex - 25);
    return sign ? -r : r;
}

/* ---- packing ---- */

static void put_uint(cr_buf *b, uint64_t v, size_t n, bool big)
{
    for (size_t i = 0; i < n; i++) {
        size_t shift = big ? (n - 1 - i) * 8 : i * 8;
        cr_buf_byte(b, (uint8_t)(v >> shift));
    }
}

static bool get_float(Val v, double *out)
{
    if (!vm_is_float(v) && !vm_is_int(v) && !(vm_typeof(v)->num && vm_typeof(v)->num->to_float)) {
        vm_err_str(err_type(), "required argument is not a float");
        return false;
    }
    return vm_as_double(v, out) == 0;
}

/* The int value of v for an integer code, or NULL with struct.error. */
static Val get_int(Val v)
{
    if (vm_is_int(v)) return vm_int_exact(v);
    if (vm_typeof(v)->num && vm_typeof(v)->num->index) return vm_index(v);
    return vm_err_str(err_type(), "required argument is not an integer");
}

static bool pack_int(cr_buf *b, uint8_t c, size_t sz, Val v, const Walker *w)
{
    Val iv = get_int(v);
    if (!iv) return false;
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    uint64_t bits;
    if (is_signed) {
        int64_t x;
        if (vm_int_as_i64(iv, &x) < 0) {
            vm_err_clear();
            vm_err_str(err_type(), "argument out of range");
            return false;
        }
        if (sz < 8) {
            int64_t lo = -((int64_t)1 << (sz * 8 - 1)), hi = ((int64_t)1 << (sz * 8 - 1)) - 1;
            if (x < lo || x > hi) {
                if (c == 'b') vm_err_str(err_type(), "byte format requires -128 <= number <= 127");
                else if (c == 'h') vm_err_str(err_type(), "short format requires -32768 <= number <= 32767");
                else vm_err_fmt(err_type(), "'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
                return false;
            }
        }
        bits = (uint64_t)x;
    } else {
        if (c == 'P' && vm_int_sign(iv) < 0) {
            int64_t x;
            if (vm_int_as_i64(iv, &x) < 0) {
                vm_err_clear();
                vm_err_str(err_type(), "argument out of range");
                return false;
            }
            bits = (uint64_t)x;
        } else {
            if (vm_int_sign(iv) < 0 || vm_int_bit_length(iv) > 64) {
                if (c == 'B') vm_err_str(err_type(), "ubyte format requires 0 <= number <= 255");
                else if (c == 'H') vm_err_str(err_type(), "ushort format requires 0 <= number <= 65535");
                else vm_err_str(err_type(), "argument out of range");
                return false;
            }
            int64_t lo32;
            Val hi = vm_int_rshift(iv, vm_int_from_i64(32));
            if (!hi) return false;
            int64_t hi32;
            if (vm_int_as_i64(hi, &hi32) < 0) return false;
            if (vm_int_as_i64(vm_int_and(iv, vm_int_from_i64(0xffffffffLL)), &lo32) < 0) return false;
            bits = ((uint64_t)hi32 << 32) | (uint64_t)lo32;
            if (sz < 8 && bits > ((uint64_t)1 << (sz * 8)) - 1) {
                if (c == 'B') vm_err_str(err_type(), "ubyte format requires 0 <= number <= 255");
                else if (c == 'H') vm_err_str(err_type(), "ushort format requires 0 <= number <= 65535");
                else vm_err_fmt(err_type(), "'%c' format requires 0 <= number <= %llu", c,
                                (unsigned long long)(((uint64_t)1 << (sz * 8)) - 1));
                return false;
            }
        }
    }
    put_uint(b, bits, sz, w->big);
    return true;
}

static bool pack_item(cr_buf *b, uint8_t c, Val v, const Walker *w)
{
    size_t sz = item_size(c, w->native);
    switch (c) {
    case 'c': {
        if (!vm_is_bytes(v) || vm_bytes_span(v).len != 1) {
            vm_err_str(err_type(), "char format requires a bytes object of length 1");
            return false;
        }
        cr_buf_byte(b, cr_span_at(vm_bytes_span(v), 0));
        return true;
    }
    case '?': {
        int t = vm_truthy(v);
        if (t < 0) return false;
        cr_buf_byte(b, (uint8_t)t);
        return true;
    }
    case 'e': {
        double x;
        if (!get_float(v, &x)) return false;
        uint16_t h;
        if (pack_half(x, &h) < 0) {
            vm_err_str(&vm_exc_OverflowError, "float too large to pack with e format");
            return false;
        }
        put_uint(b, h, 2, w->big);
        return true;
    }
    case 'f': {
        double x;
        if (!get_float(v, &x)) return false;
        FBits fb;
        fb.f = (float)x;
        if (!w->native && cr_fabs((double)fb.f) == 1.0 / 0.0 && cr_fabs(x) != 1.0 / 0.0) {
            vm_err_str(&vm_exc_OverflowError, "float too large to pack with f format");
            return false;
        }
        put_uint(b, fb.u, 4, w->big);
        return true;
    }
    case 'd': {
        double x;
        if (!get_float(v, &x)) return false;
        put_uint(b, double_bits(x), 8, w->big);
        return true;
    }
    default:
        return pack_int(b, c, sz, v, w);
    }
}

static void pad_to(cr_buf *b, int64_t size)
{
    /* One checked append: a failed allocation sets b->failed instead of
     * looping forever on a huge pad. */
    if ((int64_t)b->len < size) cr_buf_repeat(b, 0, (size_t)(size - (int64_t)b->len));
}

static Val s_calcsize(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("calcsize", nargs, kwnames, 1, 1)) return NULL;
    Walker w;
    int64_t size, na;
    if (!fmt_measure(args[0], &w, &size, &na)) return NULL;
    return vm_int_from_i64(size);
}

static Val s_pack(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames) > 0) return vm_err_str(&vm_exc_TypeError, "pack() takes no keyword arguments");
    if (nargs < 1) return vm_err_str(&vm_exc_TypeError, "missing format argument");
    Walker w;
    int64_t size, na;
    if (!fmt_measure(args[0], &w, &size, &na)) return NULL;
    if ((int64_t)nargs - 1 != na)
        return vm_err_fmt(err_type(), "pack expected %lld items for packing (got %zu)", (long long)na, nargs - 1);
    cr_buf b;
    cr_buf_init(&b);
    /* The whole result at once: MemoryError for a huge size, as CPython. */
    if (!cr_buf_reserve(&b, (size_t)size)) return vm_err_nomem();
    size_t ai = 1;
    uint8_t c;
    int64_t n;
    int r;
    while ((r = walker_next(&w, &c, &n)) > 0) {
        int64_t pos = (int64_t)b.len;
        align_to(&pos, c, w.native);
        pad_to(&b, pos);
        if (c == 'x') {
            pad_to(&b, pos + n);
            continue;
        }
        if (c == 's' || c == 'p') {
            Val v = args[ai++];
            if (!vm_is_bytes(v)) return vm_err_fmt(err_type(), "argument for '%c' must be a bytes object", c);
            cr_span d = vm_bytes_span(v);
            if (c == 's') {
                size_t take = d.len < (uint64_t)n ? d.len : (size_t)n;
                cr_buf_append(&b, cr_span_sub(d, 0, take));
            } else if (n > 0) {
                size_t take = d.len < (uint64_t)(n - 1) ? d.len : (size_t)(n - 1);
                cr_buf_byte(&b, (uint8_t)(take > 255 ? 255 : take));
                cr_buf_append(&b, cr_span_sub(d, 0, take));
            }
            pad_to(&b, pos + n);
            continue;
        }
        for (int64_t k = 0; k < n; k++)
            if (!pack_item(&b, c, args[ai++], &w)) return NULL;
    }
    if (r < 0) return NULL;
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

/* ---- unpacking ---- */

static uint64_t get_uint(cr_span d, size_t off, size_t n, bool big)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        size_t shift = big ? (n - 1 - i) * 8 : i * 8;
        v |= (uint64_t)cr_span_at(d, off + i) << shift;
    }
    return v;
}

static Val unpack_item(cr_span d, size_t off, uint8_t c, const Walker *w)
{
    size_t sz = item_size(c, w->native);
    uint64_t u = get_uint(d, off, sz, w->big);
    switch (c) {
    case 'c': return vm_bytes_new(cr_span_sub(d, off, 1));
    case '?': return vm_bool(u != 0);
    case 'e': return vm_float_new(unpack_half((uint16_t)u));
    case 'f': {
        FBits fb;
        fb.u = (uint32_t)u;
        return vm_float_new((double)fb.f);
    }
    case 'd': return vm_float_new(bits_double(u));
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
        if (sz < 8 && (u >> (sz * 8 - 1)) & 1) u |= ~(uint64_t)0 << (sz * 8); /* sign-extend */
        return vm_int_from_i64((int64_t)u);
    }
    default: return vm_int_from_u64(u);
    }
}

static Val s_unpack(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("unpack", nargs, kwnames, 2, 2)) return NULL;
    Walker w;
    int64_t size, na;
    if (!fmt_measure(args[0], &w, &size, &na)) return NULL;
    cr_span d;
    int got = vm_buffer_get(args[1], &d);
    if (got < 0) return NULL;
    if (got == 0)
        return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(args[1]));
    if ((int64_t)d.len != size) return vm_err_fmt(err_type(), "unpack requires a buffer of %lld bytes", (long long)size);
    Val out = vm_list_new(0);
    if (!out) return NULL;
    int64_t pos = 0;
    uint8_t c;
    int64_t n;
    int r;
    while ((r = walker_next(&w, &c, &n)) > 0) {
        align_to(&pos, c, w.native);
        if (c == 'x') {
            pos += n;
            continue;
        }
        if (c == 's' || c == 'p') {
            cr_span s = cr_span_sub(d, (size_t)pos, (size_t)n);
            if (c == 'p') {
                size_t len = n > 0 ? cr_span_at(d, (size_t)pos) : 0;
                if (n > 0 && len > (size_t)n - 1) len = (size_t)n - 1;
                s = n > 0 ? cr_span_sub(d, (size_t)pos + 1, len) : s;
            }
            Val bv = vm_bytes_new(s);
            if (!bv || vm_list_append(out, bv) < 0) return NULL;
            pos += n;
            continue;
        }
        size_t sz = item_size(c, w.native);
        for (int64_t k = 0; k < n; k++) {
            Val v = unpack_item(d, (size_t)pos, c, &w);
            if (!v || vm_list_append(out, v) < 0) return NULL;
            pos += (int64_t)sz;
        }
    }
    if (r < 0) return NULL;
    return vm_list_as_tuple(out);
}

static const vm_methoddef struct_functions[] = {
    {"calcsize", s_calcsize, 0, NULL},
    {"pack", s_pack, 0, NULL},
    {"unpack", s_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int struct_init(Val module)
{
    if (vm_module_add_functions(module, struct_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (!struct_error) {
        Val ns = vm_dict_new();
        if (!ns || vm_dict_set_cstr(ns, "__module__", vm_str_cstr("struct")) < 0) return -1;
        Val bases = vm_tuple_pack(1, obj_val(&vm_exc_Exception));
        if (!bases) return -1;
        Val cargs[3] = {vm_str_cstr("error"), bases, ns};
        Val cls = vm_call(obj_val(&vm_type_type), cargs, 3, NULL);
        if (!cls) return -1;
        struct_error = cls;
        cr_gc_add_root(&struct_error);
    }
    return vm_dict_set_cstr(d, "error", struct_error);
}

int md_struct_register(void)
{
    vm_register_builtin_module("_struct", struct_init);
    return 0;
}
