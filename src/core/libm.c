/* See libm.h.  The bit-exact functions are written here; the others call
 * the host libm, or the freestanding libm_fs.c in the trusted build
 * (PC_TRUSTED) and in test builds made with -DPC_LIBM_FS=1. */
#if defined(PC_TRUSTED) || (defined(PC_LIBM_FS) && PC_LIBM_FS)
#define LIBM(name) cr_fs_##name
#else
#include <math.h>
#define LIBM(name) name
#endif

#include "core/dtoa.h"
#include "core/libm.h"

#define EXP_MASK ((uint64_t)0x7ff << 52)
#define SIGN_BIT ((uint64_t)1 << 63)

double cr_fabs(double x) { return cr_double_from_bits(cr_double_bits(x) & ~SIGN_BIT); }

double cr_copysign(double x, double y)
{
    return cr_double_from_bits((cr_double_bits(x) & ~SIGN_BIT) | (cr_double_bits(y) & SIGN_BIT));
}

/* x with its fractional bits cleared (rounds toward zero). */
double cr_trunc(double x)
{
    uint64_t b = cr_double_bits(x);
    int e = (int)((b & EXP_MASK) >> 52) - 1023;
    if (e >= 52) return x; /* integral, inf or nan */
    if (e < 0) return cr_double_from_bits(b & SIGN_BIT);
    return cr_double_from_bits(b & ~((((uint64_t)1) << (52 - e)) - 1));
}

double cr_floor(double x)
{
    double t = cr_trunc(x);
    if (t != x && x < 0) return t - 1.0;
    return t;
}

double cr_ceil(double x)
{
    double t = cr_trunc(x);
    if (t != x && x > 0) return t + 1.0;
    if (t == 0.0 && x < 0) return cr_copysign(0.0, -1.0);
    return t;
}

double cr_round_half_even(double x)
{
    double t = cr_trunc(x), diff;
    if (t == x) return x;
    diff = cr_fabs(x - t); /* exact: x and t share the exponent range */
    if (diff > 0.5 || (diff == 0.5 && cr_fmod(t, 2.0) != 0.0)) t += x < 0 ? -1.0 : 1.0;
    if (t == 0.0) return cr_copysign(0.0, x);
    return t;
}

double cr_fmod(double x, double y) { return LIBM(fmod)(x, y); }

double cr_modf(double x, double *intpart)
{
    double t = cr_trunc(x);
    *intpart = t;
    if (!cr_isfinite(x)) return cr_isnan(x) ? x : cr_copysign(0.0, x);
    return cr_copysign(x - t, x);
}

double cr_frexp(double x, int *exp) { return LIBM(frexp)(x, exp); }
double cr_ldexp(double x, int exp) { return LIBM(ldexp)(x, exp); }
double cr_sqrt(double x) { return LIBM(sqrt)(x); }
double cr_pow(double x, double y) { return LIBM(pow)(x, y); }
double cr_hypot(double x, double y) { return LIBM(hypot)(x, y); }
double cr_exp(double x) { return LIBM(exp)(x); }
double cr_log(double x) { return LIBM(log)(x); }
double cr_atan2(double y, double x) { return LIBM(atan2)(y, x); }
double cr_sin(double x) { return LIBM(sin)(x); }
double cr_cos(double x) { return LIBM(cos)(x); }
double cr_tan(double x) { return LIBM(tan)(x); }
double cr_asin(double x) { return LIBM(asin)(x); }
double cr_acos(double x) { return LIBM(acos)(x); }
double cr_atan(double x) { return LIBM(atan)(x); }
double cr_sinh(double x) { return LIBM(sinh)(x); }
double cr_cosh(double x) { return LIBM(cosh)(x); }
double cr_tanh(double x) { return LIBM(tanh)(x); }
double cr_asinh(double x) { return LIBM(asinh)(x); }
double cr_acosh(double x) { return LIBM(acosh)(x); }
double cr_atanh(double x) { return LIBM(atanh)(x); }
double cr_log10(double x) { return LIBM(log10)(x); }
double cr_log2(double x) { return LIBM(log2)(x); }
double cr_log1p(double x) { return LIBM(log1p)(x); }
double cr_expm1(double x) { return LIBM(expm1)(x); }
double cr_exp2(double x) { return LIBM(exp2)(x); }
double cr_cbrt(double x) { return LIBM(cbrt)(x); }
double cr_erf(double x) { return LIBM(erf)(x); }
double cr_erfc(double x) { return LIBM(erfc)(x); }
double cr_tgamma(double x) { return LIBM(tgamma)(x); }
double cr_lgamma(double x) { return LIBM(lgamma)(x); }
double cr_nextafter(double x, double y) { return LIBM(nextafter)(x, y); }
double cr_fma(double x, double y, double z) { return LIBM(fma)(x, y, z); }
