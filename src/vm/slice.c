/* Slice objects (CPython 3.11): attributes, indices(), comparisons as
 * tuples, unhashable; and the index resolution used by every sequence
 * (vm_slice_indices, CPython's PySlice_Unpack + PySlice_AdjustIndices).
 */
#include "vm/dict.h"

static SliceObj *sl(Val v) { return (SliceObj *)(void *)val_obj(v); }

Val vm_slice_new(Val start, Val stop, Val step)
{
    SliceObj *s = vm_alloc_obj(&vm_type_slice, sizeof(SliceObj), CR_SCAN);
    if (s == NULL) return NULL;
    s->start = start ? start : VM_None;
    s->stop = stop ? stop : VM_None;
    s->step = step ? step : VM_None;
    return VAL(s);
}

/* _PyEval_SliceIndex: an index, clamped to the int64 range. */
static bool slice_index(Val v, int64_t *out)
{
    if (val_is_small(v)) {
        *out = val_small(v);
        return true;
    }
    if (!vm_has_index(v))
        return vm_err_str(&vm_exc_TypeError, "slice indices must be integers or None or have an __index__ method"),
               false;
    Val i = vm_index(v);
    if (i == NULL) return false;
    if (vm_int_as_i64(i, out) < 0) {
        vm_err_clear();
        *out = vm_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    }
    return true;
}

/* A slice whose members are plain ints or None: their __index__ methods run
 * now (step, start, stop, as PySlice_Unpack), so that a container whose
 * length they change can then be resolved against its current length. */
Val vm_slice_plain(Val slice)
{
    SliceObj *s = sl(slice);
    Val m[3] = {s->step, s->start, s->stop};
    bool plain = true;
    for (int i = 0; i < 3; i++) {
        if (m[i] == VM_None || vm_is_int(m[i])) continue;
        if (!vm_has_index(m[i]))
            return vm_err_str(&vm_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        m[i] = vm_index(m[i]);
        if (m[i] == NULL) return NULL;
        plain = false;
        if (i == 0 && vm_int_sign(m[0]) == 0) return vm_err_str(&vm_exc_ValueError, "slice step cannot be zero");
    }
    return plain ? slice : vm_slice_new(m[1], m[2], m[0]);
}

int vm_slice_indices(Val slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step, int64_t *slicelen)
{
    SliceObj *s = sl(slice);
    if (s->step == VM_None) {
        *step = 1;
    } else {
        if (!slice_index(s->step, step)) return -1;
        if (*step == 0) return vm_err_str(&vm_exc_ValueError, "slice step cannot be zero"), -1;
        if (*step < -INT64_MAX) *step = -INT64_MAX; /* so that -step is representable */
    }
    if (s->start == VM_None) *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_index(s->start, start)) return -1;
    if (s->stop == VM_None) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_index(s->stop, stop)) return -1;

    /* PySlice_AdjustIndices */
    int64_t st = *step;
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = st < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = st < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = st < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = st < 0 ? len - 1 : len;
    }
    *slicelen = 0;
    if (st < 0) {
        if (*stop < *start) *slicelen = (int64_t)((uint64_t)(*start - *stop - 1) / (uint64_t)(-st)) + 1;
    } else if (*start < *stop) {
        *slicelen = (int64_t)((uint64_t)(*stop - *start - 1) / (uint64_t)st) + 1;
    }
    return 0;
}

/* ---- arbitrary-size resolution (_PySlice_GetLongIndices) ---- */

static Val add(Val a, Val b) { return vm_binop(a, b, VM_OP_ADD); }

/* An index argument or the error message CPython gives for slices. */
static Val long_index(Val v)
{
    if (!vm_has_index(v))
        return vm_err_str(&vm_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return vm_index_exact(v);
}

/* Clamp an index (start or stop) given as a Val. */
static Val clamp_index(Val v, Val length, Val lower, Val upper)
{
    v = long_index(v);
    if (v == NULL) return NULL;
    if (vm_int_sign(v) < 0) {
        v = add(v, length);
        if (v == NULL) return NULL;
        int c = vm_richcmp_bool(v, lower, VM_LT);
        if (c < 0) return NULL;
        return c ? lower : v;
    }
    int c = vm_richcmp_bool(v, upper, VM_GT);
    if (c < 0) return NULL;
    return c ? upper : v;
}

/* start, stop, step for a sequence of the given (int) length; false on error. */
bool vm_slice_long_indices(Val slice, Val length, Val *start, Val *stop, Val *step)
{
    SliceObj *s = sl(slice);
    Val st = val_from_small(1);
    if (s->step != VM_None) {
        st = long_index(s->step);
        if (st == NULL) return false;
        if (vm_int_sign(st) == 0) return vm_err_str(&vm_exc_ValueError, "slice step cannot be zero"), false;
    }
    bool neg = vm_int_sign(st) < 0;
    Val lower = neg ? val_from_small(-1) : val_from_small(0);
    Val upper = neg ? add(length, lower) : length;
    if (upper == NULL) return false;
    Val a = s->start == VM_None ? (neg ? upper : lower) : clamp_index(s->start, length, lower, upper);
    if (a == NULL) return false;
    Val b = s->stop == VM_None ? (neg ? lower : upper) : clamp_index(s->stop, length, lower, upper);
    if (b == NULL) return false;
    *start = a;
    *stop = b;
    *step = st;
    return true;
}

/* ---- the type ---- */

static Val slice_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames != NULL && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs == 0) return vm_err_str(&vm_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return vm_err_fmt(&vm_exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    cr_valspan a = {args, nargs};
    if (nargs == 1) return vm_slice_new(NULL, cr_valspan_get(a, 0), NULL);
    return vm_slice_new(cr_valspan_get(a, 0), cr_valspan_get(a, 1), nargs == 3 ? cr_valspan_get(a, 2) : NULL);
}

static Val slice_repr(Val self)
{
    SliceObj *s = sl(self);
    return vm_str_fmt("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Val slice_richcmp(Val v, Val w, int op)
{
    if (!vm_is_type(v, &vm_type_slice) || !vm_is_type(w, &vm_type_slice)) return VM_NotImplemented;
    if (v == w) return vm_bool(op == VM_EQ || op == VM_LE || op == VM_GE);
    SliceObj *a = sl(v), *b = sl(w);
    Val t1 = vm_tuple_pack(3, a->start, a->stop, a->step);
    Val t2 = vm_tuple_pack(3, b->start, b->stop, b->step);
    if (t1 == NULL || t2 == NULL) return NULL;
    return vm_richcmp(t1, t2, op);
}

static Val get_start(Val self) { return sl(self)->start; }
static Val get_stop(Val self) { return sl(self)->stop; }
static Val get_step(Val self) { return sl(self)->step; }

static Val m_indices(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("slice.indices", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_has_index(vm_arg(args, nargs, 0)))
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(vm_arg(args, nargs, 0)));
    Val length = vm_index_exact(vm_arg(args, nargs, 0));
    if (length == NULL) return NULL;
    if (vm_int_sign(length) < 0) return vm_err_str(&vm_exc_ValueError, "length should not be negative");
    Val start, stop, step;
    if (!vm_slice_long_indices(self, length, &start, &stop, &step)) return NULL;
    return vm_tuple_pack(3, start, stop, step);
}

static Val m_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    SliceObj *s = sl(self);
    Val t = vm_tuple_pack(3, s->start, s->stop, s->step);
    return t == NULL ? NULL : vm_tuple_pack(2, VAL(&vm_type_slice), t);
}

static const vm_methoddef slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef slice_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_slice = {
    .base = {&vm_type_type},
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .tbase = &vm_type_object,
    .repr = slice_repr,
    .richcmp = slice_richcmp,
    .new_ = slice_new,
    .methods = slice_methods,
    .getsets = slice_getsets,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};

void vm_slice_types_ready(void) { vm_type_ready(&vm_type_slice); }
