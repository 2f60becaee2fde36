/* libFuzzer target: the host side's JSON and CBOR conversion
 * (src/cli/enclave_json.c), fed by `pyclave serve` clients and command
 * lines (JSON requests) and by the enclave (CBOR results, untrusted from
 * the host's point of view).  The first byte picks the direction:
 *   even: the rest as JSON text -> cli_json_parse -> cli_json_to_cbor; the
 *         CBOR must validate and convert back to JSON that parses again;
 *   odd:  the rest as CBOR -> cli_cbor_to_json; the JSON must parse.
 * Everything is freed (LeakSanitizer checks the parser's error paths). */
#include "cli/enclave_json.c"

#include "core/cbor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void reparse(const cli_bytes *js, const char *what)
{
    const char *err = NULL;
    jv *v = cli_json_parse((const char *)js->p, js->len, &err);
    if (!v) {
        fprintf(stderr, "fuzz_cli_json: %s gave JSON that does not parse (%s): %.200s\n", what, err, js->p);
        abort();
    }
    cli_json_free(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    const uint8_t *p = data + 1;
    size_t n = size - 1;
    if ((data[0] & 1) == 0) {
        const char *err = NULL;
        jv *v = cli_json_parse((const char *)p, n, &err);
        if (!v) return 0;
        cli_bytes cb = {0};
        if (cli_json_to_cbor(v, &cb, &err)) {
            if (cr_cbor_validate(cr_span_make(cb.p, cb.len), CR_CBOR_MAX_DEPTH, (size_t)1 << 24) != CR_CBOR_OK) {
                fprintf(stderr, "fuzz_cli_json: JSON converted to invalid CBOR\n");
                abort();
            }
            cli_bytes js = {0};
            if (cli_cbor_to_json(cb.p, cb.len, &js)) reparse(&js, "JSON -> CBOR -> JSON");
            free(js.p);
        }
        free(cb.p);
        cli_json_free(v);
    } else {
        cli_bytes js = {0};
        if (cli_cbor_to_json(p, n, &js)) reparse(&js, "CBOR -> JSON");
        free(js.p);
    }
    return 0;
}
