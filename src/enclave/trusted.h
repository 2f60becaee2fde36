/* Internals of the trusted enclave runtime (prefix en_). */
#ifndef PYCLAVE_ENCLAVE_TRUSTED_H
#define PYCLAVE_ENCLAVE_TRUSTED_H

#include "enclave/enclave.h"
#include "vm/object.h"

/* Exit statuses of the enclave (the host reports them). */
enum { EN_EXIT_CHANNEL = 3, EN_EXIT_REFUSED = 4, EN_EXIT_PANIC = 70 };

/* The enclave's identity and key material (set at INIT). */
typedef struct {
    uint8_t mrenclave[32], mrsigner[32];
    uint8_t platform_secret[32], report_key[32];
    uint16_t prod_id, isv_svn;
    uint8_t debug;
} en_identity;
extern en_identity en_id;

void en_send_frame(uint8_t type, cr_span payload);
/* Mix host randomness into the DRBG (once per ECALL; random service only).
 * -1 with OSError set when the host's answer is malformed. */
int en_mix_host_random(void);
/* The host's clock (EN_OCALL_TIME / EN_OCALL_MONOTONIC; 0 without the time
 * service).  -1 with OSError set when the host's answer is malformed. */
int en_host_time(uint8_t service, int64_t *out);
/* A signed report (EN_REPORT_SIZE bytes appended to out); -1 with an
 * exception set. */
int en_make_report(cr_span report_data, cr_buf *out); /* at most 64 bytes, zero-padded */
/* The frame decoder (channel protocol, docs/ENCLAVE.md): payload length
 * from a 5-byte frame header; a CALL payload split into budget, function
 * name and CBOR arguments (false when malformed). */
uint32_t en_frame_len(cr_span hdr); /* hdr: at least 5 bytes */
bool en_call_parse(cr_span p, int64_t *budget, cr_span *name, cr_span *args);
/* The `enclave` module (module.c). */
int en_module_init(Val module);

#endif
