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
/* Mix host randomness into the DRBG (once per ECALL; random service only). */
void en_mix_host_random(void);
/* The `enclave` module (module.c). */
int en_module_init(Val module);

#endif
