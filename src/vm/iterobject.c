/* Iterator builtins (CPython 3.11): enumerate, zip (strict=), map, filter,
 * reversed, the sequence iterator behind iter() on objects that only have
 * __getitem__, and the callable iterator iter(f, sentinel).
 */
#include "vm/dict.h"
#include "vm/state.h"

/* These types accept their constructor arguments in __new__; __init__ is a
 * no-op (CPython's object.__init__ when __new__ is overridden). */
static int noop_init(Val self, Val *args, size_t nargs, Val kwnames) { return 0; }

static Val alloc_as(Type *base, Type *type, size_t size)
{
    if (type == base) {
        void *o = vm_alloc_obj(type, size, CR_SCAN);
        return o == NULL ? NULL : VAL(o);
    }
    return vm_alloc_instance(type);
}


/* A pending StopIteration (raised by a __next__/__getitem__ written in
 * Python) means "exhausted" here. */
static bool clear_stop(void)
{
    if (!vm_err_occurred()) return true;
    if (!vm_err_matches(&vm_exc_StopIteration)) return false;
    vm_err_clear();
    return true;
}

/* ---- enumerate ---- */

typedef struct {
    Obj base;
    Val it;
    Val index; /* an int of any size */
} EnumObj;

/* kwnames[i] must be `name` (CPython's enum_vectorcall check_keyword). */
static bool enum_keyword(Val kwnames, size_t i, const char *name)
{
    Val kw = vm_tuple_get(kwnames, i);
    if (vm_str_eq_cstr(kw, name)) return true;
    vm_err_fmt(&vm_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", kw);
    return false;
}

/* enumerate(iterable, start=0), argument handling as CPython 3.11's
 * enum_vectorcall. */
static Val enum_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    size_t nkw = kwnames == NULL ? 0 : vm_tuple_len(kwnames), n = nargs + nkw;
    Val iterable, start_arg = NULL;
    if (n == 2) {
        iterable = vm_arg(args, n, 0);
        start_arg = vm_arg(args, n, 1);
        if (nkw == 1 && !enum_keyword(kwnames, 0, "start")) return NULL;
        if (nkw == 2) {
            if (vm_str_eq_cstr(vm_tuple_get(kwnames, 0), "start")) {
                if (!enum_keyword(kwnames, 1, "iterable")) return NULL;
                iterable = vm_arg(args, n, 1);
                start_arg = vm_arg(args, n, 0);
            } else if (!enum_keyword(kwnames, 0, "iterable") || !enum_keyword(kwnames, 1, "start")) {
                return NULL;
            }
        }
    } else if (n == 1) {
        if (nkw == 1 && !enum_keyword(kwnames, 0, "iterable")) return NULL;
        iterable = vm_arg(args, n, 0);
    } else if (nargs == 0) {
        return vm_err_str(&vm_exc_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return vm_err_fmt(&vm_exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", n);
    }
    Val start = val_from_small(0);
    if (start_arg != NULL) {
        if (!vm_has_index(start_arg))
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(start_arg));
        start = vm_index_exact(start_arg);
        if (start == NULL) return NULL;
    }
    Val it = vm_iter(iterable);
    if (it == NULL) return NULL;
    Val e = alloc_as(&vm_type_enumerate, type, sizeof(EnumObj));
    if (e == NULL) return NULL;
    EnumObj *o = (EnumObj *)(void *)val_obj(e);
    o->it = it;
    o->index = start;
    return e;
}

static Val enum_next(Val self)
{
    EnumObj *o = (EnumObj *)(void *)val_obj(self);
    Val item = vm_next(o->it);
    if (item == NULL) return NULL;
    Val idx = o->index;
    Val next = (val_is_small(idx) && val_small(idx) < CR_SMALL_MAX) ? val_from_small(val_small(idx) + 1)
                                                                    : vm_binop(idx, val_from_small(1), VM_OP_ADD);
    if (next == NULL) return NULL;
    o->index = next;
    return vm_tuple_pack(2, idx, item);
}

/* ---- zip ---- */

typedef struct {
    Obj base;
    Val iters; /* tuple of iterators */
    bool strict;
} ZipObj;

static Val zip_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    bool strict = false;
    size_t nkw = kwnames == NULL ? 0 : vm_tuple_len(kwnames);
    cr_valspan all = {args, nargs + nkw};
    if (nkw > 1) return vm_err_fmt(&vm_exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    for (size_t i = 0; i < nkw; i++) {
        Val name = vm_tuple_get(kwnames, i);
        if (!vm_str_eq_cstr(name, "strict"))
            return vm_err_fmt(&vm_exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int t = vm_truthy(cr_valspan_get(all, nargs + i));
        if (t < 0) return NULL;
        strict = t != 0;
    }
    Val iters = vm_tuple_new(nargs);
    if (iters == NULL) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Val it = vm_iter(cr_valspan_get(all, i));
        if (it == NULL) return NULL;
        vm_tuple_set(iters, i, it);
    }
    Val z = alloc_as(&vm_type_zip, type, sizeof(ZipObj));
    if (z == NULL) return NULL;
    ZipObj *o = (ZipObj *)(void *)val_obj(z);
    o->iters = iters;
    o->strict = strict;
    return z;
}

/* strict=True: argument i (0-based) ran out first; check the others. */
static Val zip_strict_check(ZipObj *o, size_t i)
{
    if (!clear_stop()) return NULL;
    const char *plural;
    if (i > 0) {
        plural = i == 1 ? " " : "s 1-";
        return vm_err_fmt(&vm_exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1, plural, i);
    }
    size_t n = vm_tuple_len(o->iters);
    for (i = 1; i < n; i++) {
        Val item = vm_next(vm_tuple_get(o->iters, i));
        if (item != NULL) {
            plural = i == 1 ? " " : "s 1-";
            return vm_err_fmt(&vm_exc_ValueError, "zip() argument %zu is longer than argument%s%zu", i + 1, plural, i);
        }
        if (!clear_stop()) return NULL;
    }
    return NULL;
}

static Val zip_next(Val self)
{
    ZipObj *o = (ZipObj *)(void *)val_obj(self);
    size_t n = vm_tuple_len(o->iters);
    if (n == 0) return NULL;
    Val result = vm_tuple_new(n);
    if (result == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Val item = vm_next(vm_tuple_get(o->iters, i));
        if (item == NULL) return o->strict ? zip_strict_check(o, i) : NULL;
        vm_tuple_set(result, i, item);
    }
    return result;
}

/* ---- map ---- */

typedef struct {
    Obj base;
    Val func;
    Val iters; /* tuple of iterators */
} MapObj;

static Val map_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &vm_type_map && !vm_no_keywords("map", kwnames)) return NULL;
    if (nargs < 2) return vm_err_str(&vm_exc_TypeError, "map() must have at least two arguments.");
    cr_valspan a = {args, nargs};
    Val iters = vm_tuple_new(nargs - 1);
    if (iters == NULL) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        Val it = vm_iter(cr_valspan_get(a, i));
        if (it == NULL) return NULL;
        vm_tuple_set(iters, i - 1, it);
    }
    Val m = alloc_as(&vm_type_map, type, sizeof(MapObj));
    if (m == NULL) return NULL;
    MapObj *o = (MapObj *)(void *)val_obj(m);
    o->func = cr_valspan_get(a, 0);
    o->iters = iters;
    return m;
}

static Val map_next(Val self)
{
    MapObj *o = (MapObj *)(void *)val_obj(self);
    size_t n = vm_tuple_len(o->iters);
    Val fargs = vm_tuple_new(n);
    if (fargs == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Val item = vm_next(vm_tuple_get(o->iters, i));
        if (item == NULL) return NULL;
        vm_tuple_set(fargs, i, item);
    }
    cr_valspan s = vm_tuple_items(fargs);
    return vm_call(o->func, s.items, n, NULL);
}

/* ---- filter ---- */

typedef struct {
    Obj base;
    Val func;
    Val it;
} FilterObj;

static Val filter_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &vm_type_filter && !vm_no_keywords("filter", kwnames)) return NULL;
    if (nargs != 2) return vm_err_fmt(&vm_exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    cr_valspan a = {args, nargs};
    Val it = vm_iter(cr_valspan_get(a, 1));
    if (it == NULL) return NULL;
    Val f = alloc_as(&vm_type_filter, type, sizeof(FilterObj));
    if (f == NULL) return NULL;
    FilterObj *o = (FilterObj *)(void *)val_obj(f);
    o->func = cr_valspan_get(a, 0);
    o->it = it;
    return f;
}

static Val filter_next(Val self)
{
    FilterObj *o = (FilterObj *)(void *)val_obj(self);
    bool plain = o->func == VM_None || o->func == VAL(&vm_type_bool);
    for (;;) {
        Val item = vm_next(o->it);
        if (item == NULL) return NULL;
        Val test = item;
        if (!plain) {
            test = vm_call1(o->func, item);
            if (test == NULL) return NULL;
        }
        int ok = vm_truthy(test);
        if (ok < 0) return NULL;
        if (ok) return item;
    }
}

/* ---- reversed ---- */

typedef struct {
    Obj base;
    Val seq; /* NULL when exhausted */
    int64_t index;
} ReversedObj;

/* type(o).__name__ lookup bound to o (CPython's _PyObject_LookupSpecial);
 * NULL without an exception when absent. */
static Val lookup_special(Val o, const char *name)
{
    Type *t = vm_typeof(o);
    Val f = vm_type_lookup_cstr(t, name);
    if (f == NULL || f == VM_None) return f;
    Type *ft = vm_typeof(f);
    if (ft->descr_get != NULL) return ft->descr_get(f, o, VAL(t));
    return f;
}

static Val reversed_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &vm_type_reversed && !vm_no_keywords("reversed", kwnames)) return NULL;
    if (nargs != 1) return vm_err_fmt(&vm_exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Val seq = vm_arg(args, nargs, 0);
    Val meth = lookup_special(seq, "__reversed__");
    if (meth == VM_None) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not reversible", vm_tname(seq));
    if (meth != NULL) return vm_call0(meth);
    if (vm_err_occurred()) return NULL;
    if (vm_typeof(seq)->getitem == NULL || vm_is_dict(seq))
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not reversible", vm_tname(seq));
    int64_t n = vm_len(seq);
    if (n < 0) return NULL;
    Val r = alloc_as(&vm_type_reversed, type, sizeof(ReversedObj));
    if (r == NULL) return NULL;
    ReversedObj *o = (ReversedObj *)(void *)val_obj(r);
    o->seq = seq;
    o->index = n - 1;
    return r;
}

static Val reversed_next(Val self)
{
    ReversedObj *o = (ReversedObj *)(void *)val_obj(self);
    if (o->seq != NULL && o->index >= 0) {
        Val item = vm_getitem(o->seq, vm_int_from_i64(o->index));
        if (item != NULL) {
            o->index--;
            return item;
        }
        if (vm_err_matches(&vm_exc_IndexError) || vm_err_matches(&vm_exc_StopIteration)) vm_err_clear();
    }
    o->index = -1;
    o->seq = NULL;
    return NULL;
}

static Val reversed_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    ReversedObj *o = (ReversedObj *)(void *)val_obj(self);
    if (o->seq == NULL) return val_from_small(0);
    int64_t n = vm_len(o->seq);
    if (n < 0) return NULL;
    return vm_int_from_i64(n < o->index + 1 ? 0 : o->index + 1);
}

/* ---- sequence iterator ---- */

typedef struct {
    Obj base;
    Val seq; /* NULL when exhausted */
    int64_t index;
} SeqIterObj;

Val vm_seqiter_new(Val seq)
{
    SeqIterObj *it = vm_alloc_obj(&vm_type_seqiter, sizeof(SeqIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->seq = seq;
    return VAL(it);
}

static Val seqiter_next(Val self)
{
    SeqIterObj *it = (SeqIterObj *)(void *)val_obj(self);
    if (it->seq == NULL) return NULL;
    if (it->index == INT64_MAX) return vm_err_str(&vm_exc_OverflowError, "iter index too large");
    Val item = vm_getitem(it->seq, vm_int_from_i64(it->index));
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (vm_err_matches(&vm_exc_IndexError) || vm_err_matches(&vm_exc_StopIteration)) {
        vm_err_clear();
        it->seq = NULL;
    } else if (vm_err_matches(&vm_exc_TypeError)) {
        /* __getitem__ was deleted from the class during the iteration:
         * CPython's PySequence_GetItem message. */
        Val exc = vm_err_fetch();
        if (vm_type_lookup_cstr(vm_typeof(it->seq), "__getitem__") == NULL && !vm_err_occurred())
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object does not support indexing", vm_tname(it->seq));
        vm_err_clear();
        vm_err_restore(exc);
    }
    return NULL;
}

static Val seqiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    SeqIterObj *it = (SeqIterObj *)(void *)val_obj(self);
    if (it->seq == NULL) return val_from_small(0);
    int64_t n = vm_len(it->seq);
    if (n < 0) {
        /* no __len__: NotImplemented, as CPython */
        if (vm_err_matches(&vm_exc_TypeError)) {
            vm_err_clear();
            return VM_NotImplemented;
        }
        return NULL;
    }
    return vm_int_from_i64(n > it->index ? n - it->index : 0);
}

/* ---- callable iterator ---- */

typedef struct {
    Obj base;
    Val callable; /* NULL when exhausted */
    Val sentinel;
} CallIterObj;

Val vm_calliter_new(Val callable, Val sentinel)
{
    CallIterObj *it = vm_alloc_obj(&vm_type_calliter, sizeof(CallIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->callable = callable;
    it->sentinel = sentinel;
    return VAL(it);
}

static Val calliter_next(Val self)
{
    CallIterObj *it = (CallIterObj *)(void *)val_obj(self);
    if (it->callable == NULL) return NULL;
    Val r = vm_call0(it->callable);
    /* The call may itself exhaust this iterator (gh-101892): then the
     * sentinel is gone and the iteration ends. */
    if (r != NULL && it->sentinel == NULL) return NULL;
    if (r != NULL) {
        int ok = vm_eq(it->sentinel, r);
        if (ok == 0) return r;
        if (ok > 0) {
            it->callable = NULL;
            it->sentinel = NULL;
        }
        return NULL;
    }
    if (vm_err_matches(&vm_exc_StopIteration)) {
        vm_err_clear();
        it->callable = NULL;
        it->sentinel = NULL;
    }
    return NULL;
}

/* ---- pickling (__reduce__ / __setstate__ as CPython 3.11) ---- */

Val vm_builtin_lookup(const char *builtin)
{
    /* CPython's _PyEval_GetBuiltin: the builtins module's current value. */
    Val f = vm_dict_get_cstr(vm->builtins, builtin);
    if (f == NULL) return vm_err_occurred() ? NULL : vm_err_fmt(&vm_exc_AttributeError, "%s", builtin);
    return f;
}

Val vm_iter_reduce(const char *builtin, Val arg, Val state)
{
    Val f = vm_builtin_lookup(builtin);
    return f ? vm_iter_reduce_with(f, arg, state) : NULL;
}

Val vm_iter_reduce_with(Val f, Val arg, Val state)
{
    Val a = vm_tuple_pack(1, arg);
    if (a == NULL) return NULL;
    return state == NULL ? vm_tuple_pack(2, f, a) : vm_tuple_pack(3, f, a, state);
}

bool vm_iter_state_index(Val state, int64_t *out)
{
    if (!vm_is_int(state)) {
        vm_err_str(&vm_exc_TypeError, "an integer is required");
        return false;
    }
    if (vm_int_as_i64(state, out) < 0) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

bool vm_iter_method_args(Val self, const char *meth, size_t nargs, Val kwnames, size_t n)
{
    if (nargs == n && (kwnames == NULL || vm_tuple_len(kwnames) == 0)) return true;
    Val q = vm_str_fmt("%s.%s", vm_tname(self), meth);
    if (q == NULL) return false;
    return vm_check_nargs(vm_str_cstr_of(q), nargs, kwnames, n, n);
}

static Val enum_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    EnumObj *o = (EnumObj *)(void *)val_obj(self);
    Val a = vm_tuple_pack(2, o->it, o->index);
    return a == NULL ? NULL : vm_tuple_pack(2, VAL(vm_typeof(self)), a);
}

static Val zip_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    ZipObj *o = (ZipObj *)(void *)val_obj(self);
    if (o->strict) return vm_tuple_pack(3, VAL(vm_typeof(self)), o->iters, VM_True);
    return vm_tuple_pack(2, VAL(vm_typeof(self)), o->iters);
}

static Val zip_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    int t = vm_truthy(args[0]);
    if (t < 0) return NULL;
    ((ZipObj *)(void *)val_obj(self))->strict = t != 0;
    return VM_None;
}

static Val map_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    MapObj *o = (MapObj *)(void *)val_obj(self);
    size_t n = vm_tuple_len(o->iters);
    Val a = vm_tuple_new(n + 1);
    if (a == NULL) return NULL;
    vm_tuple_set(a, 0, o->func);
    for (size_t i = 0; i < n; i++) vm_tuple_set(a, i + 1, vm_tuple_get(o->iters, i));
    return vm_tuple_pack(2, VAL(vm_typeof(self)), a);
}

static Val filter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    FilterObj *o = (FilterObj *)(void *)val_obj(self);
    Val a = vm_tuple_pack(2, o->func, o->it);
    return a == NULL ? NULL : vm_tuple_pack(2, VAL(vm_typeof(self)), a);
}

static Val reversed_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    ReversedObj *o = (ReversedObj *)(void *)val_obj(self);
    Val a = vm_tuple_pack(1, o->seq != NULL ? o->seq : vm_empty_tuple);
    if (a == NULL) return NULL;
    if (o->seq == NULL) return vm_tuple_pack(2, VAL(vm_typeof(self)), a);
    return vm_tuple_pack(3, VAL(vm_typeof(self)), a, vm_int_from_i64(o->index));
}

/* The index is clipped to [-1, len(seq) - 1]. */
static Val reversed_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    ReversedObj *o = (ReversedObj *)(void *)val_obj(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (o->seq != NULL) {
        int64_t n = vm_len(o->seq);
        if (n < 0) return NULL;
        o->index = i < -1 ? -1 : (i > n - 1 ? n - 1 : i);
    }
    return VM_None;
}

static Val seqiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    SeqIterObj *it = (SeqIterObj *)(void *)val_obj(self);
    Val f = vm_builtin_lookup("iter"); /* first: it may exhaust this iterator */
    if (!f) return NULL;
    if (it->seq == NULL) return vm_iter_reduce_with(f, vm_empty_tuple, NULL);
    return vm_iter_reduce_with(f, it->seq, vm_int_from_i64(it->index));
}

static Val seqiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    SeqIterObj *it = (SeqIterObj *)(void *)val_obj(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (it->seq != NULL) it->index = i < 0 ? 0 : i;
    return VM_None;
}

static Val calliter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    CallIterObj *it = (CallIterObj *)(void *)val_obj(self);
    Val f = vm_dict_get_cstr(vm->builtins, "iter");
    if (f == NULL) return vm_err_occurred() ? NULL : vm_err_str(&vm_exc_AttributeError, "iter");
    if (it->callable == NULL || it->sentinel == NULL) return vm_iter_reduce_with(f, vm_empty_tuple, NULL);
    Val a = vm_tuple_pack(2, it->callable, it->sentinel);
    return a == NULL ? NULL : vm_tuple_pack(2, f, a);
}

static const vm_methoddef enum_methods[] = {
    {"__reduce__", enum_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef zip_methods[] = {
    {"__reduce__", zip_reduce, 0, "Return state information for pickling."},
    {"__setstate__", zip_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef map_methods[] = {
    {"__reduce__", map_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef filter_methods[] = {
    {"__reduce__", filter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef calliter_methods[] = {
    {"__reduce__", calliter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

/* ---- types ---- */

static const vm_methoddef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", reversed_reduce, 0, "Return state information for pickling."},
    {"__setstate__", reversed_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", seqiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", seqiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

#define ITER_BUILTIN(cname, pyname, cstruct, newfn, nextfn, meths, docstr) \
    Type cname = {                                                         \
        .base = {&vm_type_type},                                           \
        .name = pyname,                                                    \
        .basicsize = sizeof(cstruct),                                      \
        .flags = VM_TF_BASETYPE,                                           \
        .tbase = &vm_type_object,                                          \
        .iter = vm_self_iter,                                              \
        .iternext = nextfn,                                                \
        .new_ = newfn,                                                     \
        .init = noop_init,                                                 \
        .methods = meths,                                                  \
        .doc = docstr,                                                     \
    }

ITER_BUILTIN(vm_type_enumerate, "enumerate", EnumObj, enum_new, enum_next, enum_methods,
             "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
             "The enumerate object yields pairs containing a count (from start, which\n"
             "defaults to zero) and a value yielded by the iterable argument.");
ITER_BUILTIN(vm_type_zip, "zip", ZipObj, zip_new, zip_next, zip_methods,
             "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
ITER_BUILTIN(vm_type_map, "map", MapObj, map_new, map_next, map_methods,
             "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
             "each of the iterables.  Stops when the shortest iterable is exhausted.");
ITER_BUILTIN(vm_type_filter, "filter", FilterObj, filter_new, filter_next, filter_methods,
             "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of "
             "iterable for which function(item)\nis true. If function is None, return the items that are true.");
ITER_BUILTIN(vm_type_reversed, "reversed", ReversedObj, reversed_new, reversed_next, reversed_methods,
             "Return a reverse iterator over the values of the given sequence.");

Type vm_type_seqiter = {
    .base = {&vm_type_type},
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

Type vm_type_calliter = {
    .base = {&vm_type_type},
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = calliter_next,
    .methods = calliter_methods,
};

void vm_iter_types_ready(void)
{
    Type *types[] = {&vm_type_enumerate, &vm_type_zip, &vm_type_map, &vm_type_filter,
                     &vm_type_reversed, &vm_type_seqiter, &vm_type_calliter};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) vm_type_ready(types[i]);
}
