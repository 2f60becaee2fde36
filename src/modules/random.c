/* The _random module: CPython's Mersenne Twister core (MT19937).
 *
 * _random.Random holds the 624-word state.  Seeding from an int uses
 * init_by_array over the 32-bit chunks of abs(n), least significant first,
 * exactly as CPython does, so the same seed gives the same stream.  The
 * higher-level algorithms live in lib/random.py.  _random._sha512(data) is
 * used by random.seed() for str/bytes seeds (version 2).
 */
#include <bearssl.h>

#include "core/host.h"
#include "modules/modules.h"
#include "vm/int.h"

#define MT_N 624
#define MT_M 397

typedef struct {
    Obj base;
    int32_t index;
    uint32_t mt[MT_N];
} RandomObj;

static RandomObj *R(Val v) { return (RandomObj *)(void *)val_obj(v); }

/* Checked access to the state words (indices are always < MT_N by
 * construction; the check keeps that an invariant). */
static uint32_t mt_get(RandomObj *r, size_t i)
{
    if (i >= MT_N) cr_panic_bounds();
    return r->mt[i];
}

static void mt_set(RandomObj *r, size_t i, uint32_t v)
{
    if (i >= MT_N) cr_panic_bounds();
    r->mt[i] = v;
}

static void init_genrand(RandomObj *r, uint32_t s)
{
    mt_set(r, 0, s);
    for (size_t i = 1; i < MT_N; i++) {
        uint32_t p = mt_get(r, i - 1);
        mt_set(r, i, 1812433253U * (p ^ (p >> 30)) + (uint32_t)i);
    }
    r->index = MT_N;
}

/* key: a list of ints, each < 2**32. */
static void init_by_array(RandomObj *r, const uint32_t *key, size_t klen, Val keylist)
{
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > klen ? MT_N : klen;
    for (; k; k--) {
        uint32_t p = mt_get(r, i - 1);
        uint32_t kj = key ? key[j] : (uint32_t)val_small(vm_list_get(keylist, j)); /* boundary: key has keylen entries (the loop bound) */
        mt_set(r, i, (mt_get(r, i) ^ ((p ^ (p >> 30)) * 1664525U)) + kj + (uint32_t)j);
        i++;
        j++;
        if (i >= MT_N) {
            mt_set(r, 0, mt_get(r, MT_N - 1));
            i = 1;
        }
        if (j >= klen) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        uint32_t p = mt_get(r, i - 1);
        mt_set(r, i, (mt_get(r, i) ^ ((p ^ (p >> 30)) * 1566083941U)) - (uint32_t)i);
        i++;
        if (i >= MT_N) {
            mt_set(r, 0, mt_get(r, MT_N - 1));
            i = 1;
        }
    }
    mt_set(r, 0, 0x80000000U);
}

static uint32_t genrand(RandomObj *r)
{
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y;
    if (r->index >= MT_N) {
        size_t kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt_get(r, kk) & 0x80000000U) | (mt_get(r, kk + 1) & 0x7fffffffU);
            mt_set(r, kk, mt_get(r, kk + MT_M) ^ (y >> 1) ^ mag01[y & 1U]);
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt_get(r, kk) & 0x80000000U) | (mt_get(r, kk + 1) & 0x7fffffffU);
            mt_set(r, kk, mt_get(r, kk + MT_M - MT_N) ^ (y >> 1) ^ mag01[y & 1U]);
        }
        y = (mt_get(r, MT_N - 1) & 0x80000000U) | (mt_get(r, 0) & 0x7fffffffU);
        mt_set(r, MT_N - 1, mt_get(r, MT_M - 1) ^ (y >> 1) ^ mag01[y & 1U]);
        r->index = 0;
    }
    y = mt_get(r, (size_t)r->index++);
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

extern Type md_type_random;

static bool check_self(Val self)
{
    if (vm_isinstance_t(self, &md_type_random)) return true;
    vm_err_str(&vm_exc_TypeError, "descriptor requires a '_random.Random' object");
    return false;
}

#define RFN(name) static Val r_##name(Val self, Val *args, size_t nargs, Val kwnames)

/* Seed from host randomness (seed(None)). */
static int seed_urandom(RandomObj *r)
{
    uint32_t key[MT_N];
    if (cr_host_services->random && cr_host_services->random(key, sizeof key) == 0) {
        init_by_array(r, key, MT_N, NULL);
        return 0;
    }
    /* No random service: fall back to the clocks, as CPython does without
     * urandom, so that "import random" still works. */
    int64_t t = cr_host_services->time_ns ? cr_host_services->time_ns() : 0;
    int64_t m = cr_host_services->monotonic_ns ? cr_host_services->monotonic_ns() : 0;
    uint32_t k4[4] = {(uint32_t)t, (uint32_t)((uint64_t)t >> 32), (uint32_t)m, (uint32_t)((uint64_t)m >> 32)};
    init_by_array(r, k4, 4, NULL);
    return 0;
}

static int seed_obj(RandomObj *r, Val arg)
{
    if (arg == NULL || arg == VM_None) return seed_urandom(r);
    Val n;
    if (vm_is_int(arg)) {
        n = vm_int_abs(vm_int_exact(arg));
    } else {
        int64_t h = vm_hash(arg);
        if (h == -1 && vm_err_occurred()) return -1;
        n = vm_int_from_u64((uint64_t)h);
    }
    if (!n) return -1;
    /* 32-bit chunks of n, least significant first. */
    Val key = vm_list_new(0);
    if (!key) return -1;
    Val mask = vm_int_from_i64(0xffffffffLL), sh = vm_int_from_i64(32);
    do {
        Val w = vm_int_and(n, mask);
        if (!w || vm_list_append(key, w) < 0) return -1;
        n = vm_int_rshift(n, sh);
        if (!n) return -1;
    } while (vm_int_sign(n) != 0);
    init_by_array(r, NULL, (size_t)vm_len(key), key);
    return 0;
}

RFN(seed)
{
    if (!check_self(self) || !vm_check_nargs("seed", nargs, kwnames, 0, 1)) return NULL;
    return seed_obj(R(self), nargs ? args[0] : NULL) < 0 ? NULL : VM_None;
}

RFN(random)
{
    if (!check_self(self) || !vm_check_nargs("random", nargs, kwnames, 0, 0)) return NULL;
    uint32_t a = genrand(R(self)) >> 5, b = genrand(R(self)) >> 6;
    return vm_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

RFN(getrandbits)
{
    if (!check_self(self) || !vm_check_nargs("getrandbits", nargs, kwnames, 1, 1)) return NULL;
    if (vm_is_float(args[0]))
        return vm_err_str(&vm_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t k;
    if (!vm_as_ssize(args[0], &k, &vm_exc_OverflowError)) return NULL;
    if (k < 0) return vm_err_str(&vm_exc_ValueError, "number of bits must be non-negative");
    if (k == 0) return vm_int_from_i64(0);
    if (k <= 32) return vm_int_from_u64(genrand(R(self)) >> (32 - k));
    /* Words least significant first; the last one keeps only its top bits. */
    Val words = vm_list_new(0);
    if (!words) return NULL;
    for (int64_t left = k; left > 0; left -= 32) {
        uint32_t w = genrand(R(self));
        if (left < 32) w >>= (32 - left);
        if (vm_list_append(words, vm_int_from_u64(w)) < 0) return NULL;
    }
    /* Combine pairwise so big results cost O(n log n) multiplications' worth. */
    Val acc = vm_int_from_i64(0);
    int64_t n = vm_len(words);
    for (int64_t i = n - 1; i >= 0; i--) {
        acc = vm_int_lshift(acc, vm_int_from_i64(32));
        if (!acc) return NULL;
        acc = vm_int_or(acc, vm_list_get(words, (size_t)i));
        if (!acc) return NULL;
    }
    return acc;
}

RFN(getstate)
{
    if (!check_self(self) || !vm_check_nargs("getstate", nargs, kwnames, 0, 0)) return NULL;
    Val t = vm_tuple_new(MT_N + 1);
    if (!t) return NULL;
    Val l = vm_list_new(0);
    if (!l) return NULL;
    for (size_t i = 0; i < MT_N; i++)
        if (vm_list_append(l, vm_int_from_u64(mt_get(R(self), i))) < 0) return NULL;
    if (vm_list_append(l, vm_int_from_i64(R(self)->index)) < 0) return NULL;
    return vm_list_as_tuple(l);
}

RFN(setstate)
{
    if (!check_self(self) || !vm_check_nargs("setstate", nargs, kwnames, 1, 1)) return NULL;
    Val st = args[0];
    if (!vm_is_tuple(st)) return vm_err_str(&vm_exc_TypeError, "state vector must be a tuple");
    if (vm_tuple_len(st) != MT_N + 1) return vm_err_str(&vm_exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (size_t i = 0; i < MT_N; i++) {
        Val w = vm_tuple_get(st, i);
        if (!vm_is_int(w)) return vm_err_fmt(&vm_exc_TypeError, "an integer is required (got type %s)", vm_tname(w));
        Val m = vm_int_and(vm_int_exact(w), vm_int_from_i64(0xffffffffLL));
        if (!m) return NULL;
        int64_t x;
        if (vm_int_as_i64(m, &x) < 0) return NULL;
        words[i] = (uint32_t)x;
    }
    int64_t index;
    Val iv = vm_tuple_get(st, MT_N);
    if (!vm_is_int(iv)) return vm_err_fmt(&vm_exc_TypeError, "an integer is required (got type %s)", vm_tname(iv));
    if (vm_int_as_i64(iv, &index) < 0) return NULL;
    if (index < 0 || index > MT_N) return vm_err_str(&vm_exc_ValueError, "invalid state");
    for (size_t i = 0; i < MT_N; i++) mt_set(R(self), i, words[i]);
    R(self)->index = (int32_t)index;
    return VM_None;
}

static Val random_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &md_type_random && kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "Random() takes no keyword arguments");
    if (type == &md_type_random && nargs > 1)
        return vm_err_str(&vm_exc_TypeError, "Random() requires 0 or 1 argument");
    Val self = vm_alloc_instance(type);
    if (!self) return NULL;
    if (type == &md_type_random) return seed_obj(R(self), nargs ? args[0] : NULL) < 0 ? NULL : self;
    /* Subclasses usually seed again in __init__ (random.Random does) and may
     * take other arguments: seed from the first one when it is usable. */
    if (nargs == 1 && seed_obj(R(self), args[0]) == 0) return self;
    vm_err_clear();
    return seed_urandom(R(self)) < 0 ? NULL : self;
}

static const vm_methoddef random_methods[] = {
    {"seed", r_seed, 0, NULL},
    {"random", r_random, 0, NULL},
    {"getrandbits", r_getrandbits, 0, NULL},
    {"getstate", r_getstate, 0, NULL},
    {"setstate", r_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type md_type_random = {.base = {&vm_type_type}, .name = "_random.Random", .basicsize = sizeof(RandomObj),
                       .flags = VM_TF_BASETYPE, .new_ = random_new, .methods = random_methods};

/* _sha512(data) -> the 64-byte SHA-512 digest (for seeding from str/bytes). */
static Val r_sha512(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("_sha512", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_bytes(args[0])) return vm_err_str(&vm_exc_TypeError, "_sha512() argument must be bytes");
    cr_span s = vm_bytes_span(args[0]);
    br_sha512_context ctx;
    uint8_t out[64];
    br_sha512_init(&ctx);
    br_sha512_update(&ctx, s.ptr, s.len); /* boundary: span of a live bytes object */
    br_sha512_out(&ctx, out);
    return vm_bytes_new(cr_span_make(out, sizeof out));
}

/* _urandom(n) -> n bytes from the host's random service. */
static Val r_urandom(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("_urandom", nargs, kwnames, 1, 1)) return NULL;
    int64_t n;
    if (!vm_as_ssize(args[0], &n, &vm_exc_OverflowError)) return NULL;
    if (n < 0) return vm_err_str(&vm_exc_ValueError, "negative argument not allowed");
    if (!cr_host_services->random)
        return vm_err_str(&vm_exc_NotImplementedError, "no source of randomness available on this host");
    cr_buf b;
    cr_buf_init(&b);
    uint8_t chunk[256];
    for (int64_t left = n; left > 0;) {
        size_t take = left > 256 ? 256 : (size_t)left;
        if (cr_host_services->random(chunk, take) != 0)
            return vm_err_str(&vm_exc_OSError, "host random service failed");
        cr_buf_append(&b, cr_span_make(chunk, take));
        left -= (int64_t)take;
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static const vm_methoddef module_functions[] = {
    {"_sha512", r_sha512, 0, NULL},
    {"_urandom", r_urandom, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int random_init(Val module)
{
    if (!md_type_random.mro && vm_type_ready(&md_type_random) < 0) return -1;
    if (vm_module_add_functions(module, module_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    return vm_dict_set_cstr(d, "Random", obj_val(&md_type_random));
}

int md_random_register(void)
{
    vm_register_builtin_module("_random", random_init);
    return 0;
}
