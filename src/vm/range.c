/* range objects (CPython 3.11).  start, stop, step and the length are int
 * Vals of any size; arithmetic goes through the number protocol, and the
 * iterator takes a 64-bit fast path whenever every value it produces fits.
 */
#include "vm/dict.h"

typedef struct {
    Obj base;
    Val start, stop, step, length;
} RangeObj;

static RangeObj *rg(Val v) { return (RangeObj *)(void *)val_obj(v); }

static Val add(Val a, Val b) { return vm_binop(a, b, VM_OP_ADD); }
static Val sub(Val a, Val b) { return vm_binop(a, b, VM_OP_SUB); }
static Val mul(Val a, Val b) { return vm_binop(a, b, VM_OP_MUL); }
static Val floordiv(Val a, Val b) { return vm_binop(a, b, VM_OP_FLOORDIV); }
static Val neg(Val a) { return vm_unary(a, VM_UOP_NEG); }
static Val ONE(void) { return val_from_small(1); }

/* (hi - lo - 1) // step + 1 for lo < hi, else 0 (step > 0 after swapping). */
static Val compute_length(Val start, Val stop, Val step)
{
    if (val_is_small(start) && val_is_small(stop) && val_is_small(step)) {
        int64_t lo = val_small(start), hi = val_small(stop), st = val_small(step);
        if (st < 0) {
            lo = val_small(stop);
            hi = val_small(start);
            st = -st;
        }
        if (lo >= hi) return val_from_small(0);
        /* hi - lo < 2**62: no overflow with 62-bit small ints */
        return vm_int_from_u64((uint64_t)(hi - lo - 1) / (uint64_t)st + 1);
    }
    Val lo = start, hi = stop;
    if (vm_int_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = neg(step);
        if (step == NULL) return NULL;
    }
    int c = vm_richcmp_bool(lo, hi, VM_GE);
    if (c < 0) return NULL;
    if (c) return val_from_small(0);
    Val d = sub(hi, lo);
    d = d == NULL ? NULL : sub(d, ONE());
    d = d == NULL ? NULL : floordiv(d, step);
    return d == NULL ? NULL : add(d, ONE());
}

static Val make_range(Val start, Val stop, Val step)
{
    Val len = compute_length(start, stop, step);
    if (len == NULL) return NULL;
    RangeObj *r = vm_alloc_obj(&vm_type_range, sizeof(RangeObj), CR_SCAN);
    if (r == NULL) return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return VAL(r);
}

static Val int_arg(Val v)
{
    if (!vm_has_index(v))
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(v));
    return vm_index_exact(v);
}

static Val range_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames != NULL && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "range() takes no keyword arguments");
    if (nargs == 0) return vm_err_str(&vm_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return vm_err_fmt(&vm_exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    cr_valspan a = {args, nargs};
    Val start = val_from_small(0), stop, step = ONE();
    if (nargs == 1) {
        stop = int_arg(cr_valspan_get(a, 0));
        if (stop == NULL) return NULL;
    } else {
        start = int_arg(cr_valspan_get(a, 0));
        if (start == NULL) return NULL;
        stop = int_arg(cr_valspan_get(a, 1));
        if (stop == NULL) return NULL;
        if (nargs == 3) {
            step = int_arg(cr_valspan_get(a, 2));
            if (step == NULL) return NULL;
            if (vm_int_sign(step) == 0) return vm_err_str(&vm_exc_ValueError, "range() arg 3 must not be zero");
        }
    }
    return make_range(start, stop, step);
}

/* The length as an int64; OverflowError like CPython's Py_ssize_t. */
static int64_t range_len(Val self)
{
    int64_t n;
    if (vm_int_as_i64(rg(self)->length, &n) < 0) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_bool(Val self) { return vm_int_sign(rg(self)->length) != 0; }

/* start + i * step (no bounds check). */
static Val item_at(RangeObj *r, Val i)
{
    if (val_is_small(i) && val_is_small(r->start) && val_is_small(r->step)) {
        int64_t p, v;
        if (!__builtin_mul_overflow(val_small(i), val_small(r->step), &p) &&
            !__builtin_add_overflow(p, val_small(r->start), &v))
            return vm_int_from_i64(v);
    }
    Val p = mul(i, r->step);
    return p == NULL ? NULL : add(r->start, p);
}

static Val range_item(RangeObj *r, Val i)
{
    Val idx = i;
    if (vm_int_sign(idx) < 0) {
        idx = add(idx, r->length);
        if (idx == NULL) return NULL;
    }
    int c = vm_int_sign(idx) < 0 ? 1 : vm_richcmp_bool(idx, r->length, VM_GE);
    if (c < 0) return NULL;
    if (c) return vm_err_str(&vm_exc_IndexError, "range object index out of range");
    return item_at(r, idx);
}

static Val range_slice(RangeObj *r, Val slice)
{
    Val start, stop, step;
    if (!vm_slice_long_indices(slice, r->length, &start, &stop, &step)) return NULL;
    Val substep = mul(step, r->step);
    if (substep == NULL) return NULL;
    Val substart = item_at(r, start);
    if (substart == NULL) return NULL;
    Val substop = item_at(r, stop);
    if (substop == NULL) return NULL;
    return make_range(substart, substop, substep);
}

static Val range_getitem(Val self, Val key)
{
    RangeObj *r = rg(self);
    if (vm_is_type(key, &vm_type_slice)) return range_slice(r, key);
    if (vm_has_index(key)) {
        Val i = vm_index_exact(key);
        return i == NULL ? NULL : range_item(r, i);
    }
    return vm_err_fmt(&vm_exc_TypeError, "range indices must be integers or slices, not %s", vm_tname(key));
}

/* ob in r for an exact int (or bool). */
static int contains_long(RangeObj *r, Val ob)
{
    int c2, c3;
    if (vm_int_sign(r->step) > 0) {
        c2 = vm_richcmp_bool(r->start, ob, VM_LE);
        c3 = vm_richcmp_bool(ob, r->stop, VM_LT);
    } else {
        c2 = vm_richcmp_bool(ob, r->start, VM_LE);
        c3 = vm_richcmp_bool(r->stop, ob, VM_LT);
    }
    if (c2 < 0 || c3 < 0) return -1;
    if (!c2 || !c3) return 0;
    Val d = sub(ob, r->start);
    d = d == NULL ? NULL : vm_binop(d, r->step, VM_OP_MOD);
    return d == NULL ? -1 : vm_int_sign(d) == 0;
}

static bool exact_int(Val v) { return vm_is_type(v, &vm_type_int) || vm_is_type(v, &vm_type_bool); }

/* Sequence search for non-int items: 0 contains, 1 count, 2 index. */
static Val iter_search(Val self, Val ob, int mode)
{
    Val it = vm_iter(self);
    if (it == NULL) return NULL;
    int64_t n = 0, i = 0;
    for (;; i++) {
        Val x = vm_next(it);
        if (x == NULL) break;
        int k = vm_eq(x, ob);
        if (k < 0) return NULL;
        if (!k) continue;
        if (mode == 0) return VM_True;
        if (mode == 2) return vm_int_from_i64(i);
        n++;
    }
    if (vm_err_occurred()) return NULL;
    if (mode == 0) return VM_False;
    if (mode == 1) return vm_int_from_i64(n);
    return vm_err_str(&vm_exc_ValueError, "sequence.index(x): x not in sequence");
}

static int range_contains(Val self, Val ob)
{
    if (exact_int(ob)) return contains_long(rg(self), ob);
    Val r = iter_search(self, ob, 0);
    return r == NULL ? -1 : r == VM_True;
}

static Val m_count(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("range.count", nargs, kwnames, 1, 1)) return NULL;
    if (exact_int(vm_arg(args, nargs, 0))) {
        int c = contains_long(rg(self), vm_arg(args, nargs, 0));
        return c < 0 ? NULL : val_from_small(c);
    }
    return iter_search(self, vm_arg(args, nargs, 0), 1);
}

static Val m_index(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("range.index", nargs, kwnames, 1, 1)) return NULL;
    Val ob = vm_arg(args, nargs, 0);
    if (!exact_int(ob)) return iter_search(self, ob, 2);
    RangeObj *r = rg(self);
    int c = contains_long(r, ob);
    if (c < 0) return NULL;
    if (!c) return vm_err_fmt(&vm_exc_ValueError, "%R is not in range", ob);
    Val d = sub(ob, r->start);
    return d == NULL ? NULL : floordiv(d, r->step);
}

static int equals(RangeObj *a, RangeObj *b)
{
    if (a == b) return 1;
    int c = vm_eq(a->length, b->length);
    if (c <= 0) return c;
    if (vm_int_sign(a->length) == 0) return 1;
    c = vm_eq(a->start, b->start);
    if (c <= 0) return c;
    c = vm_eq(a->length, ONE());
    if (c != 0) return c;
    return vm_eq(a->step, b->step);
}

static Val range_richcmp(Val a, Val b, int op)
{
    if (!vm_is_type(a, &vm_type_range) || !vm_is_type(b, &vm_type_range) || (op != VM_EQ && op != VM_NE))
        return VM_NotImplemented;
    int r = equals(rg(a), rg(b));
    if (r < 0) return NULL;
    return vm_bool((r == 1) == (op == VM_EQ));
}

static int64_t range_hash(Val self)
{
    RangeObj *r = rg(self);
    Val t;
    if (vm_int_sign(r->length) == 0) {
        t = vm_tuple_pack(3, r->length, VM_None, VM_None);
    } else {
        int one = vm_eq(r->length, ONE());
        if (one < 0) return -1;
        t = vm_tuple_pack(3, r->length, r->start, one ? VM_None : r->step);
    }
    return t == NULL ? -1 : vm_hash(t);
}

static Val range_repr(Val self)
{
    RangeObj *r = rg(self);
    if (val_is_small(r->step) && val_small(r->step) == 1) return vm_str_fmt("range(%R, %R)", r->start, r->stop);
    return vm_str_fmt("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static Val get_start(Val self) { return rg(self)->start; }
static Val get_stop(Val self) { return rg(self)->stop; }
static Val get_step(Val self) { return rg(self)->step; }

/* ---- iterators ---- */

typedef struct {
    Obj base;
    int64_t start, step;
    uint64_t len, index;
} RangeIterObj;

typedef struct {
    Obj base;
    Val start, step, len, index;
} LongRangeIterObj;

/* An iterator over start, start+step, ... (len items). */
static Val make_iter(Val start, Val step, Val len)
{
    int64_t s, st, n;
    if (vm_int_as_i64(start, &s) == 0 && vm_int_as_i64(step, &st) == 0 && vm_int_as_i64(len, &n) == 0) {
        /* fast when the last item fits in 64 bits */
        int64_t last, p;
        if (n == 0 || (!__builtin_mul_overflow(n - 1, st, &p) && !__builtin_add_overflow(s, p, &last))) {
            RangeIterObj *it = vm_alloc_obj(&vm_type_range_iter, sizeof(RangeIterObj), CR_NOSCAN);
            if (it == NULL) return NULL;
            it->start = s;
            it->step = st;
            it->len = (uint64_t)n;
            return VAL(it);
        }
    }
    vm_err_clear();
    LongRangeIterObj *it = vm_alloc_obj(&vm_type_longrange_iter, sizeof(LongRangeIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = val_from_small(0);
    return VAL(it);
}

static Val range_iter(Val self)
{
    RangeObj *r = rg(self);
    return make_iter(r->start, r->step, r->length);
}

static Val m_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("range.__reversed__", nargs, kwnames, 0, 0)) return NULL;
    RangeObj *r = rg(self);
    /* last = start + (len - 1) * step, then walk with -step */
    Val lm1 = sub(r->length, ONE());
    Val last = lm1 == NULL ? NULL : item_at(r, lm1);
    Val nstep = neg(r->step);
    if (last == NULL || nstep == NULL) return NULL;
    return make_iter(last, nstep, r->length);
}

static Val rangeiter_next(Val self)
{
    RangeIterObj *it = (RangeIterObj *)(void *)val_obj(self);
    if (it->index >= it->len) return NULL;
    int64_t v = it->start + (int64_t)it->index * it->step;
    it->index++;
    return vm_int_from_i64(v);
}

static Val longrangeiter_next(Val self)
{
    LongRangeIterObj *it = (LongRangeIterObj *)(void *)val_obj(self);
    int c = vm_richcmp_bool(it->index, it->len, VM_GE);
    if (c != 0) return NULL; /* exhausted, or error pending */
    Val p = mul(it->index, it->step);
    Val v = p == NULL ? NULL : add(it->start, p);
    if (v == NULL) return NULL;
    Val ni = add(it->index, ONE());
    if (ni == NULL) return NULL;
    it->index = ni;
    return v;
}

static Val rangeiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    RangeIterObj *it = (RangeIterObj *)(void *)val_obj(self);
    return vm_int_from_u64(it->len - it->index);
}

static Val longrangeiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    LongRangeIterObj *it = (LongRangeIterObj *)(void *)val_obj(self);
    return sub(it->len, it->index);
}

/* ---- pickling ---- */

static Val m_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("range.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    RangeObj *r = rg(self);
    Val a = vm_tuple_pack(3, r->start, r->stop, r->step);
    return a == NULL ? NULL : vm_tuple_pack(2, VAL(&vm_type_range), a);
}

/* (iter, (range(start, start + len*step, step),), index) as CPython. */
static Val iter_reduce(Val start, Val step, Val len, Val index)
{
    Val p = mul(len, step);
    Val stop = p == NULL ? NULL : add(start, p);
    Val r = stop == NULL ? NULL : make_range(start, stop, step);
    return r == NULL ? NULL : vm_iter_reduce("iter", r, index);
}

static Val rangeiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    RangeIterObj *it = (RangeIterObj *)(void *)val_obj(self);
    return iter_reduce(vm_int_from_i64(it->start), vm_int_from_i64(it->step), vm_int_from_u64(it->len),
                       vm_int_from_u64(it->index));
}

static Val longrangeiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    LongRangeIterObj *it = (LongRangeIterObj *)(void *)val_obj(self);
    return iter_reduce(it->start, it->step, it->len, it->index);
}

/* The index is clipped to [0, len] (CPython's PyLong_AsLong conversion). */
static Val rangeiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    RangeIterObj *it = (RangeIterObj *)(void *)val_obj(self);
    Val v = vm_index(args[0]);
    int64_t i;
    if (v == NULL) return NULL;
    if (vm_int_as_i64(v, &i) < 0) {
        vm_err_clear();
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C long");
    }
    it->index = i < 0 ? 0 : ((uint64_t)i > it->len ? it->len : (uint64_t)i);
    return VM_None;
}

static Val longrangeiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    LongRangeIterObj *it = (LongRangeIterObj *)(void *)val_obj(self);
    Val state = args[0], zero = val_from_small(0);
    int c = vm_richcmp_bool(state, zero, VM_LT);
    if (c < 0) return NULL;
    if (c > 0) {
        state = zero;
    } else {
        c = vm_richcmp_bool(it->len, state, VM_LT);
        if (c < 0) return NULL;
        if (c > 0) state = it->len;
    }
    it->index = state;
    return VM_None;
}

static const vm_methoddef range_methods[] = {
    {"__reversed__", m_reversed, 0, "Return a reverse iterator."},
    {"__reduce__", m_reduce, 0, NULL},
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef range_getsets[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

static const vm_numberslots range_num = {
    .truth = range_bool,
};

Type vm_type_range = {
    .base = {&vm_type_type},
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .tbase = &vm_type_object,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = range_iter,
    .new_ = range_new,
    .num = &range_num,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.",
};

static const vm_methoddef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {"__reduce__", rangeiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", rangeiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {"__reduce__", longrangeiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", longrangeiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_range_iter = {
    .base = {&vm_type_type},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

Type vm_type_longrange_iter = {
    .base = {&vm_type_type},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

void vm_range_types_ready(void)
{
    vm_type_ready(&vm_type_range);
    vm_type_ready(&vm_type_range_iter);
    vm_type_ready(&vm_type_longrange_iter);
}
