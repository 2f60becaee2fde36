/* The `enclave` module (trusted side): identity, sealing, reports and
 * trusted randomness for Python code running inside an enclave.
 *
 *   measurement() -> bytes (MRENCLAVE, 32 bytes)
 *   signer() -> bytes (MRSIGNER, 32 bytes; zeros for an unsigned image)
 *   seal(data, aad=b"", policy="mrsigner") -> bytes
 *   unseal(blob) -> bytes
 *   report(report_data) -> bytes (signed report, EN_REPORT_SIZE bytes)
 *   random(n) -> bytes
 *   sha256(data) -> bytes (32)
 *   untrusted_time() -> float (the host's wall clock, via an OCALL)
 *   security_version() -> int, product_id() -> int, debug() -> bool
 *
 * Seal blob (docs/ENCLAVE.md): "PCSL" ver:u8 policy:u8 prod_id:u16 svn:u16
 * nonce[12] aad_len:u32 aad ciphertext tag[16]; everything before the
 * ciphertext is authenticated as GCM additional data.  Key: HKDF-SHA256
 * (salt "pyclave-seal-v1", ikm platform secret, info policy || identity ||
 * prod_id || svn), identity = MRENCLAVE || MRSIGNER or MRSIGNER || zeros by policy.
 */
#include "enclave/enclave.h"
#include "enclave/trusted.h"
#include "core/host.h"

enum { POLICY_MRENCLAVE = 1, POLICY_MRSIGNER = 2 };
#define SEAL_HDR 26 /* magic 4, ver 1, policy 1, prod 2, svn 2, nonce 12, aadlen 4 */

static Val bytes32(const uint8_t b[32]) { return vm_bytes_new(cr_span_make(b, 32)); }

static Val m_measurement(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("measurement", nargs, kwnames, 0, 0)) return NULL;
    return bytes32(en_id.mrenclave);
}

static Val m_signer(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("signer", nargs, kwnames, 0, 0)) return NULL;
    return bytes32(en_id.mrsigner);
}

static Val m_security_version(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("security_version", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_i64(en_id.isv_svn);
}

static Val m_product_id(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("product_id", nargs, kwnames, 0, 0)) return NULL;
    return vm_int_from_i64(en_id.prod_id);
}

static Val m_debug(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("debug", nargs, kwnames, 0, 0)) return NULL;
    return vm_bool(en_id.debug != 0);
}

static bool bytes_arg(Val v, const char *fname, const char *pname, cr_span *out)
{
    if (!vm_isinstance_t(v, &vm_type_bytes) && !vm_isinstance_t(v, &vm_type_bytearray)) {
        vm_err_fmt(&vm_exc_TypeError, "%s() argument '%s' must be bytes, not %s", fname, pname, vm_tname(v));
        return false;
    }
    *out = vm_bytes_span(v);
    return true;
}

static void seal_key(uint8_t policy, uint16_t prod, uint16_t svn, uint8_t key[32])
{
    /* mrenclave policy: MRENCLAVE and MRSIGNER (the same code under another
     * signer gets another key); mrsigner policy: MRSIGNER and the product. */
    uint8_t info[1 + 64 + 4];
    info[0] = policy;
    for (size_t i = 0; i < 32; i++) {
        info[1 + i] = policy == POLICY_MRENCLAVE ? en_id.mrenclave[i] : en_id.mrsigner[i];
        info[33 + i] = policy == POLICY_MRENCLAVE ? en_id.mrsigner[i] : 0;
    }
    info[65] = (uint8_t)prod;
    info[66] = (uint8_t)(prod >> 8);
    info[67] = (uint8_t)svn;
    info[68] = (uint8_t)(svn >> 8);
    en_hkdf(cr_span_cstr("pyclave-seal-v1"), cr_span_make(en_id.platform_secret, 32), cr_span_make(info, sizeof info),
            key);
}

static Val m_seal(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"data", "aad", "policy", NULL};
    Val a[3];
    if (!vm_parse_args("seal", args, nargs, kwnames, kw, 0, 1, 3, a)) return NULL;
    cr_span data, aad = cr_span_make(NULL, 0);
    if (!bytes_arg(a[0], "seal", "data", &data)) return NULL;
    if (a[1] && !bytes_arg(a[1], "seal", "aad", &aad)) return NULL;
    uint8_t policy = POLICY_MRSIGNER;
    if (a[2]) {
        if (!vm_is_str(a[2])) return vm_err_fmt(&vm_exc_TypeError, "seal() argument 'policy' must be str, not %s", vm_tname(a[2]));
        if (vm_str_eq_cstr(a[2], "mrenclave")) policy = POLICY_MRENCLAVE;
        else if (!vm_str_eq_cstr(a[2], "mrsigner"))
            return vm_err_fmt(&vm_exc_ValueError, "seal policy must be 'mrenclave' or 'mrsigner', not %R", a[2]);
    }
    if (aad.len > UINT32_MAX || data.len > ((size_t)1 << 30)) return vm_err_str(&vm_exc_OverflowError, "data too large to seal");
    if (en_mix_host_random() < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, "PCSL");
    cr_buf_byte(&b, 1);
    cr_buf_byte(&b, policy);
    uint16_t vals[2] = {en_id.prod_id, en_id.isv_svn};
    for (int i = 0; i < 2; i++) {
        cr_buf_byte(&b, (uint8_t)vals[i]);
        cr_buf_byte(&b, (uint8_t)(vals[i] >> 8));
    }
    en_drbg_fill(&b, 12);
    for (int i = 0; i < 4; i++) cr_buf_byte(&b, (uint8_t)(aad.len >> (8 * i)));
    cr_buf_append(&b, aad);
    cr_buf body;
    cr_buf_init(&body);
    cr_buf_append(&body, data);
    if (b.failed || body.failed) return vm_err_nomem();
    uint8_t key[32], iv[12], tag[16];
    seal_key(policy, en_id.prod_id, en_id.isv_svn, key);
    cr_span hdr = cr_buf_span(&b);
    for (size_t i = 0; i < 12; i++) iv[i] = cr_span_at(hdr, 10 + i);
    en_gcm_encrypt(key, iv, hdr, &body, tag);
    if (!cr_buf_append(&b, cr_buf_span(&body)) || !cr_buf_append(&b, cr_span_make(tag, 16))) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static Val unseal_error(const char *why) { return vm_err_fmt(&vm_exc_ValueError, "unseal failed: %s", why); }

static Val m_unseal(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"blob", NULL};
    Val a[1];
    if (!vm_parse_args("unseal", args, nargs, kwnames, kw, 0, 1, 1, a)) return NULL;
    cr_span s;
    if (!bytes_arg(a[0], "unseal", "blob", &s)) return NULL;
    if (s.len < SEAL_HDR + 16 || !cr_span_eq(cr_span_sub(s, 0, 5), cr_span_make("PCSL\1", 5)))
        return unseal_error("not a sealed blob");
    uint8_t policy = cr_span_at(s, 5);
    if (policy != POLICY_MRENCLAVE && policy != POLICY_MRSIGNER) return unseal_error("unknown policy");
    uint16_t prod = (uint16_t)(cr_span_at(s, 6) | cr_span_at(s, 7) << 8);
    uint16_t svn = (uint16_t)(cr_span_at(s, 8) | cr_span_at(s, 9) << 8);
    size_t aadlen = 0;
    for (int i = 0; i < 4; i++) aadlen |= (size_t)cr_span_at(s, 22 + (size_t)i) << (8 * i);
    if (aadlen > s.len - SEAL_HDR - 16) return unseal_error("truncated blob");
    if (prod != en_id.prod_id) return unseal_error("sealed for another product id");
    if (svn > en_id.isv_svn) return unseal_error("sealed by a newer security version");
    size_t ct = SEAL_HDR + aadlen;
    uint8_t key[32], iv[12], tag[16];
    for (size_t i = 0; i < 12; i++) iv[i] = cr_span_at(s, 10 + i);
    for (size_t i = 0; i < 16; i++) tag[i] = cr_span_at(s, s.len - 16 + i);
    seal_key(policy, prod, svn, key);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_append(&b, cr_span_sub(s, ct, s.len - 16 - ct))) return vm_err_nomem();
    if (!en_gcm_decrypt(key, iv, cr_span_sub(s, 0, ct), &b, tag))
        return unseal_error("authentication failed (tampered data, or sealed by another enclave identity)");
    return vm_bytes_new(cr_buf_span(&b));
}

static Val m_report(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"report_data", NULL};
    Val a[1];
    if (!vm_parse_args("report", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    cr_span d = cr_span_make(NULL, 0);
    if (a[0] && !bytes_arg(a[0], "report", "report_data", &d)) return NULL;
    if (d.len > 64) return vm_err_fmt(&vm_exc_ValueError, "report_data must be at most 64 bytes, not %zu", d.len);
    cr_buf out;
    cr_buf_init(&out);
    if (en_make_report(d, &out) < 0) return NULL;
    return vm_bytes_new(cr_buf_span(&out));
}

/* A signed report over report_data (also /dev/attestation/report). */
int en_make_report(cr_span report_data, cr_buf *out)
{
    en_report r;
    r.flags = en_id.debug ? 1 : 0;
    for (size_t i = 0; i < 32; i++) {
        r.mrenclave[i] = en_id.mrenclave[i];
        r.mrsigner[i] = en_id.mrsigner[i];
    }
    r.prod_id = en_id.prod_id;
    r.isv_svn = en_id.isv_svn;
    for (size_t i = 0; i < 64; i++) r.report_data[i] = i < report_data.len ? cr_span_at(report_data, i) : 0;
    uint8_t body[EN_REPORT_BODY], hash[32], sig[64];
    en_report_body(&r, body);
    en_sha256(cr_span_make(body, EN_REPORT_BODY), cr_span_make(NULL, 0), hash);
    if (!en_ecdsa_sign(en_id.report_key, hash, sig)) {
        vm_err_str(&vm_exc_RuntimeError, "report signing failed");
        return -1;
    }
    if (!cr_buf_append(out, cr_span_make(body, EN_REPORT_BODY)) || !cr_buf_append(out, cr_span_make(sig, 64))) {
        vm_err_nomem();
        return -1;
    }
    return 0;
}

static Val m_random(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("random", nargs, kwnames, 1, 1)) return NULL;
    int64_t n;
    if (!vm_as_ssize(args[0], &n, &vm_exc_OverflowError)) return NULL;
    if (n < 0) return vm_err_str(&vm_exc_ValueError, "negative count");
    if (n > (1 << 24)) return vm_err_str(&vm_exc_ValueError, "at most 16 MiB of random bytes per call");
    if (en_mix_host_random() < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    en_drbg_fill(&b, (size_t)n);
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static Val m_sha256(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("sha256", nargs, kwnames, 1, 1)) return NULL;
    cr_span d;
    if (!bytes_arg(args[0], "sha256", "data", &d)) return NULL;
    uint8_t h[32];
    en_sha256(d, cr_span_make(NULL, 0), h);
    return bytes32(h);
}

/* Wall-clock time from the host (an OCALL): the enclave has no clock of
 * its own, so this is whatever the host says.  0.0 when the manifest does
 * not allow the time service. */
static Val m_untrusted_time(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("untrusted_time", nargs, kwnames, 0, 0)) return NULL;
    int64_t ns = 0;
    if (en_host_time(EN_OCALL_TIME, &ns) < 0) return NULL; /* the host answered nonsense */
    return vm_float_new((double)ns / 1e9);
}

static const vm_methoddef enclave_methods[] = {
    {"untrusted_time", m_untrusted_time, 0, "untrusted_time() -> float seconds from the host's clock"},
    {"sha256", m_sha256, 0, "sha256(data) -> 32-byte digest (BearSSL)"},
    {"measurement", m_measurement, 0, "MRENCLAVE of this enclave (32 bytes)."},
    {"signer", m_signer, 0, "MRSIGNER of this enclave (32 bytes)."},
    {"security_version", m_security_version, 0, NULL},
    {"product_id", m_product_id, 0, NULL},
    {"debug", m_debug, 0, NULL},
    {"seal", m_seal, 0, "seal(data, aad=b'', policy='mrsigner') -> sealed blob"},
    {"unseal", m_unseal, 0, "unseal(blob) -> data"},
    {"report", m_report, 0, "report(report_data) -> signed report"},
    {"random", m_random, 0, "random(n) -> n bytes from the enclave DRBG"},
    {NULL, NULL, 0, NULL},
};

int en_module_init(Val module)
{
    if (vm_module_add_functions(module, enclave_methods) < 0) return -1;
    Val sz = vm_int_from_i64(EN_REPORT_SIZE);
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    return sz && vm_dict_set_cstr(d, "REPORT_SIZE", sz) == 0 ? 0 : -1;
}
