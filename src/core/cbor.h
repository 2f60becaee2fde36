/* CBOR (RFC 8949) subset on raw bytes (core layer, prefix cr_cbor_).
 *
 * The argument/result format of enclave calls (docs/ENCLAVE.md).  This file
 * knows bytes only; turning items into Python values is the enclave's job
 * (src/enclave/convert.c).  The decoder is written for hostile input: every
 * read is bounds-checked, nesting depth and item counts are bounded, and a
 * malformed input gives an error code, never a crash.
 *
 * Subset accepted (and emitted):
 *   major 0/1 unsigned/negative integers (arguments up to 8 bytes)
 *   major 2 byte string, major 3 text string (definite length only)
 *   major 4 array, major 5 map (definite length only)
 *   major 6 tags: 2 positive bignum, 3 negative bignum (content: a byte
 *           string, big-endian magnitude), CR_CBOR_TAG_TUPLE (an array that
 *           is a Python tuple)
 *   major 7: false (20), true (21), null (22), float64 (27); float32 (26)
 *           and float16 (25) are accepted on input.
 * Refused: indefinite lengths, undefined (23), other simple values, other
 * tags, non-shortest is accepted (lenient) but never produced.
 */
#ifndef PYCLAVE_CORE_CBOR_H
#define PYCLAVE_CORE_CBOR_H

#include "core/buf.h"

/* Tag marking an array as a Python tuple (a private-use tag number, "py"
 * in ASCII: 0x7079). */
#define CR_CBOR_TAG_TUPLE 28793u
#define CR_CBOR_MAX_DEPTH 64

enum {
    CR_CBOR_UINT = 0, CR_CBOR_NEGINT = 1, CR_CBOR_BYTES = 2, CR_CBOR_TEXT = 3,
    CR_CBOR_ARRAY = 4, CR_CBOR_MAP = 5, CR_CBOR_TAG = 6,
    /* major 7, split up: */
    CR_CBOR_FALSE = 8, CR_CBOR_TRUE = 9, CR_CBOR_NULL = 10, CR_CBOR_FLOAT = 11,
};

/* Error codes (negative). */
enum {
    CR_CBOR_OK = 0,
    CR_CBOR_ETRUNC = -1,     /* input ends inside an item */
    CR_CBOR_EUNSUPPORTED = -2, /* valid CBOR outside the subset */
    CR_CBOR_EMALFORMED = -3, /* reserved additional info etc. */
    CR_CBOR_EDEPTH = -4,     /* nested too deeply */
    CR_CBOR_ETOOBIG = -5,    /* a count or size beyond the limits */
    CR_CBOR_ETRAILING = -6,  /* bytes after the top-level item */
};
/*@ ensures valid_read_string(\result); */
const char *cr_cbor_strerror(int code);

typedef struct {
    int kind;       /* CR_CBOR_UINT ... CR_CBOR_FLOAT */
    uint64_t arg;   /* value (ints), length (bytes/text), count (array/map), tag number */
    double f;       /* CR_CBOR_FLOAT */
    cr_span data;   /* CR_CBOR_BYTES / CR_CBOR_TEXT content */
} cr_cbor_item;

typedef struct {
    cr_span s;
    size_t pos;
} cr_cbor_reader;

/* Read the next item's head (for strings, also their content).  Arrays,
 * maps and tags are followed by their contents as further items. */
/*@ requires \valid(r) && \valid(it) && \separated(r, it);
    requires r->pos <= r->s.len && cr_span_ok(r->s);
    ensures r->pos <= r->s.len; */
int cr_cbor_next(cr_cbor_reader *r, cr_cbor_item *it);
/* Check that s is exactly one well-formed item of the subset, with nesting
 * at most max_depth and at most max_items items in total. */
/*@ requires cr_span_ok(s);
    ensures \result <= 0; */
int cr_cbor_validate(cr_span s, int max_depth, size_t max_items);

/* Encoder: append to a buffer (false when memory ran out). */
/*@ requires cr_buf_ok(b) && 0 <= major <= 7; */
bool cr_cbor_put_head(cr_buf *b, int major, uint64_t arg);
/*@ requires cr_buf_ok(b); */
bool cr_cbor_put_uint(cr_buf *b, uint64_t u);
/*@ requires cr_buf_ok(b); */
bool cr_cbor_put_int(cr_buf *b, int64_t i);
/*@ requires cr_buf_ok(b) && cr_span_ok(s); */
bool cr_cbor_put_bytes(cr_buf *b, cr_span s);
/*@ requires cr_buf_ok(b) && cr_span_ok(s); */
bool cr_cbor_put_text(cr_buf *b, cr_span s);
/*@ requires cr_buf_ok(b); */
bool cr_cbor_put_simple(cr_buf *b, int kind); /* CR_CBOR_FALSE / TRUE / NULL */
/*@ requires cr_buf_ok(b); */
bool cr_cbor_put_float(cr_buf *b, double d);

#endif
