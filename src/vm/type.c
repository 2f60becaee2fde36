/* The type object: readying built-in types, creating classes (C3 MRO,
 * layouts, __slots__, __set_name__, __init_subclass__) and the slot functions
 * through which the VM reaches dunder methods defined in Python. */
#include "vm/ceval_internal.h"
#include "vm/frame.h"
#include "vm/state.h"
#include "vm/type.h"
#include "vm/ceval_cache.h"

const char *const vm_slot_names[SLOT__COUNT] = {
    [SLOT_REPR] = "__repr__", [SLOT_STR] = "__str__", [SLOT_HASH] = "__hash__",
    [SLOT_LT] = "__lt__", [SLOT_LE] = "__le__", [SLOT_EQ] = "__eq__", [SLOT_NE] = "__ne__",
    [SLOT_GT] = "__gt__", [SLOT_GE] = "__ge__", [SLOT_GETATTRIBUTE] = "__getattribute__",
    [SLOT_GETATTR] = "__getattr__", [SLOT_SETATTR] = "__setattr__", [SLOT_DELATTR] = "__delattr__",
    [SLOT_CALL] = "__call__", [SLOT_ITER] = "__iter__", [SLOT_NEXT] = "__next__",
    [SLOT_GET] = "__get__", [SLOT_SET] = "__set__", [SLOT_DELETE] = "__delete__",
    [SLOT_INIT] = "__init__", [SLOT_NEW] = "__new__", [SLOT_LEN] = "__len__",
    [SLOT_GETITEM] = "__getitem__", [SLOT_SETITEM] = "__setitem__", [SLOT_DELITEM] = "__delitem__",
    [SLOT_CONTAINS] = "__contains__", [SLOT_BOOL] = "__bool__", [SLOT_INT] = "__int__",
    [SLOT_FLOAT] = "__float__", [SLOT_INDEX] = "__index__", [SLOT_NEG] = "__neg__",
    [SLOT_POS] = "__pos__", [SLOT_ABS] = "__abs__", [SLOT_INVERT] = "__invert__",
    [SLOT_DIVMOD] = "__divmod__", [SLOT_RDIVMOD] = "__rdivmod__",
    [SLOT_BINOP + VM_OP_ADD] = "__add__", [SLOT_BINOP + VM_OP_AND] = "__and__",
    [SLOT_BINOP + VM_OP_FLOORDIV] = "__floordiv__", [SLOT_BINOP + VM_OP_LSHIFT] = "__lshift__",
    [SLOT_BINOP + VM_OP_MATMUL] = "__matmul__", [SLOT_BINOP + VM_OP_MUL] = "__mul__",
    [SLOT_BINOP + VM_OP_MOD] = "__mod__", [SLOT_BINOP + VM_OP_OR] = "__or__",
    [SLOT_BINOP + VM_OP_POW] = "__pow__", [SLOT_BINOP + VM_OP_RSHIFT] = "__rshift__",
    [SLOT_BINOP + VM_OP_SUB] = "__sub__", [SLOT_BINOP + VM_OP_TRUEDIV] = "__truediv__",
    [SLOT_BINOP + VM_OP_XOR] = "__xor__",
    [SLOT_RBINOP + VM_OP_ADD] = "__radd__", [SLOT_RBINOP + VM_OP_AND] = "__rand__",
    [SLOT_RBINOP + VM_OP_FLOORDIV] = "__rfloordiv__", [SLOT_RBINOP + VM_OP_LSHIFT] = "__rlshift__",
    [SLOT_RBINOP + VM_OP_MATMUL] = "__rmatmul__", [SLOT_RBINOP + VM_OP_MUL] = "__rmul__",
    [SLOT_RBINOP + VM_OP_MOD] = "__rmod__", [SLOT_RBINOP + VM_OP_OR] = "__ror__",
    [SLOT_RBINOP + VM_OP_POW] = "__rpow__", [SLOT_RBINOP + VM_OP_RSHIFT] = "__rrshift__",
    [SLOT_RBINOP + VM_OP_SUB] = "__rsub__", [SLOT_RBINOP + VM_OP_TRUEDIV] = "__rtruediv__",
    [SLOT_RBINOP + VM_OP_XOR] = "__rxor__",
    [SLOT_IBINOP + VM_OP_ADD] = "__iadd__", [SLOT_IBINOP + VM_OP_AND] = "__iand__",
    [SLOT_IBINOP + VM_OP_FLOORDIV] = "__ifloordiv__", [SLOT_IBINOP + VM_OP_LSHIFT] = "__ilshift__",
    [SLOT_IBINOP + VM_OP_MATMUL] = "__imatmul__", [SLOT_IBINOP + VM_OP_MUL] = "__imul__",
    [SLOT_IBINOP + VM_OP_MOD] = "__imod__", [SLOT_IBINOP + VM_OP_OR] = "__ior__",
    [SLOT_IBINOP + VM_OP_POW] = "__ipow__", [SLOT_IBINOP + VM_OP_RSHIFT] = "__irshift__",
    [SLOT_IBINOP + VM_OP_SUB] = "__isub__", [SLOT_IBINOP + VM_OP_TRUEDIV] = "__itruediv__",
    [SLOT_IBINOP + VM_OP_XOR] = "__ixor__",
};

static const char *const richcmp_names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

/* ---- basics ---- */

const char *vm_type_name(Type *t) { return t->name; }

bool vm_is_subtype(Type *a, Type *b)
{
    if (a == b) return true;
    if (a->mro) {
        cr_valspan m = vm_tuple_items(a->mro);
        for (size_t i = 0; i < m.len; i++)
            if (cr_valspan_get(m, i) == obj_val(b)) return true;
        return false;
    }
    for (Type *t = a->tbase; t; t = t->tbase)
        if (t == b) return true;
    return b == &vm_type_object;
}

uint64_t vm_type_epoch;

void *vm_alloc_obj(Type *t, size_t size, int scan)
{
    if (size < sizeof(Obj)) size = sizeof(Obj);
    Obj *o = cr_alloc(size, scan);
    if (!o) {
        vm_err_nomem();
        return NULL;
    }
    o->type = t;
    return o;
}

Val vm_alloc_instance(Type *t)
{
    Obj *o = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    return o ? obj_val(o) : NULL;
}

/* Boundary-checker exception: the only computation of a field address from
 * a byte offset; the offset is checked against the instance size. */
Val vm_obj_dict_create(Val o)
{
    Val *slot = vm_obj_field(o, vm_typeof(o)->dict_offset);
    if (*slot == NULL) *slot = vm_dict_new();
    return *slot;
}

Val vm_type_lookup(Type *t, Val name)
{
    if (!t->mro) {
        Val v = t->dict ? vm_dict_get(t->dict, name) : NULL;
        if (!v) vm_err_clear();
        return v;
    }
    cr_valspan m = vm_tuple_items(t->mro);
    for (size_t i = 0; i < m.len; i++) {
        Type *b = vm_as_type(cr_valspan_get(m, i));
        if (!b->dict) continue;
        Val v = vm_dict_get(b->dict, name);
        if (v) return v;
        if (vm_err_occurred()) vm_err_clear();
    }
    return NULL;
}

/* The interned str of a C string name.  Interning makes a str and hashes
 * it (~900 instructions); the callers of vm_type_lookup_cstr pass string
 * literals (vm_call_special(o, "__length_hint__"), ...), so the result is
 * remembered by the name's address, direct-mapped.  A hit also compares
 * the text: an address may be reused by a buffer holding another name.
 * No GC root needed: interned strings live as long as the intern table. */
enum { CSTR_NAMES = 64 };
static struct {
    const char *key;
    Val name;
} cstr_names[CSTR_NAMES];

static Val cstr_name(const char *name)
{
    size_t h = (size_t)(((uint64_t)(uintptr_t)name * 0x9e3779b97f4a7c15u) >> 58) & (CSTR_NAMES - 1);
    Val n = cstr_names[h].name;
    cr_span text = cr_span_cstr(name);
    if (n != NULL && cstr_names[h].key == name && cr_span_eq(vm_str_span(n), text)) return n;
    n = vm_intern_cstr(name);
    if (n != NULL) {
        cstr_names[h].key = name;
        cstr_names[h].name = n;
    }
    return n;
}

Val vm_type_lookup_cstr(Type *t, const char *name)
{
    Val n = cstr_name(name);
    return n ? vm_type_lookup(t, n) : NULL;
}

/* ---- readying built-in types ---- */

static void inherit_slots(Type *t, Type *b)
{
#define INH(f)                                                                                      \
    if (!t->f) t->f = b->f;
    INH(repr) INH(str) INH(getattr) INH(setattr) INH(call) INH(iter) INH(iternext)
    INH(descr_get) INH(descr_set) INH(num) INH(len) INH(getitem) INH(setitem) INH(contains)
    /* A built-in type with neither constructor nor initialiser directly
     * under object is made only in C (functions, iterators, descriptors):
     * object.__new__ would give one with NULL fields.  It gets no
     * constructor (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION): "cannot
     * create 'T' instances". */
    bool c_only = b == &vm_type_object && !t->new_ && !t->init && !(t->flags & VM_TF_HEAPTYPE);
    INH(init)
    if (!c_only) INH(new_)
    /* hash and richcmp are inherited together (a type overriding == must
     * define its own hash). */
    if (!t->richcmp && !t->hash) {
        t->richcmp = b->richcmp;
        t->hash = b->hash;
    }
#undef INH
    t->flags |= b->flags & (VM_TF_INT_SUBCLASS | VM_TF_STR_SUBCLASS | VM_TF_TUPLE_SUBCLASS |
                            VM_TF_LIST_SUBCLASS | VM_TF_DICT_SUBCLASS | VM_TF_EXC_SUBCLASS |
                            VM_TF_TYPE_SUBCLASS | VM_TF_BYTES_SUBCLASS);
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
}

/* Built-in sequences implement + as CPython's sq_concat, which gives them
 * __add__ but no __radd__. */
static bool is_concat_seq(Type *t)
{
    if (t->flags & (VM_TF_STR_SUBCLASS | VM_TF_LIST_SUBCLASS | VM_TF_TUPLE_SUBCLASS | VM_TF_BYTES_SUBCLASS))
        return true;
    cr_span n = cr_span_cstr(t->name);
    return cr_span_eq(n, cr_span_cstr("bytearray")) || cr_span_eq(n, cr_span_cstr("collections.deque")) ||
           cr_span_eq(n, cr_span_cstr("array.array"));
}

static bool slot_present(Type *t, int s)
{
    const vm_numberslots *n = t->num;
    switch (s) {
    case SLOT_REPR: return t->repr != NULL;
    case SLOT_STR: return t->str != NULL;
    case SLOT_HASH: return t->hash != NULL;
    case SLOT_LT: case SLOT_LE: case SLOT_EQ: case SLOT_NE: case SLOT_GT: case SLOT_GE:
        return t->richcmp != NULL;
    case SLOT_GETATTRIBUTE: return t->getattr != NULL;
    case SLOT_SETATTR: case SLOT_DELATTR: return t->setattr != NULL;
    case SLOT_CALL: return t->call != NULL;
    case SLOT_ITER: return t->iter != NULL;
    case SLOT_NEXT: return t->iternext != NULL;
    case SLOT_GET: return t->descr_get != NULL;
    case SLOT_SET: case SLOT_DELETE: return t->descr_set != NULL;
    case SLOT_INIT: return t->init != NULL;
    case SLOT_LEN: return t->len != NULL;
    case SLOT_GETITEM: return t->getitem != NULL;
    case SLOT_SETITEM: case SLOT_DELITEM: return t->setitem != NULL;
    case SLOT_CONTAINS: return t->contains != NULL;
    case SLOT_BOOL: return n && n->truth;
    case SLOT_INT: return n && n->to_int;
    case SLOT_FLOAT: return n && n->to_float;
    case SLOT_INDEX: return n && n->index;
    case SLOT_NEG: return n && n->neg;
    case SLOT_POS: return n && n->pos;
    case SLOT_ABS: return n && n->abs;
    case SLOT_INVERT: return n && n->invert;
    case SLOT_DIVMOD: case SLOT_RDIVMOD: return n && n->divmod;
    default:
        if (s >= SLOT_IBINOP) return n && n->inplace[s - SLOT_IBINOP];
        if (s >= SLOT_RBINOP) return n && n->binop[s - SLOT_RBINOP] && !(s == SLOT_RBINOP + VM_OP_ADD && is_concat_seq(t));
        if (s >= SLOT_BINOP) return n && n->binop[s - SLOT_BINOP];
        return false;
    }
}

/* Does t define slot s itself (not merely inherit it from its base)? */
static bool slot_own(Type *t, int s)
{
    if (!slot_present(t, s)) return false;
    Type *b = t->tbase;
    if (!b || !slot_present(b, s)) return true;
    switch (s) {
    case SLOT_REPR: return t->repr != b->repr;
    case SLOT_STR: return t->str != b->str;
    case SLOT_HASH: return t->hash != b->hash;
    case SLOT_LT: case SLOT_LE: case SLOT_EQ: case SLOT_NE: case SLOT_GT: case SLOT_GE:
        return t->richcmp != b->richcmp;
    case SLOT_GETATTRIBUTE: return t->getattr != b->getattr;
    case SLOT_SETATTR: case SLOT_DELATTR: return t->setattr != b->setattr;
    case SLOT_CALL: return t->call != b->call;
    case SLOT_ITER: return t->iter != b->iter;
    case SLOT_NEXT: return t->iternext != b->iternext;
    case SLOT_GET: return t->descr_get != b->descr_get;
    case SLOT_SET: case SLOT_DELETE: return t->descr_set != b->descr_set;
    case SLOT_INIT: return t->init != b->init;
    case SLOT_LEN: return t->len != b->len;
    case SLOT_GETITEM: return t->getitem != b->getitem;
    case SLOT_SETITEM: case SLOT_DELITEM: return t->setitem != b->setitem;
    case SLOT_CONTAINS: return t->contains != b->contains;
    default: return t->num != b->num;
    }
}

static int add_to_dict(Type *t, const char *name, Val v)
{
    if (!v) return -1;
    Val existing = vm_dict_get_cstr(t->dict, name);
    if (existing) return 0;
    if (vm_err_occurred()) return -1;
    return vm_dict_set_cstr(t->dict, name, v);
}

static Val type_new_wrapper(Val self, Val *args, size_t nargs, Val kwnames);
static const vm_methoddef new_def = {"__new__", type_new_wrapper, 0,
                                     "Create and return a new object.  See help(type) for accurate signature."};

int vm_type_ready(Type *t)
{
    if (t->mro) return 0;
    if (!t->base.type) t->base.type = &vm_type_type;
    if (!t->tbase && t != &vm_type_object) t->tbase = &vm_type_object;
    if (t->tbase && !t->tbase->mro && vm_type_ready(t->tbase) < 0) return -1;
    if (t->tbase) inherit_slots(t, t->tbase);
    if (!t->dict) t->dict = vm_dict_new();
    if (!t->dict) return -1;
    if (!t->bases) t->bases = t->tbase ? vm_tuple_pack(1, obj_val(t->tbase)) : vm_empty_tuple;
    if (!t->bases) return -1;
    /* MRO: t followed by the base's MRO (single inheritance). */
    size_t n = t->tbase ? vm_tuple_len(t->tbase->mro) + 1 : 1;
    Val mro = vm_tuple_new(n);
    if (!mro) return -1;
    vm_tuple_set(mro, 0, obj_val(t));
    for (size_t i = 1; i < n; i++) vm_tuple_set(mro, i, vm_tuple_get(t->tbase->mro, i - 1));
    t->mro = mro;
    if (!t->name_obj) {
        /* "collections.OrderedDict"-style names: the part after the last dot. */
        const char *nm = t->name;
        size_t last = 0, i = 0;
        for (; nm[i]; i++) /* boundary: static NUL/NULL-terminated name and definition tables of built-in types */
            if (nm[i] == '.') last = i + 1; /* boundary: static NUL/NULL-terminated name and definition tables of built-in types */
        t->name_obj = vm_str_new(cr_span_make(nm + last, i - last)); /* boundary: C string literal */
        if (!t->name_obj) return -1;
        t->module = last ? vm_str_new(cr_span_make(nm, last - 1)) : vm_intern_cstr("builtins");
        t->qualname = t->name_obj;
    }
    for (const vm_methoddef *m = t->methods; m && m->name; m++) { /* boundary: static NUL/NULL-terminated name and definition tables of built-in types */
        Val d;
        if (m->flags & VM_METH_STATIC) d = vm_staticmethod_new(vm_builtin_new(m, NULL));
        else if (m->flags & VM_METH_CLASS) d = vm_classmethod_new(vm_method_descr_new(t, m));
        else d = vm_method_descr_new(t, m);
        if (add_to_dict(t, m->name, d) < 0) return -1;
    }
    for (const vm_getsetdef *g = t->getsets; g && g->name; g++) /* boundary: static NUL/NULL-terminated name and definition tables of built-in types */
        if (add_to_dict(t, g->name, vm_getset_descr_new(t, g)) < 0) return -1;
    if ((t->flags & VM_TF_HAS_DICT) && t->dict_offset && (!t->tbase || !(t->tbase->flags & VM_TF_HAS_DICT)))
        if (add_to_dict(t, "__dict__", vm_instance_dict_descr(t)) < 0) return -1;
    for (int s = 0; s < SLOT__COUNT; s++) {
        if (s == SLOT_NEW || s == SLOT_GETATTR || !vm_slot_names[s] || !slot_own(t, s)) continue;
        if (s == SLOT_HASH && t->hash == NULL) continue;
        if (add_to_dict(t, vm_slot_names[s], vm_slot_wrapper_new(t, s)) < 0) return -1;
    }
    if (t->new_ && (!t->tbase || t->new_ != t->tbase->new_ || t == &vm_type_object)) {
        if (add_to_dict(t, "__new__", vm_staticmethod_new(vm_builtin_new(&new_def, obj_val(t)))) < 0)
            return -1;
    }
    if (!t->hash && t->richcmp && t != &vm_type_object) {
        if (add_to_dict(t, "__hash__", VM_None) < 0) return -1;
    }
    Val doc = t->doc ? vm_str_cstr(t->doc) : VM_None;
    if (add_to_dict(t, "__doc__", doc) < 0) return -1;
    if (t->tbase) {
        if (!t->tbase->subclasses && !(t->tbase->subclasses = vm_list_new(0))) return -1;
        if (vm_list_append(t->tbase->subclasses, obj_val(t)) < 0) return -1;
    }
    t->version++;
    vm_type_epoch++;
    return 0;
}

/* T.__new__(S, ...): S must be a subtype of T (a static method bound to T). */
static Val type_new_wrapper(Val self, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_as_type(self);
    if (nargs < 1)
        return vm_err_fmt(&vm_exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Val sub = args[0];
    if (!vm_is_typeobj(sub))
        return vm_err_fmt(&vm_exc_TypeError, "%s.__new__(X): X is not a type object (%T)", t->name, sub);
    Type *s = vm_as_type(sub);
    if (!vm_is_subtype(s, t))
        return vm_err_fmt(&vm_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, s->name,
                          s->name, t->name);
    /* As CPython's tp_new_wrapper: the most derived static (C) base of s
     * must construct with this same new_, else its invariants are skipped
     * (int.__new__(bool) would make a second True). */
    Type *sb = s;
    while (sb && (sb->flags & VM_TF_HEAPTYPE)) sb = sb->tbase;
    if (sb && sb->new_ != t->new_)
        return vm_err_fmt(&vm_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, s->name,
                          sb->name);
    return t->new_(s, args + 1, nargs - 1, kwnames); /* boundary: args has nargs >= 1 items */
}

/* ---- C3 linearisation ---- */

static Val c3_merge(Val seqs /* list of lists */, Val result /* list */)
{
    for (;;) {
        bool any = false;
        for (size_t i = 0; i < vm_list_len(seqs); i++)
            if (vm_list_len(vm_list_get(seqs, i))) any = true;
        if (!any) return result;
        Val cand = NULL;
        for (size_t i = 0; i < vm_list_len(seqs) && !cand; i++) {
            Val s = vm_list_get(seqs, i);
            if (!vm_list_len(s)) continue;
            Val head = vm_list_get(s, 0);
            bool in_tail = false;
            for (size_t j = 0; j < vm_list_len(seqs) && !in_tail; j++) {
                Val s2 = vm_list_get(seqs, j);
                for (size_t k = 1; k < vm_list_len(s2); k++)
                    if (vm_list_get(s2, k) == head) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail) cand = head;
        }
        if (!cand) return NULL;
        if (vm_list_append(result, cand) < 0) return NULL;
        for (size_t i = 0; i < vm_list_len(seqs); i++) {
            Val s = vm_list_get(seqs, i);
            if (vm_list_len(s) && vm_list_get(s, 0) == cand) cr_vals_remove(&vm_list_obj(s)->v, 0);
        }
    }
}

static Val compute_mro(Type *t)
{
    Val bases = t->bases;
    size_t nb = vm_tuple_len(bases);
    Val result = vm_list_new(0);
    if (!result || vm_list_append(result, obj_val(t)) < 0) return NULL;
    if (nb == 1) {
        Val bm = vm_as_type(vm_tuple_get(bases, 0))->mro;
        for (size_t i = 0; i < vm_tuple_len(bm); i++)
            if (vm_list_append(result, vm_tuple_get(bm, i)) < 0) return NULL;
        return vm_list_as_tuple(result);
    }
    Val seqs = vm_list_new(0);
    if (!seqs) return NULL;
    for (size_t i = 0; i < nb; i++) {
        Val l = vm_list_from_iter(vm_as_type(vm_tuple_get(bases, i))->mro);
        if (!l || vm_list_append(seqs, l) < 0) return NULL;
    }
    Val bl = vm_list_from_iter(bases);
    if (!bl || vm_list_append(seqs, bl) < 0) return NULL;
    if (!c3_merge(seqs, result)) {
        if (vm_err_occurred()) return NULL;
        /* CPython lists the bases that remain unresolved, in order. */
        Val names = vm_list_new(0);
        if (!names) return NULL;
        for (size_t i = 0; i + 1 < vm_list_len(seqs); i++) {
            Val s = vm_list_get(seqs, i);
            if (!vm_list_len(s)) continue;
            Val head = vm_list_get(s, 0);
            bool dup = false;
            for (size_t k = 0; k < vm_list_len(names); k++)
                if (vm_list_get(names, k) == vm_as_type(head)->name_obj) dup = true;
            if (!dup && vm_list_append(names, vm_as_type(head)->name_obj) < 0) return NULL;
        }
        Val joined = vm_str_join(vm_str_cstr(", "), names);
        if (!joined) return NULL;
        return vm_err_fmt(&vm_exc_TypeError,
                          "Cannot create a consistent method resolution\norder (MRO) for bases %U", joined);
    }
    return vm_list_as_tuple(result);
}

/* A metaclass overriding mro(): its result becomes __mro__ (CPython's
 * mro_invoke), checked to hold only classes. */
static bool custom_mro(Type *t, Type *meta)
{
    Val m = vm_type_lookup_cstr(meta, "mro");
    Val dflt = vm_dict_get_cstr(vm_type_type.dict, "mro");
    if (!m || m == dflt) {
        vm_err_clear();
        return true;
    }
    Val r = vm_call_special(obj_val(t), "mro", NULL, 0);
    if (!r) return false;
    Val tup = vm_sequence_tuple(r);
    if (!tup) return false;
    for (size_t i = 0; i < vm_tuple_len(tup); i++) {
        Val c = vm_tuple_get(tup, i);
        if (!vm_is_typeobj(c)) {
            vm_err_fmt(&vm_exc_TypeError, "mro() returned a non-class ('%s')", vm_tname(c));
            return false;
        }
    }
    t->mro = tup;
    return true;
}

/* ---- slot functions for classes defined in Python ---- */

/* The interned name of each slot's dunder, made once: interning it again
 * at every call cost ~800 instructions per __eq__/__lt__/__add__... of a
 * Python class.  Lookups then go through the type attribute cache. */
/* No GC root needed: interned strings live as long as the intern table,
 * which is one (str.c). */
static Val slot_name_items[SLOT__COUNT];

static Val slot_name(int slot)
{
    cr_valspan names = {slot_name_items, SLOT__COUNT};
    Val n = cr_valspan_get(names, (size_t)slot);
    if (n != NULL) return n;
    n = vm_intern_cstr(vm_slot_names[slot]);
    if (n != NULL) cr_valspan_set(names, (size_t)slot, n);
    return n;
}

static Val lookup_special(Val self, int slot)
{
    Val name = slot_name(slot);
    return name != NULL ? vm_cached_type_lookup(vm_typeof(self), name) : NULL;
}

/* Call a special method found on the type, binding self. */
static Val call_special(Val self, int slot, Val *args, size_t nargs)
{
    /* Special methods that are not Python functions (instances, C
     * callables) call each other with no frame for the recursion limit. */
    if (vm_c_stack_exhausted()) return vm_err_str(&vm_exc_RecursionError, "maximum recursion depth exceeded");
    Val f = lookup_special(self, slot);
    if (!f) {
        if (vm_err_occurred()) return NULL;
        return vm_err_str(&vm_exc_AttributeError, vm_slot_names[slot]);
    }
    Type *ft = vm_typeof(f);
    if (ft == &vm_type_function) {
        Val a[4];
        if (nargs > 3) cr_panic("call_special: too many args");
        a[0] = self;
        for (size_t i = 0; i < nargs; i++) a[i + 1] = args[i];
        return vm_call(f, a, nargs + 1, NULL);
    }
    if (ft->descr_get) {
        f = ft->descr_get(f, self, obj_val(vm_typeof(self)));
        if (!f) return NULL;
    }
    return vm_call(f, args, nargs, NULL);
}

static Val slot_repr(Val self) { return call_special(self, SLOT_REPR, NULL, 0); }
static Val slot_str(Val self) { return call_special(self, SLOT_STR, NULL, 0); }

static int64_t slot_hash(Val self)
{
    Val f = lookup_special(self, SLOT_HASH);
    if (!f || f == VM_None) {
        vm_err_fmt(&vm_exc_TypeError, "unhashable type: '%s'", vm_tname(self));
        return -1;
    }
    Val r = call_special(self, SLOT_HASH, NULL, 0);
    if (!r) return -1;
    if (!vm_is_int(r)) {
        vm_err_str(&vm_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* As CPython: a result that fits in a machine word is used as is;
     * only larger ones are reduced the way int hashes are. */
    int64_t h;
    if (vm_int_as_i64(r, &h) < 0) {
        vm_err_clear(); /* only OverflowError: too big for a machine word */
        h = vm_int_hash(r);
    }
    return h == -1 ? -2 : h;
}

static Val slot_richcmp(Val a, Val b, int op)
{
    /* SLOT_LT.. follow richcmp_names' order; the interned name and the
     * type attribute cache avoid interning the name at every compare. */
    Val f = lookup_special(a, SLOT_LT + op);
    if (!f) {
        vm_err_clear();
        return VM_NotImplemented;
    }
    /* As slot_tp_richcompare: a descriptor (a property...) whose __get__
     * fails counts as no method at all. */
    Type *ft = vm_typeof(f);
    if (ft != &vm_type_function && ft->descr_get) {
        if (vm_c_stack_exhausted()) return vm_err_str(&vm_exc_RecursionError, "maximum recursion depth exceeded");
        Val bound = ft->descr_get(f, a, obj_val(vm_typeof(a)));
        if (!bound) {
            vm_err_clear();
            return VM_NotImplemented;
        }
        return vm_call(bound, &b, 1, NULL);
    }
    return call_special(a, SLOT_LT + op, &b, 1);
}

static Val slot_getattr_hook(Val self, Val name)
{
    Val ga = lookup_special(self, SLOT_GETATTRIBUTE);
    if (ga == NULL && vm_err_occurred()) return NULL;
    Val object_ga = vm_cached_type_lookup(&vm_type_object, slot_name(SLOT_GETATTRIBUTE));
    Val r;
    if (ga == NULL || ga == object_ga)
        r = vm_generic_getattr(self, name);
    else
        r = call_special(self, SLOT_GETATTRIBUTE, &name, 1);
    if (r || !vm_err_matches(&vm_exc_AttributeError)) return r;
    /* Look for __getattr__ with the AttributeError set aside: a lookup
     * clears what it finds pending, and without __getattr__ the caller
     * must see that very AttributeError. */
    Val exc = vm_err_fetch();
    Val gf = lookup_special(self, SLOT_GETATTR);
    if (gf == NULL) {
        if (!vm_err_occurred()) vm_err_restore(exc);
        return NULL;
    }
    return call_special(self, SLOT_GETATTR, &name, 1);
}

static int slot_setattr(Val self, Val name, Val value)
{
    Val r;
    if (value) {
        Val a[2] = {name, value};
        r = call_special(self, SLOT_SETATTR, a, 2);
    } else {
        r = call_special(self, SLOT_DELATTR, &name, 1);
    }
    return r ? 0 : -1;
}

static Val slot_call(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val f = lookup_special(self, SLOT_CALL);
    if (!f) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not callable", vm_tname(self));
    Val bound = vm_typeof(f)->descr_get ? vm_typeof(f)->descr_get(f, self, obj_val(vm_typeof(self))) : f;
    if (!bound) return NULL;
    return vm_call(bound, args, nargs, kwnames);
}

static Val slot_iter(Val self)
{
    Val f = lookup_special(self, SLOT_ITER);
    if (f == VM_None) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not iterable", vm_tname(self));
    Val it = call_special(self, SLOT_ITER, NULL, 0);
    if (it && !vm_typeof(it)->iternext)
        return vm_err_fmt(&vm_exc_TypeError, "iter() returned non-iterator of type '%s'", vm_tname(it));
    return it;
}

static Val slot_iternext(Val self)
{
    Val r = call_special(self, SLOT_NEXT, NULL, 0);
    if (!r && vm_err_matches(&vm_exc_StopIteration)) {
        /* Keep the exception: vm_next callers that need the value use it. */
        return NULL;
    }
    return r;
}

/* As in CPython, __get__ is called as found on the type, with self first,
 * never bound through its own __get__: binding it made a class whose
 * __get__ is an instance of itself recurse in C until the stack ended.
 * A __get__ deleted after the class was made: the descriptor itself. */
static Val slot_descr_get(Val self, Val obj, Val type)
{
    Val f = lookup_special(self, SLOT_GET);
    if (!f) return vm_err_occurred() ? NULL : self;
    Val a[3] = {self, obj ? obj : VM_None, type ? type : VM_None};
    return vm_call(f, a, 3, NULL);
}

static int slot_descr_set(Val self, Val obj, Val value)
{
    Val r;
    if (value) {
        Val a[2] = {obj, value};
        r = call_special(self, SLOT_SET, a, 2);
    } else {
        r = call_special(self, SLOT_DELETE, &obj, 1);
    }
    return r ? 0 : -1;
}

static int slot_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val f = lookup_special(self, SLOT_INIT);
    if (!f) return 0;
    Val r;
    if (vm_typeof(f) == &vm_type_function) {
        size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
        /* self + the arguments: on the C stack when few (every instance
         * creation of a class with __init__ comes here), else on the heap. */
        Val small[8];
        Val *a = small;
        if (nargs + nkw + 1 > 8) {
            a = cr_alloc_array(nargs + nkw + 1, sizeof(Val), CR_SCAN);
            if (!a) return vm_err_nomem(), -1;
        }
        cr_valspan as = {a, nargs + nkw + 1};
        cr_valspan_set(as, 0, self);
        for (size_t i = 0; i < nargs + nkw; i++) cr_valspan_set(as, i + 1, args[i]);
        r = vm_call(f, a, nargs + 1, kwnames);
    } else {
        Val b = vm_typeof(f)->descr_get ? vm_typeof(f)->descr_get(f, self, obj_val(vm_typeof(self))) : f;
        if (!b) return -1;
        r = vm_call(b, args, nargs, kwnames);
    }
    if (!r) return -1;
    if (r != VM_None) {
        vm_err_fmt(&vm_exc_TypeError, "__init__() should return None, not '%s'", vm_tname(r));
        return -1;
    }
    return 0;
}

Val vm_type_new_for_init(Val callable, Val *args, size_t nargs, Val *init)
{
    if (val_is_small(callable) || vm_typeof(callable) != &vm_type_type) return NULL;
    Type *t = vm_as_type(callable);
    /* type_call would run object.__new__ (t->new_), then slot_init. */
    if (!(t->flags & VM_TF_HEAPTYPE) || t->new_ != vm_type_object.new_ || t->init != slot_init) return NULL;
    Val f = vm_cached_type_lookup(t, slot_name(SLOT_INIT));
    if (f == NULL || vm_typeof(f) != &vm_type_function) {
        vm_err_clear(); /* a failed lookup only means: the normal call */
        return NULL;
    }
    Val obj = t->new_(t, args, nargs, NULL);
    if (obj == NULL) return NULL;
    if (vm_typeof(obj) != t) { /* object.__new__ makes a t: anything else takes no shortcut */
        vm_err_str(&vm_exc_SystemError, "object.__new__ returned another type");
        return NULL;
    }
    *init = f;
    return obj;
}

static Val slot_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    Val f = vm_type_lookup_cstr(t, "__new__");
    if (!f) return vm_err_fmt(&vm_exc_TypeError, "cannot create '%s' instances", t->name);
    if (vm_typeof(f)->descr_get) {
        f = vm_typeof(f)->descr_get(f, NULL, obj_val(t));
        if (!f) return NULL;
    }
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    Val *a = cr_alloc_array(nargs + nkw + 1, sizeof(Val), CR_SCAN);
    if (!a) return vm_err_nomem();
    cr_valspan as = {a, nargs + nkw + 1};
    cr_valspan_set(as, 0, obj_val(t));
    for (size_t i = 0; i < nargs + nkw; i++) cr_valspan_set(as, i + 1, args[i]);
    return vm_call(f, a, nargs + 1, kwnames);
}

static int64_t slot_len(Val self)
{
    Val r = call_special(self, SLOT_LEN, NULL, 0);
    if (!r) return -1;
    r = vm_index(r); /* __len__ may return any object with __index__ */
    if (!r) return -1;
    int64_t n;
    if (vm_int_sign(r) < 0) {
        vm_err_str(&vm_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (vm_int_as_i64(r, &n) < 0) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static Val slot_getitem(Val self, Val key) { return call_special(self, SLOT_GETITEM, &key, 1); }
static int slot_setitem(Val self, Val key, Val value)
{
    Val r;
    if (value) {
        Val a[2] = {key, value};
        r = call_special(self, SLOT_SETITEM, a, 2);
    } else {
        r = call_special(self, SLOT_DELITEM, &key, 1);
    }
    return r ? 0 : -1;
}

static int slot_contains(Val self, Val item)
{
    Val f = lookup_special(self, SLOT_CONTAINS);
    if (f == VM_None) {
        vm_err_fmt(&vm_exc_TypeError, "'%s' object is not a container", vm_tname(self));
        return -1;
    }
    Val r = call_special(self, SLOT_CONTAINS, &item, 1);
    return r ? vm_truthy(r) : -1;
}

static int slot_truth(Val self)
{
    Val f = lookup_special(self, SLOT_BOOL);
    if (f) {
        Val r = call_special(self, SLOT_BOOL, NULL, 0);
        if (!r) return -1;
        if (!vm_is_type(r, &vm_type_bool)) {
            vm_err_fmt(&vm_exc_TypeError, "__bool__ should return bool, returned %s", vm_tname(r));
            return -1;
        }
        return r == VM_True;
    }
    if (lookup_special(self, SLOT_LEN)) {
        int64_t n = slot_len(self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static Val slot_to_int(Val self)
{
    Val r = call_special(self, SLOT_INT, NULL, 0);
    if (r && !vm_is_int(r))
        return vm_err_fmt(&vm_exc_TypeError, "__int__ returned non-int (type %s)", vm_tname(r));
    return r;
}
static Val slot_to_float(Val self)
{
    Val r = call_special(self, SLOT_FLOAT, NULL, 0);
    if (r && !vm_is_float(r))
        return vm_err_fmt(&vm_exc_TypeError, "%s.__float__ returned non-float (type %s)", vm_tname(self),
                          vm_tname(r));
    return r;
}
static Val slot_index(Val self)
{
    Val r = call_special(self, SLOT_INDEX, NULL, 0);
    if (r && !vm_is_int(r))
        return vm_err_fmt(&vm_exc_TypeError, "__index__ returned non-int (type %s)", vm_tname(r));
    return r;
}
static Val slot_neg(Val self) { return call_special(self, SLOT_NEG, NULL, 0); }
static Val slot_pos(Val self) { return call_special(self, SLOT_POS, NULL, 0); }
static Val slot_abs(Val self) { return call_special(self, SLOT_ABS, NULL, 0); }
static Val slot_invert(Val self) { return call_special(self, SLOT_INVERT, NULL, 0); }

/* Does the type define (via its MRO) the dunder for slot s in a class? */
static bool has_special(Type *t, int s)
{
    /* Every binary operator of a Python class asks this: through the slot's
     * interned name and the type attribute cache (interning the name here
     * cost ~250 instructions per operation). */
    Val name = slot_name(s);
    Val f = name != NULL ? vm_cached_type_lookup(t, name) : NULL;
    if (!f) vm_err_clear();
    return f != NULL;
}

/* CPython's SLOT1BINFULL: a op b for heap types, both directions. */
static Val slot_binop_dispatch(Val a, Val b, int fwd_slot, int rev_slot, vm_binaryfunc self_fn)
{
    Type *ta = vm_typeof(a), *tb = vm_typeof(b);
    bool a_is = ta->num && (fwd_slot == SLOT_DIVMOD ? ta->num->divmod == self_fn
                                                    : ta->num->binop[fwd_slot - SLOT_BINOP] == self_fn);
    bool b_is = tb != ta && tb->num &&
                (fwd_slot == SLOT_DIVMOD ? tb->num->divmod == self_fn
                                         : tb->num->binop[fwd_slot - SLOT_BINOP] == self_fn) &&
                has_special(tb, rev_slot);
    if (a_is && has_special(ta, fwd_slot)) {
        if (b_is && vm_is_subtype(tb, ta)) {
            Val r = call_special(b, rev_slot, &a, 1);
            if (r != VM_NotImplemented) return r;
            b_is = false;
        }
        Val r = call_special(a, fwd_slot, &b, 1);
        if (r != VM_NotImplemented || tb == ta) return r;
    }
    if (b_is) return call_special(b, rev_slot, &a, 1);
    return VM_NotImplemented;
}

#define BINSLOT(OP)                                                                                \
    static Val slot_bin_##OP(Val a, Val b)                                                         \
    {                                                                                              \
        return slot_binop_dispatch(a, b, SLOT_BINOP + VM_OP_##OP, SLOT_RBINOP + VM_OP_##OP,        \
                                   slot_bin_##OP);                                                 \
    }                                                                                              \
    static Val slot_ibin_##OP(Val a, Val b)                                                        \
    {                                                                                              \
        if (!has_special(vm_typeof(a), SLOT_IBINOP + VM_OP_##OP)) return VM_NotImplemented;        \
        return call_special(a, SLOT_IBINOP + VM_OP_##OP, &b, 1);                                   \
    }
BINSLOT(ADD) BINSLOT(AND) BINSLOT(FLOORDIV) BINSLOT(LSHIFT) BINSLOT(MATMUL) BINSLOT(MUL)
BINSLOT(MOD) BINSLOT(OR) BINSLOT(POW) BINSLOT(RSHIFT) BINSLOT(SUB) BINSLOT(TRUEDIV) BINSLOT(XOR)

static Val slot_divmod(Val a, Val b) { return slot_binop_dispatch(a, b, SLOT_DIVMOD, SLOT_RDIVMOD, slot_divmod); }

static Val slot_pow3(Val a, Val b, Val m)
{
    if (m == VM_None) return slot_bin_POW(a, b);
    if (!has_special(vm_typeof(a), SLOT_BINOP + VM_OP_POW)) return VM_NotImplemented;
    Val args[2] = {b, m};
    return call_special(a, SLOT_BINOP + VM_OP_POW, args, 2);
}

static const vm_binaryfunc bin_slots[VM_OP_COUNT] = {
    slot_bin_ADD, slot_bin_AND, slot_bin_FLOORDIV, slot_bin_LSHIFT, slot_bin_MATMUL, slot_bin_MUL,
    slot_bin_MOD, slot_bin_OR,  slot_bin_POW,      slot_bin_RSHIFT, slot_bin_SUB,    slot_bin_TRUEDIV,
    slot_bin_XOR};
static const vm_binaryfunc ibin_slots[VM_OP_COUNT] = {
    slot_ibin_ADD, slot_ibin_AND, slot_ibin_FLOORDIV, slot_ibin_LSHIFT, slot_ibin_MATMUL,
    slot_ibin_MUL, slot_ibin_MOD, slot_ibin_OR,       slot_ibin_POW,    slot_ibin_RSHIFT,
    slot_ibin_SUB, slot_ibin_TRUEDIV, slot_ibin_XOR};

/* Is the dunder for slot s defined in a class (heap type) of t's MRO before
 * any built-in type provides it? */
static bool defined_in_python(Type *t, const char *name)
{
    Val n = vm_intern_cstr(name);
    cr_valspan m = vm_tuple_items(t->mro);
    for (size_t i = 0; i < m.len; i++) {
        Type *b = vm_as_type(cr_valspan_get(m, i));
        Val v = vm_dict_get(b->dict, n);
        if (v) return (b->flags & VM_TF_HEAPTYPE) != 0;
        if (vm_err_occurred()) vm_err_clear();
    }
    return false;
}

void vm_type_update_slots(Type *t)
{
    Type *b = t->tbase;
    /* Start from the solid base's behaviour, then route dunders defined in
     * Python through the slot functions. */
    t->repr = defined_in_python(t, "__repr__") ? slot_repr : b->repr;
    t->str = defined_in_python(t, "__str__") ? slot_str : b->str;
    bool eq_py = false;
    for (int op = 0; op < 6; op++)
        if (defined_in_python(t, richcmp_names[op])) eq_py = true;
    t->richcmp = eq_py ? slot_richcmp : b->richcmp;
    t->hash = defined_in_python(t, "__hash__") ? slot_hash : b->hash;
    bool ga = defined_in_python(t, "__getattribute__") || defined_in_python(t, "__getattr__");
    t->getattr = ga ? slot_getattr_hook : b->getattr;
    bool sa = defined_in_python(t, "__setattr__") || defined_in_python(t, "__delattr__");
    t->setattr = sa ? slot_setattr : b->setattr;
    t->call = defined_in_python(t, "__call__") ? slot_call : b->call;
    t->iter = defined_in_python(t, "__iter__") ? slot_iter : b->iter;
    t->iternext = defined_in_python(t, "__next__") ? slot_iternext : b->iternext;
    t->descr_get = defined_in_python(t, "__get__") ? slot_descr_get : b->descr_get;
    bool ds = defined_in_python(t, "__set__") || defined_in_python(t, "__delete__");
    t->descr_set = ds ? slot_descr_set : b->descr_set;
    t->init = defined_in_python(t, "__init__") ? slot_init : b->init;
    t->new_ = defined_in_python(t, "__new__") ? slot_new : b->new_;
    t->len = defined_in_python(t, "__len__") ? slot_len : b->len;
    t->getitem = defined_in_python(t, "__getitem__") ? slot_getitem : b->getitem;
    bool si = defined_in_python(t, "__setitem__") || defined_in_python(t, "__delitem__");
    t->setitem = si ? slot_setitem : b->setitem;
    t->contains = defined_in_python(t, "__contains__") ? slot_contains : b->contains;

    vm_numberslots *n = &t->heap_num;
    const vm_numberslots *bn = b->num;
    static const vm_numberslots empty;
    if (!bn) bn = &empty;
    for (int op = 0; op < VM_OP_COUNT; op++) {
        bool f = defined_in_python(t, vm_slot_names[SLOT_BINOP + op]) ||
                 defined_in_python(t, vm_slot_names[SLOT_RBINOP + op]);
        n->binop[op] = f ? bin_slots[op] : bn->binop[op];
        n->inplace[op] = defined_in_python(t, vm_slot_names[SLOT_IBINOP + op]) ? ibin_slots[op] : bn->inplace[op];
    }
    n->pow3 = defined_in_python(t, "__pow__") ? slot_pow3 : bn->pow3;
    n->neg = defined_in_python(t, "__neg__") ? slot_neg : bn->neg;
    n->pos = defined_in_python(t, "__pos__") ? slot_pos : bn->pos;
    n->abs = defined_in_python(t, "__abs__") ? slot_abs : bn->abs;
    n->invert = defined_in_python(t, "__invert__") ? slot_invert : bn->invert;
    n->truth = (defined_in_python(t, "__bool__") || defined_in_python(t, "__len__")) ? slot_truth : bn->truth;
    n->to_int = defined_in_python(t, "__int__") ? slot_to_int : bn->to_int;
    n->to_float = defined_in_python(t, "__float__") ? slot_to_float : bn->to_float;
    n->index = defined_in_python(t, "__index__") ? slot_index : bn->index;
    n->divmod = (defined_in_python(t, "__divmod__") || defined_in_python(t, "__rdivmod__")) ? slot_divmod
                                                                                            : bn->divmod;
    t->num = n;
    t->version++;
    vm_type_epoch++;
}

/* ---- class creation ---- */

/* The nearest base that adds fields to the instance layout: a class with
 * __slots__, or a built-in type larger than its base (CPython's solid_base;
 * an added __dict__ does not count). */
static Type *solid_base(Type *t)
{
    while (t->tbase) {
        if (t->flags & VM_TF_HEAPTYPE) {
            if (t->slots_count) return t;
        } else if (t->basicsize != t->tbase->basicsize) {
            return t;
        }
        t = t->tbase;
    }
    return t;
}

static Type *best_base(Val bases)
{
    Type *winner = NULL, *wsolid = NULL;
    for (size_t i = 0; i < vm_tuple_len(bases); i++) {
        Type *b = vm_as_type(vm_tuple_get(bases, i));
        Type *s = solid_base(b);
        if (!winner) {
            winner = b;
            wsolid = s;
        } else if (vm_is_subtype(wsolid, s)) {
            /* keep */
        } else if (vm_is_subtype(s, wsolid)) {
            winner = b;
            wsolid = s;
        } else {
            vm_err_str(&vm_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return winner;
}

/* __weakref__: the first weak reference to the instance, or None.  Weak
 * references are emulated by lib/weakref.py, which keeps them: ask it
 * (before it is imported there are none). */
static Val weakref_get(Val self)
{
    Val mod = vm->modules ? vm_dict_get_cstr(vm->modules, "weakref") : NULL;
    if (!mod) return vm_err_occurred() ? NULL : VM_None;
    Val head = vm_getattr_opt(mod, vm_intern_cstr("_weakref_head"));
    if (!head) return vm_err_occurred() ? NULL : VM_None;
    return vm_call(head, &self, 1, NULL);
}
static const vm_getsetdef weakref_getset = {"__weakref__", weakref_get, NULL};

/* CPython adds __weakref__ unless the base already supports weak references
 * (type, set, frozenset, a class that added it) or has variable-size
 * instances (int, tuple, bytes). */
static bool weakref_addable(Type *base)
{
    Type *no[] = {&vm_type_int, &vm_type_tuple, &vm_type_bytes, &vm_type_set, &vm_type_frozenset, &vm_type_type};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (vm_is_subtype(base, no[i])) return false;
    return vm_type_lookup_cstr(base, "__weakref__") == NULL;
}

/* Private slot names are mangled like attribute names in the class body
 * (__x in class C -> _C__x). */
static Val slot_mangle(Val cls_name, Val name)
{
    cr_span n = vm_str_span(name);
    if (n.len < 2 || cr_span_at(n, 0) != '_' || cr_span_at(n, 1) != '_') return name;
    if (n.len >= 4 && cr_span_at(n, n.len - 1) == '_' && cr_span_at(n, n.len - 2) == '_') return name;
    cr_span p = vm_str_span(cls_name);
    size_t k = 0;
    while (k < p.len && cr_span_at(p, k) == '_') k++;
    if (k == p.len) return name;
    Val stripped = vm_str_new(cr_span_from(p, k));
    if (!stripped) return NULL;
    Val s = vm_str_fmt("_%U%U", stripped, name);
    return s ? vm_str_intern(s) : NULL;
}

static Val type_call_set_name(Type *t)
{
    Val items = vm_dict_copy(t->dict);
    if (!items) return NULL;
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(items, &pos, &k, &v)) {
        Val f = vm_type_lookup_cstr(vm_typeof(v), "__set_name__");
        if (!f) {
            if (vm_err_occurred()) return NULL;
            continue;
        }
        Val args[2] = {obj_val(t), k};
        Val r = vm_call_special(v, "__set_name__", args, 2);
        if (!r) {
            /* 3.11 wraps the error: RuntimeError from the original. */
            Val cause = vm_err_fetch();
            vm_err_fmt(&vm_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'", vm_tname(v),
                       k, t->name);
            Val exc = vm_err_fetch();
            if (exc && cause) {
                ExcObj *eo = (ExcObj *)(void *)val_obj(exc);
                eo->cause = cause;
                eo->context = cause;
                eo->suppress_context = true;
            }
            vm_err_restore(exc);
            return NULL;
        }
    }
    return VM_None;
}

/* Recompute t's MRO and slots, then its subclasses' (after __bases__
 * assignment). */
static int remro(Type *t)
{
    if (!vm_enter_recursion(" while updating __mro__")) return -1;
    Val mro = compute_mro(t);
    int r = 0;
    if (!mro) r = -1;
    if (r == 0) {
        t->mro = mro;
        if (vm_typeof(obj_val(t)) != &vm_type_type && !custom_mro(t, vm_typeof(obj_val(t)))) r = -1;
    }
    if (r == 0) {
        vm_type_update_slots(t);
        Val hv = vm_type_lookup_cstr(t, "__hash__");
        if (hv == VM_None) t->hash = NULL;
        for (size_t i = 0; r == 0 && t->subclasses && i < vm_list_len(t->subclasses); i++)
            r = remro(vm_as_type(vm_list_get(t->subclasses, i)));
    }
    vm_leave_recursion();
    return r;
}

static int remove_subclass(Type *b, Type *t)
{
    if (!b->subclasses) return 0;
    Val keep = vm_list_new(0);
    if (!keep) return -1;
    for (size_t i = 0; i < vm_list_len(b->subclasses); i++)
        if (vm_list_get(b->subclasses, i) != obj_val(t) && vm_list_append(keep, vm_list_get(b->subclasses, i)) < 0)
            return -1;
    b->subclasses = keep;
    return 0;
}

/* C.__bases__ = (...) (CPython's type_set_bases). */
int vm_type_set_bases(Type *t, Val v)
{
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!v) {
        vm_err_fmt(&vm_exc_TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (!vm_is_tuple(v)) {
        vm_err_fmt(&vm_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->name, vm_tname(v));
        return -1;
    }
    if (vm_tuple_len(v) == 0) {
        vm_err_fmt(&vm_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (size_t i = 0; i < vm_tuple_len(v); i++) {
        Val b = vm_tuple_get(v, i);
        if (!vm_is_typeobj(b)) {
            vm_err_fmt(&vm_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name, vm_tname(b));
            return -1;
        }
        if (vm_is_subtype(vm_as_type(b), t)) {
            vm_err_str(&vm_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *nb = best_base(v);
    if (!nb) return -1;
    if ((nb->flags & VM_TF_HEAPTYPE) != (t->tbase->flags & VM_TF_HEAPTYPE)) {
        /* CPython compares tp_free first: heap classes and built-in types differ. */
        vm_err_fmt(&vm_exc_TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", nb->name,
                   t->tbase->name);
        return -1;
    }
    if (solid_base(nb) != solid_base(t->tbase) || (nb->flags & VM_TF_HAS_DICT) != (t->tbase->flags & VM_TF_HAS_DICT)) {
        vm_err_fmt(&vm_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", nb->name,
                   t->tbase->name);
        return -1;
    }
    Val old_bases = t->bases;
    Type *old_base = t->tbase;
    Val old_mro = t->mro;
    t->bases = v;
    t->tbase = nb;
    if (remro(t) < 0) {
        Val exc = vm_err_fetch();
        t->bases = old_bases;
        t->tbase = old_base;
        t->mro = old_mro;
        vm_err_clear();
        (void)remro(t);
        vm_err_restore(exc);
        return -1;
    }
    for (size_t i = 0; i < vm_tuple_len(old_bases); i++)
        if (remove_subclass(vm_as_type(vm_tuple_get(old_bases, i)), t) < 0) return -1;
    for (size_t i = 0; i < vm_tuple_len(v); i++) {
        Type *b = vm_as_type(vm_tuple_get(v, i));
        if (!b->subclasses && !(b->subclasses = vm_list_new(0))) return -1;
        if (vm_list_append(b->subclasses, obj_val(t)) < 0) return -1;
    }
    t->version++;
    vm_type_epoch++;
    return 0;
}

Val vm_type_new_class(Type *meta, Val name, Val bases, Val dict, Val kwds)
{
    if (!vm_is_str(name))
        return vm_err_fmt(&vm_exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!vm_is_tuple(bases))
        return vm_err_fmt(&vm_exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!vm_is_dict(dict))
        return vm_err_fmt(&vm_exc_TypeError, "type.__new__() argument 3 must be dict, not %T", dict);
    if (vm_tuple_len(bases) == 0) {
        bases = vm_tuple_pack(1, obj_val(&vm_type_object));
        if (!bases) return NULL;
    }
    for (size_t i = 0; i < vm_tuple_len(bases); i++) {
        Val b = vm_tuple_get(bases, i);
        if (!vm_is_typeobj(b)) return vm_err_fmt(&vm_exc_TypeError, "bases must be types");
        Type *bt = vm_as_type(b);
        if (!(bt->flags & VM_TF_BASETYPE))
            return vm_err_fmt(&vm_exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
        for (size_t j = 0; j < i; j++)
            if (vm_tuple_get(bases, j) == b)
                return vm_err_fmt(&vm_exc_TypeError, "duplicate base class %U", bt->name_obj);
    }
    Type *base = best_base(bases);
    if (!base) return NULL;
    if (cr_span_find_byte(vm_str_span(name), 0, 0) >= 0)
        return vm_err_str(&vm_exc_ValueError, "type name must not contain null characters");

    Type *t = vm_alloc_obj(meta, meta->basicsize > sizeof(Type) ? meta->basicsize : sizeof(Type), CR_SCAN);
    if (!t) return NULL;
    t->flags = VM_TF_HEAPTYPE | VM_TF_BASETYPE | (base->flags & ~(VM_TF_HEAPTYPE | VM_TF_ABSTRACT));
    t->tbase = base;
    t->bases = bases;
    t->name = vm_str_cstr_of(name);
    t->name_obj = name;
    t->dict = vm_dict_copy(dict);
    if (!t->dict) return NULL;
    t->basicsize = base->basicsize;
    t->dict_offset = base->dict_offset;
    t->methods = NULL;
    t->getsets = NULL;

    /* __slots__ */
    Val slots = vm_dict_get_cstr(t->dict, "__slots__");
    if (!slots && vm_err_occurred()) return NULL;
    bool want_dict = slots == NULL, want_weak = slots == NULL;
    Val slot_names = NULL;
    if (slots) {
        if (vm_is_str(slots)) slots = vm_tuple_pack(1, slots);
        else slots = vm_sequence_tuple(slots);
        if (!slots) return NULL;
        /* Variable-size instances (int, bytes, tuple) have no room for
         * slots (CPython: tp_itemsize != 0). */
        if (vm_tuple_len(slots) > 0 &&
            (base->flags & (VM_TF_INT_SUBCLASS | VM_TF_BYTES_SUBCLASS | VM_TF_TUPLE_SUBCLASS)))
            return vm_err_fmt(&vm_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
        slot_names = vm_list_new(0);
        if (!slot_names) return NULL;
        for (size_t i = 0; i < vm_tuple_len(slots); i++) {
            Val s = vm_tuple_get(slots, i);
            if (!vm_is_str(s))
                return vm_err_fmt(&vm_exc_TypeError, "__slots__ items must be strings, not '%s'", vm_tname(s));
            Val isid = vm_call_method(s, "isidentifier", NULL, 0);
            if (!isid) return NULL;
            if (isid != VM_True) return vm_err_str(&vm_exc_TypeError, "__slots__ must be identifiers");
            if (vm_str_eq_cstr(s, "__dict__")) {
                if (want_dict || (base->flags & VM_TF_HAS_DICT))
                    return vm_err_str(&vm_exc_TypeError, "__dict__ slot disallowed: we already got one");
                want_dict = true;
                continue;
            }
            if (vm_str_eq_cstr(s, "__weakref__")) {
                if (want_weak)
                    return vm_err_str(&vm_exc_TypeError, "__weakref__ slot disallowed: either we already got one, "
                                                         "or the base type's itemsize != 0");
                want_weak = true;
                continue;
            }
            s = slot_mangle(name, s);
            if (!s) return NULL;
            Val existing = vm_dict_get(t->dict, s);
            if (existing)
                return vm_err_fmt(&vm_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            if (vm_err_occurred()) return NULL;
            if (vm_list_append(slot_names, s) < 0) return NULL;
        }
    }
    Val dict_descr = NULL;
    /* Classes (instances of a subclass of type) keep their namespace in the
     * Type itself: type's own __dict__ getset must not be shadowed. */
    if (want_dict && !(base->flags & VM_TF_HAS_DICT) && !vm_is_subtype(base, &vm_type_type)) {
        if (!t->dict_offset) {
            t->dict_offset = t->basicsize < sizeof(InstanceObj) ? __builtin_offsetof(InstanceObj, dict) : t->basicsize;
            size_t end = t->dict_offset + sizeof(Val);
            if (end > t->basicsize) t->basicsize = end;
        }
        t->flags |= VM_TF_HAS_DICT;
        dict_descr = vm_instance_dict_descr(t);
        if (!dict_descr) return NULL;
    }
    if (slot_names) {
        /* CPython sorts the slot names (members appear in that order). */
        if (vm_list_sort(slot_names, NULL, false) < 0) return NULL;
        for (size_t i = 0; i < vm_list_len(slot_names); i++) {
            Val s = vm_list_get(slot_names, i);
            Val d = vm_member_descr_new(t, s, t->basicsize);
            if (!d || vm_dict_set(t->dict, s, d) < 0) return NULL;
            t->basicsize += sizeof(Val);
            t->slots_count++;
        }
    }
    if (dict_descr && vm_dict_set_cstr(t->dict, "__dict__", dict_descr) < 0) return NULL;
    if (want_weak && weakref_addable(base)) {
        Val wd = vm_getset_descr_new(t, &weakref_getset);
        if (!wd || vm_dict_set_cstr(t->dict, "__weakref__", wd) < 0) return NULL;
    }
    if (t->basicsize < sizeof(Obj)) t->basicsize = sizeof(Obj);

    Val mro = compute_mro(t);
    if (!mro) return NULL;
    t->mro = mro;
    if (meta != &vm_type_type && !custom_mro(t, meta)) return NULL;

    /* __module__ from the class body, __qualname__, __doc__ */
    Val mod = vm_dict_get_cstr(t->dict, "__module__");
    if (!mod && vm_err_occurred()) return NULL;
    if (!mod) {
        FrameObj *f = vm_current_frame();
        Val g = f && f->globals ? vm_dict_get_cstr(f->globals, "__name__") : NULL;
        vm_err_clear();
        mod = g ? g : vm_intern_cstr("builtins");
        if (vm_dict_set_cstr(t->dict, "__module__", mod) < 0) return NULL;
    }
    t->module = mod;
    Val qn = vm_dict_get_cstr(t->dict, "__qualname__");
    if (qn) {
        if (!vm_is_str(qn))
            return vm_err_fmt(&vm_exc_TypeError, "type __qualname__ must be a str, not %s", vm_tname(qn));
        Val key = vm_intern_cstr("__qualname__");
        if (vm_dict_del(t->dict, key) < 0) return NULL;
    } else if (vm_err_occurred()) {
        return NULL;
    }
    t->qualname = qn ? qn : name;
    Val doc = vm_dict_get_cstr(t->dict, "__doc__");
    if (!doc) {
        if (vm_err_occurred()) return NULL;
        if (vm_dict_set_cstr(t->dict, "__doc__", VM_None) < 0) return NULL;
    }
    /* __init_subclass__ and __class_getitem__ are implicit classmethods,
     * __new__ an implicit staticmethod. */
    const char *implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        Val f = vm_dict_get_cstr(t->dict, implicit_cm[i]);
        if (f && vm_is_type(f, &vm_type_function)) {
            Val cm = vm_classmethod_new(f);
            if (!cm || vm_dict_set_cstr(t->dict, implicit_cm[i], cm) < 0) return NULL;
        }
    }
    Val nf = vm_dict_get_cstr(t->dict, "__new__");
    if (nf && vm_is_type(nf, &vm_type_function)) {
        Val sm = vm_staticmethod_new(nf);
        if (!sm || vm_dict_set_cstr(t->dict, "__new__", sm) < 0) return NULL;
    }
    /* A class that defines __eq__ without __hash__ is unhashable. */
    Val eqf = vm_dict_get_cstr(t->dict, "__eq__");
    if (eqf) {
        Val hf = vm_dict_get_cstr(t->dict, "__hash__");
        if (!hf && !vm_err_occurred() && vm_dict_set_cstr(t->dict, "__hash__", VM_None) < 0) return NULL;
    }
    vm_err_clear();

    vm_type_update_slots(t);
    /* Classes with __hash__ = None are unhashable. */
    Val hv = vm_type_lookup_cstr(t, "__hash__");
    if (hv == VM_None) t->hash = NULL;

    /* __classcell__: give the class to methods using super(). */
    Val cell = vm_dict_get_cstr(t->dict, "__classcell__");
    if (cell) {
        if (!vm_is_type(cell, &vm_type_cell))
            return vm_err_fmt(&vm_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                              obj_val(vm_typeof(cell)));
        vm_cell_obj(cell)->ref = obj_val(t);
        if (vm_dict_del(t->dict, vm_intern_cstr("__classcell__")) < 0) return NULL;
    } else if (vm_err_occurred()) {
        return NULL;
    }
    for (size_t i = 0; i < vm_tuple_len(bases); i++) {
        Type *b = vm_as_type(vm_tuple_get(bases, i));
        if (!b->subclasses && !(b->subclasses = vm_list_new(0))) return NULL;
        if (vm_list_append(b->subclasses, obj_val(t)) < 0) return NULL;
    }

    if (!type_call_set_name(t)) return NULL;
    /* super(t, t).__init_subclass__(**kwds) */
    Val sup_args[2] = {obj_val(t), obj_val(t)};
    Val sup = vm_call(obj_val(&vm_type_super), sup_args, 2, NULL);
    if (!sup) return NULL;
    Val isc = vm_getattr_cstr(sup, "__init_subclass__");
    if (!isc) return NULL;
    Val r = vm_call_tuple_dict(isc, vm_empty_tuple, kwds);
    if (!r) return NULL;
    return obj_val(t);
}
