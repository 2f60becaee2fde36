/* Unit tests of the fast paths of src/core/libm_fs.c (exp, log, log2,
 * log10, pow, sin, cos with a rounding test; sqrt in hardware).
 *
 * The fast paths must never change a result that the double-double
 * evaluation gets right: this file compiles a second copy of libm_fs.c
 * with PC_LIBM_FS_SLOW_ONLY (no fast paths, the digit-by-digit sqrt), its
 * exported functions renamed slow_*, and compares it bit for bit with the
 * library's cr_fs_* on special values and pseudo-random arguments (about
 * 5 * 10^5 per function; PC_LIBM_FAST_N overrides, 10^5 in sanitizer builds).
 * Where the two differ, the result closer to glibc's 64-bit long double
 * function must be the fast one (the double-double path is not correctly
 * rounded within ~2^-75 of a rounding boundary, and the fast path's
 * rounding test only answers when it is sure); any other difference is a
 * failure.  pow's own fast path (pow_quick) and sin/cos's (sincos_quick)
 * are also compared on 10^5 arguments each, with no difference allowed.  Prints
 * `N passed, M failed`. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/libm.h"

/* The library's (fast) versions, before the renaming below. */
typedef double (*fn1)(double);
typedef double (*fn2)(double, double);
static const fn1 fast_exp = cr_fs_exp, fast_log = cr_fs_log, fast_log2 = cr_fs_log2, fast_log10 = cr_fs_log10,
                 fast_sqrt = cr_fs_sqrt, fast_sin = cr_fs_sin, fast_cos = cr_fs_cos;
static const fn2 fast_pow = cr_fs_pow;

/* The slow copy: every exported name of libm_fs.c renamed. */
#define PC_LIBM_FS_SLOW_ONLY 1
#define cr_fs_sqrt slow_sqrt
#define cr_fs_fma slow_fma
#define cr_fs_fmod slow_fmod
#define cr_fs_frexp slow_frexp
#define cr_fs_ldexp slow_ldexp
#define cr_fs_nextafter slow_nextafter
#define cr_fs_pow slow_pow
#define cr_fs_hypot slow_hypot
#define cr_fs_exp slow_exp
#define cr_fs_exp2 slow_exp2
#define cr_fs_expm1 slow_expm1
#define cr_fs_log slow_log
#define cr_fs_log2 slow_log2
#define cr_fs_log10 slow_log10
#define cr_fs_log1p slow_log1p
#define cr_fs_sin slow_sin
#define cr_fs_cos slow_cos
#define cr_fs_tan slow_tan
#define cr_fs_asin slow_asin
#define cr_fs_acos slow_acos
#define cr_fs_atan slow_atan
#define cr_fs_atan2 slow_atan2
#define cr_fs_sinh slow_sinh
#define cr_fs_cosh slow_cosh
#define cr_fs_tanh slow_tanh
#define cr_fs_asinh slow_asinh
#define cr_fs_acosh slow_acosh
#define cr_fs_atanh slow_atanh
#define cr_fs_cbrt slow_cbrt
#define cr_fs_erf slow_erf
#define cr_fs_erfc slow_erfc
#define cr_fs_tgamma slow_tgamma
#define cr_fs_lgamma slow_lgamma
#undef PYCLAVE_CORE_LIBM_H /* libm.h once more: declares the slow_* names */
#include "../../src/core/libm_fs.c"

static int passed, failed;

static uint64_t ubits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}
static double ufrom(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* splitmix64 */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static double rnd01(void) { return (double)(rnd64() >> 11) * 0x1p-53; }
static double rnd_in(double lo, double hi) { return lo + (hi - lo) * rnd01(); }

static bool same(double a, double b) { return ubits(a) == ubits(b) || (isnan(a) && isnan(b)); }

/* Per function: number compared, differences in the fast path's favour,
 * bad differences. */
typedef struct {
    const char *name;
    long n, better, bad;
} tally;

static void judge(tally *t, double fast, double slow, long double ref, double x, double y)
{
    t->n++;
    if (same(fast, slow)) return;
    if (isfinite(fast) && isfinite(slow) && fabsl((long double)fast - ref) < fabsl((long double)slow - ref)) {
        t->better++;
        return;
    }
    if (t->bad++ < 5)
        printf("FAIL %s(%a, %a): fast %a, slow %a, long double %La\n", t->name, x, y, fast, slow, ref);
}

static void report(const tally *t)
{
    printf("%-6s %8ld compared, %ld where the fast path is the better rounded, %ld bad\n", t->name, t->n, t->better,
           t->bad);
    if (t->bad)
        failed++;
    else
        passed++;
}

static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 10.0, 0.1, 1e-300, 1e300, 0x1p-1022, 0x1p-1074, 0x1.8p-1070,
    0x1.fffffffffffffp1023, 0x1.0000000000001p0, 0x1.fffffffffffffp-1, 708.0, 709.7, 709.78, 710.0, -708.0, -745.0,
    -745.2, -746.0, 1e-20, -1e-20, 0x1p-60, 22.0, 23.0, 1.5, -1.5, 32.0, 64.0, 65.0, 0.25, 1e10, 1e-10, 1e20,
    INFINITY, -INFINITY, NAN,
};
#define NSPEC (sizeof specials / sizeof specials[0])

static long nrand = 500000;

static void test1(const char *name, fn1 fast, fn1 slow, long double (*ref)(long double), double lo, double hi,
                  bool logscale)
{
    tally t = {name, 0, 0, 0};
    for (size_t i = 0; i < NSPEC; i++) {
        double x = specials[i];
        judge(&t, fast(x), slow(x), ref(x), x, 0.0);
    }
    for (long i = 0; i < nrand; i++) {
        double x;
        switch (i % 4) {
        case 0: x = ufrom(rnd64()); break; /* any bit pattern */
        case 1: x = logscale ? exp2(rnd_in(log2(lo), log2(hi))) : rnd_in(lo, hi); break;
        case 2: x = logscale ? 1.0 + rnd_in(-1.0, 1.0) * exp2(-rnd_in(1, 50)) : rnd_in(lo, hi) * 1e-3; break;
        default: x = logscale ? rnd_in(0.5, 2.0) : rnd_in(-1.0, 1.0) * exp2(-rnd_in(1, 60)); break;
        }
        judge(&t, fast(x), slow(x), ref(x), x, 0.0);
    }
    report(&t);
}

/* sin, cos: every scale up to 2^21 (the fast path stops at 2^19), and
 * arguments next to multiples of pi/2, where the reduction cancels. */
static void test_trig(const char *name, fn1 fast, fn1 slow, long double (*ref)(long double))
{
    tally t = {name, 0, 0, 0};
    for (size_t i = 0; i < NSPEC; i++) judge(&t, fast(specials[i]), slow(specials[i]), ref(specials[i]), specials[i], 0);
    for (long i = 0; i < nrand; i++) {
        double x;
        switch (i % 4) {
        case 0: x = ufrom(rnd64()); break;
        case 1: x = rnd_in(-1.0, 1.0) * exp2(rnd_in(-30, 21)); break;
        case 2: x = rnd_in(-1.0, 1.0); break;
        default: { /* k pi/2 + tiny */
            double k = floor(rnd_in(-400000, 400000));
            x = k * 1.5707963267948966 + rnd_in(-1.0, 1.0) * exp2(-rnd_in(0, 40));
            break;
        }
        }
        judge(&t, fast(x), slow(x), ref(x), x, 0.0);
    }
    report(&t);
}

static long double powl_ref(long double x, long double y) { return powl(x, y); }

static void test_pow(void)
{
    tally t = {"pow", 0, 0, 0};
    for (size_t i = 0; i < NSPEC; i++)
        for (size_t j = 0; j < NSPEC; j++) {
            double x = specials[i], y = specials[j];
            judge(&t, fast_pow(x, y), slow_pow(x, y), powl_ref(x, y), x, y);
        }
    for (long i = 0; i < nrand; i++) {
        double x, y;
        switch (i % 6) {
        case 0: x = ufrom(rnd64()); y = ufrom(rnd64()); break;
        case 1: x = exp2(rnd_in(-1000, 1000)); y = rnd_in(-1.0, 1.0) * 700 / fabs(log(x) + 1e-300); break;
        case 2: x = rnd_in(0, 100); y = rnd_in(-20, 20); break;
        case 3: x = 1.0 + rnd_in(-1, 1) * exp2(-rnd_in(1, 50)); y = rnd_in(-1, 1) * exp2(rnd_in(0, 60)); break;
        case 4: x = -floor(rnd_in(0, 1000)); y = floor(rnd_in(-70, 70)); break; /* integer powers, odd/even */
        default: x = rnd_in(0, 10); y = rnd_in(-1, 1) * 2; break;
        }
        judge(&t, fast_pow(x, y), slow_pow(x, y), powl_ref(x, y), x, y);
    }
    /* exact and halfway cases: integers and their squares to half powers */
    for (long i = 1; i < 3000; i++) {
        double x = (double)i, y = (double)(i % 40) + 0.5;
        judge(&t, fast_pow(x * x, y), slow_pow(x * x, y), powl_ref(x * x, y), x * x, y);
        judge(&t, fast_pow(x, 3.0), slow_pow(x, 3.0), powl_ref(x, 3.0), x, 3.0);
        judge(&t, fast_pow(10.0, (double)(i % 40 - 20)), slow_pow(10.0, (double)(i % 40 - 20)),
              powl_ref(10.0, (double)(i % 40 - 20)), 10.0, (double)(i % 40 - 20));
    }
    report(&t);
}

/* pow's table-driven fast path (pow_quick in libm_fs.c) against the
 * double-double path, bit for bit (no difference allowed: both are
 * correctly rounded here), 10^5 arguments where pow_quick answers: nbody's
 * x ** -1.5 and other short exponents (its branch for y with <= 26 bits),
 * long exponents, every table entry of its log (x in [0.68, 1.39] and
 * scaled by 2^k), x next to 1 with huge y (the entry where log x ~ r),
 * |y log x| up to its limits 706/708, and x = 1. */
static void test_pow_quick(void)
{
    static const double ys[] = {-1.5, 0.5, 2.7, 2.0, 3.0, -1.0, 1.0 / 3, -0.5, 1.5, 0.25, 1e-300, -7.0};
    tally t = {"powq", 0, 0, 0};
    long n = nrand / 5 < 100000 ? nrand / 5 : 100000;
    for (long i = 0; i < n; i++) {
        double x, y, f, s;
        switch (i % 8) {
        case 0: x = rnd_in(0.5, 100); y = ys[rnd64() % (sizeof ys / sizeof ys[0])]; break;
        case 1: x = rnd_in(0.5, 100); y = rnd_in(-10, 10); break;
        case 2: x = ldexp(rnd_in(0.68, 1.39), (int)rnd_in(-1022, 1023)); y = rnd_in(-2, 2); break;
        case 3: x = 1.0 + rnd_in(-1, 1) * exp2(-rnd_in(1, 53)); y = rnd_in(-1, 1) * exp2(rnd_in(0, 63)); break;
        case 4: x = exp2(rnd_in(-1000, 1000)); y = rnd_in(-706.5, 708.5) / log(x); break;
        case 5: x = rnd_in(0.68, 1.39); y = rnd_in(-1, 1) * exp2(rnd_in(0, 12)); break;
        case 6: x = 1.0; y = rnd_in(-1, 1) * exp2(rnd_in(-60, 899)); break;
        default: x = rnd_in(0, 1) * exp2(rnd_in(-1022, 1024)); y = rnd_in(-1, 1) * exp2(rnd_in(-40, 10)); break;
        }
        f = fast_pow(x, y);
        s = slow_pow(x, y);
        t.n++;
        if (!same(f, s) && t.bad++ < 5) printf("FAIL pow(%a, %a): fast %a, slow %a\n", x, y, f, s);
    }
    report(&t);
}

/* sin and cos's table-driven fast path (sincos_quick in libm_fs.c, 2^-26
 * <= |x| < 2^20) against the double-double path, bit for bit (no
 * difference allowed), 10^5 arguments each: float_bench's integers, the
 * ranges (-10, 10) and (-1e5, 1e5), every scale, next to the table points
 * k pi/128 and to multiples of pi (where the result is sin r with r
 * small), and next to both ends of the range. */
static void test_sincos_quick(void)
{
    tally ts = {"sinq", 0, 0, 0}, tc = {"cosq", 0, 0, 0};
    long n = nrand / 5 < 100000 ? nrand / 5 : 100000;
    for (long i = 0; i < n; i++) {
        double x, f, s;
        switch (i % 8) {
        case 0: x = (double)(i * 7 % 100001); break;
        case 1: x = rnd_in(-10, 10); break;
        case 2: x = rnd_in(-1e5, 1e5); break;
        case 3: x = rnd_in(-1.0, 1.0) * exp2(rnd_in(-26, 20)); break;
        case 4: x = floor(rnd_in(-4e7, 4e7)) * (3.141592653589793 / 128) + rnd_in(-1, 1) * exp2(-rnd_in(6, 45)); break;
        case 5: x = floor(rnd_in(-300000, 300000)) * 3.141592653589793 + rnd_in(-1, 1) * exp2(-rnd_in(6, 30)); break;
        case 6: x = ldexp(1.0, 20) - rnd_in(0, 1000); break;
        default: x = rnd_in(-1.0, 1.0) * exp2(-rnd_in(20, 26)); break;
        }
        if (i % 16 == 15) x = -x;
        f = fast_sin(x);
        s = slow_sin(x);
        ts.n++;
        if (!same(f, s) && ts.bad++ < 5) printf("FAIL sin(%a): fast %a, slow %a\n", x, f, s);
        f = fast_cos(x);
        s = slow_cos(x);
        tc.n++;
        if (!same(f, s) && tc.bad++ < 5) printf("FAIL cos(%a): fast %a, slow %a\n", x, f, s);
    }
    report(&ts);
    report(&tc);
}

/* sqrt: the hardware root against the digit-by-digit one, exactly. */
static void test_sqrt(void)
{
    tally t = {"sqrt", 0, 0, 0};
    for (size_t i = 0; i < NSPEC; i++) judge(&t, fast_sqrt(specials[i]), slow_sqrt(specials[i]), 0, specials[i], 0);
    for (long i = 0; i < nrand; i++) {
        double x = i % 2 ? ufrom(rnd64()) : ufrom(rnd64() >> 12); /* also subnormals */
        double f = fast_sqrt(x), s = slow_sqrt(x);
        t.n++;
        if (!same(f, s) && t.bad++ < 5) printf("FAIL sqrt(%a): fast %a, slow %a\n", x, f, s);
    }
    report(&t);
}

int main(void)
{
    const char *env = getenv("PC_LIBM_FAST_N");
#if defined(PC_ASAN)
    nrand = 100000;
#endif
    if (env) nrand = atol(env);
    test1("exp", fast_exp, slow_exp, expl, -745.5, 709.9, false);
    test1("log", fast_log, slow_log, logl, 0x1p-1022, 0x1p1023, true);
    test1("log2", fast_log2, slow_log2, log2l, 0x1p-1022, 0x1p1023, true);
    test1("log10", fast_log10, slow_log10, log10l, 0x1p-1022, 0x1p1023, true);
    test_pow();
    test_pow_quick();
    test_trig("sin", fast_sin, slow_sin, sinl);
    test_trig("cos", fast_cos, slow_cos, cosl);
    test_sincos_quick();
    test_sqrt();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
