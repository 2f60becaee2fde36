/* The float type (CPython 3.11 semantics and messages: Objects/floatobject.c).
 *
 * Text conversions are exact (core/dtoa.c); int operands are converted
 * exactly or raise OverflowError; comparisons with ints are exact
 * (vm_int_float_compare from int.c).
 */
#include "vm/float.h"

#include "core/dtoa.h"
#include "core/libm.h"
#include "vm/fmtspec.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_db.h"


#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* ------------------------------------------------------------------ */
/* construction and conversion                                         */

Val vm_float_new(double d)
{
    FloatObj *f = vm_alloc_obj(&vm_type_float, sizeof(FloatObj), CR_NOSCAN);
    if (f == NULL) return NULL;
    f->value = d;
    return VAL(f);
}

/* A float instance of t (float itself or a subclass). */
static Val float_new_of_type(Type *t, double d)
{
    if (t == &vm_type_float) return vm_float_new(d);
    Val v = vm_alloc_instance(t);
    if (v == NULL) return NULL;
    ((FloatObj *)(void *)val_obj(v))->value = d;
    return v;
}

static double fval(Val v) { return vm_float_value(v); }

/* __float__ gave a strict float subclass: deprecated (a warning). */
static int warn_float_subclass(Val x, Val r)
{
    return vm_warn(&vm_exc_DeprecationWarning,
                   vm_str_fmt("%.50s.__float__ returned non-float (type %.50s).  The ability to return an "
                              "instance of a strict subclass of float is deprecated, and may be removed in a "
                              "future version of Python.", vm_tname(x), vm_tname(r)));
}

/* The double of a float or an int operand; 1 converted, 0 not a number
 * type (NotImplemented), -1 error (int too large). */
static int to_double(Val v, double *out)
{
    if (vm_is_float(v)) {
        *out = fval(v);
        return 1;
    }
    if (vm_is_int(v)) return vm_int_as_double(v, out) < 0 ? -1 : 1;
    return 0;
}

int vm_as_double(Val v, double *out)
{
    if (vm_is_float(v)) {
        *out = fval(v);
        return 0;
    }
    Type *t = vm_typeof(v);
    if (t == &vm_type_int || t == &vm_type_bool) return vm_int_as_double(v, out);
    const vm_numberslots *n = t->num;
    if (n && n->to_float) {
        Val r = n->to_float(v);
        if (r == NULL) return -1;
        if (!vm_is_float(r)) {
            vm_err_fmt(&vm_exc_TypeError, "%s.__float__ returned non-float (type %s)", vm_tname(v), vm_tname(r));
            return -1;
        }
        if (!vm_is_type(r, &vm_type_float) && warn_float_subclass(v, r) < 0) return -1;
        *out = fval(r);
        return 0;
    }
    if (n && n->index) {
        Val i = vm_index(v);
        if (i == NULL) return -1;
        return vm_int_as_double(i, out);
    }
    if (vm_is_int(v)) return vm_int_as_double(v, out);
    vm_err_fmt(&vm_exc_TypeError, "must be real number, not %s", vm_tname(v));
    return -1;
}

/* ------------------------------------------------------------------ */
/* repr and hash                                                       */

Val vm_float_repr_val(double d)
{
    char buf[CR_REPR_BUFSIZE];
    size_t n = cr_float_repr(d, buf);
    return vm_str_new(cr_span_make(buf, n));
}

static Val float_repr(Val self) { return vm_float_repr_val(fval(self)); }

int64_t vm_hash_pointer(Val v)
{
    uint64_t y = (uint64_t)(uintptr_t)val_obj(v);
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

/* The value of d modulo 2**61 - 1 (CPython's numeric hash): with
 * |d| = f * 2**e exactly, f * 2**e mod P where 2**61 == 1 (mod P). */
int64_t vm_hash_double_obj(Val inst, double d)
{
    if (!cr_isfinite(d)) {
        if (cr_isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
        return inst ? vm_hash_pointer(inst) : 0;
    }
    uint64_t bits = cr_double_bits(d);
    uint64_t f = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7ff);
    int e;
    if (bexp == 0) {
        e = -1074;
    } else {
        f |= (uint64_t)1 << 52;
        e = bexp - 1075;
    }
    /* rotate f (< 2**53 < P) left by e mod 61 within 61 bits */
    int r = e % HASH_BITS;
    if (r < 0) r += HASH_BITS;
    uint64_t x = f;
    if (r != 0) x = ((x << r) & HASH_MODULUS) | (x >> (HASH_BITS - r));
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    int64_t h = (int64_t)x;
    if (bits >> 63) h = -h;
    return h == -1 ? -2 : h;
}

int64_t vm_hash_double(double d) { return vm_hash_double_obj(NULL, d); }

static int64_t float_hash(Val self) { return vm_hash_double_obj(self, fval(self)); }

/* ------------------------------------------------------------------ */
/* float(x)                                                            */

static Val could_not_convert(Val orig)
{
    return vm_err_fmt(&vm_exc_ValueError, "could not convert string to float: %R", orig);
}

static bool ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Parse ASCII text (after the Unicode transformation). */
static Val parse_ascii(cr_span text, Val orig)
{
    size_t lo = 0, hi = text.len;
    while (lo < hi && ascii_space(cr_span_at(text, lo))) lo++;
    while (hi > lo && ascii_space(cr_span_at(text, hi - 1))) hi--;
    cr_span t = cr_span_sub(text, lo, hi - lo);
    double d;
    if (t.len == 0 || !cr_strtod((const char *)t.ptr, t.len, CR_STRTOD_UNDERSCORES, &d))
        return could_not_convert(orig);
    return vm_float_new(d);
}

Val vm_float_from_string(Val s)
{
    if (vm_is_str(s)) {
        cr_span text = vm_str_span(s);
        if (vm_str_len(s) == text.len) return parse_ascii(text, s);
        /* _PyUnicode_TransformDecimalAndSpaceToASCII: spaces become ' ',
         * decimal digits their ASCII digit, anything else ends the text
         * with an invalid character. */
        cr_buf b;
        cr_buf_init(&b);
        size_t pos = 0;
        while (pos < text.len) {
            uint32_t c = cr_utf8_next(text, &pos);
            if (c < 128) {
                cr_buf_byte(&b, (uint8_t)c);
            } else if (vm_ucd_isspace(c)) {
                cr_buf_byte(&b, ' ');
            } else {
                int dec = vm_ucd_decimal(c);
                if (dec < 0) {
                    cr_buf_byte(&b, '?');
                    break;
                }
                cr_buf_byte(&b, (uint8_t)('0' + dec));
            }
        }
        if (b.failed) return vm_err_nomem();
        return parse_ascii(cr_buf_span(&b), s);
    }
    /* Any buffer (memoryview, array.array...): its bytes. */
    cr_span data;
    int got = vm_buffer_get(s, &data);
    if (got > 0) return parse_ascii(data, s);
    if (got < 0) vm_err_clear();
    return vm_err_fmt(&vm_exc_TypeError, "float() argument must be a string or a real number, not '%.200s'",
                      vm_tname(s));
}

/* PyNumber_Float for x (the exact float result). */
static Val number_float(Val x)
{
    if (vm_is_type(x, &vm_type_float)) return x;
    if (vm_is_type(x, &vm_type_str)) return vm_float_from_string(x);
    const vm_numberslots *n = vm_typeof(x)->num;
    if (n && n->to_float) {
        Val r = n->to_float(x);
        if (r == NULL) return NULL;
        if (vm_is_type(r, &vm_type_float)) return r;
        if (!vm_is_float(r))
            return vm_err_fmt(&vm_exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)", vm_tname(x),
                              vm_tname(r));
        if (warn_float_subclass(x, r) < 0) return NULL;
        return vm_float_new(fval(r));
    }
    if (n && n->index) {
        Val i = vm_index(x);
        double d;
        if (i == NULL || vm_int_as_double(i, &d) < 0) return NULL;
        return vm_float_new(d);
    }
    if (vm_is_float(x)) return vm_float_new(fval(x));
    if (vm_is_int(x)) {
        double d;
        if (vm_int_as_double(x, &d) < 0) return NULL;
        return vm_float_new(d);
    }
    return vm_float_from_string(x);
}

Val vm_float_construct(Type *t, Val x)
{
    Val f = x == NULL ? vm_float_new(0.0) : number_float(x);
    if (f == NULL || t == &vm_type_float) return f;
    return float_new_of_type(t, fval(f));
}

static Val float_tp_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    /* As CPython's clinic: keywords are refused unless a subclass has its
     * own __init__ (which takes them). */
    if ((t == &vm_type_float || t->init == vm_type_float.init) && kwnames != NULL && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    return vm_float_construct(t, nargs == 1 ? args[0] : NULL);
}

/* ------------------------------------------------------------------ */
/* arithmetic                                                          */

#define CONVERT_BOTH(a, b, x, y)                                  \
    do {                                                          \
        int ca_ = to_double(a, &x);                               \
        if (ca_ < 0) return NULL;                                 \
        if (ca_ == 0) return VM_NotImplemented;                   \
        int cb_ = to_double(b, &y);                               \
        if (cb_ < 0) return NULL;                                 \
        if (cb_ == 0) return VM_NotImplemented;                   \
    } while (0)

static Val f_add(Val a, Val b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_float_new(x + y);
}

static Val f_sub(Val a, Val b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_float_new(x - y);
}

static Val f_mul(Val a, Val b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_float_new(x * y);
}

static Val f_truediv(Val a, Val b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return vm_err_str(&vm_exc_ZeroDivisionError, "float division by zero");
    return vm_float_new(x / y);
}

/* _float_div_mod (wx != 0) */
static void div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double div;
    *mod = cr_fmod(vx, wx);
    div = (vx - *mod) / wx;
    if (*mod != 0.0) {
        if ((wx < 0) != (*mod < 0)) {
            *mod += wx;
            div -= 1.0;
        }
    } else {
        *mod = cr_copysign(0.0, wx);
    }
    if (div != 0.0) {
        *floordiv = cr_floor(div);
        if (div - *floordiv > 0.5) *floordiv += 1.0;
    } else {
        *floordiv = cr_copysign(0.0, vx / wx);
    }
}

bool vm_float_divmod(double vx, double wx, double *div, double *mod)
{
    if (wx == 0.0) {
        vm_err_str(&vm_exc_ZeroDivisionError, "float divmod()");
        return false;
    }
    div_mod(vx, wx, div, mod);
    return true;
}

static Val f_mod(Val a, Val b)
{
    double x, y, mod;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return vm_err_str(&vm_exc_ZeroDivisionError, "float modulo");
    mod = cr_fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = cr_copysign(0.0, y);
    }
    return vm_float_new(mod);
}

static Val f_floordiv(Val a, Val b)
{
    double x, y, div, mod;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) return vm_err_str(&vm_exc_ZeroDivisionError, "float floor division by zero");
    div_mod(x, y, &div, &mod);
    return vm_float_new(div);
}

static Val f_divmod(Val a, Val b)
{
    double x, y, div, mod;
    CONVERT_BOTH(a, b, x, y);
    if (!vm_float_divmod(x, y, &div, &mod)) return NULL;
    Val d = vm_float_new(div), m = vm_float_new(mod);
    if (d == NULL || m == NULL) return NULL;
    return vm_tuple_pack(2, d, m);
}

static bool is_odd_integer(double x) { return cr_fmod(cr_fabs(x), 2.0) == 1.0; }

static Val overflow_errno(void)
{
    /* CPython raises OverflowError from errno ERANGE: args (34, msg) */
    Val msg = vm_str_cstr("Numerical result out of range");
    if (msg == NULL) return NULL;
    Val args = vm_tuple_pack(2, vm_int_from_i64(34), msg);
    if (args == NULL) return NULL;
    Val e = vm_exc_new(&vm_exc_OverflowError, args);
    if (e == NULL) return NULL;
    return vm_err_set_val(e);
}

Val vm_float_pow(double iv, double iw)
{
    bool negate = false;
    if (iw == 0.0) return vm_float_new(1.0);
    if (cr_isnan(iv)) return vm_float_new(iv);
    if (cr_isnan(iw)) return vm_float_new(iv == 1.0 ? 1.0 : iw);
    if (cr_isinf(iw)) {
        iv = cr_fabs(iv);
        if (iv == 1.0) return vm_float_new(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return vm_float_new(cr_fabs(iw));
        return vm_float_new(0.0);
    }
    if (cr_isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return vm_float_new(odd ? iv : cr_fabs(iv));
        return vm_float_new(odd ? cr_copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) return vm_err_str(&vm_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return vm_float_new(odd ? iv : 0.0);
    }
    if (iv < 0.0) {
        if (iw != cr_floor(iw)) return vm_complex_pow_parts(iv, 0.0, iw, 0.0);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return vm_float_new(negate ? -1.0 : 1.0);
    double ix = cr_pow(iv, iw);
    if (cr_isinf(ix)) return overflow_errno();
    return vm_float_new(negate ? -ix : ix);
}

static Val f_pow(Val a, Val b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_float_pow(x, y);
}

static Val f_pow3(Val a, Val b, Val m)
{
    if (m != VM_None)
        return vm_err_str(&vm_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return f_pow(a, b);
}

static Val f_neg(Val a) { return vm_float_new(-fval(a)); }

static Val f_float(Val a)
{
    if (vm_is_type(a, &vm_type_float)) return a;
    return vm_float_new(fval(a));
}

static Val f_abs(Val a) { return vm_float_new(cr_fabs(fval(a))); }

static int f_truth(Val a) { return fval(a) != 0.0; }

static Val f_int(Val a) { return vm_int_from_double(fval(a)); }

/* ------------------------------------------------------------------ */
/* comparison                                                          */

static bool cmp_result(int c, int op)
{
    switch (op) {
    case VM_LT: return c < 0;
    case VM_LE: return c <= 0;
    case VM_EQ: return c == 0;
    case VM_NE: return c != 0;
    case VM_GT: return c > 0;
    default: return c >= 0;
    }
}

static Val float_richcmp(Val a, Val b, int op)
{
    if (!vm_is_float(a)) return VM_NotImplemented;
    double x = fval(a);
    if (vm_is_float(b)) {
        double y = fval(b);
        switch (op) {
        case VM_LT: return vm_bool(x < y);
        case VM_LE: return vm_bool(x <= y);
        case VM_EQ: return vm_bool(x == y);
        case VM_NE: return vm_bool(x != y);
        case VM_GT: return vm_bool(x > y);
        default: return vm_bool(x >= y);
        }
    }
    if (vm_is_int(b)) {
        if (cr_isnan(x)) return vm_bool(op == VM_NE);
        if (cr_isinf(x)) return vm_bool(cmp_result(x > 0 ? 1 : -1, op));
        /* exact: the sign of x - b is minus the sign of b - x */
        int c = vm_int_float_compare(b, x);
        return vm_bool(cmp_result(c > 0 ? -1 : (c < 0 ? 1 : 0), op));
    }
    return VM_NotImplemented;
}

/* ------------------------------------------------------------------ */
/* methods                                                             */

static Val m_is_integer(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("is_integer", nargs, kwnames, 0, 0)) return NULL;
    double x = fval(self);
    if (!cr_isfinite(x)) return VM_False;
    return vm_bool(cr_floor(x) == x);
}

static Val m_as_integer_ratio(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("as_integer_ratio", nargs, kwnames, 0, 0)) return NULL;
    double x = fval(self);
    if (cr_isinf(x)) return vm_err_str(&vm_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (cr_isnan(x)) return vm_err_str(&vm_exc_ValueError, "cannot convert NaN to integer ratio");
    uint64_t bits = cr_double_bits(x);
    uint64_t f = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7ff);
    int e = bexp == 0 ? -1074 : bexp - 1075;
    if (bexp != 0) f |= (uint64_t)1 << 52;
    if (f == 0) return vm_tuple_pack(2, val_from_small(0), val_from_small(1));
    while ((f & 1) == 0) { /* lowest terms: the denominator is a power of two */
        f >>= 1;
        e++;
    }
    Val num = vm_int_from_i64((bits >> 63) ? -(int64_t)f : (int64_t)f);
    Val den = val_from_small(1);
    if (num == NULL) return NULL;
    if (e > 0) {
        num = vm_binop(num, vm_int_from_i64(e), VM_OP_LSHIFT);
    } else if (e < 0) {
        den = vm_binop(den, vm_int_from_i64(-e), VM_OP_LSHIFT);
    }
    if (num == NULL || den == NULL) return NULL;
    return vm_tuple_pack(2, num, den);
}

static Val m_hex(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("hex", nargs, kwnames, 0, 0)) return NULL;
    char buf[CR_HEX_BUFSIZE];
    size_t n = cr_double_to_hex(fval(self), buf);
    return vm_str_new(cr_span_make(buf, n));
}

static Val m_fromhex(Val cls, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("fromhex", nargs, kwnames, 1, 1)) return NULL;
    Val s = args[0];
    if (!vm_is_str(s))
        return vm_err_fmt(&vm_exc_TypeError, "fromhex() argument must be str, not %s", vm_tname(s));
    /* Unicode whitespace around the text is allowed, like CPython's
     * Py_ISSPACE on the UTF-8 (ASCII only) */
    cr_span t = vm_str_span(s);
    double d;
    int st = cr_hex_to_double((const char *)t.ptr, t.len, &d);
    if (st == CR_HEX_INVALID) return vm_err_str(&vm_exc_ValueError, "invalid hexadecimal floating-point string");
    if (st == CR_HEX_OVERFLOW)
        return vm_err_str(&vm_exc_OverflowError, "hexadecimal value too large to represent as a float");
    Val r = vm_float_new(d);
    if (r == NULL) return NULL;
    if (cls != obj_val(&vm_type_float)) return vm_call1(cls, r);
    return r;
}

static Val m_conjugate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("conjugate", nargs, kwnames, 0, 0)) return NULL;
    return f_float(self);
}

static Val m_trunc(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__trunc__", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_double(fval(self));
}

static Val m_floor(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__floor__", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_double(cr_floor(fval(self)));
}

static Val m_ceil(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__ceil__", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_double(cr_ceil(fval(self)));
}

/* PyNumber_AsSsize_t(o, NULL): an index, clipped on overflow. */
static bool ndigits_of(Val o, int64_t *out)
{
    Val i = vm_index(o);
    if (i == NULL) return false;
    if (vm_int_as_i64(i, out) < 0) {
        if (!vm_err_matches(&vm_exc_OverflowError)) return false;
        vm_err_clear();
        *out = vm_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    return true;
}

static Val m_round(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"ndigits", NULL};
    Val o_nd;
    if (!vm_parse_args("__round__", args, nargs, kwnames, kwlist, 1, 0, 1, &o_nd)) return NULL;
    double x = fval(self);
    if (o_nd == NULL || o_nd == VM_None) {
        double r = cr_round_half_even(x);
        return vm_int_from_double(r);
    }
    int64_t nd;
    if (!ndigits_of(o_nd, &nd)) return NULL;
    if (!cr_isfinite(x)) return vm_float_new(x);
    /* beyond these, x rounds to itself or to a signed zero */
    if (nd > 323) return vm_float_new(x);
    if (nd < -308) return vm_float_new(0.0 * x);
    bool ovf;
    double r = cr_double_round(x, (int)nd, &ovf);
    if (ovf) return vm_err_str(&vm_exc_OverflowError, "rounded value too large to represent");
    return vm_float_new(r);
}

static Val m_getformat(Val cls, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__getformat__", nargs, kwnames, 1, 1)) return NULL;
    Val t = args[0];
    if (!vm_is_str(t))
        return vm_err_fmt(&vm_exc_TypeError, "__getformat__() argument must be str, not %s", vm_tname(t));
    if (!vm_str_eq_cstr(t, "double") && !vm_str_eq_cstr(t, "float"))
        return vm_err_str(&vm_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return vm_str_cstr("IEEE, little-endian");
}

static Val m_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__format__", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "__format__() argument must be str, not %s", vm_tname(args[0]));
    return vm_format_float_obj(self, args[0]);
}

static Val m_getnewargs(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__getnewargs__", nargs, kwnames, 0, 0)) return NULL;
    Val f = vm_float_new(fval(self));
    if (f == NULL) return NULL;
    return vm_tuple_pack(1, f);
}

static Val get_real(Val self) { return f_float(self); }
static Val get_imag(Val self) { return vm_float_new(0.0); }

static const vm_methoddef float_methods[] = {
    {"conjugate", m_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"fromhex", m_fromhex, VM_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", m_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__getformat__", m_getformat, VM_METH_CLASS, "You probably don't want to use this function."},
    {"__format__", m_format, 0, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

static const vm_numberslots float_num = {
    .binop = {[VM_OP_ADD] = f_add, [VM_OP_SUB] = f_sub, [VM_OP_MUL] = f_mul, [VM_OP_TRUEDIV] = f_truediv,
              [VM_OP_FLOORDIV] = f_floordiv, [VM_OP_MOD] = f_mod, [VM_OP_POW] = f_pow},
    .pow3 = f_pow3,
    .neg = f_neg,
    .pos = f_float,
    .abs = f_abs,
    .truth = f_truth,
    .to_int = f_int,
    .to_float = f_float,
    .divmod = f_divmod,
};

Type vm_type_float = {
    .base = {&vm_type_type},
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = VM_TF_BASETYPE,
    .tbase = &vm_type_object,
    .repr = float_repr,
    .hash = float_hash,
    .richcmp = float_richcmp,
    .new_ = float_tp_new,
    .num = &float_num,
    .methods = float_methods,
    .getsets = float_getsets,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

void vm_float_types_ready(void) { vm_type_ready(&vm_type_float); }
