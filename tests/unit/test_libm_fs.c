/* Unit tests of src/core/libm_fs.c (the freestanding libm) against the host
 * glibc libm, which is the reference here (unit tests are Linux-side).
 *
 * For every function: a table of special inputs (+-0, +-inf, nan,
 * subnormals, domain edges, ...) whose results must match glibc exactly
 * when either result is nan, inf or zero and within 1 ulp otherwise; then
 * pseudo-random inputs (deterministic PRNG) over the interesting ranges,
 * asserting max ulp error <= 1 and printing the percentage of results
 * bit-identical to glibc.  The error of results that differ from glibc's
 * is measured against glibc's 64-bit long double function (the double
 * functions of glibc are themselves off by up to several ulps for some of
 * these, e.g. cbrt, tgamma).  PC_LIBM_FS_N overrides the number of random
 * inputs per function (default 1000000, 100000 in sanitizer builds);
 * PC_LIBM_FS_TIME=1 prints the time per function. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/libm.h"

static int passed, failed;

static uint64_t bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}
static double from_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* splitmix64 */
static uint64_t rng_state = 0x243f6a8885a308d3ull;
static uint64_t rnd64(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static double rnd01(void) { return (double)(rnd64() >> 11) * 0x1p-53; }

/* Distance in ulps (number of doubles between a and b); nan == nan. */
static double ulp_dist(double a, double b)
{
    int64_t ia, ib;
    if (isnan(a) || isnan(b)) return (isnan(a) && isnan(b)) ? 0.0 : 1e300;
    ia = (int64_t)bits(a);
    ib = (int64_t)bits(b);
    if (ia < 0) ia = INT64_MIN - ia;
    if (ib < 0) ib = INT64_MIN - ib;
    return ia > ib ? (double)((uint64_t)ia - (uint64_t)ib) : (double)((uint64_t)ib - (uint64_t)ia);
}

static int same(double a, double b) { return (isnan(a) && isnan(b)) || bits(a) == bits(b); }

typedef double (*fn1)(double);
typedef double (*fn2)(double, double);
typedef long double (*fl1)(long double);
typedef long double (*fl2)(long double, long double);

/* Error of g in ulps of the exact result, estimated with the 64-bit
 * long double reference r (so resolution ~2^-10 ulp). */
static double true_err(double g, long double r)
{
    double rd = (double)r;
    int e;
    if (isnan(g) || isnan(rd) || isinf(g) || isinf(rd) || g == 0.0 || rd == 0.0)
        return same(g, rd) ? 0.0 : ulp_dist(g, rd);
    e = ilogb(rd);
    if (e < -1022) e = -1022;
    return (double)(fabsl((long double)g - r) / ldexpl(1.0L, e - 52));
}

/* A range of random inputs: uniform on [lo, hi] (log = 0) or, with log = 1,
 * sign * 2^u with u uniform on [lo, hi] (random mantissa). */
typedef struct {
    double lo, hi;
    int log, sign; /* sign: 1 positive, -1 negative, 0 both */
} range;

static double draw(const range *r)
{
    double v;
    if (r->log) {
        double u = r->lo + (r->hi - r->lo) * rnd01();
        v = ldexp(1.0 + rnd01(), (int)floor(u));
    } else {
        v = r->lo + (r->hi - r->lo) * rnd01();
    }
    if (r->sign < 0 || (r->sign == 0 && (rnd64() & 1))) v = -v;
    return v;
}

#ifdef PC_ASAN /* sanitizer builds are ~5x slower: keep them within the runner's timeout */
static long nrand = 100000;
#else
static long nrand = 1000000;
#endif
static clock_t t_last;
static int show_time;
static double worst_all;

static void report(const char *name, long n, long ident, double maxulp, double maxerr, double wx, double wy)
{
    int ok = maxerr <= 1.0;
    printf("%-7s %8ld inputs: identical to glibc %8.4f%%, max diff %g ulp; max error %.3f ulp%s", name, n,
           100.0 * ident / (double)n, maxulp, maxerr, ok ? "" : "  FAIL");
    if (maxerr > 0.5) printf(" at (%a, %a)", wx, wy);
    if (show_time) printf(" [%.2fs]", (double)(clock() - t_last) / CLOCKS_PER_SEC);
    t_last = clock();
    printf("\n");
    if (ok)
        passed++;
    else
        failed++;
    if (maxulp > worst_all) worst_all = maxulp;
}

static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.25, 1.5, -1.5, 10.0, 100.0, -100.0,
    1e-300, -1e-300, 1e300, -1e300, 0x1p-1074, -0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp-1023, 0x1p-30,
    -0x1p-30, 0x1p-60, 0x1.fffffffffffffp+1023, -0x1.fffffffffffffp+1023, 0x1p52, 0x1p53, -0x1p53,
    0x1.fffffffffffffp-1, 0x1.0000000000001p+0, 709.782712893384, 709.79, -745.1332191019411, -746.0,
    710.5, 1024.0, -1074.0, -1075.0, 27.0, 26.5, 6.0, -6.0, 171.6, 172.0, -170.5, -171.5, -200.5,
    3.141592653589793, 1.5707963267948966, 0.7853981633974483, 1e22, 0x1.6a09e667f3bcdp+0, 0.1, 7.0,
    INFINITY, -INFINITY, NAN,
};
#define NSPEC (sizeof specials / sizeof specials[0])

static int special_ok(double got, double want)
{
    if (isnan(got) || isnan(want) || isinf(got) || isinf(want) || got == 0.0 || want == 0.0)
        return same(got, want);
    return ulp_dist(got, want) <= 1.0;
}

static void special1(const char *name, fn1 f, fn1 ref)
{
    int bad = 0;
    for (size_t i = 0; i < NSPEC; i++) {
        double x = specials[i], g = f(x), w = ref(x);
        if (!special_ok(g, w)) {
            if (bad++ < 5) printf("FAIL %s(%a): got %a want %a\n", name, x, g, w);
        }
    }
    if (bad)
        failed++;
    else
        passed++;
}

static void special2(const char *name, fn2 f, fn2 ref)
{
    int bad = 0;
    for (size_t i = 0; i < NSPEC; i++)
        for (size_t j = 0; j < NSPEC; j++) {
            double x = specials[i], y = specials[j], g = f(x, y), w = ref(x, y);
            if (!special_ok(g, w)) {
                if (bad++ < 5) printf("FAIL %s(%a, %a): got %a want %a\n", name, x, y, g, w);
            }
        }
    if (bad)
        failed++;
    else
        passed++;
}

static void random1(const char *name, fn1 f, fn1 ref, fl1 refl, const range *rs, int nr)
{
    long ident = 0, n = 0;
    double maxu = 0, maxe = 0, wx = 0;
    for (int k = 0; k < nr; k++) {
        long cnt = nrand / nr;
        for (long i = 0; i < cnt; i++) {
            double x = draw(&rs[k]), g = f(x), w = ref(x), u = ulp_dist(g, w), e;
            n++;
            if (u == 0) {
                ident++;
                continue;
            }
            if (u > maxu) maxu = u;
            e = true_err(g, refl(x));
            if (e > maxe) {
                maxe = e;
                wx = x;
            }
        }
    }
    /* plus random bit patterns (every exponent, nan, inf) */
    for (long i = 0; i < nrand / 8; i++) {
        double x = from_bits(rnd64()), g = f(x), w = ref(x), u = ulp_dist(g, w), e;
        n++;
        if (u == 0) {
            ident++;
            continue;
        }
        if (u > maxu) maxu = u;
        e = true_err(g, refl(x));
        if (e > maxe) {
            maxe = e;
            wx = x;
        }
    }
    report(name, n, ident, maxu, maxe, wx, 0);
}

static void random2(const char *name, fn2 f, fn2 ref, fl2 refl, const range *rx, const range *ry, int nr)
{
    long ident = 0, n = 0;
    double maxu = 0, maxe = 0, wx = 0, wy = 0;
    for (int k = 0; k < nr; k++) {
        long cnt = nrand / nr;
        for (long i = 0; i < cnt; i++) {
            double x = draw(&rx[k]), y = draw(&ry[k]), g = f(x, y), w = ref(x, y), u = ulp_dist(g, w), e;
            n++;
            if (u == 0) {
                ident++;
                continue;
            }
            if (u > maxu) maxu = u;
            e = true_err(g, refl(x, y));
            if (e > maxe) {
                maxe = e;
                wx = x;
                wy = y;
            }
        }
    }
    report(name, n, ident, maxu, maxe, wx, wy);
}

#define T1(fs, ref, ...)                                                                           \
    do {                                                                                           \
        static const range r_[] = {__VA_ARGS__};                                                   \
        special1(#ref, fs, ref);                                                                   \
        random1(#ref, fs, ref, ref##l, r_, (int)(sizeof r_ / sizeof r_[0]));                               \
    } while (0)

/* Exact functions: fma on random triples, fmod/ldexp/frexp/nextafter. */
static double fma_xy(double x, double y) { return cr_fs_fma(x, y, -x * y); }
static double fma_xy_ref(double x, double y) { return fma(x, y, -x * y); }
static double fma_gen(double x, double y) { return cr_fs_fma(x, y, x + y * 0x1p-30); }
static double fma_gen_ref(double x, double y) { return fma(x, y, x + y * 0x1p-30); }
static double frexp_m(double x)
{
    int e;
    return cr_fs_frexp(x, &e);
}
static double frexp_ref(double x)
{
    int e;
    return frexp(x, &e);
}
static int clamp_int(double y) { return isnan(y) ? 0 : y > 1e6 ? 1000000 : y < -1e6 ? -1000000 : (int)y; }
static double ldexp_fs(double x, double y) { return cr_fs_ldexp(x, clamp_int(y)); }
static double ldexp_ref(double x, double y) { return ldexp(x, clamp_int(y)); }

static void test_frexp_exps(void)
{
    int bad = 0;
    for (long i = 0; i < nrand / 10; i++) {
        double x = from_bits(rnd64());
        int e1, e2;
        double m1 = cr_fs_frexp(x, &e1), m2 = frexp(x, &e2);
        if (!same(m1, m2) || (!isnan(x) && e1 != e2)) {
            if (bad++ < 5) printf("FAIL frexp(%a): %a,%d vs %a,%d\n", x, m1, e1, m2, e2);
        }
    }
    /* every subnormal leading-bit position, both signs, random low bits */
    for (int p = 0; p < 52; p++) {
        for (int k = 0; k < 64; k++) {
            uint64_t m = ((uint64_t)1 << p) | (rnd64() & (((uint64_t)1 << p) - 1));
            double x = from_bits(m | ((uint64_t)(k & 1) << 63));
            int e1, e2;
            double m1 = cr_fs_frexp(x, &e1), m2 = frexp(x, &e2);
            if (!same(m1, m2) || e1 != e2) {
                if (bad++ < 5) printf("FAIL frexp(%a): %a,%d vs %a,%d\n", x, m1, e1, m2, e2);
            }
        }
    }
    if (bad)
        failed++;
    else
        passed++;
}

/* Random bit patterns for the exact functions: must be bit-identical. */
static void exact2(const char *name, fn2 f, fn2 ref)
{
    long bad = 0;
    for (long i = 0; i < nrand; i++) {
        double x = from_bits(rnd64()), y;
        uint64_t by = rnd64();
        /* keep exponents close often so that the arithmetic is exercised */
        if (i & 1) by = (by & ~((uint64_t)0x7ff << 52)) | ((bits(x) & ((uint64_t)0x7ff << 52)) + (rnd64() % 64 << 52));
        y = from_bits(by);
        if (!same(f(x, y), ref(x, y))) {
            if (bad++ < 5) printf("FAIL %s(%a, %a): got %a want %a\n", name, x, y, f(x, y), ref(x, y));
        }
    }
    printf("%-10s %8ld random bit patterns, %ld differ\n", name, nrand, bad);
    if (bad)
        failed++;
    else
        passed++;
}

static void test_fma(void)
{
    long bad = 0, n = nrand;
    for (long i = 0; i < n; i++) {
        double x = from_bits(rnd64()), y = from_bits(rnd64()), z = from_bits(rnd64());
        switch (i % 4) {
        case 0: break;
        case 1: /* z close to -x*y: cancellation */
            z = -x * y * (1.0 + (double)(int)(rnd64() % 7 - 3) * 0x1p-52);
            break;
        case 2: /* moderate exponents */
            x = ldexp(1.0 + rnd01(), (int)(rnd64() % 200) - 100);
            y = ldexp(1.0 + rnd01(), (int)(rnd64() % 200) - 100);
            z = ldexp(1.0 + rnd01(), (int)(rnd64() % 300) - 150);
            if (rnd64() & 1) z = -z;
            break;
        default: /* results near the subnormal range */
            x = ldexp(1.0 + rnd01(), -(int)(rnd64() % 600));
            y = ldexp(1.0 + rnd01(), -(int)(rnd64() % 600));
            z = -x * y * (rnd64() & 1 ? 1.0 : 0.5);
        }
        if (!same(cr_fs_fma(x, y, z), fma(x, y, z))) {
            if (bad++ < 5) printf("FAIL fma(%a, %a, %a): got %a want %a\n", x, y, z, cr_fs_fma(x, y, z), fma(x, y, z));
        }
    }
    printf("%-10s %8ld random triples, %ld differ\n", "fma", n, bad);
    if (bad)
        failed++;
    else
        passed++;
}

static void test_sqrt(void)
{
    long bad = 0;
    for (long i = 0; i < nrand; i++) {
        double x = from_bits(rnd64() >> 1);
        if (i & 1) x = ldexp(1.0 + rnd01(), (int)(rnd64() % 2100) - 1074);
        if (!same(cr_fs_sqrt(x), sqrt(x))) {
            if (bad++ < 5) printf("FAIL sqrt(%a): got %a want %a\n", x, cr_fs_sqrt(x), sqrt(x));
        }
    }
    printf("%-10s %8ld random inputs, %ld differ\n", "sqrt", nrand, bad);
    if (bad)
        failed++;
    else
        passed++;
    special1("sqrt", cr_fs_sqrt, sqrt);
}

/* pow with y drawn as integers sometimes (exact and halfway cases). */
static void test_pow(void)
{
    static const range rx[] = {{0, 10, 0, 1}, {-20, 20, 1, 1}, {0.5, 2.0, 0, 1}, {-1000, 1000, 1, 1},
                               {0, 10, 0, -1}, {0.99, 1.01, 0, 1}};
    static const range ry[] = {{-10, 10, 0, 0}, {-30, 30, 0, 0}, {-500, 500, 0, 0}, {-6, 3, 1, 0},
                               {-20, 20, 0, 0}, {-1e5, 1e5, 0, 0}};
    long ident = 0, n = 0;
    double maxu = 0, maxe = 0, wx = 0, wy = 0;
    special2("pow", cr_fs_pow, pow);
    for (int k = 0; k < 6; k++) {
        long cnt = nrand / 6;
        for (long i = 0; i < cnt; i++) {
            double x = draw(&rx[k]), y = draw(&ry[k]), g, w, u;
            if (k == 4 || (i % 8) == 0) y = floor(y); /* integer exponents */
            if ((i % 16) == 1) x = floor(x * 1e4); /* integer bases, exact results */
            g = cr_fs_pow(x, y);
            w = pow(x, y);
            u = ulp_dist(g, w);
            n++;
            if (u == 0) {
                ident++;
                continue;
            }
            if (u > maxu) maxu = u;
            u = true_err(g, powl(x, y));
            if (u > maxe) {
                maxe = u;
                wx = x;
                wy = y;
            }
        }
    }
    report("pow", n, ident, maxu, maxe, wx, wy);
}

int main(void)
{
    const char *env = getenv("PC_LIBM_FS_N");
    if (env && atol(env) > 0) nrand = atol(env);
    show_time = getenv("PC_LIBM_FS_TIME") != NULL;
    t_last = clock();

    test_sqrt();
    test_fma();
    exact2("fmod", cr_fs_fmod, fmod);
    exact2("nextafter", cr_fs_nextafter, nextafter);
    special2("fmod", cr_fs_fmod, fmod);
    special2("nextafter", cr_fs_nextafter, nextafter);
    special2("fma(x,y,-xy)", fma_xy, fma_xy_ref);
    special2("fma(x,y,z)", fma_gen, fma_gen_ref);
    special2("ldexp", ldexp_fs, ldexp_ref);
    special1("frexp", frexp_m, frexp_ref);
    test_frexp_exps();

    T1(cr_fs_exp, exp, {-745.2, 709.8, 0, 1}, {-5, 5, 0, 1}, {-60, -1, 1, 0}, {-1080, -1070, 0, 1});
    T1(cr_fs_exp2, exp2, {-1075, 1024, 0, 1}, {-5, 5, 0, 1}, {-60, -1, 1, 0});
    T1(cr_fs_expm1, expm1, {-40, 709.8, 0, 1}, {-1, 1, 0, 1}, {-60, -1, 1, 0}, {-1074, -60, 1, 0});
    T1(cr_fs_log, log, {-1074, 1024, 1, 1}, {0.5, 2, 0, 1}, {0.999, 1.001, 0, 1});
    T1(cr_fs_log2, log2, {-1074, 1024, 1, 1}, {0.5, 2, 0, 1}, {0.999, 1.001, 0, 1});
    T1(cr_fs_log10, log10, {-1074, 1024, 1, 1}, {0.5, 2, 0, 1}, {0.999, 1.001, 0, 1});
    T1(cr_fs_log1p, log1p, {-1, 4, 0, 1}, {-60, 1020, 1, 1}, {-60, -1, 1, -1});
    T1(cr_fs_sin, sin, {-10, 10, 0, 0}, {-30, 1023, 1, 0}, {-1000, 1000, 0, 0}, {-30, 2, 1, 0});
    T1(cr_fs_cos, cos, {-10, 10, 0, 0}, {-30, 1023, 1, 0}, {-1000, 1000, 0, 0}, {-30, 2, 1, 0});
    T1(cr_fs_tan, tan, {-10, 10, 0, 0}, {-30, 1023, 1, 0}, {-1000, 1000, 0, 0}, {-30, 2, 1, 0});
    T1(cr_fs_asin, asin, {-1, 1, 0, 0}, {-40, 0, 1, 0}, {0.99, 1, 0, 0});
    T1(cr_fs_acos, acos, {-1, 1, 0, 0}, {-40, 0, 1, 0}, {0.99, 1, 0, 0});
    T1(cr_fs_atan, atan, {-10, 10, 0, 0}, {-40, 70, 1, 0}, {-1, 1, 0, 0});
    T1(cr_fs_sinh, sinh, {-10, 10, 0, 0}, {-40, 9.5, 1, 0}, {-711, 711, 0, 0});
    T1(cr_fs_cosh, cosh, {-10, 10, 0, 0}, {-40, 9.5, 1, 0}, {-711, 711, 0, 0});
    T1(cr_fs_tanh, tanh, {-10, 10, 0, 0}, {-40, 5, 1, 0}, {-1, 1, 0, 0});
    T1(cr_fs_asinh, asinh, {-10, 10, 0, 0}, {-40, 1023, 1, 0}, {-1, 1, 0, 0});
    T1(cr_fs_acosh, acosh, {1, 10, 0, 1}, {0, 1023, 1, 1}, {1, 1.001, 0, 1});
    T1(cr_fs_atanh, atanh, {-1, 1, 0, 0}, {-40, 0, 1, 0}, {0.99, 1, 0, 0});
    T1(cr_fs_cbrt, cbrt, {-10, 10, 0, 0}, {-1074, 1024, 1, 0});
    T1(cr_fs_erf, erf, {-6, 6, 0, 0}, {-40, 3, 1, 0}, {-1074, -40, 1, 0});
    T1(cr_fs_erfc, erfc, {-6, 27.5, 0, 1}, {-40, 4.8, 1, 0}, {0, 3, 0, 1});
    /* then: around zeros of lgamma at -2.457, -2.748, -5.9986; huge negative */
    T1(cr_fs_lgamma, lgamma, {0, 30, 0, 1}, {-60, 1023, 1, 1}, {-30, 0, 0, 1}, {0.9, 2.1, 0, 1},
       {2.45702473822, 2.45702473823, 0, -1}, {2.747682646727, 2.747682646728, 0, -1},
       {5.9986074, 5.9986076, 0, -1}, {40, 53, 1, -1});
    T1(cr_fs_tgamma, tgamma, {0, 171.6, 0, 1}, {-60, 2, 1, 1}, {-30, 0, 0, 1}, {-185, -30, 0, 1}, {7, 53, 1, -1});
    {
        static const range ax[] = {{-10, 10, 0, 0}, {-1074, 1023, 1, 0}, {-3, 3, 0, 0}};
        static const range ay[] = {{-10, 10, 0, 0}, {-1074, 1023, 1, 0}, {-60, 3, 1, 0}};
        special2("atan2", cr_fs_atan2, atan2);
        random2("atan2", cr_fs_atan2, atan2, atan2l, ay, ax, 3);
        special2("hypot", cr_fs_hypot, hypot);
        random2("hypot", cr_fs_hypot, hypot, hypotl, ax, ay, 3);
    }
    test_pow();

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
