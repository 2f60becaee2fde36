/* Math functions for the vm layer (core layer, prefix cr_).
 *
 * In a normal (Linux) build the transcendental ones are thin wrappers around
 * the host C library's <math.h> (src/core/libm.c is the only file that
 * includes it), so that results are byte-identical to CPython's.  In the
 * trusted build (PC_TRUSTED), or in a normal build with -DPC_LIBM_FS=1 (for
 * testing), they call the freestanding implementations cr_fs_* of
 * src/core/libm_fs.c instead and <math.h> is not included.  The
 * exactness-critical ones (floor, ceil, trunc, modf, copysign, fabs) are
 * implemented in libm.c bit-exactly without libm.
 *
 * Contracts (ACSL, checked by Frama-C EVA through verify/drv_libm.c, see
 * docs/SECURITY.md): every function is defined for any double argument
 * (NaN, infinities, subnormals, -0.0 included) and any int exponent; no
 * precondition but the validity of the out-parameters of modf and frexp,
 * which are always written.  frexp's exponent is 0 for 0, inf and NaN,
 * else in [-1073, 1024].  EVA proves that the code has no undefined
 * behaviour (no out-of-bounds table index, no float-to-int conversion out
 * of range, no shift or signed overflow) for all those inputs.
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
/*@ requires \valid(intpart);
    ensures \initialized(intpart); */
double cr_modf(double x, double *intpart);
/*@ requires \valid(exp);
    ensures \initialized(exp);
    ensures -1073 <= *exp <= 1024; */
double cr_frexp(double x, int *exp);
double cr_ldexp(double x, int exp);

/* From the host libm (or libm_fs.c, see above). */
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


/* Freestanding implementations (src/core/libm_fs.c): no libc, C99 Annex F
 * special cases; sqrt, fma, fmod, frexp, ldexp, nextafter exact / correctly
 * rounded, the others evaluated in double-double (< 1 ulp, almost always
 * correctly rounded). */
double cr_fs_sqrt(double x);
double cr_fs_fma(double x, double y, double z);
double cr_fs_fmod(double x, double y);
/*@ requires \valid(exp);
    ensures \initialized(exp);
    ensures -1073 <= *exp <= 1024; */
double cr_fs_frexp(double x, int *exp);
double cr_fs_ldexp(double x, int exp);
double cr_fs_nextafter(double x, double y);
double cr_fs_pow(double x, double y);
double cr_fs_hypot(double x, double y);
double cr_fs_exp(double x);
double cr_fs_exp2(double x);
double cr_fs_expm1(double x);
double cr_fs_log(double x);
double cr_fs_log2(double x);
double cr_fs_log10(double x);
double cr_fs_log1p(double x);
double cr_fs_sin(double x);
double cr_fs_cos(double x);
double cr_fs_tan(double x);
double cr_fs_asin(double x);
double cr_fs_acos(double x);
double cr_fs_atan(double x);
double cr_fs_atan2(double y, double x);
double cr_fs_sinh(double x);
double cr_fs_cosh(double x);
double cr_fs_tanh(double x);
double cr_fs_asinh(double x);
double cr_fs_acosh(double x);
double cr_fs_atanh(double x);
double cr_fs_cbrt(double x);
double cr_fs_erf(double x);
double cr_fs_erfc(double x);
double cr_fs_tgamma(double x);
double cr_fs_lgamma(double x);

#endif
