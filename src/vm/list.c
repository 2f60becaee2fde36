/* Lists (CPython 3.11 semantics): storage is a cr_vals, every index taken
 * from Python code is checked against the current length first (the list
 * may have been changed by any call out to Python code).  Also the repr
 * recursion guard shared by the containers.
 */
#include "vm/dict.h"

/* ---- repr recursion guard (Py_ReprEnter / Py_ReprLeave) ---- */

static Val repr_stack; /* a list of the objects being repr'd */

int vm_repr_enter(Val o)
{
    if (repr_stack == NULL) {
        cr_gc_add_root(&repr_stack);
        repr_stack = vm_list_new(0);
        if (repr_stack == NULL) return -1;
    }
    for (size_t i = 0; i < vm_list_len(repr_stack); i++)
        if (vm_list_get(repr_stack, i) == o) return 1;
    return vm_list_append(repr_stack, o);
}

void vm_repr_leave(Val o)
{
    if (repr_stack == NULL) return;
    for (size_t i = vm_list_len(repr_stack); i > 0; i--) {
        if (vm_list_get(repr_stack, i - 1) == o) {
            cr_vals_remove(&vm_list_obj(repr_stack)->v, i - 1);
            return;
        }
    }
}

/* ---- construction ---- */

static ListObj *list_alloc(Type *t)
{
    if (t == &vm_type_list) return vm_alloc_obj(t, sizeof(ListObj), CR_SCAN);
    Val v = vm_alloc_instance(t);
    return v == NULL ? NULL : vm_list_obj(v);
}

Val vm_list_new(size_t n)
{
    ListObj *o = list_alloc(&vm_type_list);
    if (o == NULL) return NULL;
    if (n > 0 && !cr_vals_resize(&o->v, n, VM_None)) return vm_err_nomem();
    return VAL(o);
}

Val vm_list_from(const Val *items, size_t n)
{
    Val l = vm_list_new(n);
    if (l == NULL) return NULL;
    cr_valspan src = {(Val *)items, n};
    for (size_t i = 0; i < n; i++) vm_list_set(l, i, cr_valspan_get(src, i));
    return l;
}

static void touched(ListObj *o) { o->mutation++; }

int vm_list_append(Val l, Val x)
{
    ListObj *o = vm_list_obj(l);
    if (!cr_vals_push(&o->v, x)) return vm_err_nomem(), -1;
    touched(o);
    return 0;
}

/* Append n items from span (a snapshot: safe if it aliases the list). */
static int append_span(Val l, cr_valspan s)
{
    ListObj *o = vm_list_obj(l);
    if (s.len == 0) return 0;
    if (!cr_vals_reserve(&o->v, s.len)) return vm_err_nomem(), -1;
    for (size_t i = 0; i < s.len; i++) cr_vals_push(&o->v, cr_valspan_get(s, i));
    touched(o);
    return 0;
}

/* PyObject_LengthHint(o, 8): len(o) if it has one (a TypeError from it is
 * ignored), else o.__length_hint__() checked like CPython; -1 on error. */
static int length_hint(Val o, int64_t *out)
{
    *out = 8;
    if (vm_typeof(o)->len) {
        int64_t n = vm_len(o);
        if (n >= 0) {
            *out = n;
            return 0;
        }
        if (!vm_err_matches(&vm_exc_TypeError)) return -1;
        vm_err_clear();
    }
    Val meth = vm_type_lookup_cstr(vm_typeof(o), "__length_hint__");
    if (meth == NULL) return 0;
    Val r = vm_call_special(o, "__length_hint__", NULL, 0);
    if (r == NULL) {
        if (!vm_err_matches(&vm_exc_TypeError)) return -1;
        vm_err_clear();
        return 0;
    }
    if (r == VM_NotImplemented) return 0;
    if (!vm_is_int(r)) {
        vm_err_fmt(&vm_exc_TypeError, "__length_hint__ must be an integer, not %s", vm_tname(r));
        return -1;
    }
    int64_t n;
    if (vm_int_as_i64(r, &n) < 0) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (n < 0) {
        vm_err_str(&vm_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    *out = n;
    return 0;
}

int vm_list_extend(Val l, Val iterable)
{
    /* Only exact lists/tuples: a subclass may override __iter__. */
    if (vm_is_list(iterable) && vm_typeof(iterable) == &vm_type_list) {
        ListObj *src = vm_list_obj(iterable);
        size_t n = src->v.len;
        cr_valspan s = {src->v.items, n};
        return append_span(l, s);
    }
    if (vm_is_tuple(iterable) && vm_typeof(iterable) == &vm_type_tuple)
        return append_span(l, vm_tuple_items(iterable));
    Val it = vm_iter(iterable);
    if (it == NULL) return -1;
    /* CPython preallocates len/__length_hint__ items: a hint beyond the heap
     * is a MemoryError at once (list(range(sys.maxsize))), not a slow
     * exhaustion; a bad hint raises as in PyObject_LengthHint. */
    int64_t hint;
    if (length_hint(iterable, &hint) < 0) return -1;
    /* As list_extend: when len + hint overflows Py_ssize_t the hint is
     * taken to lie and ignored. */
    if ((int64_t)vm_list_obj(l)->v.len > INT64_MAX - hint) hint = 0;
    size_t bytes;
    if (!cr_mul_ok((size_t)hint, sizeof(Val), &bytes) || bytes > cr_mem_get_stats().heap_cap)
        return vm_err_nomem(), -1;
    if (!cr_vals_reserve(&vm_list_obj(l)->v, (size_t)hint < ((size_t)1 << 20) ? (size_t)hint : ((size_t)1 << 20)))
        return vm_err_nomem(), -1;
    for (;;) {
        Val x = vm_next(it);
        if (x == NULL) return vm_err_occurred() ? -1 : 0;
        if (vm_list_append(l, x) < 0) return -1;
    }
}

Val vm_list_from_iter(Val iterable)
{
    Val l = vm_list_new(0);
    if (l == NULL || vm_list_extend(l, iterable) < 0) return NULL;
    return l;
}

/* PySequence_Fast: the items of v as a list or tuple (msg replaces the
 * TypeError of a non-iterable). */
static Val seq_fast(Val v, const char *msg)
{
    if (vm_is_type(v, &vm_type_list) || vm_is_type(v, &vm_type_tuple)) return v;
    Val it = vm_iter(v);
    if (it == NULL) {
        if (vm_err_matches(&vm_exc_TypeError)) vm_err_str(&vm_exc_TypeError, msg);
        return NULL;
    }
    Val l = vm_list_new(0);
    if (l == NULL) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (x == NULL) return vm_err_occurred() ? NULL : l;
        if (vm_list_append(l, x) < 0) return NULL;
    }
}

static cr_valspan seq_items(Val seq)
{
    if (vm_is_tuple(seq)) return vm_tuple_items(seq);
    ListObj *o = vm_list_obj(seq);
    cr_valspan s = {o->v.items, o->v.len};
    return s;
}

/* Snapshot of a list's items (a fresh vector). */
static Val list_copy_val(Val l)
{
    ListObj *o = vm_list_obj(l);
    cr_valspan s = {o->v.items, o->v.len};
    Val r = vm_list_new(0);
    if (r == NULL || append_span(r, s) < 0) return NULL;
    return r;
}

/* ---- slots ---- */

static Val list_repr(Val self)
{
    if (vm_list_len(self) == 0) return vm_str_cstr("[]");
    int st = vm_repr_enter(self);
    if (st != 0) return st > 0 ? vm_str_cstr("[...]") : NULL;
    Val result = NULL;
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, '[');
    for (size_t i = 0; i < vm_list_len(self); i++) {
        if (i > 0) cr_buf_cstr(&b, ", ");
        if (!vm_buf_repr(&b, vm_list_get(self, i))) goto done;
    }
    cr_buf_byte(&b, ']');
    result = vm_buf_to_str(&b);
done:
    vm_repr_leave(self);
    return result;
}

static Val list_richcmp(Val a, Val b, int op)
{
    if (!vm_is_list(a) || !vm_is_list(b)) return VM_NotImplemented;
    if (vm_list_len(a) != vm_list_len(b) && (op == VM_EQ || op == VM_NE)) return vm_bool(op == VM_NE);
    size_t i;
    for (i = 0; i < vm_list_len(a) && i < vm_list_len(b); i++) {
        Val x = vm_list_get(a, i), y = vm_list_get(b, i);
        if (x == y) continue;
        int k = vm_eq(x, y);
        if (k < 0) return NULL;
        if (!k) break;
    }
    size_t na = vm_list_len(a), nb = vm_list_len(b);
    if (i >= na || i >= nb) return vm_compare_sizes(na, nb, op);
    if (op == VM_EQ) return VM_False;
    if (op == VM_NE) return VM_True;
    return vm_richcmp(vm_list_get(a, i), vm_list_get(b, i), op);
}

static int64_t list_len(Val self) { return (int64_t)vm_list_len(self); }

static int list_contains(Val self, Val item)
{
    for (size_t i = 0; i < vm_list_len(self); i++) {
        int k = vm_eq(vm_list_get(self, i), item);
        if (k != 0) return k;
    }
    return 0;
}

static Val list_getitem(Val self, Val key)
{
    if (vm_has_index(key)) {
        int64_t i;
        if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return NULL;
        size_t n = vm_list_len(self);
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n) return vm_err_str(&vm_exc_IndexError, "list index out of range");
        return vm_list_get(self, (size_t)i);
    }
    if (vm_is_type(key, &vm_type_slice)) {
        int64_t start, stop, step, len;
        key = vm_slice_plain(key); /* __index__ may resize self: resolve against the length after it */
        if (key == NULL || vm_slice_indices(key, (int64_t)vm_list_len(self), &start, &stop, &step, &len) < 0) return NULL;
        Val r = vm_list_new(0);
        if (r == NULL || len <= 0) return r;
        if (!cr_vals_reserve(&vm_list_obj(r)->v, (size_t)len)) return vm_err_nomem();
        for (int64_t i = 0, j = start; i < len; i++, j += step) {
            if ((uint64_t)j >= vm_list_len(self)) break;
            cr_vals_push(&vm_list_obj(r)->v, vm_list_get(self, (size_t)j));
        }
        return r;
    }
    return vm_err_fmt(&vm_exc_TypeError, "list indices must be integers or slices, not %s", vm_tname(key));
}

/* a[lo:hi] = v (v NULL: delete), CPython's list_ass_slice. */
static int list_ass_slice(Val a, int64_t lo, int64_t hi, Val v)
{
    cr_valspan items = {NULL, 0};
    if (v != NULL) {
        Val src = v == a ? list_copy_val(a) : seq_fast(v, "can only assign an iterable");
        if (src == NULL) return -1;
        items = seq_items(src);
    }
    ListObj *o = vm_list_obj(a);
    int64_t n = (int64_t)o->v.len;
    if (lo < 0) lo = 0;
    else if (lo > n) lo = n;
    if (hi < lo) hi = lo;
    else if (hi > n) hi = n;
    size_t nold = (size_t)(hi - lo), nnew = items.len, common = nold < nnew ? nold : nnew;
    for (size_t i = 0; i < common; i++) cr_vals_set(&o->v, (size_t)lo + i, cr_valspan_get(items, i));
    if (nold > nnew) {
        cr_vals_remove_range(&o->v, (size_t)lo + common, (size_t)hi);
    } else if (nnew > nold) {
        size_t extra = nnew - nold, pos = (size_t)hi, oldlen = o->v.len;
        if (!cr_vals_resize(&o->v, oldlen + extra, VM_None)) return vm_err_nomem(), -1;
        for (size_t i = oldlen; i > pos; i--) /* shift the tail up */
            cr_vals_set(&o->v, i - 1 + extra, cr_vals_get(&o->v, i - 1));
        for (size_t i = 0; i < extra; i++) cr_vals_set(&o->v, pos + i, cr_valspan_get(items, common + i));
    }
    if (nold != nnew) touched(o);
    return 0;
}

static int list_setitem(Val self, Val key, Val value)
{
    ListObj *o = vm_list_obj(self);
    if (vm_has_index(key)) {
        int64_t i;
        if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return -1;
        size_t n = o->v.len;
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n)
            return vm_err_str(&vm_exc_IndexError, "list assignment index out of range"), -1;
        if (value == NULL) {
            cr_vals_remove(&o->v, (size_t)i);
            touched(o);
        } else {
            cr_vals_set(&o->v, (size_t)i, value);
        }
        return 0;
    }
    if (!vm_is_type(key, &vm_type_slice))
        return vm_err_fmt(&vm_exc_TypeError, "list indices must be integers or slices, not %s", vm_tname(key)), -1;
    int64_t start, stop, step, len;
    key = vm_slice_plain(key); /* __index__ may resize self: resolve against the length after it */
    if (key == NULL || vm_slice_indices(key, (int64_t)o->v.len, &start, &stop, &step, &len) < 0) return -1;
    if (step == 1) return list_ass_slice(self, start, stop, value);
    if (value == NULL) {
        if (len <= 0) return 0;
        if (step < 0) { /* delete the same items walking upwards */
            start = start + step * (len - 1);
            step = -step;
        }
        /* Compact the survivors in one pass. */
        size_t w = (size_t)start, n = o->v.len;
        int64_t next = start, removed = 0;
        for (size_t r = (size_t)start; r < n; r++) {
            if (removed < len && (int64_t)r == next) {
                removed++;
                next += step;
                continue;
            }
            cr_vals_set(&o->v, w++, cr_vals_get(&o->v, r));
        }
        cr_vals_resize(&o->v, w, VM_None);
        touched(o);
        return 0;
    }
    Val seq = value == self ? list_copy_val(self) : seq_fast(value, "must assign iterable to extended slice");
    if (seq == NULL) return -1;
    cr_valspan items = seq_items(seq);
    if ((int64_t)items.len != len)
        return vm_err_fmt(&vm_exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                          items.len, (long long)len), -1;
    for (int64_t i = 0, j = start; i < len; i++, j += step) {
        if ((uint64_t)j >= o->v.len) break;
        cr_vals_set(&o->v, (size_t)j, cr_valspan_get(items, (size_t)i));
    }
    return 0;
}

static Val list_concat(Val a, Val b)
{
    if (!vm_is_list(a)) return VM_NotImplemented;
    if (!vm_is_list(b)) {
        if (vm_typeof(b)->flags & VM_TF_HEAPTYPE) return VM_NotImplemented;
        return vm_err_fmt(&vm_exc_TypeError, "can only concatenate list (not \"%s\") to list", vm_tname(b));
    }
    Val r = list_copy_val(a);
    if (r == NULL) return NULL;
    ListObj *ob = vm_list_obj(b);
    cr_valspan s = {ob->v.items, ob->v.len};
    return append_span(r, s) < 0 ? NULL : r;
}

/* items of l repeated count times appended to the (empty) vector dst */
static int repeat_into(cr_vals *dst, cr_valspan src, int64_t count)
{
    size_t total;
    if (count <= 0 || src.len == 0) return 0;
    if (!cr_mul_ok(src.len, (size_t)count, &total) || total > ((size_t)1 << 58) || !cr_vals_reserve(dst, total))
        return vm_err_nomem(), -1;
    for (int64_t c = 0; c < count; c++)
        for (size_t i = 0; i < src.len; i++) cr_vals_push(dst, cr_valspan_get(src, i));
    return 0;
}

/* The repeat count of seq * n, or NotImplemented / error. */
static Val repeat_count(Val a, Val b, Val *seq, int64_t *count)
{
    Val n = b;
    *seq = a;
    if (!vm_is_list(a)) {
        *seq = b;
        n = a;
    }
    if (!vm_has_index(n)) {
        if (*seq == a && (vm_typeof(n)->flags & VM_TF_HEAPTYPE)) return VM_NotImplemented;
        return vm_repeat_type_error(a, b);
    }
    if (!vm_as_ssize(n, count, &vm_exc_OverflowError)) return NULL;
    return VM_None;
}

static Val list_mul(Val a, Val b)
{
    Val seq;
    int64_t count;
    Val st = repeat_count(a, b, &seq, &count);
    if (st != VM_None) return st;
    Val src = list_copy_val(seq);
    Val r = vm_list_new(0);
    if (src == NULL || r == NULL) return NULL;
    if (repeat_into(&vm_list_obj(r)->v, seq_items(src), count) < 0) return NULL;
    return r;
}

static Val list_iadd(Val a, Val b)
{
    if (vm_list_extend(a, b) < 0) return NULL;
    return a;
}

static Val list_imul(Val a, Val b)
{
    if (!vm_is_list(a)) return list_mul(a, b);
    Val seq;
    int64_t count;
    Val st = repeat_count(a, b, &seq, &count);
    if (st != VM_None) return st;
    ListObj *o = vm_list_obj(a);
    Val src = list_copy_val(a);
    if (src == NULL) return NULL;
    cr_vals fresh;
    cr_vals_init(&fresh);
    if (repeat_into(&fresh, seq_items(src), count) < 0) return NULL;
    o->v = fresh;
    touched(o);
    return a;
}

static Val list_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    ListObj *o = list_alloc(type);
    return o == NULL ? NULL : VAL(o);
}

static int list_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (vm_typeof(self)->new_ == vm_type_list.new_ && kwnames != NULL && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "list() takes no keyword arguments"), -1;
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "list expected at most 1 argument, got %zu", nargs), -1;
    ListObj *o = vm_list_obj(self);
    if (o->v.len > 0) {
        cr_vals_init(&o->v);
        touched(o);
    }
    if (nargs == 1) return vm_list_extend(self, vm_arg(args, nargs, 0));
    return 0;
}

/* ---- iterators ---- */

typedef struct {
    Obj base;
    Val seq;      /* NULL when exhausted */
    int64_t index;
} ListIterObj;

static ListIterObj *lit(Val v) { return (ListIterObj *)(void *)val_obj(v); }

static Val list_iter(Val self)
{
    ListIterObj *it = vm_alloc_obj(&vm_type_list_iter, sizeof(ListIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->seq = self;
    return VAL(it);
}

static Val listiter_next(Val self)
{
    ListIterObj *it = lit(self);
    if (it->seq == NULL) return NULL;
    if (it->index >= 0 && (uint64_t)it->index < vm_list_len(it->seq)) return vm_list_get(it->seq, (size_t)it->index++);
    it->seq = NULL;
    return NULL;
}

static Val listiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    ListIterObj *it = lit(self);
    int64_t n = 0;
    if (it->seq != NULL && (int64_t)vm_list_len(it->seq) > it->index) n = (int64_t)vm_list_len(it->seq) - it->index;
    return vm_int_from_i64(n);
}

static Val list_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.__reversed__", nargs, kwnames, 0, 0)) return NULL;
    ListIterObj *it = vm_alloc_obj(&vm_type_list_reviter, sizeof(ListIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->seq = self;
    it->index = (int64_t)vm_list_len(self) - 1;
    return VAL(it);
}

static Val listreviter_next(Val self)
{
    ListIterObj *it = lit(self);
    if (it->seq == NULL) return NULL;
    if (it->index >= 0 && (uint64_t)it->index < vm_list_len(it->seq)) return vm_list_get(it->seq, (size_t)it->index--);
    it->seq = NULL;
    it->index = -1;
    return NULL;
}

static Val listreviter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    ListIterObj *it = lit(self);
    int64_t n = 0;
    if (it->seq != NULL && it->index >= 0 && (uint64_t)it->index < vm_list_len(it->seq)) n = it->index + 1;
    return vm_int_from_i64(n);
}

/* ---- sort: a stable natural merge sort (runs, binary insertion, merges) ----
 * The items are moved out of the list while sorting (the list looks empty
 * to Python code); any mutation during the sort is detected afterwards.
 * A failed comparison leaves the vector a permutation of its items. */

typedef struct {
    cr_vals *k; /* the sort keys */
    cr_vals *v; /* the items when a key function is used, else NULL */
    cr_vals tk, tv; /* merge buffers */
} Sorter;

static int islt(Val a, Val b) { return vm_richcmp_bool(a, b, VM_LT); }
static Val key_at(Sorter *s, size_t i) { return cr_vals_get(s->k, i); }
static Val item_at(Sorter *s, size_t i) { return s->v ? cr_vals_get(s->v, i) : NULL; }
static void put(Sorter *s, size_t i, Val k, Val v)
{
    cr_vals_set(s->k, i, k);
    if (s->v) cr_vals_set(s->v, i, v);
}

static void reverse_range(Sorter *s, size_t lo, size_t hi)
{
    cr_vals_reverse(s->k, lo, hi);
    if (s->v) cr_vals_reverse(s->v, lo, hi);
}

/* Sort [lo, hi) by binary insertion, [lo, start) being sorted already. */
static int binsort(Sorter *s, size_t lo, size_t hi, size_t start)
{
    for (; start < hi; start++) {
        Val pk = key_at(s, start), pv = item_at(s, start);
        size_t l = lo, r = start;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = islt(pk, key_at(s, m));
            if (c < 0) return -1;
            if (c) r = m;
            else l = m + 1;
        }
        for (size_t p = start; p > l; p--) put(s, p, key_at(s, p - 1), item_at(s, p - 1));
        put(s, l, pk, pv);
    }
    return 0;
}

/* Length of the run at lo (a strictly descending run is reversed). */
static int64_t count_run(Sorter *s, size_t lo, size_t hi)
{
    if (lo + 1 >= hi) return (int64_t)(hi - lo);
    size_t n = 2;
    int c = islt(key_at(s, lo + 1), key_at(s, lo));
    if (c < 0) return -1;
    bool desc = c != 0;
    while (lo + n < hi) {
        c = islt(key_at(s, lo + n), key_at(s, lo + n - 1));
        if (c < 0) return -1;
        if ((c != 0) != desc) break;
        n++;
    }
    if (desc) reverse_range(s, lo, lo + n);
    return (int64_t)n;
}

/* Merge the sorted runs [lo, mid) and [mid, hi). */
static int merge_runs(Sorter *s, size_t lo, size_t mid, size_t hi)
{
    size_t na = mid - lo, i = 0, j = mid, d = lo;
    if (!cr_vals_resize(&s->tk, na, NULL) || (s->v && !cr_vals_resize(&s->tv, na, NULL)))
        return vm_err_nomem(), -1;
    cr_vals_copy(&s->tk, 0, s->k, lo, na);
    if (s->v) cr_vals_copy(&s->tv, 0, s->v, lo, na);
    int rc = 0;
    while (i < na && j < hi) {
        int c = islt(key_at(s, j), cr_vals_get(&s->tk, i));
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            put(s, d++, key_at(s, j), item_at(s, j));
            j++;
        } else {
            put(s, d++, cr_vals_get(&s->tk, i), s->v ? cr_vals_get(&s->tv, i) : NULL);
            i++;
        }
    }
    /* The rest of the left run fills the hole exactly (d + na - i == j). */
    for (; i < na; i++, d++) put(s, d, cr_vals_get(&s->tk, i), s->v ? cr_vals_get(&s->tv, i) : NULL);
    return rc;
}

static size_t min_run(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_vector(Sorter *s, size_t n)
{
    if (n < 2) return 0;
    cr_vals bounds;
    cr_vals_init(&bounds);
    size_t minrun = min_run(n), lo = 0;
    if (!cr_vals_push(&bounds, val_from_small(0))) return vm_err_nomem(), -1;
    while (lo < n) {
        int64_t run = count_run(s, lo, n);
        if (run < 0) return -1;
        if ((size_t)run < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binsort(s, lo, lo + force, lo + (size_t)run) < 0) return -1;
            run = (int64_t)force;
        }
        lo += (size_t)run;
        if (!cr_vals_push(&bounds, val_from_small((int64_t)lo))) return vm_err_nomem(), -1;
    }
    /* Merge neighbouring runs pairwise until one is left. */
    while (bounds.len > 2) {
        cr_vals next;
        cr_vals_init(&next);
        size_t i = 0;
        for (; i + 2 < bounds.len; i += 2) {
            size_t a = (size_t)val_small(cr_vals_get(&bounds, i));
            size_t m = (size_t)val_small(cr_vals_get(&bounds, i + 1));
            size_t b = (size_t)val_small(cr_vals_get(&bounds, i + 2));
            if (merge_runs(s, a, m, b) < 0) return -1;
            if (!cr_vals_push(&next, val_from_small((int64_t)a))) return vm_err_nomem(), -1;
        }
        for (; i < bounds.len; i++)
            if (!cr_vals_push(&next, cr_vals_get(&bounds, i))) return vm_err_nomem(), -1;
        bounds = next;
    }
    return 0;
}

int vm_list_sort(Val l, Val key, bool reverse)
{
    ListObj *o = vm_list_obj(l);
    /* Nothing to sort, and not a modification: a key function may sort the
     * (emptied) list being sorted, which CPython does not report. */
    if (o->v.len == 0) return 0;
    cr_vals items = o->v;
    uint64_t mutation = ++o->mutation;
    cr_vals_init(&o->v);
    size_t n = items.len;
    int rc = 0;
    cr_vals keys;
    Sorter s = {&items, NULL, {NULL, 0, 0}, {NULL, 0, 0}};
    cr_vals_init(&s.tk);
    cr_vals_init(&s.tv);
    if (key != NULL && key != VM_None && n > 0) {
        if (!cr_vals_init_cap(&keys, n)) {
            vm_err_nomem();
            rc = -1;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            Val k = vm_call1(key, cr_vals_get(&items, i));
            if (k == NULL) {
                rc = -1;
                goto restore;
            }
            cr_vals_push(&keys, k);
        }
        s.k = &keys;
        s.v = &items;
    }
    if (reverse && n > 1) reverse_range(&s, 0, n);
    rc = sort_vector(&s, n);
    if (reverse && n > 1) reverse_range(&s, 0, n);
restore:
    if (o->mutation != mutation || o->v.len != 0) {
        if (rc == 0) vm_err_str(&vm_exc_ValueError, "list modified during sort");
        rc = -1;
    }
    o->v = items;
    o->mutation++;
    return rc;
}

/* ---- methods ---- */

static Val m_append(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.append", nargs, kwnames, 1, 1)) return NULL;
    return vm_list_append(self, vm_arg(args, nargs, 0)) < 0 ? NULL : VM_None;
}

static Val m_extend(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.extend", nargs, kwnames, 1, 1)) return NULL;
    return vm_list_extend(self, vm_arg(args, nargs, 0)) < 0 ? NULL : VM_None;
}

/* An index argument as Py_ssize_t (CPython's 'n' converter). */
static bool ssize_arg(Val v, int64_t *out)
{
    if (!vm_has_index(v)) {
        vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(v));
        return false;
    }
    if (vm_as_ssize(v, out, NULL)) return true;
    if (vm_err_matches(&vm_exc_OverflowError)) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return false;
}

static Val m_insert(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("list.insert", "insert", nargs, kwnames, 2, 2)) return NULL;
    int64_t i;
    if (!ssize_arg(vm_arg(args, nargs, 0), &i)) return NULL;
    ListObj *o = vm_list_obj(self);
    int64_t n = (int64_t)o->v.len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!cr_vals_insert(&o->v, (size_t)i, vm_arg(args, nargs, 1))) return vm_err_nomem();
    touched(o);
    return VM_None;
}

static Val m_pop(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("list.pop", "pop", nargs, kwnames, 0, 1)) return NULL;
    int64_t i = -1;
    if (nargs == 1) {
        if (!ssize_arg(vm_arg(args, nargs, 0), &i)) return NULL;
    }
    ListObj *o = vm_list_obj(self);
    int64_t n = (int64_t)o->v.len;
    if (n == 0) return vm_err_str(&vm_exc_IndexError, "pop from empty list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return vm_err_str(&vm_exc_IndexError, "pop index out of range");
    Val x = cr_vals_get(&o->v, (size_t)i);
    cr_vals_remove(&o->v, (size_t)i);
    touched(o);
    return x;
}

static Val m_remove(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.remove", nargs, kwnames, 1, 1)) return NULL;
    for (size_t i = 0; i < vm_list_len(self); i++) {
        int k = vm_eq(vm_list_get(self, i), vm_arg(args, nargs, 0));
        if (k < 0) return NULL;
        if (k) {
            ListObj *o = vm_list_obj(self);
            if (i < o->v.len) {
                cr_vals_remove(&o->v, i);
                touched(o);
            }
            return VM_None;
        }
    }
    return vm_err_str(&vm_exc_ValueError, "list.remove(x): x not in list");
}

static Val m_index(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_seq_index(self, args, nargs, kwnames, "index", NULL);
}

static Val m_count(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.count", nargs, kwnames, 1, 1)) return NULL;
    int64_t c = 0;
    for (size_t i = 0; i < vm_list_len(self); i++) {
        int k = vm_eq(vm_list_get(self, i), vm_arg(args, nargs, 0));
        if (k < 0) return NULL;
        c += k;
    }
    return vm_int_from_i64(c);
}

static Val m_reverse(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.reverse", nargs, kwnames, 0, 0)) return NULL;
    ListObj *o = vm_list_obj(self);
    if (o->v.len > 1) cr_vals_reverse(&o->v, 0, o->v.len);
    return VM_None;
}

static Val m_sort(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"key", "reverse", NULL};
    Val out[2] = {NULL, NULL};
    size_t total = nargs + (kwnames == NULL ? 0 : vm_tuple_len(kwnames));
    if (total > 2) return vm_err_fmt(&vm_exc_TypeError, "sort() takes at most 2 arguments (%zu given)", total);
    if (nargs > 0) return vm_err_str(&vm_exc_TypeError, "sort() takes no positional arguments");
    if (!vm_parse_args("sort", args, nargs, kwnames, kwlist, 0, 0, 0, out)) return NULL;
    bool reverse = false;
    if (out[1] != NULL) {
        if (!vm_has_index(out[1]))
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(out[1]));
        Val r = vm_index(out[1]);
        if (r == NULL) return NULL;
        int64_t rv;
        if (vm_int_as_i64(r, &rv) < 0 || rv > INT32_MAX || rv < INT32_MIN) { /* CPython's 'i' converter */
            vm_err_clear();
            return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        }
        reverse = rv != 0;
    }
    return vm_list_sort(self, out[0], reverse) < 0 ? NULL : VM_None;
}

static Val m_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.copy", nargs, kwnames, 0, 0)) return NULL;
    return list_copy_val(self);
}

static Val m_clear(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("list.clear", nargs, kwnames, 0, 0)) return NULL;
    ListObj *o = vm_list_obj(self);
    if (o->v.len > 0) {
        cr_vals_init(&o->v);
        touched(o);
    }
    return VM_None;
}

static const vm_methoddef list_methods[] = {
    {"__reversed__", list_reversed, 0, "Return a reverse iterator over the list."},
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", m_sort, 0, "Sort the list in ascending order and return None."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {NULL, NULL, 0, NULL},
};

static const vm_numberslots list_num = {
    .binop = {[VM_OP_ADD] = list_concat, [VM_OP_MUL] = list_mul},
    .inplace = {[VM_OP_ADD] = list_iadd, [VM_OP_MUL] = list_imul},
};

Type vm_type_list = {
    .base = {&vm_type_type},
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = VM_TF_BASETYPE | VM_TF_LIST_SUBCLASS,
    .tbase = &vm_type_object,
    .repr = list_repr,
    .richcmp = list_richcmp,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .num = &list_num,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
};

/* Pickling (CPython 3.11): (iter, (list,), index), (reversed, (list,),
 * index), or (iter, ([],)) once exhausted; __setstate__ clips the index. */
static Val listiter_reduce_general(Val self, bool forward)
{
    ListIterObj *it = lit(self);
    /* The lookup first: it may exhaust this iterator (gh-101765). */
    Val f = vm_builtin_lookup(forward ? "iter" : "reversed");
    if (!f) return NULL;
    if (it->seq != NULL) return vm_iter_reduce_with(f, it->seq, vm_int_from_i64(it->index));
    Val empty = vm_list_new(0);
    return empty == NULL ? NULL : vm_iter_reduce("iter", empty, NULL);
}

static Val listiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    return listiter_reduce_general(self, true);
}

static Val listreviter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    return listiter_reduce_general(self, false);
}

/* A forward iterator's index is clipped to [0, len], a reversed one's to
 * [-1, len - 1], as CPython does. */
static Val listiter_setstate_general(Val self, Val *args, size_t nargs, Val kwnames, bool forward)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    ListIterObj *it = lit(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (it->seq != NULL) {
        int64_t lo = forward ? 0 : -1, hi = (int64_t)vm_list_len(it->seq) + lo;
        it->index = i < lo ? lo : (i > hi ? hi : i);
    }
    return VM_None;
}

static Val listiter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    return listiter_setstate_general(self, args, nargs, kwnames, true);
}

static Val listreviter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    return listiter_setstate_general(self, args, nargs, kwnames, false);
}

static const vm_methoddef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {"__reduce__", listiter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", listiter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {"__reduce__", listreviter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", listreviter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_list_iter = {
    .base = {&vm_type_type},
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

Type vm_type_list_reviter = {
    .base = {&vm_type_type},
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

void vm_list_types_ready(void)
{
    vm_type_ready(&vm_type_list);
    vm_type_ready(&vm_type_list_iter);
    vm_type_ready(&vm_type_list_reviter);
}
