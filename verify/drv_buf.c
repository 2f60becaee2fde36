/* Analysis driver for src/core/buf.c: every public function, with any
 * arguments its contract (core/buf.h) allows.  Spans point anywhere inside a
 * buffer of unknown bytes and have any length that stays inside it; indices
 * and offsets are arbitrary (out-of-range ones must end in cr_panic, never in
 * an out-of-bounds access). */
#include "verify/drv_common.h"
#include "core/buf.h"

#define MAXN 16

static uint8_t data[MAXN], data2[MAXN];
static char cstr[MAXN];

/* A span of any length up to MAXN that ends exactly at the end of its
 * object: a read one byte past it is an alarm.  Each length is analysed
 * separately (split), so lengths and object bounds stay related. */
static cr_span any_span(const uint8_t *base)
{
    size_t len = Frama_C_size_t_interval(0, MAXN);
    //@ split len;
    return cr_span_make(base + (MAXN - len), len);
}

static size_t any_index(void) { return Frama_C_size_t_interval(0, SIZE_MAX); }
static size_t small_count(void)
{
    size_t n = Frama_C_size_t_interval(0, 3 * MAXN);
    //@ split n;
    return n;
}

static void drv_spans(void)
{
    cr_span a = any_span(data), b = any_span(data2);
    cr_span_eq(a, b);
    cr_span_cmp(a, b);
    cr_span_find(a, b, any_index());
    cr_span_rfind(a, b);
    cr_span_find_byte(a, Frama_C_unsigned_char_interval(0, 255), any_index());
    cr_span_at(a, any_index());
    cr_span_from(a, any_index());
    cr_span_sub(a, any_index(), any_index());
    cstr[MAXN - 1] = 0; /* contract: a NUL-terminated string */
    size_t k = Frama_C_size_t_interval(0, MAXN - 1);
    //@ split k;
    cr_span_cstr(cstr + k);
}

static void drv_utf8(void)
{
    cr_span a = any_span(data);
    cr_utf8_count(a);
    cr_utf8_validate(a);
    cr_utf8_offset(a, any_index());
    size_t pos = any_index();
    cr_utf8_next(a, &pos);
}

static void drv_buffers(void)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_reserve(&b, any_index());
    cr_buf_byte(&b, Frama_C_unsigned_char_interval(0, 255));
    cr_buf_append(&b, any_span(data));
    cstr[MAXN - 1] = 0;
    size_t k = Frama_C_size_t_interval(0, MAXN - 1);
    //@ split k;
    cr_buf_cstr(&b, cstr + k);
    cr_buf_repeat(&b, Frama_C_unsigned_char_interval(0, 255), small_count());
    cr_buf_utf8(&b, Frama_C_unsigned_int_interval(0, UINT32_MAX));
    cr_buf_get(&b, any_index());
    cr_buf_set(&b, any_index(), 7);
    cr_buf_write_at(&b, any_index(), any_span(data2));
    cr_buf_span(&b);
    cr_buf_truncate(&b, any_index());
    /* A nondeterministic number of appends. */
    size_t n = small_count();
    for (size_t i = 0; i < n; i++) cr_buf_append(&b, any_span(data));
}

static Val any_val(void) { return val_from_small(Frama_C_long_long_interval(CR_SMALL_MIN, CR_SMALL_MAX)); }

static void drv_vals(void)
{
    cr_vals v, w;
    cr_vals_init(&v);
    size_t n = small_count();
    for (size_t i = 0; i < n; i++) cr_vals_push(&v, any_val());
    cr_vals_init_cap(&w, small_count());
    cr_vals_reserve(&v, small_count());
    cr_vals_insert(&v, any_index(), any_val());
    cr_vals_get(&v, any_index());
    cr_vals_set(&v, any_index(), any_val());
    cr_vals_remove(&v, any_index());
    cr_vals_remove_range(&v, any_index(), any_index());
    cr_vals_resize(&v, small_count(), any_val());
    cr_vals_reverse(&v, any_index(), any_index());
    cr_vals_clone(&w, &v);
    cr_vals_copy(&w, any_index(), &v, any_index(), any_index());
    cr_valspan s = {v.items, v.len};
    cr_valspan_get(s, any_index());
    cr_valspan_set(s, any_index(), any_val());
    cr_valspan_sub(s, any_index(), any_index());
}

int main(void)
{
    int anchor;
    drv_init_heap(&anchor);
    drv_unknown(data, sizeof data);
    drv_unknown(data2, sizeof data2);
    drv_unknown(cstr, sizeof cstr);
    switch (Frama_C_interval(0, 3)) {
    case 0: drv_spans(); break;
    case 1: drv_utf8(); break;
    case 2: drv_buffers(); break;
    default: drv_vals(); break;
    }
    return 0;
}
