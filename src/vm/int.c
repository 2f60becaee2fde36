/* The int and bool types (vm layer).  Semantics and messages follow
 * CPython 3.11 (Objects/longobject.c, Objects/boolobject.c).
 *
 * Representation: see vm/int.h.  All limb work is done by core/bigint.c on
 * whole arrays; this file handles signs, allocation, normalisation (an exact
 * int that fits the small range is always tagged) and the Python protocol.
 * Operands are read through an IntView, which gives any int value (tagged,
 * big, subclass instance or bool) as sign + limb array without allocating.
 */
#include "vm/int.h"

#include "core/dtoa.h"
#include "vm/float.h"
#include "vm/unicode_db.h"

/* format(int, spec) lives in fmtspec.c (weak so that int.c links alone). */
Val vm_format_int(Val v, Val spec) __attribute__((weak));

int vm_int_max_str_digits = VM_INT_MAX_STR_DIGITS_DEFAULT;

/* ------------------------------------------------------------------ */
/* views and construction                                              */

typedef struct {
    int sign;         /* -1, 0, 1 */
    size_t n;         /* limbs (normalised) */
    const cr_limb *d; /* the limbs: buf or an IntObj's digits */
    cr_limb buf[2];   /* storage for small values (never copy an IntView) */
} IntView;

static inline IntObj *int_obj(Val v) { return (IntObj *)(void *)val_obj(v); }
static inline bool is_bool(Val v) { return !val_is_small(v) && vm_typeof(v) == &vm_type_bool; }

static void iv_from_mag64(IntView *v, uint64_t m, int sign)
{
    v->buf[0] = (cr_limb)m;
    v->buf[1] = (cr_limb)(m >> 32);
    v->d = v->buf;
    v->n = m == 0 ? 0 : ((m >> 32) != 0 ? 2 : 1);
    v->sign = m == 0 ? 0 : sign;
}

static void iv_from_i64(IntView *v, int64_t s)
{
    if (s < 0) iv_from_mag64(v, (uint64_t)0 - (uint64_t)s, -1);
    else iv_from_mag64(v, (uint64_t)s, 1);
}

/* x must be an int (vm_is_int). */
static void iv_load(IntView *v, Val x)
{
    if (val_is_small(x)) {
        iv_from_i64(v, val_small(x));
    } else if (is_bool(x)) {
        iv_from_mag64(v, ((BoolObj *)(void *)val_obj(x))->value != 0, 1);
    } else {
        IntObj *o = int_obj(x);
        v->sign = o->sign;
        v->n = o->n;
        v->d = o->digits;
    }
}

/* Magnitude as uint64 when it has at most 2 limbs. */
static uint64_t iv_mag64(const IntView *v)
{
    uint64_t m = 0;
    if (v->n > 0) m = cr_big_at(v->d, v->n, 0);
    if (v->n > 1) m |= (uint64_t)cr_big_at(v->d, v->n, 1) << 32;
    return m;
}

/* The value as int64 if it fits. */
static bool iv_to_i64(const IntView *v, int64_t *out)
{
    if (v->n > 2) return false;
    uint64_t m = iv_mag64(v);
    if (v->sign >= 0) {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    }
    return true;
}

/* A new exact big int with room for cap limbs (zeroed); NULL + MemoryError. */
static IntObj *big_alloc(size_t cap)
{
    size_t bytes;
    if (!cr_mul_ok(cap, sizeof(cr_limb), &bytes) || !cr_add_ok(bytes, sizeof(IntObj), &bytes)) {
        vm_err_nomem();
        return NULL;
    }
    IntObj *o = vm_alloc_obj(&vm_type_int, bytes, CR_NOSCAN);
    if (!o) return NULL;
    o->digits = o->inl;
    o->n = cap;
    return o;
}

/* Scratch limbs (GC garbage afterwards); NULL + MemoryError. */
static cr_limb *limbs_alloc(size_t n)
{
    cr_limb *p = cr_alloc_array(n ? n : 1, sizeof(cr_limb), CR_NOSCAN);
    if (!p) vm_err_nomem();
    return p;
}

/* Scratch space for multiplication and division, reused between calls
 * (these never nest: the limb functions do not call back into Python), so
 * that hot loops of big-number arithmetic do not allocate and zero a fresh
 * block each time.  Large requests get a fresh block (not cached). */
enum { SCRATCH_CACHE_MAX = 1 << 16 };
static cr_limb *scratch_cache;
static size_t scratch_cap;

static cr_limb *scratch_get(size_t n)
{
    if (n <= scratch_cap) return scratch_cache;
    if (n > SCRATCH_CACHE_MAX) return limbs_alloc(n);
    size_t cap = scratch_cap ? scratch_cap : 256;
    while (cap < n) cap *= 2;
    cr_limb *p = limbs_alloc(cap);
    if (!p) return NULL;
    if (!scratch_cache) cr_gc_add_root(&scratch_cache);
    scratch_cache = p;
    scratch_cap = cap;
    return p;
}

/* Finish a result in o (its first n limbs): small values become tagged. */
static Val big_finish(IntObj *o, int sign, size_t n)
{
    n = cr_big_norm(o->digits, n);
    if (n == 0) return val_from_small(0);
    if (n <= 2) {
        uint64_t m = cr_big_at(o->digits, n, 0);
        if (n == 2) m |= (uint64_t)cr_big_at(o->digits, n, 1) << 32;
        if (sign > 0 && m <= (uint64_t)CR_SMALL_MAX) return val_from_small((int64_t)m);
        if (sign < 0 && m <= (uint64_t)CR_SMALL_MAX + 1) return val_from_small(-(int64_t)(m - 1) - 1);
    }
    o->n = n;
    o->sign = sign;
    return VAL(o);
}

/* An exact int from sign and magnitude limbs (copied). */
static Val int_from_mag(const cr_limb *d, size_t n, int sign)
{
    n = cr_big_norm(d, n);
    if (n == 0) return val_from_small(0);
    IntObj *o = big_alloc(n);
    if (!o) return NULL;
    cr_big_copy(o->digits, d, n);
    return big_finish(o, sign, n);
}

static Val iv_value(const IntView *v, int sign) { return int_from_mag(v->d, v->n, sign); }

Val vm_int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)CR_SMALL_MAX) return val_from_small((int64_t)u);
    IntView v;
    iv_from_mag64(&v, u, 1);
    return iv_value(&v, 1);
}

Val vm_int_from_i64(int64_t i)
{
    if (cr_small_fits(i)) return val_from_small(i);
    IntView v;
    iv_from_i64(&v, i);
    return iv_value(&v, v.sign);
}

Val vm_int_exact(Val v)
{
    if (val_is_small(v)) return v;
    if (is_bool(v)) return val_from_small(((BoolObj *)(void *)val_obj(v))->value != 0);
    if (vm_typeof(v) == &vm_type_int) return v;
    IntView iv;
    iv_load(&iv, v);
    return iv_value(&iv, iv.sign);
}

Val vm_int_subclass_new(Type *t, Val intval)
{
    if (t == &vm_type_int) return vm_int_exact(intval);
    if (t == &vm_type_bool) return vm_bool(vm_int_sign(intval) != 0);
    IntView iv;
    iv_load(&iv, intval);
    size_t size = t->basicsize > sizeof(IntObj) ? t->basicsize : sizeof(IntObj);
    IntObj *o = vm_alloc_obj(t, size, CR_SCAN);
    if (!o) return NULL;
    cr_limb *d = limbs_alloc(iv.n);
    if (!d) return NULL;
    cr_big_copy(d, iv.d, iv.n);
    o->digits = d;
    o->n = iv.n;
    o->sign = iv.sign;
    return VAL(o);
}

int vm_int_sign(Val v)
{
    if (val_is_small(v)) {
        int64_t s = val_small(v);
        return (s > 0) - (s < 0);
    }
    if (is_bool(v)) return ((BoolObj *)(void *)val_obj(v))->value != 0;
    return int_obj(v)->sign;
}

int vm_int_as_i64(Val v, int64_t *out)
{
    if (val_is_small(v)) {
        *out = val_small(v);
        return 0;
    }
    IntView iv;
    iv_load(&iv, v);
    if (iv_to_i64(&iv, out)) return 0;
    vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C long");
    return -1;
}

bool vm_int_fits_i64(Val v)
{
    if (val_is_small(v)) return true;
    IntView iv;
    int64_t dummy;
    iv_load(&iv, v);
    return iv_to_i64(&iv, &dummy);
}

uint64_t vm_int_bit_length(Val v)
{
    IntView iv;
    iv_load(&iv, v);
    return cr_big_bit_length(iv.d, iv.n);
}

/* ------------------------------------------------------------------ */
/* doubles                                                             */

/* x * 2^e, exact whenever the result is representable (the callers round
 * to the target precision first). */
static double ldexp2(double x, int64_t e)
{
    const double up = cr_double_from_bits((uint64_t)(1000 + 1023) << 52);   /* 2^1000 */
    const double down = cr_double_from_bits((uint64_t)(1023 - 1000) << 52); /* 2^-1000 */
    for (int i = 0; i < 4 && e > 1000; i++) {
        x *= up;
        e -= 1000;
    }
    for (int i = 0; i < 4 && e < -1000; i++) {
        x *= down;
        e += 1000;
    }
    if (e > 1000 || e < -1000) return e > 0 ? x * up : x * down; /* overflow / underflow */
    return x * cr_double_from_bits((uint64_t)(e + 1023) << 52);
}

/* Correctly rounded |v| as a double (round half to even); may give inf. */
static double iv_to_double_mag(const IntView *v)
{
    if (v->n <= 2) return (double)iv_mag64(v); /* the C conversion rounds correctly */
    uint64_t bits = cr_big_bit_length(v->d, v->n);
    if (bits > 1100) return ldexp2(1.0, 1100); /* inf */
    /* Top 64 bits with a sticky bit for everything below them. */
    uint64_t shift = bits - 64;
    cr_limb tmp[40]; /* bits <= 1100: at most 35 limbs */
    bool lost = cr_big_rshift(tmp, v->d, v->n, shift);
    uint64_t top = (uint64_t)tmp[0] | ((uint64_t)tmp[1] << 32);
    if (lost) top |= 1;
    return ldexp2((double)top, (int64_t)shift);
}

int vm_int_as_double(Val v, double *out)
{
    if (val_is_small(v)) {
        *out = (double)val_small(v);
        return 0;
    }
    IntView iv;
    iv_load(&iv, v);
    double d = iv_to_double_mag(&iv);
    if (cr_isinf(d)) {
        vm_err_str(&vm_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = iv.sign < 0 ? -d : d;
    return 0;
}

Val vm_int_from_double(double d)
{
    if (cr_isnan(d)) return vm_err_str(&vm_exc_ValueError, "cannot convert float NaN to integer");
    if (cr_isinf(d)) return vm_err_str(&vm_exc_OverflowError, "cannot convert float infinity to integer");
    uint64_t bits = cr_double_bits(d);
    int sign = (bits >> 63) ? -1 : 1;
    int exp = (int)((bits >> 52) & 0x7ff);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    if (exp < 1023) return val_from_small(0); /* |d| < 1 (incl. subnormals) */
    mant |= (uint64_t)1 << 52;
    int e = exp - 1075; /* d = mant * 2^e */
    if (e <= 0) {
        uint64_t m = mant >> (-e);
        return val_from_small(sign < 0 ? -(int64_t)m : (int64_t)m);
    }
    IntView mv;
    iv_from_mag64(&mv, mant, sign);
    IntObj *o = big_alloc(mv.n + (size_t)e / 32 + 1);
    if (!o) return NULL;
    cr_big_lshift(o->digits, mv.d, mv.n, (uint64_t)e);
    return big_finish(o, sign, o->n);
}

/* Exact comparison with a double (float_richcompare's algorithm). */
int vm_int_float_compare(Val i, double d)
{
    if (cr_isnan(d)) return VM_INT_UNORDERED;
    if (cr_isinf(d)) return d > 0 ? -1 : 1;
    IntView iv;
    iv_load(&iv, i);
    if (iv.n <= 2 && iv_mag64(&iv) <= ((uint64_t)1 << 53)) {
        double x = (double)iv_mag64(&iv);
        if (iv.sign < 0) x = -x;
        return (x > d) - (x < d);
    }
    int dsign = d > 0 ? 1 : (d < 0 ? -1 : 0);
    if (iv.sign != dsign) return iv.sign < dsign ? -1 : 1;
    /* Same sign, |i| > 2^53: compare the magnitudes via bit lengths, then
     * exactly through the integer part of d. */
    uint64_t ibits = cr_big_bit_length(iv.d, iv.n);
    uint64_t db = cr_double_bits(d);
    int64_t dexp = (int64_t)((db >> 52) & 0x7ff) - 1022; /* |d| in [2^(dexp-1), 2^dexp) */
    int magcmp;
    if (dexp <= 0 || ibits > (uint64_t)dexp) {
        magcmp = 1;
    } else if (ibits < (uint64_t)dexp) {
        magcmp = -1;
    } else {
        /* Same bit length: d >= 2^52 here, so d is an integer. */
        Val di = vm_int_from_double(d < 0 ? -d : d);
        if (!di) {
            vm_err_clear();
            return 0;
        }
        IntView dv;
        iv_load(&dv, di);
        magcmp = cr_big_cmp(iv.d, iv.n, dv.d, dv.n);
    }
    return iv.sign < 0 ? -magcmp : magcmp;
}

/* ------------------------------------------------------------------ */
/* add, sub, mul                                                       */

/* sa*|a| + sb*|b| */
static Val add_signed(const IntView *a, int sa, const IntView *b, int sb)
{
    if (b->n == 0) return iv_value(a, sa);
    if (a->n == 0) return iv_value(b, sb);
    if (sa == sb) {
        size_t cap = (a->n > b->n ? a->n : b->n) + 1;
        IntObj *o = big_alloc(cap);
        if (!o) return NULL;
        size_t n = cr_big_add(o->digits, a->d, a->n, b->d, b->n);
        return big_finish(o, sa, n);
    }
    int c = cr_big_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return val_from_small(0);
    if (c < 0) {
        const IntView *t = a;
        a = b;
        b = t;
        sa = sb;
    }
    IntObj *o = big_alloc(a->n);
    if (!o) return NULL;
    size_t n = cr_big_sub(o->digits, a->d, a->n, b->d, b->n);
    return big_finish(o, sa, n);
}

Val vm_int_add(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) return vm_int_from_i64(val_small(a) + val_small(b));
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    return add_signed(&x, x.sign, &y, y.sign);
}

Val vm_int_sub(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) return vm_int_from_i64(val_small(a) - val_small(b));
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    return add_signed(&x, x.sign, &y, -y.sign);
}

static Val mul_iv(const IntView *a, const IntView *b)
{
    if (a->n == 0 || b->n == 0) return val_from_small(0);
    size_t cap;
    if (!cr_add_ok(a->n, b->n, &cap)) return vm_err_nomem();
    IntObj *o = big_alloc(cap);
    if (!o) return NULL;
    int sign = a->sign * b->sign;
    if (b->n == 1 || a->n == 1) {
        const IntView *big = b->n == 1 ? a : b;
        cr_limb m = cr_big_at((b->n == 1 ? b : a)->d, 1, 0);
        cr_limb carry = cr_big_mul1(o->digits, big->d, big->n, m, 0);
        cr_big_set(o->digits, cap, big->n, carry);
        return big_finish(o, sign, cap);
    }
    cr_limb *scratch = scratch_get(cr_big_mul_scratch(a->n, b->n));
    if (!scratch) return NULL;
    cr_big_mul(o->digits, a->d, a->n, b->d, b->n, scratch);
    return big_finish(o, sign, cap);
}

Val vm_int_mul(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(val_small(a), val_small(b), &r)) return vm_int_from_i64(r);
    }
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    return mul_iv(&x, &y);
}

/* ------------------------------------------------------------------ */
/* division                                                            */

/* Floor division and modulo; q or r may be NULL when not wanted.
 * b must be nonzero. */
static int divmod_iv(const IntView *a, const IntView *b, Val *q, Val *r)
{
    int64_t x, y;
    if (iv_to_i64(a, &x) && iv_to_i64(b, &y) && x != INT64_MIN) {
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        if (q && !(*q = vm_int_from_i64(qq))) return -1;
        if (r && !(*r = vm_int_from_i64(rr))) return -1;
        return 0;
    }
    /* The remainder is computed only when wanted or needed for the floor
     * correction (operands of different signs). */
    bool need_r = r != NULL || a->sign != b->sign;
    int cmp = cr_big_cmp(a->d, a->n, b->d, b->n);
    IntObj *qo = NULL, *ro = NULL;
    size_t qn = 0, rn = 0;
    if (cmp < 0) {
        /* |a| < |b|: quotient 0, remainder a */
        if (need_r) {
            ro = big_alloc(b->n);
            if (!ro) return -1;
            cr_big_copy(ro->digits, a->d, a->n);
            rn = a->n;
        }
        if (q) {
            qo = big_alloc(2);
            if (!qo) return -1;
            qn = 1;
        }
    } else {
        if (q && !(qo = big_alloc(a->n - b->n + 2))) return -1;
        if (need_r && !(ro = big_alloc(b->n))) return -1;
        cr_limb *scratch = scratch_get(cr_big_divmod_scratch(a->n, b->n));
        if (!scratch) return -1;
        cr_big_divmod(qo ? qo->digits : NULL, ro ? ro->digits : NULL, a->d, a->n, b->d, b->n, scratch);
        qn = a->n - b->n + 1;
        rn = b->n;
    }
    rn = ro ? cr_big_norm(ro->digits, rn) : 0;
    int qsign = a->sign * b->sign, rsign = a->sign;
    if (rn != 0 && a->sign != b->sign) {
        /* Floor: q = -(|q| + 1), r = sign(b) * (|b| - |r|). */
        cr_limb one = 1;
        if (qo) qn = cr_big_add(qo->digits, qo->digits, qn, &one, 1);
        rn = cr_big_sub(ro->digits, b->d, b->n, ro->digits, rn);
        qsign = -1;
        rsign = b->sign;
    }
    if (q && !(*q = big_finish(qo, qsign, qn))) return -1;
    if (r && !(*r = big_finish(ro, rsign, rn))) return -1;
    return 0;
}

static Val zero_div(const char *msg) { return vm_err_str(&vm_exc_ZeroDivisionError, msg); }

Val vm_int_floordiv(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t x = val_small(a), y = val_small(b);
        if (y == 0) return zero_div("integer division or modulo by zero");
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return vm_int_from_i64(q);
    }
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    if (y.n == 0) return zero_div("integer division or modulo by zero");
    Val q;
    return divmod_iv(&x, &y, &q, NULL) < 0 ? NULL : q;
}

Val vm_int_mod(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t x = val_small(a), y = val_small(b);
        if (y == 0) return zero_div("integer modulo by zero");
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return val_from_small(r);
    }
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    if (y.n == 0) return zero_div("integer modulo by zero");
    Val r;
    return divmod_iv(&x, &y, NULL, &r) < 0 ? NULL : r;
}

Val vm_int_divmod(Val a, Val b)
{
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    if (y.n == 0) return zero_div("integer division or modulo by zero");
    Val q, r;
    if (divmod_iv(&x, &y, &q, &r) < 0) return NULL;
    return vm_tuple_pack(2, q, r);
}

/* Correctly rounded a / b (CPython's long_true_divide). */
static Val truediv_iv(const IntView *a, const IntView *b)
{
    enum { MANT = 53, MAX_EXP = 1024, MIN_EXP = -1021 };
    if (b->n == 0) return zero_div("division by zero");
    bool negate = (a->sign < 0) != (b->sign < 0);
    if (a->n == 0) return vm_float_new(negate ? -0.0 : 0.0);
    const uint64_t exact = (uint64_t)1 << MANT;
    if (a->n <= 2 && b->n <= 2 && iv_mag64(a) <= exact && iv_mag64(b) <= exact) {
        double r = (double)iv_mag64(a) / (double)iv_mag64(b);
        return vm_float_new(negate ? -r : r);
    }
    int64_t abits = (int64_t)cr_big_bit_length(a->d, a->n);
    int64_t bbits = (int64_t)cr_big_bit_length(b->d, b->n);
    int64_t diff = abits - bbits;
    if (diff > MAX_EXP) goto overflow;
    if (diff < MIN_EXP - MANT - 1) return vm_float_new(negate ? -0.0 : 0.0);
    int64_t shift = (diff > MIN_EXP ? diff : MIN_EXP) - MANT - 2;
    bool inexact = false;
    /* x = |a| * 2^-shift (truncated), then x // |b|. */
    cr_limb *x;
    size_t xn;
    if (shift <= 0) {
        xn = a->n + (size_t)(-shift) / 32 + 1;
        x = limbs_alloc(xn);
        if (!x) return NULL;
        cr_big_lshift(x, a->d, a->n, (uint64_t)(-shift));
    } else {
        size_t w = (size_t)((uint64_t)shift / 32);
        if (w >= a->n) return vm_float_new(negate ? -0.0 : 0.0); /* not reached (diff bound) */
        xn = a->n - w;
        x = limbs_alloc(xn);
        if (!x) return NULL;
        inexact = cr_big_rshift(x, a->d, a->n, (uint64_t)shift);
    }
    xn = cr_big_norm(x, xn);
    cr_limb q[4] = {0, 0, 0, 0}; /* the quotient has at most MANT+3 bits */
    if (xn >= b->n) {
        size_t qn = xn - b->n + 1;
        cr_limb *qq = limbs_alloc(qn);
        cr_limb *rr = limbs_alloc(b->n);
        cr_limb *scratch = scratch_get(cr_big_divmod_scratch(xn, b->n));
        if (!qq || !rr || !scratch) return NULL;
        cr_big_divmod(qq, rr, x, xn, b->d, b->n, scratch);
        if (cr_big_norm(rr, b->n) != 0) inexact = true;
        qn = cr_big_norm(qq, qn);
        for (size_t i = 0; i < qn && i < 4; i++) q[i] = cr_big_at(qq, qn, i);
    } else if (xn != 0) {
        inexact = true;
    }
    uint64_t qv = (uint64_t)q[0] | ((uint64_t)q[1] << 32);
    int64_t xbits = (int64_t)cr_big_bit_length(q, 2);
    int64_t extra = (xbits > MIN_EXP - shift ? xbits : MIN_EXP - shift) - MANT;
    /* Round half to even to MANT bits (extra is 2 or 3 in the normal
     * case, larger for subnormal results). */
    if (extra > 0 && extra < 63) {
        uint64_t mask = (uint64_t)1 << (extra - 1);
        uint64_t low = qv | (inexact ? 1u : 0u);
        if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
        qv &= ~(2 * mask - 1);
    }
    double dx = (double)qv;
    if (shift + xbits >= MAX_EXP && (shift + xbits > MAX_EXP || dx == ldexp2(1.0, xbits))) goto overflow;
    double result = ldexp2(dx, shift);
    return vm_float_new(negate ? -result : result);
overflow:
    return vm_err_str(&vm_exc_OverflowError, "integer division result too large for a float");
}

Val vm_int_truediv(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        /* Both exactly representable: one correctly rounded division. */
        int64_t x = val_small(a), y = val_small(b);
        const int64_t lim = (int64_t)1 << 53;
        if (y != 0 && x >= -lim && x <= lim && y >= -lim && y <= lim) return vm_float_new((double)x / (double)y);
    }
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    return truediv_iv(&x, &y);
}

/* ------------------------------------------------------------------ */
/* shifts and bitwise operations                                       */

/* a << b for b >= 2**63: CPython 3.11 splits b into 30-bit digits
 * (wordshift = b // 30, clipped to PY_SSIZE_T_MAX / 4) and _PyLong_New
 * raises OverflowError above MAX_LONG_DIGITS; below it malloc fails. */
static Val lshift_too_big(Val a, Val b)
{
    const int64_t max_long_digits = (INT64_MAX - 24) / 4, clip = INT64_MAX / 4;
    Val qr = vm_divmod(b, val_from_small(30));
    if (qr == NULL) return NULL;
    int64_t q, r, bits;
    Val nbits = vm_call_method(a, "bit_length", NULL, 0);
    if (nbits == NULL || vm_int_as_i64(nbits, &bits) < 0) return NULL;
    if (vm_int_as_i64(vm_tuple_get(qr, 0), &q) < 0) {
        vm_err_clear();
        q = clip;
    }
    if (vm_int_as_i64(vm_tuple_get(qr, 1), &r) < 0) return NULL;
    if (q >= clip) {
        q = clip;
        r = 0;
    }
    int64_t oldsize = (bits + 29) / 30;
    if (q > max_long_digits - oldsize - (r ? 1 : 0))
        return vm_err_str(&vm_exc_OverflowError, "too many digits in integer");
    return vm_err_nomem();
}

Val vm_int_lshift(Val a, Val b)
{
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, s;
    iv_load(&x, a);
    iv_load(&s, b);
    if (s.sign < 0) return vm_err_str(&vm_exc_ValueError, "negative shift count");
    if (x.n == 0) return val_from_small(0);
    int64_t sh;
    if (!iv_to_i64(&s, &sh)) return lshift_too_big(a, b);
    if (sh > ((int64_t)1 << 40)) return vm_err_nomem();
    if (x.n <= 2 && sh < 62) {
        int64_t v;
        if (iv_to_i64(&x, &v) && v >= -((int64_t)1 << (62 - sh)) && v < ((int64_t)1 << (62 - sh)))
            return vm_int_from_i64((int64_t)((uint64_t)v << sh));
    }
    IntObj *o = big_alloc(x.n + (size_t)sh / 32 + 1);
    if (!o) return NULL;
    cr_big_lshift(o->digits, x.d, x.n, (uint64_t)sh);
    return big_finish(o, x.sign, o->n);
}

Val vm_int_rshift(Val a, Val b)
{
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, s;
    iv_load(&x, a);
    iv_load(&s, b);
    if (s.sign < 0) return vm_err_str(&vm_exc_ValueError, "negative shift count");
    if (x.n == 0) return val_from_small(0);
    int64_t sh;
    if (!iv_to_i64(&s, &sh) || (uint64_t)sh / 32 >= x.n) {
        /* Everything shifted out: floor gives 0 or -1. */
        return val_from_small(x.sign < 0 ? -1 : 0);
    }
    if (val_is_small(a)) {
        int64_t v = val_small(a);
        return val_from_small(sh >= 63 ? (v < 0 ? -1 : 0) : v >> sh);
    }
    size_t rn = x.n - (size_t)sh / 32;
    IntObj *o = big_alloc(rn + 1);
    if (!o) return NULL;
    bool lost = cr_big_rshift(o->digits, x.d, x.n, (uint64_t)sh);
    if (x.sign < 0 && lost) {
        /* floor for negatives: -(|x| >> s) - 1 */
        cr_limb one = 1;
        rn = cr_big_add(o->digits, o->digits, rn, &one, 1);
    }
    return big_finish(o, x.sign, rn);
}

static Val bitop(Val a, Val b, int op)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t x = val_small(a), y = val_small(b);
        return val_from_small(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    IntObj *o = big_alloc((x.n > y.n ? x.n : y.n) + 1);
    if (!o) return NULL;
    bool neg;
    size_t n = cr_big_bitop(o->digits, &neg, x.d, x.n, x.sign < 0, y.d, y.n, y.sign < 0, op);
    return big_finish(o, neg ? -1 : 1, n);
}

Val vm_int_and(Val a, Val b) { return bitop(a, b, '&'); }
Val vm_int_or(Val a, Val b) { return bitop(a, b, '|'); }
Val vm_int_xor(Val a, Val b) { return bitop(a, b, '^'); }

Val vm_int_neg(Val a)
{
    if (val_is_small(a)) return vm_int_from_i64(-val_small(a));
    IntView x;
    iv_load(&x, a);
    return iv_value(&x, -x.sign);
}

Val vm_int_abs(Val a)
{
    if (val_is_small(a)) {
        int64_t v = val_small(a);
        return vm_int_from_i64(v < 0 ? -v : v);
    }
    IntView x;
    iv_load(&x, a);
    return iv_value(&x, 1);
}

/* ~x == -x - 1 */
Val vm_int_invert(Val a)
{
    if (val_is_small(a)) return val_from_small(~val_small(a));
    IntView x, one;
    iv_load(&x, a);
    iv_from_i64(&one, 1);
    return add_signed(&x, -x.sign, &one, -1);
}

static Val int_pos(Val a) { return vm_int_exact(a); }

/* ------------------------------------------------------------------ */
/* power                                                               */

/* a ** e for e >= 0 (no modulus). */
static Val pow_nonneg(Val a, const IntView *e)
{
    IntView x;
    iv_load(&x, a);
    if (e->n == 0) return val_from_small(1);
    if (x.n == 0) return val_from_small(0);
    bool odd = cr_big_test_bit(e->d, e->n, 0);
    if (x.n == 1 && cr_big_at(x.d, 1, 0) == 1) return val_from_small(x.sign < 0 && odd ? -1 : 1);
    int64_t ev;
    uint64_t abits = cr_big_bit_length(x.d, x.n);
    if (!iv_to_i64(e, &ev) || (uint64_t)ev > ((uint64_t)1 << 40) / abits) return vm_err_nomem();
    /* A power of two: one shift. */
    if (cr_big_popcount(x.d, x.n) == 1) {
        Val r = vm_int_lshift(val_from_small(1), vm_int_from_u64((abits - 1) * (uint64_t)ev));
        if (r && x.sign < 0 && odd) r = vm_int_neg(r);
        return r;
    }
    /* Small results by repeated multiplication in int64. */
    if (val_is_small(a) && abits * (uint64_t)ev < 62) {
        int64_t base = val_small(a), r = 1;
        for (int64_t i = 0; i < ev; i++) r *= base;
        return vm_int_from_i64(r);
    }
    /* Left-to-right binary exponentiation. */
    Val base = vm_int_exact(a);
    Val result = val_from_small(1);
    if (!base) return NULL;
    for (int bit = 63; bit >= 0; bit--) {
        if (result != val_from_small(1)) {
            result = vm_int_mul(result, result);
            if (!result) return NULL;
        }
        if (((uint64_t)ev >> bit) & 1u) {
            result = vm_int_mul(result, base);
            if (!result) return NULL;
        }
    }
    return result;
}

/* Modular inverse of a modulo n (n > 0); ValueError if not invertible. */
static Val invmod(Val a, Val n)
{
    Val b = n, x0 = val_from_small(1), x1 = val_from_small(0);
    a = vm_int_mod(a, n);
    if (!a) return NULL;
    while (vm_int_sign(b) != 0) {
        IntView av, bv;
        iv_load(&av, a);
        iv_load(&bv, b);
        Val q, r;
        if (divmod_iv(&av, &bv, &q, &r) < 0) return NULL;
        a = b;
        b = r;
        Val qx = vm_int_mul(q, x1);
        if (!qx) return NULL;
        Val t = vm_int_sub(x0, qx);
        if (!t) return NULL;
        x0 = x1;
        x1 = t;
    }
    if (a != val_from_small(1))
        return vm_err_str(&vm_exc_ValueError, "base is not invertible for the given modulus");
    return vm_int_mod(x0, n);
}

static Val pow_mod(Val a, Val b, Val m)
{
    IntView mv, ev;
    iv_load(&mv, m);
    if (mv.n == 0) return vm_err_str(&vm_exc_ValueError, "pow() 3rd argument cannot be 0");
    bool negative_output = mv.sign < 0;
    if (negative_output) m = vm_int_abs(m);
    else m = vm_int_exact(m);
    if (!m) return NULL;
    if (vm_int_sign(b) < 0) {
        a = invmod(a, m);
        if (!a) return NULL;
        b = vm_int_neg(b);
        if (!b) return NULL;
    }
    Val result;
    if (m == val_from_small(1)) {
        result = val_from_small(0);
    } else {
        Val base = vm_int_mod(a, m);
        if (!base) return NULL;
        result = val_from_small(1);
        iv_load(&ev, b);
        uint64_t bits = cr_big_bit_length(ev.d, ev.n);
        for (uint64_t i = bits; i > 0; i--) {
            result = vm_int_mul(result, result);
            if (!result || !(result = vm_int_mod(result, m))) return NULL;
            if (cr_big_test_bit(ev.d, ev.n, i - 1)) {
                result = vm_int_mul(result, base);
                if (!result || !(result = vm_int_mod(result, m))) return NULL;
            }
        }
    }
    if (negative_output && vm_int_sign(result) != 0) result = vm_int_sub(result, m);
    return result;
}

Val vm_int_pow3(Val a, Val b, Val m)
{
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    if (m != NULL && m != VM_None) {
        if (!vm_is_int(m)) return VM_NotImplemented;
        return pow_mod(a, b, m);
    }
    if (val_is_small(a) && val_is_small(b) && val_small(b) >= 0) {
        /* Square-and-multiply in int64 while nothing overflows. */
        int64_t base = val_small(a), e = val_small(b), r = 1;
        bool ok = true;
        while (ok && e > 0) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r)) ok = false;
            e >>= 1;
            if (ok && e > 0 && __builtin_mul_overflow(base, base, &base)) ok = false;
        }
        if (ok) return vm_int_from_i64(r);
    }
    IntView e;
    iv_load(&e, b);
    if (e.sign < 0) {
        /* int ** negative int is a float power. */
        double x, y;
        if (vm_int_as_double(a, &x) < 0 || vm_int_as_double(b, &y) < 0) return NULL;
        return vm_float_pow(x, y);
    }
    return pow_nonneg(a, &e);
}

Val vm_int_pow(Val a, Val b) { return vm_int_pow3(a, b, VM_None); }

/* ------------------------------------------------------------------ */
/* comparison and hashing                                              */

int vm_int_compare(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) return vm_int_small_cmp(a, b);
    IntView x, y;
    iv_load(&x, a);
    iv_load(&y, b);
    if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
    int c = cr_big_cmp(x.d, x.n, y.d, y.n);
    return x.sign < 0 ? -c : c;
}

static bool cmp_holds(int c, int op)
{
    switch (op) {
    case VM_LT: return c < 0;
    case VM_LE: return c <= 0;
    case VM_EQ: return c == 0;
    case VM_NE: return c != 0;
    case VM_GT: return c > 0;
    default: return c >= 0;
    }
}

Val vm_int_richcmp(Val a, Val b, int op)
{
    if (!vm_is_int(a) || !vm_is_int(b)) return VM_NotImplemented;
    return vm_bool(cmp_holds(vm_int_compare(a, b), op));
}

int64_t vm_int_hash(Val v)
{
    if (val_is_small(v)) {
        /* |x| <= 2^61: one conditional subtraction of the modulus 2^61-1 */
        int64_t x = val_small(v);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        if (m >= ((uint64_t)1 << 61) - 1) m -= ((uint64_t)1 << 61) - 1;
        int64_t h = x < 0 ? -(int64_t)m : (int64_t)m;
        return h == -1 ? -2 : h;
    }
    IntView x;
    iv_load(&x, v);
    uint64_t m = cr_big_mod_mersenne61(x.d, x.n);
    int64_t h = x.sign < 0 ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

static int int_truth(Val v) { return vm_int_sign(v) != 0; }

/* ------------------------------------------------------------------ */
/* int -> text                                                         */

static Val str_limit_error(void)
{
    return vm_err_fmt(&vm_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      vm_int_max_str_digits);
}

/* Digits of v in base (2..36) with a '-' sign, appended to b. */
static bool int_to_buf(Val v, int base, cr_buf *b)
{
    IntView x;
    iv_load(&x, v);
    int lim = vm_int_max_str_digits;
    if (base == 10 && lim > 0 && x.n > 2) {
        /* Early rejection: at least floor((bits-1) * log10(2)) + 1 digits. */
        uint64_t bits = cr_big_bit_length(x.d, x.n);
        if ((bits - 1) / 100000 * 30102 + (bits - 1) % 100000 * 30102 / 100000 + 1 > (uint64_t)lim) {
            str_limit_error();
            return false;
        }
    }
    size_t cap = cr_big_digits_bound(x.n, (unsigned)base);
    cr_buf digits;
    cr_buf_init(&digits);
    if (!cr_buf_repeat(&digits, 0, cap)) goto nomem;
    cr_limb *work = limbs_alloc(x.n);
    if (!work) return false;
    size_t len = cr_big_to_base(digits.ptr, cap, work, x.d, x.n, (unsigned)base);
    if (base == 10 && lim > 0 && len > (size_t)lim) {
        str_limit_error();
        return false;
    }
    cr_buf_truncate(&digits, len);
    if (x.sign < 0 && !cr_buf_byte(b, '-')) goto nomem;
    if (!cr_buf_append(b, cr_buf_span(&digits))) goto nomem;
    return true;
nomem:
    vm_err_nomem();
    return false;
}

Val vm_int_to_str(Val v, int base)
{
    if (val_is_small(v) && base == 10) {
        /* Fast path: up to 19 digits and a sign. */
        char tmp[24];
        int64_t s = val_small(v);
        uint64_t m = s < 0 ? (uint64_t)0 - (uint64_t)s : (uint64_t)s;
        size_t i = sizeof tmp;
        do {
            tmp[--i] = (char)('0' + m % 10);
            m /= 10;
        } while (m != 0);
        if (s < 0) tmp[--i] = '-';
        char out[24];
        size_t n = 0;
        for (; i < sizeof tmp; i++) out[n++] = tmp[i];
        return vm_str_new(cr_span_make(out, n));
    }
    cr_buf b;
    cr_buf_init(&b);
    if (!int_to_buf(v, base, &b)) return NULL;
    return vm_str_new(cr_buf_span(&b));
}

Val vm_int_repr(Val v) { return vm_int_to_str(v, 10); }

static Val bool_repr(Val v) { return vm_str_cstr(vm_int_sign(v) ? "True" : "False"); }

/* ------------------------------------------------------------------ */
/* text -> int                                                         */

static bool is_ascii_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(uint8_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static Val invalid_literal(int base, Val obj)
{
    /* CPython reports bytes-like arguments as the bytes they hold. */
    if (!vm_is_str(obj) && !vm_is_bytes(obj)) {
        obj = vm_bytes_new(vm_bytes_span(obj));
        if (!obj) return NULL;
    }
    Val r = vm_repr(obj);
    if (!r) return NULL;
    if (vm_str_len(r) > 200) r = vm_str_slice(r, 0, 200);
    if (!r) return NULL;
    return vm_err_fmt(&vm_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
}

/* Non-ASCII text of a str: Unicode white space becomes ' ', decimal digits
 * become ASCII digits (as _PyUnicode_TransformDecimalAndSpaceToASCII);
 * anything else becomes an invalid byte. */
static bool to_ascii(cr_span s, cr_buf *out)
{
    size_t pos = 0;
    while (pos < s.len) {
        uint32_t cp = cr_utf8_next(s, &pos);
        uint8_t c;
        if (cp < 128) c = (uint8_t)cp;
        else if (vm_ucd_isspace(cp)) c = ' ';
        else if (vm_ucd_decimal(cp) >= 0) c = (uint8_t)('0' + vm_ucd_decimal(cp));
        else c = 0xff;
        if (!cr_buf_byte(out, c)) return false;
    }
    return true;
}

static Val parse_int(cr_span s, int base, Val obj)
{
    const int orig_base = base;
    size_t i = 0, n = s.len;
    int sign = 1;
    while (i < n && is_ascii_space(cr_span_at(s, i))) i++;
    if (i < n && (cr_span_at(s, i) == '+' || cr_span_at(s, i) == '-')) {
        if (cr_span_at(s, i) == '-') sign = -1;
        i++;
    }
    uint8_t c0 = i < n ? cr_span_at(s, i) : 0;
    uint8_t c1 = i + 1 < n ? cr_span_at(s, i + 1) : 0;
    bool error_if_nonzero = false;
    if (base == 0) {
        if (c0 != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else {
            /* "old" C-style octal: only zero is allowed */
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
                      (base == 2 && (c1 == 'b' || c1 == 'B')))) {
        i += 2;
        if (i < n && cr_span_at(s, i) == '_') i++; /* one underscore allowed after the prefix */
    }
    if (i < n && cr_span_at(s, i) == '_') return invalid_literal(orig_base, obj);
    /* The run of digits and single underscores. */
    size_t start = i, ndigits = 0;
    uint8_t prev = 0;
    while (i < n) {
        uint8_t c = cr_span_at(s, i);
        if (c == '_') {
            if (prev == '_') return invalid_literal(orig_base, obj);
        } else if (digit_value(c) < base) {
            ndigits++;
        } else {
            break;
        }
        prev = c;
        i++;
    }
    if (prev == '_') return invalid_literal(orig_base, obj);
    if ((base & (base - 1)) != 0 && ndigits > VM_INT_MAX_STR_DIGITS_THRESHOLD && vm_int_max_str_digits > 0 &&
        ndigits > (size_t)vm_int_max_str_digits)
        return vm_err_fmt(&vm_exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          vm_int_max_str_digits, ndigits);
    if (ndigits == 0) return invalid_literal(orig_base, obj);
    size_t end = i;
    while (i < n && is_ascii_space(cr_span_at(s, i))) i++;
    if (i != n) return invalid_literal(orig_base, obj);
    /* Digit values, then the limbs. */
    cr_buf dig;
    cr_buf_init(&dig);
    if (!cr_buf_reserve(&dig, ndigits)) return vm_err_nomem();
    for (size_t k = start; k < end; k++) {
        uint8_t c = cr_span_at(s, k);
        if (c != '_' && !cr_buf_byte(&dig, (uint8_t)digit_value(c))) return vm_err_nomem();
    }
    size_t cap = cr_big_limbs_for_digits(ndigits, (unsigned)base);
    IntObj *o = big_alloc(cap);
    if (!o) return NULL;
    size_t ln = cr_big_from_digits(o->digits, cap, dig.ptr, dig.len, (unsigned)base);
    if (error_if_nonzero && ln != 0) return invalid_literal(orig_base, obj);
    return big_finish(o, sign, ln);
}

Val vm_int_from_text(cr_span text, int base, Val obj)
{
    if ((base != 0 && base < 2) || base > 36)
        return vm_err_str(&vm_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (obj && vm_is_str(obj)) {
        bool ascii = true;
        for (size_t i = 0; i < text.len; i++)
            if (cr_span_at(text, i) >= 128) ascii = false;
        if (!ascii) {
            cr_buf b;
            cr_buf_init(&b);
            if (!to_ascii(text, &b)) return vm_err_nomem();
            return parse_int(cr_buf_span(&b), base, obj);
        }
    }
    if (!obj) {
        obj = vm_str_new(text);
        if (!obj) return NULL;
    }
    return parse_int(text, base, obj);
}

Val vm_int_from_str(cr_span s, int base)
{
    Val obj = vm_str_new(s);
    if (!obj) return NULL;
    return vm_int_from_text(s, base, obj);
}

/* ------------------------------------------------------------------ */
/* int(x), int(x, base)                                                */

static Val exact_result(Val r, const char *what)
{
    if (val_is_small(r) || vm_typeof(r) == &vm_type_int) return r;
    if (vm_is_int(r)) {
        if (vm_warn(&vm_exc_DeprecationWarning,
                    vm_str_fmt("%s returned non-int (type %s).  The ability to return an instance of a strict "
                               "subclass of int is deprecated, and may be removed in a future version of Python.",
                               what, vm_tname(r))) < 0)
            return NULL;
        return vm_int_exact(r);
    }
    return vm_err_fmt(&vm_exc_TypeError, "%s returned non-int (type %s)", what, vm_tname(r));
}

/* PyNumber_Long */
static Val number_to_int(Val x)
{
    if (val_is_small(x) || vm_typeof(x) == &vm_type_int) return x;
    Type *t = vm_typeof(x);
    const vm_numberslots *ns = t->num;
    if (ns && ns->to_int) {
        Val r = ns->to_int(x);
        if (!r) return NULL;
        return exact_result(r, "__int__");
    }
    if (ns && ns->index) {
        Val r = ns->index(x);
        if (!r) return NULL;
        return exact_result(r, "__index__");
    }
    Val trunc = vm_type_lookup_cstr(t, "__trunc__");
    if (trunc) {
        if (vm_warn(&vm_exc_DeprecationWarning, vm_str_cstr("The delegation of int() to __trunc__ is deprecated.")) < 0)
            return NULL;
        Val r = vm_call_method(x, "__trunc__", NULL, 0);
        if (!r) return NULL;
        if (vm_is_int(r)) return vm_int_exact(r);
        Val i = vm_index(r);
        if (!i) {
            if (vm_err_matches(&vm_exc_TypeError)) {
                vm_err_clear();
                return vm_err_fmt(&vm_exc_TypeError, "__trunc__ returned non-Integral (type %s)", vm_tname(r));
            }
            return NULL;
        }
        return vm_int_exact(i);
    }
    if (vm_is_str(x)) return vm_int_from_text(vm_str_span(x), 10, x);
    if (vm_is_bytes(x) || vm_isinstance_t(x, &vm_type_bytearray)) return vm_int_from_text(vm_bytes_span(x), 10, x);
    /* Another buffer (memoryview, array.array): parsed, and named in
     * errors, as a bytes copy of its contents (PyNumber_Long). */
    cr_span data;
    int got = vm_buffer_get(x, &data);
    if (got > 0) {
        Val b = vm_bytes_new(data);
        return b ? vm_int_from_text(vm_bytes_span(b), 10, b) : NULL;
    }
    if (got < 0) vm_err_clear();
    return vm_err_fmt(&vm_exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      vm_tname(x));
}

static Val int_from_args(Val x, Val obase)
{
    if (!x) {
        if (obase) return vm_err_str(&vm_exc_TypeError, "int() missing string argument");
        return val_from_small(0);
    }
    if (!obase) return number_to_int(x);
    Val bi = vm_index(obase);
    if (!bi) return NULL;
    int64_t base;
    if (vm_int_as_i64(bi, &base) < 0) {
        vm_err_clear();
        base = -1;
    }
    if ((base != 0 && base < 2) || base > 36)
        return vm_err_str(&vm_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (vm_is_str(x)) return vm_int_from_text(vm_str_span(x), (int)base, x);
    if (vm_is_bytes(x) || vm_isinstance_t(x, &vm_type_bytearray))
        return vm_int_from_text(vm_bytes_span(x), (int)base, x);
    return vm_err_str(&vm_exc_TypeError, "int() can't convert non-string with explicit base");
}

static Val int_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"", "base", NULL};
    Val out[2];
    if (!vm_parse_args("int", args, nargs, kwnames, kwlist, 1, 0, 2, out)) return NULL;
    Val v = int_from_args(out[0], out[1]);
    if (!v || t == &vm_type_int) return v;
    return vm_int_subclass_new(t, v);
}

static Val bool_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return VM_False;
    int r = vm_truthy(args[0]);
    if (r < 0) return NULL;
    return vm_bool(r != 0);
}

int vm_int_set_max_str_digits(int64_t maxdigits)
{
    if (maxdigits > INT32_MAX) {
        vm_err_str(&vm_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (maxdigits < INT32_MIN) {
        vm_err_str(&vm_exc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    if (maxdigits != 0 && maxdigits < VM_INT_MAX_STR_DIGITS_THRESHOLD) {
        vm_err_fmt(&vm_exc_ValueError, "maxdigits must be 0 or larger than %d", VM_INT_MAX_STR_DIGITS_THRESHOLD);
        return -1;
    }
    vm_int_max_str_digits = (int)maxdigits;
    return 0;
}

/* ------------------------------------------------------------------ */
/* methods                                                             */

static Val m_bit_length(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.bit_length", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_u64(vm_int_bit_length(self));
}

static Val m_bit_count(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.bit_count", nargs, kwnames, 0, 0)) return NULL;
    IntView x;
    iv_load(&x, self);
    return vm_int_from_u64(cr_big_popcount(x.d, x.n));
}

static Val m_exact(Val self, Val *args, size_t nargs, Val kwnames, const char *name)
{
    if (!vm_check_nargs(name, nargs, kwnames, 0, 0)) return NULL;
    return vm_int_exact(self);
}
static Val m_conjugate(Val self, Val *a, size_t n, Val k) { return m_exact(self, a, n, k, "int.conjugate"); }
static Val m_trunc(Val self, Val *a, size_t n, Val k) { return m_exact(self, a, n, k, "int.__trunc__"); }
static Val m_floor(Val self, Val *a, size_t n, Val k) { return m_exact(self, a, n, k, "int.__floor__"); }
static Val m_ceil(Val self, Val *a, size_t n, Val k) { return m_exact(self, a, n, k, "int.__ceil__"); }

static Val m_getnewargs(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.__getnewargs__", nargs, kwnames, 0, 0)) return NULL;
    Val v = vm_int_exact(self);
    return v ? vm_tuple_pack(1, v) : NULL;
}

static Val m_as_integer_ratio(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.as_integer_ratio", nargs, kwnames, 0, 0)) return NULL;
    Val v = vm_int_exact(self);
    return v ? vm_tuple_pack(2, v, val_from_small(1)) : NULL;
}

static Val m_sizeof(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.__sizeof__", nargs, kwnames, 0, 0)) return NULL;
    /* CPython's layout: 24 bytes of header, 4 bytes per 30-bit digit. */
    uint64_t bits = vm_int_bit_length(self);
    uint64_t ndig = (bits + 29) / 30;
    return vm_int_from_u64(24 + 4 * (ndig ? ndig : 1));
}

/* round(x, ndigits): banker's rounding to a multiple of 10**-ndigits. */
static Val m_round(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__round__", nargs, kwnames, 0, 1)) return NULL;
    if (nargs == 0 || args[0] == VM_None) return vm_int_exact(self);
    Val nd = vm_index(args[0]);
    if (!nd) return NULL;
    if (vm_int_sign(nd) >= 0) return vm_int_exact(self);
    IntView x;
    iv_load(&x, self);
    /* |self| < 10**k / 2 when k exceeds its digit count: the result is 0. */
    uint64_t bits = cr_big_bit_length(x.d, x.n);
    int64_t k;
    if (vm_int_as_i64(nd, &k) < 0 || -(k + 1) >= (int64_t)(bits / 3 + 2)) {
        vm_err_clear();
        return val_from_small(0);
    }
    Val pow10 = vm_int_pow(val_from_small(10), vm_int_from_i64(-k));
    if (!pow10) return NULL;
    IntView pv;
    iv_load(&pv, pow10);
    Val q, r;
    if (divmod_iv(&x, &pv, &q, &r) < 0) return NULL;
    /* divmod_near: round q up when 2r > b, or 2r == b and q is odd */
    Val twice = vm_int_lshift(r, val_from_small(1));
    if (!twice) return NULL;
    int c = vm_int_compare(twice, pow10);
    IntView qv;
    iv_load(&qv, q);
    if (c > 0 || (c == 0 && cr_big_test_bit(qv.d, qv.n, 0))) {
        q = vm_int_add(q, val_from_small(1));
        if (!q) return NULL;
    }
    return vm_int_mul(q, pow10);
}

static Val m_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("int.__format__", nargs, kwnames, 1, 1)) return NULL;
    Val spec = args[0];
    if (!vm_is_str(spec))
        return vm_err_fmt(&vm_exc_TypeError, "__format__() argument must be str, not %s", vm_tname(spec));
    if (vm_format_int) return vm_format_int(self, spec);
    if (vm_str_len(spec) == 0) return vm_str(self);
    return vm_err_str(&vm_exc_ValueError, "int format specifiers are not supported yet");
}

static bool byteorder_arg(Val v, const char *fname, bool *little)
{
    if (!v) {
        *little = false;
        return true;
    }
    if (!vm_is_str(v)) {
        vm_err_fmt(&vm_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, vm_tname(v));
        return false;
    }
    if (vm_str_eq_cstr(v, "little")) *little = true;
    else if (vm_str_eq_cstr(v, "big")) *little = false;
    else {
        vm_err_str(&vm_exc_ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }
    return true;
}

static Val m_to_bytes(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    Val out[3];
    if (!vm_parse_args("to_bytes", args, nargs, kwnames, kwlist, 0, 0, 2, out)) return NULL;
    int64_t len = 1;
    if (out[0]) {
        Val li = vm_index(out[0]);
        if (!li) return NULL;
        if (vm_int_as_i64(li, &len) < 0) {
            vm_err_clear();
            return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
    }
    if (len < 0) return vm_err_str(&vm_exc_ValueError, "length argument must be non-negative");
    bool little, is_signed = false;
    if (!byteorder_arg(out[1], "to_bytes", &little)) return NULL;
    if (out[2]) {
        int t = vm_truthy(out[2]);
        if (t < 0) return NULL;
        is_signed = t != 0;
    }
    IntView x;
    iv_load(&x, self);
    if (x.sign < 0 && !is_signed) return vm_err_str(&vm_exc_OverflowError, "can't convert negative int to unsigned");
    /* Fits?  unsigned: bits <= 8*len; signed: bits(v) <= 8*len-1, and for
     * negatives bits(|v|-1) <= 8*len-1. */
    uint64_t bits = cr_big_bit_length(x.d, x.n);
    if (x.sign < 0) {
        Val m1 = vm_int_sub(vm_int_abs(self), val_from_small(1));
        if (!m1) return NULL;
        bits = vm_int_bit_length(m1);
    }
    uint64_t avail = (uint64_t)len * 8;
    if (len > (int64_t)(UINT64_MAX / 16)) avail = UINT64_MAX / 2;
    if (is_signed) {
        /* CPython quirk: -1 fits in zero bytes (only sign bits). */
        if (x.n != 0 && !(len == 0 && x.sign < 0 && bits == 0)) {
            if (avail == 0 || bits > avail - 1) return vm_err_str(&vm_exc_OverflowError, "int too big to convert");
        }
    } else if (bits > avail) {
        return vm_err_str(&vm_exc_OverflowError, "int too big to convert");
    }
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_repeat(&b, 0, (size_t)len)) return vm_err_nomem();
    if (len > 0) cr_big_to_bytes(b.ptr, (size_t)len, x.d, x.n, x.sign < 0, little);
    return vm_bytes_new(cr_buf_span(&b));
}

static Val m_from_bytes(Val cls, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    Val out[3];
    if (!vm_parse_args("from_bytes", args, nargs, kwnames, kwlist, 0, 1, 2, out)) return NULL;
    bool little, is_signed = false;
    if (!byteorder_arg(out[1], "from_bytes", &little)) return NULL;
    if (out[2]) {
        int t = vm_truthy(out[2]);
        if (t < 0) return NULL;
        is_signed = t != 0;
    }
    Val data = out[0];
    if (vm_is_str(data) || vm_is_int(data))
        return vm_err_fmt(&vm_exc_TypeError, "cannot convert '%s' object to bytes", vm_tname(data));
    if (!vm_is_bytes(data) && !vm_isinstance_t(data, &vm_type_bytearray)) {
        data = vm_call1(VAL(&vm_type_bytes), data);
        if (!data) return NULL;
    }
    cr_span s = vm_bytes_span(data);
    IntObj *o = big_alloc(cr_big_limbs_for_bytes(s.len));
    if (!o) return NULL;
    bool neg = false;
    size_t n = s.len ? cr_big_from_bytes(o->digits, s.ptr, s.len, little, is_signed, &neg) : 0;
    Val r = big_finish(o, neg ? -1 : 1, n);
    if (r && cls != VAL(&vm_type_int)) r = vm_call1(cls, r);
    return r;
}

static Val g_self(Val self) { return vm_int_exact(self); }
static Val g_zero(Val self) { return val_from_small(0); }
static Val g_one(Val self) { return val_from_small(1); }

static Val int_index(Val self) { return vm_int_exact(self); }

static Val int_to_float(Val self)
{
    double d;
    if (vm_int_as_double(self, &d) < 0) return NULL;
    return vm_float_new(d);
}

/* ------------------------------------------------------------------ */
/* the types                                                           */

static const vm_methoddef int_methods[] = {
    {"conjugate", m_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, VM_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", m_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", m_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", m_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, 0, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__format__", m_format, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", m_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef int_getsets[] = {
    {"real", g_self, NULL},
    {"imag", g_zero, NULL},
    {"numerator", g_self, NULL},
    {"denominator", g_one, NULL},
    {NULL, NULL, NULL},
};

static const vm_numberslots int_num = {
    .binop =
        {
            [VM_OP_ADD] = vm_int_add,
            [VM_OP_AND] = vm_int_and,
            [VM_OP_FLOORDIV] = vm_int_floordiv,
            [VM_OP_LSHIFT] = vm_int_lshift,
            [VM_OP_MUL] = vm_int_mul,
            [VM_OP_MOD] = vm_int_mod,
            [VM_OP_OR] = vm_int_or,
            [VM_OP_POW] = vm_int_pow,
            [VM_OP_RSHIFT] = vm_int_rshift,
            [VM_OP_SUB] = vm_int_sub,
            [VM_OP_TRUEDIV] = vm_int_truediv,
            [VM_OP_XOR] = vm_int_xor,
        },
    .pow3 = vm_int_pow3,
    .neg = vm_int_neg,
    .pos = int_pos,
    .abs = vm_int_abs,
    .invert = vm_int_invert,
    .truth = int_truth,
    .to_int = int_pos,
    .to_float = int_to_float,
    .index = int_index,
    .divmod = vm_int_divmod,
};

Type vm_type_int = {
    .base = {&vm_type_type},
    .name = "int",
    .basicsize = sizeof(IntObj),
    .flags = VM_TF_BASETYPE | VM_TF_INT_SUBCLASS,
    .tbase = &vm_type_object,
    .repr = vm_int_repr,
    .hash = vm_int_hash,
    .richcmp = vm_int_richcmp,
    .new_ = int_new,
    .num = &int_num,
    .methods = int_methods,
    .getsets = int_getsets,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.",
};

/* bool: & | ^ of two bools is a bool, everything else is int arithmetic. */
static Val bool_bitop(Val a, Val b, int op)
{
    if (is_bool(a) && is_bool(b)) {
        bool x = vm_int_sign(a) != 0, y = vm_int_sign(b) != 0;
        return vm_bool(op == '&' ? (x && y) : op == '|' ? (x || y) : (x != y));
    }
    return bitop(a, b, op);
}
static Val bool_and(Val a, Val b) { return bool_bitop(a, b, '&'); }
static Val bool_or(Val a, Val b) { return bool_bitop(a, b, '|'); }
static Val bool_xor(Val a, Val b) { return bool_bitop(a, b, '^'); }

static const vm_numberslots bool_num = {
    .binop =
        {
            [VM_OP_ADD] = vm_int_add,
            [VM_OP_AND] = bool_and,
            [VM_OP_FLOORDIV] = vm_int_floordiv,
            [VM_OP_LSHIFT] = vm_int_lshift,
            [VM_OP_MUL] = vm_int_mul,
            [VM_OP_MOD] = vm_int_mod,
            [VM_OP_OR] = bool_or,
            [VM_OP_POW] = vm_int_pow,
            [VM_OP_RSHIFT] = vm_int_rshift,
            [VM_OP_SUB] = vm_int_sub,
            [VM_OP_TRUEDIV] = vm_int_truediv,
            [VM_OP_XOR] = bool_xor,
        },
    .pow3 = vm_int_pow3,
    .neg = vm_int_neg,
    .pos = int_pos,
    .abs = vm_int_abs,
    .invert = vm_int_invert,
    .truth = int_truth,
    .to_int = int_pos,
    .to_float = int_to_float,
    .index = int_index,
    .divmod = vm_int_divmod,
};

Type vm_type_bool = {
    .base = {&vm_type_type},
    .name = "bool",
    .basicsize = sizeof(BoolObj),
    .flags = VM_TF_INT_SUBCLASS,
    .tbase = &vm_type_int,
    .repr = bool_repr,
    .hash = vm_int_hash,
    .richcmp = vm_int_richcmp,
    .new_ = bool_new,
    .num = &bool_num,
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
};

/* The two bool instances. */
BoolObj vm_true_obj = {{&vm_type_bool}, 1};
BoolObj vm_false_obj = {{&vm_type_bool}, 0};
