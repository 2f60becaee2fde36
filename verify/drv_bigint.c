/* Analysis driver for src/core/bigint.c: every public function, on operands
 * of every length up to SMALL limbs (each length analysed separately) with
 * unknown limbs, plus Karatsuba-sized operands (KARA limbs).  Every output
 * and scratch buffer is a separate object of exactly the size documented in
 * core/bigint.h, so a write one limb past it is an alarm.  Each operation
 * is an independent analysis case (a table called through one
 * nondeterministic index), so the objects one case allocates never slow
 * down another; -DDRV_PART=i analyses case i alone. */
#include <stdlib.h>
#include "__fc_builtin.h"
#include "core/bigint.h"

/* Operand lengths 0..SMALL limbs each get their own state.  `make verify`
 * uses 4; the CI gate (verify/run.sh --ci) uses -DDRV_SMALL=2 to stay within
 * its time budget (the same code paths: lengths 0, 1 and >= 2 limbs, plus
 * the Karatsuba sizes, which do not depend on SMALL). */
#ifdef DRV_SMALL
#define SMALL DRV_SMALL
#else
#define SMALL 4
#endif
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

/* Two operands a (an limbs) and b (bn limbs), fresh objects, unknown limbs. */
typedef void two_op(size_t an, const cr_limb *a, size_t bn, cr_limb *b);
static void op_norm(size_t an, const cr_limb *a, size_t bn, cr_limb *b) { (void)bn, (void)b; cr_big_norm(a, an); }
static void op_cmp(size_t an, const cr_limb *a, size_t bn, cr_limb *b) { cr_big_cmp(a, an, b, bn); }
static void op_copy(size_t an, const cr_limb *a, size_t bn, cr_limb *b) { (void)bn, (void)b; cr_big_copy(limbs(an), a, an); }
static void op_zero(size_t an, const cr_limb *a, size_t bn, cr_limb *b) { (void)a, (void)bn, (void)b; cr_big_zero(limbs(an), an); }
static void op_add(size_t an, const cr_limb *a, size_t bn, cr_limb *b) { cr_big_add(limbs(max(an, bn) + 1), a, an, b, bn); }
static void op_add_self(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    cr_limb *acc = limbs(max(an, bn) + 1); /* r may be a */
    cr_big_copy(acc, a, an);
    cr_big_add(acc, acc, an, b, bn);
}
static void op_sub(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    if (cr_big_cmp(a, an, b, bn) >= 0) cr_big_sub(limbs(an), a, an, b, bn);
}
static void op_mul1(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    (void)bn, (void)b;
    cr_big_mul1(limbs(an), a, an, Frama_C_unsigned_int_interval(0, UINT32_MAX),
                Frama_C_unsigned_int_interval(0, UINT32_MAX));
}
static void op_mul(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    cr_big_mul(limbs(an + bn), a, an, b, bn, limbs(cr_big_mul_scratch(an, bn)));
}
static void op_divmod1(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    (void)bn, (void)b;
    cr_big_divmod1(limbs(an), a, an, Frama_C_unsigned_int_interval(1, UINT32_MAX));
    cr_big_divmod1(NULL, a, an, Frama_C_unsigned_int_interval(1, UINT32_MAX));
}
static void op_divmod(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    if (bn >= 1 && an >= bn) {
        b[bn - 1] |= Frama_C_unsigned_int_interval(1, UINT32_MAX); /* contract: b[bn-1] != 0 */
        cr_big_divmod(limbs(an - bn + 1), limbs(bn), a, an, b, bn, limbs(cr_big_divmod_scratch(an, bn)));
        cr_big_divmod(NULL, NULL, a, an, b, bn, limbs(cr_big_divmod_scratch(an, bn)));
    }
}
static void op_bitop(size_t an, const cr_limb *a, size_t bn, cr_limb *b)
{
    bool neg;
    cr_big_bitop(limbs(max(an, bn) + 1), &neg, a, an, Frama_C_interval(0, 1), b, bn,
                 Frama_C_interval(0, 1), Frama_C_nondet(Frama_C_nondet('&', '|'), '^'));
}

/* Calls op on operands of every length pair up to SMALL limbs (each pair
 * its own state), and on Karatsuba-sized pairs (both at or above the
 * threshold). */
static void with_two(two_op *op)
{
    size_t an, bn;
    if (Frama_C_interval(0, 1)) {
        an = Frama_C_size_t_interval(0, SMALL);
        bn = Frama_C_size_t_interval(0, SMALL);
    } else {
        an = Frama_C_size_t_interval(KARA, KARA + 1);
        bn = Frama_C_size_t_interval(KARA, KARA + 1);
    }
    //@ split an;
    //@ split bn;
    op(an, limbs(an), bn, limbs(bn));
}

typedef void one_op(size_t an, cr_limb *a);
static void op_shift(size_t an, cr_limb *a)
{
    /* Any shift 0..127: each whole-limb count separately, any bit count. */
    uint64_t w = Frama_C_unsigned_long_interval(0, 3), sh;
    //@ split w;
    sh = w * 32 + Frama_C_unsigned_long_interval(0, 31);
    cr_big_lshift(limbs(an + sh / 32 + 1), a, an, sh);
    if (sh / 32 < an) cr_big_rshift(limbs(an - sh / 32), a, an, sh);
}
static void op_bits(size_t an, cr_limb *a)
{
    cr_big_bit_length(a, an);
    cr_big_popcount(a, an);
    cr_big_test_bit(a, an, Frama_C_unsigned_long_interval(0, UINT64_MAX));
    cr_big_mod_mersenne61(a, an);
}
/* Output buffer of exactly the needed capacity, every base separately. */
static void op_to_base(size_t an, cr_limb *a)
{
    unsigned base = Frama_C_unsigned_int_interval(2, 36);
    size_t cap;
    //@ split base;
    cap = cr_big_digits_bound(an, base);
    cr_big_to_base(bytes(cap), cap, limbs(an), a, an, base);
}
/* Output buffer of every capacity from 0 to the largest bound (base 2), so
 * too small for every base and large enough for every base.  Each capacity
 * is its own state (the buffer is an object of exactly that size, so EVA
 * can check each write against it); the base is one range 2..36 (its value
 * only changes digit values and loop counts, never a buffer index). */
static void op_to_base_small(size_t an, cr_limb *a)
{
    unsigned base = Frama_C_unsigned_int_interval(2, 36);
    size_t outcap = Frama_C_size_t_interval(0, cr_big_digits_bound(an, 2));
    //@ split outcap;
    cr_big_to_base(bytes(outcap), outcap, limbs(an), a, an, base);
}
static void c_from_digits(void)
{
    unsigned base = Frama_C_unsigned_int_interval(2, 36);
    size_t nd, rn;
    uint8_t *digits;
    //@ split base;
    nd = Frama_C_size_t_interval(0, 3 * SMALL);
    //@ split nd;
    digits = bytes(nd);
    for (size_t i = 0; i < nd; i++) digits[i] = Frama_C_unsigned_char_interval(0, (unsigned char)(base - 1));
    rn = cr_big_limbs_for_digits(nd, base);
    cr_big_from_digits(limbs(rn), rn, digits, nd, base);
}
static void op_bytes(size_t an, cr_limb *a)
{
    bool neg;
    size_t len = Frama_C_size_t_interval(0, 4 * SMALL + 3);
    bool little;
    //@ split len;
    little = Frama_C_interval(0, 1);
    cr_big_to_bytes(bytes(len), len, a, an, Frama_C_interval(0, 1), little);
    cr_big_from_bytes(limbs(cr_big_limbs_for_bytes(len)), bytes(len), len, little, Frama_C_interval(0, 1), &neg);
}
/* Calls op on an operand of every length up to SMALL limbs. */
static void with_one(one_op *op)
{
    size_t an = Frama_C_size_t_interval(0, SMALL);
    //@ split an;
    op(an, limbs(an));
}

/* Independent analysis cases (each from the initial state), so the objects
 * one case allocates never burden another. */
#define TWO(op) static void c_##op(void) { with_two(op); }
#define ONE(op) static void c_##op(void) { with_one(op); }
TWO(op_norm) TWO(op_cmp) TWO(op_copy) TWO(op_zero) TWO(op_add) TWO(op_add_self) TWO(op_sub)
TWO(op_mul1) TWO(op_mul) TWO(op_divmod1) TWO(op_divmod) TWO(op_bitop)
ONE(op_shift) ONE(op_bits) ONE(op_to_base) ONE(op_to_base_small) ONE(op_bytes)
static void (*const cases[])(void) = {
    c_op_norm, c_op_cmp, c_op_copy, c_op_zero, c_op_add, c_op_add_self, c_op_sub,
    c_op_mul1, c_op_mul, c_op_divmod1, c_op_divmod, c_op_bitop,
    c_op_shift, c_op_bits, c_op_to_base, c_op_to_base_small, c_from_digits, c_op_bytes,
};
#define NCASES (sizeof cases / sizeof cases[0])

int main(void)
{
#ifdef DRV_PART /* one case only (to measure or debug it) */
    cases[DRV_PART]();
#else
    cases[Frama_C_size_t_interval(0, NCASES - 1)]();
#endif
    return 0;
}
