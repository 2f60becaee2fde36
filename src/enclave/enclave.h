/* Enclave runtime: formats shared by the trusted side (src/enclave) and the
 * untrusted host (src/host, src/cli).  Prefix en_.  Formats are described in
 * docs/ENCLAVE.md; this header is their single source of truth in C.
 *
 * This header and src/enclave/{image,crypto}.c use only the core layer
 * (spans, buffers) so that they can be built freestanding inside the
 * trusted runtime.
 */
#ifndef PYCLAVE_ENCLAVE_ENCLAVE_H
#define PYCLAVE_ENCLAVE_ENCLAVE_H

#include "core/buf.h"

#define EN_RUNTIME_VERSION "pyclave-trusted-runtime 0.1.0"

/* ---- enclave image (.pce) ---- */
#define EN_IMAGE_MAGIC "PCE\0"
#define EN_IMAGE_VERSION 1u
#define EN_IMAGE_MAX_SIZE ((size_t)256 << 20)
enum { EN_SEC_MANIFEST = 1, EN_SEC_MODULE = 2, EN_SEC_SIGNATURE = 3 };
enum { EN_MOD_PACKAGE = 1, EN_MOD_APP = 2 };
/* Host services an image may use (manifest "services"); log is print(). */
enum { EN_SVC_LOG = 1, EN_SVC_TIME = 2, EN_SVC_RANDOM = 4 };
#define EN_MAX_EXPORTS 256
#define EN_MAX_MODULES 1024

typedef struct {
    uint64_t heap_size;      /* HeapMaxSize: bytes of GC heap */
    uint32_t stack_max;      /* StackMaxSize analogue: Python recursion limit */
    int64_t budget;          /* per-call instruction budget (-1 unlimited) */
    uint32_t services;       /* EN_SVC_* */
    uint8_t debug;           /* 1: debug enclave (DisableDebug = 0) */
    uint8_t signed_build;    /* 1: built with --sign; an image without its
                              * signature section is then refused */
    uint16_t prod_id;        /* ProdID */
    uint16_t isv_svn;        /* ISVSVN */
    cr_span app;             /* name of the app module */
    size_t nexports;         /* 0: __all__ or public top-level functions */
    cr_span exports[EN_MAX_EXPORTS];
} en_manifest;

typedef struct {
    cr_span name;
    uint8_t flags;           /* EN_MOD_* */
    cr_span code;            /* marshal blob (vm/marshal.h) */
} en_module_entry;

typedef struct {
    en_manifest m;
    size_t nmodules;
    en_module_entry modules[EN_MAX_MODULES];
    cr_span measured;        /* bytes covered by MRENCLAVE and the signature */
    bool signed_;
    uint8_t pubkey[65];      /* uncompressed P-256 point */
    uint8_t sig[64];         /* raw r || s over MRENCLAVE */
} en_image;

/* Parse and structurally check an image.  Returns NULL on success or a
 * static message naming the defect.  Does not check the signature. */
const char *en_image_parse(cr_span data, en_image *img);
/* Serialise a manifest (section payload). */
bool en_manifest_write(const en_manifest *m, cr_buf *out);
bool en_section_begin(cr_buf *out, uint32_t type, size_t len);

/* ---- identities ---- */
/* SHA-256 of the trusted runtime's identity (EN_RUNTIME_VERSION, the
 * bytecode/marshal format versions, the frozen library and the hash of the
 * trusted object's code: see docs/ENCLAVE.md). */
void en_runtime_identity(uint8_t out[32]);
/* SHA-256 of the trusted object's loaded code and data, generated at build
 * time (Makefile: $(BUILD)/gen/trusted_hash.c); in sanitizer builds, which
 * run the in-binary copy of the runtime, a fixed "not measured" marker. */
extern const uint8_t en_trusted_code_hash[32];
/* MRENCLAVE = SHA-256("PYCLAVE-MRENCLAVE\0" || identity || measured). */
void en_mrenclave(cr_span measured, uint8_t out[32]);
/* MRSIGNER = SHA-256(pubkey), all zero for an unsigned image. */
void en_mrsigner(const en_image *img, uint8_t out[32]);
/* Full check: structure, then the signature when present.  NULL or a message. */
const char *en_image_verify(cr_span data, en_image *img, uint8_t mrenclave[32], uint8_t mrsigner[32]);

/* ---- reports ---- */
#define EN_REPORT_BODY 140
#define EN_REPORT_SIZE (EN_REPORT_BODY + 64)
typedef struct {
    uint16_t flags; /* bit 0: debug */
    uint8_t mrenclave[32], mrsigner[32];
    uint16_t prod_id, isv_svn;
    uint8_t report_data[64];
} en_report;
void en_report_body(const en_report *r, uint8_t out[EN_REPORT_BODY]);
bool en_report_parse(cr_span data, en_report *r);

/* ---- crypto (BearSSL) ---- */
void en_sha256(cr_span a, cr_span b, uint8_t out[32]);
/* P-256: private key 32 bytes; public 65 bytes uncompressed. */
bool en_ec_pub_from_priv(const uint8_t priv[32], uint8_t pub[65]);
bool en_ecdsa_sign(const uint8_t priv[32], const uint8_t hash[32], uint8_t sig[64]);
bool en_ecdsa_verify(const uint8_t pub[65], const uint8_t hash[32], const uint8_t sig[64]);
void en_hkdf(cr_span salt, cr_span ikm, cr_span info, uint8_t out[32]);
/* AES-256-GCM in place on the whole buffer; tag 16 bytes.  Decrypt
 * returns false when the tag does not match. */
void en_gcm_encrypt(const uint8_t key[32], const uint8_t iv[12], cr_span aad, cr_buf *data, uint8_t tag[16]);
bool en_gcm_decrypt(const uint8_t key[32], const uint8_t iv[12], cr_span aad, cr_buf *data, const uint8_t tag[16]);
/* The enclave's DRBG (HMAC_DRBG / SHA-256). */
void en_drbg_seed(cr_span seed);
void en_drbg_mix(cr_span extra);
void en_drbg_fill(cr_buf *out, size_t n);

/* ---- channel protocol ----
 * A frame is u32 payload length (LE), u8 type, then the payload. */
#define EN_FRAME_MAX ((size_t)64 << 20)
enum {
    /* host -> enclave */
    EN_H_INIT = 1,   /* secret[32] report_key[32] seed[48] image... */
    EN_H_CALL = 2,   /* i64 budget, u16 n, name[n], CBOR array of arguments */
    EN_H_REPLY = 3,  /* answer to an OCALL */
    EN_H_DEBUG = 4,  /* u8 op (debug enclaves only) */
    /* enclave -> host */
    EN_E_READY = 10, /* mrenclave[32] mrsigner[32] */
    EN_E_FAIL = 11,  /* text: why the image was refused */
    EN_E_RESULT = 12, /* CBOR */
    EN_E_ERROR = 13, /* u8 kind, CBOR [type, message, traceback] */
    EN_E_LOG = 14,   /* u8 stream (1 stdout, 2 stderr), bytes */
    EN_E_OCALL = 15, /* u8 service, args */
};
enum { EN_ERR_EXCEPTION = 1, EN_ERR_BUDGET = 2, EN_ERR_REFUSED = 3, EN_ERR_BADARGS = 4, EN_ERR_CANCELLED = 5 };
/* The budget is handed to the interpreter in slices; between slices the
 * enclave looks at the host's cancel flag. */
#define EN_BUDGET_SLICE 65536
enum { EN_OCALL_TIME = 1, EN_OCALL_MONOTONIC = 2, EN_OCALL_RANDOM = 3 };
enum { EN_DEBUG_PANIC = 1, EN_DEBUG_GARBAGE = 2, EN_DEBUG_SYSCALL = 3 };

/* ---- the trusted entry (src/enclave/trusted.c) ----
 * The backend gives the trusted runtime raw channel primitives; everything
 * else (framing, validation) is done inside. */
typedef struct {
    /* Read exactly n bytes (false on end of file / error). */
    bool (*read)(void *buf, size_t n);
    bool (*write)(const void *buf, size_t n);
    /* Enter the sandbox (seccomp); after this only read/write/exit work. */
    bool (*lockdown)(void);
    void (*exit)(int status); /* must not return */
    void *(*reserve)(size_t n); /* before lockdown only */
    size_t heap_size;
    size_t c_stack_limit;
    void *stack_base;
    uint8_t boot_seed[32]; /* randomness for start-up (str hash seed) */
    /* A byte of memory shared with the host (untrusted, like SGX's
     * untrusted memory): nonzero asks the running call to stop. */
    const volatile uint8_t *cancel;
    /* Where the backend placed the trusted runtime's static data (data and
     * bss): scanned as GC roots, since static Types and slots hold heap
     * pointers.  NULL: none registered. */
    const void *static_start, *static_end;
} en_channel;
_Noreturn void en_trusted_main(const en_channel *ch);
/* The entry point of the freestanding trusted object (`make trusted`,
 * build/.../trusted/pyclave-trusted.o): its only global symbol.  Defined
 * only in that object (PC_TRUSTED); the sandbox child calls it. */
_Noreturn void en_trusted_entry(const en_channel *ch);

#endif
