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

_Noreturn void cr_panic_bounds(void);

/* ---- overflow-checked size arithmetic ---- */
static inline bool cr_add_ok(size_t a, size_t b, size_t *out) { return !__builtin_add_overflow(a, b, out); }
static inline bool cr_mul_ok(size_t a, size_t b, size_t *out) { return !__builtin_mul_overflow(a, b, out); }

/* ---- spans: read-only byte views ---- */
typedef struct {
    const uint8_t *ptr;
    size_t len;
} cr_span;

static inline cr_span cr_span_make(const void *p, size_t n) { cr_span s = {(const uint8_t *)p, n}; return s; }
/*@ requires valid_read_string(s); */
cr_span cr_span_cstr(const char *s);
static inline uint8_t cr_span_at(cr_span s, size_t i)
{
    if (i >= s.len) cr_panic_bounds();
    return s.ptr[i];
}
/* s[off : off+n]; panics unless off+n <= len. */
cr_span cr_span_sub(cr_span s, size_t off, size_t n);
/* s[off:] */
cr_span cr_span_from(cr_span s, size_t off);
/*@ requires \valid_read(a.ptr + (0 .. a.len - 1)) && \valid_read(b.ptr + (0 .. b.len - 1)); */
bool cr_span_eq(cr_span a, cr_span b);
/*@ requires \valid_read(a.ptr + (0 .. a.len - 1)) && \valid_read(b.ptr + (0 .. b.len - 1)); */
int cr_span_cmp(cr_span a, cr_span b); /* <0, 0, >0 like memcmp, then by length */
/* Index of needle in hay at or after start, or -1. */
/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1)) && \valid_read(needle.ptr + (0 .. needle.len - 1)); */
int64_t cr_span_find(cr_span hay, cr_span needle, size_t start);
/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1)) && \valid_read(needle.ptr + (0 .. needle.len - 1)); */
int64_t cr_span_rfind(cr_span hay, cr_span needle);
/*@ requires \valid_read(hay.ptr + (0 .. hay.len - 1)); */
int64_t cr_span_find_byte(cr_span hay, uint8_t c, size_t start);

/* ---- growable byte buffer (GC heap, NOSCAN) ---- */
typedef struct {
    uint8_t *ptr;
    size_t len, cap;
    bool failed; /* an allocation failed: the content is incomplete */
} cr_buf;

/*@ requires \valid(b);
    ensures b->ptr == \null && b->len == 0 && b->cap == 0 && !b->failed; */
void cr_buf_init(cr_buf *b);
/* All appends return false (and set b->failed) if memory ran out. */
/*@ requires \valid(b); */
bool cr_buf_reserve(cr_buf *b, size_t extra);
/*@ requires \valid(b); */
bool cr_buf_byte(cr_buf *b, uint8_t c);
/*@ requires \valid(b) && \valid_read(s.ptr + (0 .. s.len - 1)); */
bool cr_buf_append(cr_buf *b, cr_span s);
/*@ requires \valid(b) && valid_read_string(s); */
bool cr_buf_cstr(cr_buf *b, const char *s);
/*@ requires \valid(b); */
bool cr_buf_repeat(cr_buf *b, uint8_t c, size_t n);
/*@ requires \valid(b); */
bool cr_buf_utf8(cr_buf *b, uint32_t codepoint); /* encodes one code point */
static inline cr_span cr_buf_span(const cr_buf *b) { return cr_span_make(b->ptr, b->len); }
/*@ requires \valid_read(b); */
uint8_t cr_buf_get(const cr_buf *b, size_t i);
/*@ requires \valid_read(b); */
void cr_buf_set(cr_buf *b, size_t i, uint8_t c);
/*@ requires \valid(b); */
void cr_buf_truncate(cr_buf *b, size_t len);
/* Overwrite n bytes at off with s (off+s.len <= len). */
/*@ requires \valid_read(b) && \valid_read(s.ptr + (0 .. s.len - 1)); */
void cr_buf_write_at(cr_buf *b, size_t off, cr_span s);

/* ---- value vectors (GC heap, scanned) ---- */
typedef struct {
    Val *items;
    size_t len, cap;
} cr_vals;

/*@ requires \valid(v);
    ensures v->items == \null && v->len == 0 && v->cap == 0; */
void cr_vals_init(cr_vals *v);
/*@ requires \valid(v); */
bool cr_vals_init_cap(cr_vals *v, size_t cap); /* false on out of memory */
static inline Val cr_vals_get(const cr_vals *v, size_t i)
{
    if (i >= v->len) cr_panic_bounds();
    return v->items[i];
}
static inline void cr_vals_set(cr_vals *v, size_t i, Val x)
{
    if (i >= v->len) cr_panic_bounds();
    v->items[i] = x;
}
/*@ requires \valid(v); */
bool cr_vals_push(cr_vals *v, Val x);
/*@ requires \valid(v); */
bool cr_vals_reserve(cr_vals *v, size_t extra);
/* Insert at i (0 <= i <= len); remove at i (i < len), shifting the tail. */
/*@ requires \valid(v); */
bool cr_vals_insert(cr_vals *v, size_t i, Val x);
/*@ requires \valid(v); */
void cr_vals_remove(cr_vals *v, size_t i);
/* Remove items [lo, hi). */
/*@ requires \valid(v); */
void cr_vals_remove_range(cr_vals *v, size_t lo, size_t hi);
/* Grow (filling with fill) or shrink to n items. */
/*@ requires \valid(v); */
bool cr_vals_resize(cr_vals *v, size_t n, Val fill);
/*@ requires \valid(v); */
void cr_vals_reverse(cr_vals *v, size_t lo, size_t hi);
/* Copy src[src_off : src_off+n] into dst at dst_off (ranges checked). */
/*@ requires \valid_read(dst) && \valid_read(src); */
void cr_vals_copy(cr_vals *dst, size_t dst_off, const cr_vals *src, size_t src_off, size_t n);
/* Shallow clone (new storage). */
/*@ requires \valid(dst) && \valid_read(src) && \separated(dst, src); */
bool cr_vals_clone(cr_vals *dst, const cr_vals *src);

/* ---- fixed arrays of Vals (tuple payloads, frames) ---- */
typedef struct {
    Val *items;
    size_t len;
} cr_valspan;
static inline Val cr_valspan_get(cr_valspan s, size_t i)
{
    if (i >= s.len) cr_panic_bounds();
    return s.items[i];
}
static inline void cr_valspan_set(cr_valspan s, size_t i, Val x)
{
    if (i >= s.len) cr_panic_bounds();
    s.items[i] = x;
}
/* A sub-range view; panics unless off+n <= len. */
cr_valspan cr_valspan_sub(cr_valspan s, size_t off, size_t n);

/* ---- UTF-8 ---- */
/* Decode one code point at *pos (advancing it); s must be valid UTF-8. */
/*@ requires \valid(pos) && \valid_read(s.ptr + (0 .. s.len - 1)); */
uint32_t cr_utf8_next(cr_span s, size_t *pos);
/* Length in code points of valid UTF-8; validation returns the index of the
 * first invalid byte or -1 when valid. */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    ensures \result <= s.len; */
size_t cr_utf8_count(cr_span s);
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1)); */
int64_t cr_utf8_validate(cr_span s);
/* Byte offset of code point index cp (cp <= count). */
/*@ requires \valid_read(s.ptr + (0 .. s.len - 1));
    ensures \result <= s.len; */
size_t cr_utf8_offset(cr_span s, size_t cp);

#endif
