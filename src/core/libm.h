/* Math functions for the vm layer (core layer, prefix cr_).
 *
 * For now these are thin wrappers around the host C library's <math.h>
 * (src/core/libm.c is the only file that includes it), so that code above
 * the core never includes a libc header.  The trusted (freestanding) build
 * will replace libm.c with a freestanding implementation of the same
 * functions; the exactness-critical ones (floor, ceil, trunc, fmod, modf,
 * frexp, ldexp, copysign, fabs) are already implemented here bit-exactly
 * without libm.
 */
#ifndef PYCLAVE_CORE_LIBM_H
#define PYCLAVE_CORE_LIBM_H

double cr_fabs(double x);
double cr_copysign(double x, double y);
double cr_floor(double x);
double cr_ceil(double x);
double cr_trunc(double x);
double cr_round_half_even(double x); /* nearest integer, ties to even */
double cr_fmod(double x, double y);
double cr_modf(double x, double *intpart);
double cr_frexp(double x, int *exp);
double cr_ldexp(double x, int exp);

/* From the host libm for now. */
double cr_sqrt(double x);
double cr_pow(double x, double y);
double cr_hypot(double x, double y);
double cr_exp(double x);
double cr_log(double x);
double cr_atan2(double y, double x);
double cr_sin(double x);
double cr_cos(double x);
double cr_tan(double x);
double cr_asin(double x);
double cr_acos(double x);
double cr_atan(double x);
double cr_sinh(double x);
double cr_cosh(double x);
double cr_tanh(double x);
double cr_asinh(double x);
double cr_acosh(double x);
double cr_atanh(double x);
double cr_log10(double x);
double cr_log2(double x);
double cr_log1p(double x);
double cr_expm1(double x);
double cr_exp2(double x);
double cr_cbrt(double x);
double cr_erf(double x);
double cr_erfc(double x);
double cr_tgamma(double x);
double cr_lgamma(double x);
double cr_nextafter(double x, double y);
double cr_fma(double x, double y, double z);

#endif
