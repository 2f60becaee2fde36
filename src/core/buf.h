/* Checked memory primitives (core layer).  Code outside src/core touches heap
 * memory only through these: spans (bounded read-only views), byte buffers
 * and value vectors.  Every index is checked with one unsigned compare; a
 * failed check is a broken invariant and stops the runtime (cr_panic), it is
 * never undefined behaviour.  Callers that take indices from Python code
 * check them first and raise IndexError; these checks are the safety net.
 *
 * The ACSL contracts (checked by Frama-C, verify/drv_buf.c) state what a
 * caller must provide: valid cr_buf / cr_vals objects and spans whose bytes
 * are readable.  Indices and offsets need no precondition: out of range
 * they end in cr_panic_bounds, never in an out-of-bounds access.
 */
#ifndef PYCLAVE_CORE_BUF_H
#define PYCLAVE_CORE_BUF_H

#include "core/mem.h"

/*@ assigns \nothing;
    ensures \false; */
_Noreturn void cr_panic_bounds(void);

/* ---- overflow-checked size arithmetic ---- */
static inline bool cr_add_ok(size_t a, size_t b, size_t *out) { return !__builtin_add_overflow(a, b, out); }
static inline bool cr_mul_ok(size_t a, size_t b, size_t *out) { return !__builtin_mul_overflow(a, b, out); }

/* ---- spans: read-only byte views ---- */
typedef struct {
    const uint8_t *ptr;
    size_t len;
} cr_span;
/* A span whose bytes are all readable (the contract of every span argument). */
/*@ predicate cr_span_ok(cr_span s) = \valid_read(s.ptr + (0 .. s.len - 1)); */

static inline cr_span cr_span_make(const void *p, size_t n) { cr_span s = {(const uint8_t *)p, n}; return s; }
/*@ requires valid_read_string(s); ensures cr_span_ok(\result); */
cr_span cr_span_cstr(const char *s);
/*@ requires cr_span_ok(s); */
static inline uint8_t cr_span_at(cr_span s, size_t i)
{
    if (i >= s.len) cr_panic_bounds();
    return s.ptr[i];
}
/* s[off : off+n]; panics unless off+n <= len. */
/*@ requires cr_span_ok(s); ensures cr_span_ok(\result); */
cr_span cr_span_sub(cr_span s, size_t off, size_t n);
/* s[off:] */
/*@ requires cr_span_ok(s); ensures cr_span_ok(\result); */
cr_span cr_span_from(cr_span s, size_t off);
/*@ requires cr_span_ok(a) && cr_span_ok(b); */
bool cr_span_eq(cr_span a, cr_span b);
/*@ requires cr_span_ok(a) && cr_span_ok(b); */
int cr_span_cmp(cr_span a, cr_span b); /* <0, 0, >0 like memcmp, then by length */
/* Index of needle in hay at or after start, or -1. */
/*@ requires cr_span_ok(hay) && cr_span_ok(needle); */
int64_t cr_span_find(cr_span hay, cr_span needle, size_t start);
/*@ requires cr_span_ok(hay) && cr_span_ok(needle); */
int64_t cr_span_rfind(cr_span hay, cr_span needle);
/*@ requires cr_span_ok(hay); */
int64_t cr_span_find_byte(cr_span hay, uint8_t c, size_t start);

/* ---- growable byte buffer (GC heap, NOSCAN) ---- */
typedef struct {
    uint8_t *ptr;
    size_t len, cap;
    bool failed; /* an allocation failed: the content is incomplete */
} cr_buf;
/* The buffer invariant: no storage yet, or len < cap (room for the NUL) and
 * cap writable bytes. */
/*@ predicate cr_buf_inv(cr_buf *b) =
        \valid_read(b) &&
        (b->ptr == \null ? b->len == 0 && b->cap == 0
                         : b->len < b->cap && \valid(b->ptr + (0 .. b->cap - 1)));
    predicate cr_buf_ok(cr_buf *b) = \valid(b) && cr_buf_inv(b);
*/

/*@ requires \valid(b);
    ensures b->ptr == \null && b->len == 0 && b->cap == 0 && !b->failed; */
void cr_buf_init(cr_buf *b);
/* All appends return false (and set b->failed) if memory ran out. */
/*@ requires cr_buf_ok(b); */
bool cr_buf_reserve(cr_buf *b, size_t extra);
/*@ requires cr_buf_ok(b); */
bool cr_buf_byte(cr_buf *b, uint8_t c);
/*@ requires cr_buf_ok(b) && cr_span_ok(s); */
bool cr_buf_append(cr_buf *b, cr_span s);
/*@ requires cr_buf_ok(b) && valid_read_string(s); */
bool cr_buf_cstr(cr_buf *b, const char *s);
/*@ requires cr_buf_ok(b); */
bool cr_buf_repeat(cr_buf *b, uint8_t c, size_t n);
/*@ requires cr_buf_ok(b); */
bool cr_buf_utf8(cr_buf *b, uint32_t codepoint); /* encodes one code point */
static inline cr_span cr_buf_span(const cr_buf *b) { return cr_span_make(b->ptr, b->len); }
/*@ requires cr_buf_inv(b); */
uint8_t cr_buf_get(const cr_buf *b, size_t i);
/*@ requires cr_buf_ok(b); */
void cr_buf_set(cr_buf *b, size_t i, uint8_t c);
/*@ requires cr_buf_ok(b); */
void cr_buf_truncate(cr_buf *b, size_t len);
/* Overwrite n bytes at off with s (off+s.len <= len). */
/*@ requires cr_buf_ok(b) && cr_span_ok(s); */
void cr_buf_write_at(cr_buf *b, size_t off, cr_span s);

/* ---- value vectors (GC heap, scanned) ---- */
typedef struct {
    Val *items;
    size_t len, cap;
} cr_vals;
/*@ predicate cr_vals_inv(cr_vals *v) =
        \valid_read(v) &&
        (v->items == \null ? v->len == 0 && v->cap == 0
                           : v->len <= v->cap && \valid(v->items + (0 .. v->cap - 1)));
    predicate cr_vals_ok(cr_vals *v) = \valid(v) && cr_vals_inv(v);
*/

/*@ requires \valid(v);
    ensures v->items == \null && v->len == 0 && v->cap == 0; */
void cr_vals_init(cr_vals *v);
/*@ requires \valid(v); */
bool cr_vals_init_cap(cr_vals *v, size_t cap); /* false on out of memory */
/*@ requires cr_vals_inv(v); */
static inline Val cr_vals_get(const cr_vals *v, size_t i)
{
    if (i >= v->len) cr_panic_bounds();
    return v->items[i];
}
/*@ requires cr_vals_ok(v); */
static inline void cr_vals_set(cr_vals *v, size_t i, Val x)
{
    if (i >= v->len) cr_panic_bounds();
    v->items[i] = x;
}
/*@ requires cr_vals_ok(v); */
bool cr_vals_push(cr_vals *v, Val x);
/*@ requires cr_vals_ok(v); */
bool cr_vals_reserve(cr_vals *v, size_t extra);
/* Insert at i (0 <= i <= len); remove at i (i < len), shifting the tail. */
/*@ requires cr_vals_ok(v); */
bool cr_vals_insert(cr_vals *v, size_t i, Val x);
/*@ requires cr_vals_ok(v); */
void cr_vals_remove(cr_vals *v, size_t i);
/* Remove items [lo, hi). */
/*@ requires cr_vals_ok(v); */
void cr_vals_remove_range(cr_vals *v, size_t lo, size_t hi);
/* Grow (filling with fill) or shrink to n items. */
/*@ requires cr_vals_ok(v); */
bool cr_vals_resize(cr_vals *v, size_t n, Val fill);
/*@ requires cr_vals_ok(v); */
void cr_vals_reverse(cr_vals *v, size_t lo, size_t hi);
/* Copy src[src_off : src_off+n] into dst at dst_off (ranges checked). */
/*@ requires cr_vals_inv(dst) && cr_vals_inv(src); */
void cr_vals_copy(cr_vals *dst, size_t dst_off, const cr_vals *src, size_t src_off, size_t n);
/* Shallow clone (new storage). */
/*@ requires \valid(dst) && cr_vals_inv(src) && \separated(dst, src); */
bool cr_vals_clone(cr_vals *dst, const cr_vals *src);

/* ---- fixed arrays of Vals (tuple payloads, frames) ---- */
typedef struct {
    Val *items;
    size_t len;
} cr_valspan;
/*@ predicate cr_valspan_ok(cr_valspan s) = \valid(s.items + (0 .. s.len - 1)); */
/*@ requires cr_valspan_ok(s); */
static inline Val cr_valspan_get(cr_valspan s, size_t i)
{
    if (i >= s.len) cr_panic_bounds();
    return s.items[i];
}
/*@ requires cr_valspan_ok(s); */
static inline void cr_valspan_set(cr_valspan s, size_t i, Val x)
{
    if (i >= s.len) cr_panic_bounds();
    s.items[i] = x;
}
/* A sub-range view; panics unless off+n <= len. */
/*@ requires cr_valspan_ok(s); ensures cr_valspan_ok(\result); */
cr_valspan cr_valspan_sub(cr_valspan s, size_t off, size_t n);

/* ---- UTF-8 ---- */
/* Decode one code point at *pos (advancing it); s must be valid UTF-8. */
/*@ requires \valid(pos) && cr_span_ok(s); */
uint32_t cr_utf8_next(cr_span s, size_t *pos);
/* Length in code points of valid UTF-8; validation returns the index of the
 * first invalid byte or -1 when valid. */
/*@ requires cr_span_ok(s);
    ensures \result <= s.len; */
size_t cr_utf8_count(cr_span s);
/*@ requires cr_span_ok(s); */
int64_t cr_utf8_validate(cr_span s);
/* Byte offset of code point index cp (cp <= count). */
/*@ requires cr_span_ok(s);
    ensures \result <= s.len; */
size_t cr_utf8_offset(cr_span s, size_t cp);

#endif
