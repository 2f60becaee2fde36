/* Tuples (CPython 3.11 semantics), their iterator, and the container
 * set-up (vm_containers_init).
 *
 * Items are stored inline after the TupleObj header.  Instances of tuple
 * subclasses carry their extra fields (instance __dict__ at dict_offset,
 * __slots__) in the first slots of that inline array, so that the header
 * layout stays fixed: the items then start after those prefix slots.
 * vm_tuple_items() hides this.
 */
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/state.h"

Val vm_empty_tuple;

/* ---- helpers shared by the container files ---- */

bool vm_has_index(Val v)
{
    if (vm_is_int(v)) return true;
    const vm_numberslots *n = vm_typeof(v)->num;
    return n != NULL && n->index != NULL;
}

Val vm_self_iter(Val self) { return self; }

Val vm_new_not_allowed(Type *type, Val *args, size_t nargs, Val kwnames)
{
    return vm_err_fmt(&vm_exc_TypeError, "cannot create '%s' instances", type->name);
}

bool vm_check_args_clinic(const char *qualname, const char *name, size_t nargs, Val kwnames, size_t min, size_t max)
{
    if (!vm_no_keywords(qualname, kwnames)) return false;
    return vm_check_nargs(name, nargs, NULL, min, max);
}

bool vm_no_keywords(const char *name, Val kwnames)
{
    if (kwnames == NULL || vm_tuple_len(kwnames) == 0) return true;
    vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", name);
    return false;
}

Val vm_index_exact(Val v)
{
    Val i = vm_index(v);
    return i == NULL ? NULL : vm_int_exact(i);
}

bool vm_buf_repr(cr_buf *b, Val v)
{
    Val r = vm_repr(v);
    if (r == NULL) return false;
    if (!cr_buf_append(b, vm_str_span(r))) {
        vm_err_nomem();
        return false;
    }
    return true;
}

Val vm_buf_to_str(cr_buf *b)
{
    if (b->failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(b));
}

bool vm_is_repeatable(Val v)
{
    if (val_is_small(v)) return false;
    uint32_t f = vm_typeof(v)->flags;
    return (f & (VM_TF_STR_SUBCLASS | VM_TF_BYTES_SUBCLASS | VM_TF_TUPLE_SUBCLASS | VM_TF_LIST_SUBCLASS)) != 0 ||
           vm_isinstance_t(v, &vm_type_bytearray);
}

/* left * right where the count is not an int.  CPython tries the left
 * operand's sequence repeat first, then the right one's: the complaint is
 * about the operand used as the count. */
Val vm_repeat_type_error(Val left, Val right)
{
    Val count = vm_is_repeatable(left) ? right : left;
    return vm_err_fmt(&vm_exc_TypeError, "can't multiply sequence by non-int of type '%s'", vm_tname(count));
}

/* ---- layout ---- */

static TupleObj *tup(Val t) { return (TupleObj *)(void *)val_obj(t); }

/* Number of prefix slots holding a subclass's own fields. */
static size_t prefix_slots(Type *t)
{
    if (t == &vm_type_tuple || t->basicsize <= sizeof(TupleObj)) return 0;
    return (t->basicsize - sizeof(TupleObj) + sizeof(Val) - 1) / sizeof(Val);
}

cr_valspan vm_tuple_items_general(Val t)
{
    TupleObj *o = tup(t);
    size_t k = prefix_slots(o->base.type);
    cr_valspan all = {o->items, k + o->len};
    if (k == 0) return all;
    return cr_valspan_sub(all, k, o->len);
}

Val vm_tuple_alloc_type(Type *t, size_t n)
{
    size_t k = prefix_slots(t), slots, bytes, size;
    if (!cr_add_ok(n, k, &slots) || !cr_mul_ok(slots, sizeof(Val), &bytes) ||
        !cr_add_ok(bytes, sizeof(TupleObj), &size) || n > ((size_t)1 << 60))
        return vm_err_nomem();
    TupleObj *o = vm_alloc_obj(t, size, CR_SCAN);
    if (o == NULL) return NULL;
    o->len = n;
    cr_valspan items = vm_tuple_items(VAL(o));
    for (size_t i = 0; i < n; i++) cr_valspan_set(items, i, VM_None);
    return VAL(o);
}

void vm_tuple_init(void)
{
    if (vm_empty_tuple != NULL) return;
    cr_gc_add_root(&vm_empty_tuple);
    vm_empty_tuple = vm_tuple_alloc_type(&vm_type_tuple, 0);
    if (vm_empty_tuple == NULL) cr_panic("cannot allocate the empty tuple");
}

Val vm_tuple_new(size_t n)
{
    if (n == 0 && vm_empty_tuple != NULL) return vm_empty_tuple;
    return vm_tuple_alloc_type(&vm_type_tuple, n);
}

Val vm_tuple_from(const Val *items, size_t n)
{
    Val t = vm_tuple_new(n);
    if (t == NULL || n == 0) return t;
    cr_valspan src = {(Val *)items, n};
    cr_valspan dst = vm_tuple_items(t);
    for (size_t i = 0; i < n; i++) cr_valspan_set(dst, i, cr_valspan_get(src, i));
    return t;
}

Val vm_tuple_pack(size_t n, ...)
{
    Val t = vm_tuple_new(n);
    if (t == NULL) return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) vm_tuple_set(t, i, va_arg(ap, Val));
    va_end(ap);
    return t;
}

/* A tuple (exact type) holding items[lo : lo+n] of src. */
static Val tuple_slice(cr_valspan src, size_t lo, size_t n)
{
    Val t = vm_tuple_new(n);
    if (t == NULL) return NULL;
    cr_valspan dst = vm_tuple_items(t);
    for (size_t i = 0; i < n; i++) cr_valspan_set(dst, i, cr_valspan_get(src, lo + i));
    return t;
}

Val vm_list_as_tuple(Val l)
{
    ListObj *o = vm_list_obj(l);
    cr_valspan s = {o->v.items, o->v.len};
    return tuple_slice(s, 0, s.len);
}

Val vm_sequence_tuple(Val iterable)
{
    if (vm_is_type(iterable, &vm_type_tuple)) return iterable;
    if (vm_is_type(iterable, &vm_type_list)) return vm_list_as_tuple(iterable);
    Val l = vm_list_from_iter(iterable);
    if (l == NULL) return NULL;
    return vm_list_as_tuple(l);
}

/* ---- slots ---- */

static Val tuple_repr(Val self)
{
    size_t n = vm_tuple_len(self);
    if (n == 0) return vm_str_cstr("()");
    int st = vm_repr_enter(self);
    if (st != 0) return st > 0 ? vm_str_cstr("(...)") : NULL;
    Val result = NULL;
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, '(');
    for (size_t i = 0; i < n && i < vm_tuple_len(self); i++) {
        if (i > 0) cr_buf_cstr(&b, ", ");
        if (!vm_buf_repr(&b, vm_tuple_get(self, i))) goto done;
    }
    cr_buf_cstr(&b, n == 1 ? ",)" : ")");
    result = vm_buf_to_str(&b);
done:
    vm_repr_leave(self);
    return result;
}

/* CPython 3.11's xxHash-based tuplehash. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* Hashing nested tuples recurses in C without the Python recursion limit
 * (CPython has none there either): stop before the C stack runs out. */
static bool c_stack_low(void)
{
    size_t limit = vm->c_stack_limit;
    if (limit == 0 || vm->c_stack_base == NULL) return false;
    volatile char here = 0;
    uintptr_t base = (uintptr_t)vm->c_stack_base, cur = (uintptr_t)&here;
    return base > cur && base - cur > limit - limit / 8;
}

static int64_t tuple_hash(Val self)
{
    size_t n = vm_tuple_len(self);
    if (n > 0 && vm_is_tuple(vm_tuple_get(self, 0)) && c_stack_low())
        return vm_err_str(&vm_exc_RecursionError, "maximum recursion depth exceeded while hashing"), -1;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        int64_t h = vm_hash(vm_tuple_get(self, i));
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

Val vm_compare_sizes(size_t a, size_t b, int op)
{
    bool r = false;
    switch (op) {
    case VM_LT: r = a < b; break;
    case VM_LE: r = a <= b; break;
    case VM_EQ: r = a == b; break;
    case VM_NE: r = a != b; break;
    case VM_GT: r = a > b; break;
    case VM_GE: r = a >= b; break;
    }
    return vm_bool(r);
}

static Val tuple_richcmp(Val a, Val b, int op)
{
    if (!vm_is_tuple(a) || !vm_is_tuple(b)) return VM_NotImplemented;
    size_t na = vm_tuple_len(a), nb = vm_tuple_len(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int k = vm_eq(vm_tuple_get(a, i), vm_tuple_get(b, i));
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) return vm_compare_sizes(na, nb, op);
    if (op == VM_EQ) return VM_False;
    if (op == VM_NE) return VM_True;
    return vm_richcmp(vm_tuple_get(a, i), vm_tuple_get(b, i), op);
}

static int64_t tuple_len(Val self) { return (int64_t)vm_tuple_len(self); }

static int tuple_contains(Val self, Val item)
{
    for (size_t i = 0; i < vm_tuple_len(self); i++) {
        int k = vm_eq(vm_tuple_get(self, i), item);
        if (k != 0) return k;
    }
    return 0;
}

static Val tuple_getitem(Val self, Val key)
{
    size_t n = vm_tuple_len(self);
    if (vm_has_index(key)) {
        int64_t i;
        if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return NULL;
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n) return vm_err_str(&vm_exc_IndexError, "tuple index out of range");
        return vm_tuple_get(self, (size_t)i);
    }
    if (vm_is_type(key, &vm_type_slice)) {
        int64_t start, stop, step, len;
        if (vm_slice_indices(key, (int64_t)n, &start, &stop, &step, &len) < 0) return NULL;
        if (len <= 0) return vm_tuple_new(0);
        if (step == 1) {
            if (len == (int64_t)n && vm_is_type(self, &vm_type_tuple)) return self;
            return tuple_slice(vm_tuple_items(self), (size_t)start, (size_t)len);
        }
        Val t = vm_tuple_new((size_t)len);
        if (t == NULL) return NULL;
        for (int64_t i = 0, j = start; i < len; i++, j += step)
            vm_tuple_set(t, (size_t)i, vm_tuple_get(self, (size_t)j));
        return t;
    }
    return vm_err_fmt(&vm_exc_TypeError, "tuple indices must be integers or slices, not %s", vm_tname(key));
}

static Val tuple_concat(Val a, Val b)
{
    if (!vm_is_tuple(a)) return VM_NotImplemented;
    if (!vm_is_tuple(b)) {
        if (vm_typeof(b)->flags & VM_TF_HEAPTYPE) return VM_NotImplemented;
        return vm_err_fmt(&vm_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple", vm_tname(b));
    }
    size_t na = vm_tuple_len(a), nb = vm_tuple_len(b), n;
    if (nb == 0 && vm_is_type(a, &vm_type_tuple)) return a;
    if (na == 0 && vm_is_type(b, &vm_type_tuple)) return b;
    if (!cr_add_ok(na, nb, &n)) return vm_err_nomem();
    Val t = vm_tuple_new(n);
    if (t == NULL) return NULL;
    for (size_t i = 0; i < na; i++) vm_tuple_set(t, i, vm_tuple_get(a, i));
    for (size_t i = 0; i < nb; i++) vm_tuple_set(t, na + i, vm_tuple_get(b, i));
    return t;
}

static Val tuple_repeat(Val seq, int64_t count)
{
    size_t n = vm_tuple_len(seq), total;
    if (count <= 0 || n == 0) return vm_tuple_new(0);
    if (count == 1 && vm_is_type(seq, &vm_type_tuple)) return seq;
    if (!cr_mul_ok(n, (size_t)count, &total)) return vm_err_nomem();
    Val t = vm_tuple_new(total);
    if (t == NULL) return NULL;
    cr_valspan dst = vm_tuple_items(t);
    for (size_t i = 0; i < total; i++) cr_valspan_set(dst, i, vm_tuple_get(seq, i % n));
    return t;
}

static Val tuple_mul(Val a, Val b)
{
    Val seq = a, n = b;
    if (!vm_is_tuple(a)) {
        seq = b;
        n = a;
    }
    if (!vm_has_index(n)) {
        if (seq == a && (vm_typeof(n)->flags & VM_TF_HEAPTYPE)) return VM_NotImplemented;
        return vm_repeat_type_error(a, b);
    }
    int64_t count;
    if (!vm_as_ssize(n, &count, &vm_exc_OverflowError)) return NULL;
    return tuple_repeat(seq, count);
}

/* ---- construction ---- */

static Val tuple_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if ((type == &vm_type_tuple || type->init == vm_type_tuple.init) && kwnames != NULL && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Val t = nargs == 0 ? vm_tuple_new(0) : vm_sequence_tuple(vm_arg(args, nargs, 0));
    if (t == NULL || type == &vm_type_tuple) return t;
    size_t n = vm_tuple_len(t);
    Val r = vm_tuple_alloc_type(type, n);
    if (r == NULL) return NULL;
    for (size_t i = 0; i < n; i++) vm_tuple_set(r, i, vm_tuple_get(t, i));
    return r;
}

/* tuple's __init__ is object's, which accepts the constructor's arguments. */
static int tuple_init(Val self, Val *args, size_t nargs, Val kwnames) { return 0; }

/* ---- methods ---- */

/* Resolve optional start/stop arguments of index() like CPython's
 * _PyEval_SliceIndexNotNone + clamping. */
static bool index_bounds(Val self, Val *args, size_t nargs, size_t *lo, size_t *hi)
{
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1) {
        if (!vm_has_index(vm_arg(args, nargs, 1)))
            return vm_err_str(&vm_exc_TypeError, "slice indices must be integers or have an __index__ method"), false;
        Val s = vm_index(vm_arg(args, nargs, 1));
        if (s == NULL) return false;
        if (vm_int_as_i64(s, &start) < 0) {
            vm_err_clear();
            start = vm_int_sign(s) < 0 ? INT64_MIN : INT64_MAX;
        }
    }
    if (nargs > 2) {
        if (!vm_has_index(vm_arg(args, nargs, 2)))
            return vm_err_str(&vm_exc_TypeError, "slice indices must be integers or have an __index__ method"), false;
        Val s = vm_index(vm_arg(args, nargs, 2));
        if (s == NULL) return false;
        if (vm_int_as_i64(s, &stop) < 0) {
            vm_err_clear();
            stop = vm_int_sign(s) < 0 ? INT64_MIN : INT64_MAX;
        }
    }
    /* The length after the __index__ calls above (they may resize a list);
     * the search loop rechecks it as the list may change during __eq__. */
    int64_t n = (int64_t)(vm_is_list(self) ? vm_list_len(self) : vm_tuple_len(self));
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    *lo = (size_t)start;
    *hi = (size_t)stop;
    return true;
}

/* Shared by tuple.index and list.index. */
Val vm_seq_index(Val self, Val *args, size_t nargs, Val kwnames, const char *name, const char *msg)
{
    bool is_list = vm_is_list(self);
    if (!vm_check_args_clinic(is_list ? "list.index" : "tuple.index", name, nargs, kwnames, 1, 3)) return NULL;
    size_t lo, hi;
    if (!index_bounds(self, args, nargs, &lo, &hi)) return NULL;
    for (size_t i = lo; i < hi; i++) {
        size_t n = is_list ? vm_list_len(self) : vm_tuple_len(self);
        if (i >= n) break;
        int k = vm_eq(is_list ? vm_list_get(self, i) : vm_tuple_get(self, i), vm_arg(args, nargs, 0));
        if (k < 0) return NULL;
        if (k) return vm_int_from_i64((int64_t)i);
    }
    if (is_list) return vm_err_fmt(&vm_exc_ValueError, "%R is not in list", vm_arg(args, nargs, 0));
    return vm_err_str(&vm_exc_ValueError, msg);
}

static Val tuple_index(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_seq_index(self, args, nargs, kwnames, "index", "tuple.index(x): x not in tuple");
}

static Val tuple_count(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("tuple.count", nargs, kwnames, 1, 1)) return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < vm_tuple_len(self); i++) {
        int k = vm_eq(vm_tuple_get(self, i), vm_arg(args, nargs, 0));
        if (k < 0) return NULL;
        c += k;
    }
    return vm_int_from_i64(c);
}

static Val tuple_getnewargs(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("tuple.__getnewargs__", nargs, kwnames, 0, 0)) return NULL;
    Val copy = tuple_slice(vm_tuple_items(self), 0, vm_tuple_len(self));
    if (copy == NULL) return NULL;
    return vm_tuple_pack(1, copy);
}

/* ---- iterator ---- */

typedef struct {
    Obj base;
    Val seq; /* NULL when exhausted */
    size_t index;
} TupleIterObj;

static Val tuple_iter(Val self)
{
    TupleIterObj *it = vm_alloc_obj(&vm_type_tuple_iter, sizeof(TupleIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->seq = self;
    return VAL(it);
}

static Val tupleiter_next(Val self)
{
    TupleIterObj *it = (TupleIterObj *)(void *)val_obj(self);
    if (it->seq == NULL) return NULL;
    if (it->index < vm_tuple_len(it->seq)) return vm_tuple_get(it->seq, it->index++);
    it->seq = NULL;
    return NULL;
}

static Val tupleiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    TupleIterObj *it = (TupleIterObj *)(void *)val_obj(self);
    size_t n = it->seq == NULL ? 0 : vm_tuple_len(it->seq) - it->index;
    return vm_int_from_u64(n);
}

/* Pickling (CPython 3.11): (iter, (tuple,), index) or (iter, ((),)). */
static Val tupleiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    TupleIterObj *it = (TupleIterObj *)(void *)val_obj(self);
    Val f = vm_builtin_lookup("iter"); /* first: it may exhaust this iterator */
    if (!f) return NULL;
    if (it->seq == NULL) return vm_iter_reduce_with(f, vm_empty_tuple, NULL);
    return vm_iter_reduce_with(f, it->seq, vm_int_from_u64(it->index));
}

static Val tupleiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    TupleIterObj *it = (TupleIterObj *)(void *)val_obj(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (it->seq != NULL) {
        size_t n = vm_tuple_len(it->seq);
        it->index = i < 0 ? 0 : ((uint64_t)i > n ? n : (size_t)i);
    }
    return VM_None;
}

static const vm_methoddef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {"__reduce__", tupleiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", tupleiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_tuple_iter = {
    .base = {&vm_type_type},
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static const vm_methoddef tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const vm_numberslots tuple_num = {
    .binop = {[VM_OP_ADD] = tuple_concat, [VM_OP_MUL] = tuple_mul},
};

Type vm_type_tuple = {
    .base = {&vm_type_type},
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .flags = VM_TF_BASETYPE | VM_TF_TUPLE_SUBCLASS,
    .tbase = &vm_type_object,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .init = tuple_init,
    .num = &tuple_num,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
};

void vm_tuple_types_ready(void)
{
    vm_type_ready(&vm_type_tuple);
    vm_type_ready(&vm_type_tuple_iter);
}

void vm_containers_init(void)
{
    vm_tuple_init();
    vm_tuple_types_ready();
    vm_list_types_ready();
    vm_dict_types_ready();
    vm_set_types_ready();
    vm_range_types_ready();
    vm_slice_types_ready();
    vm_iter_types_ready();
}
