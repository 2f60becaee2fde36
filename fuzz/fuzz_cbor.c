/* libFuzzer target: the enclave wire-format decoder (core/cbor.h and its
 * conversion to Python values in enclave/convert.c).  The raw reader walks
 * every item; if the input decodes to a Python value, that value is encoded
 * again and the encoding must decode once more (the encoder emits only the
 * subset the decoder accepts). */
#include "fuzz_common.h"

#include "core/cbor.h"
#include "enclave/convert.h"

/* Walk the raw items; the reader alone must be safe on any bytes. */
static void walk_raw(cr_span s)
{
    cr_cbor_reader r = {s, 0};
    cr_cbor_item it;
    for (int i = 0; i < 100000; i++) {
        if (cr_cbor_next(&r, &it) != CR_CBOR_OK) break;
        if (r.pos > s.len) abort(); /* the reader ran past its input */
        if (r.pos == s.len) break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    cr_span in = cr_span_make(data, size);
    walk_raw(in);
    (void)cr_cbor_validate(in, CR_CBOR_MAX_DEPTH, 4096);
    Val v = en_cbor_decode(in);
    if (!v) {
        vm_err_clear();
        return 0;
    }
    cr_buf out;
    cr_buf_init(&out);
    if (en_cbor_encode(v, &out) < 0 || out.failed) {
        vm_err_clear();
        return 0;
    }
    /* What we encoded ourselves must be accepted again (memory errors
     * aside: the heap is bounded). */
    Val again = en_cbor_decode(cr_buf_span(&out));
    if (!again) {
        if (!vm_err_matches(&vm_exc_MemoryError)) {
            fprintf(stderr, "fuzz_cbor: re-encoded value does not decode\n");
            abort();
        }
        vm_err_clear();
    }
    return 0;
}
