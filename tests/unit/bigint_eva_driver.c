/* Frama-C EVA driver for src/core/bigint.c (not built by make).  Run from the repo root:
 *   frama-c -c11 -eva -cpp-extra-args="-Isrc" -eva-precision 1 tests/unit/bigint_eva_driver.c src/core/bigint.c
 * Status (2026-11-25): runs to completion; 39 alarms, from the driver's imprecise
 * relation between the lengths and the array sizes (no ACSL requires yet). */
#include "core/bigint.h"
#include "__fc_builtin.h"
_Noreturn void cr_panic_bounds(void) { while (1) {} }
#define N 90
static cr_limb a[N], b[N], r[2 * N + 2], q[N + 2], rem[N], s[8 * N + 64];
static uint8_t out[1200];
int main(void)
{
    for (int i = 0; i < N; i++) { a[i] = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu); b[i] = Frama_C_unsigned_int_interval(0, 0xFFFFFFFFu); }
    size_t an = Frama_C_size_t_interval(1, N), bn = Frama_C_size_t_interval(1, N);
    b[bn - 1] |= 1;
    cr_big_add(r, a, an, b, bn);
    if (an >= bn) cr_big_sub(r, a, an, b, bn);
    cr_big_cmp(a, an, b, bn);
    cr_big_mul1(r, a, an, 7, 3);
    if (cr_big_mul_scratch(an, bn) <= 8 * N + 64) cr_big_mul(r, a, an, b, bn, s);
    cr_big_divmod1(q, a, an, 10);
    if (cr_big_mul_scratch(an, an) <= 8 * N + 64) cr_big_mul(r, a, an, a, an, s);
    if (an >= bn) cr_big_divmod(q, rem, a, an, b, bn, s);
    uint64_t sh = Frama_C_unsigned_int_interval(0, 100);
    cr_big_lshift(r, a, an, sh);
    if (sh / 32 < an) cr_big_rshift(r, a, an, sh);
    bool neg;
    cr_big_bitop(r, &neg, a, an, 1, b, bn, 0, '&');
    cr_big_bit_length(a, an);
    cr_big_popcount(a, an);
    unsigned base = Frama_C_unsigned_int_interval(2, 36);
    size_t cap = cr_big_digits_bound(an, base);
    if (cap <= 1200) cr_big_to_base(out, cap, q, a, an, base);
    cr_big_to_bytes(out, 40, a, an, 1, 0);
    cr_big_from_bytes(r, out, 40, 1, 1, &neg);
    cr_big_mod_mersenne61(a, an);
    size_t nd = Frama_C_size_t_interval(0, 300);
    for (size_t i = 0; i < nd; i++) out[i] = Frama_C_unsigned_char_interval(0, base - 1);
    size_t rn = cr_big_limbs_for_digits(nd, base);
    if (rn <= 2 * N + 2) cr_big_from_digits(r, rn, out, nd, base);
    return 0;
}
