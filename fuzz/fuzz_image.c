/* libFuzzer target: enclave images (.pce) and attestation reports as the
 * runtime receives them from an untrusted host or file.  The input goes
 * through en_image_verify (structure, manifest, module table, signature)
 * and, when accepted, through what the trusted loader does next
 * (load_image_modules, compute_exports in src/enclave/trusted.c): each
 * module name decoded as strict UTF-8, each code blob by vm_marshal_load
 * (which re-verifies the bytecode), each export name decoded.  Every span
 * the parser returns must lie inside the input.  The same bytes are also
 * parsed as a report (en_report_parse), whose re-encoded body must equal
 * the input's. */
#include "fuzz_common.h"

#include <string.h>

#include "enclave/enclave.h"
#include "vm/marshal.h"
#include "vm/str.h"

static const uint8_t *in_start;
static size_t in_size;

static void check_inside(cr_span s, const char *what)
{
    if (s.len == 0) return;
    uintptr_t p = (uintptr_t)s.ptr, lo = (uintptr_t)in_start;
    if (p < lo || s.len > in_size || p - lo > in_size - s.len) {
        fprintf(stderr, "fuzz_image: %s span lies outside the image\n", what);
        abort();
    }
}

static void decode_name(cr_span s)
{
    if (!vm_str_decode_utf8(s, "strict")) vm_err_clear();
}

static en_image img; /* large (the module table): static, not on the stack */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    in_start = data;
    in_size = size;
    cr_span in = cr_span_make(data, size);

    en_report r;
    if (en_report_parse(in, &r)) {
        uint8_t body[EN_REPORT_BODY];
        en_report_body(&r, body);
        if (memcmp(body, data, EN_REPORT_BODY) != 0) {
            fprintf(stderr, "fuzz_image: a parsed report does not re-encode to its body\n");
            abort();
        }
    }

    uint8_t mrenclave[32], mrsigner[32];
    if (en_image_verify(in, &img, mrenclave, mrsigner) != NULL) return 0;
    if (img.nmodules > EN_MAX_MODULES || img.m.nexports > EN_MAX_EXPORTS) abort();
    check_inside(img.measured, "measured");
    check_inside(img.m.app, "app name");
    decode_name(img.m.app);
    for (size_t i = 0; i < img.m.nexports; i++) {
        check_inside(img.m.exports[i], "export name");
        decode_name(img.m.exports[i]);
    }
    for (size_t i = 0; i < img.nmodules; i++) {
        check_inside(img.modules[i].name, "module name");
        check_inside(img.modules[i].code, "module code");
        decode_name(img.modules[i].name);
        Val code = vm_marshal_load(img.modules[i].code);
        if (!code) vm_err_clear();
    }
    return 0;
}
