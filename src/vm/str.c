/* str objects: allocation, the object.h string API, hashing, interning,
 * searching and repr.  The type object and its slots are in str_type.c, the
 * methods in str_methods.c, formatting in str_format.c, codecs in
 * str_codec.c.  See str.h for the representation. */
#include "vm/str.h"

#include "core/host.h"
#include "vm/unicode_db.h"

/* ---------------------------------------------------------------------- */
/* Allocation                                                              */

static size_t skip_cps(cr_span s, size_t pos, size_t n);

static size_t index_entries(size_t len, bool ascii)
{
    if (ascii || len <= VM_STR_INDEX_STEP) return 0;
    return (len - 1) / VM_STR_INDEX_STEP;
}

StrObj *vm_str_alloc_type(Type *t, size_t nbytes, size_t len, bool ascii)
{
    size_t nidx = index_entries(len, ascii), idx_bytes, size;
    if (!cr_mul_ok(nidx, 8, &idx_bytes) || !cr_add_ok(sizeof(StrObj), nbytes, &size) ||
        !cr_add_ok(size, 1, &size) || !cr_add_ok(size, idx_bytes, &size)) {
        vm_err_nomem();
        return NULL;
    }
    /* Subclass instances hold a __dict__ Val, so their block is scanned. */
    StrObj *s = vm_alloc_obj(t, size, t == &vm_type_str ? CR_NOSCAN : CR_SCAN);
    if (!s) return NULL;
    s->hash = -1;
    s->len = len;
    s->nbytes = nbytes;
    s->flags = (ascii ? VM_STR_ASCII : 0) | (nidx ? VM_STR_HAS_INDEX : 0);
    return s;
}

StrObj *vm_str_alloc(size_t nbytes, size_t len, bool ascii)
{
    return vm_str_alloc_type(&vm_type_str, nbytes, len, ascii);
}

/* The writable data area: text, NUL and index. */
static cr_buf data_view(StrObj *s)
{
    size_t n = s->nbytes + 1 + 8 * index_entries(s->len, (s->flags & VM_STR_ASCII) != 0);
    cr_buf b = {s->data, n, n, false};
    return b;
}

void vm_str_write(StrObj *s, size_t off, cr_span bytes)
{
    cr_buf b = data_view(s);
    if (off > s->nbytes || bytes.len > s->nbytes - off) cr_panic_bounds();
    cr_buf_write_at(&b, off, bytes);
}

Val vm_str_from_known(cr_span utf8, size_t len, bool ascii)
{
    if (utf8.len == 0) return vm_str_empty();
    if (len == 1) {
        size_t pos = 0;
        uint32_t cp = vm_str_next(utf8, &pos);
        if (cp < 256) return vm_str_char(cp);
    }
    StrObj *s = vm_str_alloc(utf8.len, len, ascii);
    if (!s) return NULL;
    vm_str_write(s, 0, utf8);
    return VAL(s);
}

/* Count code points and check ASCII-ness of trusted UTF-8. */
static size_t count_cps(cr_span s, bool *ascii)
{
    size_t n = 0;
    bool a = true;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (c >= 0x80) a = false;
        n += (c & 0xC0) != 0x80;
    }
    *ascii = a;
    return n;
}

Val vm_str_from_buf(cr_buf *b)
{
    if (b->failed) return vm_err_nomem();
    cr_span sp = cr_buf_span(b);
    bool ascii;
    size_t n = count_cps(sp, &ascii);
    return vm_str_from_known(sp, n, ascii);
}

/* ---- singletons ---- */
static Val g_empty;
static Val *g_chars; /* 256 one-character strings, created on demand */

static bool singletons_ready(void)
{
    if (g_chars) return true;
    Val *c = cr_alloc_array(256, sizeof(Val), CR_SCAN);
    if (!c) return false;
    g_chars = c;
    cr_gc_add_root(&g_chars);
    cr_gc_add_root(&g_empty);
    return true;
}

static cr_valspan chars_span(void) { cr_valspan s = {g_chars, 256}; return s; }

Val vm_str_empty(void)
{
    if (g_empty) return g_empty;
    if (!singletons_ready()) return vm_err_nomem();
    StrObj *s = vm_str_alloc(0, 0, true);
    if (!s) return NULL;
    s->hash = 0;
    g_empty = VAL(s);
    return g_empty;
}

Val vm_str_char(uint32_t cp)
{
    if (cp >= 256) return vm_str_from_codepoint(cp);
    if (!singletons_ready()) return vm_err_nomem();
    Val v = cr_valspan_get(chars_span(), cp);
    if (v) return v;
    uint8_t tmp[2];
    size_t n = 1;
    if (cp < 0x80) {
        tmp[0] = (uint8_t)cp;
    } else {
        tmp[0] = (uint8_t)(0xC0 | (cp >> 6));
        tmp[1] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 2;
    }
    StrObj *s = vm_str_alloc(n, 1, cp < 0x80);
    if (!s) return NULL;
    vm_str_write(s, 0, cr_span_make(tmp, n));
    cr_valspan_set(chars_span(), cp, VAL(s));
    return VAL(s);
}

Val vm_str_from_codepoint(uint32_t cp)
{
    if (cp > 0x10FFFF) return vm_err_str(&vm_exc_ValueError, "chr() arg not in range(0x110000)");
    if (cp < 256) return vm_str_char(cp);
    cr_buf b;
    cr_buf_init(&b);
    uint8_t tmp[4];
    size_t n;
    if (cp < 0x800) {
        tmp[0] = (uint8_t)(0xC0 | (cp >> 6));
        tmp[1] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        tmp[0] = (uint8_t)(0xE0 | (cp >> 12));
        tmp[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        tmp[2] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        tmp[0] = (uint8_t)(0xF0 | (cp >> 18));
        tmp[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
        tmp[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        tmp[3] = (uint8_t)(0x80 | (cp & 0x3F));
        n = 4;
    }
    StrObj *s = vm_str_alloc(n, 1, false);
    if (!s) return NULL;
    vm_str_write(s, 0, cr_span_make(tmp, n));
    return VAL(s);
}

Val vm_str_exact(Val s)
{
    if (vm_is_type(s, &vm_type_str)) return s;
    StrObj *o = vm_str_obj(s);
    return vm_str_from_known(vm_str_span(s), o->len, (o->flags & VM_STR_ASCII) != 0);
}

/* ---------------------------------------------------------------------- */
/* Construction from UTF-8                                                 */

/* Length of a generalised UTF-8 sequence starting at i (surrogates allowed),
 * or 0 when invalid. */
static size_t wtf8_seq_len(cr_span s, size_t i)
{
    uint8_t c = cr_span_at(s, i);
    if (c < 0x80) return 1;
    size_t n;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, lo = c == 0xE0 ? 0xA0 : 0x80;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else return 0;
    if (n > s.len - i) return 0;
    uint8_t c1 = cr_span_at(s, i + 1);
    if (c1 < lo || c1 > hi) return 0;
    for (size_t k = 2; k < n; k++)
        if ((cr_span_at(s, i + k) & 0xC0) != 0x80) return 0;
    return n;
}

Val vm_str_new(cr_span utf8)
{
    size_t i = 0, n = 0;
    bool ascii = true;
    while (i < utf8.len) {
        uint8_t c = cr_span_at(utf8, i);
        if (c < 0x80) {
            i++;
        } else {
            size_t k = wtf8_seq_len(utf8, i);
            if (k == 0) cr_panic("vm_str_new: invalid UTF-8");
            ascii = false;
            i += k;
        }
        n++;
    }
    return vm_str_from_known(utf8, n, ascii);
}

Val vm_str_cstr(const char *s) { return vm_str_new(cr_span_cstr(s)); }

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

/* ---- external strings ----
 * StrShared: one growable buffer shared by the strings that are prefixes of
 * it; bytes [0, text.len) never change once written.  StrExt: per string,
 * the shared buffer, a lazily made flat copy (for vm_str_cstr_of, which
 * needs a stable NUL-terminated text) and a lazily built offset index.
 * Both blocks start with a type word so that generic code inspecting the
 * `dict` slot sees an object that is not a dict. */
#define EXT_MIN 256 /* concatenations at least this long become external */

static Type str_ext_type = {.base = {&vm_type_type}, .name = "str_ext"};

typedef struct {
    Obj base;
    cr_buf text;
} StrShared;

typedef struct {
    Obj base;
    StrShared *shared;
    Val flat;      /* flat copy, or NULL */
    cr_buf index;  /* 8-byte offsets of every VM_STR_INDEX_STEP-th code point */
    bool indexed;
} StrExt;

static StrExt *ext_of(StrObj *o) { return (StrExt *)(void *)val_obj(o->dict); }

cr_span vm_str_span(Val s)
{
    StrObj *o = vm_str_obj(s);
    if (o->flags & VM_STR_EXT) return cr_span_sub(cr_buf_span(&ext_of(o)->shared->text), 0, o->nbytes);
    return cr_span_make(o->data, o->nbytes);
}

const char *vm_str_cstr_of(Val s)
{
    StrObj *o = vm_str_obj(s);
    if (!(o->flags & VM_STR_EXT)) return (const char *)o->data;
    StrExt *e = ext_of(o);
    if (!e->flat) {
        StrObj *f = vm_str_alloc(o->nbytes, o->len, (o->flags & VM_STR_ASCII) != 0);
        if (!f) {
            /* Out of memory: no way to report it here. */
            vm_err_clear();
            return "";
        }
        vm_str_write(f, 0, vm_str_span(s));
        e->flat = VAL(f);
    }
    return (const char *)vm_str_obj(e->flat)->data;
}

/* A new external string of len code points whose text is shared->text's
 * first nbytes bytes. */
static Val ext_new(StrShared *shared, size_t nbytes, size_t len, bool ascii)
{
    StrExt *e = vm_alloc_obj(&str_ext_type, sizeof(StrExt), CR_SCAN);
    if (!e) return NULL;
    e->shared = shared;
    cr_buf_init(&e->index);
    StrObj *o = vm_alloc_obj(&vm_type_str, sizeof(StrObj), CR_SCAN);
    if (!o) return NULL;
    o->dict = VAL(e);
    o->hash = -1;
    o->len = len;
    o->nbytes = nbytes;
    o->flags = VM_STR_EXT | (ascii ? VM_STR_ASCII : 0);
    return VAL(o);
}

/* a + b as an external string: appended in place when a is external and
 * its text ends where the shared buffer's does, else in a new buffer with
 * room to grow. */
static Val ext_concat(Val a, Val b, size_t nbytes, size_t len, bool ascii)
{
    StrObj *x = vm_str_obj(a);
    cr_span bs = vm_str_span(b);
    if ((x->flags & VM_STR_EXT) && vm_is_type(a, &vm_type_str)) {
        StrShared *sh = ext_of(x)->shared;
        if (sh->text.len == x->nbytes) {
            if (!cr_buf_append(&sh->text, bs)) {
                cr_buf_truncate(&sh->text, x->nbytes);
                sh->text.failed = false;
                return vm_err_nomem();
            }
            return ext_new(sh, nbytes, len, ascii);
        }
    }
    StrShared *sh = vm_alloc_obj(&str_ext_type, sizeof(StrShared), CR_SCAN);
    if (!sh) return NULL;
    cr_buf_init(&sh->text);
    size_t cap;
    if (!cr_add_ok(nbytes, nbytes / 2, &cap) || !cr_buf_reserve(&sh->text, cap)) return vm_err_nomem();
    cr_buf_append(&sh->text, vm_str_span(a));
    cr_buf_append(&sh->text, bs);
    if (sh->text.failed) return vm_err_nomem();
    return ext_new(sh, nbytes, len, ascii);
}

/* Byte offset of code point i of an external non-ASCII string, through its
 * lazily built index (a linear scan if the index cannot be allocated). */
static size_t ext_byte_offset(StrObj *o, cr_span text, size_t i)
{
    StrExt *e = ext_of(o);
    size_t k = i / VM_STR_INDEX_STEP;
    if (k == 0) return skip_cps(text, 0, i);
    if (!e->indexed) {
        size_t nidx = (o->len - 1) / VM_STR_INDEX_STEP, pos = 0;
        cr_buf_init(&e->index);
        if (cr_buf_reserve(&e->index, nidx * 8)) {
            for (size_t j = 0; j < nidx; j++) {
                pos = skip_cps(text, pos, VM_STR_INDEX_STEP);
                uint64_t v = pos;
                for (int q = 0; q < 8; q++) cr_buf_byte(&e->index, (uint8_t)(v >> (8 * q)));
            }
            e->indexed = !e->index.failed;
        }
        if (!e->indexed) return skip_cps(text, 0, i);
    }
    uint64_t v = 0;
    for (int q = 7; q >= 0; q--) v = (v << 8) | cr_buf_get(&e->index, (k - 1) * 8 + (size_t)q);
    return skip_cps(text, (size_t)v, i % VM_STR_INDEX_STEP);
}

size_t vm_str_len(Val s) { return vm_str_obj(s)->len; }

static inline size_t lead_len(uint8_t c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

size_t vm_utf8_count_range(cr_span s, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++) n += (cr_span_at(s, i) & 0xC0) != 0x80;
    return n;
}

static size_t skip_cps(cr_span s, size_t pos, size_t n)
{
    while (n-- > 0) pos += lead_len(cr_span_at(s, pos));
    return pos;
}

static size_t index_get(StrObj *o, size_t k)
{
    cr_buf b = data_view(o);
    cr_span sp = cr_buf_span(&b);
    size_t at = o->nbytes + 1 + 8 * k;
    uint64_t v = 0;
    for (int j = 7; j >= 0; j--) v = (v << 8) | cr_span_at(sp, at + (size_t)j);
    return (size_t)v;
}

/* Record the byte offset of every VM_STR_INDEX_STEP-th code point. */
static void build_index(StrObj *o)
{
    cr_buf b = data_view(o);
    cr_span text = cr_span_make(o->data, o->nbytes);
    size_t nidx = index_entries(o->len, false), pos = 0;
    for (size_t k = 0; k < nidx; k++) {
        pos = skip_cps(text, pos, VM_STR_INDEX_STEP);
        uint8_t tmp[8];
        uint64_t v = pos;
        for (int j = 0; j < 8; j++) tmp[j] = (uint8_t)(v >> (8 * j));
        cr_buf_write_at(&b, o->nbytes + 1 + 8 * k, cr_span_make(tmp, 8));
    }
    o->flags |= VM_STR_INDEXED;
}

size_t vm_str_byte_offset(Val s, size_t i)
{
    StrObj *o = vm_str_obj(s);
    if (o->flags & VM_STR_ASCII) return i;
    if (i >= o->len) {
        if (i > o->len) cr_panic_bounds();
        return o->nbytes;
    }
    cr_span text = vm_str_span(s);
    if (o->flags & VM_STR_EXT) return ext_byte_offset(o, text, i);
    size_t k = i / VM_STR_INDEX_STEP, pos = 0, rest = i;
    if (k > 0 && (o->flags & VM_STR_HAS_INDEX)) {
        if (!(o->flags & VM_STR_INDEXED)) build_index(o);
        pos = index_get(o, k - 1);
        rest = i % VM_STR_INDEX_STEP;
    }
    return skip_cps(text, pos, rest);
}

uint32_t vm_str_at(Val s, size_t index)
{
    StrObj *o = vm_str_obj(s);
    if (index >= o->len) cr_panic_bounds();
    cr_span text = vm_str_span(s);
    if (o->flags & VM_STR_ASCII) return cr_span_at(text, index);
    size_t pos = vm_str_byte_offset(s, index);
    return vm_str_next(text, &pos);
}

Val vm_str_slice(Val s, size_t start, size_t stop)
{
    StrObj *o = vm_str_obj(s);
    if (stop > o->len) stop = o->len;
    if (start >= stop) return vm_str_empty();
    if (start == 0 && stop == o->len && vm_is_type(s, &vm_type_str)) return s;
    size_t b0 = vm_str_byte_offset(s, start);
    size_t b1 = stop;
    if (!(o->flags & VM_STR_ASCII)) {
        /* Walk from b0 when the slice is short; else use the index. */
        if (stop - start <= VM_STR_INDEX_STEP) b1 = skip_cps(vm_str_span(s), b0, stop - start);
        else b1 = vm_str_byte_offset(s, stop);
    }
    cr_span sub = cr_span_sub(vm_str_span(s), b0, b1 - b0);
    bool ascii = (o->flags & VM_STR_ASCII) != 0 || b1 - b0 == stop - start;
    return vm_str_from_known(sub, stop - start, ascii);
}

int vm_str_kind(Val s)
{
    if (vm_str_is_ascii(s)) return 1;
    cr_span t = vm_str_span(s);
    int kind = 1;
    for (size_t i = 0; i < t.len;) {
        uint8_t c = cr_span_at(t, i);
        if (c >= 0xF0) return 4;
        if (c >= 0xC4) kind = 2; /* U+0100 and above */
        i += lead_len(c);
    }
    return kind;
}

bool vm_str_eq(Val a, Val b)
{
    if (a == b) return true;
    StrObj *x = vm_str_obj(a), *y = vm_str_obj(b);
    if (x->nbytes != y->nbytes || x->len != y->len) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return cr_span_eq(vm_str_span(a), vm_str_span(b));
}

bool vm_str_eq_cstr(Val s, const char *c) { return cr_span_eq(vm_str_span(s), cr_span_cstr(c)); }

Val vm_str_concat(Val a, Val b)
{
    StrObj *x = vm_str_obj(a), *y = vm_str_obj(b);
    if (y->len == 0 && vm_is_type(a, &vm_type_str)) return a;
    if (x->len == 0 && vm_is_type(b, &vm_type_str)) return b;
    size_t nb, n;
    if (!cr_add_ok(x->nbytes, y->nbytes, &nb) || !cr_add_ok(x->len, y->len, &n))
        return vm_err_nomem();
    if (nb >= EXT_MIN) return ext_concat(a, b, nb, n, (x->flags & y->flags & VM_STR_ASCII) != 0);
    StrObj *r = vm_str_alloc(nb, n, (x->flags & y->flags & VM_STR_ASCII) != 0);
    if (!r) return NULL;
    vm_str_write(r, 0, vm_str_span(a));
    vm_str_write(r, x->nbytes, vm_str_span(b));
    return VAL(r);
}

/* sep.join(iterable) */
Val vm_str_join(Val sep, Val iterable)
{
    Val seq;
    /* Exact lists/tuples only: a subclass may override __iter__. */
    if (vm_is_type(iterable, &vm_type_list) || vm_is_type(iterable, &vm_type_tuple)) {
        seq = iterable;
    } else {
        Val it = vm_iter(iterable);
        if (!it) {
            if (vm_err_matches(&vm_exc_TypeError)) {
                vm_err_clear();
                return vm_err_str(&vm_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = vm_list_from_iter(it);
        if (!seq) return NULL;
    }
    bool is_list = vm_is_list(seq);
    size_t n = is_list ? vm_list_len(seq) : vm_tuple_len(seq);
    if (n == 0) return vm_str_empty();
    if (n == 1) {
        Val item = is_list ? vm_list_get(seq, 0) : vm_tuple_get(seq, 0);
        if (vm_is_type(item, &vm_type_str)) return item;
    }
    StrObj *so = vm_str_obj(sep);
    size_t nbytes = 0, len = 0;
    bool ascii = (so->flags & VM_STR_ASCII) != 0;
    for (size_t i = 0; i < n; i++) {
        /* A list may be mutated by nothing here: we call no Python code. */
        Val item = is_list ? vm_list_get(seq, i) : vm_tuple_get(seq, i);
        if (!vm_is_str(item))
            return vm_err_fmt(&vm_exc_TypeError, "sequence item %zu: expected str instance, %.80s found",
                              i, vm_tname(item));
        StrObj *io = vm_str_obj(item);
        if (!cr_add_ok(nbytes, io->nbytes, &nbytes) || !cr_add_ok(len, io->len, &len)) return vm_err_nomem();
        if (i > 0 && (!cr_add_ok(nbytes, so->nbytes, &nbytes) || !cr_add_ok(len, so->len, &len)))
            return vm_err_nomem();
        ascii = ascii && (io->flags & VM_STR_ASCII);
    }
    if (len == 0) return vm_str_empty();
    StrObj *r = vm_str_alloc(nbytes, len, ascii);
    if (!r) return NULL;
    size_t off = 0;
    cr_span sp = vm_str_span(sep);
    for (size_t i = 0; i < n; i++) {
        Val item = is_list ? vm_list_get(seq, i) : vm_tuple_get(seq, i);
        if (i > 0 && sp.len) {
            vm_str_write(r, off, sp);
            off += sp.len;
        }
        cr_span is = vm_str_span(item);
        vm_str_write(r, off, is);
        off += is.len;
    }
    return VAL(r);
}

/* ---------------------------------------------------------------------- */
/* Hashing: CPython 3.11's SipHash-1-3 over the PEP 393 representation     */

static uint64_t g_k0, g_k1;

typedef struct {
    uint64_t v0, v1, v2, v3;
    uint64_t m;     /* pending bytes, little-endian */
    unsigned nm;    /* number of pending bytes */
    uint64_t total; /* bytes fed */
} sip_state;

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

static inline void sip_round(sip_state *s)
{
    s->v0 += s->v1; s->v2 += s->v3;
    s->v1 = rotl(s->v1, 13) ^ s->v0; s->v3 = rotl(s->v3, 16) ^ s->v2;
    s->v0 = rotl(s->v0, 32);
    s->v2 += s->v1; s->v0 += s->v3;
    s->v1 = rotl(s->v1, 17) ^ s->v2; s->v3 = rotl(s->v3, 21) ^ s->v0;
    s->v2 = rotl(s->v2, 32);
}

static void sip_init(sip_state *s)
{
    s->v0 = g_k0 ^ 0x736f6d6570736575ULL;
    s->v1 = g_k1 ^ 0x646f72616e646f6dULL;
    s->v2 = g_k0 ^ 0x6c7967656e657261ULL;
    s->v3 = g_k1 ^ 0x7465646279746573ULL;
    s->m = 0;
    s->nm = 0;
    s->total = 0;
}

static inline void sip_word(sip_state *s, uint64_t mi)
{
    s->v3 ^= mi;
    sip_round(s);
    s->v0 ^= mi;
}

static inline void sip_byte(sip_state *s, uint8_t b)
{
    s->m |= (uint64_t)b << (8 * s->nm);
    s->total++;
    if (++s->nm == 8) {
        sip_word(s, s->m);
        s->m = 0;
        s->nm = 0;
    }
}

static int64_t sip_final(sip_state *s)
{
    uint64_t b = (s->total << 56) | s->m;
    s->v3 ^= b;
    sip_round(s);
    s->v0 ^= b;
    s->v2 ^= 0xff;
    sip_round(s);
    sip_round(s);
    sip_round(s);
    int64_t h = (int64_t)((s->v0 ^ s->v1) ^ (s->v2 ^ s->v3));
    return h == -1 ? -2 : h;
}

static void sip_span(sip_state *s, cr_span d)
{
    size_t i = 0;
    if (s->nm == 0) {
        for (; i + 8 <= d.len; i += 8) {
            uint64_t w = 0;
            for (int j = 7; j >= 0; j--) w = (w << 8) | cr_span_at(d, i + (size_t)j);
            sip_word(s, w);
            s->total += 8;
        }
    }
    for (; i < d.len; i++) sip_byte(s, cr_span_at(d, i));
}

int64_t vm_hash_bytes(cr_span data)
{
    if (data.len == 0) return 0;
    sip_state s;
    sip_init(&s);
    sip_span(&s, data);
    return sip_final(&s);
}

static int64_t hash_str_uncached(Val v)
{
    StrObj *o = vm_str_obj(v);
    if (o->len == 0) return 0;
    cr_span t = vm_str_span(v);
    if (o->flags & VM_STR_ASCII) return vm_hash_bytes(t);
    int kind = vm_str_kind(v);
    sip_state s;
    sip_init(&s);
    for (size_t pos = 0; pos < t.len;) {
        uint32_t cp = vm_str_next(t, &pos);
        for (int j = 0; j < kind; j++) sip_byte(&s, (uint8_t)(cp >> (8 * j)));
    }
    return sip_final(&s);
}

int64_t vm_str_hash(Val s)
{
    StrObj *o = vm_str_obj(s);
    if (o->hash == -1) o->hash = hash_str_uncached(s);
    return o->hash;
}

/* CPython's lcg_urandom (Python/bootstrap_hash.c) over the 24-byte secret. */
static void lcg_urandom(uint32_t x0, uint8_t buffer[24])
{
    uint32_t x = x0;
    for (size_t i = 0; i < 24; i++) {
        x *= 214013u;
        x += 2531011u;
        buffer[i] = (uint8_t)((x >> 16) & 0xff); /* boundary: fixed-size local buffer with a constant bound */
    }
}

void vm_str_hash_init(const char *seed)
{
    uint8_t secret[24] = {0};
    bool random = true;
    cr_span sp = cr_span_cstr(seed ? seed : "");
    if (sp.len > 0 && !cr_span_eq(sp, cr_span_cstr("random"))) {
        uint64_t n = 0;
        bool ok = sp.len <= 10;
        for (size_t i = 0; ok && i < sp.len; i++) {
            uint8_t c = cr_span_at(sp, i);
            if (c < '0' || c > '9') ok = false;
            else n = n * 10 + (uint64_t)(c - '0');
        }
        if (ok && n <= 4294967295u) {
            random = false;
            if (n != 0) lcg_urandom((uint32_t)n, secret);
        }
    }
    if (random && cr_host_services && cr_host_services->random) cr_host_services->random(secret, sizeof secret);
    uint64_t k0 = 0, k1 = 0;
    for (int j = 7; j >= 0; j--) {
        k0 = (k0 << 8) | secret[j];
        k1 = (k1 << 8) | secret[8 + j];
    }
    g_k0 = k0;
    g_k1 = k1;
}

/* ---------------------------------------------------------------------- */
/* Interning: an open-addressing set of str objects, keyed by hash         */

static cr_vals g_intern; /* capacity a power of two; NULL = empty slot */
static size_t g_intern_used;
static bool g_intern_rooted;

static bool intern_grow(void)
{
    size_t ncap = g_intern.len ? g_intern.len * 2 : 1024;
    cr_vals nv;
    if (!cr_vals_init_cap(&nv, ncap) || !cr_vals_resize(&nv, ncap, NULL)) return false;
    for (size_t i = 0; i < g_intern.len; i++) {
        Val s = cr_vals_get(&g_intern, i);
        if (!s) continue;
        size_t j = (size_t)vm_str_hash(s) & (ncap - 1);
        while (cr_vals_get(&nv, j)) j = (j + 1) & (ncap - 1);
        cr_vals_set(&nv, j, s);
    }
    g_intern = nv;
    return true;
}

Val vm_str_intern(Val s)
{
    if (!vm_is_type(s, &vm_type_str)) return s;
    if (vm_str_obj(s)->flags & VM_STR_INTERNED) return s;
    if (!g_intern_rooted) {
        cr_gc_add_root(&g_intern.items);
        g_intern_rooted = true;
    }
    if ((g_intern_used + 1) * 2 > g_intern.len && !intern_grow()) return vm_err_nomem();
    size_t mask = g_intern.len - 1;
    size_t j = (size_t)vm_str_hash(s) & mask;
    for (;;) {
        Val e = cr_vals_get(&g_intern, j);
        if (!e) break;
        if (vm_str_eq(e, s)) return e;
        j = (j + 1) & mask;
    }
    cr_vals_set(&g_intern, j, s);
    g_intern_used++;
    vm_str_obj(s)->flags |= VM_STR_INTERNED;
    return s;
}

Val vm_intern_cstr(const char *s)
{
    Val v = vm_str_cstr(s);
    return v ? vm_str_intern(v) : NULL;
}

/* ---------------------------------------------------------------------- */
/* Searching: the two-way algorithm (Crochemore-Perrin), as musl's memmem.  */
/* Linear in the haystack length whatever the input.                       */

typedef struct {
    cr_span n;     /* the needle, read through at() */
    bool rev;      /* read hay and needle back to front (for rfind) */
    size_t ms, p, mem0;
    uint64_t byteset[4];
    size_t shift[256];
} twoway;

static inline uint8_t at(cr_span s, bool rev, size_t i)
{
    return cr_span_at(s, rev ? s.len - 1 - i : i);
}

static void twoway_prepare(twoway *t, cr_span needle, bool rev)
{
    size_t l = needle.len, i, ip, jp, k, p, ms, p0;
    t->n = needle;
    t->rev = rev;
    for (i = 0; i < 4; i++) t->byteset[i] = 0;
    for (i = 0; i < l; i++) {
        uint8_t c = at(needle, rev, i);
        t->byteset[c >> 6] |= (uint64_t)1 << (c & 63);
        t->shift[c] = i + 1;
    }
    /* Maximal suffix for <, then for > */
    ip = (size_t)-1; jp = 0; k = p = 1;
    while (jp + k < l) {
        uint8_t a = at(needle, rev, ip + k), b = at(needle, rev, jp + k);
        if (a == b) {
            if (k == p) { jp += p; k = 1; } else k++;
        } else if (a > b) {
            jp += k; k = 1; p = jp - ip;
        } else {
            ip = jp++; k = p = 1;
        }
    }
    ms = ip;
    p0 = p;
    ip = (size_t)-1; jp = 0; k = p = 1;
    while (jp + k < l) {
        uint8_t a = at(needle, rev, ip + k), b = at(needle, rev, jp + k);
        if (a == b) {
            if (k == p) { jp += p; k = 1; } else k++;
        } else if (a < b) {
            jp += k; k = 1; p = jp - ip;
        } else {
            ip = jp++; k = p = 1;
        }
    }
    if (ip + 1 > ms + 1) ms = ip;
    else p = p0;
    /* Periodic needle? */
    bool periodic = true;
    for (i = 0; i < ms + 1 && periodic; i++)
        if (at(needle, rev, i) != at(needle, rev, i + p)) periodic = false;
    if (!periodic) {
        t->mem0 = 0;
        p = (ms > l - ms - 1 ? ms : l - ms - 1) + 1;
    } else {
        t->mem0 = l - p;
    }
    t->ms = ms;
    t->p = p;
}

/* First match at or after h0 in hay (hay already restricted to [start,end)
 * and, for rev, viewed back to front); returns the position or -1. */
static int64_t twoway_search(const twoway *t, cr_span hay, size_t h)
{
    size_t l = t->n.len, mem = 0, k, ms = t->ms;
    bool rev = t->rev;
    for (;;) {
        if (h > hay.len || hay.len - h < l) return -1;
        uint8_t c = at(hay, rev, h + l - 1);
        if (t->byteset[c >> 6] & ((uint64_t)1 << (c & 63))) {
            k = l - t->shift[c];
            if (k) {
                if (k < mem) k = mem;
                h += k;
                mem = 0;
                continue;
            }
        } else {
            h += l;
            mem = 0;
            continue;
        }
        for (k = ms + 1 > mem ? ms + 1 : mem; k < l && at(t->n, rev, k) == at(hay, rev, h + k); k++)
            ;
        if (k < l) {
            h += k - ms;
            mem = 0;
            continue;
        }
        for (k = ms + 1; k > mem && at(t->n, rev, k - 1) == at(hay, rev, h + k - 1); k--)
            ;
        if (k <= mem) return (int64_t)h;
        h += t->p;
        mem = t->mem0;
    }
}

static int64_t find_byte(cr_span hay, uint8_t c, size_t start)
{
    return cr_span_find_byte(hay, c, start);
}

int64_t vm_bytes_find(cr_span hay, cr_span needle, size_t start, size_t end)
{
    if (end > hay.len) end = hay.len;
    if (start > end || needle.len > end - start) return -1;
    if (needle.len == 0) return (int64_t)start;
    cr_span h = cr_span_sub(hay, 0, end);
    if (needle.len == 1) return find_byte(h, cr_span_at(needle, 0), start);
    twoway t;
    twoway_prepare(&t, needle, false);
    return twoway_search(&t, h, start);
}

int64_t vm_bytes_rfind(cr_span hay, cr_span needle, size_t start, size_t end)
{
    if (end > hay.len) end = hay.len;
    if (start > end || needle.len > end - start) return -1;
    if (needle.len == 0) return (int64_t)end;
    cr_span h = cr_span_sub(hay, start, end - start);
    if (needle.len == 1) {
        uint8_t c = cr_span_at(needle, 0);
        for (size_t i = h.len; i-- > 0;)
            if (cr_span_at(h, i) == c) return (int64_t)(start + i);
        return -1;
    }
    twoway t;
    twoway_prepare(&t, needle, true);
    int64_t r = twoway_search(&t, h, 0);
    if (r < 0) return -1;
    return (int64_t)(start + h.len - (size_t)r - needle.len);
}

size_t vm_bytes_count(cr_span hay, cr_span needle, size_t start, size_t end, size_t maxcount)
{
    if (end > hay.len) end = hay.len;
    if (start > end || needle.len > end - start) return 0;
    if (needle.len == 0) return 0; /* callers handle the empty needle */
    cr_span h = cr_span_sub(hay, 0, end);
    size_t n = 0;
    if (needle.len == 1) {
        uint8_t c = cr_span_at(needle, 0);
        for (size_t i = start; i < end && n < maxcount; i++) n += cr_span_at(h, i) == c;
        return n;
    }
    twoway t;
    twoway_prepare(&t, needle, false);
    size_t pos = start;
    while (n < maxcount) {
        int64_t r = twoway_search(&t, h, pos);
        if (r < 0) break;
        n++;
        pos = (size_t)r + needle.len;
    }
    return n;
}

/* ---------------------------------------------------------------------- */
/* repr                                                                    */

static const char hexdigits[] = "0123456789abcdef";

static void put_hex(cr_buf *b, uint32_t v, int ndigits)
{
    for (int i = ndigits - 1; i >= 0; i--) cr_buf_byte(b, (uint8_t)hexdigits[(v >> (4 * i)) & 15]);
}

Val vm_str_repr(Val s)
{
    cr_span t = vm_str_span(s);
    bool has_sq = cr_span_find_byte(t, '\'', 0) >= 0, has_dq = cr_span_find_byte(t, '"', 0) >= 0;
    uint8_t quote = has_sq && !has_dq ? '"' : '\'';
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, t.len + 2)) return vm_err_nomem();
    cr_buf_byte(&b, quote);
    for (size_t pos = 0; pos < t.len;) {
        size_t start = pos;
        uint32_t c = vm_str_next(t, &pos);
        if (c == quote || c == '\\') {
            cr_buf_byte(&b, '\\');
            cr_buf_byte(&b, (uint8_t)c);
        } else if (c == '\t') {
            cr_buf_cstr(&b, "\\t");
        } else if (c == '\n') {
            cr_buf_cstr(&b, "\\n");
        } else if (c == '\r') {
            cr_buf_cstr(&b, "\\r");
        } else if (c < ' ' || c == 0x7f) {
            cr_buf_cstr(&b, "\\x");
            put_hex(&b, c, 2);
        } else if (c < 0x7f) {
            cr_buf_byte(&b, (uint8_t)c);
        } else if (vm_ucd_isprintable(c)) {
            cr_buf_append(&b, cr_span_sub(t, start, pos - start));
        } else if (c <= 0xff) {
            cr_buf_cstr(&b, "\\x");
            put_hex(&b, c, 2);
        } else if (c <= 0xffff) {
            cr_buf_cstr(&b, "\\u");
            put_hex(&b, c, 4);
        } else {
            cr_buf_cstr(&b, "\\U");
            put_hex(&b, c, 8);
        }
    }
    cr_buf_byte(&b, quote);
    return vm_str_from_buf(&b);
}

/* ---------------------------------------------------------------------- */
/* vm_str_fmt: printf-like message formatting, without libc               */

static void fmt_u64(cr_buf *b, uint64_t v, unsigned base, bool neg)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = hexdigits[v % base];
        v /= base;
    } while (v && n < 23);
    if (neg) cr_buf_byte(b, '-');
    while (n > 0) cr_buf_byte(b, (uint8_t)tmp[--n]);
}

/* Append a piece of formatted text with width (code points, right-aligned
 * unless left) and precision (max code points; -1 = none). */
static void fmt_piece_fill(cr_buf *b, cr_span text, int64_t width, int64_t prec, bool left, bool zero);

static void fmt_piece(cr_buf *b, cr_span text, int64_t width, int64_t prec, bool left)
{
    fmt_piece_fill(b, text, width, prec, left, false);
}

/* zero: pad a number with '0' after its sign instead of spaces before it. */
static void fmt_piece_fill(cr_buf *b, cr_span text, int64_t width, int64_t prec, bool left, bool zero)
{
    size_t nbytes = text.len, ncp = 0;
    for (size_t i = 0; i < text.len; i++) {
        if ((cr_span_at(text, i) & 0xC0) != 0x80) {
            if (prec >= 0 && ncp == (size_t)prec) {
                nbytes = i;
                break;
            }
            ncp++;
        }
    }
    size_t pad = width > 0 && (size_t)width > ncp ? (size_t)width - ncp : 0;
    if (zero && !left) {
        if (nbytes > 0 && cr_span_at(text, 0) == '-') {
            cr_buf_byte(b, '-');
            text = cr_span_from(text, 1);
            nbytes--;
        }
        cr_buf_repeat(b, '0', pad);
        pad = 0;
    }
    if (!left) cr_buf_repeat(b, ' ', pad);
    cr_buf_append(b, cr_span_sub(text, 0, nbytes));
    if (left) cr_buf_repeat(b, ' ', pad);
}

/* The text of %s (a C string) cut to prec bytes, made valid UTF-8. */
static void fmt_cstr(cr_buf *b, const char *s, int64_t width, int64_t prec, bool left)
{
    if (!s) s = "(null)";
    cr_span sp = cr_span_cstr(s);
    if (prec >= 0 && (size_t)prec < sp.len) sp = cr_span_sub(sp, 0, (size_t)prec);
    Val v = vm_str_decode_utf8(sp, "replace");
    if (!v) {
        vm_err_clear();
        return;
    }
    fmt_piece(b, vm_str_span(v), width, -1, left);
}

Val vm_str_vfmt(const char *fmt, va_list ap)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_span f = cr_span_cstr(fmt);
    size_t i = 0;
    while (i < f.len) {
        uint8_t c = cr_span_at(f, i);
        if (c != '%') {
            size_t j = i;
            while (j < f.len && cr_span_at(f, j) != '%') j++;
            cr_buf_append(&b, cr_span_sub(f, i, j - i));
            i = j;
            continue;
        }
        i++;
        if (i >= f.len) break;
        bool left = false, zero = false;
        int64_t width = -1, prec = -1;
        while (i < f.len && (cr_span_at(f, i) == '-' || cr_span_at(f, i) == '0')) {
            if (cr_span_at(f, i) == '-') left = true;
            else zero = true;
            i++;
        }
        if (i < f.len && cr_span_at(f, i) == '*') {
            width = va_arg(ap, int);
            i++;
        } else {
            while (i < f.len && cr_span_at(f, i) >= '0' && cr_span_at(f, i) <= '9' && width < 100000)
                width = (width < 0 ? 0 : width) * 10 + (cr_span_at(f, i++) - '0');
        }
        if (i < f.len && cr_span_at(f, i) == '.') {
            i++;
            prec = 0;
            if (i < f.len && cr_span_at(f, i) == '*') {
                prec = va_arg(ap, int);
                i++;
            } else {
                while (i < f.len && cr_span_at(f, i) >= '0' && cr_span_at(f, i) <= '9' && prec < 100000000)
                    prec = prec * 10 + (cr_span_at(f, i++) - '0');
            }
        }
        int lmod = 0; /* 1 l, 2 ll, 3 z */
        while (i < f.len) {
            uint8_t m = cr_span_at(f, i);
            if (m == 'l') lmod = lmod == 1 ? 2 : 1;
            else if (m == 'z') lmod = 3;
            else break;
            i++;
        }
        if (i >= f.len) break;
        uint8_t d = cr_span_at(f, i++);
        cr_buf num;
        cr_buf_init(&num);
        switch (d) {
        case '%':
            cr_buf_byte(&b, '%');
            break;
        case 'c': {
            int cp = va_arg(ap, int);
            vm_sb_cp(&num, cp < 0 || cp > 0x10FFFF ? 0xFFFD : (uint32_t)cp);
            fmt_piece(&b, cr_buf_span(&num), width, -1, left);
            break;
        }
        case 'd': case 'i': {
            int64_t v = lmod == 0 ? va_arg(ap, int) : lmod == 1 ? va_arg(ap, long)
                      : lmod == 2 ? va_arg(ap, long long) : (int64_t)va_arg(ap, ptrdiff_t);
            fmt_u64(&num, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 10, v < 0);
            fmt_piece_fill(&b, cr_buf_span(&num), width, -1, left, zero);
            break;
        }
        case 'u': case 'x': case 'X': {
            uint64_t v = lmod == 0 ? va_arg(ap, unsigned) : lmod == 1 ? va_arg(ap, unsigned long)
                       : lmod == 2 ? va_arg(ap, unsigned long long) : (uint64_t)va_arg(ap, size_t);
            fmt_u64(&num, v, d == 'u' ? 10 : 16, false);
            if (d == 'X')
                for (size_t k = 0; k < num.len; k++)
                    if (cr_buf_get(&num, k) >= 'a') cr_buf_set(&num, k, (uint8_t)(cr_buf_get(&num, k) - 32));
            fmt_piece_fill(&b, cr_buf_span(&num), width, -1, left, zero);
            break;
        }
        case 'p': {
            const void *p = va_arg(ap, const void *);
            cr_buf_cstr(&num, "0x");
            fmt_u64(&num, (uint64_t)(uintptr_t)p, 16, false);
            fmt_piece(&b, cr_buf_span(&num), width, -1, left);
            break;
        }
        case 's':
            fmt_cstr(&b, va_arg(ap, const char *), width, prec, left);
            break;
        case 'R': case 'S': case 'A': case 'U': case 'T': {
            Val v = va_arg(ap, Val);
            Val s;
            if (!v) s = vm_str_cstr("<NULL>");
            else if (d == 'R') s = vm_repr(v);
            else if (d == 'S') s = vm_str(v);
            else if (d == 'A') s = vm_ascii(v);
            else if (d == 'T') s = vm_str_cstr(vm_tname(v));
            else s = vm_is_str(v) ? v : vm_str(v);
            if (!s) return NULL;
            if (!vm_is_str(s)) return vm_err_str(&vm_exc_TypeError, "__str__ returned non-string");
            fmt_piece(&b, vm_str_span(s), width, prec, left);
            break;
        }
        default:
            /* Unknown directive: copy it literally, as CPython does. */
            cr_buf_byte(&b, '%');
            cr_buf_byte(&b, d);
            break;
        }
    }
    return vm_str_from_buf(&b);
}

Val vm_str_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Val r = vm_str_vfmt(fmt, ap);
    va_end(ap);
    return r;
}
