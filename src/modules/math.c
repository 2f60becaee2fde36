/* The math module: CPython 3.11's functions with the same results and errors.
 *
 * Error rules follow CPython's math_1: a NaN result from a non-NaN argument
 * is ValueError("math domain error"); an infinite result from a finite
 * argument is OverflowError("math range error") for functions that can
 * overflow and a domain error otherwise.  Integer-only functions work on
 * exact (big) ints through the int API.
 */
#include <float.h>

#include "core/libm.h"
#include "modules/modules.h"
#include "vm/int.h"

#define MFN(name) static Val m_##name(Val self, Val *args, size_t nargs, Val kwnames)

static bool is_nan(double x) { return x != x; }
static bool is_inf(double x) { return x == x && (x - x) != (x - x); }
static bool is_finite(double x) { return (x - x) == (x - x); }

static Val domain_error(void) { return vm_err_str(&vm_exc_ValueError, "math domain error"); }
static Val range_error(void) { return vm_err_str(&vm_exc_OverflowError, "math range error"); }

static Val F(double d) { return vm_float_new(d); }

/* A quiet NaN with the sign bit clear, like CPython's Py_NAN. */
static double pos_nan(void) { return cr_copysign(0.0 / 0.0, 1.0); }

static int arg_double(Val v, double *out) { return vm_as_double(v, out); }

/* Check the result r of f(x) as CPython's math_1 does. */
static Val check1(double x, double r, bool can_overflow)
{
    if (is_nan(r) && !is_nan(x)) return domain_error();
    if (is_inf(r) && is_finite(x)) return can_overflow ? range_error() : domain_error();
    return F(r);
}

/* One-argument float functions (METH_O in CPython). */
#define ONEARG(name)                                                                          \
    if (!vm_check_nargs("math." #name, nargs, kwnames, 1, 1)) return NULL;

#define UNARY(name, expr, ovf)                                                                \
    MFN(name)                                                                                 \
    {                                                                                         \
        (void)self;                                                                           \
        ONEARG(name)                                                                          \
        double x;                                                                             \
        if (arg_double(args[0], &x) < 0) return NULL;                                         \
        return check1(x, expr, ovf);                                                          \
    }

UNARY(sqrt, cr_sqrt(x), false)
UNARY(exp, cr_exp(x), true)
UNARY(exp2, cr_exp2(x), true)
UNARY(expm1, cr_expm1(x), true)
UNARY(sin, cr_sin(x), false)
UNARY(cos, cr_cos(x), false)
UNARY(tan, cr_tan(x), false)
UNARY(asin, cr_asin(x), false)
UNARY(acos, cr_acos(x), false)
UNARY(atan, cr_atan(x), false)
UNARY(sinh, cr_sinh(x), true)
UNARY(cosh, cr_cosh(x), true)
UNARY(tanh, cr_tanh(x), false)
UNARY(asinh, cr_asinh(x), false)
UNARY(acosh, cr_acosh(x), false)
UNARY(atanh, cr_atanh(x), false)
UNARY(erf, cr_erf(x), false)
UNARY(erfc, cr_erfc(x), false)
UNARY(cbrt, cr_cbrt(x), false)
UNARY(fabs, cr_fabs(x), false)

/* Degrees/radians: same constants as CPython (180/pi and pi/180). */
static const double PI = 3.141592653589793238462643383279502884197;
UNARY(degrees, x * (180.0 / PI), false)
UNARY(radians, x * (PI / 180.0), false)

static bool is_nonpos_integer(double x) { return x <= 0.0 && cr_floor(x) == x; }

/* Gamma and log-gamma by the Lanczos approximation (g = 6.0246..., N = 13,
 * the coefficient set of Boost's lanczos13m53), evaluated in the same way
 * as CPython so that results agree to the last bit. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* The denominator x(x+1)...(x+11) as a polynomial. */
static const double lanczos_den[LANCZOS_N] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                              45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                              1925.0,     66.0,       1.0};
static const double LOGPI = 1.144729885849400174143427351353058711647;

/* Rational function of the Lanczos sum, in x for small x and in 1/x above
 * (to avoid overflow). */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double round_half_away(double x)
{
    double r = cr_floor(cr_fabs(x) + 0.5);
    return cr_copysign(r, x);
}

/* sin(pi * x), accurate for large x by reducing modulo 2 first. */
static double sinpi(double x)
{
    double y = cr_fmod(cr_fabs(x), 2.0);
    int n = (int)round_half_away(2.0 * y);
    double r;
    switch (n) {
    case 0: r = cr_sin(PI * y); break;
    case 1: r = cr_cos(PI * (y - 0.5)); break;
    case 2: r = cr_sin(PI * (1.0 - y)); break;
    case 3: r = -cr_cos(PI * (y - 1.5)); break;
    default: r = cr_sin(PI * (y - 2.0)); break;
    }
    return cr_copysign(1.0, x) * r;
}

MFN(gamma)
{
    (void)self;
    ONEARG(gamma)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (is_nan(x) || x == (1.0 / 0.0)) return F(x);
    if (x == -(1.0 / 0.0) || is_nonpos_integer(x)) return domain_error();
    if (x == cr_floor(x) && x <= 23.0) { /* exact factorials */
        double f = 1.0;
        for (double k = 2.0; k < x; k += 1.0) f *= k;
        return F(f);
    }
    double absx = cr_fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (is_inf(r)) return range_error();
        return F(r);
    }
    if (absx > 200.0) {
        if (x < 0.0) return F(0.0 / sinpi(x));
        return range_error();
    }
    double y = absx + lanczos_g_minus_half, q, z, r;
    /* z: the rounding error of y, used as a correction below. */
    if (absx > lanczos_g_minus_half) {
        q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * cr_exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= cr_pow(y, absx - 0.5);
        } else {
            double sp = cr_pow(y, absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / cr_exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= cr_pow(y, absx - 0.5);
        } else {
            double sp = cr_pow(y, absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (is_inf(r)) return range_error();
    return F(r);
}

MFN(lgamma)
{
    (void)self;
    ONEARG(lgamma)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (is_nan(x)) return F(x);
    if (is_inf(x)) return F(1.0 / 0.0);
    if (x == cr_floor(x) && x <= 2.0) {
        if (x <= 0.0) return domain_error();
        return F(0.0);
    }
    double absx = cr_fabs(x);
    if (absx < 1e-20) return F(-cr_log(absx));
    double r = cr_log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (cr_log(absx + lanczos_g - 0.5) - 1.0);
    if (x < 0.0) r = LOGPI - cr_log(cr_fabs(sinpi(absx))) - cr_log(absx) - r;
    if (is_inf(r)) return range_error();
    return F(r);
}

MFN(log1p)
{
    (void)self;
    ONEARG(log1p)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (x <= -1.0) return domain_error();
    return check1(x, cr_log1p(x), false);
}

/* ---- logarithms (big ints are handled through their top bits) ---- */

typedef double (*logfn)(double);

static double log_e(double x) { return cr_log(x); }
static double log_2(double x) { return cr_log2(x); }
static double log_10(double x) { return cr_log10(x); }

/* Correctly rounded mantissa m in [0.5, 1) and exponent e with v = m * 2**e
 * for a positive int v too large for a double. */
static int bigint_frexp(Val v, double *m, int64_t *e)
{
    uint64_t bits = vm_int_bit_length(v);
    int64_t shift = (int64_t)bits - 55;
    Val sh = vm_int_from_i64(shift);
    Val q = vm_int_rshift(v, sh);
    if (!q) return -1;
    Val back = vm_int_lshift(q, sh);
    if (!back) return -1;
    if (vm_int_compare(back, v) != 0) q = vm_int_or(q, vm_int_from_i64(1)); /* sticky bit */
    if (!q) return -1;
    double d;
    if (vm_int_as_double(q, &d) < 0) return -1;
    int e2;
    *m = cr_frexp(d, &e2);
    *e = e2 + shift;
    return 0;
}

static int loghelper(Val x, logfn f, double *out)
{
    if (vm_is_int(x)) {
        if (vm_int_sign(x) <= 0) {
            domain_error();
            return -1;
        }
        double d;
        if (vm_int_as_double(x, &d) == 0) {
            *out = f(d);
            return 0;
        }
        vm_err_clear();
        double m;
        int64_t e;
        if (bigint_frexp(vm_int_exact(x), &m, &e) < 0) return -1;
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double d;
    if (arg_double(x, &d) < 0) return -1;
    if (is_nan(d) || d == (1.0 / 0.0)) {
        *out = d;
        return 0;
    }
    if (d <= 0.0) {
        domain_error();
        return -1;
    }
    *out = f(d);
    return 0;
}

MFN(log)
{
    (void)self;
    if (!vm_check_nargs("log", nargs, kwnames, 1, 2)) return NULL;
    double num, den;
    if (loghelper(args[0], log_e, &num) < 0) return NULL;
    if (nargs == 1) return F(num);
    if (loghelper(args[1], log_e, &den) < 0) return NULL;
    if (den == 0.0) return vm_err_str(&vm_exc_ZeroDivisionError, "float division by zero");
    return F(num / den);
}

MFN(log2)
{
    (void)self;
    ONEARG(log2)
    double r;
    return loghelper(args[0], log_2, &r) < 0 ? NULL : F(r);
}

MFN(log10)
{
    (void)self;
    ONEARG(log10)
    double r;
    return loghelper(args[0], log_10, &r) < 0 ? NULL : F(r);
}

/* ---- two-argument float functions ---- */

static bool two_doubles(const char *name, Val *args, size_t nargs, Val kwnames, double *x, double *y)
{
    if (!vm_check_nargs(name, nargs, kwnames, 2, 2)) return false;
    return arg_double(args[0], x) == 0 && arg_double(args[1], y) == 0;
}

MFN(atan2)
{
    (void)self;
    double y, x;
    if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return NULL;
    return F(cr_atan2(y, x));
}

MFN(copysign)
{
    (void)self;
    double x, y;
    if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return NULL;
    return F(cr_copysign(x, y));
}

MFN(fmod)
{
    (void)self;
    double x, y;
    if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return NULL;
    if (is_inf(y) && is_finite(x)) return F(x);
    double r = cr_fmod(x, y);
    if (is_nan(r) && !is_nan(x) && !is_nan(y)) return domain_error();
    return F(r);
}

/* IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even. */
MFN(remainder)
{
    (void)self;
    double x, y;
    if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return NULL;
    if (is_nan(x)) return F(x);
    if (is_nan(y)) return F(y);
    if (is_inf(x) || y == 0.0) return domain_error();
    if (is_inf(y)) return F(x);
    double ax = cr_fabs(x), ay = cr_fabs(y);
    double m = cr_fmod(ax, ay);
    double c = ay - m;
    double r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * cr_fmod(0.5 * (ax - m), ay); /* exact half: pick the even quotient */
    return F(cr_copysign(1.0, x) * r);
}

MFN(pow)
{
    (void)self;
    double x, y;
    if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return NULL;
    if (is_finite(x) && is_finite(y)) {
        if (x == 0.0 && y < 0.0) return domain_error();
        if (x < 0.0 && cr_floor(y) != y) return domain_error();
        double r = cr_pow(x, y);
        if (is_nan(r)) return domain_error();
        if (is_inf(r)) return range_error();
        return F(r);
    }
    return F(cr_pow(x, y)); /* C99 special cases agree with Python's */
}

MFN(nextafter)
{
    (void)self;
    double x, y;
    if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return NULL;
    return F(cr_nextafter(x, y));
}

MFN(ulp)
{
    (void)self;
    ONEARG(ulp)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (is_nan(x)) return F(x);
    x = cr_fabs(x);
    if (is_inf(x)) return F(x);
    double x2 = cr_nextafter(x, 1.0 / 0.0);
    if (is_inf(x2)) {
        x2 = cr_nextafter(x, -(1.0 / 0.0));
        return F(x - x2);
    }
    return F(x2 - x);
}

/* ---- predicates ---- */

MFN(isfinite)
{
    (void)self;
    ONEARG(isfinite)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    return vm_bool(is_finite(x));
}

MFN(isinf)
{
    (void)self;
    ONEARG(isinf)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    return vm_bool(is_inf(x));
}

MFN(isnan)
{
    (void)self;
    ONEARG(isnan)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    return vm_bool(is_nan(x));
}

MFN(isclose)
{
    (void)self;
    static const char *const kw[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Val a[4];
    if (!vm_parse_args("isclose", args, nargs, kwnames, kw, 0, 2, 2, a)) return NULL;
    double x, y, rel = 1e-09, abst = 0.0;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return NULL;
    if (a[2] && arg_double(a[2], &rel) < 0) return NULL;
    if (a[3] && arg_double(a[3], &abst) < 0) return NULL;
    if (rel < 0.0 || abst < 0.0) return vm_err_str(&vm_exc_ValueError, "tolerances must be non-negative");
    if (x == y) return VM_True;
    if (is_inf(x) || is_inf(y)) return VM_False;
    double diff = cr_fabs(y - x);
    return vm_bool((diff <= cr_fabs(rel * y)) || (diff <= cr_fabs(rel * x)) || diff <= abst);
}

/* ---- rounding to int ---- */

static Val round_delegate(Val x, const char *dunder, double (*f)(double))
{
    if (vm_typeof(x) == &vm_type_float) return vm_int_from_double(f(vm_float_value(x)));
    Val m = vm_type_lookup_cstr(vm_typeof(x), dunder);
    if (m) return vm_call_special(x, dunder, NULL, 0);
    if (vm_err_occurred()) return NULL;
    double d;
    if (arg_double(x, &d) < 0) return NULL;
    return vm_int_from_double(f(d));
}

MFN(floor)
{
    (void)self;
    ONEARG(floor)
    return round_delegate(args[0], "__floor__", cr_floor);
}

MFN(ceil)
{
    (void)self;
    ONEARG(ceil)
    return round_delegate(args[0], "__ceil__", cr_ceil);
}

MFN(trunc)
{
    (void)self;
    ONEARG(trunc)
    Val x = args[0];
    if (vm_typeof(x) == &vm_type_float) return vm_int_from_double(cr_trunc(vm_float_value(x)));
    if (vm_is_int(x) && !vm_type_lookup_cstr(vm_typeof(x), "__trunc__")) return vm_int_exact(x);
    if (!vm_type_lookup_cstr(vm_typeof(x), "__trunc__")) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_TypeError, "type %s doesn't define __trunc__ method", vm_tname(x));
    }
    return vm_call_special(x, "__trunc__", NULL, 0);
}

/* ---- float decomposition ---- */

MFN(modf)
{
    (void)self;
    ONEARG(modf)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (is_inf(x)) return vm_tuple_pack(2, F(cr_copysign(0.0, x)), F(x));
    double ip;
    double fp = cr_modf(x, &ip);
    return vm_tuple_pack(2, F(fp), F(ip));
}

MFN(frexp)
{
    (void)self;
    ONEARG(frexp)
    double x;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (is_nan(x) || is_inf(x) || x == 0.0) return vm_tuple_pack(2, F(x), vm_int_from_i64(0));
    int e;
    double m = cr_frexp(x, &e);
    return vm_tuple_pack(2, F(m), vm_int_from_i64(e));
}

MFN(ldexp)
{
    (void)self;
    double x;
    if (!vm_check_nargs("ldexp", nargs, kwnames, 2, 2)) return NULL;
    if (arg_double(args[0], &x) < 0) return NULL;
    if (!vm_is_int(args[1]))
        return vm_err_str(&vm_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (vm_int_as_i64(args[1], &e) < 0) {
        vm_err_clear();
        e = vm_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (x == 0.0 || !is_finite(x)) return F(x);
    if (e > DBL_MAX_EXP) return range_error();
    if (e < DBL_MIN_EXP - DBL_MANT_DIG - 1) return F(cr_copysign(0.0, x));
    double r = cr_ldexp(x, (int)e);
    if (is_inf(r)) return range_error();
    return F(r);
}

/* ---- accurate sums and norms ---- */

/* Shewchuk's exact summation with non-overlapping partials.  Each partial
 * holds at least one bit of its own between 2**-1074 and 2**1024, so there
 * are at most 2098 of them (CPython's test_math reaches over 500 with
 * 2.**n - 2.**(n+50) + 2.**(n+52) for n in range(-1074, 972, 2)); the
 * fixed array covers the bound, so "out of partials" cannot happen. */
#define FSUM_MAX 2112

MFN(fsum)
{
    (void)self;
    ONEARG(fsum)
    Val it = vm_iter(args[0]);
    if (!it) return NULL;
    double p[FSUM_MAX];
    size_t n = 0;
    double special = 0.0, inf_sum = 0.0;
    for (;;) {
        Val item = vm_next(it);
        if (!item) {
            if (vm_err_occurred()) return NULL;
            break;
        }
        double x;
        if (arg_double(item, &x) < 0) return NULL;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (cr_fabs(x) < cr_fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!is_finite(x)) {
                if (is_finite(xsave))
                    return vm_err_str(&vm_exc_OverflowError, "intermediate overflow in fsum");
                if (is_inf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= FSUM_MAX) return vm_err_nomem();
                p[n++] = x;
            }
        }
    }
    if (special != 0.0) {
        if (is_nan(inf_sum)) return vm_err_str(&vm_exc_ValueError, "-inf + inf in fsum");
        return F(special);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Round half-even correctly when the rest would push past a tie. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return F(hi);
}

/* sqrt(sum(x**2)) over the floats of list l (absolute values), nearly
 * correctly rounded: scale by the largest power of two, accumulate squares
 * in double-double, one Newton correction. */
static double vector_norm(Val l, size_t n, double max, bool found_nan)
{
    if (is_inf(max)) return max;
    if (found_nan) return pos_nan();
    if (max == 0.0 || n <= 1) return max;
    int e;
    cr_frexp(max, &e);
    double sh = 0.0, sl = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = cr_ldexp(vm_float_value(vm_list_get(l, i)), -e);
        double h = x * x;
        double lo = cr_fma(x, x, -h);
        double s = sh + h;
        double bp = s - sh;
        double err = (sh - (s - bp)) + (h - bp);
        sh = s;
        sl += err + lo;
    }
    double t = sh + sl;
    sl = sl - (t - sh);
    sh = t;
    double r = cr_sqrt(sh);
    double resid = cr_fma(-r, r, sh) + sl;
    r = r + resid / (2.0 * r);
    return cr_ldexp(r, e);
}

/* Norm of the items of tuple a (or of a - b when b is given). */
static Val norm_of(Val a, Val b)
{
    size_t n = vm_tuple_len(a);
    Val l = vm_list_new(0);
    if (!l) return NULL;
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x;
        if (arg_double(vm_tuple_get(a, i), &x) < 0) return NULL;
        if (b) {
            double y;
            if (arg_double(vm_tuple_get(b, i), &y) < 0) return NULL;
            x = x - y;
        }
        x = cr_fabs(x);
        if (vm_list_append(l, F(x)) < 0) return NULL;
        found_nan |= is_nan(x);
        if (x > max) max = x;
    }
    return F(vector_norm(l, n, max, found_nan));
}

MFN(hypot)
{
    (void)self;
    if (kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "hypot() takes no keyword arguments");
    Val t = vm_tuple_from(args, nargs);
    return t ? norm_of(t, NULL) : NULL;
}

MFN(dist)
{
    (void)self;
    if (!vm_check_nargs("dist", nargs, kwnames, 2, 2)) return NULL;
    Val p = vm_sequence_tuple(args[0]);
    if (!p) return NULL;
    Val q = vm_sequence_tuple(args[1]);
    if (!q) return NULL;
    if (vm_tuple_len(p) != vm_tuple_len(q))
        return vm_err_str(&vm_exc_ValueError, "both points must have the same number of dimensions");
    return norm_of(p, q);
}

/* ---- integer functions ---- */

static Val as_index(Val v) { return vm_index(v); }

MFN(factorial)
{
    (void)self;
    ONEARG(factorial)
    Val n = as_index(args[0]);
    if (!n) return NULL;
    if (vm_int_sign(n) < 0) return vm_err_str(&vm_exc_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (vm_int_as_i64(n, &k) < 0) {
        vm_err_clear();
        return vm_err_fmt(&vm_exc_OverflowError, "factorial() argument should not exceed %ld", (long)INT64_MAX);
    }
    /* Product by binary splitting keeps the multiplications balanced. */
    Val r = vm_int_from_i64(1);
    Val acc = vm_int_from_i64(1);
    int64_t small = 1;
    for (int64_t i = 2; i <= k; i++) {
        if (small > INT64_MAX / i) {
            acc = vm_int_mul(acc, vm_int_from_i64(small));
            if (!acc) return NULL;
            small = 1;
        }
        small *= i;
    }
    acc = vm_int_mul(acc, vm_int_from_i64(small));
    if (!acc) return NULL;
    r = acc;
    return r;
}

MFN(isqrt)
{
    (void)self;
    ONEARG(isqrt)
    Val n = as_index(args[0]);
    if (!n) return NULL;
    if (vm_int_sign(n) < 0) return vm_err_str(&vm_exc_ValueError, "isqrt() argument must be nonnegative");
    if (vm_int_sign(n) == 0) return vm_int_from_i64(0);
    n = vm_int_exact(n);
    /* Newton from above: x0 = 2**ceil(bits/2) >= sqrt(n). */
    uint64_t bits = vm_int_bit_length(n);
    Val x = vm_int_lshift(vm_int_from_i64(1), vm_int_from_i64((int64_t)((bits + 1) / 2)));
    if (!x) return NULL;
    for (;;) {
        Val q = vm_int_floordiv(n, x);
        if (!q) return NULL;
        Val y = vm_int_rshift(vm_int_add(x, q), vm_int_from_i64(1));
        if (!y) return NULL;
        if (vm_int_compare(y, x) >= 0) return x;
        x = y;
    }
}

static Val gcd2(Val a, Val b)
{
    a = vm_int_abs(a);
    b = vm_int_abs(b);
    while (a && b && vm_int_sign(b) != 0) {
        Val r = vm_int_mod(a, b);
        a = b;
        b = r;
    }
    return b ? a : NULL;
}

MFN(gcd)
{
    (void)self;
    if (kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "gcd() takes no keyword arguments");
    Val r = vm_int_from_i64(0);
    for (size_t i = 0; i < nargs; i++) {
        Val x = as_index(args[i]);
        if (!x) return NULL;
        r = gcd2(r, vm_int_exact(x));
        if (!r) return NULL;
    }
    return r;
}

MFN(lcm)
{
    (void)self;
    if (kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "lcm() takes no keyword arguments");
    Val r = vm_int_from_i64(1);
    for (size_t i = 0; i < nargs; i++) {
        Val x = as_index(args[i]);
        if (!x) return NULL;
        x = vm_int_abs(vm_int_exact(x));
        if (!x) return NULL;
        if (vm_int_sign(r) == 0 || vm_int_sign(x) == 0) {
            r = vm_int_from_i64(0);
            continue;
        }
        Val g = gcd2(r, x);
        if (!g) return NULL;
        r = vm_int_mul(vm_int_floordiv(r, g), x);
        if (!r) return NULL;
    }
    return r;
}

/* n and k for comb/perm: exact non-negative ints. */
static bool comb_args(Val *args, Val *n, Val *k)
{
    *n = as_index(args[0]);
    if (!*n) return false;
    *k = as_index(args[1]);
    if (!*k) return false;
    *n = vm_int_exact(*n);
    *k = vm_int_exact(*k);
    if (vm_int_sign(*n) < 0) {
        vm_err_str(&vm_exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (vm_int_sign(*k) < 0) {
        vm_err_str(&vm_exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

/* n * (n-1) * ... * (n-k+1), and divided by k! when comb. */
static Val falling(Val n, int64_t k, bool divide)
{
    Val r = vm_int_from_i64(1);
    for (int64_t i = 0; i < k && r; i++) {
        Val f = vm_int_sub(n, vm_int_from_i64(i));
        if (!f) return NULL;
        r = vm_int_mul(r, f);
        if (r && divide) r = vm_int_floordiv(r, vm_int_from_i64(i + 1));
    }
    return r;
}

MFN(perm)
{
    (void)self;
    if (!vm_check_nargs("perm", nargs, kwnames, 1, 2)) return NULL;
    if (nargs == 1 || args[1] == VM_None) {
        Val a1[1] = {args[0]};
        return m_factorial(self, a1, 1, NULL);
    }
    Val n, k;
    if (!comb_args(args, &n, &k)) return NULL;
    if (vm_int_compare(k, n) > 0) return vm_int_from_i64(0);
    int64_t kk;
    if (vm_int_as_i64(k, &kk) < 0) {
        vm_err_clear();
        return vm_err_fmt(&vm_exc_OverflowError, "k must not exceed %ld", (long)INT64_MAX);
    }
    return falling(n, kk, false);
}

MFN(comb)
{
    (void)self;
    if (!vm_check_nargs("comb", nargs, kwnames, 2, 2)) return NULL;
    Val n, k;
    if (!comb_args(args, &n, &k)) return NULL;
    if (vm_int_compare(k, n) > 0) return vm_int_from_i64(0);
    Val nk = vm_int_sub(n, k);
    if (!nk) return NULL;
    if (vm_int_compare(nk, k) < 0) k = nk;
    int64_t kk;
    if (vm_int_as_i64(k, &kk) < 0) {
        vm_err_clear();
        return vm_err_fmt(&vm_exc_OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
    }
    return falling(n, kk, true);
}

MFN(prod)
{
    (void)self;
    static const char *const kw[] = {"", "start", NULL};
    Val a[2];
    if (nargs > 1)
        return vm_err_fmt(&vm_exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    if (!vm_parse_args("prod", args, nargs, kwnames, kw, 1, 1, 1, a)) return NULL;
    Val r = a[1] ? a[1] : vm_int_from_i64(1);
    Val it = vm_iter(a[0]);
    if (!it) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : r;
        r = vm_binop(r, x, VM_OP_MUL);
        if (!r) return NULL;
    }
}

static const vm_methoddef math_functions[] = {
    {"sqrt", m_sqrt, 0, NULL},       {"exp", m_exp, 0, NULL},         {"exp2", m_exp2, 0, NULL},
    {"expm1", m_expm1, 0, NULL},     {"sin", m_sin, 0, NULL},         {"cos", m_cos, 0, NULL},
    {"tan", m_tan, 0, NULL},         {"asin", m_asin, 0, NULL},       {"acos", m_acos, 0, NULL},
    {"atan", m_atan, 0, NULL},       {"sinh", m_sinh, 0, NULL},       {"cosh", m_cosh, 0, NULL},
    {"tanh", m_tanh, 0, NULL},       {"asinh", m_asinh, 0, NULL},     {"acosh", m_acosh, 0, NULL},
    {"atanh", m_atanh, 0, NULL},     {"erf", m_erf, 0, NULL},         {"erfc", m_erfc, 0, NULL},
    {"cbrt", m_cbrt, 0, NULL},       {"fabs", m_fabs, 0, NULL},       {"degrees", m_degrees, 0, NULL},
    {"radians", m_radians, 0, NULL}, {"gamma", m_gamma, 0, NULL},     {"lgamma", m_lgamma, 0, NULL},
    {"log1p", m_log1p, 0, NULL},     {"log", m_log, 0, NULL},         {"log2", m_log2, 0, NULL},
    {"log10", m_log10, 0, NULL},     {"atan2", m_atan2, 0, NULL},     {"copysign", m_copysign, 0, NULL},
    {"fmod", m_fmod, 0, NULL},       {"remainder", m_remainder, 0, NULL}, {"pow", m_pow, 0, NULL},
    {"nextafter", m_nextafter, 0, NULL}, {"ulp", m_ulp, 0, NULL},     {"isfinite", m_isfinite, 0, NULL},
    {"isinf", m_isinf, 0, NULL},     {"isnan", m_isnan, 0, NULL},     {"isclose", m_isclose, 0, NULL},
    {"floor", m_floor, 0, NULL},     {"ceil", m_ceil, 0, NULL},       {"trunc", m_trunc, 0, NULL},
    {"modf", m_modf, 0, NULL},       {"frexp", m_frexp, 0, NULL},     {"ldexp", m_ldexp, 0, NULL},
    {"fsum", m_fsum, 0, NULL},       {"hypot", m_hypot, 0, NULL},     {"dist", m_dist, 0, NULL},
    {"factorial", m_factorial, 0, NULL}, {"isqrt", m_isqrt, 0, NULL}, {"gcd", m_gcd, 0, NULL},
    {"lcm", m_lcm, 0, NULL},         {"perm", m_perm, 0, NULL},       {"comb", m_comb, 0, NULL},
    {"prod", m_prod, 0, NULL},       {NULL, NULL, 0, NULL},
};

static int math_init(Val module)
{
    if (vm_module_add_functions(module, math_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_dict_set_cstr(d, "pi", F(PI)) < 0 || vm_dict_set_cstr(d, "e", F(2.718281828459045235360287471352662498)) < 0 ||
        vm_dict_set_cstr(d, "tau", F(6.283185307179586476925286766559005768)) < 0 ||
        vm_dict_set_cstr(d, "inf", F(1.0 / 0.0)) < 0 || vm_dict_set_cstr(d, "nan", F(pos_nan())) < 0)
        return -1;
    return 0;
}

int md_math_register(void)
{
    vm_register_builtin_module("math", math_init);
    return 0;
}
