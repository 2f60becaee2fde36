/* Exact double <-> text conversions (see dtoa.h).
 *
 * Everything is done with plain integer arithmetic on a fixed-capacity
 * big-number type.  Capacities are chosen from the extreme cases:
 *  - digit generation: v = f * 2**e with f < 2**53, -1074 <= e <= 971,
 *    scaled by 10**k with |k| <= 343, times 4 for the half-ulp margins and 10
 *    for one more digit: below 1200 bits;
 *  - parsing: at most CR_STRTOD_SIGDIGITS + 1 significant decimal digits
 *    (< 2**2700) against 5**1140 (< 2**2650).
 * BN_LIMBS 32-bit limbs (3200 bits) cover both with margin.
 */
#include "core/dtoa.h"

#define BN_LIMBS 100
/* Significant digits kept when parsing; any further non-zero digit becomes a
 * sticky digit.  The exact decimal value of a halfway point between two
 * doubles has at most 767 significant digits, so this is exact. */
#define CR_STRTOD_SIGDIGITS 780

typedef struct {
    uint32_t d[BN_LIMBS];
    int n; /* limbs in use; d[n-1] != 0 unless n == 0 */
} bn;

/* Big numbers are zero-initialised where declared: the limbs above n are
 * then always defined, which keeps the code easy to analyse. */
#define BN_ZERO {{0}, 0}

/* ------------------------------------------------------------------ */
/* bit helpers                                                         */

uint64_t cr_double_bits(double d)
{
    union {
        double d;
        uint64_t u;
    } x;
    x.d = d;
    return x.u;
}

double cr_double_from_bits(uint64_t u)
{
    union {
        double d;
        uint64_t u;
    } x;
    x.u = u;
    return x.d;
}

static int bitlen64(uint64_t x)
{
#if defined(__GNUC__) && !defined(__FRAMAC__)
    return x == 0 ? 0 : 64 - __builtin_clzll(x);
#else
    int n = 0;
    while (x != 0 && n < 64) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* ------------------------------------------------------------------ */
/* big numbers                                                         */

static void bn_trim(bn *a)
{
    while (a->n > 0 && a->n <= BN_LIMBS && a->d[a->n - 1] == 0) a->n--;
}

static void bn_set_u64(bn *a, uint64_t v)
{
    a->n = 0;
    if (v != 0) {
        a->d[0] = (uint32_t)v;
        a->d[1] = (uint32_t)(v >> 32);
        a->n = 2;
    }
    bn_trim(a);
}

static void bn_copy(bn *dst, const bn *src)
{
    int i;
    dst->n = src->n;
    for (i = 0; i < src->n && i < BN_LIMBS; i++) dst->d[i] = src->d[i];
}

static bool bn_is_zero(const bn *a) { return a->n == 0; }

/* a = a * m + add */
static void bn_muladd(bn *a, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    int i;
    for (i = 0; i < a->n && i < BN_LIMBS; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry != 0 && a->n < BN_LIMBS) {
        a->d[a->n] = (uint32_t)carry;
        a->n++;
    }
    bn_trim(a);
}

static void bn_mul_pow(bn *a, uint32_t base, uint32_t base9, int count9, int k)
{
    /* multiply by base**k using chunks of base**count9 == base9 */
    while (k >= count9) {
        bn_muladd(a, base9, 0);
        k -= count9;
    }
    while (k > 0) {
        bn_muladd(a, base, 0);
        k--;
    }
}

static void bn_mul_pow10(bn *a, int k) { bn_mul_pow(a, 10, 1000000000u, 9, k); }
static void bn_mul_pow5(bn *a, int k) { bn_mul_pow(a, 5, 1220703125u, 13, k); }

static void bn_shl(bn *a, int bits)
{
    int limbs, sh, i, j, newn;
    if (a->n == 0 || bits <= 0) return;
    limbs = bits / 32;
    sh = bits % 32;
    if (a->n > BN_LIMBS || limbs > BN_LIMBS) return; /* cannot happen: see capacities */
    newn = a->n + limbs + 1;
    if (newn > BN_LIMBS) return; /* cannot happen: see capacities */
    /* Destination limb i = j + limbs takes source limb j (j from the top
     * down); both indices run down together, so each stays visibly in
     * range (i <= newn - 2, j >= 0; i >= 0 always holds when j >= 0). */
    if (sh == 0) {
        for (i = newn - 2, j = a->n - 1; j >= 0 && i >= 0; i--, j--) a->d[i] = a->d[j];
        a->d[newn - 1] = 0;
    } else {
        a->d[newn - 1] = 0;
        for (i = newn - 2, j = a->n - 1; j >= 0 && i >= 0; i--, j--) {
            a->d[i + 1] |= a->d[j] >> (32 - sh);
            a->d[i] = a->d[j] << sh;
        }
    }
    for (i = 0; i < limbs; i++) a->d[i] = 0;
    a->n = newn;
    bn_trim(a);
}

static int bn_bitlen(const bn *a)
{
    if (a->n <= 0 || a->n > BN_LIMBS) return 0; /* n <= BN_LIMBS always */
    return (a->n - 1) * 32 + bitlen64(a->d[a->n - 1]);
}

static int bn_cmp(const bn *a, const bn *b)
{
    int i;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0 && i < BN_LIMBS; i--) {
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    }
    return 0;
}

/* a -= b, requires a >= b */
static void bn_sub(bn *a, const bn *b)
{
    int64_t borrow = 0;
    int i;
    for (i = 0; i < a->n && i < BN_LIMBS; i++) {
        int64_t t = (int64_t)a->d[i] - borrow - (i < b->n ? (int64_t)b->d[i] : 0);
        borrow = 0;
        if (t < 0) {
            t += (int64_t)1 << 32;
            borrow = 1;
        }
        a->d[i] = (uint32_t)t;
    }
    bn_trim(a);
}

/* r = a + b */
static void bn_add(bn *r, const bn *a, const bn *b)
{
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    int i;
    for (i = 0; i < n && i < BN_LIMBS; i++) {
        uint64_t t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->n = n;
    if (carry != 0 && n < BN_LIMBS) {
        r->d[n] = (uint32_t)carry;
        r->n = n + 1;
    }
    bn_trim(r);
}

/* compare a + b with c (t: scratch) */
static int bn_cmp_sum(const bn *a, const bn *b, const bn *c, bn *t)
{
    bn_add(t, a, b);
    return bn_cmp(t, c);
}

/* q = a / b (quotient known to be < 10), a = a % b */
static int bn_divmod_small(bn *a, const bn *b)
{
    int q = 0;
    while (q < 10 && bn_cmp(a, b) >= 0) {
        bn_sub(a, b);
        q++;
    }
    return q;
}

/* ------------------------------------------------------------------ */
/* decomposition                                                       */

/* |v| = f * 2**e with f < 2**53 (v finite, non-zero). */
static void decompose(double v, uint64_t *f, int *e)
{
    uint64_t bits = cr_double_bits(v);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7ff);
    if (bexp == 0) {
        *f = frac;
        *e = -1074;
    } else {
        *f = frac | ((uint64_t)1 << 52);
        *e = bexp - 1075;
    }
}

/* floor(e2 * log10(2)) for |e2| < 2000 (exact enough; callers fix up). */
static int floor_log10_pow2(int e2)
{
    int64_t p = (int64_t)e2 * 1292913986; /* log10(2) * 2**32 */
    return (int)(p >> 32);               /* arithmetic shift = floor */
}

/* ------------------------------------------------------------------ */
/* digit generation                                                    */

static void put_digit(cr_dtoa_result *out, int d)
{
    if (out->ndigits < CR_DTOA_MAXDIGITS) {
        out->digits[out->ndigits] = (char)('0' + d);
        out->ndigits++;
    }
}

/* Add one unit in the last digit, propagating carries ("0.999" -> "1"). */
static void round_up_digits(cr_dtoa_result *out)
{
    int i = out->ndigits - 1;
    if (i >= CR_DTOA_MAXDIGITS) i = CR_DTOA_MAXDIGITS - 1; /* ndigits <= MAXDIGITS always */
    while (i >= 0 && i < CR_DTOA_MAXDIGITS && out->digits[i] == '9') i--;
    if (i < 0) {
        out->digits[0] = '1';
        out->ndigits = 1;
        out->decpt++;
        return;
    }
    out->digits[i]++;
    out->ndigits = i + 1;
}

static void strip_zeros(cr_dtoa_result *out)
{
    while (out->ndigits > 0 && out->ndigits <= CR_DTOA_MAXDIGITS &&
           out->digits[out->ndigits - 1] == '0')
        out->ndigits--;
}

/* ---- fast path: the same digit loops on 128-bit integers ----
 * Used when every quantity of the loop provably fits (the common case of
 * moderate exponents); the results are identical to the big-number loops.
 * Builds without __int128 (or with CR_DTOA_NO_INT128, e.g. for analysis)
 * use the big numbers only. */
#if defined(__SIZEOF_INT128__) && !defined(CR_DTOA_NO_INT128)
#define CR_DTOA_U128 1
typedef unsigned __int128 u128;

static u128 bn_to_u128(const bn *a)
{
    u128 v = 0;
    int i;
    for (i = a->n - 1; i >= 0 && i < 4; i--) v = (v << 32) | a->d[i];
    return v;
}

/* The shortest-digit loop: r < s <= 2**120, mp, mm <= 2**64 (so that 18
 * multiplications by 10 cannot overflow). */
static void shortest_loop_128(u128 r, u128 s, u128 mp, u128 mm, bool even, cr_dtoa_result *out)
{
    int guard;
    for (guard = 0; guard < 18; guard++) {
        int d = 0;
        bool low, high;
        r *= 10;
        mp *= 10;
        mm *= 10;
        while (d < 10 && r >= s) {
            r -= s;
            d++;
        }
        low = even ? r <= mm : r < mm;
        high = even ? r + mp >= s : r + mp > s;
        if (!low && !high) {
            put_digit(out, d);
            continue;
        }
        put_digit(out, d);
        if (high && (!low || r + r > s || (r + r == s && (d & 1)))) round_up_digits(out);
        break;
    }
}

static int bitlen128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi != 0 ? 64 + bitlen64(hi) : bitlen64((uint64_t)x);
}

static u128 pow10_128(int k)
{
    u128 p = 1;
    int i;
    for (i = 0; i < k && i < 38; i++) p *= 10;
    return p;
}

/* The whole shortest-digit computation on 128-bit integers when the
 * magnitudes allow it (about 1e-19 .. 1e35); false when they do not. */
static bool shortest_fast(uint64_t f, int e, cr_dtoa_result *out)
{
    bool even = (f & 1) == 0;
    bool asym = (f == ((uint64_t)1 << 52)) && e > -1074;
    u128 r, s, mp, mm, p;
    int k, guard;
    if (e > 64 || e < -116) return false;
    if (e >= 0) {
        r = (u128)f << (e + (asym ? 2 : 1));
        s = asym ? 4 : 2;
        mp = (u128)1 << (e + (asym ? 1 : 0));
        mm = (u128)1 << e;
    } else {
        r = (u128)f << (asym ? 2 : 1);
        s = (u128)1 << (-e + (asym ? 2 : 1));
        mp = asym ? 2 : 1;
        mm = 1;
    }
    k = floor_log10_pow2(e + bitlen64(f) - 1);
    if (k > 36 || k < -36) return false;
    p = pow10_128(k < 0 ? -k : k);
    if (k >= 0) {
        if (bitlen128(s) + bitlen128(p) > 120) return false;
        s *= p;
    } else {
        if (bitlen128(r) + bitlen128(p) > 120) return false;
        r *= p;
        mp *= p;
        mm *= p;
    }
    /* the same fix-ups as the big-number version */
    //@ loop unroll 4;
    for (guard = 0; guard < 4; guard++) {
        if (even ? r + mp >= s : r + mp > s) {
            if (bitlen128(s) > 116) return false;
            s *= 10;
            k++;
        } else {
            break;
        }
    }
    //@ loop unroll 4;
    for (guard = 0; guard < 4; guard++) {
        u128 t = (r + mp) * 10;
        if (even ? t < s : t <= s) {
            r *= 10;
            mp *= 10;
            mm *= 10;
            k--;
        } else {
            break;
        }
    }
    if (bitlen128(s) > 120 || bitlen128(mp) > 64) return false;
    out->decpt = k;
    shortest_loop_128(r, s, mp, mm, even, out);
    strip_zeros(out);
    return true;
}

/* dtoa_fixed on 128-bit integers when the magnitudes allow it. */
static bool fixed_fast(uint64_t f, int e, int mode, int64_t ndigits, cr_dtoa_result *out)
{
    u128 r, s, p;
    int k, guard, last = 0;
    int64_t n, i;
    if (e > 64 || e < -116) return false;
    r = e >= 0 ? (u128)f << e : (u128)f;
    s = e >= 0 ? 1 : (u128)1 << -e;
    k = floor_log10_pow2(e + bitlen64(f) - 1);
    if (k > 36 || k < -36) return false;
    p = pow10_128(k < 0 ? -k : k);
    if (k >= 0) {
        if (bitlen128(s) + bitlen128(p) > 120) return false;
        s *= p;
    } else {
        if (bitlen128(r) + bitlen128(p) > 120) return false;
        r *= p;
    }
    for (guard = 0; guard < 4 && r >= s; guard++) {
        if (bitlen128(s) > 116) return false;
        s *= 10;
        k++;
    }
    for (guard = 0; guard < 4 && r * 10 < s; guard++) {
        r *= 10;
        k--;
    }
    if (bitlen128(s) > 120) return false;
    out->decpt = k;
    n = mode == 2 ? (ndigits < 1 ? 1 : ndigits) : (int64_t)k + ndigits;
    if (n < 0) {
        out->decpt = (int)-ndigits;
        return true;
    }
    for (i = 0; i < n && i < CR_DTOA_MAXDIGITS; i++) {
        if (r == 0) break;
        r *= 10;
        last = 0;
        while (last < 10 && r >= s) {
            r -= s;
            last++;
        }
        put_digit(out, last);
    }
    if (r != 0 && i == n && (r + r > s || (r + r == s && n > 0 && (last & 1)))) {
        if (out->ndigits == 0) {
            out->digits[0] = '1';
            out->ndigits = 1;
            out->decpt = k + 1;
            return true;
        }
        round_up_digits(out);
    }
    strip_zeros(out);
    if (out->ndigits == 0) out->decpt = (int)-ndigits;
    return true;
}
#endif

/* Shortest digits (Burger & Dybvig free-format, with CPython's tie rules). */
static void dtoa_shortest(uint64_t f, int e, cr_dtoa_result *out)
{
    bn r = BN_ZERO, s = BN_ZERO, mp = BN_ZERO, mm = BN_ZERO, t = BN_ZERO;
    bool even = (f & 1) == 0;
    bool asym = (f == ((uint64_t)1 << 52)) && e > -1074;
    int k, guard;

    if (e >= 0) {
        bn_set_u64(&r, f);
        bn_shl(&r, e + (asym ? 2 : 1));
        bn_set_u64(&s, asym ? 4 : 2);
        bn_set_u64(&mp, 1);
        bn_shl(&mp, e + (asym ? 1 : 0));
        bn_set_u64(&mm, 1);
        bn_shl(&mm, e);
    } else {
        bn_set_u64(&r, f);
        bn_shl(&r, asym ? 2 : 1);
        bn_set_u64(&s, 1);
        bn_shl(&s, -e + (asym ? 2 : 1));
        bn_set_u64(&mp, asym ? 2 : 1);
        bn_set_u64(&mm, 1);
    }
    k = floor_log10_pow2(e + bitlen64(f) - 1);
    if (k >= 0) {
        bn_mul_pow10(&s, k);
    } else {
        bn_mul_pow10(&r, -k);
        bn_mul_pow10(&mp, -k);
        bn_mul_pow10(&mm, -k);
    }
    /* fix k so that (r + mp) / s < 1 (<= for odd) and the first digit is not 0 */
    //@ loop unroll 4;
    for (guard = 0; guard < 4; guard++) {
        int c = bn_cmp_sum(&r, &mp, &s, &t);
        if (c > 0 || (c == 0 && even)) {
            bn_muladd(&s, 10, 0);
            k++;
        } else {
            break;
        }
    }
    //@ loop unroll 4;
    for (guard = 0; guard < 4; guard++) {
        int c;
        bn_add(&t, &r, &mp);
        bn_muladd(&t, 10, 0);
        c = bn_cmp(&t, &s);
        if (c < 0 || (c == 0 && !even)) {
            bn_muladd(&r, 10, 0);
            bn_muladd(&mp, 10, 0);
            bn_muladd(&mm, 10, 0);
            k--;
        } else {
            break;
        }
    }
    out->decpt = k;
#ifdef CR_DTOA_U128
    if (bn_bitlen(&s) <= 120 && bn_bitlen(&mp) <= 64) {
        shortest_loop_128(bn_to_u128(&r), bn_to_u128(&s), bn_to_u128(&mp), bn_to_u128(&mm), even, out);
        strip_zeros(out);
        return;
    }
#endif
    /* put_digit keeps ndigits <= CR_DTOA_MAXDIGITS; the hint makes Frama-C
     * widen it to that bound rather than to INT_MAX. */
    //@ widen_hints out->ndigits, CR_DTOA_MAXDIGITS;
    for (guard = 0; guard < 40; guard++) {
        int d, clow, chigh;
        bool low, high;
        bn_muladd(&r, 10, 0);
        bn_muladd(&mp, 10, 0);
        bn_muladd(&mm, 10, 0);
        d = bn_divmod_small(&r, &s);
        clow = bn_cmp(&r, &mm);
        low = clow < 0 || (clow == 0 && even);
        chigh = bn_cmp_sum(&r, &mp, &s, &t);
        high = chigh > 0 || (chigh == 0 && even);
        if (!low && !high) {
            put_digit(out, d);
            continue;
        }
        if (low && !high) {
            put_digit(out, d);
        } else if (high && !low) {
            put_digit(out, d);
            round_up_digits(out);
        } else {
            int c;
            bn_add(&t, &r, &r);
            c = bn_cmp(&t, &s);
            put_digit(out, d);
            if (c > 0 || (c == 0 && (d & 1)))
                round_up_digits(out);
        }
        break;
    }
    strip_zeros(out);
}

/* Fixed number of digits, correctly rounded (mode 2: n significant digits;
 * mode 3: digits up to 10**-ndigits). */
static void dtoa_fixed(uint64_t f, int e, int mode, int64_t ndigits, cr_dtoa_result *out)
{
    bn r = BN_ZERO, s = BN_ZERO, t = BN_ZERO;
    int k, guard;
    int64_t n, i;
    int last = 0;
    bool round_up = false;

    bn_set_u64(&r, f);
    bn_set_u64(&s, 1);
    if (e >= 0)
        bn_shl(&r, e);
    else
        bn_shl(&s, -e);
    k = floor_log10_pow2(e + bitlen64(f) - 1);
    if (k >= 0)
        bn_mul_pow10(&s, k);
    else
        bn_mul_pow10(&r, -k);
    /* make r / s < 1 with the first digit non-zero */
    //@ loop unroll 4;
    for (guard = 0; guard < 4 && bn_cmp(&r, &s) >= 0; guard++) {
        bn_muladd(&s, 10, 0);
        k++;
    }
    //@ loop unroll 4;
    for (guard = 0; guard < 4; guard++) {
        bn_copy(&t, &r);
        bn_muladd(&t, 10, 0);
        if (bn_cmp(&t, &s) >= 0) break;
        bn_copy(&r, &t);
        k--;
    }
    out->decpt = k;
    n = mode == 2 ? (ndigits < 1 ? 1 : ndigits) : (int64_t)k + ndigits;
    if (n < 0) {
        /* far below half a unit of the last place: rounds to zero */
        out->decpt = (int)-ndigits;
        return;
    }
#ifdef CR_DTOA_U128
    if (bn_bitlen(&s) <= 120) {
        /* the same loop on 128-bit integers (r < s, so 10 r fits) */
        u128 r1 = bn_to_u128(&r), s1 = bn_to_u128(&s);
        for (i = 0; i < n && i < CR_DTOA_MAXDIGITS; i++) {
            if (r1 == 0) break;
            r1 *= 10;
            last = 0;
            while (last < 10 && r1 >= s1) {
                r1 -= s1;
                last++;
            }
            put_digit(out, last);
        }
        round_up = r1 != 0 && i == n && (r1 + r1 > s1 || (r1 + r1 == s1 && n > 0 && (last & 1)));
    } else
#endif
    {
        //@ widen_hints out->ndigits, CR_DTOA_MAXDIGITS;
        for (i = 0; i < n && i < CR_DTOA_MAXDIGITS; i++) {
            if (bn_is_zero(&r)) break; /* the rest are zeros: exact */
            bn_muladd(&r, 10, 0);
            last = bn_divmod_small(&r, &s);
            put_digit(out, last);
        }
        if (!bn_is_zero(&r) && i == n) {
            int c;
            bn_add(&t, &r, &r);
            c = bn_cmp(&t, &s);
            round_up = c > 0 || (c == 0 && n > 0 && (last & 1));
        }
    }
    if (round_up) {
        if (out->ndigits == 0) {
            /* mode 3, n == 0: rounds up to one unit of the last place */
            out->digits[0] = '1';
            out->ndigits = 1;
            out->decpt = k + 1;
            return;
        }
        round_up_digits(out);
    }
    strip_zeros(out);
    if (out->ndigits == 0) out->decpt = (int)-ndigits;
}

void cr_dtoa(double v, int mode, int64_t ndigits, cr_dtoa_result *out)
{
    uint64_t f;
    int e;
    uint64_t bits = cr_double_bits(v);
    out->ndigits = 0;
    out->decpt = 0;
    out->negative = (bits >> 63) != 0;
    out->kind = CR_DT_FINITE;
    if (((bits >> 52) & 0x7ff) == 0x7ff) {
        out->kind = (bits & (((uint64_t)1 << 52) - 1)) ? CR_DT_NAN : CR_DT_INF;
        return;
    }
    if ((bits << 1) == 0) {
        out->digits[0] = '0';
        out->ndigits = 1;
        out->decpt = 1;
        return;
    }
    /* Past 2**40 digits every precision gives the same digits (at most
     * CR_DTOA_MAXDIGITS are produced); clamping keeps k + ndigits and
     * -ndigits far from int64 overflow.  Mode 2 uses max(ndigits, 1). */
    if (ndigits > ((int64_t)1 << 40)) ndigits = (int64_t)1 << 40;
    if (mode == 2 && ndigits < 1) ndigits = 1;
    decompose(v, &f, &e);
    if (mode == 0) {
#ifdef CR_DTOA_U128
        if (shortest_fast(f, e, out)) return;
#endif
        dtoa_shortest(f, e, out);
    }
    else {
#ifdef CR_DTOA_U128
        if (fixed_fast(f, e, mode == 2 ? 2 : 3, ndigits, out)) return;
#endif
        dtoa_fixed(f, e, mode == 2 ? 2 : 3, ndigits, out);
    }
}

/* ------------------------------------------------------------------ */
/* PyOS_double_to_string                                               */

/* Appends to p[0:cap]; len counts every byte appended, also those past cap
 * (which are not written).  last is the byte appended last: while
 * len <= cap it equals p[len - 1], which the writer never has to read.
 *
 * Only w_char and w_fill write to p.  Their contracts (writer_ok: cap
 * writable bytes, apart from the writer itself; every write within them)
 * are proved by WP for every capacity; EVA checks them at each call and
 * analyses the bodies with each capacity of the driver. */
typedef struct {
    char *p;
    size_t cap, len;
    char last;
} writer;

/*@ predicate writer_ok(writer *w) =
        \valid(w) && \valid(w->p + (0 .. w->cap - 1)) && \separated(w, w->p + (0 .. w->cap - 1));
*/

/*@ requires writer_ok(w);
    assigns w->len, w->last, w->p[0 .. w->cap - 1];
    ensures writer_ok(w); */
static void w_char(writer *w, char c)
{
    if (w->len < w->cap) w->p[w->len] = c;
    w->len++;
    w->last = c;
}

/* the n bytes of s: a string literal of length n (W_STR, or n written out
 * where the literal is chosen among some of equal length), so every read is
 * visibly within the literal */
static void w_bytes(writer *w, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) w_char(w, s[i]);
}
#define W_STR(w, lit) w_bytes(w, lit, sizeof(lit) - 1)

/* n copies of c; n may be huge (the caller learns the length first) */
/*@ requires writer_ok(w);
    assigns w->len, w->last, w->p[0 .. w->cap - 1];
    ensures writer_ok(w); */
static void w_fill(writer *w, char c, int64_t n)
{
    size_t i, end;
    if (n <= 0) return;
    w->last = c;
    if (w->len >= w->cap || (uint64_t)n > (uint64_t)(w->cap - w->len)) {
        /* does not fit: only the length matters */
        w->len += (size_t)n;
        return;
    }
    /* fits: len + n <= cap (the test i < cap never fails; it states the
     * bound of every write for the analysis) */
    end = w->len + (size_t)n;
    /*@ loop assigns i, w->p[0 .. w->cap - 1]; */
    for (i = w->len; i < end && i < w->cap; i++) w->p[i] = c;
    w->len = end;
}

static void w_digits(writer *w, const cr_dtoa_result *r, int64_t from, int64_t to)
{
    int64_t i;
    for (i = from; i < to && i < r->ndigits && i < CR_DTOA_MAXDIGITS && i >= 0; i++) w_char(w, r->digits[i]);
}

static void w_exponent(writer *w, char e, int64_t exp)
{
    char tmp[24] = {0};
    int n = 0;
    uint64_t u = exp < 0 ? (uint64_t)(-exp) : (uint64_t)exp;
    w_char(w, e);
    w_char(w, exp < 0 ? '-' : '+');
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u != 0 && n < 22);
    if (n < 2) tmp[n++] = '0';
    while (n > 0) w_char(w, tmp[--n]);
}

size_t cr_double_to_string(double v, char code, int64_t precision, unsigned flags,
                           char *out, size_t cap, int *kind)
{
    cr_dtoa_result r = {{0}, 0, 0, false, 0}; /* zeroed: digits past ndigits are defined */
    writer w;
    bool upper = false, use_exp = false, neg;
    int mode;
    int64_t decpt, digits_len, vstart, vend, exp = 0;
    w.p = out;
    w.cap = cap;
    w.len = 0;
    w.last = 0;
    if (precision < 0) precision = 0;
    if (precision > 0x7fffffff) precision = 0x7fffffff;
    switch (code) {
    case 'E': upper = true; code = 'e'; /* fall through */
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; /* fall through */
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; /* fall through */
    case 'g':
        mode = 2;
        if (precision == 0) precision = 1;
        break;
    case 'r': mode = 0; precision = 0; break;
    default:
        if (kind) *kind = CR_DT_FINITE;
        return 0;
    }
    cr_dtoa(v, mode, precision, &r);
    if (kind) *kind = r.kind;
    neg = r.negative;
    if (r.kind != CR_DT_FINITE) {
        if (r.kind == CR_DT_NAN) neg = false;
        if (neg)
            w_char(&w, '-');
        else if (flags & CR_DTSF_SIGN)
            w_char(&w, '+');
        if (r.kind == CR_DT_NAN)
            w_bytes(&w, upper ? "NAN" : "nan", 3);
        else
            w_bytes(&w, upper ? "INF" : "inf", 3);
        return w.len;
    }
    digits_len = r.ndigits;
    decpt = r.decpt;
    if ((flags & CR_DTSF_NO_NEG_0) && neg &&
        (digits_len == 0 || (digits_len == 1 && r.digits[0] == '0')))
        neg = false;
    vend = digits_len;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & CR_DTSF_ADD_DOT_0) ? precision - 1 : precision))
            use_exp = true;
        if (flags & CR_DTSF_ALT) vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & CR_DTSF_ADD_DOT_0))
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;

    if (neg)
        w_char(&w, '-');
    else if (flags & CR_DTSF_SIGN)
        w_char(&w, '+');
    if (decpt <= 0) {
        w_fill(&w, '0', decpt - vstart);
        w_char(&w, '.');
        w_fill(&w, '0', -decpt);
    } else {
        w_fill(&w, '0', -vstart);
    }
    if (0 < decpt && decpt <= digits_len) {
        w_digits(&w, &r, 0, decpt);
        w_char(&w, '.');
        w_digits(&w, &r, decpt, digits_len);
    } else {
        w_digits(&w, &r, 0, digits_len);
    }
    if (digits_len < decpt) {
        w_fill(&w, '0', decpt - digits_len);
        w_char(&w, '.');
        w_fill(&w, '0', vend - decpt);
    } else {
        w_fill(&w, '0', vend - digits_len);
    }
    /* drop a trailing point unless '#' */
    if (w.len > 0 && w.len <= w.cap && w.last == '.' && !(flags & CR_DTSF_ALT)) w.len--;
    if (use_exp) w_exponent(&w, upper ? 'E' : 'e', exp);
    return w.len;
}

size_t cr_double_to_string_bound(double v, char code, int64_t precision)
{
    /* sign, point, "e+308", digits and zero padding on both sides */
    uint64_t p = precision < 0 ? 0 : (uint64_t)precision;
    (void)v;
    if (code == 'r') return 32;
    if (p > ((uint64_t)1 << 40)) p = (uint64_t)1 << 40;
    return (size_t)(p + 340 + CR_DTOA_MAXDIGITS);
}

size_t cr_float_repr(double v, char out[CR_REPR_BUFSIZE])
{
    return cr_double_to_string(v, 'r', 0, CR_DTSF_ADD_DOT_0, out, CR_REPR_BUFSIZE, 0);
}

/* ------------------------------------------------------------------ */
/* text -> double                                                      */

/* Significant decimal digits of a parsed number: value = M * 10**exp10
 * where M is the integer written by digits[0:nd]. */
typedef struct {
    char digits[CR_STRTOD_SIGDIGITS + 2];
    int nd;
    int64_t exp10;
    bool negative;
} decimal;

static double make_double(uint64_t mant, int64_t exp2, bool sticky, bool *ovf);

/* Correctly rounded M * 10**exp10 (M > 0) as a positive double. */
static double decimal_to_double(const decimal *dec)
{
    static const double tens[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                  1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    bn num = BN_ZERO, den = BN_ZERO;
    int64_t e10 = dec->exp10;
    int nd = dec->nd;
    int i, e2, t, p, bit;
    uint64_t q = 0;
    int c;

    if (nd + e10 > 310) return cr_double_from_bits((uint64_t)0x7ff << 52);
    if (nd + e10 < -330) return 0.0;
    /* fast path: both M and 10**|e10| are exact doubles: one rounding */
    if (nd <= 15 && e10 >= -22 && e10 <= 22) {
        uint64_t m = 0;
        for (i = 0; i < nd; i++) m = m * 10 + (uint64_t)(dec->digits[i] - '0');
        if (e10 >= 0) return (double)m * tens[e10];
        return (double)m / tens[-e10];
    }
    /* M * 10**(e10-22) is still an exact integer below 10**15: one rounding */
    if (nd <= 15 && e10 > 22 && nd + (e10 - 22) <= 15) {
        uint64_t m = 0;
        for (i = 0; i < nd; i++) m = m * 10 + (uint64_t)(dec->digits[i] - '0');
        for (i = 0; i < (int)(e10 - 22); i++) m *= 10;
        return (double)m * tens[22];
    }
#ifdef CR_DTOA_U128
    /* up to 19 digits with |e10| <= 27: M * 5**e10 or (M << sh) / 5**-e10 in
     * 128 bits, with the remainder as the sticky bit, is exact */
    if (nd <= 19 && e10 >= -27 && e10 <= 27) {
        uint64_t m = 0;
        u128 p5 = 1, x;
        int64_t exp2;
        bool sticky = false, ovf;
        for (i = 0; i < nd; i++) m = m * 10 + (uint64_t)(dec->digits[i] - '0');
        for (i = 0; i < (e10 < 0 ? -e10 : e10); i++) p5 *= 5;
        if (e10 >= 0) {
            x = (u128)m * p5;
            exp2 = e10;
        } else {
            int sh = 127 - bitlen64(m);
            u128 num128 = (u128)m << sh;
            x = num128 / p5;
            sticky = num128 % p5 != 0;
            exp2 = (int64_t)e10 - sh;
        }
        if (bitlen128(x) > 64) {
            int drop = bitlen128(x) - 64;
            if ((x & ((((u128)1) << drop) - 1)) != 0) sticky = true;
            x >>= drop;
            exp2 += drop;
        }
        return make_double((uint64_t)x, exp2, sticky, &ovf);
    }
#endif
    /* exact: value = num / den * 2**e2 */
    num.n = 0;
    for (i = 0; i < nd && i < CR_STRTOD_SIGDIGITS + 1; i++) bn_muladd(&num, 10, (uint32_t)(dec->digits[i] - '0'));
    bn_set_u64(&den, 1);
    e2 = 0;
    if (e10 >= 0) {
        bn_mul_pow10(&num, (int)e10);
    } else {
        bn_mul_pow5(&den, (int)-e10);
        e2 = (int)e10;
    }
    t = bn_bitlen(&num) - bn_bitlen(&den);
    if (t >= 0)
        bn_shl(&den, t);
    else
        bn_shl(&num, -t);
    e2 += t;
    if (bn_cmp(&num, &den) < 0) {
        bn_shl(&num, 1);
        e2--;
    }
    /* now 1 <= num/den < 2, value = num/den * 2**e2 */
    if (e2 > 1023) return cr_double_from_bits((uint64_t)0x7ff << 52);
    p = e2 >= -1022 ? 53 : e2 + 1075;
    if (p < 0) return 0.0;
#ifdef CR_DTOA_U128
    if (bn_bitlen(&den) <= 125) {
        /* the same long division on 128-bit integers (num < 2 den) */
        u128 n1 = bn_to_u128(&num), d1 = bn_to_u128(&den);
        for (bit = 0; bit < p && bit < 53; bit++) {
            q <<= 1;
            if (n1 >= d1) {
                n1 -= d1;
                q |= 1;
            }
            n1 <<= 1;
        }
        c = n1 > d1 ? 1 : (n1 == d1 ? 0 : -1);
    } else
#endif
    {
        for (bit = 0; bit < p && bit < 53; bit++) {
            q <<= 1;
            if (bn_cmp(&num, &den) >= 0) {
                bn_sub(&num, &den);
                q |= 1;
            }
            bn_shl(&num, 1);
        }
        /* num/den (in [0, 2)) is the rest in units of half an ulp */
        c = bn_cmp(&num, &den);
    }
    if (c > 0 || (c == 0 && (q & 1))) q++;
    if (p < 53) return cr_double_from_bits(q); /* subnormal (or rounds up to the smallest normal) */
    return cr_double_from_bits(((uint64_t)(e2 + 1022) << 52) + q);
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* case-insensitive s[start:end] == word[0:wlen] (word in lower case).  The
 * callers pass the start index rather than s + start: every read is then
 * indexed below end, which the analysis relates to the buffer even when
 * start is imprecise (after a sign or trimmed whitespace). */
static bool eq_nocase_range(const char *s, size_t start, size_t end, const char *word, size_t wlen)
{
    size_t p, k;
    if (end < start || end - start != wlen) return false;
    for (p = start, k = 0; p < end && k < wlen; p++, k++) {
        if (lower(s[p]) != word[k]) return false;
    }
    return true;
}
#define EQ_NOCASE_RANGE(s, start, end, lit) eq_nocase_range(s, start, end, lit, sizeof(lit) - 1)

/* CPython's underscore rule: '_' only between two digits. */
static bool underscores_ok(const char *s, size_t len)
{
    char prev = 0;
    size_t i;
    for (i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (!is_digit(prev)) return false;
        } else if (prev == '_' && !is_digit(s[i])) {
            return false;
        }
        prev = s[i];
    }
    return prev != '_';
}

/* The decimal exponent counts digits, so it stays far below 2**62 for any
 * string that fits in memory; saturating there changes no result and keeps
 * every later sum (exponent part < 10**17, nd + exp10) visibly free of
 * int64 overflow.  parse_decimal keeps the exponent and the digit count in
 * locals (stored in *dec at the end), and its widen_hints annotations make
 * Frama-C widen e10 at loop heads to +-EXP10_CAP = 2**62, which the
 * saturating steps keep; by default it widens to the int64 limits, where
 * the later sums would overflow. */
#define EXP10_CAP ((int64_t)1 << 62)
static int64_t exp10_inc(int64_t e) { return e < EXP10_CAP ? e + 1 : e; }
static int64_t exp10_dec(int64_t e) { return e > -EXP10_CAP ? e - 1 : e; }

/* i, which is <= len: the test never fails; it states the bound for the
 * analysis, which loses it when a loop index is widened. */
static size_t at_most(size_t i, size_t len) { return i <= len ? i : len; }

/* Parse the unsigned decimal literal at s[*pos:len]; false when there is no
 * digit.  Underscores are skipped when allowed (validated beforehand). */
static bool parse_decimal(const char *s, size_t len, size_t *pos, bool underscores, decimal *dec)
{
    size_t i = *pos;
    bool any = false, sticky = false;
    int64_t exp = 0, e10 = 0;
    int nd = 0;
    dec->nd = 0;
    dec->exp10 = 0;
    //@ widen_hints e10, 4611686018427387904, -4611686018427387904;
    while (i < len && (is_digit(s[i]) || (underscores && s[i] == '_'))) {
        char c = s[i];
        if (c != '_') {
            any = true;
            if (nd == 0 && c == '0') {
                /* leading zero */
            } else if (nd < CR_STRTOD_SIGDIGITS) {
                dec->digits[nd] = c;
                nd++;
            } else {
                e10 = exp10_inc(e10); /* dropped digit: one more power of ten */
                if (c != '0') sticky = true;
            }
        }
        i++;
    }
    if (i < len && s[i] == '.') {
        i++;
        //@ widen_hints e10, 4611686018427387904, -4611686018427387904;
        while (i < len && (is_digit(s[i]) || (underscores && s[i] == '_'))) {
            char c = s[i];
            if (c != '_') {
                if (nd == 0 && c == '0') {
                    e10 = exp10_dec(e10); /* leading zero after the point */
                } else if (nd < CR_STRTOD_SIGDIGITS) {
                    dec->digits[nd] = c;
                    nd++;
                    e10 = exp10_dec(e10);
                } else if (c != '0') {
                    sticky = true;
                }
                any = true;
            }
            i++;
        }
    }
    if (!any) return false;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        bool eneg = false, edig = false;
        if (j < len && (s[j] == '+' || s[j] == '-')) {
            eneg = s[j] == '-';
            j++;
        }
        while (j < len && (is_digit(s[j]) || (underscores && edig && s[j] == '_'))) {
            char c = s[j];
            if (c >= '0' && c <= '9') {
                if (exp < 100000000000000000) exp = exp * 10 + (c - '0');
                edig = true;
            }
            j++;
        }
        if (edig) {
            i = j;
            e10 += eneg ? -exp : exp;
        }
    }
    if (sticky && nd < CR_STRTOD_SIGDIGITS + 2) {
        /* stands for "a little more than the kept digits" */
        dec->digits[nd] = '1';
        nd++;
        e10 = exp10_dec(e10);
    }
    /* trailing zeros of M into the exponent */
    //@ widen_hints e10, 4611686018427387904, -4611686018427387904;
    while (nd > 0 && nd <= CR_STRTOD_SIGDIGITS + 2 && dec->digits[nd - 1] == '0') {
        nd--;
        e10 = exp10_inc(e10);
    }
    dec->nd = nd;
    dec->exp10 = e10;
    *pos = at_most(i, len);
    return true;
}

static double signed_inf_or_nan(bool neg, bool nan)
{
    uint64_t bits = nan ? ((uint64_t)0x7ff8 << 48) : ((uint64_t)0x7ff << 52);
    if (neg) bits |= (uint64_t)1 << 63;
    return cr_double_from_bits(bits);
}

static double dec_value(const decimal *dec)
{
    double d = dec->nd == 0 ? 0.0 : decimal_to_double(dec);
    return dec->negative ? -d : d;
}

bool cr_strtod(const char *s, size_t len, unsigned flags, double *out)
{
    size_t pos = 0;
    decimal dec = {{0}, 0, 0, false}; /* zeroed: digits past nd are defined */
    bool neg = false;
    bool us = (flags & CR_STRTOD_UNDERSCORES) != 0;
    if (us && !underscores_ok(s, len)) return false;
    if (pos < len && (s[pos] == '+' || s[pos] == '-')) {
        neg = s[pos] == '-';
        pos++;
    }
    if (EQ_NOCASE_RANGE(s, pos, len, "inf") || EQ_NOCASE_RANGE(s, pos, len, "infinity")) {
        *out = signed_inf_or_nan(neg, false);
        return true;
    }
    if (EQ_NOCASE_RANGE(s, pos, len, "nan")) {
        *out = signed_inf_or_nan(neg, true);
        return true;
    }
    if (!parse_decimal(s, len, &pos, us, &dec) || pos != len) return false;
    dec.negative = neg;
    *out = dec_value(&dec);
    return true;
}

size_t cr_strtod_prefix(const char *s, size_t len, double *out)
{
    size_t pos = 0;
    decimal dec = {{0}, 0, 0, false}; /* zeroed: digits past nd are defined */
    if (!parse_decimal(s, len, &pos, false, &dec)) return 0;
    dec.negative = false;
    *out = dec_value(&dec);
    return pos;
}

/* case-insensitive: does s[start:len] start with word[0:wlen] (word in
 * lower case)?  Every read is indexed below len (see eq_nocase_range). */
static bool starts_nocase(const char *s, size_t start, size_t len, const char *word, size_t wlen)
{
    size_t p, k;
    for (p = start, k = 0; p < len && k < wlen; p++, k++) {
        if (lower(s[p]) != word[k]) return false;
    }
    return k == wlen;
}

#define STARTS_NOCASE(s, start, len, lit) starts_nocase(s, start, len, lit, sizeof(lit) - 1)

size_t cr_strtod_prefix_signed(const char *s, size_t len, double *out)
{
    size_t pos = 0;
    decimal dec = {{0}, 0, 0, false}; /* zeroed: digits past nd are defined */
    bool neg = false;
    if (pos < len && (s[pos] == '+' || s[pos] == '-')) {
        neg = s[pos] == '-';
        pos++;
    }
    if (parse_decimal(s, len, &pos, false, &dec)) {
        dec.negative = neg;
        *out = dec_value(&dec);
        return pos;
    }
    if (STARTS_NOCASE(s, pos, len, "inf")) {
        pos += 3;
        if (STARTS_NOCASE(s, pos, len, "inity")) pos += 5;
        *out = signed_inf_or_nan(neg, false);
        return at_most(pos, len);
    }
    if (STARTS_NOCASE(s, pos, len, "nan")) {
        *out = signed_inf_or_nan(neg, true);
        return at_most(pos + 3, len);
    }
    return 0;
}

bool cr_underscores_ok(const char *s, size_t len) { return underscores_ok(s, len); }

/* ------------------------------------------------------------------ */
/* round(x, ndigits)                                                   */

double cr_double_round(double x, int ndigits, bool *overflow)
{
    cr_dtoa_result r = {{0}, 0, 0, false, 0}; /* zeroed: digits past ndigits are defined */
    decimal dec = {{0}, 0, 0, false}; /* zeroed: digits past nd are defined */
    double d;
    int i;
    *overflow = false;
    cr_dtoa(x, 3, ndigits, &r);
    dec.nd = 0;
    for (i = 0; i < r.ndigits && i < CR_STRTOD_SIGDIGITS; i++) {
        dec.digits[i] = r.digits[i];
        dec.nd = i + 1;
    }
    dec.exp10 = (int64_t)r.decpt - r.ndigits;
    dec.negative = r.negative;
    d = dec_value(&dec);
    if (cr_isinf(d)) *overflow = true;
    return d;
}

/* ------------------------------------------------------------------ */
/* hexadecimal                                                         */

size_t cr_double_to_hex(double v, char out[CR_HEX_BUFSIZE])
{
    static const char hexd[] = "0123456789abcdef";
    writer w;
    uint64_t bits = cr_double_bits(v);
    uint64_t frac = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7ff);
    int e, i;
    w.p = out;
    w.cap = CR_HEX_BUFSIZE;
    w.len = 0;
    w.last = 0;
    if (bexp == 0x7ff) {
        if (frac != 0) {
            W_STR(&w, "nan");
        } else {
            if (bits >> 63) w_char(&w, '-');
            W_STR(&w, "inf");
        }
        return w.len;
    }
    if (bits >> 63) w_char(&w, '-');
    if (bexp == 0 && frac == 0) {
        W_STR(&w, "0x0.0p+0");
        return w.len;
    }
    w_bytes(&w, bexp == 0 ? "0x0." : "0x1.", 4);
    for (i = 12; i >= 0; i--) w_char(&w, hexd[(frac >> (4 * i)) & 0xf]);
    e = bexp == 0 ? -1022 : bexp - 1023;
    w_char(&w, 'p');
    w_char(&w, e < 0 ? '-' : '+');
    {
        char tmp[8] = {0};
        int n = 0, u = e < 0 ? -e : e;
        do {
            tmp[n++] = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0 && n < 6);
        while (n > 0) w_char(&w, tmp[--n]);
    }
    return w.len;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Correctly rounded (mant + sticky) * 2**exp2, mant > 0; sets *ovf. */
static double make_double(uint64_t mant, int64_t exp2, bool sticky, bool *ovf)
{
    int bl = bitlen64(mant);
    int64_t top = exp2 + bl - 1; /* exponent of the leading bit */
    int64_t p;
    int64_t drop;
    uint64_t q, rest, half;
    *ovf = false;
    if (top > 1023) {
        *ovf = true;
        return 0.0;
    }
    p = top >= -1022 ? 53 : top + 1075;
    if (p < 0) return 0.0;
    drop = bl - p; /* low bits of mant to round away */
    if (drop <= 0) {
        q = mant << (-drop);
        rest = 0;
        half = 1;
    } else if (drop > 63) {
        q = 0;
        rest = mant;
        half = 0; /* compare against 2**(drop-1), larger than any mant: below half */
    } else {
        q = mant >> drop;
        rest = mant & ((((uint64_t)1) << drop) - 1);
        half = (uint64_t)1 << (drop - 1);
    }
    if (drop > 0 && half != 0) {
        if (rest > half || (rest == half && (sticky || (q & 1)))) q++;
    } else if (drop > 63) {
        /* the value is below half the smallest step when drop > 64; when
         * drop == 64 the leading bit is exactly the half. */
        if (drop == 64 && (rest >> 63) && ((rest << 1) != 0 || sticky)) q++;
    }
    if (p < 53) return cr_double_from_bits(q);
    {
        uint64_t bits = ((uint64_t)(top + 1022) << 52) + q;
        if ((bits >> 52) >= 0x7ff) {
            *ovf = true;
            return 0.0;
        }
        return cr_double_from_bits(bits);
    }
}

int cr_hex_to_double(const char *s, size_t len, double *out)
{
    size_t i = 0, end = len;
    bool neg = false, any = false, sticky = false, ovf;
    uint64_t mant = 0;
    int64_t exp2 = 0, e = 0;
    int sig = 0;
    while (i < end && is_space(s[i])) i++;
    while (end > i && is_space(s[end - 1])) end--;
    if (i < end && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (EQ_NOCASE_RANGE(s, i, end, "inf") || EQ_NOCASE_RANGE(s, i, end, "infinity")) {
        *out = signed_inf_or_nan(neg, false);
        return CR_HEX_OK;
    }
    if (EQ_NOCASE_RANGE(s, i, end, "nan")) {
        *out = signed_inf_or_nan(neg, true);
        return CR_HEX_OK;
    }
    if (i + 1 < end && s[i] == '0' && lower(s[i + 1]) == 'x') i += 2;
    /* up to 15 significant hex digits (60 bits) exactly, the rest sticky */
    while (i < end && hexval(s[i]) >= 0) {
        int h = hexval(s[i]);
        any = true;
        if (sig < 15) {
            if (mant != 0 || h != 0) {
                mant = mant * 16 + (uint64_t)h;
                sig++;
            }
        } else {
            if (exp2 < 100000000) exp2 += 4;
            if (h) sticky = true;
        }
        i++;
    }
    if (i < end && s[i] == '.') {
        i++;
        while (i < end && hexval(s[i]) >= 0) {
            int h = hexval(s[i]);
            any = true;
            if (sig < 15) {
                if (mant != 0 || h != 0) {
                    mant = mant * 16 + (uint64_t)h;
                    sig++;
                }
                if (exp2 > -100000000) exp2 -= 4;
            } else if (h) {
                sticky = true;
            }
            i++;
        }
    }
    if (!any) return CR_HEX_INVALID;
    if (i < end && lower(s[i]) == 'p') {
        bool eneg = false, edig = false;
        i++;
        if (i < end && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        while (i < end && s[i] >= '0' && s[i] <= '9') {
            char c = s[i];
            if (e < 100000000 && c >= '0' && c <= '9') e = e * 10 + (c - '0');
            edig = true;
            i++;
        }
        if (!edig) return CR_HEX_INVALID;
        exp2 += eneg ? -e : e;
    }
    if (i != end) return CR_HEX_INVALID;
    if (mant == 0) {
        *out = neg ? -0.0 : 0.0;
        return CR_HEX_OK;
    }
    *out = make_double(mant, exp2, sticky, &ovf);
    if (ovf) return CR_HEX_OVERFLOW;
    if (neg) *out = -*out;
    return CR_HEX_OK;
}
