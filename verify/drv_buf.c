/* Analysis driver for src/core/buf.c: every public function, with any
 * arguments its contract (core/buf.h) allows.
 *
 * - Spans (cr_span_ok): any length 0..MAXN, ending exactly at the end of
 *   their object (a read one byte past the span is an out-of-bounds access
 *   of that object), unknown contents.
 * - Buffers (cr_buf_ok) and vectors (cr_vals_ok): every state the invariant
 *   allows with capacity up to MAXN: no storage, or storage of each capacity
 *   (its own heap object) with each length, the failed flag either way.
 * - Indices, offsets, counts and reserve sizes: the full size_t range (out of
 *   range ones must end in cr_panic, never in an out-of-bounds access).
 * Object sizes are bounded by MAXN, which is the only abstraction: the code
 * has no size-dependent path below the 32-byte minimum capacity except the
 * ones every size 0..MAXN already takes.
 *
 * Every length and capacity is its own analysis state (split annotations),
 * so EVA keeps the relation between a pointer and its length exactly;
 * each operation runs from the full set of states (with_* helpers). */
#define MAXN 4
#define DRV_BUF_MAXCAP MAXN
#include "verify/drv_bufstate.h"

static uint8_t data[MAXN], data2[MAXN];
static char cstr[MAXN];

static size_t any_index(void) { return Frama_C_size_t_interval(0, SIZE_MAX); }
/* An index for the vector functions whose memmove length depends on it:
 * the full size_t range, in two parts: each value 0..2*MAXN separately (any
 * valid index of a vector here and some beyond), and all larger values at
 * once (out of range: they must end in cr_panic). */
#define SPLIT_INDEX(i)                                                     \
    if (Frama_C_interval(0, 1)) i = Frama_C_size_t_interval(2 * MAXN + 1, SIZE_MAX); \
    else i = Frama_C_size_t_interval(0, 2 * MAXN)

/* An item count for the vector growth functions, in parts so that the
 * overflow checks (cr_add_ok, cr_mul_ok) are decided in each part for every
 * vector length 0..MAXN (a part that mixes overflow and no overflow leaves
 * the wrapped product imprecise): each count 0..2*MAXN separately; counts
 * whose storage exceeds the heap cap but whose byte size does not overflow
 * even with len + count; the MAXN counts just below SIZE_MAX / sizeof(Val)
 * (where len + count crosses that bound) separately; counts whose byte size
 * overflows; the last 16 values (where len + count overflows) separately.
 * Counts between 2*MAXN and the heap cap are not enumerated: EVA cannot
 * relate an object of imprecise size to its length (the one abstraction of
 * this driver besides MAXN, see docs/SECURITY.md). */
#define VALS_MUL_MAX (SIZE_MAX / sizeof(Val))
#define SPLIT_COUNT(n)                                                                        \
    switch (Frama_C_interval(0, 4)) {                                                         \
    case 0: n = Frama_C_size_t_interval(0, 2 * MAXN); break;                                  \
    case 1: n = Frama_C_size_t_interval(DRV_HEAP_MAX / sizeof(Val) + 1, VALS_MUL_MAX - MAXN); break; \
    case 2: n = Frama_C_size_t_interval(VALS_MUL_MAX - MAXN + 1, VALS_MUL_MAX); break;        \
    case 3: n = Frama_C_size_t_interval(VALS_MUL_MAX + 1, SIZE_MAX - 16); break;              \
    default: n = Frama_C_size_t_interval(SIZE_MAX - 15, SIZE_MAX); break;                     \
    }
/* A byte count for cr_buf_reserve / cr_buf_repeat: the full range in three
 * parts: each count 0..2*MAXN separately (these may fit the existing
 * storage), the middle (always a new block: the doubling loop gives one
 * state per capacity), and the last 16 values (where len + n + 1
 * overflows) separately. */
#define SPLIT_BYTES(n)                                                                        \
    switch (Frama_C_interval(0, 2)) {                                                         \
    case 0: n = Frama_C_size_t_interval(0, 2 * MAXN); break;                                  \
    case 1: n = Frama_C_size_t_interval(2 * MAXN + 1, SIZE_MAX - 16); break;                  \
    default: n = Frama_C_size_t_interval(SIZE_MAX - 15, SIZE_MAX); break;                     \
    }
static uint8_t any_byte(void) { return Frama_C_unsigned_char_interval(0, 255); }
static Val any_val(void) { return val_from_small(Frama_C_long_long_interval(CR_SMALL_MIN, CR_SMALL_MAX)); }

/* ---- spans ---- */

typedef void span2_op(cr_span a, cr_span b);

/* Calls op on every pair of spans (a inside data, b inside data2). */
static void with_spans(span2_op *op)
{
    size_t la = Frama_C_size_t_interval(0, MAXN);
    size_t lb;
    //@ split la;
    lb = Frama_C_size_t_interval(0, MAXN);
    //@ split lb;
    op(cr_span_make(data + (MAXN - la), la), cr_span_make(data2 + (MAXN - lb), lb));
    //@ merge lb;
    //@ merge la;
}

static void op_eq(cr_span a, cr_span b) { cr_span_eq(a, b); }
static void op_cmp(cr_span a, cr_span b) { cr_span_cmp(a, b); }
static void op_find(cr_span a, cr_span b) { cr_span_find(a, b, any_index()); }
static void op_rfind(cr_span a, cr_span b) { cr_span_rfind(a, b); }

typedef void span_op(cr_span a);
static void with_span(span_op *op)
{
    size_t la = Frama_C_size_t_interval(0, MAXN);
    //@ split la;
    op(cr_span_make(data + (MAXN - la), la));
    //@ merge la;
}

static void op_find_byte(cr_span a) { cr_span_find_byte(a, any_byte(), any_index()); }
static void op_at(cr_span a) { cr_span_at(a, any_index()); }
static void op_from(cr_span a) { cr_span_from(a, any_index()); }
static void op_sub(cr_span a) { cr_span_sub(a, any_index(), any_index()); }
static void op_utf8_count(cr_span a) { cr_utf8_count(a); }
static void op_utf8_validate(cr_span a) { cr_utf8_validate(a); }
static void op_utf8_offset(cr_span a) { cr_utf8_offset(a, any_index()); }
static void op_utf8_next(cr_span a)
{
    size_t pos = any_index();
    cr_utf8_next(a, &pos);
}

static void drv_cstr(void)
{
    /* A NUL-terminated string of any length 0..MAXN-1. */
    cstr[MAXN - 1] = 0;
    size_t k = Frama_C_size_t_interval(0, MAXN - 1);
    //@ split k;
    cr_span_cstr(cstr + k);
}

/* ---- byte buffers ---- */

static void op_reserve(cr_buf *b)
{
    size_t n;
    SPLIT_BYTES(n);
    //@ split n;
    cr_buf_reserve(b, n);
}
static void op_byte(cr_buf *b) { cr_buf_byte(b, any_byte()); }
static void op_append(cr_buf *b)
{
    size_t la = Frama_C_size_t_interval(0, MAXN);
    //@ split la;
    cr_buf_append(b, cr_span_make(data + (MAXN - la), la));
}
static void op_cstr(cr_buf *b)
{
    cstr[MAXN - 1] = 0;
    size_t k = Frama_C_size_t_interval(0, MAXN - 1);
    //@ split k;
    cr_buf_cstr(b, cstr + k);
}
static void op_repeat(cr_buf *b)
{
    size_t n;
    SPLIT_BYTES(n);
    //@ split n;
    cr_buf_repeat(b, any_byte(), n);
}
static void op_utf8(cr_buf *b) { cr_buf_utf8(b, Frama_C_unsigned_int_interval(0, UINT32_MAX)); }
static void op_get(cr_buf *b) { cr_buf_get(b, any_index()); }
static void op_set(cr_buf *b) { cr_buf_set(b, any_index(), any_byte()); }
static void op_truncate(cr_buf *b) { cr_buf_truncate(b, any_index()); }
static void op_span(cr_buf *b) { cr_buf_span(b); }
static void op_write_at(cr_buf *b)
{
    size_t la = Frama_C_size_t_interval(0, MAXN);
    //@ split la;
    cr_buf_write_at(b, any_index(), cr_span_make(data + (MAXN - la), la));
}
/* The buffer's own bytes as the source (overlapping move). */
static void op_write_at_self(cr_buf *b) { cr_buf_write_at(b, any_index(), cr_buf_span(b)); }

/* ---- value vectors ---- */

typedef void vals_op(cr_vals *v);

/* Calls op on every vector state cr_vals_ok allows (capacity <= MAXN). */
static void with_vals(vals_op *op)
{
    cr_vals v;
    size_t cap = Frama_C_size_t_interval(0, MAXN);
    Val *p;
    //@ split cap;
    p = cap ? cr_alloc_array(cap, sizeof(Val), CR_SCAN) : NULL;
    if (!p) {
        v.items = NULL;
        v.len = v.cap = 0;
        op(&v);
        return;
    }
    for (size_t i = 0; i < cap; i++) p[i] = any_val();
    v.items = p;
    v.cap = cap;
    v.len = Frama_C_size_t_interval(0, cap);
    //@ split v.len;
    op(&v);
}

/* The same, a second function so that two vectors can be nested (EVA
 * does not analyse recursive calls).  Calls op on every vector state cr_vals_ok allows (capacity <= MAXN). */
static void with_vals_b(vals_op *op)
{
    cr_vals v;
    size_t cap = Frama_C_size_t_interval(0, MAXN);
    Val *p;
    //@ split cap;
    p = cap ? cr_alloc_array(cap, sizeof(Val), CR_SCAN) : NULL;
    if (!p) {
        v.items = NULL;
        v.len = v.cap = 0;
        op(&v);
        return;
    }
    for (size_t i = 0; i < cap; i++) p[i] = any_val();
    v.items = p;
    v.cap = cap;
    v.len = Frama_C_size_t_interval(0, cap);
    //@ split v.len;
    op(&v);
}

static void op_push(cr_vals *v) { cr_vals_push(v, any_val()); }
static void op_vreserve(cr_vals *v)
{
    size_t n;
    SPLIT_COUNT(n);
    //@ split n;
    cr_vals_reserve(v, n);
}
static void op_insert(cr_vals *v)
{
    size_t i;
    SPLIT_INDEX(i);
    //@ split i;
    cr_vals_insert(v, i, any_val());
}
static void op_vget(cr_vals *v) { cr_vals_get(v, any_index()); }
static void op_vset(cr_vals *v) { cr_vals_set(v, any_index(), any_val()); }
static void op_remove(cr_vals *v)
{
    size_t i;
    SPLIT_INDEX(i);
    //@ split i;
    cr_vals_remove(v, i);
}
static void op_remove_range(cr_vals *v)
{
    size_t hi;
    SPLIT_INDEX(hi);
    //@ split hi;
    cr_vals_remove_range(v, any_index(), hi);
}
static void op_resize(cr_vals *v)
{
    size_t n;
    SPLIT_COUNT(n);
    //@ split n;
    cr_vals_resize(v, n, any_val());
}
static void op_reverse(cr_vals *v) { cr_vals_reverse(v, any_index(), any_index()); }
static void op_clone(cr_vals *v)
{
    cr_vals w;
    cr_vals_clone(&w, v);
}
static void op_copy_self(cr_vals *v) { cr_vals_copy(v, any_index(), v, any_index(), any_index()); }
static cr_vals *copy_dst;
static void op_copy_from(cr_vals *v) { cr_vals_copy(copy_dst, any_index(), v, any_index(), any_index()); }
static void op_copy_to(cr_vals *v)
{
    copy_dst = v;
    with_vals_b(op_copy_from);
}
static void op_valspan(cr_vals *v)
{
    cr_valspan s = {v->items, v->len};
    cr_valspan_get(s, any_index());
    cr_valspan_set(s, any_index(), any_val());
    cr_valspan_sub(s, any_index(), any_index());
}

static void drv_vals_init(void)
{
    cr_vals v;
    cr_vals_init(&v);
    size_t n;
    SPLIT_COUNT(n);
    //@ split n;
    cr_vals_init_cap(&v, n);
}
static void drv_buf_init(void)
{
    cr_buf b;
    cr_buf_init(&b);
}

/* One analysis case per operation: the cases are independent (each starts
 * from the initial state), so the objects one allocates never burden the
 * analysis of another. */
#define SPANS2(op) static void c_##op(void) { with_spans(op); }
#define SPAN1(op) static void c_##op(void) { with_span(op); }
#define BUF(op) static void c_##op(void) { with_buf(op); }
#define VALS(op) static void c_##op(void) { with_vals(op); }
SPANS2(op_eq) SPANS2(op_cmp) SPANS2(op_find) SPANS2(op_rfind)
SPAN1(op_find_byte) SPAN1(op_at) SPAN1(op_from) SPAN1(op_sub) SPAN1(op_utf8_count)
SPAN1(op_utf8_validate) SPAN1(op_utf8_offset) SPAN1(op_utf8_next)
BUF(op_reserve) BUF(op_byte) BUF(op_append) BUF(op_cstr) BUF(op_repeat) BUF(op_utf8)
BUF(op_get) BUF(op_set) BUF(op_truncate) BUF(op_span) BUF(op_write_at) BUF(op_write_at_self)
VALS(op_push) VALS(op_vreserve) VALS(op_insert) VALS(op_vget) VALS(op_vset) VALS(op_remove)
VALS(op_remove_range) VALS(op_resize) VALS(op_reverse) VALS(op_clone) VALS(op_copy_self)
VALS(op_copy_to) VALS(op_valspan)

static void (*const cases[])(void) = {
    drv_cstr, drv_buf_init, drv_vals_init,
    c_op_eq, c_op_cmp, c_op_find, c_op_rfind,
    c_op_find_byte, c_op_at, c_op_from, c_op_sub, c_op_utf8_count,
    c_op_utf8_validate, c_op_utf8_offset, c_op_utf8_next,
    c_op_reserve, c_op_byte, c_op_append, c_op_cstr, c_op_repeat, c_op_utf8,
    c_op_get, c_op_set, c_op_truncate, c_op_span, c_op_write_at, c_op_write_at_self,
    c_op_push, c_op_vreserve, c_op_insert, c_op_vget, c_op_vset, c_op_remove,
    c_op_remove_range, c_op_resize, c_op_reverse, c_op_clone, c_op_copy_self,
    c_op_copy_to, c_op_valspan,
};
#define NCASES (sizeof cases / sizeof cases[0])

int main(void)
{
    int anchor;
    drv_init_heap(&anchor);
    drv_unknown(data, sizeof data);
    drv_unknown(data2, sizeof data2);
    drv_unknown(cstr, sizeof cstr);
#ifdef DRV_PART /* one case only (to measure or debug it) */
    cases[DRV_PART]();
#else
    cases[Frama_C_size_t_interval(0, NCASES - 1)]();
#endif
    return 0;
}
