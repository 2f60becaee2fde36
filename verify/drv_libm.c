/* Analysis driver for src/core/libm.c together with src/core/libm_fs.c, as
 * in the trusted build (PC_TRUSTED: libm.c calls the freestanding cr_fs_*):
 * every function with any double arguments (from unknown bits: NaNs,
 * infinities, subnormals, -0.0) and any int exponent.  What matters here is
 * memory safety: table lookups indexed by computed values, the Payne-Hanek
 * bit array, the out-parameters. */
#include "__fc_builtin.h"
#include "core/libm.h"

static double any(void)
{
    union { uint64_t u; double d; } x;
    Frama_C_make_unknown((char *)&x.u, sizeof x.u);
    return x.d;
}

int main(void)
{
    double x = any(), y = any(), z = any(), ip;
    int e;
    switch (Frama_C_interval(0, 9)) {
    case 0: cr_fabs(x); cr_copysign(x, y); cr_floor(x); cr_ceil(x); cr_trunc(x); cr_round_half_even(x); break;
    case 1: cr_fmod(x, y); cr_modf(x, &ip); cr_frexp(x, &e); cr_ldexp(x, Frama_C_int_interval(INT32_MIN, INT32_MAX)); break;
    case 2: cr_sqrt(x); cr_pow(x, y); cr_hypot(x, y); cr_fma(x, y, z); break;
    case 3: cr_exp(x); cr_exp2(x); cr_expm1(x); break;
    case 4: cr_log(x); cr_log10(x); cr_log2(x); cr_log1p(x); break;
    case 5: cr_sin(x); cr_cos(x); cr_tan(x); break;
    case 6: cr_asin(x); cr_acos(x); cr_atan(x); cr_atan2(y, x); break;
    case 7: cr_sinh(x); cr_cosh(x); cr_tanh(x); cr_asinh(x); cr_acosh(x); cr_atanh(x); cr_cbrt(x); break;
    case 8: cr_erf(x); cr_erfc(x); cr_tgamma(x); cr_lgamma(x); break;
    default: cr_nextafter(x, y); break;
    }
    return 0;
}
