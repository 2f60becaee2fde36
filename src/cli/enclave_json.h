/* JSON <-> CBOR for the enclave subcommands (untrusted side, prefix cli_). */
#ifndef PYCLAVE_CLI_ENCLAVE_JSON_H
#define PYCLAVE_CLI_ENCLAVE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint8_t *p;
    size_t len, cap;
} cli_bytes;
void cli_bytes_put(cli_bytes *b, const void *data, size_t n);
void cli_bytes_byte(cli_bytes *b, uint8_t c);

enum { JV_NULL, JV_FALSE, JV_TRUE, JV_INT, JV_FLOAT, JV_STR, JV_ARRAY, JV_OBJECT };
typedef struct jv {
    int type;
    char *s;        /* JV_STR (UTF-8, len n), JV_INT (decimal digits with sign) */
    size_t n;
    double f;
    struct jv **items; /* array items / object values */
    char **keys;       /* object keys (NUL-terminated) */
    size_t *keylens;
    size_t count;
} jv;

/* Parse one JSON text (whole string); NULL with *err set on error. */
jv *cli_json_parse(const char *text, size_t len, const char **err);
void cli_json_free(jv *v);
/* Object member lookup. */
jv *cli_json_get(const jv *obj, const char *key);
/* jv -> CBOR ({"$bytes": b64} -> bytes, {"$tuple": [...]} -> tuple);
 * false with *err on a bad value. */
bool cli_json_to_cbor(const jv *v, cli_bytes *out, const char **err);
/* One CBOR item -> JSON text (NUL-terminated, appended); false if it is
 * malformed or has non-text map keys nested more than 4 deep in keys. */
bool cli_cbor_to_json(const uint8_t *p, size_t n, cli_bytes *out);
void cli_json_string(cli_bytes *out, const char *s, size_t n);
/* base64 (standard alphabet, padded). */
void cli_base64(cli_bytes *out, const uint8_t *p, size_t n);
bool cli_unbase64(const char *s, size_t n, cli_bytes *out);

#endif
