/* The _hashlib module: md5, sha1 and the SHA-2 family through BearSSL,
 * pbkdf2_hmac, and the constant-time compare_digest used by hmac. */
#include <bearssl.h>

#include "modules/modules.h"
#include "vm/int.h"

typedef struct {
    const char *name;
    const br_hash_class *vt;
    int block_size;
} HashAlgo;

static const HashAlgo algos[] = {
    {"md5", &br_md5_vtable, 64},       {"sha1", &br_sha1_vtable, 64},     {"sha224", &br_sha224_vtable, 64},
    {"sha256", &br_sha256_vtable, 64}, {"sha384", &br_sha384_vtable, 128}, {"sha512", &br_sha512_vtable, 128},
};
#define NALGOS (sizeof algos / sizeof algos[0])

typedef struct {
    Obj base;
    const HashAlgo *algo;
    br_hash_compat_context ctx;
} HashObj;

extern Type md_type_hash;

static HashObj *H(Val v) { return (HashObj *)(void *)val_obj(v); }

static size_t digest_size(const HashAlgo *a) { return (a->vt->desc >> BR_HASHDESC_OUT_OFF) & BR_HASHDESC_OUT_MASK; }

/* Case-insensitive lookup of an algorithm name. */
static const HashAlgo *find_algo(Val name)
{
    if (!vm_is_str(name)) return NULL;
    cr_span s = vm_str_span(name);
    for (size_t i = 0; i < NALGOS; i++) {
        cr_span n = cr_span_cstr(algos[i].name);
        if (n.len != s.len) continue;
        bool eq = true;
        for (size_t k = 0; k < n.len && eq; k++) {
            uint8_t c = cr_span_at(s, k);
            if (c >= 'A' && c <= 'Z') c = (uint8_t)(c + 32);
            eq = c == cr_span_at(n, k);
        }
        if (eq) return &algos[i];
    }
    return NULL;
}

/* Data to hash: bytes-like only (str must be encoded first). */
static bool get_data(Val v, cr_span *out)
{
    int r = vm_buffer_get(v, out);
    if (r != 0) return r > 0;
    if (vm_is_str(v)) vm_err_str(&vm_exc_TypeError, "Strings must be encoded before hashing");
    else vm_err_str(&vm_exc_TypeError, "object supporting the buffer API required");
    return false;
}

static void hash_update(HashObj *h, cr_span d)
{
    if (d.len) h->algo->vt->update(&h->ctx.vtable, d.ptr, d.len); /* boundary: span of live bytes */
}

static Val hash_new(const HashAlgo *a, Val data)
{
    HashObj *h = vm_alloc_obj(&md_type_hash, sizeof(HashObj), CR_SCAN);
    if (!h) return NULL;
    h->algo = a;
    a->vt->init(&h->ctx.vtable);
    if (data && data != VM_None) {
        cr_span d;
        if (!get_data(data, &d)) return NULL;
        hash_update(h, d);
    }
    return obj_val(h);
}

static Val m_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("update", nargs, kwnames, 1, 1)) return NULL;
    cr_span d;
    if (!get_data(args[0], &d)) return NULL;
    hash_update(H(self), d);
    return VM_None;
}

static Val raw_digest(Val self)
{
    uint8_t out[64];
    HashObj *h = H(self);
    h->algo->vt->out(&h->ctx.vtable, out);
    return vm_bytes_new(cr_span_make(out, digest_size(h->algo)));
}

static Val m_digest(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("digest", nargs, kwnames, 0, 0)) return NULL;
    return raw_digest(self);
}

static Val to_hex(cr_span d)
{
    static const char hx[] = "0123456789abcdef";
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < d.len; i++) {
        cr_buf_byte(&b, (uint8_t)hx[cr_span_at(d, i) >> 4]);
        cr_buf_byte(&b, (uint8_t)hx[cr_span_at(d, i) & 15]);
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static Val m_hexdigest(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("hexdigest", nargs, kwnames, 0, 0)) return NULL;
    Val d = raw_digest(self);
    return d ? to_hex(vm_bytes_span(d)) : NULL;
}

static Val m_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("copy", nargs, kwnames, 0, 0)) return NULL;
    HashObj *h = vm_alloc_obj(&md_type_hash, sizeof(HashObj), CR_SCAN);
    if (!h) return NULL;
    h->algo = H(self)->algo;
    h->ctx = H(self)->ctx; /* BearSSL contexts are plain values */
    return obj_val(h);
}

static Val g_name(Val self) { return vm_str_cstr(H(self)->algo->name); }
static Val g_digest_size(Val self) { return vm_int_from_u64(digest_size(H(self)->algo)); }
static Val g_block_size(Val self) { return vm_int_from_i64(H(self)->algo->block_size); }

static Val hash_repr(Val self) { return vm_str_fmt("<%s _hashlib.HASH object>", H(self)->algo->name); }

static const vm_methoddef hash_methods[] = {
    {"update", m_update, 0, NULL}, {"digest", m_digest, 0, NULL}, {"hexdigest", m_hexdigest, 0, NULL},
    {"copy", m_copy, 0, NULL},     {NULL, NULL, 0, NULL},
};
static const vm_getsetdef hash_getsets[] = {
    {"name", g_name, NULL}, {"digest_size", g_digest_size, NULL}, {"block_size", g_block_size, NULL}, {NULL, NULL, NULL}};

Type md_type_hash = {.base = {&vm_type_type}, .name = "_hashlib.HASH", .basicsize = sizeof(HashObj),
                     .repr = hash_repr, .methods = hash_methods, .getsets = hash_getsets};

/* new(name, data=b'', *, usedforsecurity=True); 'string' is an alias of data. */
static Val f_new(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"name", "data", "usedforsecurity", "string", NULL};
    Val a[4];
    if (!vm_parse_args("new", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    const HashAlgo *al = find_algo(a[0]);
    if (!al) {
        if (!vm_is_str(a[0])) return vm_err_fmt(&vm_exc_TypeError, "new() argument 'name' must be str, not %s", vm_tname(a[0]));
        return vm_err_fmt(&vm_exc_ValueError, "unsupported hash type %U", a[0]);
    }
    return hash_new(al, a[1] ? a[1] : a[3]);
}

#define CTOR(nm, idx)                                                                                     \
    static Val f_##nm(Val self, Val *args, size_t nargs, Val kwnames)                                     \
    {                                                                                                     \
        static const char *const kw[] = {"string", "usedforsecurity", NULL};                              \
        Val a[2];                                                                                         \
        if (!vm_parse_args("openssl_" #nm, args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;           \
        return hash_new(&algos[idx], a[0]);                                                               \
    }
CTOR(md5, 0)
CTOR(sha1, 1)
CTOR(sha224, 2)
CTOR(sha256, 3)
CTOR(sha384, 4)
CTOR(sha512, 5)

static Val f_pbkdf2_hmac(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    Val a[5];
    if (!vm_parse_args("pbkdf2_hmac", args, nargs, kwnames, kw, 0, 4, 5, a)) return NULL;
    if (!vm_is_str(a[0]))
        return vm_err_fmt(&vm_exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", vm_tname(a[0]));
    const HashAlgo *al = find_algo(a[0]);
    cr_span pw, salt;
    for (int i = 1; i <= 2; i++)
        if (!vm_is_bytes(a[i]) && !vm_isinstance_t(a[i], &vm_type_bytearray))
            return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(a[i]));
    pw = vm_bytes_span(a[1]);
    salt = vm_bytes_span(a[2]);
    int64_t iters, dklen;
    if (!vm_as_ssize(a[3], &iters, &vm_exc_OverflowError)) return NULL;
    if (iters < 1) return vm_err_str(&vm_exc_ValueError, "iteration value must be greater than 0.");
    if (!al) return vm_err_fmt(&vm_exc_ValueError, "unsupported hash type %U", a[0]);
    size_t hlen = digest_size(al);
    if (a[4] && a[4] != VM_None) {
        if (!vm_as_ssize(a[4], &dklen, &vm_exc_OverflowError)) return NULL;
        if (dklen < 1) return vm_err_str(&vm_exc_ValueError, "key length must be greater than 0.");
    } else {
        dklen = (int64_t)hlen;
    }
    if (iters > 0x7fffffff) return vm_err_str(&vm_exc_OverflowError, "iteration value is too great.");
    if (dklen > 0x7fffffff) return vm_err_str(&vm_exc_OverflowError, "key length is too great.");
    br_hmac_key_context kc;
    br_hmac_key_init(&kc, al->vt, pw.ptr, pw.len); /* boundary: span of live bytes */
    cr_buf out;
    cr_buf_init(&out);
    for (uint32_t block = 1; (int64_t)out.len < dklen; block++) {
        uint8_t u[64], t[64], cnt[4] = {(uint8_t)(block >> 24), (uint8_t)(block >> 16), (uint8_t)(block >> 8),
                                          (uint8_t)block};
        br_hmac_context hc;
        br_hmac_init(&hc, &kc, 0);
        br_hmac_update(&hc, salt.ptr, salt.len); /* boundary: span of live bytes */
        br_hmac_update(&hc, cnt, 4);
        br_hmac_out(&hc, u);
        for (size_t k = 0; k < hlen; k++) t[k] = u[k];
        for (int64_t j = 1; j < iters; j++) {
            br_hmac_init(&hc, &kc, 0);
            br_hmac_update(&hc, u, hlen);
            br_hmac_out(&hc, u);
            for (size_t k = 0; k < hlen; k++) t[k] ^= u[k];
        }
        size_t take = (size_t)(dklen - (int64_t)out.len) < hlen ? (size_t)(dklen - (int64_t)out.len) : hlen;
        cr_buf_append(&out, cr_span_make(t, take));
        if (out.failed) return vm_err_nomem();
    }
    return vm_bytes_new(cr_buf_span(&out));
}

/* Constant-time comparison: the time depends only on the length of b. */
static Val f_compare_digest(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("compare_digest", nargs, kwnames, 2, 2)) return NULL;
    Val a = args[0], b = args[1];
    cr_span sa, sb;
    if (vm_is_str(a) && vm_is_str(b)) {
        sa = vm_str_span(a);
        sb = vm_str_span(b);
        if (sa.len != vm_str_len(a) || sb.len != vm_str_len(b))
            return vm_err_str(&vm_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
    } else {
        bool ba = vm_is_bytes(a) || vm_isinstance_t(a, &vm_type_bytearray);
        bool bb = vm_is_bytes(b) || vm_isinstance_t(b, &vm_type_bytearray);
        if (!ba && !bb)
            return vm_err_fmt(&vm_exc_TypeError,
                              "unsupported operand types(s) or combination of types: '%s' and '%s'", vm_tname(a),
                              vm_tname(b));
        if (!ba) return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(a));
        if (!bb) return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(b));
        sa = vm_bytes_span(a);
        sb = vm_bytes_span(b);
    }
    /* Walk b whole; compare against a (or b itself when lengths differ). */
    uint8_t diff = sa.len != sb.len;
    for (size_t i = 0; i < sb.len; i++) {
        uint8_t x = sa.len == sb.len ? cr_span_at(sa, i) : cr_span_at(sb, i);
        diff |= (uint8_t)(x ^ cr_span_at(sb, i));
    }
    return vm_bool(diff == 0);
}

static const vm_methoddef hashlib_functions[] = {
    {"new", f_new, 0, NULL},
    {"openssl_md5", f_md5, 0, NULL},
    {"openssl_sha1", f_sha1, 0, NULL},
    {"openssl_sha224", f_sha224, 0, NULL},
    {"openssl_sha256", f_sha256, 0, NULL},
    {"openssl_sha384", f_sha384, 0, NULL},
    {"openssl_sha512", f_sha512, 0, NULL},
    {"pbkdf2_hmac", f_pbkdf2_hmac, 0, NULL},
    {"compare_digest", f_compare_digest, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int hashlib_init(Val module)
{
    if (!md_type_hash.mro && vm_type_ready(&md_type_hash) < 0) return -1;
    if (vm_module_add_functions(module, hashlib_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    return vm_dict_set_cstr(d, "HASH", obj_val(&md_type_hash));
}

int md_hashlib_register(void)
{
    vm_register_builtin_module("_hashlib", hashlib_init);
    return 0;
}
