/* Analysis driver for src/core/bigint.c: every public function, on operands
 * of every length up to SMALL limbs (each length analysed separately) with
 * unknown limbs, plus Karatsuba-sized operands (KARA limbs).  Every output
 * and scratch buffer is a separate object of exactly the size documented in
 * core/bigint.h, so a write one limb past it is an alarm. */
#include <stdlib.h>
#include "__fc_builtin.h"
#include "core/bigint.h"

#define SMALL 4
#define KARA CR_BIG_KARATSUBA_THRESHOLD

_Noreturn void cr_panic_bounds(void) { exit(70); }

/* n limbs of unknown value in a fresh object of exactly n limbs. */
static cr_limb *limbs(size_t n)
{
    cr_limb *p = malloc(n * sizeof(cr_limb) + (n == 0)); /* malloc(0) may be NULL */
    if (!p) exit(1);
    if (n) Frama_C_make_unknown((char *)p, n * sizeof(cr_limb));
    return p;
}
static uint8_t *bytes(size_t n)
{
    uint8_t *p = malloc(n + (n == 0));
    if (!p) exit(1);
    if (n) Frama_C_make_unknown((char *)p, n);
    return p;
}
static size_t max(size_t a, size_t b) { return a > b ? a : b; }

static void two_operands(size_t an, size_t bn)
{
    cr_limb *a = limbs(an), *b = limbs(bn);
    cr_big_norm(a, an);
    cr_big_cmp(a, an, b, bn);
    cr_big_copy(limbs(an), a, an);
    cr_big_zero(limbs(an), an);
    cr_big_add(limbs(max(an, bn) + 1), a, an, b, bn);
    cr_limb *acc = limbs(max(an, bn) + 1);            /* r may be a */
    cr_big_copy(acc, a, an);
    cr_big_add(acc, acc, an, b, bn);
    if (cr_big_cmp(a, an, b, bn) >= 0) cr_big_sub(limbs(an), a, an, b, bn);
    cr_big_mul1(limbs(an), a, an, Frama_C_unsigned_int_interval(0, UINT32_MAX),
                Frama_C_unsigned_int_interval(0, UINT32_MAX));
    cr_big_mul(limbs(an + bn), a, an, b, bn, limbs(cr_big_mul_scratch(an, bn)));
    cr_big_divmod1(limbs(an), a, an, Frama_C_unsigned_int_interval(1, UINT32_MAX));
    cr_big_divmod1(NULL, a, an, Frama_C_unsigned_int_interval(1, UINT32_MAX));
    if (bn >= 1 && an >= bn) {
        b[bn - 1] |= Frama_C_unsigned_int_interval(1, UINT32_MAX); /* contract: b[bn-1] != 0 */
        cr_big_divmod(limbs(an - bn + 1), limbs(bn), a, an, b, bn, limbs(cr_big_divmod_scratch(an, bn)));
        cr_big_divmod(NULL, NULL, a, an, b, bn, limbs(cr_big_divmod_scratch(an, bn)));
    }
    bool neg;
    cr_big_bitop(limbs(max(an, bn) + 1), &neg, a, an, Frama_C_interval(0, 1), b, bn,
                 Frama_C_interval(0, 1), Frama_C_nondet(Frama_C_nondet('&', '|'), '^'));
}

static void one_operand(size_t an)
{
    cr_limb *a = limbs(an);
    uint64_t sh = Frama_C_unsigned_long_interval(0, 3 * 32 + 31);
    //@ split sh / 32;
    cr_big_lshift(limbs(an + sh / 32 + 1), a, an, sh);
    if (sh / 32 < an) cr_big_rshift(limbs(an - sh / 32), a, an, sh);
    cr_big_bit_length(a, an);
    cr_big_popcount(a, an);
    cr_big_test_bit(a, an, Frama_C_unsigned_long_interval(0, UINT64_MAX));
    cr_big_mod_mersenne61(a, an);
    unsigned base;
    size_t cap, small_cap, nd, rn, len;
    uint8_t *digits;
    bool neg, little, sgn;
    base = Frama_C_unsigned_int_interval(2, 36);
    //@ split base;
    cap = cr_big_digits_bound(an, base);
    cr_big_to_base(bytes(cap), cap, limbs(an), a, an, base);
    small_cap = Frama_C_size_t_interval(0, cap);
    cr_big_to_base(bytes(small_cap), small_cap, limbs(an), a, an, base); /* too small: returns 0 */
    nd = Frama_C_size_t_interval(0, 3 * SMALL);
    //@ split nd;
    digits = bytes(nd);
    for (size_t i = 0; i < nd; i++) digits[i] = Frama_C_unsigned_char_interval(0, (unsigned char)(base - 1));
    rn = cr_big_limbs_for_digits(nd, base);
    cr_big_from_digits(limbs(rn), rn, digits, nd, base);
    len = Frama_C_size_t_interval(0, 4 * SMALL + 3);
    //@ split len;
    little = Frama_C_interval(0, 1);
    sgn = Frama_C_interval(0, 1);
    cr_big_to_bytes(bytes(len), len, a, an, Frama_C_interval(0, 1), little);
    cr_big_from_bytes(limbs(cr_big_limbs_for_bytes(len)), bytes(len), len, little, sgn, &neg);
}

int main(void)
{
    size_t an = Frama_C_size_t_interval(0, SMALL), bn = Frama_C_size_t_interval(0, SMALL);
    //@ split an;
    //@ split bn;
    switch (Frama_C_interval(0, 2)) {
    case 0: two_operands(an, bn); break;
    case 1: one_operand(an); break;
    default: {
        /* Karatsuba: both operands at or above the threshold. */
        size_t kn = Frama_C_size_t_interval(KARA, KARA + 1);
        //@ split kn;
        two_operands(kn, KARA + 1 - (kn - KARA));
        break;
    }
    }
    return 0;
}
