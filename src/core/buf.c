/* Checked spans, byte buffers, value vectors and UTF-8 helpers. */
#include "core/buf.h"

_Noreturn void cr_panic_bounds(void) { cr_panic("index out of bounds in checked access"); }

/* ---- spans ---- */

cr_span cr_span_cstr(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return cr_span_make(s, n);
}

cr_span cr_span_sub(cr_span s, size_t off, size_t n)
{
    if (off > s.len || n > s.len - off) cr_panic_bounds();
    cr_span r = {s.ptr + off, n};
    return r;
}

cr_span cr_span_from(cr_span s, size_t off)
{
    if (off > s.len) cr_panic_bounds();
    cr_span r = {s.ptr + off, s.len - off};
    return r;
}

bool cr_span_eq(cr_span a, cr_span b)
{
    return a.len == b.len && (a.len == 0 || __builtin_memcmp(a.ptr, b.ptr, a.len) == 0);
}

int cr_span_cmp(cr_span a, cr_span b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? __builtin_memcmp(a.ptr, b.ptr, n) : 0;
    if (c) return c;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

int64_t cr_span_find_byte(cr_span hay, uint8_t c, size_t start)
{
    for (size_t i = start; i < hay.len; i++)
        if (hay.ptr[i] == c) return (int64_t)i;
    return -1;
}

/* Horspool search: linear on typical input, no allocation. */
int64_t cr_span_find(cr_span hay, cr_span needle, size_t start)
{
    if (start > hay.len) return -1;
    size_t m = needle.len;
    if (m == 0) return (int64_t)start;
    if (m > hay.len - start) return -1;
    if (m == 1) return cr_span_find_byte(hay, needle.ptr[0], start);
    size_t skip[256];
    //@ loop unroll 256;
    for (size_t i = 0; i < 256; i++) skip[i] = m;
    for (size_t i = 0; i + 1 < m; i++) skip[needle.ptr[i]] = m - 1 - i;
    size_t i = start;
    uint8_t last = needle.ptr[m - 1];
    while (i + m <= hay.len) {
        uint8_t c = hay.ptr[i + m - 1];
        if (c == last && __builtin_memcmp(hay.ptr + i, needle.ptr, m - 1) == 0) return (int64_t)i;
        i += skip[c];
    }
    return -1;
}

int64_t cr_span_rfind(cr_span hay, cr_span needle)
{
    if (needle.len > hay.len) return -1;
    /* The empty needle matches at the end (and memcmp, even of 0 bytes,
     * needs valid pointers: hay.ptr + hay.len may be one past the end). */
    if (needle.len == 0) return (int64_t)hay.len;
    for (size_t i = hay.len - needle.len + 1; i-- > 0;)
        if (__builtin_memcmp(hay.ptr + i, needle.ptr, needle.len) == 0) return (int64_t)i;
    return -1;
}

/* ---- byte buffers ---- */

void cr_buf_init(cr_buf *b)
{
    b->ptr = 0;
    b->len = b->cap = 0;
    b->failed = false;
}

bool cr_buf_reserve(cr_buf *b, size_t extra)
{
    if (b->failed) return false;
    size_t need;
    if (!cr_add_ok(b->len, extra, &need) || !cr_add_ok(need, 1, &need)) {
        b->failed = true;
        return false;
    }
    if (need <= b->cap) return true;
    size_t ncap = b->cap < 32 ? 32 : b->cap;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2) {
            ncap = need;
            break;
        }
        ncap *= 2;
    }
    /* For the analyser: one state per capacity, kept through the return
     * (-eva-interprocedural-splits), so callers see cap and ptr together. */
    uint8_t *p;
    //@ split ncap;
    p = cr_realloc(b->ptr, b->len, ncap, CR_NOSCAN);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->ptr = p;
    b->cap = ncap;
    return true;
}

bool cr_buf_byte(cr_buf *b, uint8_t c)
{
    if (!cr_buf_reserve(b, 1)) return false;
    b->ptr[b->len++] = c;
    b->ptr[b->len] = 0;
    return true;
}

bool cr_buf_append(cr_buf *b, cr_span s)
{
    if (!cr_buf_reserve(b, s.len)) return false;
    if (s.len) __builtin_memcpy(b->ptr + b->len, s.ptr, s.len);
    b->len += s.len;
    b->ptr[b->len] = 0;
    return true;
}

bool cr_buf_cstr(cr_buf *b, const char *s) { return cr_buf_append(b, cr_span_cstr(s)); }

bool cr_buf_repeat(cr_buf *b, uint8_t c, size_t n)
{
    if (!cr_buf_reserve(b, n)) return false;
    /* Never true after a successful reserve (storage for len + n + 1
     * bytes); stated so that the bounds are evident to the analyser. */
    if (!b->ptr || n >= b->cap - b->len) cr_panic_bounds();
    __builtin_memset(b->ptr + b->len, c, n);
    b->len += n;
    b->ptr[b->len] = 0;
    return true;
}

bool cr_buf_utf8(cr_buf *b, uint32_t cp)
{
    uint8_t tmp[4];
    size_t n;
    if (cp < 0x80) {
        tmp[0] = (uint8_t)cp;
        n = 1;
    } else if (cp < 0x800) {
        tmp[0] = (uint8_t)(0xC0 | (cp >> 6));
        tmp[1] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (uint8_t)(0xE0 | (cp >> 12));
        tmp[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        if (cp > 0x10FFFF) cp = 0xFFFD;
        tmp[0] = (uint8_t)(0xF0 | (cp >> 18));
        tmp[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return cr_buf_append(b, cr_span_make(tmp, n));
}

uint8_t cr_buf_get(const cr_buf *b, size_t i)
{
    if (i >= b->len) cr_panic_bounds();
    return b->ptr[i];
}

void cr_buf_set(cr_buf *b, size_t i, uint8_t c)
{
    if (i >= b->len) cr_panic_bounds();
    b->ptr[i] = c;
}

void cr_buf_truncate(cr_buf *b, size_t len)
{
    if (len > b->len) cr_panic_bounds();
    b->len = len;
    if (b->ptr) b->ptr[len] = 0;
}

void cr_buf_write_at(cr_buf *b, size_t off, cr_span s)
{
    if (off > b->len || s.len > b->len - off) cr_panic_bounds();
    if (s.len) __builtin_memmove(b->ptr + off, s.ptr, s.len);
}

/* ---- value vectors ---- */

void cr_vals_init(cr_vals *v)
{
    v->items = 0;
    v->len = v->cap = 0;
}

static bool vals_grow_to(cr_vals *v, size_t need)
{
    if (need <= v->cap) return true;
    size_t ncap = v->cap < 4 ? 4 : v->cap + (v->cap >> 1);
    if (ncap < need) ncap = need;
    size_t old_bytes = v->len * sizeof(Val), new_bytes;
    if (!cr_mul_ok(ncap, sizeof(Val), &new_bytes)) return false;
    Val *p = cr_realloc(v->items, old_bytes, new_bytes, CR_SCAN);
    if (!p) return false;
    v->items = p;
    v->cap = ncap;
    return true;
}

bool cr_vals_init_cap(cr_vals *v, size_t cap)
{
    cr_vals_init(v);
    return vals_grow_to(v, cap);
}

bool cr_vals_reserve(cr_vals *v, size_t extra)
{
    size_t need;
    return cr_add_ok(v->len, extra, &need) && vals_grow_to(v, need);
}

bool cr_vals_push(cr_vals *v, Val x)
{
    if (v->len == v->cap && !cr_vals_reserve(v, 1)) return false;
    v->items[v->len++] = x;
    return true;
}

bool cr_vals_insert(cr_vals *v, size_t i, Val x)
{
    if (i > v->len) cr_panic_bounds();
    if (!cr_vals_reserve(v, 1)) return false;
    /* memmove needs valid pointers even for 0 bytes (items may be NULL). */
    if (i < v->len) __builtin_memmove(v->items + i + 1, v->items + i, (v->len - i) * sizeof(Val));
    v->items[i] = x;
    v->len++;
    return true;
}

void cr_vals_remove(cr_vals *v, size_t i)
{
    if (i >= v->len) cr_panic_bounds();
    if (i + 1 < v->len) __builtin_memmove(v->items + i, v->items + i + 1, (v->len - i - 1) * sizeof(Val));
    v->len--;
    v->items[v->len] = 0;
}

void cr_vals_remove_range(cr_vals *v, size_t lo, size_t hi)
{
    if (lo > hi || hi > v->len) cr_panic_bounds();
    size_t n = hi - lo;
    /* memmove needs valid pointers even for 0 bytes (items may be NULL). */
    if (n && hi < v->len) __builtin_memmove(v->items + lo, v->items + hi, (v->len - hi) * sizeof(Val));
    for (size_t k = v->len - n; k < v->len; k++) v->items[k] = 0;
    v->len -= n;
}

bool cr_vals_resize(cr_vals *v, size_t n, Val fill)
{
    if (n > v->len) {
        if (!vals_grow_to(v, n)) return false;
        for (size_t k = v->len; k < n; k++) v->items[k] = fill;
    } else {
        for (size_t k = n; k < v->len; k++) v->items[k] = 0;
    }
    v->len = n;
    return true;
}

void cr_vals_reverse(cr_vals *v, size_t lo, size_t hi)
{
    if (lo > hi || hi > v->len) cr_panic_bounds();
    /* Swap items[lo] and items[hi - 1] moving inwards; written so that
     * lo < hi and hi <= len bound both indices evidently. */
    while (lo < hi) {
        hi--;
        if (lo == hi) break;
        Val t = v->items[lo];
        v->items[lo] = v->items[hi];
        v->items[hi] = t;
        lo++;
    }
}

void cr_vals_copy(cr_vals *dst, size_t dst_off, const cr_vals *src, size_t src_off, size_t n)
{
    if (dst_off > dst->len || n > dst->len - dst_off) cr_panic_bounds();
    if (src_off > src->len || n > src->len - src_off) cr_panic_bounds();
    if (n == 0) return;
    /* An element loop with both ends checked in its condition (the ranges
     * may overlap when dst == src: copy in the direction that reads each
     * item before it is overwritten; addresses compared as integers). */
    size_t dst_end = dst_off + n, src_end = src_off + n;
    if (dst_end > dst->len || src_end > src->len) cr_panic_bounds(); /* checked above; evident here */
    Val *d = dst->items;
    const Val *s = src->items;
    if ((uintptr_t)(d + dst_off) <= (uintptr_t)(s + src_off)) {
        for (size_t i = dst_off, j = src_off; i < dst_end && j < src_end; i++, j++) d[i] = s[j];
    } else {
        for (size_t i = dst_end, j = src_end; i > dst_off && j > src_off;) {
            i--;
            j--;
            d[i] = s[j];
        }
    }
}

bool cr_vals_clone(cr_vals *dst, const cr_vals *src)
{
    if (!cr_vals_init_cap(dst, src->len)) return false;
    if (src->len) __builtin_memcpy(dst->items, src->items, src->len * sizeof(Val));
    dst->len = src->len;
    return true;
}

cr_valspan cr_valspan_sub(cr_valspan s, size_t off, size_t n)
{
    if (off > s.len || n > s.len - off) cr_panic_bounds();
    cr_valspan r = {s.items + off, n};
    return r;
}

/* ---- UTF-8 (internal strings are valid generalized UTF-8: surrogates may
 * appear as 3-byte sequences) ---- */

uint32_t cr_utf8_next(cr_span s, size_t *pos)
{
    size_t i = *pos;
    uint8_t c = cr_span_at(s, i);
    if (c < 0x80) {
        *pos = i + 1;
        return c;
    }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (n > s.len - i) cr_panic("invalid internal UTF-8");
    uint32_t cp = c & (0x3F >> (n - 1));
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (s.ptr[i + k] & 0x3F);
    *pos = i + n;
    return cp;
}

size_t cr_utf8_count(cr_span s)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++) n += (s.ptr[i] & 0xC0) != 0x80;
    return n;
}

/* Strict UTF-8 (no surrogates, shortest form). */
int64_t cr_utf8_validate(cr_span s)
{
    size_t i = 0;
    while (i < s.len) {
        uint8_t c = s.ptr[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t min, cp;
        if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000, cp = c & 0x07;
        else return (int64_t)i;
        if (n > s.len - i) return (int64_t)i;
        for (size_t k = 1; k < n; k++) {
            uint8_t cc = s.ptr[i + k];
            if ((cc & 0xC0) != 0x80) return (int64_t)i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (int64_t)i;
        i += n;
    }
    return -1;
}

size_t cr_utf8_offset(cr_span s, size_t cp)
{
    size_t i = 0, n = 0;
    while (i < s.len && n < cp) {
        i++;
        while (i < s.len && (s.ptr[i] & 0xC0) == 0x80) i++;
        n++;
    }
    if (n < cp) cr_panic_bounds();
    return i;
}
