/* Python values <-> CBOR call format (trusted side, prefix en_). */
#ifndef PYCLAVE_ENCLAVE_CONVERT_H
#define PYCLAVE_ENCLAVE_CONVERT_H

#include "vm/object.h"

#define EN_CBOR_MAX_DEPTH 32
#define EN_CBOR_MAX_ITEMS ((size_t)1 << 20)

/* Decode one CBOR item (hostile input); NULL + ValueError when malformed. */
Val en_cbor_decode(cr_span data);
/* Append v's encoding; -1 with TypeError for values outside the format. */
int en_cbor_encode(Val v, cr_buf *out);

#endif
