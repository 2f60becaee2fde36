/* Arbitrary-precision natural-number arithmetic on 32-bit limbs (core layer).
 * See bigint.h for the contracts.  Kept deliberately plain: explicit index
 * loops bounded by lengths, 64-bit intermediates, no allocation. */
#include "core/bigint.h"

#define LIMB_MASK ((cr_dlimb)0xFFFFFFFFu)

size_t cr_big_norm(const cr_limb *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

void cr_big_copy(cr_limb *r, const cr_limb *a, size_t n)
{
    if (r == a) return;
    for (size_t i = 0; i < n; i++) r[i] = a[i];
}

void cr_big_zero(cr_limb *r, size_t n)
{
    for (size_t i = 0; i < n; i++) r[i] = 0;
}

int cr_big_cmp(const cr_limb *a, size_t an, const cr_limb *b, size_t bn)
{
    an = cr_big_norm(a, an);
    bn = cr_big_norm(b, bn);
    if (an != bn) return an < bn ? -1 : 1;
    for (size_t i = an; i > 0; i--) {
        if (a[i - 1] != b[i - 1]) return a[i - 1] < b[i - 1] ? -1 : 1;
    }
    return 0;
}

size_t cr_big_add(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn)
{
    if (an < bn) {
        const cr_limb *t = a;
        size_t tn = an;
        a = b;
        an = bn;
        b = t;
        bn = tn;
    }
    cr_dlimb carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        carry += (cr_dlimb)a[i] + b[i];
        r[i] = (cr_limb)carry;
        carry >>= 32;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (cr_limb)carry;
        carry >>= 32;
    }
    r[an] = (cr_limb)carry;
    return cr_big_norm(r, an + 1);
}

size_t cr_big_sub(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn)
{
    cr_dlimb borrow = 0;
    size_t i = 0;
    bn = cr_big_norm(b, bn);
    for (; i < bn && i < an; i++) {
        cr_dlimb d = (cr_dlimb)a[i] - b[i] - borrow;
        r[i] = (cr_limb)d;
        borrow = (d >> 32) & 1u;
    }
    for (; i < an; i++) {
        cr_dlimb d = (cr_dlimb)a[i] - borrow;
        r[i] = (cr_limb)d;
        borrow = (d >> 32) & 1u;
    }
    return cr_big_norm(r, an);
}

cr_limb cr_big_mul1(cr_limb *r, const cr_limb *a, size_t n, cr_limb m, cr_limb add)
{
    cr_dlimb carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (cr_dlimb)a[i] * m;
        r[i] = (cr_limb)carry;
        carry >>= 32;
    }
    return (cr_limb)carry;
}

/* r[0 .. an+bn) = a * b, schoolbook. */
static void mul_school(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn)
{
    cr_big_zero(r, an + bn);
    for (size_t j = 0; j < bn; j++) {
        cr_dlimb carry = 0;
        cr_dlimb bj = b[j];
        if (bj == 0) continue;
        for (size_t i = 0; i < an; i++) {
            carry += (cr_dlimb)a[i] * bj + r[i + j];
            r[i + j] = (cr_limb)carry;
            carry >>= 32;
        }
        r[j + an] = (cr_limb)carry;
    }
}

/* r[0 .. 2n) = a * a, schoolbook: each cross product once, doubled, plus
 * the squares on the diagonal (about half the work of mul_school). */
static void sqr_school(cr_limb *r, const cr_limb *a, size_t n)
{
    cr_big_zero(r, 2 * n);
    for (size_t i = 0; i < n; i++) {
        cr_dlimb carry = 0;
        cr_dlimb ai = a[i];
        for (size_t j = i + 1; j < n; j++) {
            carry += ai * a[j] + r[i + j];
            r[i + j] = (cr_limb)carry;
            carry >>= 32;
        }
        r[i + n] = (cr_limb)carry;
    }
    cr_limb top = 0;
    for (size_t k = 0; k < 2 * n; k++) {
        cr_limb v = r[k];
        r[k] = (v << 1) | top;
        top = v >> 31;
    }
    cr_dlimb carry = 0;
    for (size_t i = 0; i < n; i++) {
        carry += (cr_dlimb)a[i] * a[i] + r[2 * i];
        r[2 * i] = (cr_limb)carry;
        carry >>= 32;
        carry += r[2 * i + 1];
        r[2 * i + 1] = (cr_limb)carry;
        carry >>= 32;
    }
}

/* r[0 .. rn) += a[0 .. an), an <= rn; the carry is propagated up to rn
 * (the caller knows the true sum fits). */
static void add_into(cr_limb *r, size_t rn, const cr_limb *a, size_t an)
{
    cr_dlimb carry = 0;
    size_t i = 0;
    for (; i < an && i < rn; i++) {
        carry += (cr_dlimb)r[i] + a[i];
        r[i] = (cr_limb)carry;
        carry >>= 32;
    }
    for (; carry != 0 && i < rn; i++) {
        carry += r[i];
        r[i] = (cr_limb)carry;
        carry >>= 32;
    }
}

/* r[0 .. rn) -= a[0 .. an), an <= rn; the true difference is >= 0. */
static void sub_into(cr_limb *r, size_t rn, const cr_limb *a, size_t an)
{
    cr_dlimb borrow = 0;
    size_t i = 0;
    for (; i < an && i < rn; i++) {
        cr_dlimb d = (cr_dlimb)r[i] - a[i] - borrow;
        r[i] = (cr_limb)d;
        borrow = (d >> 32) & 1u;
    }
    for (; borrow != 0 && i < rn; i++) {
        cr_dlimb d = (cr_dlimb)r[i] - borrow;
        r[i] = (cr_limb)d;
        borrow = (d >> 32) & 1u;
    }
}

/* Scratch needed by kara(n): the recursion only on the middle product. */
static size_t kara_scratch(size_t n)
{
    size_t s = 0;
    /* n shrinks to about n/2+1 each step: at most ~64 iterations. */
    for (int depth = 0; depth < 64 && n >= CR_BIG_KARATSUBA_THRESHOLD; depth++) {
        size_t m = n - n / 2 + 1;
        s += 4 * m;
        n = m;
    }
    return s;
}

/* r[0 .. 2n) = a[0..n) * b[0..n) (Karatsuba); s: kara_scratch(n) limbs
 * (kara_scratch(n) <= 4n + 512).  The contract lets Frama-C EVA interpret
 * the recursive calls. */
/*@ requires n <= 0x10000000;
    assigns r[0 .. 2*n - 1] \from a[0 .. n - 1], b[0 .. n - 1];
    assigns s[0 .. 4*n + 511] \from a[0 .. n - 1], b[0 .. n - 1];
*/
static void kara(cr_limb *r, const cr_limb *a, const cr_limb *b, size_t n, cr_limb *s)
{
    if (n < CR_BIG_KARATSUBA_THRESHOLD) {
        mul_school(r, a, n, b, n);
        return;
    }
    size_t h = n / 2;  /* low half */
    size_t m = n - h;  /* high half, m >= h */
    size_t m1 = m + 1;
    cr_limb *s1 = s;          /* a0 + a1: m1 limbs */
    cr_limb *s2 = s + m1;     /* b0 + b1: m1 limbs */
    cr_limb *z1 = s + 2 * m1; /* s1 * s2: 2*m1 limbs */
    cr_limb *rest = s + 4 * m1;

    /* z0 = a0*b0 -> r[0 .. 2h), z2 = a1*b1 -> r[2h .. 2n) */
    kara(r, a, b, h, rest);
    kara(r + 2 * h, a + h, b + h, m, rest);

    cr_big_zero(s1, 2 * m1);
    (void)cr_big_add(s1, a + h, m, a, h);
    (void)cr_big_add(s2, b + h, m, b, h);
    kara(z1, s1, s2, m1, rest);
    sub_into(z1, 2 * m1, r, 2 * h);
    sub_into(z1, 2 * m1, r + 2 * h, 2 * m);
    add_into(r + h, 2 * n - h, z1, 2 * m1);
}

/* r[0 .. 2n) = a[0..n)^2 (Karatsuba squaring); s: kara_scratch(n) limbs. */
/*@ requires n <= 0x10000000;
    assigns r[0 .. 2*n - 1] \from a[0 .. n - 1];
    assigns s[0 .. 4*n + 511] \from a[0 .. n - 1];
*/
static void kara_sqr(cr_limb *r, const cr_limb *a, size_t n, cr_limb *s)
{
    if (n < CR_BIG_KARATSUBA_THRESHOLD) {
        sqr_school(r, a, n);
        return;
    }
    size_t h = n / 2, m = n - h, m1 = m + 1;
    cr_limb *s1 = s;          /* a0 + a1: m1 limbs */
    cr_limb *z1 = s + 2 * m1; /* s1^2: 2*m1 limbs */
    cr_limb *rest = s + 4 * m1;
    kara_sqr(r, a, h, rest);
    kara_sqr(r + 2 * h, a + h, m, rest);
    cr_big_zero(s1, m1);
    (void)cr_big_add(s1, a + h, m, a, h);
    kara_sqr(z1, s1, m1, rest);
    sub_into(z1, 2 * m1, r, 2 * h);
    sub_into(z1, 2 * m1, r + 2 * h, 2 * m);
    add_into(r + h, 2 * n - h, z1, 2 * m1);
}

size_t cr_big_mul_scratch(size_t an, size_t bn)
{
    size_t small = an < bn ? an : bn;
    if (small < CR_BIG_KARATSUBA_THRESHOLD) return 1;
    return 3 * small + kara_scratch(small);
}

void cr_big_mul(cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b, size_t bn,
                cr_limb *scratch)
{
    if (an < bn) {
        const cr_limb *t = a;
        size_t tn = an;
        a = b;
        an = bn;
        b = t;
        bn = tn;
    }
    /* Now an >= bn. */
    if (a == b && an == bn) {
        if (an < CR_BIG_KARATSUBA_THRESHOLD) sqr_school(r, a, an);
        else kara_sqr(r, a, an, scratch);
        return;
    }
    if (bn < CR_BIG_KARATSUBA_THRESHOLD) {
        mul_school(r, a, an, b, bn);
        return;
    }
    cr_limb *tmp = scratch;          /* 2*bn: one chunk's product */
    cr_limb *pad = scratch + 2 * bn; /* bn: a zero-padded short chunk */
    cr_limb *ks = scratch + 3 * bn;
    size_t rn = an + bn;
    cr_big_zero(r, rn);
    /* Multiply b by successive bn-limb chunks of a and accumulate. */
    for (size_t off = 0; off < an; off += bn) {
        size_t k = an - off < bn ? an - off : bn;
        size_t pn;
        if (k == bn) {
            kara(tmp, a + off, b, bn, ks);
            pn = 2 * bn;
        } else if (k < CR_BIG_KARATSUBA_THRESHOLD) {
            mul_school(tmp, b, bn, a + off, k);
            pn = bn + k;
        } else {
            cr_big_zero(pad, bn);
            cr_big_copy(pad, a + off, k);
            kara(tmp, pad, b, bn, ks);
            pn = bn + k; /* the limbs above are zero */
        }
        add_into(r + off, rn - off, tmp, pn);
    }
}

cr_limb cr_big_divmod1(cr_limb *q, const cr_limb *a, size_t n, cr_limb d)
{
    cr_dlimb rem = 0;
    if (d == 0) return 0; /* precondition violated: do nothing */
    for (size_t i = n; i > 0; i--) {
        cr_dlimb cur = (rem << 32) | a[i - 1];
        cr_dlimb qd = cur / d;
        rem = cur - qd * d;
        if (q) q[i - 1] = (cr_limb)qd;
    }
    return (cr_limb)rem;
}

static unsigned clz32(cr_limb x)
{
    for (unsigned n = 0; n < 32; n++) {
        if ((x & (0x80000000u >> n)) != 0) return n;
    }
    return 32;
}

void cr_big_divmod(cr_limb *q, cr_limb *r, const cr_limb *a, size_t an, const cr_limb *b,
                   size_t bn, cr_limb *scratch)
{
    if (bn == 0 || an < bn || b[bn - 1] == 0) return; /* precondition violated: do nothing */
    if (bn == 1) {
        cr_limb rem = cr_big_divmod1(q, a, an, b[0]);
        if (r) r[0] = rem;
        return;
    }
    cr_limb *un = scratch;          /* an + 1 limbs */
    cr_limb *vn = scratch + an + 1; /* bn limbs */
    unsigned s = clz32(b[bn - 1]);
    /* Normalise so that the divisor's top bit is set. */
    if (s == 0) {
        for (size_t i = 0; i < bn; i++) vn[i] = b[i];
        for (size_t i = 0; i < an; i++) un[i] = a[i];
        un[an] = 0;
    } else {
        for (size_t i = bn - 1; i > 0; i--) vn[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
        vn[0] = b[0] << s;
        un[an] = a[an - 1] >> (32 - s);
        for (size_t i = an - 1; i > 0; i--) un[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
        un[0] = a[0] << s;
    }
    const cr_dlimb base = (cr_dlimb)1 << 32;
    /* The normalisation set the top bit of vn[bn-1]; or-ing it in again
     * changes nothing but lets an analyser see that vtop != 0. */
    cr_dlimb vtop = vn[bn - 1] | 0x80000000u, vnext = vn[bn - 2];
    for (size_t jj = an - bn + 1; jj > 0; jj--) {
        size_t j = jj - 1;
        cr_dlimb num = ((cr_dlimb)un[j + bn] << 32) | un[j + bn - 1];
        cr_dlimb qhat = num / vtop;
        cr_dlimb rhat = num - qhat * vtop;
        /* At most two corrections (Knuth D3). */
        for (int k = 0; k < 2; k++) {
            if (qhat >= base || qhat * vnext > ((rhat << 32) | un[j + bn - 2])) {
                qhat--;
                rhat += vtop;
                if (rhat < base) continue;
            }
            break;
        }
        /* Multiply and subtract (D4). */
        cr_dlimb carry = 0, borrow = 0;
        for (size_t i = 0; i < bn; i++) {
            cr_dlimb p = qhat * vn[i] + carry;
            carry = p >> 32;
            cr_dlimb d = (cr_dlimb)un[i + j] - (p & LIMB_MASK) - borrow;
            un[i + j] = (cr_limb)d;
            borrow = (d >> 32) & 1u;
        }
        cr_dlimb d = (cr_dlimb)un[j + bn] - carry - borrow;
        un[j + bn] = (cr_limb)d;
        if ((d >> 32) != 0) {
            /* Negative: qhat was one too large, add the divisor back (D6). */
            qhat--;
            cr_dlimb c = 0;
            for (size_t i = 0; i < bn; i++) {
                c += (cr_dlimb)un[i + j] + vn[i];
                un[i + j] = (cr_limb)c;
                c >>= 32;
            }
            un[j + bn] = (cr_limb)((cr_dlimb)un[j + bn] + c);
        }
        if (q) q[j] = (cr_limb)qhat;
    }
    if (r) {
        if (s == 0) {
            for (size_t i = 0; i < bn; i++) r[i] = un[i];
        } else {
            for (size_t i = 0; i + 1 < bn; i++) r[i] = (un[i] >> s) | (un[i + 1] << (32 - s));
            r[bn - 1] = (un[bn - 1] >> s) | (un[bn] << (32 - s));
        }
    }
}

void cr_big_lshift(cr_limb *r, const cr_limb *a, size_t an, uint64_t shift)
{
    size_t w = (size_t)(shift / 32);
    unsigned bits = (unsigned)(shift % 32);
    cr_big_zero(r, w);
    if (bits == 0) {
        for (size_t i = 0; i < an; i++) r[w + i] = a[i];
        r[w + an] = 0;
        return;
    }
    cr_limb carry = 0;
    for (size_t i = 0; i < an; i++) {
        r[w + i] = (a[i] << bits) | carry;
        carry = a[i] >> (32 - bits);
    }
    r[w + an] = carry;
}

bool cr_big_rshift(cr_limb *r, const cr_limb *a, size_t an, uint64_t shift)
{
    size_t w = (size_t)(shift / 32);
    unsigned bits = (unsigned)(shift % 32);
    bool lost = false;
    for (size_t i = 0; i < w && i < an; i++) {
        if (a[i] != 0) lost = true;
    }
    if (w >= an) return lost;
    size_t rn = an - w;
    if (bits == 0) {
        for (size_t i = 0; i < rn; i++) r[i] = a[i + w];
        return lost;
    }
    if ((a[w] & (((cr_limb)1 << bits) - 1)) != 0) lost = true;
    for (size_t i = 0; i < rn; i++) {
        cr_limb hi = i + 1 < rn ? a[w + i + 1] << (32 - bits) : 0;
        r[i] = (a[w + i] >> bits) | hi;
    }
    return lost;
}

/* Limb i of the two's-complement form of (neg ? -m : m); *carry starts at 1
 * and implements the +1 of ~m + 1. */
static cr_limb twos_limb(const cr_limb *m, size_t n, size_t i, bool neg, cr_dlimb *carry)
{
    cr_limb x = i < n ? m[i] : 0;
    if (!neg) return x;
    cr_dlimb t = (cr_dlimb)(cr_limb)~x + *carry;
    *carry = t >> 32;
    return (cr_limb)t;
}

size_t cr_big_bitop(cr_limb *r, bool *rneg, const cr_limb *a, size_t an, bool aneg,
                    const cr_limb *b, size_t bn, bool bneg, int op)
{
    size_t n = (an > bn ? an : bn) + 1;
    cr_dlimb ca = 1, cb = 1;
    bool neg;
    if (op == '&') neg = aneg && bneg;
    else if (op == '|') neg = aneg || bneg;
    else neg = aneg != bneg;
    for (size_t i = 0; i < n; i++) {
        cr_limb x = twos_limb(a, an, i, aneg, &ca);
        cr_limb y = twos_limb(b, bn, i, bneg, &cb);
        cr_limb z;
        if (op == '&') z = x & y;
        else if (op == '|') z = x | y;
        else z = x ^ y;
        r[i] = z;
    }
    if (neg) {
        /* magnitude = ~r + 1 */
        cr_dlimb c = 1;
        for (size_t i = 0; i < n; i++) {
            c += (cr_limb)~r[i];
            r[i] = (cr_limb)c;
            c >>= 32;
        }
    }
    *rneg = neg;
    return cr_big_norm(r, n);
}

uint64_t cr_big_bit_length(const cr_limb *a, size_t n)
{
    n = cr_big_norm(a, n);
    if (n == 0) return 0;
    return (uint64_t)(n - 1) * 32 + (32 - clz32(a[n - 1]));
}

uint64_t cr_big_popcount(const cr_limb *a, size_t n)
{
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        /* SWAR bit count of one limb */
        cr_limb x = a[i];
        x = x - ((x >> 1) & 0x55555555u);
        x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
        x = (x + (x >> 4)) & 0x0F0F0F0Fu;
        c += (x * 0x01010101u) >> 24;
    }
    return c;
}

bool cr_big_test_bit(const cr_limb *a, size_t n, uint64_t i)
{
    uint64_t w = i / 32;
    if (w >= n) return false;
    return ((a[w] >> (i % 32)) & 1u) != 0;
}

/* log2 of base if it is a power of two, else 0. */
static unsigned pow2_bits(unsigned base)
{
    for (unsigned k = 1; k <= 5; k++) {
        if (base == (1u << k)) return k;
    }
    return 0;
}

size_t cr_big_digits_bound(size_t n, unsigned base)
{
    unsigned k = 1; /* floor(log2(base)) */
    while (k < 6 && (1u << (k + 1)) <= base) k++;
    return n * 32 / k + 2;
}

/* a /= 10^9 in place, returns the remainder: the constant divisor lets the
 * compiler use a multiplication instead of a hardware division. */
static cr_limb divmod_1e9(cr_limb *a, size_t n)
{
    cr_dlimb rem = 0;
    for (size_t i = n; i > 0; i--) {
        cr_dlimb cur = (rem << 32) | a[i - 1];
        cr_dlimb qd = cur / 1000000000u;
        rem = cur - qd * 1000000000u;
        a[i - 1] = (cr_limb)qd;
    }
    return (cr_limb)rem;
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

size_t cr_big_to_base(uint8_t *out, size_t outcap, cr_limb *work, const cr_limb *a, size_t n,
                      unsigned base)
{
    size_t len;
    n = cr_big_norm(a, n);
    if (outcap == 0 || base < 2 || base > 36) return 0;
    if (n == 0) {
        out[0] = '0';
        return 1;
    }
    unsigned k = pow2_bits(base);
    if (k != 0) {
        uint64_t bits = cr_big_bit_length(a, n);
        uint64_t nd = (bits + k - 1) / k;
        if (nd > outcap) return 0;
        /* out[i] is digit nd-1-i (bits (nd-1-i)*k ..): indexing by i keeps
         * every write visibly below nd <= outcap. */
        for (size_t i = 0; i < nd; i++) {
            uint64_t d = nd - 1 - i;
            unsigned v = 0;
            for (unsigned j = 0; j < k; j++) {
                if (cr_big_test_bit(a, n, d * k + j)) v |= 1u << j;
            }
            out[i] = (uint8_t)digit_chars[v];
        }
        return (size_t)nd;
    }
    /* Largest power of base that fits a limb, and its exponent. */
    cr_limb chunk = base;
    unsigned per = 1;
    while ((cr_dlimb)chunk * base <= LIMB_MASK) {
        chunk *= base;
        per++;
    }
    cr_big_copy(work, a, n);
    /* Produce digits least significant first, then reverse.  Each pass
     * emits at least one digit, so outcap bounds the passes.  The count of
     * free bytes only goes down, so even a loop-merging analyser (Frama-C
     * EVA) keeps every write index outcap - room below outcap. */
    size_t room = outcap; /* len == outcap - room */
    for (size_t pass = 0; n > 0 && pass < outcap; pass++) {
        cr_limb rem = chunk == 1000000000u ? divmod_1e9(work, n) : cr_big_divmod1(work, work, n, chunk);
        n = cr_big_norm(work, n);
        for (unsigned j = 0; j < per; j++) {
            if (n == 0 && rem == 0) break; /* no leading zeros on the last chunk */
            if (room == 0) return 0;
            out[outcap - room] = (uint8_t)digit_chars[rem % base];
            room--;
            rem /= base;
        }
    }
    if (n > 0) return 0;
    len = outcap - room;
    /* Reverse out[0 .. len): i walks up, j down, both below len <= outcap. */
    for (size_t i = 0, j = len; i + 1 < j; i++) {
        j--;
        uint8_t t = out[i];
        out[i] = out[j];
        out[j] = t;
    }
    return len;
}

size_t cr_big_limbs_for_digits(size_t ndigits, unsigned base)
{
    unsigned k = 1; /* ceil(log2(base)) */
    while (k < 6 && (1u << k) < base) k++;
    return ndigits / 32 * k + (ndigits % 32 * k + 31) / 32 + 1;
}

size_t cr_big_from_digits(cr_limb *r, size_t rn, const uint8_t *digits, size_t ndigits,
                          unsigned base)
{
    cr_big_zero(r, rn);
    unsigned k = pow2_bits(base);
    if (k != 0) {
        /* Pack bits directly: linear time. */
        for (size_t d = 0; d < ndigits; d++) {
            uint64_t pos = (uint64_t)(ndigits - 1 - d) * k;
            unsigned v = digits[d];
            for (unsigned j = 0; j < k; j++) {
                uint64_t bit = pos + j;
                if ((v >> j) & 1u) {
                    if (bit / 32 < rn) r[bit / 32] |= (cr_limb)1 << (bit % 32);
                }
            }
        }
        return cr_big_norm(r, rn);
    }
    /* Multiply-accumulate chunks of digits that fit a limb. */
    size_t n = 0;
    size_t i = 0;
    while (i < ndigits) {
        cr_limb mult = 1, acc = 0;
        while (i < ndigits && (cr_dlimb)mult * base <= LIMB_MASK) {
            mult *= base;
            acc = acc * base + digits[i];
            i++;
        }
        cr_limb carry = cr_big_mul1(r, r, n, mult, acc);
        if (carry != 0 && n < rn) r[n++] = carry;
    }
    return cr_big_norm(r, n);
}

void cr_big_to_bytes(uint8_t *out, size_t len, const cr_limb *a, size_t n, bool neg, bool little)
{
    cr_dlimb carry = 1;
    for (size_t i = 0; i < len; i++) {
        size_t w = i / 4;
        cr_limb limb = w < n ? a[w] : 0;
        uint8_t byte = (uint8_t)(limb >> (8 * (i % 4)));
        if (neg) {
            cr_dlimb t = (cr_dlimb)(uint8_t)~byte + carry;
            byte = (uint8_t)t;
            carry = t >> 8;
        }
        if (little) out[i] = byte;
        else out[len - 1 - i] = byte;
    }
}

size_t cr_big_from_bytes(cr_limb *r, const uint8_t *in, size_t len, bool little, bool is_signed,
                         bool *neg)
{
    size_t rn = len / 4 + 1;
    cr_big_zero(r, rn);
    bool negative = false;
    if (is_signed && len > 0) {
        uint8_t top = little ? in[len - 1] : in[0];
        negative = (top & 0x80u) != 0;
    }
    cr_dlimb carry = 1;
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = little ? in[i] : in[len - 1 - i];
        if (negative) {
            /* magnitude = ~x + 1 */
            cr_dlimb t = (cr_dlimb)(uint8_t)~byte + carry;
            byte = (uint8_t)t;
            carry = t >> 8;
        }
        r[i / 4] |= (cr_limb)byte << (8 * (i % 4));
    }
    if (negative && carry != 0) {
        /* The value was -2^(8*len): one more bit. */
        r[len / 4] |= (cr_limb)1 << (8 * (len % 4));
    }
    *neg = negative;
    return cr_big_norm(r, rn);
}

uint64_t cr_big_mod_mersenne61(const cr_limb *a, size_t n)
{
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (size_t i = n; i > 0; i--) {
        /* x * 2^32 mod p is a rotation by 32 within 61 bits. */
        x = ((x << 32) & p) | (x >> 29);
        x += a[i - 1];
        if (x >= p) x -= p;
    }
    return x;
}
