/* The object protocol: what the interpreter and the built-ins do with any
 * value (repr, hash, compare, attributes, items, iteration, arithmetic),
 * dispatching through type slots with CPython's rules and messages. */
#include "vm/ceval_internal.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/state.h"
#include "vm/type.h"

static const char *const op_symbols[VM_OP_COUNT] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"};
static const char *const iop_symbols[VM_OP_COUNT] = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[6] = {VM_GT, VM_GE, VM_EQ, VM_NE, VM_LT, VM_LE};

/* ---- repr / str / hash ---- */

Val vm_repr(Val v)
{
    Type *t = vm_typeof(v);
    if (!t->repr) return vm_str_fmt("<%s object at %p>", t->name, (void *)val_obj(v));
    if (!vm_enter_recursion(" while getting the repr of an object")) return NULL;
    Val r = t->repr(v);
    vm_leave_recursion();
    if (r && !vm_is_str(r)) return vm_err_fmt(&vm_exc_TypeError, "__repr__ returned non-string (type %s)", vm_tname(r));
    return r;
}

Val vm_str(Val v)
{
    Type *t = vm_typeof(v);
    if (t == &vm_type_str) return v;
    if (!t->str) return vm_repr(v);
    if (!vm_enter_recursion(" while getting the str of an object")) return NULL;
    Val r = t->str(v);
    vm_leave_recursion();
    if (r && !vm_is_str(r)) return vm_err_fmt(&vm_exc_TypeError, "__str__ returned non-string (type %s)", vm_tname(r));
    return r;
}

/* repr with non-ASCII characters escaped (ascii()). */
Val vm_ascii(Val v)
{
    Val r = vm_repr(v);
    if (!r) return NULL;
    cr_span s = vm_str_span(r);
    bool ascii = true;
    for (size_t i = 0; i < s.len; i++)
        if (cr_span_at(s, i) >= 0x80) ascii = false;
    if (ascii) return r;
    cr_buf b;
    cr_buf_init(&b);
    size_t pos = 0;
    while (pos < s.len) {
        uint32_t c = cr_utf8_next(s, &pos);
        if (c < 0x80) {
            cr_buf_byte(&b, (uint8_t)c);
            continue;
        }
        static const char hex[] = "0123456789abcdef";
        char tmp[10];
        int n;
        if (c <= 0xff) {
            tmp[0] = '\\', tmp[1] = 'x', tmp[2] = hex[c >> 4], tmp[3] = hex[c & 15];
            n = 4;
        } else if (c <= 0xffff) {
            tmp[0] = '\\', tmp[1] = 'u';
            for (int k = 0; k < 4; k++) tmp[2 + k] = hex[(c >> (12 - 4 * k)) & 15];
            n = 6;
        } else {
            tmp[0] = '\\', tmp[1] = 'U';
            for (int k = 0; k < 8; k++) tmp[2 + k] = hex[(c >> (28 - 4 * k)) & 15];
            n = 10;
        }
        cr_buf_append(&b, cr_span_make(tmp, (size_t)n));
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

int64_t vm_hash(Val v)
{
    if (val_is_small(v)) return vm_int_hash(v);
    Type *t = vm_typeof(v);
    if (!t->hash) {
        vm_err_fmt(&vm_exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

/* ---- comparison ---- */

static bool overrides_richcmp(Type *sub, Type *base)
{
    return sub != base && vm_is_subtype(sub, base) && sub->richcmp;
}

Val vm_richcmp(Val a, Val b, int op)
{
    Type *ta = vm_typeof(a), *tb = vm_typeof(b);
    /* Fast path: two small ints. */
    if (val_is_small(a) && val_is_small(b)) {
        int64_t x = val_small(a), y = val_small(b);
        bool r = op == VM_LT ? x < y : op == VM_LE ? x <= y : op == VM_EQ ? x == y
               : op == VM_NE ? x != y : op == VM_GT ? x > y : x >= y;
        return vm_bool(r);
    }
    if (!vm_enter_recursion(" in comparison")) return NULL;
    Val r = VM_NotImplemented;
    bool checked_reverse = false;
    if (ta != tb && overrides_richcmp(tb, ta)) {
        checked_reverse = true;
        r = tb->richcmp(b, a, swapped_op[op]);
        if (r != VM_NotImplemented) goto done;
    }
    if (ta->richcmp) {
        r = ta->richcmp(a, b, op);
        if (r != VM_NotImplemented) goto done;
    }
    if (!checked_reverse && tb->richcmp) {
        r = tb->richcmp(b, a, swapped_op[op]);
        if (r != VM_NotImplemented) goto done;
    }
    if (op == VM_EQ) r = vm_bool(a == b);
    else if (op == VM_NE) r = vm_bool(a != b);
    else r = vm_err_fmt(&vm_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                        cmp_symbols[op], ta->name, tb->name);
done:
    vm_leave_recursion();
    return r;
}

int vm_richcmp_bool(Val a, Val b, int op)
{
    if (a == b) {
        if (op == VM_EQ) return 1;
        if (op == VM_NE) return 0;
    }
    Val r = vm_richcmp(a, b, op);
    if (!r) return -1;
    if (r == VM_True) return 1;
    if (r == VM_False) return 0;
    return vm_truthy(r);
}

int vm_eq(Val a, Val b) { return a == b ? 1 : vm_richcmp_bool(a, b, VM_EQ); }

int vm_truthy(Val v)
{
    if (v == VM_True) return 1;
    if (v == VM_False || v == VM_None) return 0;
    if (val_is_small(v)) return val_small(v) != 0;
    Type *t = vm_typeof(v);
    if (t->num && t->num->truth) return t->num->truth(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---- */

Val vm_getattr(Val o, Val name)
{
    Type *t = vm_typeof(o);
    if (!vm_is_str(name))
        return vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
    if (t->getattr) return t->getattr(o, name);
    return vm_generic_getattr(o, name);
}

Val vm_getattr_cstr(Val o, const char *name)
{
    Val n = vm_intern_cstr(name);
    return n ? vm_getattr(o, n) : NULL;
}

Val vm_getattr_opt(Val o, Val name)
{
    Val r = vm_getattr(o, name);
    if (!r && vm_err_matches(&vm_exc_AttributeError)) vm_err_clear();
    return r;
}

int vm_setattr(Val o, Val name, Val value)
{
    Type *t = vm_typeof(o);
    if (!vm_is_str(name)) {
        vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
        return -1;
    }
    if (t->setattr) return t->setattr(o, name, value);
    Val descr = vm_type_lookup(t, name);
    if (descr && vm_typeof(descr)->descr_set) return vm_typeof(descr)->descr_set(descr, o, value);
    if (descr || t->getattr)
        vm_err_fmt(&vm_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
    else
        vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return -1;
}

int vm_setattr_cstr(Val o, const char *name, Val value)
{
    Val n = vm_intern_cstr(name);
    return n ? vm_setattr(o, n, value) : -1;
}

int vm_delattr(Val o, Val name) { return vm_setattr(o, name, NULL); }

int vm_hasattr(Val o, Val name)
{
    Val r = vm_getattr(o, name);
    if (r) return 1;
    if (vm_err_matches(&vm_exc_AttributeError)) {
        vm_err_clear();
        return 0;
    }
    return -1;
}

/* ---- calls ---- */

Val vm_call_method(Val obj, const char *name, Val *args, size_t nargs)
{
    Val f = vm_getattr_cstr(obj, name);
    if (!f) return NULL;
    return vm_call(f, args, nargs, NULL);
}

Val vm_call_special(Val obj, const char *name, Val *args, size_t nargs)
{
    Type *t = vm_typeof(obj);
    Val f = vm_type_lookup_cstr(t, name);
    if (!f) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name);
    }
    Type *ft = vm_typeof(f);
    if (ft->descr_get) {
        f = ft->descr_get(f, obj, obj_val(t));
        if (!f) return NULL;
    }
    return vm_call(f, args, nargs, NULL);
}

Val vm_call_tuple_dict(Val callable, Val args_tuple, Val kwargs_dict)
{
    size_t np = args_tuple ? vm_tuple_len(args_tuple) : 0;
    size_t nk = kwargs_dict ? vm_dict_len(kwargs_dict) : 0;
    size_t total;
    if (!cr_add_ok(np, nk, &total)) return vm_err_nomem();
    Val *arr = cr_alloc_array(total ? total : 1, sizeof(Val), CR_SCAN);
    if (!arr) return vm_err_nomem();
    cr_valspan a = {arr, total};
    for (size_t i = 0; i < np; i++) cr_valspan_set(a, i, vm_tuple_get(args_tuple, i));
    Val kwnames = NULL;
    if (nk) {
        kwnames = vm_tuple_new(nk);
        if (!kwnames) return NULL;
        size_t pos = 0, i = 0;
        Val k, v;
        while (vm_dict_next(kwargs_dict, &pos, &k, &v) && i < nk) {
            if (!vm_is_str(k)) return vm_err_str(&vm_exc_TypeError, "keywords must be strings");
            vm_tuple_set(kwnames, i, k);
            cr_valspan_set(a, np + i, v);
            i++;
        }
    }
    return vm_call(callable, arr, np, kwnames);
}

/* ---- items ---- */

Val vm_getitem(Val o, Val key)
{
    Type *t = vm_typeof(o);
    if (t->getitem) return t->getitem(o, key);
    if (vm_is_typeobj(o)) {
        /* __class_getitem__ is looked up on the class itself (its MRO), not
         * on its metaclass. */
        Val cg = vm_type_lookup_cstr(vm_as_type(o), "__class_getitem__");
        if (cg) {
            Type *ct = vm_typeof(cg);
            if (ct->descr_get) cg = ct->descr_get(cg, NULL, o);
            return cg ? vm_call1(cg, key) : NULL;
        }
        if (vm_err_occurred()) return NULL;
        if (vm_as_type(o) == &vm_type_type) return o;
        return vm_err_fmt(&vm_exc_TypeError, "type '%U' is not subscriptable", vm_as_type(o)->name_obj);
    }
    return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int vm_setitem(Val o, Val key, Val value)
{
    Type *t = vm_typeof(o);
    if (t->setitem) return t->setitem(o, key, value);
    if (value) {
        vm_err_fmt(&vm_exc_TypeError, "'%s' object does not support item assignment", t->name);
    } else {
        /* CPython words it "doesn't" when an index key reaches a type with
         * sequence methods (PySequence_DelItem), "does not" otherwise. */
        bool seq = (t->flags & VM_TF_HEAPTYPE) || t->getitem || t->len || t->contains;
        const char *fmt = seq && vm_has_index(key) ? "'%s' object doesn't support item deletion"
                                                   : "'%s' object does not support item deletion";
        vm_err_fmt(&vm_exc_TypeError, fmt, t->name);
    }
    return -1;
}

int vm_delitem(Val o, Val key) { return vm_setitem(o, key, NULL); }

int64_t vm_len(Val o)
{
    Type *t = vm_typeof(o);
    if (t->len) return t->len(o);
    vm_err_fmt(&vm_exc_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

int vm_contains(Val container, Val item)
{
    Type *t = vm_typeof(container);
    if (t->contains) return t->contains(container, item);
    Val it = vm_iter(container);
    if (!it) {
        if (vm_err_matches(&vm_exc_TypeError)) {
            vm_err_clear();
            vm_err_fmt(&vm_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        }
        return -1;
    }
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? -1 : 0;
        int r = vm_eq(x, item);
        if (r != 0) return r;
    }
}

/* ---- iteration ---- */

extern Val vm_seqiter_new(Val seq); /* iterobject.c */

Val vm_iter(Val o)
{
    Type *t = vm_typeof(o);
    if (t->iter) {
        Val it = t->iter(o);
        if (it && !vm_typeof(it)->iternext)
            return vm_err_fmt(&vm_exc_TypeError, "iter() returned non-iterator of type '%s'", vm_tname(it));
        return it;
    }
    if (t->getitem && !vm_is_dict(o)) return vm_seqiter_new(o);
    return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not iterable", t->name);
}

Val vm_next(Val it)
{
    Type *t = vm_typeof(it);
    if (!t->iternext) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not an iterator", t->name);
    /* Iterators over iterators (map, filter, zip, enumerate...) nest with no
     * Python frame in between, so the recursion limit never sees a chain of
     * 10^5 of them; the C stack guard does (CPython 3.11 crashes there). */
    if (vm_c_stack_exhausted()) return vm_err_fmt(&vm_exc_RecursionError, "maximum recursion depth exceeded");
    Val r = t->iternext(it);
    if (!r && vm_err_matches(&vm_exc_StopIteration)) vm_err_clear();
    return r;
}

/* ---- arithmetic ---- */

static Val binop1(Val a, Val b, int op)
{
    Type *ta = vm_typeof(a), *tb = vm_typeof(b);
    vm_binaryfunc sa = ta->num ? ta->num->binop[op] : NULL;
    vm_binaryfunc sb = tb != ta && tb->num ? tb->num->binop[op] : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && vm_is_subtype(tb, ta)) {
            Val r = sb(a, b);
            if (r != VM_NotImplemented) return r;
            sb = NULL;
        }
        Val r = sa(a, b);
        if (r != VM_NotImplemented) return r;
    }
    if (sb) return sb(a, b);
    return VM_NotImplemented;
}

static Val binop_error(Val a, Val b, const char *sym)
{
    return vm_err_fmt(&vm_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, vm_tname(a),
                      vm_tname(b));
}

Val vm_binop(Val a, Val b, int op)
{
    Val r = binop1(a, b, op);
    if (r != VM_NotImplemented) return r;
    return binop_error(a, b, op_symbols[op]);
}

Val vm_inplace(Val a, Val b, int op)
{
    Type *ta = vm_typeof(a);
    if (ta->num && ta->num->inplace[op]) {
        Val r = ta->num->inplace[op](a, b);
        if (r != VM_NotImplemented) return r;
    }
    Val r = binop1(a, b, op);
    if (r != VM_NotImplemented) return r;
    return binop_error(a, b, iop_symbols[op]);
}

Val vm_pow3(Val a, Val b, Val mod)
{
    if (mod == VM_None) return vm_binop(a, b, VM_OP_POW);
    Type *ta = vm_typeof(a), *tb = vm_typeof(b), *tc = vm_typeof(mod);
    vm_ternaryfunc sa = ta->num ? ta->num->pow3 : NULL;
    vm_ternaryfunc sb = tb->num ? tb->num->pow3 : NULL;
    vm_ternaryfunc sc = tc->num ? tc->num->pow3 : NULL;
    if (sa) {
        Val r = sa(a, b, mod);
        if (r != VM_NotImplemented) return r;
    }
    if (sb && sb != sa) {
        Val r = sb(a, b, mod);
        if (r != VM_NotImplemented) return r;
    }
    if (sc && sc != sa && sc != sb) {
        Val r = sc(a, b, mod);
        if (r != VM_NotImplemented) return r;
    }
    return vm_err_fmt(&vm_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta->name,
                      tb->name, tc->name);
}

Val vm_divmod(Val a, Val b)
{
    Type *ta = vm_typeof(a), *tb = vm_typeof(b);
    vm_binaryfunc sa = ta->num ? ta->num->divmod : NULL;
    vm_binaryfunc sb = tb != ta && tb->num ? tb->num->divmod : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && vm_is_subtype(tb, ta)) {
            Val r = sb(a, b);
            if (r != VM_NotImplemented) return r;
            sb = NULL;
        }
        Val r = sa(a, b);
        if (r != VM_NotImplemented) return r;
    }
    if (sb) {
        Val r = sb(a, b);
        if (r != VM_NotImplemented) return r;
    }
    return binop_error(a, b, "divmod()");
}

Val vm_unary(Val v, int uop)
{
    if (uop == VM_UOP_NOT) {
        int t = vm_truthy(v);
        return t < 0 ? NULL : vm_bool(!t);
    }
    Type *t = vm_typeof(v);
    const vm_numberslots *n = t->num;
    vm_unaryfunc f = !n ? NULL : uop == VM_UOP_NEG ? n->neg : uop == VM_UOP_POS ? n->pos : n->invert;
    if (f) return f(v);
    static const char *const sym[] = {"unary -", "unary +", "unary ~"};
    return vm_err_fmt(&vm_exc_TypeError, "bad operand type for %s: '%s'", sym[uop], t->name);
}

Val vm_abs(Val v)
{
    Type *t = vm_typeof(v);
    if (t->num && t->num->abs) return t->num->abs(v);
    return vm_err_fmt(&vm_exc_TypeError, "bad operand type for abs(): '%s'", t->name);
}

Val vm_index(Val v)
{
    if (vm_is_int(v)) return v;
    Type *t = vm_typeof(v);
    if (t->num && t->num->index) {
        Val r = t->num->index(v);
        if (r && !vm_is_int(r))
            return vm_err_fmt(&vm_exc_TypeError, "__index__ returned non-int (type %s)", vm_tname(r));
        if (r && !val_is_small(r) && vm_typeof(r) != &vm_type_int &&
            vm_warn(&vm_exc_DeprecationWarning,
                    vm_str_fmt("__index__ returned non-int (type %s).  The ability to return an instance of a "
                               "strict subclass of int is deprecated, and may be removed in a future version of "
                               "Python.", vm_tname(r))) < 0)
            return NULL;
        return r;
    }
    return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

bool vm_as_ssize(Val v, int64_t *out, Type *err_type)
{
    if (val_is_small(v)) {
        *out = val_small(v);
        return true;
    }
    Val i = vm_index(v);
    if (!i) return false;
    if (vm_int_as_i64(i, out) < 0) {
        if (err_type && vm_err_matches(&vm_exc_OverflowError)) {
            vm_err_clear();
            vm_err_fmt(err_type, "cannot fit '%s' into an index-sized integer", vm_tname(v));
        }
        return false;
    }
    return true;
}

Val vm_number_int(Val v)
{
    if (vm_is_type(v, &vm_type_int)) return v;
    return vm_call1(obj_val(&vm_type_int), v);
}

Val vm_number_float(Val v)
{
    if (vm_is_type(v, &vm_type_float)) return v;
    return vm_call1(obj_val(&vm_type_float), v);
}

Val vm_format(Val v, Val spec)
{
    if (!spec) spec = vm_str_cstr("");
    if (!spec) return NULL;
    if (vm_is_type(v, &vm_type_str) && vm_str_len(spec) == 0) return v;
    Val f = vm_type_lookup_cstr(vm_typeof(v), "__format__");
    if (!f) return vm_err_fmt(&vm_exc_TypeError, "Type %s doesn't define __format__", vm_tname(v));
    Val r = vm_call_special(v, "__format__", &spec, 1);
    if (r && !vm_is_str(r))
        return vm_err_fmt(&vm_exc_TypeError, "__format__ must return a str, not %s", vm_tname(r));
    return r;
}

/* ---- isinstance / issubclass ---- */

static int abstract_subclass(Val derived, Val cls, int depth)
{
    if (derived == cls) return 1;
    if (depth > 1000) {
        vm_err_str(&vm_exc_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
        return -1;
    }
    Val bases = vm_getattr_opt(derived, vm_intern_cstr("__bases__"));
    if (!bases) return vm_err_occurred() ? -1 : 0;
    if (!vm_is_tuple(bases)) return 0;
    for (size_t i = 0; i < vm_tuple_len(bases); i++) {
        int r = abstract_subclass(vm_tuple_get(bases, i), cls, depth + 1);
        if (r) return r;
    }
    return 0;
}

static int recursive_isinstance(Val obj, Val cls)
{
    if (vm_is_typeobj(cls)) {
        if (vm_isinstance_t(obj, vm_as_type(cls))) return 1;
        Val c = vm_getattr_opt(obj, vm_intern_cstr("__class__"));
        if (!c) return vm_err_occurred() ? -1 : 0;
        if (c != obj_val(vm_typeof(obj)) && vm_is_typeobj(c)) return vm_is_subtype(vm_as_type(c), vm_as_type(cls));
        return 0;
    }
    Val b = vm_getattr_opt(cls, vm_intern_cstr("__bases__"));
    if (!b || !vm_is_tuple(b)) {
        if (vm_err_occurred()) return -1;
        vm_err_str(&vm_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    Val c = vm_getattr_opt(obj, vm_intern_cstr("__class__"));
    if (!c) return vm_err_occurred() ? -1 : 0;
    return abstract_subclass(c, cls, 0);
}

int vm_isinstance(Val obj, Val cls)
{
    if (vm_is_typeobj(cls) && vm_typeof(obj) == vm_as_type(cls)) return 1;
    if (vm_is_type(cls, &vm_type_type) || (vm_is_typeobj(cls) && vm_typeof(cls) == &vm_type_type))
        return recursive_isinstance(obj, cls);
    if (vm_is_tuple(cls)) {
        if (!vm_enter_recursion(" in __instancecheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < vm_tuple_len(cls) && r == 0; i++) r = vm_isinstance(obj, vm_tuple_get(cls, i));
        vm_leave_recursion();
        return r;
    }
    Val chk = vm_type_lookup_cstr(vm_typeof(cls), "__instancecheck__");
    if (chk) {
        if (!vm_enter_recursion(" in __instancecheck__")) return -1;
        Val r = vm_call_special(cls, "__instancecheck__", &obj, 1);
        vm_leave_recursion();
        return r ? vm_truthy(r) : -1;
    }
    return recursive_isinstance(obj, cls);
}

int vm_issubclass(Val cls, Val classinfo)
{
    if (vm_is_typeobj(classinfo) && vm_typeof(classinfo) == &vm_type_type) {
        if (vm_is_typeobj(cls)) return vm_is_subtype(vm_as_type(cls), vm_as_type(classinfo));
        Val b = vm_getattr_opt(cls, vm_intern_cstr("__bases__"));
        if (!b || !vm_is_tuple(b)) {
            if (!vm_err_occurred()) vm_err_str(&vm_exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return abstract_subclass(cls, classinfo, 0);
    }
    if (vm_is_tuple(classinfo)) {
        if (!vm_enter_recursion(" in __subclasscheck__")) return -1;
        int r = 0;
        for (size_t i = 0; i < vm_tuple_len(classinfo) && r == 0; i++)
            r = vm_issubclass(cls, vm_tuple_get(classinfo, i));
        vm_leave_recursion();
        return r;
    }
    Val chk = vm_type_lookup_cstr(vm_typeof(classinfo), "__subclasscheck__");
    if (chk) {
        if (!vm_enter_recursion(" in __subclasscheck__")) return -1;
        Val r = vm_call_special(classinfo, "__subclasscheck__", &cls, 1);
        vm_leave_recursion();
        return r ? vm_truthy(r) : -1;
    }
    if (!vm_is_typeobj(cls)) {
        Val b = vm_getattr_opt(cls, vm_intern_cstr("__bases__"));
        if (!b || !vm_is_tuple(b)) {
            if (!vm_err_occurred()) vm_err_str(&vm_exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
    }
    Val b2 = vm_getattr_opt(classinfo, vm_intern_cstr("__bases__"));
    if (!b2 || !vm_is_tuple(b2)) {
        if (!vm_err_occurred())
            vm_err_str(&vm_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstract_subclass(cls, classinfo, 0);
}

/* ---- output ---- */

int vm_print_str(Val file, Val s)
{
    Val r = vm_call_method(file, "write", &s, 1);
    return r ? 0 : -1;
}
