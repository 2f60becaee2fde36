/* The str type object: slots (repr, hash, comparison, sequence protocol,
 * operators), the constructor and the str iterator. */
#include "vm/str.h"

/* ---------------------------------------------------------------------- */
/* Simple slots                                                            */

static Val str_repr_slot(Val s) { return vm_str_repr(s); }

/* str(s): s itself for an exact str, an exact copy for subclass instances. */
static Val str_str_slot(Val s) { return vm_str_exact(s); }

static int64_t str_hash_slot(Val s) { return vm_str_hash(s); }

static int64_t str_len_slot(Val s) { return (int64_t)vm_str_len(s); }

static Val str_richcmp(Val a, Val b, int op)
{
    if (!vm_is_str(a) || !vm_is_str(b)) return VM_NotImplemented;
    if (op == VM_EQ || op == VM_NE) return vm_bool(vm_str_eq(a, b) == (op == VM_EQ));
    /* UTF-8 byte order is code point order. */
    int c = a == b ? 0 : cr_span_cmp(vm_str_span(a), vm_str_span(b));
    bool r;
    switch (op) {
    case VM_LT: r = c < 0; break;
    case VM_LE: r = c <= 0; break;
    case VM_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return vm_bool(r);
}

static int str_contains(Val s, Val item)
{
    if (!vm_is_str(item)) {
        vm_err_fmt(&vm_exc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                   vm_tname(item));
        return -1;
    }
    return vm_bytes_find(vm_str_span(s), vm_str_span(item), 0, (size_t)-1) >= 0;
}

/* ---------------------------------------------------------------------- */
/* Indexing                                                                */

static bool has_index(Val v)
{
    if (vm_is_int(v)) return true;
    const vm_numberslots *n = vm_typeof(v)->num;
    return n && n->index;
}

static Val str_step_slice(Val s, int64_t start, int64_t step, int64_t count)
{
    cr_buf b;
    cr_buf_init(&b);
    bool ascii = vm_str_is_ascii(s);
    if (!cr_buf_reserve(&b, (size_t)count)) return vm_err_nomem();
    cr_span t = vm_str_span(s);
    int64_t i = start;
    for (int64_t k = 0; k < count; k++, i += step) {
        if (ascii) cr_buf_byte(&b, cr_span_at(t, (size_t)i));
        else vm_sb_cp(&b, vm_str_at(s, (size_t)i));
    }
    return vm_str_from_buf(&b);
}

static Val str_getitem(Val s, Val key)
{
    size_t len = vm_str_len(s);
    if (has_index(key)) {
        int64_t i;
        if (!vm_as_ssize(key, &i, &vm_exc_IndexError)) return NULL;
        if (i < 0) i += (int64_t)len;
        if (i < 0 || (uint64_t)i >= len) return vm_err_str(&vm_exc_IndexError, "string index out of range");
        return vm_str_char(vm_str_at(s, (size_t)i));
    }
    if (vm_is_type(key, &vm_type_slice)) {
        int64_t start, stop, step, n;
        if (vm_slice_indices(key, (int64_t)len, &start, &stop, &step, &n) < 0) return NULL;
        if (n <= 0) return vm_str_empty();
        if (step == 1) return vm_str_slice(s, (size_t)start, (size_t)start + (size_t)n);
        return str_step_slice(s, start, step, n);
    }
    return vm_err_fmt(&vm_exc_TypeError, "string indices must be integers, not '%.200s'", vm_tname(key));
}

/* ---------------------------------------------------------------------- */
/* Operators                                                               */

static Val str_add(Val a, Val b);
static Val str_mul(Val a, Val b);

/* CPython tries the other operand's number slot before str's sequence
 * concat/repeat; do the same for the right operand. */
static Val try_other_slot(Val a, Val b, int op, vm_binaryfunc mine)
{
    const vm_numberslots *n = vm_typeof(b)->num;
    if (n && n->binop[op] && n->binop[op] != mine) return n->binop[op](a, b);
    return VM_NotImplemented;
}

static Val str_add(Val a, Val b)
{
    if (!vm_is_str(a)) return VM_NotImplemented;
    if (vm_is_str(b)) return vm_str_concat(a, b);
    Val r = try_other_slot(a, b, VM_OP_ADD, str_add);
    if (r != VM_NotImplemented) return r;
    return vm_err_fmt(&vm_exc_TypeError, "can only concatenate str (not \"%.200s\") to str", vm_tname(b));
}

static Val str_repeat(Val s, Val count)
{
    int64_t n;
    if (!vm_as_ssize(count, &n, &vm_exc_OverflowError)) return NULL;
    StrObj *o = vm_str_obj(s);
    if (n <= 0 || o->len == 0) return vm_str_empty();
    if (n == 1) return vm_str_exact(s);
    if (o->len > (size_t)INT64_MAX / (size_t)n)
        return vm_err_str(&vm_exc_OverflowError, "repeated string is too long");
    size_t nbytes, len = o->len * (size_t)n;
    if (!cr_mul_ok(o->nbytes, (size_t)n, &nbytes)) return vm_err_nomem();
    StrObj *r = vm_str_alloc(nbytes, len, (o->flags & VM_STR_ASCII) != 0);
    if (!r) return NULL;
    /* Write one copy, then double the written prefix. */
    vm_str_write(r, 0, vm_str_span(s));
    size_t done = o->nbytes;
    while (done < nbytes) {
        size_t chunk = done <= nbytes - done ? done : nbytes - done;
        vm_str_write(r, done, cr_span_make(r->data, chunk));
        done += chunk;
    }
    return VAL(r);
}

static Val str_mul(Val a, Val b)
{
    Val s = vm_is_str(a) ? a : b, count = vm_is_str(a) ? b : a;
    if (vm_is_str(a)) {
        Val r = try_other_slot(a, b, VM_OP_MUL, str_mul);
        if (r != VM_NotImplemented) return r;
    }
    if (!has_index(count))
        return vm_err_fmt(&vm_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                          vm_tname(count));
    return str_repeat(s, count);
}

static Val str_mod(Val a, Val b)
{
    if (!vm_is_str(a)) return VM_NotImplemented;
    return vm_str_mod(a, b);
}

static const vm_numberslots str_num = {
    .binop = {[VM_OP_ADD] = str_add, [VM_OP_MUL] = str_mul, [VM_OP_MOD] = str_mod},
};

/* ---------------------------------------------------------------------- */
/* Construction                                                            */

static Val subtype_copy(Type *t, Val exact)
{
    /* The text follows the StrObj header, so a subclass cannot add fields
     * (CPython also refuses non-empty __slots__ in str subclasses). */
    if (t->basicsize > sizeof(StrObj))
        return vm_err_fmt(&vm_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", "str");
    StrObj *src = vm_str_obj(exact);
    StrObj *r = vm_str_alloc_type(t, src->nbytes, src->len, (src->flags & VM_STR_ASCII) != 0);
    if (!r) return NULL;
    vm_str_write(r, 0, vm_str_span(exact));
    r->hash = src->hash;
    return VAL(r);
}

static Val decode_object(Val obj, Val encoding, Val errors)
{
    const char *enc = encoding ? vm_str_cstr_of(encoding) : "utf-8";
    const char *err = errors ? vm_str_cstr_of(errors) : "strict";
    if (vm_is_str(obj)) return vm_err_str(&vm_exc_TypeError, "decoding str is not supported");
    if (vm_is_bytes(obj) || vm_isinstance_t(obj, &vm_type_bytearray) || vm_typeof(obj) == &vm_type_memoryview)
        return vm_str_decode(vm_bytes_span(obj), enc, err);
    return vm_err_fmt(&vm_exc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                      vm_tname(obj));
}

static Val str_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"object", "encoding", "errors", NULL};
    Val a[3];
    if (!vm_parse_args("str", args, nargs, kwnames, kwlist, 0, 0, 3, a)) return NULL;
    static const char *const names[] = {"encoding", "errors"};
    for (int i = 1; i < 3; i++)
        if (a[i] && !vm_is_str(a[i]))
            return vm_err_fmt(&vm_exc_TypeError, "str() argument '%s' must be str, not %.80s", names[i - 1],
                              a[i] == VM_None ? "None" : vm_tname(a[i]));
    Val r;
    if (!a[0]) r = vm_str_empty();
    else if (a[1] || a[2]) r = decode_object(a[0], a[1], a[2]);
    else r = vm_str(a[0]);
    if (!r) return NULL;
    if (type == &vm_type_str) return r;
    return subtype_copy(type, r);
}

/* ---------------------------------------------------------------------- */
/* The iterator                                                            */

typedef struct {
    Obj base;
    Val str;      /* NULL once exhausted */
    size_t pos;   /* byte offset of the next code point */
    size_t index; /* code point index of the next code point */
} StrIterObj;

static Type vm_type_str_ascii_iterator;

static Val str_iter(Val s)
{
    Type *t = vm_str_is_ascii(s) ? &vm_type_str_ascii_iterator : &vm_type_str_iterator;
    /* Ready on first use in case start-up did not call vm_str_types_ready. */
    if (!t->mro && vm_type_ready(t) < 0) return NULL;
    StrIterObj *it = vm_alloc_obj(t, sizeof(StrIterObj), CR_SCAN);
    if (!it) return NULL;
    it->str = s;
    return VAL(it);
}

static Val striter_next(Val v)
{
    StrIterObj *it = (StrIterObj *)(void *)val_obj(v);
    if (!it->str) return NULL;
    cr_span t = vm_str_span(it->str);
    if (it->pos >= t.len) {
        it->str = NULL;
        return NULL;
    }
    uint32_t cp = vm_str_next(t, &it->pos);
    it->index++;
    return vm_str_char(cp);
}

static Val striter_self(Val v) { return v; }

static Val striter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__length_hint__", nargs, kwnames, 0, 0)) return NULL;
    StrIterObj *it = (StrIterObj *)(void *)val_obj(self);
    if (!it->str) return val_from_small(0);
    return vm_int_from_u64(vm_str_len(it->str) - it->index);
}

/* Pickling (CPython 3.11): (iter, (str,), index) or (iter, ('',)). */
static Val striter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    StrIterObj *it = (StrIterObj *)(void *)val_obj(self);
    Val f = vm_builtin_lookup("iter"); /* first: it may exhaust this iterator */
    if (!f) return NULL;
    if (!it->str) return vm_iter_reduce_with(f, vm_str_empty(), NULL);
    return vm_iter_reduce_with(f, it->str, vm_int_from_u64(it->index));
}

/* The index is clipped to [0, len]; the byte position follows it. */
static Val striter_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__setstate__", nargs, kwnames, 1)) return NULL;
    StrIterObj *it = (StrIterObj *)(void *)val_obj(self);
    int64_t i;
    if (!vm_iter_state_index(args[0], &i)) return NULL;
    if (it->str) {
        size_t n = vm_str_len(it->str);
        it->index = i < 0 ? 0 : ((uint64_t)i > n ? n : (size_t)i);
        it->pos = it->index == n ? vm_str_span(it->str).len : vm_str_byte_offset(it->str, it->index);
    }
    return VM_None;
}

static const vm_methoddef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", striter_reduce, 0, "Return state information for pickling."},
    {"__setstate__", striter_setstate, 0, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

/* CPython 3.11 has a separate iterator type for ASCII strings. */
static Type vm_type_str_ascii_iterator = {
    .base = {&vm_type_type},
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .tbase = &vm_type_object,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};

Type vm_type_str_iterator = {
    .base = {&vm_type_type},
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObj),
    .tbase = &vm_type_object,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
};

Type vm_type_str = {
    .base = {&vm_type_type},
    .name = "str",
    .basicsize = sizeof(StrObj),
    .flags = VM_TF_BASETYPE | VM_TF_STR_SUBCLASS,
    .tbase = &vm_type_object,
    /* A dict slot for subclass instances only (no VM_TF_HAS_DICT here). */
    .dict_offset = VM_STR_DICT_OFFSET,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = str_richcmp,
    .iter = str_iter,
    .new_ = str_new,
    .num = &str_num,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = vm_str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};

void vm_str_types_ready(void)
{
    vm_type_ready(&vm_type_str);
    vm_type_ready(&vm_type_str_iterator);
    vm_type_ready(&vm_type_str_ascii_iterator);
}
