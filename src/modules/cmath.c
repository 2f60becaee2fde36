/* The cmath module: CPython 3.11's complex functions with the same results,
 * branch cuts, signed zeros and errors.
 *
 * Finite arguments use the classic formulas of W. Kahan ("Branch cuts for
 * complex elementary functions"), with the real part and the imaginary
 * part computed separately from real functions of core/libm.h, rescaled
 * where an intermediate could overflow or lose the subnormal range.
 * Arguments with an infinite or NaN part take their result from a 7x7
 * table per function (classes -inf, negative, -0, +0, positive, +inf,
 * nan for each part) as C99 Annex G prescribes; the tables below were
 * produced by observing CPython 3.11 (script at the end of this file), and
 * the few entries that depend on the finite part (exp, cosh, sinh, tanh,
 * rect of an infinite real part) are computed.
 *
 * Errors: a function sets `err` to ERR_DOM (ValueError "math domain
 * error") or ERR_RANGE (OverflowError "math range error").
 */
#include <float.h>

#include "core/libm.h"
#include "modules/modules.h"
#include "vm/float.h"

#define CFN(name) static Val c_##name(Val self, Val *args, size_t nargs, Val kwnames)

typedef struct {
    double re, im;
} cpx;

enum { ERR_NONE = 0, ERR_DOM = 1, ERR_RANGE = 2 };

static const double PI = 3.141592653589793238462643383279502884197;
static const double E = 2.718281828459045235360287471352662498;
static const double LN2 = 0.6931471805599453094; /* log(2) */
static const double LN10 = 2.302585092994045684; /* log(10) */

static bool is_nan(double x) { return x != x; }
static bool is_inf(double x) { return x == x && (x - x) != (x - x); }
static bool is_finite(double x) { return (x - x) == (x - x); }
static double inf_(void) { return DBL_MAX * 2.0; }
static double nan_(void) { return cr_copysign(inf_() - inf_(), 1.0); }

/* Thresholds: DBL_MAX/4, its square root and logarithm, sqrt(DBL_MIN). */
static double large_double(void) { return DBL_MAX / 4.0; }
static double sqrt_large_double(void) { return cr_sqrt(large_double()); }
static double log_large_double(void) { return cr_log(large_double()); }
static double sqrt_dbl_min(void) { return cr_sqrt(DBL_MIN); }

static cpx C(double re, double im)
{
    cpx z = {re, im};
    return z;
}

/* ---- special values ---- */

/* Class of a double: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan. */
static int klass(double x)
{
    if (is_nan(x)) return 6;
    if (is_inf(x)) return x > 0 ? 5 : 0;
    if (x == 0) return cr_copysign(1.0, x) > 0 ? 3 : 2;
    return x > 0 ? 4 : 1;
}

/* Decode one table character: the value codes of the generator script. */
static double sv(char c)
{
    switch (c) {
    case '0': return 0.0;
    case '1': return -0.0;
    case '2': return inf_();
    case '3': return -inf_();
    case '5': return PI;
    case '6': return -PI;
    case '7': return PI / 2;
    case '8': return -PI / 2;
    case '9': return PI / 4;
    case 'a': return -PI / 4;
    case 'b': return 3 * PI / 4;
    case 'c': return -3 * PI / 4;
    case 'd': return 1.0;
    case 'e': return -1.0;
    default: return nan_();
    }
}

enum { T_EXP, T_LOG, T_SQRT, T_ACOS, T_ACOSH, T_ASINH, T_ATANH, T_COSH, T_SINH, T_TANH, T_RECT };

/* Row = class of the real part, column = class of the imaginary part;
 * each entry "RIE": real code, imaginary code, error (0/1/2); "..." is a
 * finite argument, "XXX" a computed entry. */
static const char *const special_tables[] = {
    /* exp */ "000 XXX 010 000 XXX 000 000 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 441 XXX 210 200 XXX 441 240 440 440 410 400 440 440 440",
    /* log */ "2c0 260 260 250 250 2b0 240 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 2a0 210 210 200 200 290 240 240 440 440 440 440 240 440",
    /* sqrt */ "230 030 030 020 020 220 420 230 ... ... ... ... 220 440 230 ... ... ... ... 220 440 230 ... ... ... ... 220 440 230 ... ... ... ... 220 440 230 210 210 200 200 220 240 230 440 440 440 440 220 440",
    /* acos */ "b20 520 520 530 530 b30 420 720 ... ... ... ... 730 440 720 ... ... ... ... 730 740 720 ... ... ... ... 730 740 720 ... ... ... ... 730 440 920 020 020 030 030 930 420 420 440 440 440 440 430 440",
    /* acosh */ "2c0 260 260 250 250 2b0 240 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 2a0 210 210 200 200 290 240 240 440 440 440 440 240 440",
    /* asinh */ "3a0 310 310 300 300 390 340 380 ... ... ... ... 370 440 380 ... ... ... ... 370 440 280 ... ... ... ... 270 440 280 ... ... ... ... 270 440 2a0 210 210 200 200 290 240 240 440 410 400 440 240 440",
    /* atanh */ "180 180 180 170 170 170 140 180 ... ... ... ... 170 440 180 ... ... ... ... 170 140 080 ... ... ... ... 070 040 080 ... ... ... ... 070 440 080 080 080 070 070 070 040 080 440 440 440 440 070 440",
    /* cosh */ "441 XXX 200 210 XXX 441 240 441 ... ... ... ... 441 440 441 ... ... ... ... 441 400 441 ... ... ... ... 441 400 441 ... ... ... ... 441 440 441 XXX 210 200 XXX 441 240 440 440 400 400 440 440 440",
    /* sinh */ "441 XXX 310 300 XXX 441 240 441 ... ... ... ... 441 440 441 ... ... ... ... 441 040 441 ... ... ... ... 441 040 441 ... ... ... ... 441 440 441 XXX 210 200 XXX 441 240 440 440 410 400 440 440 440",
    /* tanh */ "e00 XXX e10 e00 XXX e00 e00 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 441 ... ... ... ... 441 440 d00 XXX d10 d00 XXX d00 d00 440 440 410 400 440 440 440",
    /* rect */ "441 XXX 300 310 XXX 441 240 441 ... ... ... ... 441 440 000 ... ... ... ... 000 000 000 ... ... ... ... 000 000 441 ... ... ... ... 441 440 441 XXX 210 200 XXX 441 240 440 440 400 400 440 440 440",
};

/* The table entry for (x, y); only called when one part is not finite and
 * the entry is not a computed one. */
static cpx special(int table, double x, double y, int *err)
{
    cr_span t = cr_span_cstr(special_tables[table]);
    size_t at = ((size_t)klass(x) * 7 + (size_t)klass(y)) * 4;
    char e[3];
    for (size_t i = 0; i < 3; i++) e[i] = (char)cr_span_at(t, at + i);
    *err = e[2] == '1' ? ERR_DOM : e[2] == '2' ? ERR_RANGE : ERR_NONE;
    return C(sv(e[0]), sv(e[1]));
}

static bool both_finite(cpx z) { return is_finite(z.re) && is_finite(z.im); }

/* ---- the functions on finite and special values ---- */

static cpx c_sqrt_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_SQRT, z.re, z.im, err);
    if (z.re == 0 && z.im == 0) return C(0.0, z.im);
    double ax = cr_fabs(z.re), ay = cr_fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* both parts tiny: scale by 2**53 so hypot keeps its precision */
        ax = cr_ldexp(ax, 53);
        s = cr_ldexp(cr_sqrt(ax + cr_hypot(ax, cr_ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * cr_sqrt(ax + cr_hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0) return C(s, cr_copysign(d, z.im));
    return C(d, cr_copysign(s, z.im));
}

static cpx c_exp_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) {
        if (is_inf(z.re) && is_finite(z.im) && z.im != 0) {
            if (z.re > 0) return C(cr_copysign(inf_(), cr_cos(z.im)), cr_copysign(inf_(), cr_sin(z.im)));
            return C(cr_copysign(0.0, cr_cos(z.im)), cr_copysign(0.0, cr_sin(z.im)));
        }
        return special(T_EXP, z.re, z.im, err);
    }
    cpx r;
    if (z.re > log_large_double()) {
        double l = cr_exp(z.re - 1.0);
        r = C(l * cr_cos(z.im) * E, l * cr_sin(z.im) * E);
    } else {
        double l = cr_exp(z.re);
        r = C(l * cr_cos(z.im), l * cr_sin(z.im));
    }
    if (is_inf(r.re) || is_inf(r.im)) *err = ERR_RANGE;
    return r;
}

static cpx c_log_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_LOG, z.re, z.im, err);
    double ax = cr_fabs(z.re), ay = cr_fabs(z.im), re;
    if (ax > large_double() || ay > large_double()) {
        re = cr_log(cr_hypot(ax / 2.0, ay / 2.0)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0 || ay > 0) {
            re = cr_log(cr_hypot(cr_ldexp(ax, DBL_MANT_DIG), cr_ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
        } else {
            re = -inf_();
            *err = ERR_DOM;
        }
    } else {
        double h = cr_hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            /* near the unit circle: log1p of |z|**2 - 1 computed exactly-ish */
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = cr_log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            re = cr_log(h);
        }
    }
    return C(re, cr_atan2(z.im, z.re));
}

static cpx c_log10_(cpx z, int *err)
{
    cpx r = c_log_(z, err);
    return C(r.re / LN10, r.im / LN10);
}

static cpx c_acos_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_ACOS, z.re, z.im, err);
    if (cr_fabs(z.re) > large_double() || cr_fabs(z.im) > large_double()) {
        /* avoid overflow: |acos z| ~ log(2|z|) */
        double re = cr_atan2(cr_fabs(z.im), z.re);
        double l = cr_log(cr_hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
        return C(re, z.re < 0 ? -cr_copysign(l, z.im) : cr_copysign(l, -z.im));
    }
    int e2;
    cpx s1 = c_sqrt_(C(1.0 - z.re, -z.im), &e2);
    cpx s2 = c_sqrt_(C(1.0 + z.re, z.im), &e2);
    return C(2.0 * cr_atan2(s1.re, s2.re), cr_asinh(s2.re * s1.im - s2.im * s1.re));
}

static cpx c_acosh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_ACOSH, z.re, z.im, err);
    if (cr_fabs(z.re) > large_double() || cr_fabs(z.im) > large_double())
        return C(cr_log(cr_hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0, cr_atan2(z.im, z.re));
    int e2;
    cpx s1 = c_sqrt_(C(z.re - 1.0, z.im), &e2);
    cpx s2 = c_sqrt_(C(z.re + 1.0, z.im), &e2);
    return C(cr_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * cr_atan2(s1.im, s2.re));
}

static cpx c_asinh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_ASINH, z.re, z.im, err);
    if (cr_fabs(z.re) > large_double() || cr_fabs(z.im) > large_double()) {
        double l = cr_log(cr_hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
        double re = z.im >= 0 ? cr_copysign(l, z.re) : -cr_copysign(l, -z.re);
        return C(re, cr_atan2(z.im, cr_fabs(z.re)));
    }
    int e2;
    cpx s1 = c_sqrt_(C(1.0 + z.im, -z.re), &e2);
    cpx s2 = c_sqrt_(C(1.0 - z.im, z.re), &e2);
    return C(cr_asinh(s1.re * s2.im - s2.re * s1.im), cr_atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

/* asin z = -i asinh(i z) */
static cpx c_asin_(cpx z, int *err)
{
    cpx s = c_asinh_(C(-z.im, z.re), err);
    return C(s.im, -s.re);
}

static cpx c_atanh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) return special(T_ATANH, z.re, z.im, err);
    if (z.re < 0) {
        /* odd function: keeps the signs of zeros on the branch cuts */
        cpx r = c_atanh_(C(-z.re, -z.im), err);
        return C(-r.re, -r.im);
    }
    double ay = cr_fabs(z.im);
    if (z.re > sqrt_large_double() || ay > sqrt_large_double()) {
        double h = cr_hypot(z.re / 2.0, z.im / 2.0);
        return C(z.re / 4.0 / h / h, -cr_copysign(PI / 2, -z.im));
    }
    if (z.re == 1.0 && ay < sqrt_dbl_min()) {
        if (ay == 0) {
            *err = ERR_DOM;
            return C(inf_(), z.im);
        }
        return C(-cr_log(cr_sqrt(ay) / cr_sqrt(cr_hypot(ay, 2.0))), cr_copysign(cr_atan2(2.0, -ay) / 2, z.im));
    }
    double re = cr_log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0;
    double im = -cr_atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0;
    return C(re, im);
}

/* atan z = -i atanh(i z) */
static cpx c_atan_(cpx z, int *err)
{
    cpx s = c_atanh_(C(-z.im, z.re), err);
    return C(s.im, -s.re);
}

/* cosh and sinh: an infinite real part with a finite non-zero imaginary
 * part gives infinities signed by cos(y) and sin(y). */
static cpx inf_cis(double x, double y, double sign_re, double sign_im)
{
    (void)x;
    return C(cr_copysign(inf_(), cr_cos(y)) * sign_re, cr_copysign(inf_(), cr_sin(y)) * sign_im);
}

static cpx c_cosh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) {
        if (is_inf(z.re) && is_finite(z.im) && z.im != 0)
            return inf_cis(z.re, z.im, 1.0, z.re > 0 ? 1.0 : -1.0);
        return special(T_COSH, z.re, z.im, err);
    }
    cpx r;
    if (cr_fabs(z.re) > log_large_double()) {
        double xm1 = z.re - cr_copysign(1.0, z.re);
        r = C(cr_cos(z.im) * cr_cosh(xm1) * E, cr_sin(z.im) * cr_sinh(xm1) * E);
    } else {
        r = C(cr_cos(z.im) * cr_cosh(z.re), cr_sin(z.im) * cr_sinh(z.re));
    }
    if (is_inf(r.re) || is_inf(r.im)) *err = ERR_RANGE;
    return r;
}

static cpx c_sinh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) {
        if (is_inf(z.re) && is_finite(z.im) && z.im != 0)
            return inf_cis(z.re, z.im, z.re > 0 ? 1.0 : -1.0, 1.0);
        return special(T_SINH, z.re, z.im, err);
    }
    cpx r;
    if (cr_fabs(z.re) > log_large_double()) {
        double xm1 = z.re - cr_copysign(1.0, z.re);
        r = C(cr_cos(z.im) * cr_sinh(xm1) * E, cr_sin(z.im) * cr_cosh(xm1) * E);
    } else {
        r = C(cr_cos(z.im) * cr_sinh(z.re), cr_sin(z.im) * cr_cosh(z.re));
    }
    if (is_inf(r.re) || is_inf(r.im)) *err = ERR_RANGE;
    return r;
}

static cpx c_tanh_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) {
        if (is_inf(z.re) && is_finite(z.im) && z.im != 0)
            return C(z.re > 0 ? 1.0 : -1.0, cr_copysign(0.0, 2.0 * cr_sin(z.im) * cr_cos(z.im)));
        return special(T_TANH, z.re, z.im, err);
    }
    if (cr_fabs(z.re) > log_large_double()) {
        return C(cr_copysign(1.0, z.re), 4.0 * cr_sin(z.im) * cr_cos(z.im) * cr_exp(-2.0 * cr_fabs(z.re)));
    }
    double tx = cr_tanh(z.re), ty = cr_tan(z.im), cx = 1.0 / cr_cosh(z.re);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return C(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

/* cos z = cosh(i z), sin z = -i sinh(i z), tan z = -i tanh(i z) */
static cpx c_cos_(cpx z, int *err) { return c_cosh_(C(-z.im, z.re), err); }
static cpx c_sin_(cpx z, int *err)
{
    cpx s = c_sinh_(C(-z.im, z.re), err);
    return C(s.im, -s.re);
}
static cpx c_tan_(cpx z, int *err)
{
    cpx s = c_tanh_(C(-z.im, z.re), err);
    return C(s.im, -s.re);
}

/* |z| like complex.__abs__: inf beats nan; overflow sets ERR_RANGE. */
static double c_abs_(cpx z, int *err)
{
    *err = ERR_NONE;
    if (!both_finite(z)) {
        if (is_inf(z.re) || is_inf(z.im)) return inf_();
        return nan_();
    }
    double r = cr_hypot(z.re, z.im);
    if (!is_finite(r)) *err = ERR_RANGE;
    return r;
}

/* a / b by Smith's method (complex true division); division by zero sets
 * ERR_DOM. */
static cpx c_quot_(cpx a, cpx b, int *err)
{
    double abr = cr_fabs(b.re), abi = cr_fabs(b.im);
    *err = ERR_NONE;
    if (abr >= abi) {
        if (abr == 0.0) {
            *err = ERR_DOM;
            return C(0.0, 0.0);
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    }
    if (abi >= abr) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }
    return C(nan_(), nan_()); /* a NaN in b */
}

/* ---- argument conversion and results ---- */

/* The complex value of v: complex, __complex__, or a real number. */
static bool arg_cpx(Val v, cpx *out)
{
    if (vm_is_complex(v)) return vm_complex_parts(v, &out->re, &out->im);
    if (vm_type_lookup_cstr(vm_typeof(v), "__complex__")) {
        Val r = vm_call_method(v, "__complex__", NULL, 0);
        if (!r) return false;
        if (!vm_is_complex(r)) {
            vm_err_fmt(&vm_exc_TypeError, "__complex__ returned non-complex (type %s)", vm_tname(r));
            return false;
        }
        return vm_complex_parts(r, &out->re, &out->im);
    }
    if (vm_err_occurred()) return false;
    out->im = 0.0;
    return vm_as_double(v, &out->re) >= 0;
}

static Val raise_err(int err)
{
    if (err == ERR_DOM) return vm_err_str(&vm_exc_ValueError, "math domain error");
    return vm_err_str(&vm_exc_OverflowError, "math range error");
}

static Val result(cpx r, int err) { return err ? raise_err(err) : vm_complex_new(r.re, r.im); }

typedef cpx (*cfunc)(cpx, int *);

static Val apply1(const char *name, cfunc f, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(name, nargs, kwnames, 1, 1)) return NULL;
    cpx z;
    if (!arg_cpx(args[0], &z)) return NULL;
    int err = ERR_NONE;
    cpx r = f(z, &err);
    return result(r, err);
}

#define UNARY(name)                                                                                   \
    CFN(name) { return apply1("cmath." #name, c_##name##_, args, nargs, kwnames); }

UNARY(sqrt)
UNARY(exp)
UNARY(log10)
UNARY(acos)
UNARY(acosh)
UNARY(asin)
UNARY(asinh)
UNARY(atan)
UNARY(atanh)
UNARY(cos)
UNARY(cosh)
UNARY(sin)
UNARY(sinh)
UNARY(tan)
UNARY(tanh)

/* log(z[, base]) */
CFN(log)
{
    if (nargs < 1 || nargs > 2 || (kwnames && vm_tuple_len(kwnames) > 0)) {
        if (kwnames && vm_tuple_len(kwnames) > 0) return vm_err_str(&vm_exc_TypeError, "log() takes no keyword arguments");
        if (nargs < 1) return vm_err_fmt(&vm_exc_TypeError, "log expected at least 1 argument, got %d", (int)nargs);
        return vm_err_fmt(&vm_exc_TypeError, "log expected at most 2 arguments, got %d", (int)nargs);
    }
    cpx z, b;
    if (!arg_cpx(args[0], &z)) return NULL;
    if (nargs == 2 && !arg_cpx(args[1], &b)) return NULL;
    int err = ERR_NONE;
    cpx r = c_log_(z, &err);
    if (nargs == 2) {
        /* as in CPython only the base's log error counts: errno is reset
         * by the second log, then the division may set it */
        cpx lb = c_log_(b, &err);
        int qerr;
        r = c_quot_(r, lb, &qerr);
        if (qerr) err = qerr;
    }
    return result(r, err);
}

/* atan2 for phase() and polar(): like glibc, a zero result from a non-zero
 * y and a finite x is an underflow, which CPython reports as OverflowError. */
static double c_atan2_(cpx z, int *err)
{
    double r = cr_atan2(z.im, z.re);
    *err = r == 0.0 && z.im != 0.0 && is_finite(z.re) ? ERR_RANGE : ERR_NONE;
    return r;
}

CFN(phase)
{
    if (!vm_check_nargs("cmath.phase", nargs, kwnames, 1, 1)) return NULL;
    cpx z;
    if (!arg_cpx(args[0], &z)) return NULL;
    int err;
    double r = c_atan2_(z, &err);
    return err ? raise_err(err) : vm_float_new(r);
}

CFN(polar)
{
    if (!vm_check_nargs("cmath.polar", nargs, kwnames, 1, 1)) return NULL;
    cpx z;
    if (!arg_cpx(args[0], &z)) return NULL;
    int err;
    double r = c_abs_(z, &err);
    if (err) return raise_err(err);
    double phi = cr_atan2(z.im, z.re); /* the abs computed after it decides errno */
    Val items[2] = {vm_float_new(r), vm_float_new(phi)};
    if (!items[0] || !items[1]) return NULL;
    return vm_tuple_from(items, 2);
}

CFN(rect)
{
    if (nargs != 2 || (kwnames && vm_tuple_len(kwnames) > 0)) {
        if (kwnames && vm_tuple_len(kwnames) > 0) return vm_err_str(&vm_exc_TypeError, "rect() takes no keyword arguments");
        return vm_err_fmt(&vm_exc_TypeError, "rect expected 2 arguments, got %d", (int)nargs);
    }
    double r, phi;
    if (vm_as_double(args[0], &r) < 0 || vm_as_double(args[1], &phi) < 0) return NULL;
    int err = ERR_NONE;
    cpx z;
    if (!is_finite(r) || !is_finite(phi)) {
        if (is_inf(r) && is_finite(phi) && phi != 0) {
            double s = r > 0 ? 1.0 : -1.0;
            z = C(s * cr_copysign(inf_(), cr_cos(phi)), s * cr_copysign(inf_(), cr_sin(phi)));
        } else {
            z = special(T_RECT, r, phi, &err);
        }
    } else if (phi == 0.0) {
        z = C(r, r * phi);
    } else {
        z = C(r * cr_cos(phi), r * cr_sin(phi));
    }
    return result(z, err);
}

#define PREDICATE(name, test)                                                                         \
    CFN(name)                                                                                         \
    {                                                                                                 \
        if (!vm_check_nargs("cmath." #name, nargs, kwnames, 1, 1)) return NULL;                       \
        cpx z;                                                                                        \
        if (!arg_cpx(args[0], &z)) return NULL;                                                       \
        return vm_bool(test);                                                                         \
    }

PREDICATE(isfinite, both_finite(z))
PREDICATE(isinf, is_inf(z.re) || is_inf(z.im))
PREDICATE(isnan, is_nan(z.re) || is_nan(z.im))

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
CFN(isclose)
{
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Val a[4];
    if (nargs > 2) return vm_err_fmt(&vm_exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", (int)nargs);
    if (!vm_parse_args("isclose", args, nargs, kwnames, kw, 0, 2, 2, a)) return NULL;
    cpx x, y;
    double rel = 1e-09, abst = 0.0;
    if (!arg_cpx(a[0], &x) || !arg_cpx(a[1], &y)) return NULL;
    if (a[2] && vm_as_double(a[2], &rel) < 0) return NULL;
    if (a[3] && vm_as_double(a[3], &abst) < 0) return NULL;
    if (rel < 0.0 || abst < 0.0) return vm_err_str(&vm_exc_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return VM_True;
    if (is_inf(x.re) || is_inf(x.im) || is_inf(y.re) || is_inf(y.im)) return VM_False;
    int err;
    double diff = c_abs_(C(y.re - x.re, y.im - x.im), &err);
    double ay = c_abs_(y, &err), ax = c_abs_(x, &err);
    return vm_bool((diff <= rel * ay) || (diff <= rel * ax) || diff <= abst);
}

static const vm_methoddef cmath_functions[] = {
    {"sqrt", c_sqrt, 0, NULL},   {"exp", c_exp, 0, NULL},         {"log", c_log, 0, NULL},
    {"log10", c_log10, 0, NULL}, {"acos", c_acos, 0, NULL},       {"acosh", c_acosh, 0, NULL},
    {"asin", c_asin, 0, NULL},   {"asinh", c_asinh, 0, NULL},     {"atan", c_atan, 0, NULL},
    {"atanh", c_atanh, 0, NULL}, {"cos", c_cos, 0, NULL},         {"cosh", c_cosh, 0, NULL},
    {"sin", c_sin, 0, NULL},     {"sinh", c_sinh, 0, NULL},       {"tan", c_tan, 0, NULL},
    {"tanh", c_tanh, 0, NULL},   {"phase", c_phase, 0, NULL},     {"polar", c_polar, 0, NULL},
    {"rect", c_rect, 0, NULL},   {"isfinite", c_isfinite, 0, NULL}, {"isinf", c_isinf, 0, NULL},
    {"isnan", c_isnan, 0, NULL}, {"isclose", c_isclose, 0, NULL}, {NULL, NULL, 0, NULL},
};

static int cmath_init(Val module)
{
    if (vm_module_add_functions(module, cmath_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    struct {
        const char *name;
        Val v;
    } consts[] = {
        {"pi", vm_float_new(PI)},
        {"e", vm_float_new(E)},
        {"tau", vm_float_new(2.0 * PI)},
        {"inf", vm_float_new(inf_())},
        {"nan", vm_float_new(nan_())},
        {"infj", vm_complex_new(0.0, inf_())},
        {"nanj", vm_complex_new(0.0, nan_())},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (!consts[i].v || vm_dict_set_cstr(d, consts[i].name, consts[i].v) < 0) return -1;
    return 0;
}

int md_cmath_register(void)
{
    vm_register_builtin_module("cmath", cmath_init);
    return 0;
}

/* The special-value tables were printed by this script under CPython 3.11:
 *
 * import cmath, math
 * inf = math.inf; nan = math.nan
 * classes = [[-inf], [-2.3, -0.5, -1.0, -1e300, -1e-300], [-0.0], [0.0],
 *            [2.3, 0.5, 1.0, 1e300, 1e-300], [inf], [nan]]
 * consts = [(0.0, '0'), (-0.0, '1'), (inf, '2'), (-inf, '3'), (math.pi, '5'),
 *           (-math.pi, '6'), (math.pi/2, '7'), (-math.pi/2, '8'), (math.pi/4, '9'),
 *           (-math.pi/4, 'a'), (3*math.pi/4, 'b'), (-3*math.pi/4, 'c'), (1.0, 'd'),
 *           (-1.0, 'e')]
 * def code(v):
 *     if v != v: return '4'
 *     for c, k in consts:
 *         if c == v and math.copysign(1, c) == math.copysign(1, v): return k
 * def ev(f, x, y):
 *     try:
 *         r = f(x, y) if f is cmath.rect else f(complex(x, y))
 *         a, b = code(r.real), code(r.imag)
 *         return 'X' if a is None or b is None else a + b + '0'
 *     except ValueError: return '441'
 *     except OverflowError: return '442'
 * for name in ['exp', 'log', 'sqrt', 'acos', 'acosh', 'asinh', 'atanh', 'cosh',
 *              'sinh', 'tanh', 'rect']:
 *     f = getattr(cmath, name); rows = []
 *     for i, cx in enumerate(classes):
 *         for j, cy in enumerate(classes):
 *             if 1 <= i <= 4 and 1 <= j <= 4: rows.append('...'); continue
 *             outs = set(ev(f, x, y) for x in cx for y in cy)
 *             rows.append(outs.pop() if len(outs) == 1 else 'XXX')
 *     print('    /' '* %s *' '/ "%s",' % (name, ' '.join(rows)))
 */
