/* Cryptography for the enclave runtime: thin wrappers over BearSSL (the only
 * crypto library used).  BearSSL needs no allocator and makes no system
 * calls, so it can live inside the trusted runtime. */
#include <bearssl.h>

#include "enclave/enclave.h"

void en_sha256(cr_span a, cr_span b, uint8_t out[32])
{
    br_sha256_context c;
    br_sha256_init(&c);
    if (a.len) br_sha256_update(&c, a.ptr, a.len);
    if (b.len) br_sha256_update(&c, b.ptr, b.len);
    br_sha256_out(&c, out);
}

bool en_ec_pub_from_priv(const uint8_t priv[32], uint8_t pub[65])
{
    uint8_t kbuf[32];
    cr_span k = cr_span_make(priv, 32);
    for (size_t i = 0; i < 32; i++) kbuf[i] = cr_span_at(k, i);
    br_ec_private_key sk = {BR_EC_secp256r1, kbuf, 32};
    br_ec_public_key pk;
    uint8_t out[BR_EC_KBUF_PUB_MAX_SIZE];
    size_t n = br_ec_compute_pub(&br_ec_p256_m31, &pk, out, &sk);
    if (n != 65) return false;
    for (size_t i = 0; i < 65; i++) pub[i] = out[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    return true;
}

bool en_ecdsa_sign(const uint8_t priv[32], const uint8_t hash[32], uint8_t sig[64])
{
    uint8_t kbuf[32];
    for (size_t i = 0; i < 32; i++) kbuf[i] = priv[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    br_ec_private_key sk = {BR_EC_secp256r1, kbuf, 32};
    uint8_t out[64];
    size_t n = br_ecdsa_i31_sign_raw(&br_ec_p256_m31, &br_sha256_vtable, hash, &sk, out);
    if (n != 64) return false;
    for (size_t i = 0; i < 64; i++) sig[i] = out[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    return true;
}

bool en_ecdsa_verify(const uint8_t pub[65], const uint8_t hash[32], const uint8_t sig[64])
{
    uint8_t q[65];
    for (size_t i = 0; i < 65; i++) q[i] = pub[i]; /* boundary: fixed-size buffer, constant bound from its declaration */
    br_ec_public_key pk = {BR_EC_secp256r1, q, 65};
    return br_ecdsa_i31_vrfy_raw(&br_ec_p256_m31, hash, 32, &pk, sig, 64) == 1;
}

void en_hkdf(cr_span salt, cr_span ikm, cr_span info, uint8_t out[32])
{
    br_hkdf_context h;
    br_hkdf_init(&h, &br_sha256_vtable, salt.ptr, salt.len);
    br_hkdf_inject(&h, ikm.ptr, ikm.len);
    br_hkdf_flip(&h);
    br_hkdf_produce(&h, info.ptr, info.len, out, 32);
}

static void gcm_start(br_gcm_context *g, br_aes_ct64_ctr_keys *k, const uint8_t key[32], const uint8_t iv[12],
                      cr_span aad)
{
    br_aes_ct64_ctr_init(k, key, 32);
    br_gcm_init(g, &k->vtable, br_ghash_ctmul64);
    br_gcm_reset(g, iv, 12);
    if (aad.len) br_gcm_aad_inject(g, aad.ptr, aad.len);
    br_gcm_flip(g);
}

/* The whole buffer is processed in place (BearSSL gets the buffer's own
 * pointer and length: no pointer arithmetic here). */
void en_gcm_encrypt(const uint8_t key[32], const uint8_t iv[12], cr_span aad, cr_buf *data, uint8_t tag[16])
{
    br_gcm_context g;
    br_aes_ct64_ctr_keys k;
    gcm_start(&g, &k, key, iv, aad);
    if (data->len) br_gcm_run(&g, 1, data->ptr, data->len);
    br_gcm_get_tag(&g, tag);
}

bool en_gcm_decrypt(const uint8_t key[32], const uint8_t iv[12], cr_span aad, cr_buf *data, const uint8_t tag[16])
{
    br_gcm_context g;
    br_aes_ct64_ctr_keys k;
    gcm_start(&g, &k, key, iv, aad);
    if (data->len) br_gcm_run(&g, 0, data->ptr, data->len);
    return br_gcm_check_tag(&g, tag) == 1;
}

static br_hmac_drbg_context drbg;
static bool drbg_ready;

void en_drbg_seed(cr_span seed)
{
    br_hmac_drbg_init(&drbg, &br_sha256_vtable, seed.ptr, seed.len);
    drbg_ready = true;
}

void en_drbg_mix(cr_span extra)
{
    if (!drbg_ready) en_drbg_seed(extra);
    else br_hmac_drbg_update(&drbg, extra.ptr, extra.len);
}

void en_drbg_fill(cr_buf *out, size_t n)
{
    if (!drbg_ready) cr_panic("enclave DRBG used before it was seeded");
    uint8_t chunk[64];
    while (n > 0) {
        size_t k = n < sizeof chunk ? n : sizeof chunk;
        br_hmac_drbg_generate(&drbg, chunk, k);
        if (!cr_buf_append(out, cr_span_make(chunk, k))) return;
        n -= k;
    }
}
