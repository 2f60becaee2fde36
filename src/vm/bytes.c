/* bytes, bytearray and memoryview. */
#include "vm/dict.h"
#include "vm/memoryview.h"
#include "vm/str.h"
#include "vm/type.h"

struct BytesObj {
    Obj base;
    Val dict;       /* instance __dict__ of subclass instances */
    int64_t hash;   /* -1 until computed */
    size_t len;
    uint8_t data[]; /* len bytes then a NUL; reached through spans */
};

typedef struct {
    Obj base;
    Val dict;
    cr_buf buf;
    size_t exports; /* live memoryviews: resizing is refused while > 0 */
} ByteArrayObj;

#define BYTES(o) ((struct BytesObj *)(void *)val_obj(o))
#define BA(o) ((ByteArrayObj *)(void *)val_obj(o))

static bool is_bytearray(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_type_bytearray); }
static bool is_memview(Val v) { return !val_is_small(v) && vm_typeof(v) == &vm_type_memoryview; }

static cr_span bytes_data(Val b)
{
    struct BytesObj *o = BYTES(b);
    return cr_span_make(o->data, o->len); /* boundary: the block holds len bytes */
}

/* The class of the library's array.array (lib/array.py, registered through
 * _pyclave.buffer_type): its instances export their machine bytes
 * (tobytes()) to the readers of bytes-like objects, and memoryview writes
 * back through their _buffer_store method. */
static Type *array_type;

void vm_register_array_type(Type *t)
{
    if (!array_type) cr_gc_add_root(&array_type);
    array_type = t;
}

bool vm_is_array_exporter(Val v) { return array_type && !val_is_small(v) && vm_isinstance_t(v, array_type); }

/* An array's machine bytes (a fresh snapshot), or false with an error. */
static bool array_bytes(Val a, cr_span *out)
{
    Val r = vm_call_method(a, "tobytes", NULL, 0);
    if (r && !vm_is_bytes(r)) vm_err_fmt(&vm_exc_TypeError, "tobytes() returned %s", vm_tname(r));
    if (!r || !vm_is_bytes(r)) {
        *out = cr_span_make(NULL, 0);
        return false;
    }
    *out = bytes_data(r);
    return true;
}

cr_span vm_bytes_span(Val b)
{
    if (is_bytearray(b)) return cr_buf_span(&BA(b)->buf);
    if (is_memview(b)) return vm_memview_span(b);
    if (!vm_is_bytes(b) && vm_is_array_exporter(b)) {
        /* Callers without an error path: tobytes() fails only when out of
         * memory, and then they see no bytes. */
        cr_span s;
        array_bytes(b, &s);
        return s;
    }
    return bytes_data(b);
}

bool vm_is_buffer(Val v) { return vm_is_bytes(v) || is_bytearray(v) || is_memview(v) || vm_is_array_exporter(v); }

int vm_buffer_get(Val v, cr_span *out)
{
    if (is_memview(v)) return vm_memview_simple(v, out) ? 1 : -1;
    if (!vm_is_buffer(v)) return 0;
    if (!vm_is_bytes(v) && vm_is_array_exporter(v)) return array_bytes(v, out) ? 1 : -1;
    *out = vm_bytes_span(v);
    return 1;
}

/* bytes-like: bytes, bytearray, memoryview, array.array. */
static bool is_byteslike(Val v) { return vm_is_buffer(v); }

static Val new_bytes_type(Type *t, cr_span data)
{
    size_t size;
    if (!cr_add_ok(sizeof(struct BytesObj), data.len, &size) || !cr_add_ok(size, 1, &size)) return vm_err_nomem();
    struct BytesObj *o = vm_alloc_obj(t, size, t == &vm_type_bytes ? CR_NOSCAN : CR_SCAN);
    if (!o) return NULL;
    o->hash = -1;
    o->len = data.len;
    cr_buf tmp = {o->data, 0, data.len + 1, false}; /* boundary: writes stay within the block */
    cr_buf_append(&tmp, data);
    return obj_val(o);
}

Val vm_bytes_new(cr_span data) { return new_bytes_type(&vm_type_bytes, data); }

static Val new_bytearray_type(Type *t, cr_span data)
{
    ByteArrayObj *o = vm_alloc_obj(t, t->basicsize > sizeof(ByteArrayObj) ? t->basicsize : sizeof(ByteArrayObj), CR_SCAN);
    if (!o) return NULL;
    cr_buf_init(&o->buf);
    if (!cr_buf_append(&o->buf, data)) return vm_err_nomem();
    return obj_val(o);
}

Val vm_bytearray_new(cr_span data) { return new_bytearray_type(&vm_type_bytearray, data); }

static Val from_buf(Val self_like, cr_buf *b)
{
    if (b->failed) return vm_err_nomem();
    return is_bytearray(self_like) ? vm_bytearray_new(cr_buf_span(b)) : vm_bytes_new(cr_buf_span(b));
}

static Val same_kind(Val self, cr_span s) { return is_bytearray(self) ? vm_bytearray_new(s) : vm_bytes_new(s); }

/* ---- construction ---- */

/* Bytes from an arbitrary source: int count, iterable of ints, bytes-like,
 * or str with encoding. */
/* encoding= and errors= must be str (CPython's clinic checks them first). */
static bool codec_args_ok(const char *fname, Val encoding, Val errors)
{
    Val v[2] = {encoding, errors};
    static const char *const names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++) {
        if (v[i] && !vm_is_str(v[i])) {
            vm_err_fmt(&vm_exc_TypeError, "%s() argument '%s' must be str, not %s", fname, names[i],
                       v[i] == VM_None ? "None" : vm_tname(v[i]));
            return false;
        }
    }
    return true;
}

static bool fill_from(cr_buf *out, Val src, Val encoding, Val errors, const char *tname)
{
    if (!codec_args_ok(tname, encoding, errors)) return false;
    if (vm_is_str(src)) {
        if (!encoding) {
            vm_err_str(&vm_exc_TypeError, "string argument without an encoding");
            return false;
        }
        Val enc = vm_str_encode(src, vm_str_cstr_of(encoding), errors ? vm_str_cstr_of(errors) : "strict");
        if (!enc) return false;
        return cr_buf_append(out, vm_bytes_span(enc)) || (vm_err_nomem(), false);
    }
    if (encoding || errors) {
        vm_err_str(&vm_exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return false;
    }
    /* A released memoryview raises (its nbytes getter checks that). */
    if (is_memview(src) && !vm_getattr_cstr(src, "nbytes")) return false;
    if (is_byteslike(src)) return cr_buf_append(out, vm_bytes_span(src)) || (vm_err_nomem(), false);
    if (vm_is_int(src) || (vm_typeof(src)->num && vm_typeof(src)->num->index && !vm_is_float(src))) {
        int64_t n;
        if (!vm_as_ssize(src, &n, &vm_exc_OverflowError)) return false;
        if (n < 0) {
            vm_err_str(&vm_exc_ValueError, "negative count");
            return false;
        }
        if (!cr_buf_repeat(out, 0, (size_t)n)) {
            vm_err_nomem();
            return false;
        }
        return true;
    }
    Val it = vm_iter(src);
    if (!it) {
        if (vm_err_matches(&vm_exc_TypeError)) {
            vm_err_clear();
            vm_err_fmt(&vm_exc_TypeError, "cannot convert '%s' object to %s", vm_tname(src), tname);
        }
        return false;
    }
    for (;;) {
        Val x = vm_next(it);
        if (!x) return !vm_err_occurred();
        if (!vm_is_int(x) && !(vm_typeof(x)->num && vm_typeof(x)->num->index)) {
            vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(x));
            return false;
        }
        int64_t v;
        if (!vm_as_ssize(x, &v, &vm_exc_OverflowError)) return false;
        if (v < 0 || v > 255) {
            vm_err_fmt(&vm_exc_ValueError, "%s must be in range(0, 256)",
                       cr_span_eq(cr_span_cstr(tname), cr_span_cstr("bytearray")) ? "byte" : "bytes");
            return false;
        }
        if (!cr_buf_byte(out, (uint8_t)v)) {
            vm_err_nomem();
            return false;
        }
    }
}

static Val bytes_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Val a[3];
    if (!vm_parse_args("bytes", args, nargs, kwnames, kw, 0, 0, 3, a)) return NULL;
    if (!codec_args_ok("bytes", a[1], a[2])) return NULL;
    if (!a[0]) {
        if (a[1] || a[2]) return vm_err_str(&vm_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
        return new_bytes_type(t, cr_span_make("", 0));
    }
    if (!a[1] && !a[2] && !vm_is_str(a[0])) {
        Val f = vm_type_lookup_cstr(vm_typeof(a[0]), "__bytes__");
        if (f) {
            Val r = vm_call_special(a[0], "__bytes__", NULL, 0);
            if (!r) return NULL;
            if (!vm_is_bytes(r))
                return vm_err_fmt(&vm_exc_TypeError, "__bytes__ returned non-bytes (type %s)", vm_tname(r));
            return t == &vm_type_bytes ? r : new_bytes_type(t, vm_bytes_span(r));
        }
    }
    if (!codec_args_ok("bytes", a[1], a[2])) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    if (!fill_from(&b, a[0], a[1], a[2], "bytes")) return NULL;
    return new_bytes_type(t, cr_buf_span(&b));
}

static Val bytearray_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    return new_bytearray_type(t, cr_span_make("", 0));
}

static bool can_resize(Val self);

static int bytearray_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    Val a[3];
    if (!vm_parse_args("bytearray", args, nargs, kwnames, kw, 0, 0, 3, a)) return -1;
    /* Re-initialising resizes: refused while a memoryview holds the data. */
    if ((BA(self)->buf.len != 0 || a[0]) && !can_resize(self)) return -1;
    cr_buf_truncate(&BA(self)->buf, 0);
    if (!a[0]) {
        if (a[1] || a[2]) {
            vm_err_str(&vm_exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    return fill_from(&BA(self)->buf, a[0], a[1], a[2], "bytearray") ? 0 : -1;
}

/* ---- repr ---- */

/* CPython's bytearray repr escapes a single quote even inside double quotes. */
static Val bytes_repr_of(cr_span s, const char *prefix, const char *suffix, bool escape_sq)
{
    bool has_sq = cr_span_find_byte(s, '\'', 0) >= 0, has_dq = cr_span_find_byte(s, '"', 0) >= 0;
    uint8_t q = has_sq && !has_dq ? '"' : '\'';
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, prefix);
    cr_buf_byte(&b, q);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (c == q || c == '\\' || (escape_sq && c == '\'')) {
            cr_buf_byte(&b, '\\');
            cr_buf_byte(&b, c);
        } else if (c == '\t') cr_buf_cstr(&b, "\\t");
        else if (c == '\n') cr_buf_cstr(&b, "\\n");
        else if (c == '\r') cr_buf_cstr(&b, "\\r");
        else if (c < 32 || c >= 127) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            cr_buf_append(&b, cr_span_make(e, 4));
        } else cr_buf_byte(&b, c);
    }
    cr_buf_byte(&b, q);
    cr_buf_cstr(&b, suffix);
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static Val bytes_repr(Val self) { return bytes_repr_of(vm_bytes_span(self), "b", "", false); }
static Val bytearray_repr(Val self)
{
    Val pre = vm_str_fmt("%s(b", vm_tname(self));
    if (!pre) return NULL;
    return bytes_repr_of(vm_bytes_span(self), vm_str_cstr_of(pre), ")", true);
}

/* ---- sequence protocol ---- */

static int64_t bytes_len(Val self) { return (int64_t)vm_bytes_span(self).len; }

static Val bytes_getitem(Val self, Val key)
{
    if (vm_isinstance_t(key, &vm_type_slice)) {
        /* __index__ of the slice's members may resize a bytearray: resolve
         * them first, then take the current buffer. */
        key = vm_slice_plain(key);
        if (key == NULL) return NULL;
        cr_span s = vm_bytes_span(self);
        int64_t start, stop, step, n;
        if (vm_slice_indices(key, (int64_t)s.len, &start, &stop, &step, &n) < 0) return NULL;
        if (step == 1) return same_kind(self, cr_span_sub(s, (size_t)start, (size_t)n));
        cr_buf b;
        cr_buf_init(&b);
        for (int64_t i = 0, j = start; i < n; i++, j += step) cr_buf_byte(&b, cr_span_at(s, (size_t)j));
        return from_buf(self, &b);
    }
    if (!vm_is_int(key) && !(vm_typeof(key)->num && vm_typeof(key)->num->index))
        return vm_err_fmt(&vm_exc_TypeError, "%s indices must be integers or slices, not %s",
                          is_bytearray(self) ? "bytearray" : "byte", vm_tname(key));
    int64_t i;
    if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return NULL;
    cr_span s = vm_bytes_span(self); /* after __index__, which may resize a bytearray */
    if (i < 0) i += (int64_t)s.len;
    if (i < 0 || (uint64_t)i >= s.len)
        return vm_err_str(&vm_exc_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return vm_int_from_i64(cr_span_at(s, (size_t)i));
}

static int bytes_contains(Val self, Val item)
{
    cr_span s = vm_bytes_span(self);
    if (vm_is_int(item)) {
        int64_t v;
        if (vm_int_as_i64(item, &v) < 0 || v < 0 || v > 255) {
            vm_err_clear();
            vm_err_str(&vm_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return cr_span_find_byte(s, (uint8_t)v, 0) >= 0;
    }
    if (!is_byteslike(item)) {
        vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(item));
        return -1;
    }
    return vm_bytes_find(s, vm_bytes_span(item), 0, s.len) >= 0;
}

static int64_t bytes_hash(Val self)
{
    struct BytesObj *o = BYTES(self);
    if (o->hash == -1) o->hash = vm_hash_bytes(bytes_data(self));
    return o->hash;
}

static Val bytes_richcmp(Val a, Val b, int op)
{
    if (!is_byteslike(b) || is_memview(b) || is_memview(a)) return VM_NotImplemented;
    /* bytes compares with bytes only; bytearray with any buffer. */
    if (vm_is_array_exporter(b) && !is_bytearray(a)) return VM_NotImplemented;
    int c = cr_span_cmp(vm_bytes_span(a), vm_bytes_span(b));
    bool r = op == VM_LT ? c < 0 : op == VM_LE ? c <= 0 : op == VM_EQ ? c == 0 : op == VM_NE ? c != 0
           : op == VM_GT ? c > 0 : c >= 0;
    return vm_bool(r);
}

static Val bytes_concat(Val a, Val b)
{
    if (is_memview(a) || vm_is_array_exporter(a)) return VM_NotImplemented; /* memoryview has no + */
    if (!is_byteslike(a) || !is_byteslike(b)) {
        if (is_byteslike(a))
            return vm_err_fmt(&vm_exc_TypeError, "can't concat %s to %s", vm_tname(b), vm_tname(a));
        return VM_NotImplemented;
    }
    cr_buf buf;
    cr_buf_init(&buf);
    cr_buf_append(&buf, vm_bytes_span(a));
    cr_buf_append(&buf, vm_bytes_span(b));
    return from_buf(a, &buf);
}

static Val bytes_repeat(Val a, Val b)
{
    Val seq = a, count = b;
    if (!is_byteslike(seq)) {
        seq = b;
        count = a;
    }
    if (!is_byteslike(seq) || is_memview(seq) || vm_is_array_exporter(seq)) return VM_NotImplemented;
    if (!vm_is_int(count) && !(vm_typeof(count)->num && vm_typeof(count)->num->index && !vm_is_float(count)))
        return vm_err_fmt(&vm_exc_TypeError, "can't multiply sequence by non-int of type '%s'", vm_tname(count));
    int64_t n;
    if (!vm_as_ssize(count, &n, &vm_exc_OverflowError)) return NULL;
    cr_span s = vm_bytes_span(seq);
    if (n <= 0 || s.len == 0) return same_kind(seq, cr_span_make("", 0));
    size_t total;
    if (!cr_mul_ok(s.len, (size_t)n, &total) || total > (size_t)INT64_MAX) {
        if (is_bytearray(seq)) return vm_err_nomem();
        return vm_err_str(&vm_exc_OverflowError, "repeated bytes are too long");
    }
    if (total > ((size_t)1 << 48)) return vm_err_nomem();
    cr_buf buf;
    cr_buf_init(&buf);
    if (!cr_buf_reserve(&buf, total)) return vm_err_nomem();
    for (int64_t i = 0; i < n; i++) cr_buf_append(&buf, s);
    return from_buf(seq, &buf);
}

extern Val vm_bytes_mod(Val fmt, Val args); /* printf-style, in this file below */

static Val bytes_mod_slot(Val a, Val b)
{
    if (!is_byteslike(a) || is_memview(a) || vm_is_array_exporter(a)) return VM_NotImplemented;
    return vm_bytes_mod(a, b);
}

static const vm_numberslots bytes_num = {
    .binop = {[VM_OP_ADD] = bytes_concat, [VM_OP_MUL] = bytes_repeat, [VM_OP_MOD] = bytes_mod_slot},
};

/* ---- iteration ---- */

typedef struct {
    Obj base;
    Val seq;
    size_t i;
} BytesIterObj;

static Val bytesiter_next(Val self)
{
    BytesIterObj *it = (BytesIterObj *)(void *)val_obj(self);
    if (!it->seq) return NULL;
    cr_span s = vm_bytes_span(it->seq);
    if (it->i >= s.len) {
        it->seq = NULL;
        return NULL;
    }
    return vm_int_from_i64(cr_span_at(s, it->i++));
}
static Val iter_self(Val self) { return self; }

/* Pickling (CPython 3.11): (iter, (seq,), index) or (iter, ((),)) once
 * exhausted; __setstate__ clips the index to [0, len]. */
static Val bytesiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    BytesIterObj *it = (BytesIterObj *)(void *)val_obj(self);
    Val f = vm_builtin_lookup("iter"); /* first: it may exhaust this iterator */
    if (!f) return NULL;
    if (!it->seq) return vm_iter_reduce_with(f, vm_empty_tuple, NULL);
    return vm_iter_reduce_with(f, it->seq, vm_int_from_u64(it->i));
}

static Val bytesiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    BytesIterObj *it = (BytesIterObj *)(void *)val_obj(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (it->seq) {
        size_t n = vm_bytes_span(it->seq).len;
        it->i = i < 0 ? 0 : ((uint64_t)i > n ? n : (size_t)i);
    }
    return VM_None;
}

static const vm_methoddef bytesiter_methods[] = {
    {"__reduce__", bytesiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", bytesiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_bytes_iterator = {.base = {&vm_type_type}, .name = "bytes_iterator", .basicsize = sizeof(BytesIterObj),
                               .iter = iter_self, .iternext = bytesiter_next, .methods = bytesiter_methods};

static Type bytearray_iterator_type = {.base = {&vm_type_type}, .name = "bytearray_iterator",
                                       .basicsize = sizeof(BytesIterObj), .iter = iter_self,
                                       .iternext = bytesiter_next, .methods = bytesiter_methods};

static Val bytes_iter(Val self)
{
    /* Readied on first use so that type(iter(b'')) has its name and MRO. */
    Type *t = is_bytearray(self) ? &bytearray_iterator_type : &vm_type_bytes_iterator;
    if (!t->mro && vm_type_ready(t) < 0) return NULL;
    BytesIterObj *it = vm_alloc_obj(t, sizeof(BytesIterObj), CR_SCAN);
    if (!it) return NULL;
    it->seq = self;
    return obj_val(it);
}

/* ---- methods shared by bytes and bytearray ---- */

#define METH(name) static Val b_##name(Val self, Val *args, size_t nargs, Val kwnames)

static bool arg_bytes(Val v, cr_span *out, const char *ctx)
{
    if (is_byteslike(v)) {
        *out = vm_bytes_span(v);
        return true;
    }
    vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(v));
    (void)ctx;
    return false;
}

/* The optional start/end arguments at args[first..], clamped to the
 * current length of self, whose data is returned in *span.  The arguments
 * are converted first: an __index__ may resize a bytearray self, and the
 * span must be the data after that (CPython took it before, reading freed
 * memory). */
static bool clamp_range(Val self, Val *args, size_t nargs, size_t first, cr_span *span, size_t *start,
                        size_t *end)
{
    int64_t s = 0, e = INT64_MAX;
    if (nargs > first && args[first] != VM_None && !vm_as_ssize(args[first], &s, NULL)) return false;
    if (nargs > first + 1 && args[first + 1] != VM_None && !vm_as_ssize(args[first + 1], &e, NULL)) return false;
    *span = vm_bytes_span(self);
    size_t len = span->len;
    if (e > (int64_t)len) e = (int64_t)len;
    if (s < 0) s += (int64_t)len;
    if (e < 0) e += (int64_t)len;
    if (s < 0) s = 0;
    if (e > (int64_t)len) e = (int64_t)len;
    if (e < 0) e = 0;
    *start = (size_t)s;
    *end = (size_t)e;
    return true;
}

/* A needle for find/count/index: bytes-like or an int in range(256). */
static bool needle_of(Val v, cr_span *out, uint8_t *tmp)
{
    if (is_byteslike(v)) {
        *out = vm_bytes_span(v);
        return true;
    }
    if (vm_is_int(v) || vm_type_lookup_cstr(vm_typeof(v), "__index__")) {
        Val i = vm_index(v);
        if (i == NULL) return false;
        int64_t c;
        if (vm_int_as_i64(i, &c) < 0 || c < 0 || c > 255) {
            vm_err_clear();
            vm_err_str(&vm_exc_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *tmp = (uint8_t)c;
        *out = cr_span_make(tmp, 1);
        return true;
    }
    if (vm_err_occurred()) return false;
    vm_err_fmt(&vm_exc_TypeError, "argument should be integer or bytes-like object, not '%s'", vm_tname(v));
    return false;
}

static Val find_impl(Val self, Val *args, size_t nargs, Val kwnames, const char *name, bool reverse, bool raise)
{
    if (!vm_check_nargs(name, nargs, kwnames, 1, 3)) return NULL;
    cr_span s, n;
    uint8_t tmp;
    if (!needle_of(args[0], &n, &tmp)) return NULL;
    size_t start, end;
    if (!clamp_range(self, args, nargs, 1, &s, &start, &end)) return NULL;
    int64_t r = -1;
    if (start <= end && end - start >= n.len)
        r = reverse ? vm_bytes_rfind(s, n, start, end) : vm_bytes_find(s, n, start, end);
    if (r < 0 && raise) return vm_err_str(&vm_exc_ValueError, "subsection not found");
    return vm_int_from_i64(r);
}
METH(find) { return find_impl(self, args, nargs, kwnames, "find", false, false); }
METH(rfind) { return find_impl(self, args, nargs, kwnames, "rfind", true, false); }
METH(index) { return find_impl(self, args, nargs, kwnames, "index", false, true); }
METH(rindex) { return find_impl(self, args, nargs, kwnames, "rindex", true, true); }

METH(count)
{
    if (!vm_check_nargs("count", nargs, kwnames, 1, 3)) return NULL;
    cr_span s, n;
    uint8_t tmp;
    if (!needle_of(args[0], &n, &tmp)) return NULL;
    size_t start, end;
    if (!clamp_range(self, args, nargs, 1, &s, &start, &end)) return NULL;
    if (start > end) return vm_int_from_i64(0);
    if (n.len == 0) return vm_int_from_u64(end - start + 1);
    return vm_int_from_u64(vm_bytes_count(s, n, start, end, SIZE_MAX));
}

static Val affix_impl(Val self, Val *args, size_t nargs, Val kwnames, const char *name, bool suffix)
{
    if (!vm_check_nargs(name, nargs, kwnames, 1, 3)) return NULL;
    cr_span s;
    size_t start, end;
    if (!clamp_range(self, args, nargs, 1, &s, &start, &end)) return NULL;
    Val subs = args[0];
    size_t n = vm_is_tuple(subs) ? vm_tuple_len(subs) : 1;
    for (size_t k = 0; k < n; k++) {
        Val x = vm_is_tuple(subs) ? vm_tuple_get(subs, k) : subs;
        if (!is_byteslike(x))
            return vm_err_fmt(&vm_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              vm_tname(x));
        cr_span p = vm_bytes_span(x);
        if (start > end || end - start < p.len) continue;
        size_t at = suffix ? end - p.len : start;
        if (cr_span_eq(cr_span_sub(s, at, p.len), p)) return VM_True;
    }
    return VM_False;
}
METH(startswith) { return affix_impl(self, args, nargs, kwnames, "startswith", false); }
METH(endswith) { return affix_impl(self, args, nargs, kwnames, "endswith", true); }

METH(decode)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    Val a[2];
    if (!vm_parse_args("decode", args, nargs, kwnames, kw, 0, 0, 2, a)) return NULL;
    if (!codec_args_ok("decode", a[0], a[1])) return NULL;
    const char *enc = a[0] ? vm_str_cstr_of(a[0]) : "utf-8";
    const char *err = a[1] ? vm_str_cstr_of(a[1]) : "strict";
    return vm_str_decode(vm_bytes_span(self), enc, err);
}

METH(hex)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    Val a[2];
    if (!vm_parse_args("hex", args, nargs, kwnames, kw, 0, 0, 2, a)) return NULL;
    cr_span s = vm_bytes_span(self);
    static const char hexd[] = "0123456789abcdef";
    cr_buf b;
    cr_buf_init(&b);
    cr_span sep = cr_span_make("", 0);
    if (a[0]) {
        /* CPython's order of checks: length, then type, then ASCII. */
        int64_t n = vm_len(a[0]);
        if (n < 0) return NULL;
        if (n != 1) return vm_err_str(&vm_exc_ValueError, "sep must be length 1.");
        if (vm_is_str(a[0])) sep = vm_str_span(a[0]);
        else if (vm_is_bytes(a[0])) sep = vm_bytes_span(a[0]);
        else return vm_err_str(&vm_exc_TypeError, "sep must be str or bytes.");
        if (sep.len != 1 || cr_span_at(sep, 0) > 127) return vm_err_str(&vm_exc_ValueError, "sep must be ASCII.");
    }
    int64_t per = 1;
    if (a[1]) {
        if (!vm_has_index(a[1]))
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(a[1]));
        if (!vm_as_ssize(a[1], &per, NULL)) return NULL;
    }
    if (per == 0) per = 1;
    for (size_t i = 0; i < s.len; i++) {
        if (sep.len && i > 0) {
            bool put = per > 0 ? (s.len - i) % (size_t)per == 0 : i % (size_t)(-per) == 0;
            if (put) cr_buf_append(&b, sep);
        }
        uint8_t c = cr_span_at(s, i);
        cr_buf_byte(&b, (uint8_t)hexd[c >> 4]);
        cr_buf_byte(&b, (uint8_t)hexd[c & 15]);
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Val fromhex_impl(Val cls, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("fromhex", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "fromhex() argument must be str, not %s", vm_tname(args[0]));
    cr_span s = vm_str_span(args[0]);
    cr_buf b;
    cr_buf_init(&b);
    size_t i = 0;
    while (i < s.len) {
        uint8_t c = cr_span_at(s, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        int hi = hexval(c), lo = i + 1 < s.len ? hexval(cr_span_at(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            size_t pos = hi < 0 ? i : i + 1;
            return vm_err_fmt(&vm_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        cr_buf_byte(&b, (uint8_t)(hi * 16 + lo));
        i += 2;
    }
    if (b.failed) return vm_err_nomem();
    Type *t = vm_as_type(cls);
    if (t == &vm_type_bytes) return vm_bytes_new(cr_buf_span(&b));
    if (t == &vm_type_bytearray) return vm_bytearray_new(cr_buf_span(&b));
    Val raw = vm_bytes_new(cr_buf_span(&b));
    return raw ? vm_call1(cls, raw) : NULL;
}
METH(fromhex) { return fromhex_impl(self, args, nargs, kwnames); }

METH(join)
{
    if (!vm_check_nargs("join", nargs, kwnames, 1, 1)) return NULL;
    /* CPython exports a bytearray separator while the iterable is consumed:
     * resizing it from the iterable raises BufferError. */
    bool ba = is_bytearray(self);
    if (ba) BA(self)->exports++;
    Val seq = vm_sequence_tuple(args[0]);
    if (ba && BA(self)->exports) BA(self)->exports--;
    if (!seq) return NULL;
    cr_span sep = vm_bytes_span(self);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < vm_tuple_len(seq); i++) {
        Val x = vm_tuple_get(seq, i);
        if (!is_byteslike(x))
            return vm_err_fmt(&vm_exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                              vm_tname(x));
        if (i) cr_buf_append(&b, sep);
        cr_buf_append(&b, vm_bytes_span(x));
    }
    return from_buf(self, &b);
}

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static Val strip_impl(Val self, Val *args, size_t nargs, Val kwnames, const char *name, bool left, bool right)
{
    if (!vm_check_nargs(name, nargs, kwnames, 0, 1)) return NULL;
    cr_span s = vm_bytes_span(self), chars = cr_span_make("", 0);
    bool ws = nargs == 0 || args[0] == VM_None;
    if (!ws && !arg_bytes(args[0], &chars, name)) return NULL;
    size_t lo = 0, hi = s.len;
    while (left && lo < hi && (ws ? is_space(cr_span_at(s, lo)) : cr_span_find_byte(chars, cr_span_at(s, lo), 0) >= 0)) lo++;
    while (right && hi > lo && (ws ? is_space(cr_span_at(s, hi - 1)) : cr_span_find_byte(chars, cr_span_at(s, hi - 1), 0) >= 0)) hi--;
    return same_kind(self, cr_span_sub(s, lo, hi - lo));
}
METH(strip) { return strip_impl(self, args, nargs, kwnames, "strip", true, true); }
METH(lstrip) { return strip_impl(self, args, nargs, kwnames, "lstrip", true, false); }
METH(rstrip) { return strip_impl(self, args, nargs, kwnames, "rstrip", false, true); }

static Val split_impl(Val self, Val *args, size_t nargs, Val kwnames, bool reverse)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    Val a[2];
    if (!vm_parse_args(reverse ? "rsplit" : "split", args, nargs, kwnames, kw, 0, 0, 2, a)) return NULL;
    int64_t maxsplit = -1;
    if (a[1] && !vm_as_ssize(a[1], &maxsplit, &vm_exc_OverflowError)) return NULL;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    cr_span s = vm_bytes_span(self);
    Val out = vm_list_new(0);
    if (!out) return NULL;
    if (!a[0] || a[0] == VM_None) {
        /* Runs of whitespace separate; ends are trimmed. */
        if (!reverse) {
            size_t i = 0;
            int64_t splits = 0;
            while (i < s.len) {
                while (i < s.len && is_space(cr_span_at(s, i))) i++;
                if (i >= s.len) break;
                if (splits == maxsplit) {
                    size_t e = s.len;
                    while (e > i && is_space(cr_span_at(s, e - 1))) e--;
                    if (vm_list_append(out, same_kind(self, cr_span_sub(s, i, e - i))) < 0) return NULL;
                    break;
                }
                size_t j = i;
                while (j < s.len && !is_space(cr_span_at(s, j))) j++;
                if (vm_list_append(out, same_kind(self, cr_span_sub(s, i, j - i))) < 0) return NULL;
                splits++;
                i = j;
            }
            return out;
        }
        size_t i = s.len;
        int64_t splits = 0;
        while (i > 0) {
            while (i > 0 && is_space(cr_span_at(s, i - 1))) i--;
            if (i == 0) break;
            if (splits == maxsplit) {
                size_t b0 = 0;
                while (b0 < i && is_space(cr_span_at(s, b0))) b0++;
                if (cr_vals_insert(&vm_list_obj(out)->v, 0, same_kind(self, cr_span_sub(s, b0, i - b0))) == false)
                    return vm_err_nomem();
                break;
            }
            size_t j = i;
            while (j > 0 && !is_space(cr_span_at(s, j - 1))) j--;
            if (!cr_vals_insert(&vm_list_obj(out)->v, 0, same_kind(self, cr_span_sub(s, j, i - j)))) return vm_err_nomem();
            splits++;
            i = j;
        }
        return out;
    }
    cr_span sep;
    if (!arg_bytes(a[0], &sep, "split")) return NULL;
    if (sep.len == 0) return vm_err_str(&vm_exc_ValueError, "empty separator");
    if (!reverse) {
        size_t i = 0;
        int64_t splits = 0;
        for (;;) {
            int64_t at = splits < maxsplit ? vm_bytes_find(s, sep, i, s.len) : -1;
            if (at < 0) {
                if (vm_list_append(out, same_kind(self, cr_span_from(s, i))) < 0) return NULL;
                return out;
            }
            if (vm_list_append(out, same_kind(self, cr_span_sub(s, i, (size_t)at - i))) < 0) return NULL;
            i = (size_t)at + sep.len;
            splits++;
        }
    }
    size_t end = s.len;
    int64_t splits = 0;
    for (;;) {
        int64_t at = splits < maxsplit && end >= sep.len ? vm_bytes_rfind(s, sep, 0, end) : -1;
        if (at < 0) {
            if (!cr_vals_insert(&vm_list_obj(out)->v, 0, same_kind(self, cr_span_sub(s, 0, end)))) return vm_err_nomem();
            return out;
        }
        size_t from = (size_t)at + sep.len;
        if (!cr_vals_insert(&vm_list_obj(out)->v, 0, same_kind(self, cr_span_sub(s, from, end - from)))) return vm_err_nomem();
        end = (size_t)at;
        splits++;
    }
}
METH(split) { return split_impl(self, args, nargs, kwnames, false); }
METH(rsplit) { return split_impl(self, args, nargs, kwnames, true); }

static Val partition_impl(Val self, Val *args, size_t nargs, Val kwnames, bool reverse)
{
    if (!vm_check_nargs(reverse ? "rpartition" : "partition", nargs, kwnames, 1, 1)) return NULL;
    cr_span s = vm_bytes_span(self), sep;
    if (!arg_bytes(args[0], &sep, "partition")) return NULL;
    if (sep.len == 0) return vm_err_str(&vm_exc_ValueError, "empty separator");
    int64_t at = reverse ? vm_bytes_rfind(s, sep, 0, s.len) : vm_bytes_find(s, sep, 0, s.len);
    Val empty = same_kind(self, cr_span_make("", 0));
    if (at < 0) {
        Val whole = same_kind(self, s);
        return reverse ? vm_tuple_pack(3, empty, same_kind(self, cr_span_make("", 0)), whole)
                       : vm_tuple_pack(3, whole, empty, same_kind(self, cr_span_make("", 0)));
    }
    return vm_tuple_pack(3, same_kind(self, cr_span_sub(s, 0, (size_t)at)), same_kind(self, sep),
                         same_kind(self, cr_span_from(s, (size_t)at + sep.len)));
}
METH(partition) { return partition_impl(self, args, nargs, kwnames, false); }
METH(rpartition) { return partition_impl(self, args, nargs, kwnames, true); }

METH(replace)
{
    if (!vm_check_nargs("replace", nargs, kwnames, 2, 3)) return NULL;
    cr_span s = vm_bytes_span(self), old, new_;
    if (!arg_bytes(args[0], &old, "replace") || !arg_bytes(args[1], &new_, "replace")) return NULL;
    int64_t count = -1;
    if (nargs == 3 && !vm_as_ssize(args[2], &count, &vm_exc_OverflowError)) return NULL;
    if (count < 0) count = INT64_MAX;
    cr_buf b;
    cr_buf_init(&b);
    size_t i = 0;
    int64_t done = 0;
    if (old.len == 0) {
        for (; i <= s.len; i++) {
            if (done < count) {
                cr_buf_append(&b, new_);
                done++;
            }
            if (i < s.len) cr_buf_byte(&b, cr_span_at(s, i));
        }
        return from_buf(self, &b);
    }
    while (done < count) {
        int64_t at = vm_bytes_find(s, old, i, s.len);
        if (at < 0) break;
        cr_buf_append(&b, cr_span_sub(s, i, (size_t)at - i));
        cr_buf_append(&b, new_);
        i = (size_t)at + old.len;
        done++;
    }
    cr_buf_append(&b, cr_span_from(s, i));
    return from_buf(self, &b);
}

static Val map_bytes(Val self, int kind)
{
    cr_span s = vm_bytes_span(self);
    cr_buf b;
    cr_buf_init(&b);
    bool start = true;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        uint8_t r = c;
        if (kind == 0 && lo) r = (uint8_t)(c - 32);
        else if (kind == 1 && up) r = (uint8_t)(c + 32);
        else if (kind == 2) r = up ? (uint8_t)(c + 32) : lo ? (uint8_t)(c - 32) : c;
        else if (kind == 3) r = start && lo ? (uint8_t)(c - 32) : !start && up ? (uint8_t)(c + 32) : c;
        else if (kind == 4) r = i == 0 && lo ? (uint8_t)(c - 32) : i > 0 && up ? (uint8_t)(c + 32) : c;
        if (kind == 3) start = !(up || lo);
        cr_buf_byte(&b, r);
    }
    return from_buf(self, &b);
}
METH(upper) { return vm_check_nargs("upper", nargs, kwnames, 0, 0) ? map_bytes(self, 0) : NULL; }
METH(lower) { return vm_check_nargs("lower", nargs, kwnames, 0, 0) ? map_bytes(self, 1) : NULL; }
METH(swapcase) { return vm_check_nargs("swapcase", nargs, kwnames, 0, 0) ? map_bytes(self, 2) : NULL; }
METH(title) { return vm_check_nargs("title", nargs, kwnames, 0, 0) ? map_bytes(self, 3) : NULL; }
METH(capitalize) { return vm_check_nargs("capitalize", nargs, kwnames, 0, 0) ? map_bytes(self, 4) : NULL; }

static Val test_bytes(Val self, int kind)
{
    cr_span s = vm_bytes_span(self);
    if (s.len == 0) return VM_False;
    bool any_cased = false;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        bool d = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (kind) {
        case 0: if (!d) return VM_False; break;
        case 1: if (!(up || lo)) return VM_False; break;
        case 2: if (!(up || lo || d)) return VM_False; break;
        case 3: if (!is_space(c)) return VM_False; break;
        case 4: if (up) return VM_False; if (lo) any_cased = true; break;
        case 5: if (lo) return VM_False; if (up) any_cased = true; break;
        case 6: if (c >= 128) return VM_False; break;
        }
    }
    if (kind == 4 || kind == 5) return vm_bool(any_cased);
    return VM_True;
}
METH(isdigit) { return test_bytes(self, 0); }
METH(isalpha) { return test_bytes(self, 1); }
METH(isalnum) { return test_bytes(self, 2); }
METH(isspace) { return test_bytes(self, 3); }
METH(islower) { return test_bytes(self, 4); }
METH(isupper) { return test_bytes(self, 5); }
METH(istitle)
{
    cr_span s = vm_bytes_span(self);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (up) {
            if (prev_cased) return VM_False;
            prev_cased = cased = true;
        } else if (lo) {
            if (!prev_cased) return VM_False;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return vm_bool(cased);
}
METH(isascii)
{
    cr_span s = vm_bytes_span(self);
    for (size_t i = 0; i < s.len; i++)
        if (cr_span_at(s, i) >= 128) return VM_False;
    return VM_True;
}

/* A width argument (CPython's 'n' converter), and _PyBytes_FromSize's
 * limit: widths near sys.maxsize are OverflowError, not MemoryError. */
static bool width_arg(Val v, int64_t *width)
{
    if (!vm_as_ssize(v, width, &vm_exc_OverflowError)) {
        if (vm_err_matches(&vm_exc_OverflowError)) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return false;
    }
    if (*width > INT64_MAX - 33) {
        vm_err_str(&vm_exc_OverflowError, "byte string is too large");
        return false;
    }
    return true;
}

static Val pad_impl(Val self, Val *args, size_t nargs, Val kwnames, const char *name, int where)
{
    if (!vm_check_nargs(name, nargs, kwnames, 1, 2)) return NULL;
    int64_t width;
    if (!width_arg(args[0], &width)) return NULL;
    uint8_t fill = ' ';
    if (nargs == 2) {
        cr_span f;
        if (!is_byteslike(args[1]) || (f = vm_bytes_span(args[1])).len != 1)
            return vm_err_fmt(&vm_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                              vm_tname(args[1]));
        fill = cr_span_at(f, 0);
    }
    cr_span s = vm_bytes_span(self);
    if (width <= (int64_t)s.len) return same_kind(self, s);
    size_t pad = (size_t)width - s.len, left = where == 0 ? 0 : where == 1 ? pad : pad / 2 + (pad & (size_t)width & 1);
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_repeat(&b, fill, left);
    cr_buf_append(&b, s);
    cr_buf_repeat(&b, fill, pad - left);
    return from_buf(self, &b);
}
METH(ljust) { return pad_impl(self, args, nargs, kwnames, "ljust", 0); }
METH(rjust) { return pad_impl(self, args, nargs, kwnames, "rjust", 1); }
METH(center) { return pad_impl(self, args, nargs, kwnames, "center", 2); }

METH(zfill)
{
    if (!vm_check_nargs("zfill", nargs, kwnames, 1, 1)) return NULL;
    int64_t width;
    if (!width_arg(args[0], &width)) return NULL;
    cr_span s = vm_bytes_span(self);
    if (width <= (int64_t)s.len) return same_kind(self, s);
    cr_buf b;
    cr_buf_init(&b);
    size_t off = 0;
    if (s.len && (cr_span_at(s, 0) == '+' || cr_span_at(s, 0) == '-')) {
        cr_buf_byte(&b, cr_span_at(s, 0));
        off = 1;
    }
    cr_buf_repeat(&b, '0', (size_t)width - s.len);
    cr_buf_append(&b, cr_span_from(s, off));
    return from_buf(self, &b);
}

METH(removeprefix)
{
    if (!vm_check_nargs("removeprefix", nargs, kwnames, 1, 1)) return NULL;
    cr_span s = vm_bytes_span(self), p;
    if (!arg_bytes(args[0], &p, "removeprefix")) return NULL;
    if (p.len <= s.len && cr_span_eq(cr_span_sub(s, 0, p.len), p)) return same_kind(self, cr_span_from(s, p.len));
    return same_kind(self, s);
}

METH(removesuffix)
{
    if (!vm_check_nargs("removesuffix", nargs, kwnames, 1, 1)) return NULL;
    cr_span s = vm_bytes_span(self), p;
    if (!arg_bytes(args[0], &p, "removesuffix")) return NULL;
    if (p.len && p.len <= s.len && cr_span_eq(cr_span_from(s, s.len - p.len), p))
        return same_kind(self, cr_span_sub(s, 0, s.len - p.len));
    return same_kind(self, s);
}

METH(splitlines)
{
    static const char *const kw[] = {"keepends", NULL};
    Val a[1];
    if (!vm_parse_args("splitlines", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    int keep = a[0] ? vm_truthy(a[0]) : 0;
    if (keep < 0) return NULL;
    cr_span s = vm_bytes_span(self);
    Val out = vm_list_new(0);
    if (!out) return NULL;
    size_t i = 0;
    while (i < s.len) {
        size_t j = i;
        while (j < s.len && cr_span_at(s, j) != '\n' && cr_span_at(s, j) != '\r') j++;
        size_t eol = j;
        if (j < s.len) {
            j += (cr_span_at(s, j) == '\r' && j + 1 < s.len && cr_span_at(s, j + 1) == '\n') ? 2 : 1;
        }
        if (vm_list_append(out, same_kind(self, cr_span_sub(s, i, (keep ? j : eol) - i))) < 0) return NULL;
        i = j;
    }
    return out;
}

METH(translate)
{
    if (!vm_check_nargs("translate", nargs, kwnames, 1, 2)) return NULL;
    cr_span s = vm_bytes_span(self), table = cr_span_make("", 0), del = cr_span_make("", 0);
    bool have_table = args[0] != VM_None;
    if (have_table) {
        if (!arg_bytes(args[0], &table, "translate")) return NULL;
        if (table.len != 256) return vm_err_str(&vm_exc_ValueError, "translation table must be 256 characters long");
    }
    if (nargs == 2 && !arg_bytes(args[1], &del, "translate")) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (cr_span_find_byte(del, c, 0) >= 0) continue;
        cr_buf_byte(&b, have_table ? cr_span_at(table, c) : c);
    }
    return from_buf(self, &b);
}

static Val maketrans_impl(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("maketrans", nargs, kwnames, 2, 2)) return NULL;
    cr_span f, t;
    if (!arg_bytes(args[0], &f, "maketrans") || !arg_bytes(args[1], &t, "maketrans")) return NULL;
    if (f.len != t.len) return vm_err_str(&vm_exc_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (size_t i = 0; i < f.len; i++) table[cr_span_at(f, i)] = cr_span_at(t, i);
    return vm_bytes_new(cr_span_make(table, 256));
}
METH(maketrans) { return maketrans_impl(self, args, nargs, kwnames); }

METH(expandtabs)
{
    static const char *const kw[] = {"tabsize", NULL};
    Val a[1];
    if (!vm_parse_args("expandtabs", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    int64_t ts = 8;
    if (a[0] && !vm_as_ssize(a[0], &ts, &vm_exc_OverflowError)) return NULL;
    if (ts > INT32_MAX || ts < INT32_MIN) /* CPython's tabsize is a C int */
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
    cr_span s = vm_bytes_span(self);
    cr_buf b;
    cr_buf_init(&b);
    size_t col = 0;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (c == '\t') {
            if (ts > 0) {
                size_t n = (size_t)ts - col % (size_t)ts;
                cr_buf_repeat(&b, ' ', n);
                col += n;
            }
        } else {
            cr_buf_byte(&b, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return from_buf(self, &b);
}

METH(getnewargs) { return vm_tuple_pack(1, vm_bytes_new(vm_bytes_span(self))); }

/* ---- bytearray mutation ---- */

static bool can_resize(Val self)
{
    if (BA(self)->exports) {
        vm_err_str(&vm_exc_BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }
    return true;
}

static bool byte_value(Val v, uint8_t *out)
{
    if (!vm_is_int(v) && !(vm_typeof(v)->num && vm_typeof(v)->num->index && !vm_is_float(v))) {
        vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(v));
        return false;
    }
    int64_t x;
    if (!vm_as_ssize(v, &x, &vm_exc_OverflowError)) return false;
    if (x < 0 || x > 255) {
        vm_err_str(&vm_exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)x;
    return true;
}

METH(append)
{
    if (!vm_check_nargs("append", nargs, kwnames, 1, 1)) return NULL;
    uint8_t c;
    if (!byte_value(args[0], &c) || !can_resize(self)) return NULL;
    if (!cr_buf_byte(&BA(self)->buf, c)) return vm_err_nomem();
    return VM_None;
}

METH(extend)
{
    if (!vm_check_nargs("extend", nargs, kwnames, 1, 1)) return NULL;
    if (!can_resize(self)) return NULL;
    cr_buf tmp;
    cr_buf_init(&tmp);
    if (vm_is_str(args[0])) {
        /* Iterating a str yields strs, which are not byte values. */
        if (vm_str_len(args[0]) == 0) return VM_None;
        return vm_err_str(&vm_exc_TypeError, "'str' object cannot be interpreted as an integer");
    }
    if (!fill_from(&tmp, args[0], NULL, NULL, "bytearray")) {
        if (vm_err_matches(&vm_exc_TypeError) && !vm_typeof(args[0])->iter && !vm_is_int(args[0])) {
            vm_err_clear();
            return vm_err_fmt(&vm_exc_TypeError, "can't extend bytearray with %s", vm_tname(args[0]));
        }
        return NULL;
    }
    if (vm_is_int(args[0])) return vm_err_fmt(&vm_exc_TypeError, "can't extend bytearray with int");
    if (!cr_buf_append(&BA(self)->buf, cr_buf_span(&tmp))) return vm_err_nomem();
    return VM_None;
}

METH(pop)
{
    if (!vm_check_nargs("pop", nargs, kwnames, 0, 1)) return NULL;
    cr_buf *b = &BA(self)->buf;
    int64_t i = -1;
    if (nargs && !vm_as_ssize(args[0], &i, NULL)) {
        if (vm_err_matches(&vm_exc_OverflowError)) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return NULL;
    }
    /* After __index__, which may have emptied self. */
    if (b->len == 0) return vm_err_str(&vm_exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len) return vm_err_str(&vm_exc_IndexError, "pop index out of range");
    if (!can_resize(self)) return NULL;
    uint8_t c = cr_buf_get(b, (size_t)i);
    cr_buf_write_at(b, (size_t)i, cr_span_from(cr_buf_span(b), (size_t)i + 1));
    cr_buf_truncate(b, b->len - 1);
    return vm_int_from_i64(c);
}

METH(insert)
{
    if (!vm_check_nargs("insert", nargs, kwnames, 2, 2)) return NULL;
    cr_buf *b = &BA(self)->buf;
    int64_t i;
    uint8_t c;
    if (!vm_as_ssize(args[0], &i, &vm_exc_OverflowError) || !byte_value(args[1], &c) || !can_resize(self)) return NULL;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0) i = 0;
    if ((uint64_t)i > b->len) i = (int64_t)b->len;
    if (!cr_buf_byte(b, 0)) return vm_err_nomem();
    cr_buf_write_at(b, (size_t)i + 1, cr_span_sub(cr_buf_span(b), (size_t)i, b->len - 1 - (size_t)i));
    cr_buf_set(b, (size_t)i, c);
    return VM_None;
}

METH(remove)
{
    if (!vm_check_nargs("remove", nargs, kwnames, 1, 1)) return NULL;
    uint8_t c;
    if (!byte_value(args[0], &c)) return NULL;
    cr_buf *b = &BA(self)->buf;
    int64_t at = cr_span_find_byte(cr_buf_span(b), c, 0);
    if (at < 0) return vm_err_str(&vm_exc_ValueError, "value not found in bytearray");
    if (!can_resize(self)) return NULL;
    cr_buf_write_at(b, (size_t)at, cr_span_from(cr_buf_span(b), (size_t)at + 1));
    cr_buf_truncate(b, b->len - 1);
    return VM_None;
}

METH(clear)
{
    if (!can_resize(self)) return NULL;
    cr_buf_truncate(&BA(self)->buf, 0);
    return VM_None;
}

METH(copy) { return vm_bytearray_new(vm_bytes_span(self)); }

METH(reverse)
{
    cr_buf *b = &BA(self)->buf;
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = cr_buf_get(b, i);
        cr_buf_set(b, i, cr_buf_get(b, j - 1));
        cr_buf_set(b, j - 1, t);
    }
    return VM_None;
}

static int bytearray_setitem(Val self, Val key, Val value)
{
    cr_buf *b = &BA(self)->buf;
    if (vm_isinstance_t(key, &vm_type_slice)) {
        /* The members' __index__ and the value's iteration may resize self:
         * run them first, then resolve the slice against the current length
         * (CPython's bytearray_ass_subscript). */
        key = vm_slice_plain(key);
        if (key == NULL) return -1;
        cr_buf src;
        cr_buf_init(&src);
        if (value) {
            const vm_numberslots *ns = vm_typeof(value)->num;
            bool number = vm_is_int(value) || vm_is_float(value) || vm_isinstance_t(value, &vm_type_complex) ||
                          (ns && (ns->index || ns->to_int || ns->to_float));
            if (number || vm_is_str(value)) {
                vm_err_str(&vm_exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (!fill_from(&src, value, NULL, NULL, "bytearray")) return -1;
        }
        int64_t start, stop, step, n;
        if (vm_slice_indices(key, (int64_t)b->len, &start, &stop, &step, &n) < 0) return -1;
        if (step == 1) {
            if (src.len != (size_t)n && !can_resize(self)) return -1;
            cr_buf out;
            cr_buf_init(&out);
            cr_buf_append(&out, cr_span_sub(cr_buf_span(b), 0, (size_t)start));
            cr_buf_append(&out, cr_buf_span(&src));
            size_t tail = (size_t)(stop > start ? stop : start);
            cr_buf_append(&out, cr_span_from(cr_buf_span(b), tail));
            if (out.failed) {
                vm_err_nomem();
                return -1;
            }
            cr_buf_truncate(b, 0);
            if (!cr_buf_append(b, cr_buf_span(&out))) {
                vm_err_nomem();
                return -1;
            }
            return 0;
        }
        if (!value) {
            if (!can_resize(self)) return -1;
            cr_buf out;
            cr_buf_init(&out);
            for (size_t i = 0; i < b->len; i++) {
                bool del = false;
                if (step > 0 ? ((int64_t)i >= start && (int64_t)i < stop && ((int64_t)i - start) % step == 0)
                             : ((int64_t)i <= start && (int64_t)i > stop && (start - (int64_t)i) % (-step) == 0))
                    del = true;
                if (!del) cr_buf_byte(&out, cr_buf_get(b, i));
            }
            cr_buf_truncate(b, 0);
            cr_buf_append(b, cr_buf_span(&out));
            return 0;
        }
        if (src.len != (size_t)n) {
            vm_err_fmt(&vm_exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                       src.len, (long long)n);
            return -1;
        }
        for (int64_t i = 0, j = start; i < n; i++, j += step) cr_buf_set(b, (size_t)j, cr_buf_get(&src, (size_t)i));
        return 0;
    }
    int64_t i;
    if (!vm_is_int(key) && !(vm_typeof(key)->num && vm_typeof(key)->num->index)) {
        vm_err_fmt(&vm_exc_TypeError, "bytearray indices must be integers or slices, not %s", vm_tname(key));
        return -1;
    }
    if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return -1;
    /* The value's __index__ may resize self: convert it before the bounds
     * check (CPython gh-91153). */
    uint8_t c = 0;
    if (value && !byte_value(value, &c)) return -1;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len) {
        vm_err_str(&vm_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!value) {
        if (!can_resize(self)) return -1;
        cr_buf_write_at(b, (size_t)i, cr_span_from(cr_buf_span(b), (size_t)i + 1));
        cr_buf_truncate(b, b->len - 1);
        return 0;
    }
    cr_buf_set(b, (size_t)i, c);
    return 0;
}

static Val bytearray_iadd(Val a, Val b)
{
    if (!is_byteslike(b)) return vm_err_fmt(&vm_exc_TypeError, "can't concat %s to bytearray", vm_tname(b));
    if (!can_resize(a)) return NULL;
    cr_span s = vm_bytes_span(b);
    if (b == a) s = vm_bytes_span(vm_bytes_new(s));
    if (!cr_buf_append(&BA(a)->buf, s)) return vm_err_nomem();
    return a;
}

static Val bytearray_imul(Val a, Val b)
{
    Val r = bytes_repeat(a, b);
    if (!r || r == VM_NotImplemented) return r;
    if (!can_resize(a)) return NULL;
    cr_buf_truncate(&BA(a)->buf, 0);
    if (!cr_buf_append(&BA(a)->buf, vm_bytes_span(r))) return vm_err_nomem();
    return a;
}

static const vm_numberslots bytearray_num = {
    .binop = {[VM_OP_ADD] = bytes_concat, [VM_OP_MUL] = bytes_repeat, [VM_OP_MOD] = bytes_mod_slot},
    .inplace = {[VM_OP_ADD] = bytearray_iadd, [VM_OP_MUL] = bytearray_imul},
};

#define COMMON_METHODS                                                                                \
    {"find", b_find, 0, NULL}, {"rfind", b_rfind, 0, NULL}, {"index", b_index, 0, NULL},               \
    {"rindex", b_rindex, 0, NULL}, {"count", b_count, 0, NULL}, {"startswith", b_startswith, 0, NULL}, \
    {"endswith", b_endswith, 0, NULL}, {"decode", b_decode, 0, NULL}, {"hex", b_hex, 0, NULL},         \
    {"fromhex", b_fromhex, VM_METH_CLASS, NULL}, {"join", b_join, 0, NULL},                            \
    {"strip", b_strip, 0, NULL}, {"lstrip", b_lstrip, 0, NULL}, {"rstrip", b_rstrip, 0, NULL},         \
    {"split", b_split, 0, NULL}, {"rsplit", b_rsplit, 0, NULL}, {"partition", b_partition, 0, NULL},    \
    {"rpartition", b_rpartition, 0, NULL}, {"replace", b_replace, 0, NULL},                            \
    {"upper", b_upper, 0, NULL}, {"lower", b_lower, 0, NULL}, {"swapcase", b_swapcase, 0, NULL},       \
    {"title", b_title, 0, NULL}, {"capitalize", b_capitalize, 0, NULL},                                \
    {"isdigit", b_isdigit, 0, NULL}, {"isalpha", b_isalpha, 0, NULL}, {"isalnum", b_isalnum, 0, NULL}, \
    {"isspace", b_isspace, 0, NULL}, {"islower", b_islower, 0, NULL}, {"isupper", b_isupper, 0, NULL}, \
    {"isascii", b_isascii, 0, NULL}, {"istitle", b_istitle, 0, NULL}, {"ljust", b_ljust, 0, NULL}, {"rjust", b_rjust, 0, NULL},         \
    {"center", b_center, 0, NULL}, {"zfill", b_zfill, 0, NULL},                                        \
    {"removeprefix", b_removeprefix, 0, NULL}, {"removesuffix", b_removesuffix, 0, NULL},              \
    {"splitlines", b_splitlines, 0, NULL}, {"translate", b_translate, 0, NULL},                        \
    {"maketrans", b_maketrans, VM_METH_STATIC, NULL}, {"expandtabs", b_expandtabs, 0, NULL}

/* bytes.__bytes__: the value as an exact bytes object. */
static Val b_bytes_dunder(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__bytes__", nargs, kwnames, 0, 0)) return NULL;
    return vm_typeof(self) == &vm_type_bytes ? self : vm_bytes_new(vm_bytes_span(self));
}

static const vm_methoddef bytes_methods[] = {COMMON_METHODS, {"__getnewargs__", b_getnewargs, 0, NULL},
                                             {"__bytes__", b_bytes_dunder, 0, NULL},
                                             {NULL, NULL, 0, NULL}};
static const vm_methoddef bytearray_methods[] = {
    COMMON_METHODS,
    {"append", b_append, 0, NULL}, {"extend", b_extend, 0, NULL}, {"pop", b_pop, 0, NULL},
    {"insert", b_insert, 0, NULL}, {"remove", b_remove, 0, NULL}, {"clear", b_clear, 0, NULL},
    {"copy", b_copy, 0, NULL},     {"reverse", b_reverse, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_bytes = {.base = {&vm_type_type}, .name = "bytes", .basicsize = sizeof(struct BytesObj),
                      .flags = VM_TF_BASETYPE | VM_TF_BYTES_SUBCLASS,
                      .dict_offset = __builtin_offsetof(struct BytesObj, dict), .new_ = bytes_new, .repr = bytes_repr,
                      .str = bytes_repr, .hash = bytes_hash, .richcmp = bytes_richcmp, .len = bytes_len,
                      .getitem = bytes_getitem, .contains = bytes_contains, .iter = bytes_iter, .num = &bytes_num,
                      .methods = bytes_methods};

Type vm_type_bytearray = {.base = {&vm_type_type}, .name = "bytearray", .basicsize = sizeof(ByteArrayObj),
                          .flags = VM_TF_BASETYPE, .dict_offset = __builtin_offsetof(ByteArrayObj, dict),
                          .new_ = bytearray_new, .init = bytearray_init,
                          .repr = bytearray_repr, .str = bytearray_repr, .richcmp = bytes_richcmp,
                          .len = bytes_len, .getitem = bytes_getitem, .setitem = bytearray_setitem,
                          .contains = bytes_contains, .iter = bytes_iter, .num = &bytearray_num,
                          .methods = bytearray_methods};

/* ---- printf-style formatting of bytes (b'%d' % 3) ---- */

Val vm_bytes_mod(Val fmt, Val args)
{
    cr_buf out;
    if (!vm_bytes_mod_buf(vm_bytes_span(fmt), args, &out)) return NULL;
    return from_buf(fmt, &out);
}

/* ---- hooks for memoryview.c ---- */

cr_buf *vm_bytearray_buf(Val ba) { return &BA(ba)->buf; }

void vm_bytearray_export(Val ba, bool add)
{
    if (add) BA(ba)->exports++;
    else if (BA(ba)->exports) BA(ba)->exports--;
}
