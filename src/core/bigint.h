/* Arbitrary-precision natural-number arithmetic on limb arrays (core layer).
 *
 * A number is an array of 32-bit limbs, least significant first, with an
 * explicit length.  "Normalised" means the top limb is nonzero (zero has
 * length 0).  These functions are pure: they never allocate; the caller
 * provides every output and scratch buffer with the size documented on each
 * function (as ACSL "requires" clauses, checked by Frama-C EVA at every
 * call in verify/drv_bigint.c and inside bigint.c; aliasing rules stay in
 * prose).  Every loop is bounded by the explicit lengths.  Signs are handled by the caller (vm/int.c), except for
 * the two's-complement helpers (bitwise operations, byte conversion).
 *
 * Unless stated otherwise, inputs need not be normalised and the output may
 * not alias the inputs.
 */
#ifndef PYCLAVE_CORE_BIGINT_H
#define PYCLAVE_CORE_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t cr_limb;
typedef uint64_t cr_dlimb;
#define CR_LIMB_BITS 32

/* Below this many limbs multiplication is schoolbook, above it Karatsuba. */
#define CR_BIG_KARATSUBA_THRESHOLD 40

_Noreturn void cr_panic_bounds(void);

/* Checked read of one limb (for code outside the core). */
static inline cr_limb cr_big_at(const cr_limb *a, size_t n, size_t i)
{
    if (i >= n) cr_panic_bounds();
    return a[i];
}
/* Checked write of one limb. */
static inline void cr_big_set(cr_limb *a, size_t n, size_t i, cr_limb v)
{
    if (i >= n) cr_panic_bounds();
    a[i] = v;
}

/* Returns n without the leading zeros (so at most n). */
/*@ requires \valid_read(a + (0 .. n-1)); */
size_t cr_big_norm(const cr_limb *a, size_t n);

/* r may be a. */
/*@ requires \valid(r + (0 .. n-1)) && \valid_read(a + (0 .. n-1)); */
void cr_big_copy(cr_limb *r, const cr_limb *a, size_t n);
/*@ requires \valid(r + (0 .. n-1)); */
void cr_big_zero(cr_limb *r, size_t n);

/* Compare magnitudes: -1, 0, 1. */
/*@ requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1));
    ensures -1 <= \result <= 1; */
int cr_big_cmp(const cr_limb *a, size_t an, const cr_limb *b, size_t bn);

/* r = a + b.  Returns the normalised length of r.  r gets max(an,bn)+1
 * limbs; r may be a or b (same start). */
/*@ requires \valid(r + (0 .. (an > bn ? an : bn)));
    requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1)); */
size_t cr_big_add(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn);

/* r = a - b, requires a >= b (as numbers).  Returns the normalised length.
 * r may be a or b (same start). */
/*@ requires \valid(r + (0 .. an-1));
    requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1)); */
size_t cr_big_sub(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn);

/* r[0..n) = a * m + add; returns the carry limb.  r may be a. */
/*@ requires \valid(r + (0 .. n-1)) && \valid_read(a + (0 .. n-1)); */
cr_limb cr_big_mul1(cr_limb *r, const cr_limb *a, size_t n, cr_limb m, cr_limb add);

/* Scratch limbs needed by cr_big_mul for these sizes. */
size_t cr_big_mul_scratch(size_t an, size_t bn);
/* r[0 .. an+bn) = a * b, with cr_big_mul_scratch(an, bn) limbs of scratch
 * (that bound is a C function, so its part of the contract stays prose:
 * \valid(scratch + (0 .. cr_big_mul_scratch(an,bn)-1))).
 * r does not overlap a, b or scratch. */
/*@ requires \valid(r + (0 .. an+bn-1));
    requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1)); */
void cr_big_mul(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn,
                cr_limb *scratch);

/* q[0..n) = a / d, returns a % d.  q may be a; q may be NULL.  d must be
 * nonzero; d == 0 is caught (returns 0, q untouched), so it is not an ACSL
 * precondition. */
/*@ requires q == \null || \valid(q + (0 .. n-1));
    requires \valid_read(a + (0 .. n-1)); */
cr_limb cr_big_divmod1(cr_limb *q, const cr_limb *a, size_t n, cr_limb d);

/* Scratch limbs needed by cr_big_divmod. */
static inline size_t cr_big_divmod_scratch(size_t an, size_t bn) { return an + bn + 1; }
/* Long division (Knuth D): q = a / b, r = a % b.  q gets an-bn+1 limbs,
 * r bn limbs, scratch an+bn+1 (cr_big_divmod_scratch); q and r do not
 * overlap each other, a, b or scratch. */
/*@ requires bn >= 1 && an >= bn;
    requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1));
    requires b[bn-1] != 0;
    requires q == \null || \valid(q + (0 .. an-bn));
    requires r == \null || \valid(r + (0 .. bn-1));
    requires \valid(scratch + (0 .. an+bn)); */
void cr_big_divmod(cr_limb *q, cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b,
                   size_t bn, cr_limb *scratch);

/* r = a << shift (an + shift/32 + 1 limbs); r does not overlap a. */
/*@ requires \valid(r + (0 .. an + shift/32)) && \valid_read(a + (0 .. an-1)); */
void cr_big_lshift(cr_limb *r, const cr_limb *a, size_t an, uint64_t shift);
/* r = a >> shift (an - shift/32 limbs); r may be a.  Returns true when
 * nonzero bits were shifted out. */
/*@ requires shift/32 < an;
    requires \valid(r + (0 .. an - shift/32 - 1)) && \valid_read(a + (0 .. an-1)); */
bool cr_big_rshift(cr_limb *r, const cr_limb *a, size_t an, uint64_t shift);

/* Bitwise operation on two's-complement values sign*|a| and sign*|b| with
 * infinite sign extension.  op: '&', '|' or '^'.  Writes the magnitude of
 * the result to r and its sign (true = negative) to *rneg; returns the
 * normalised length.  r gets max(an,bn)+1 limbs and does not overlap a
 * or b. */
/*@ requires \valid(r + (0 .. (an > bn ? an : bn))) && \valid(rneg);
    requires \valid_read(a + (0 .. an-1)) && \valid_read(b + (0 .. bn-1)); */
size_t cr_big_bitop(cr_limb *r, bool *rneg, const cr_limb *a, size_t an, bool aneg,
                    const cr_limb *b, size_t bn, bool bneg, int op);

/* Number of significant bits (0 for zero). */
/*@ requires \valid_read(a + (0 .. n-1)); */
uint64_t cr_big_bit_length(const cr_limb *a, size_t n);
/* Number of one bits of the magnitude. */
/*@ requires \valid_read(a + (0 .. n-1)); */
uint64_t cr_big_popcount(const cr_limb *a, size_t n);
/* Bit i of the magnitude (false beyond the end). */
/*@ requires \valid_read(a + (0 .. n-1)); */
bool cr_big_test_bit(const cr_limb *a, size_t n, uint64_t i);

/* Upper bound of the number of digits of an n-limb number in base 2..36. */
size_t cr_big_digits_bound(size_t n, unsigned base);
/* Writes the digits of a in base 2..36 ('0'-'9', 'a'-'z'), most significant
 * first, no sign; "0" for zero.  Returns the number of characters, or 0 if
 * outcap is too small.  work is destroyed (not used for power-of-2 bases). */
/*@ requires \valid(out + (0 .. outcap-1)) && \valid(work + (0 .. n-1));
    requires \valid_read(a + (0 .. n-1));
    requires 2 <= base <= 36;
    ensures \result <= outcap; */
size_t cr_big_to_base(uint8_t *out, size_t outcap, cr_limb *work, const cr_limb *a, size_t n,
                      unsigned base);

/* Limbs needed for a number of ndigits digits of value < base (2..36). */
size_t cr_big_limbs_for_digits(size_t ndigits, unsigned base);
/* r = the number whose digit values (0 .. base-1, most significant first)
 * are digits[0 .. ndigits).  Returns the normalised length.  Requires
 * rn >= cr_big_limbs_for_digits(ndigits, base) (a C function: prose). */
/*@ requires \valid(r + (0 .. rn-1)) && \valid_read(digits + (0 .. ndigits-1));
    requires 2 <= base <= 36;
    ensures \result <= rn; */
size_t cr_big_from_digits(cr_limb *r, size_t rn, const uint8_t *digits, size_t ndigits,
                          unsigned base);

/* Two's-complement / magnitude byte conversions.
 * to_bytes: writes the value (neg ? -|a| : |a|) into out[0..len) in two's
 * complement (little or big endian).  The caller has checked that it fits. */
/*@ requires \valid(out + (0 .. len-1)) && \valid_read(a + (0 .. n-1)); */
void cr_big_to_bytes(uint8_t *out, size_t len, const cr_limb *a, size_t n, bool neg, bool little);
/* Limbs needed for len bytes. */
static inline size_t cr_big_limbs_for_bytes(size_t len) { return len / 4 + 1; }
/* Reads len bytes (two's complement if is_signed) into the magnitude r and
 * *neg.  Returns the normalised length.  r gets len/4+1 limbs. */
/*@ requires \valid(r + (0 .. len/4)) && \valid_read(in + (0 .. len-1)) && \valid(neg); */
size_t cr_big_from_bytes(cr_limb *r, const uint8_t *in, size_t len, bool little, bool is_signed,
                         bool *neg);

/* Magnitude modulo 2^61-1 (CPython's integer hash modulus). */
/*@ requires \valid_read(a + (0 .. n-1)); */
uint64_t cr_big_mod_mersenne61(const cr_limb *a, size_t n);

#endif
