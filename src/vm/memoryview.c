/* memoryview: typed, strided, multi-dimensional views of bytes and
 * bytearray (CPython's Objects/memoryobject.c, native single-character
 * formats only).
 *
 * As in CPython, one memoryview(obj) call exports obj once through a
 * "managed buffer" (MvBuf); slices, casts and memoryview(m) of that view
 * share it.  A bytearray refuses to resize while its export is held.
 * Without reference counting, a temporary view (m[1:3].tobytes()) is never
 * released, so only the view made by memoryview(obj) holds the export:
 * releasing it (or leaving its `with` block) unlocks the bytearray even if
 * derived views remain.  Elements are read and written through the
 * exporter's current storage with explicit bounds checks, so a derived view
 * of a resized bytearray raises instead of reading stale memory. */
#include "vm/memoryview.h"

#include "core/dtoa.h"
#include "vm/dict.h"
#include "vm/str.h"
#include "vm/type.h"

enum { MV_MAXDIM = 64 };

typedef struct {
    Val obj;      /* the exporter: bytes or bytearray */
    bool held;    /* the primary view is unreleased */
} MvBuf;

typedef struct {
    Obj base;
    MvBuf *mbuf;
    Val obj;
    int64_t start;    /* byte offset of element [0, ..., 0] in obj */
    int64_t itemsize;
    int64_t nbytes;   /* product(shape) * itemsize */
    int64_t hash;     /* -1 until computed */
    int ndim;
    uint8_t code;     /* the format character */
    bool at;          /* the format was given as "@X" */
    bool readonly, released;
    bool primary;     /* made by memoryview(obj): holds the export */
    int64_t shape[MV_MAXDIM];
    int64_t strides[MV_MAXDIM];
} MemView;

#define MVO(o) ((MemView *)(void *)val_obj(o))

static bool is_mv(Val v) { return !val_is_small(v) && vm_typeof(v) == &vm_type_memoryview; }
static bool is_ba(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_type_bytearray); }
static bool is_exporter(Val v) { return vm_is_bytes(v) || is_ba(v) || vm_is_array_exporter(v); }

/* ---- formats ---- */

/* The item size of a native format character, 0 when unsupported. */
static int64_t fmt_size(uint8_t c)
{
    switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
    }
}

static bool is_byte_fmt(uint8_t c) { return c == 'b' || c == 'B' || c == 'c'; }
static bool is_signed_fmt(uint8_t c)
{
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

/* Parse "X" or "@X"; false when not a supported native format. */
static bool parse_fmt(Val s, uint8_t *code, bool *at)
{
    cr_span f = vm_str_span(s);
    size_t i = 0;
    *at = f.len > 0 && cr_span_at(f, 0) == '@';
    if (*at) i = 1;
    if (f.len != i + 1) return false;
    *code = cr_span_at(f, i);
    return fmt_size(*code) != 0;
}

static Val fmt_str(const MemView *m)
{
    uint8_t t[2] = {'@', m->code};
    cr_span all = cr_span_make(t, sizeof t);
    return vm_str_new(m->at ? all : cr_span_from(all, 1));
}

/* ---- state ---- */

static bool check_released(const MemView *m)
{
    if (m->released) {
        vm_err_str(&vm_exc_ValueError, "operation forbidden on released memoryview object");
        return false;
    }
    return true;
}

static void init_len(MemView *m)
{
    int64_t n = m->itemsize;
    for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++) n *= m->shape[i];
    m->nbytes = n;
}

static void init_c_strides(MemView *m)
{
    int64_t sd = m->itemsize;
    for (int i = m->ndim - 1; i >= 0 && i < MV_MAXDIM; i--) {
        m->strides[i] = sd;
        sd *= m->shape[i];
    }
}

static bool is_c_contig(const MemView *m)
{
    if (m->ndim == 0 || m->nbytes == 0) return true;
    if (m->ndim == 1) return m->shape[0] == 1 || m->strides[0] == m->itemsize;
    int64_t sd = m->itemsize;
    for (int i = m->ndim - 1; i >= 0 && i < MV_MAXDIM; i--) {
        if (m->shape[i] > 1 && m->strides[i] != sd) return false;
        sd *= m->shape[i];
    }
    return true;
}

static bool is_f_contig(const MemView *m)
{
    if (m->ndim == 0 || m->nbytes == 0) return true;
    if (m->ndim == 1) return m->shape[0] == 1 || m->strides[0] == m->itemsize;
    int64_t sd = m->itemsize;
    for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++) {
        if (m->shape[i] > 1 && m->strides[i] != sd) return false;
        sd *= m->shape[i];
    }
    return true;
}

/* A new view sharing src's export and structure. */
static MemView *new_view(const MemView *src)
{
    MemView *m = vm_alloc_obj(&vm_type_memoryview, sizeof(MemView), CR_SCAN);
    if (!m) return NULL;
    *m = *src;
    m->base.type = &vm_type_memoryview;
    m->released = false;
    m->primary = false;
    m->hash = -1;
    return m;
}

/* The 1-D structure of an exporter: bytes and bytearray as format 'B';
 * an array.array by its typecode ('u' is CPython's 'w', whose items
 * memoryview cannot read), writable. */
static bool exporter_template(Val obj, MemView *tmpl)
{
    tmpl->obj = obj;
    tmpl->itemsize = 1;
    tmpl->ndim = 1;
    tmpl->code = 'B';
    tmpl->readonly = !is_ba(obj);
    if (!vm_is_bytes(obj) && vm_is_array_exporter(obj)) {
        Val tc = vm_getattr_cstr(obj, "typecode");
        Val n = tc ? vm_getattr_cstr(obj, "itemsize") : NULL;
        int64_t size;
        if (!n || !vm_is_str(tc) || vm_str_span(tc).len != 1 || !vm_as_ssize(n, &size, &vm_exc_OverflowError))
            return false;
        uint8_t c = cr_span_at(vm_str_span(tc), 0);
        tmpl->code = c == 'u' ? 'w' : c;
        tmpl->itemsize = size;
        tmpl->readonly = false;
        if (size <= 0 || size > 8) {
            vm_err_str(&vm_exc_ValueError, "memoryview: bad item size");
            return false;
        }
    }
    cr_span data;
    if (vm_buffer_get(obj, &data) < 0) return false;
    tmpl->shape[0] = (int64_t)data.len / tmpl->itemsize;
    tmpl->strides[0] = tmpl->itemsize;
    init_len(tmpl);
    return true;
}

/* A fresh export of a bytes, bytearray or array object (1-D). */
static MemView *export_of(Val obj)
{
    MvBuf *b = cr_alloc(sizeof(MvBuf), CR_SCAN);
    if (!b) {
        vm_err_nomem();
        return NULL;
    }
    b->obj = obj;
    MemView tmpl = {0};
    tmpl.mbuf = b;
    if (!exporter_template(obj, &tmpl)) return NULL;
    MemView *m = new_view(&tmpl);
    if (!m) return NULL;
    m->primary = true;
    b->held = true;
    if (is_ba(obj)) vm_bytearray_export(obj, true);
    return m;
}

static void release(MemView *m)
{
    if (m->released) return;
    m->released = true;
    if (m->primary && m->mbuf->held) {
        m->mbuf->held = false;
        if (is_ba(m->mbuf->obj)) vm_bytearray_export(m->mbuf->obj, false);
    }
}

/* ---- element access ---- */

/* The exporter's bytes [off, off + n), or false with an error when the
 * storage no longer covers them. */
static bool data_at(const MemView *m, int64_t off, int64_t n, cr_span *out)
{
    cr_span all = vm_bytes_span(m->obj);
    if (off < 0 || n < 0 || (uint64_t)off > all.len || (uint64_t)n > all.len - (uint64_t)off) {
        vm_err_str(&vm_exc_IndexError, "memoryview: underlying buffer is smaller than the view");
        return false;
    }
    *out = cr_span_sub(all, (size_t)off, (size_t)n);
    return true;
}

static uint64_t load_le(cr_span s)
{
    uint64_t v = 0;
    for (size_t i = s.len; i > 0; i--) v = (v << 8) | cr_span_at(s, i - 1);
    return v;
}

typedef union {
    float f;
    uint32_t u;
} FBits;

static Val err_fmt_unsupported(const MemView *m)
{
    return vm_err_fmt(&vm_exc_NotImplementedError, "memoryview: format %s not supported",
                      vm_str_cstr_of(fmt_str(m)));
}

static Val unpack_at(const MemView *m, int64_t off)
{
    if (m->code == 'w') return err_fmt_unsupported(m);
    cr_span s;
    if (!data_at(m, off, m->itemsize, &s)) return NULL;
    uint64_t u = load_le(s);
    switch (m->code) {
    case 'c': return vm_bytes_new(s);
    case '?': return vm_bool(u != 0);
    case 'f': {
        FBits fb;
        fb.u = (uint32_t)u;
        return vm_float_new((double)fb.f);
    }
    case 'd': return vm_float_new(cr_double_from_bits(u));
    default: break;
    }
    if (is_signed_fmt(m->code)) {
        unsigned bits = (unsigned)m->itemsize * 8;
        if (bits < 64 && (u >> (bits - 1)) & 1) u |= ~(uint64_t)0 << bits; /* sign-extend */
        return vm_int_from_i64((int64_t)u);
    }
    return vm_int_from_u64(u);
}

/* An int as uint64; false (no exception) when negative or >= 2**64. */
static bool int_as_u64(Val iv, uint64_t *out)
{
    int64_t x;
    if (vm_int_sign(iv) < 0) return false;
    if (vm_int_as_i64(iv, &x) == 0) {
        *out = (uint64_t)x;
        return true;
    }
    vm_err_clear();
    /* [2**63, 2**64): shift down by 2**63 into the int64 range. */
    Val half = vm_int_from_u64((uint64_t)1 << 63);
    Val low = half ? vm_binop(iv, half, VM_OP_SUB) : NULL;
    if (!low || vm_int_as_i64(low, &x) < 0) {
        vm_err_clear();
        return false;
    }
    *out = (uint64_t)x + ((uint64_t)1 << 63);
    return true;
}

static Val err_fmt_type(const MemView *m)
{
    return vm_err_fmt(&vm_exc_TypeError, "memoryview: invalid type for format '%s'", vm_str_cstr_of(fmt_str(m)));
}
static Val err_fmt_value(const MemView *m)
{
    return vm_err_fmt(&vm_exc_ValueError, "memoryview: invalid value for format '%s'", vm_str_cstr_of(fmt_str(m)));
}

typedef struct {
    uint8_t b[8];
} Item;

/* The bytes of one item holding v, little-endian, into out (itemsize used). */
static bool pack_value(const MemView *m, Val v, Item *out)
{
    uint64_t u = 0;
    switch (m->code) {
    case 'w': return err_fmt_unsupported(m), false;
    case 'c':
        if (!vm_is_bytes(v)) return err_fmt_type(m), false;
        if (vm_bytes_span(v).len != 1) return err_fmt_value(m), false;
        u = cr_span_at(vm_bytes_span(v), 0);
        break;
    case '?': {
        int t = vm_truthy(v);
        if (t < 0) return false;
        u = (uint64_t)t;
        break;
    }
    case 'f': case 'd': {
        double d;
        if (vm_as_double(v, &d) < 0) {
            if (vm_err_matches(&vm_exc_TypeError)) {
                vm_err_clear();
                err_fmt_type(m);
            }
            return false;
        }
        if (m->code == 'd') {
            u = cr_double_bits(d);
        } else {
            FBits fb;
            fb.f = (float)d;
            u = fb.u;
        }
        break;
    }
    default: {
        if (!vm_has_index(v)) return err_fmt_type(m), false;
        Val iv = vm_index(v);
        if (!iv) return false;
        unsigned bits = (unsigned)m->itemsize * 8;
        if (is_signed_fmt(m->code)) {
            int64_t x;
            if (vm_int_as_i64(iv, &x) < 0) {
                vm_err_clear();
                return err_fmt_value(m), false;
            }
            if (bits < 64 && (x < -((int64_t)1 << (bits - 1)) || x >= ((int64_t)1 << (bits - 1))))
                return err_fmt_value(m), false;
            u = (uint64_t)x;
        } else {
            uint64_t x;
            if (!int_as_u64(iv, &x)) return err_fmt_value(m), false;
            if (bits < 64 && x >> bits) return err_fmt_value(m), false;
            u = x;
        }
        break;
    }
    }
    for (int i = 0; i < 8; i++) out->b[i] = (uint8_t)(u >> (8 * i));
    return true;
}

static bool store_at(MemView *m, int64_t off, cr_span item)
{
    cr_span s;
    if (!data_at(m, off, (int64_t)item.len, &s)) return false;
    if (!is_ba(m->obj)) {
        /* An array keeps Python values: it stores the bytes itself. */
        Val a[2] = {vm_int_from_i64(off), vm_bytes_new(item)};
        if (!a[1]) return false;
        return vm_call_method(m->obj, "_buffer_store", a, 2) != NULL;
    }
    cr_buf *b = vm_bytearray_buf(m->obj);
    for (size_t i = 0; i < item.len; i++) cr_buf_set(b, (size_t)off + i, cr_span_at(item, i));
    return true;
}

static bool pack_at(MemView *m, int64_t off, Val v)
{
    Item item;
    if (!pack_value(m, v, &item)) return false;
    /* v's __index__/__float__/__bool__ may have released the view (gh-92888). */
    if (!check_released(m)) return false;
    return store_at(m, off, cr_span_sub(cr_span_make(item.b, sizeof item.b), 0, (size_t)m->itemsize));
}

/* ---- traversal ---- */

/* Visit every element in C (or Fortran) order: fn(ctx, byte offset). */
typedef bool (*mv_visit)(void *ctx, const MemView *m, int64_t off);

static bool visit_all(const MemView *m, bool fortran, mv_visit fn, void *ctx)
{
    if (m->ndim == 0) return fn(ctx, m, m->start);
    for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++)
        if (m->shape[i] == 0) return true;
    int64_t idx[MV_MAXDIM] = {0};
    for (;;) {
        int64_t off = m->start;
        for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++) off += idx[i] * m->strides[i];
        if (!fn(ctx, m, off)) return false;
        /* Advance the index vector: the last dimension fastest for C order. */
        int k;
        for (k = 0; k < m->ndim && k < MV_MAXDIM; k++) {
            int d = fortran ? k : m->ndim - 1 - k;
            if (++idx[d] < m->shape[d]) break;
            idx[d] = 0;
        }
        if (k == m->ndim) return true;
    }
}

static bool visit_copy(void *ctx, const MemView *m, int64_t off)
{
    cr_span s;
    if (!data_at(m, off, m->itemsize, &s)) return false;
    if (!cr_buf_append((cr_buf *)ctx, s)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

/* The view's bytes in C or Fortran order into b (initialised here). */
static bool copy_bytes(const MemView *m, bool fortran, cr_buf *b)
{
    cr_buf_init(b);
    return visit_all(m, fortran, visit_copy, b);
}

cr_span vm_memview_span(Val v)
{
    MemView *m = MVO(v);
    if (m->released) return cr_span_make(NULL, 0);
    cr_span s;
    if (is_c_contig(m) && data_at(m, m->start, m->nbytes, &s)) return s;
    vm_err_clear();
    cr_buf b;
    if (!copy_bytes(m, false, &b)) {
        vm_err_clear();
        return cr_span_make(NULL, 0);
    }
    return cr_buf_span(&b);
}

/* A PyBUF_SIMPLE request on a view: its bytes when it is C-contiguous, else
 * BufferError (released: ValueError) as CPython's "y*" arguments raise. */
bool vm_memview_simple(Val v, cr_span *out)
{
    MemView *m = MVO(v);
    if (!check_released(m)) return false;
    if (!is_c_contig(m)) {
        vm_err_str(&vm_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    if (m->nbytes == 0) {
        *out = cr_span_make(NULL, 0);
        return true;
    }
    return data_at(m, m->start, m->nbytes, out);
}

/* ---- construction ---- */

static Val mv_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"object", NULL};
    Val a[1];
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "memoryview() takes at most 1 argument (%zu given)", nargs);
    if (!vm_parse_args("memoryview", args, nargs, kwnames, kw, 0, 1, 1, a)) return NULL;
    Val o = a[0];
    if (is_mv(o)) {
        if (!check_released(MVO(o))) return NULL;
        MemView *m = new_view(MVO(o));
        return m ? obj_val(m) : NULL;
    }
    if (!is_exporter(o))
        return vm_err_fmt(&vm_exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", vm_tname(o));
    MemView *m = export_of(o);
    return m ? obj_val(m) : NULL;
}

/* ---- indexing ---- */

static bool dim_offset(const MemView *m, int dim, int64_t index, int64_t *off)
{
    int64_t n = m->shape[dim];
    if (index < 0) index += n;
    if (index < 0 || index >= n) {
        vm_err_fmt(&vm_exc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return false;
    }
    *off += index * m->strides[dim];
    return true;
}

static bool index_arg(Val key, int64_t *out) { return vm_as_ssize(key, out, &vm_exc_IndexError); }

static bool is_multiindex(Val key)
{
    if (!vm_is_tuple(key)) return false;
    for (size_t i = 0; i < vm_tuple_len(key); i++)
        if (!vm_has_index(vm_tuple_get(key, i))) return false;
    return true;
}

static bool is_multislice(Val key)
{
    if (!vm_is_tuple(key)) return false;
    for (size_t i = 0; i < vm_tuple_len(key); i++)
        if (!vm_isinstance_t(vm_tuple_get(key, i), &vm_type_slice)) return false;
    return true;
}

/* The byte offset of the element named by a full tuple of indices. */
static bool tuple_offset(const MemView *m, Val key, int64_t *off)
{
    size_t n = vm_tuple_len(key);
    if (n < (size_t)m->ndim) {
        vm_err_str(&vm_exc_NotImplementedError, "sub-views are not implemented");
        return false;
    }
    if (n > (size_t)m->ndim) {
        vm_err_fmt(&vm_exc_TypeError, "cannot index %d-dimension view with %zu-element tuple", m->ndim, n);
        return false;
    }
    *off = m->start;
    for (size_t d = 0; d < n; d++) {
        int64_t i;
        if (!index_arg(vm_tuple_get(key, d), &i) || !dim_offset(m, (int)d, i, off)) return false;
    }
    return true;
}

/* Slice the first dimension of m in place. */
static bool slice_dim0(MemView *m, Val key)
{
    int64_t start, stop, step, n;
    if (vm_slice_indices(key, m->shape[0], &start, &stop, &step, &n) < 0) return false;
    m->start += m->strides[0] * start;
    m->shape[0] = n;
    m->strides[0] *= step;
    init_len(m);
    return true;
}

static Val mv_getitem(Val self, Val key)
{
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    if (m->ndim == 0) {
        if (vm_is_tuple(key) && vm_tuple_len(key) == 0) return unpack_at(m, m->start);
        if (key == VM_Ellipsis) return self;
        return vm_err_str(&vm_exc_TypeError, "invalid indexing of 0-dim memory");
    }
    if (vm_has_index(key)) {
        int64_t i, off = m->start;
        /* __index__ may release the view: check again after it. */
        if (!index_arg(key, &i) || !check_released(m)) return NULL;
        if (m->ndim != 1)
            return vm_err_str(&vm_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
        if (!dim_offset(m, 0, i, &off)) return NULL;
        return unpack_at(m, off);
    }
    if (vm_isinstance_t(key, &vm_type_slice)) {
        MemView *s = new_view(m);
        if (!s) return NULL;
        if (!slice_dim0(s, key)) {
            release(s);
            return NULL;
        }
        return obj_val(s);
    }
    if (is_multiindex(key)) {
        int64_t off;
        if (!tuple_offset(m, key, &off) || !check_released(m)) return NULL;
        return unpack_at(m, off);
    }
    if (is_multislice(key))
        return vm_err_str(&vm_exc_NotImplementedError, "multi-dimensional slicing is not implemented");
    return vm_err_str(&vm_exc_TypeError, "memoryview: invalid slice key");
}

/* The structure of a bytes-like source (for assignment and comparison). */
static bool view_of(Val v, MemView *out)
{
    if (is_mv(v)) {
        *out = *MVO(v);
        return true;
    }
    if (!is_exporter(v)) return false;
    MemView tmpl = {0};
    if (!exporter_template(v, &tmpl)) {
        vm_err_clear();
        return false;
    }
    *out = tmpl;
    return true;
}

static bool same_shape(const MemView *a, const MemView *b)
{
    if (a->ndim != b->ndim) return false;
    for (int i = 0; i < a->ndim && i < MV_MAXDIM; i++) {
        if (a->shape[i] != b->shape[i]) return false;
        if (a->shape[i] == 0) break;
    }
    return true;
}

typedef struct {
    cr_span src;
    size_t pos;
} StoreCtx;

static bool visit_store(void *ctx, const MemView *m, int64_t off)
{
    StoreCtx *c = ctx;
    cr_span item = cr_span_sub(c->src, c->pos, (size_t)m->itemsize);
    c->pos += (size_t)m->itemsize;
    return store_at((MemView *)m, off, item);
}

static int assign_slice(MemView *m, Val key, Val value)
{
    MemView src;
    if (!view_of(value, &src)) {
        vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(value));
        return -1;
    }
    if (!check_released(&src)) return -1;
    MemView dest = *m;
    if (!slice_dim0(&dest, key) || !check_released(m)) return -1;
    if (dest.code != src.code || dest.itemsize != src.itemsize || !same_shape(&dest, &src)) {
        vm_err_str(&vm_exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* Copy the source first: it may overlap the destination. */
    cr_buf tmp;
    if (!copy_bytes(&src, false, &tmp)) return -1;
    StoreCtx c = {cr_buf_span(&tmp), 0};
    return visit_all(&dest, false, visit_store, &c) ? 0 : -1;
}

static int mv_setitem(Val self, Val key, Val value)
{
    MemView *m = MVO(self);
    if (!check_released(m)) return -1;
    if (m->readonly) {
        vm_err_str(&vm_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        vm_err_str(&vm_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (key == VM_Ellipsis || (vm_is_tuple(key) && vm_tuple_len(key) == 0))
            return pack_at(m, m->start, value) ? 0 : -1;
        vm_err_str(&vm_exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (vm_has_index(key)) {
        if (m->ndim > 1) {
            vm_err_str(&vm_exc_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        int64_t i, off = m->start;
        if (!index_arg(key, &i) || !check_released(m) || !dim_offset(m, 0, i, &off)) return -1;
        return pack_at(m, off, value) ? 0 : -1;
    }
    bool is_slice = vm_isinstance_t(key, &vm_type_slice);
    if (is_slice && m->ndim == 1) return assign_slice(m, key, value);
    if (is_multiindex(key)) {
        int64_t off;
        if (!tuple_offset(m, key, &off) || !check_released(m)) return -1;
        return pack_at(m, off, value) ? 0 : -1;
    }
    if (is_slice || is_multislice(key)) {
        vm_err_str(&vm_exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    vm_err_str(&vm_exc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static int64_t mv_len(Val self)
{
    MemView *m = MVO(self);
    if (!check_released(m)) return -1;
    return m->ndim == 0 ? 1 : m->shape[0];
}

/* ---- methods ---- */

static Val tolist_rec(const MemView *m, int dim, int64_t off)
{
    if (dim == m->ndim) return unpack_at(m, off);
    Val l = vm_list_new(0);
    if (!l) return NULL;
    for (int64_t i = 0; i < m->shape[dim]; i++) {
        Val x = tolist_rec(m, dim + 1, off + i * m->strides[dim]);
        if (!x || vm_list_append(l, x) < 0) return NULL;
    }
    return l;
}

static Val mv_tolist(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("memoryview.tolist", nargs, kwnames, 0, 0)) return NULL;
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    return tolist_rec(m, 0, m->start);
}

static Val mv_tobytes(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"order", NULL};
    Val a[1];
    if (!vm_parse_args("tobytes", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    bool fortran = false;
    if (a[0] && a[0] != VM_None) {
        if (!vm_is_str(a[0]))
            return vm_err_fmt(&vm_exc_TypeError, "tobytes() argument 'order' must be str or None, not %s",
                              vm_tname(a[0]));
        cr_span o = vm_str_span(a[0]);
        uint8_t c = o.len == 1 ? cr_span_at(o, 0) : 0;
        if (c != 'C' && c != 'F' && c != 'A') return vm_err_str(&vm_exc_ValueError, "order must be 'C', 'F' or 'A'");
        fortran = c == 'F' || (c == 'A' && !is_c_contig(m) && is_f_contig(m));
    }
    cr_buf b;
    if (!copy_bytes(m, fortran, &b)) return NULL;
    return vm_bytes_new(cr_buf_span(&b));
}

static Val mv_hex(Val self, Val *args, size_t nargs, Val kwnames)
{
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    cr_buf b;
    if (!copy_bytes(m, false, &b)) return NULL;
    Val bytes = vm_bytes_new(cr_buf_span(&b));
    if (!bytes) return NULL;
    Val hex = vm_getattr_cstr(bytes, "hex");
    return hex ? vm_call(hex, args, nargs, kwnames) : NULL;
}

static Val mv_release(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("memoryview.release", nargs, kwnames, 0, 0)) return NULL;
    release(MVO(self));
    return VM_None;
}

static Val mv_enter(Val self, Val *args, size_t nargs, Val kwnames)
{
    return check_released(MVO(self)) ? self : NULL;
}

static Val mv_exit(Val self, Val *args, size_t nargs, Val kwnames)
{
    release(MVO(self));
    return VM_None;
}

static Val mv_toreadonly(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("memoryview.toreadonly", nargs, kwnames, 0, 0)) return NULL;
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    MemView *r = new_view(m);
    if (!r) return NULL;
    r->readonly = true;
    return obj_val(r);
}

/* cast(format[, shape]): 1-D <-> N-D reinterpretations of C-contiguous views. */
static bool cast_shape(MemView *m, Val shape, size_t ndim)
{
    int64_t len = m->itemsize;
    for (size_t i = 0; i < ndim; i++) {
        Val x = vm_is_tuple(shape) ? vm_tuple_get(shape, i) : vm_list_get(shape, i);
        if (!vm_is_int(x)) {
            vm_err_str(&vm_exc_TypeError, "memoryview.cast(): elements of shape must be integers");
            return false;
        }
        int64_t n;
        if (!vm_as_ssize(x, &n, NULL)) return false;
        if (n <= 0) {
            vm_err_str(&vm_exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return false;
        }
        if (n > INT64_MAX / len) {
            vm_err_str(&vm_exc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return false;
        }
        len *= n;
        m->shape[i] = n;
    }
    m->ndim = (int)ndim;
    init_c_strides(m);
    if (len != m->nbytes) {
        vm_err_str(&vm_exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return false;
    }
    return true;
}

static Val mv_cast(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"format", "shape", NULL};
    Val a[2];
    if (!vm_parse_args("cast", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    MemView *m = MVO(self);
    if (!vm_is_str(a[0]))
        return vm_err_fmt(&vm_exc_TypeError, "cast() argument 'format' must be str, not %s", vm_tname(a[0]));
    if (!check_released(m)) return NULL;
    if (!is_c_contig(m)) return vm_err_str(&vm_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
    Val shape = a[1];
    bool zeros = false;
    for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++) zeros = zeros || m->shape[i] == 0;
    if ((shape || m->ndim != 1) && zeros)
        return vm_err_str(&vm_exc_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    size_t ndim = 1;
    if (shape) {
        if (!vm_is_tuple(shape) && !vm_is_list(shape))
            return vm_err_str(&vm_exc_TypeError, "shape must be a list or a tuple");
        ndim = vm_is_tuple(shape) ? vm_tuple_len(shape) : vm_list_len(shape);
        if (ndim > MV_MAXDIM)
            return vm_err_str(&vm_exc_ValueError, "memoryview: number of dimensions must not exceed 64");
        if (m->ndim != 1 && ndim != 1)
            return vm_err_str(&vm_exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    uint8_t code;
    bool at;
    if (!parse_fmt(a[0], &code, &at))
        return vm_err_str(&vm_exc_ValueError, "memoryview: destination format must be a native single character "
                                              "format prefixed with an optional '@'");
    if (!is_byte_fmt(m->code) && !is_byte_fmt(code))
        return vm_err_str(&vm_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
    int64_t size = fmt_size(code);
    if (m->nbytes % size) return vm_err_str(&vm_exc_TypeError, "memoryview: length is not a multiple of itemsize");
    MemView *r = new_view(m);
    if (!r) return NULL;
    r->code = code;
    r->at = at;
    r->itemsize = size;
    r->ndim = 1;
    r->shape[0] = m->nbytes / size;
    r->strides[0] = size;
    if (shape && !cast_shape(r, shape, ndim)) {
        release(r);
        return NULL;
    }
    return obj_val(r);
}

/* ---- attributes ---- */

static Val int_tuple(const MemView *m, bool strides)
{
    Val t = vm_tuple_new((size_t)m->ndim);
    if (!t) return NULL;
    for (int i = 0; i < m->ndim && i < MV_MAXDIM; i++) {
        Val x = vm_int_from_i64(strides ? m->strides[i] : m->shape[i]);
        if (!x) return NULL;
        vm_tuple_set(t, (size_t)i, x);
    }
    return t;
}

#define MV_GETTER(name, expr)                                \
    static Val name(Val self)                                \
    {                                                        \
        MemView *m = MVO(self);                              \
        return check_released(m) ? (expr) : NULL;            \
    }
MV_GETTER(mv_get_obj, m->obj)
MV_GETTER(mv_get_nbytes, vm_int_from_i64(m->nbytes))
MV_GETTER(mv_get_readonly, vm_bool(m->readonly))
MV_GETTER(mv_get_format, fmt_str(m))
MV_GETTER(mv_get_itemsize, vm_int_from_i64(m->itemsize))
MV_GETTER(mv_get_ndim, vm_int_from_i64(m->ndim))
MV_GETTER(mv_get_shape, int_tuple(m, false))
MV_GETTER(mv_get_strides, int_tuple(m, true))
MV_GETTER(mv_get_suboffsets, vm_tuple_new(0))
MV_GETTER(mv_get_c_contig, vm_bool(is_c_contig(m)))
MV_GETTER(mv_get_f_contig, vm_bool(is_f_contig(m)))
MV_GETTER(mv_get_contig, vm_bool(is_c_contig(m) || is_f_contig(m)))

/* ---- comparison, hashing, iteration, repr ---- */

typedef struct {
    Val items; /* the other view's elements in C order */
    size_t i;  /* element counter */
    bool raw;  /* compare the stored bytes ('?' against '?', as CPython's _Bool compare) */
    int eq;
} CmpCtx;

static Val cmp_item(const CmpCtx *c, const MemView *m, int64_t off)
{
    if (!c->raw) return unpack_at(m, off);
    cr_span s;
    return data_at(m, off, 1, &s) ? vm_int_from_i64(cr_span_at(s, 0)) : NULL;
}

static bool visit_list(void *ctx, const MemView *m, int64_t off)
{
    CmpCtx *c = ctx;
    Val x = cmp_item(c, m, off);
    return x && vm_list_append(c->items, x) == 0;
}

static bool visit_cmp(void *ctx, const MemView *m, int64_t off)
{
    CmpCtx *c = ctx;
    Val x = cmp_item(c, m, off);
    if (!x) return false;
    int r = vm_eq(x, vm_list_get(c->items, c->i++));
    if (r < 0) return false;
    if (!r) {
        c->eq = 0;
        return false; /* stop early: not equal */
    }
    return true;
}

static Val mv_richcmp(Val a, Val b, int op)
{
    if (op != VM_EQ && op != VM_NE) return VM_NotImplemented;
    MemView *m = MVO(a);
    MemView w;
    int eq;
    if (m->released || (is_mv(b) && MVO(b)->released)) {
        eq = a == b;
    } else if (!view_of(b, &w)) {
        return VM_NotImplemented;
    } else if (!same_shape(m, &w)) {
        eq = 0;
    } else {
        CmpCtx c = {vm_list_new(0), 0, m->code == '?' && w.code == '?', 1};
        if (!c.items || !visit_all(&w, false, visit_list, &c)) return NULL;
        if (!visit_all(m, false, visit_cmp, &c) && c.eq) return NULL;
        eq = c.eq;
    }
    return vm_bool((eq != 0) == (op == VM_EQ));
}

static int64_t mv_hash(Val self)
{
    MemView *m = MVO(self);
    if (m->hash != -1) return m->hash;
    if (!check_released(m)) return -1;
    if (!m->readonly) {
        vm_err_str(&vm_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!is_byte_fmt(m->code)) {
        vm_err_str(&vm_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    cr_buf b;
    if (!copy_bytes(m, false, &b)) return -1;
    m->hash = vm_hash_bytes(cr_buf_span(&b));
    return m->hash;
}

static Val mv_iter(Val self)
{
    MemView *m = MVO(self);
    if (!check_released(m)) return NULL;
    if (m->ndim == 0) return vm_err_str(&vm_exc_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim != 1) return vm_err_str(&vm_exc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    Val l = tolist_rec(m, 0, m->start);
    return l ? vm_iter(l) : NULL;
}

static Val mv_repr(Val self)
{
    if (MVO(self)->released) return vm_str_fmt("<released memory at %p>", (void *)val_obj(self));
    return vm_str_fmt("<memory at %p>", (void *)val_obj(self));
}

static const vm_methoddef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, NULL},       {"tolist", mv_tolist, 0, NULL},
    {"hex", mv_hex, 0, NULL},               {"release", mv_release, 0, NULL},
    {"cast", mv_cast, 0, NULL},             {"toreadonly", mv_toreadonly, 0, NULL},
    {"__enter__", mv_enter, 0, NULL},       {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef mv_getsets[] = {
    {"obj", mv_get_obj, NULL},
    {"nbytes", mv_get_nbytes, NULL},
    {"readonly", mv_get_readonly, NULL},
    {"format", mv_get_format, NULL},
    {"itemsize", mv_get_itemsize, NULL},
    {"ndim", mv_get_ndim, NULL},
    {"shape", mv_get_shape, NULL},
    {"strides", mv_get_strides, NULL},
    {"suboffsets", mv_get_suboffsets, NULL},
    {"c_contiguous", mv_get_c_contig, NULL},
    {"f_contiguous", mv_get_f_contig, NULL},
    {"contiguous", mv_get_contig, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_memoryview = {.base = {&vm_type_type}, .name = "memoryview", .basicsize = sizeof(MemView),
                           .new_ = mv_new, .repr = mv_repr, .hash = mv_hash, .len = mv_len,
                           .getitem = mv_getitem, .setitem = mv_setitem, .iter = mv_iter,
                           .richcmp = mv_richcmp, .methods = mv_methods, .getsets = mv_getsets};
