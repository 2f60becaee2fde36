/* The complex type (CPython 3.11 semantics and messages:
 * Objects/complexobject.c).  Arithmetic follows CPython's formulas step by
 * step (Smith's division, the binary powering for small integer exponents)
 * so that results agree to the last bit, including nan/inf propagation.
 */
#include "vm/float.h"

#include "core/dtoa.h"
#include "core/libm.h"
#include "vm/fmtspec.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_db.h"


typedef struct {
    double real, imag;
} cplx;

static ComplexObj *cobj(Val v) { return (ComplexObj *)(void *)val_obj(v); }

Val vm_complex_new(double real, double imag)
{
    ComplexObj *c = vm_alloc_obj(&vm_type_complex, sizeof(ComplexObj), CR_NOSCAN);
    if (c == NULL) return NULL;
    c->real = real;
    c->imag = imag;
    return VAL(c);
}

static Val complex_of_type(Type *t, double real, double imag)
{
    if (t == &vm_type_complex) return vm_complex_new(real, imag);
    Val v = vm_alloc_instance(t);
    if (v == NULL) return NULL;
    cobj(v)->real = real;
    cobj(v)->imag = imag;
    return v;
}

bool vm_complex_parts(Val v, double *re, double *im)
{
    *re = cobj(v)->real;
    *im = cobj(v)->imag;
    return true;
}

static Val cval(cplx c) { return vm_complex_new(c.real, c.imag); }

/* An operand as a complex: 1 ok, 0 NotImplemented, -1 error. */
static int to_complex(Val v, cplx *out)
{
    out->imag = 0.0;
    if (vm_is_complex(v)) {
        out->real = cobj(v)->real;
        out->imag = cobj(v)->imag;
        return 1;
    }
    if (vm_is_float(v)) {
        out->real = vm_float_value(v);
        return 1;
    }
    if (vm_is_int(v)) return vm_int_as_double(v, &out->real) < 0 ? -1 : 1;
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                \
    do {                                        \
        int ca_ = to_complex(a, &x);            \
        if (ca_ < 0) return NULL;               \
        if (ca_ == 0) return VM_NotImplemented; \
        int cb_ = to_complex(b, &y);            \
        if (cb_ < 0) return NULL;               \
        if (cb_ == 0) return VM_NotImplemented; \
    } while (0)

/* ------------------------------------------------------------------ */
/* the C-level operations (_Py_c_*)                                    */

static cplx c_prod(cplx a, cplx b)
{
    cplx r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* Smith's algorithm; *zero_div set when b == 0 (CPython's EDOM). */
static cplx c_quot(cplx a, cplx b, bool *zero_div)
{
    cplx r;
    double abs_breal = b.real < 0 ? -b.real : b.real;
    double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *zero_div = true;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        /* a nan in b */
        r.real = r.imag = cr_double_from_bits((uint64_t)0x7ff8 << 48);
    }
    return r;
}

static cplx c_pow(cplx a, cplx b, bool *zero_div)
{
    cplx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *zero_div = true;
        r.real = 0.0;
        r.imag = 0.0;
    } else {
        double vabs = cr_hypot(a.real, a.imag);
        double len = cr_pow(vabs, b.real);
        double at = cr_atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= cr_exp(at * b.imag);
            phase += b.imag * cr_log(vabs);
        }
        /* libm's cos/sin of an infinity set errno EDOM, which CPython
         * reports as ZeroDivisionError */
        if (cr_isinf(phase)) *zero_div = true;
        r.real = len * cr_cos(phase);
        r.imag = len * cr_sin(phase);
    }
    return r;
}

static cplx c_powu(cplx x, long n)
{
    cplx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static cplx c_powi(cplx x, long n, bool *zero_div)
{
    cplx one = {1.0, 0.0};
    if (n > 0) return c_powu(x, n);
    return c_quot(one, c_powu(x, -n), zero_div);
}

/* _Py_c_abs; *overflow set when the finite inputs overflow. */
static double c_abs(cplx z, bool *overflow)
{
    *overflow = false;
    if (!cr_isfinite(z.real) || !cr_isfinite(z.imag)) {
        if (cr_isinf(z.real)) return cr_fabs(z.real);
        if (cr_isinf(z.imag)) return cr_fabs(z.imag);
        return cr_double_from_bits((uint64_t)0x7ff8 << 48);
    }
    double r = cr_hypot(z.real, z.imag);
    if (!cr_isfinite(r)) *overflow = true;
    return r;
}

/* ------------------------------------------------------------------ */
/* number slots                                                        */

static Val c_add(Val a, Val b)
{
    cplx x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_complex_new(x.real + y.real, x.imag + y.imag);
}

static Val c_sub(Val a, Val b)
{
    cplx x, y;
    CONVERT_BOTH(a, b, x, y);
    return vm_complex_new(x.real - y.real, x.imag - y.imag);
}

static Val c_mul(Val a, Val b)
{
    cplx x, y;
    CONVERT_BOTH(a, b, x, y);
    return cval(c_prod(x, y));
}

static Val c_div(Val a, Val b)
{
    cplx x, y;
    bool zd = false;
    CONVERT_BOTH(a, b, x, y);
    cplx r = c_quot(x, y, &zd);
    if (zd) return vm_err_str(&vm_exc_ZeroDivisionError, "complex division by zero");
    return cval(r);
}

static Val pow_result(cplx a, cplx b)
{
    bool zd = false;
    cplx p;
    if (b.imag == 0.0 && b.real == cr_floor(b.real) && cr_fabs(b.real) <= 100.0)
        p = c_powi(a, (long)b.real, &zd);
    else
        p = c_pow(a, b, &zd);
    if (zd) return vm_err_str(&vm_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (cr_isinf(p.real) || cr_isinf(p.imag))
        return vm_err_str(&vm_exc_OverflowError, "complex exponentiation");
    return cval(p);
}

Val vm_complex_pow_parts(double ar, double ai, double br, double bi)
{
    cplx a = {ar, ai}, b = {br, bi};
    return pow_result(a, b);
}

static Val c_pow3(Val a, Val b, Val m)
{
    cplx x, y;
    CONVERT_BOTH(a, b, x, y);
    if (m != VM_None) return vm_err_str(&vm_exc_ValueError, "complex modulo");
    return pow_result(x, y);
}

static Val c_pow2(Val a, Val b) { return c_pow3(a, b, VM_None); }

static Val c_neg(Val a) { return vm_complex_new(-cobj(a)->real, -cobj(a)->imag); }

static Val c_pos(Val a)
{
    if (vm_is_type(a, &vm_type_complex)) return a;
    return vm_complex_new(cobj(a)->real, cobj(a)->imag);
}

static Val c_absval(Val a)
{
    cplx z = {cobj(a)->real, cobj(a)->imag};
    bool ovf;
    double r = c_abs(z, &ovf);
    if (ovf) return vm_err_str(&vm_exc_OverflowError, "absolute value too large");
    return vm_float_new(r);
}

static int c_truth(Val a) { return cobj(a)->real != 0.0 || cobj(a)->imag != 0.0; }

/* ------------------------------------------------------------------ */
/* repr, hash, compare                                                 */

static Val complex_repr(Val self)
{
    double re = cobj(self)->real, im = cobj(self)->imag;
    cr_buf b;
    cr_buf_init(&b);
    if (re == 0.0 && (cr_double_bits(re) >> 63) == 0) {
        vm_double_to_buf(&b, im, 'r', 0, 0);
        cr_buf_byte(&b, 'j');
    } else {
        cr_buf_byte(&b, '(');
        vm_double_to_buf(&b, re, 'r', 0, 0);
        vm_double_to_buf(&b, im, 'r', 0, CR_DTSF_SIGN);
        cr_buf_cstr(&b, "j)");
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_from_buf(&b);
}

static int64_t complex_hash(Val self)
{
    uint64_t hr = (uint64_t)vm_hash_double_obj(self, cobj(self)->real);
    uint64_t hi = (uint64_t)vm_hash_double_obj(self, cobj(self)->imag);
    uint64_t combined = hr + (uint64_t)1000003 * hi;
    int64_t h = (int64_t)combined;
    return h == -1 ? -2 : h;
}

static Val complex_richcmp(Val a, Val b, int op)
{
    if (op != VM_EQ && op != VM_NE) return VM_NotImplemented;
    if (!vm_is_complex(a)) return VM_NotImplemented;
    double re = cobj(a)->real, im = cobj(a)->imag;
    bool equal;
    if (vm_is_int(b)) {
        if (im != 0.0 || !cr_isfinite(re))
            equal = false;
        else
            equal = vm_int_float_compare(b, re) == 0;
    } else if (vm_is_float(b)) {
        equal = re == vm_float_value(b) && im == 0.0;
    } else if (vm_is_complex(b)) {
        equal = re == cobj(b)->real && im == cobj(b)->imag;
    } else {
        return VM_NotImplemented;
    }
    return vm_bool(op == VM_EQ ? equal : !equal);
}

/* ------------------------------------------------------------------ */
/* complex(...)                                                        */

static bool ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static Val malformed(void) { return vm_err_str(&vm_exc_ValueError, "complex() arg is a malformed string"); }

/* complex_from_string_inner on ASCII text without underscores. */
static Val parse_complex_text(Type *t, cr_span text)
{
    size_t len = text.len, i = 0, n;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (i < len && ascii_space(cr_span_at(text, i))) i++;
    if (i < len && cr_span_at(text, i) == '(') {
        bracket = true;
        i++;
        while (i < len && ascii_space(cr_span_at(text, i))) i++;
    }
    /* the core parses s[i:len] through the span's own pointer */
    cr_span rest = cr_span_from(text, i);
    n = cr_strtod_prefix_signed((const char *)rest.ptr, rest.len, &z);
    if (n > 0) {
        i += n;
        uint8_t c = i < len ? cr_span_at(text, i) : 0;
        if (c == '+' || c == '-') {
            double w;
            x = z;
            rest = cr_span_from(text, i);
            n = cr_strtod_prefix_signed((const char *)rest.ptr, rest.len, &w);
            if (n > 0) {
                y = w;
                i += n;
            } else {
                y = c == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!(i < len && (cr_span_at(text, i) == 'j' || cr_span_at(text, i) == 'J'))) return malformed();
            i++;
        } else if (c == 'j' || c == 'J') {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        uint8_t c = i < len ? cr_span_at(text, i) : 0;
        if (c == '+' || c == '-') {
            y = c == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!(i < len && (cr_span_at(text, i) == 'j' || cr_span_at(text, i) == 'J'))) return malformed();
        i++;
    }
    while (i < len && ascii_space(cr_span_at(text, i))) i++;
    if (bracket) {
        if (!(i < len && cr_span_at(text, i) == ')')) return malformed();
        i++;
        while (i < len && ascii_space(cr_span_at(text, i))) i++;
    }
    if (i != len) return malformed();
    return complex_of_type(t, x, y);
}

static Val complex_from_string(Type *t, Val v)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_span text = vm_str_span(v);
    size_t pos = 0;
    /* Unicode spaces and decimal digits to ASCII, as float() does */
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
    cr_span a = cr_buf_span(&b);
    if (cr_span_find_byte(a, '_', 0) >= 0) {
        if (!cr_underscores_ok((const char *)a.ptr, a.len))
            return vm_err_fmt(&vm_exc_ValueError, "could not convert string to complex: %R", v);
        cr_buf nb;
        cr_buf_init(&nb);
        for (size_t i = 0; i < a.len; i++)
            if (cr_span_at(a, i) != '_') cr_buf_byte(&nb, cr_span_at(a, i));
        if (nb.failed) return vm_err_nomem();
        return parse_complex_text(t, cr_buf_span(&nb));
    }
    return parse_complex_text(t, a);
}

/* try_complex_special_method: the result of __complex__, NULL with no
 * exception when there is none. */
static Val complex_special(Val op)
{
    Val f = vm_type_lookup_cstr(vm_typeof(op), "__complex__");
    if (f == NULL) return NULL;
    Val r = vm_call_method(op, "__complex__", NULL, 0);
    if (r == NULL) return NULL;
    if (!vm_is_complex(r))
        return vm_err_fmt(&vm_exc_TypeError, "__complex__ returned non-complex (type %.200s)", vm_tname(r));
    if (vm_typeof(r) != &vm_type_complex &&
        vm_warn(&vm_exc_DeprecationWarning,
                vm_str_fmt("__complex__ returned non-complex (type %.200s).  The ability to return an instance of "
                           "a strict subclass of complex is deprecated, and may be removed in a future version of "
                           "Python.", vm_tname(r))) < 0)
        return NULL;
    return r;
}

static bool numberlike(Val v)
{
    const vm_numberslots *n = vm_typeof(v)->num;
    if (vm_is_complex(v) || vm_is_int(v) || vm_is_float(v)) return true;
    return n != NULL && (n->to_float != NULL || n->index != NULL);
}

static bool real_part(Val v, double *out)
{
    Val f = vm_number_float(v);
    if (f == NULL) return false;
    *out = vm_float_value(f);
    return true;
}

static Val complex_tp_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"real", "imag", NULL};
    Val a[2];
    if (!vm_parse_args("complex", args, nargs, kwnames, kwlist, 0, 0, 2, a)) return NULL;
    Val r = a[0] ? a[0] : val_from_small(0), i = a[1];
    cplx cr, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;

    if (vm_is_type(r, &vm_type_complex) && i == NULL && t == &vm_type_complex) return r;
    if (vm_is_str(r)) {
        if (i != NULL)
            return vm_err_str(&vm_exc_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(t, r);
    }
    if (i != NULL && vm_is_str(i)) return vm_err_str(&vm_exc_TypeError, "complex() second arg can't be a string");
    Val tmp = complex_special(r);
    if (tmp != NULL)
        r = tmp;
    else if (vm_err_occurred())
        return NULL;
    if (!numberlike(r))
        return vm_err_fmt(&vm_exc_TypeError, "complex() first argument must be a string or a number, not '%.200s'",
                          vm_tname(r));
    if (i != NULL && !numberlike(i))
        return vm_err_fmt(&vm_exc_TypeError, "complex() second argument must be a number, not '%.200s'",
                          vm_tname(i));
    if (vm_is_complex(r)) {
        cr.real = cobj(r)->real;
        cr.imag = cobj(r)->imag;
        cr_is_complex = true;
    } else {
        if (!real_part(r, &cr.real)) return NULL;
        cr.imag = 0.0;
    }
    if (i == NULL) {
        ci.real = cr.imag;
    } else if (vm_is_complex(i)) {
        ci.real = cobj(i)->real;
        ci.imag = cobj(i)->imag;
        ci_is_complex = true;
    } else if (!real_part(i, &ci.real)) {
        return NULL;
    }
    if (ci_is_complex) cr.real -= ci.imag;
    if (cr_is_complex && i != NULL) ci.real += cr.imag;
    return complex_of_type(t, cr.real, ci.real);
}

/* ------------------------------------------------------------------ */
/* methods                                                             */

static Val m_conjugate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("conjugate", nargs, kwnames, 0, 0)) return NULL;
    return vm_complex_new(cobj(self)->real, -cobj(self)->imag);
}

static Val m_getnewargs(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__getnewargs__", nargs, kwnames, 0, 0)) return NULL;
    Val re = vm_float_new(cobj(self)->real), im = vm_float_new(cobj(self)->imag);
    if (re == NULL || im == NULL) return NULL;
    return vm_tuple_pack(2, re, im);
}

static Val m_complex(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__complex__", nargs, kwnames, 0, 0)) return NULL;
    return c_pos(self);
}

static Val m_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__format__", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "__format__() argument must be str, not %s", vm_tname(args[0]));
    return vm_format_complex(self, args[0]);
}

static Val get_real(Val self) { return vm_float_new(cobj(self)->real); }
static Val get_imag(Val self) { return vm_float_new(cobj(self)->imag); }

static const vm_methoddef complex_methods[] = {
    {"conjugate", m_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__format__", m_format, 0, "Convert to a string according to format_spec."},
    {"__complex__", m_complex, 0, "Convert this value to exact type complex."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef complex_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

static const vm_numberslots complex_num = {
    .binop = {[VM_OP_ADD] = c_add, [VM_OP_SUB] = c_sub, [VM_OP_MUL] = c_mul, [VM_OP_TRUEDIV] = c_div,
              [VM_OP_POW] = c_pow2},
    .pow3 = c_pow3,
    .neg = c_neg,
    .pos = c_pos,
    .abs = c_absval,
    .truth = c_truth,
};

Type vm_type_complex = {
    .base = {&vm_type_type},
    .name = "complex",
    .basicsize = sizeof(ComplexObj),
    .flags = VM_TF_BASETYPE,
    .tbase = &vm_type_object,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcmp = complex_richcmp,
    .new_ = complex_tp_new,
    .num = &complex_num,
    .methods = complex_methods,
    .getsets = complex_getsets,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};

void vm_complex_types_ready(void) { vm_type_ready(&vm_type_complex); }
