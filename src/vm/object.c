/* object, type, the singletons, generic attribute access, and the
 * descriptor types: slot wrappers, members, property, classmethod,
 * staticmethod, super. */
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/type.h"

/* ---- generic attribute access ---- */

static Val no_attr_msg(Val o, Val name);
/* AttributeError with .name and .obj set, as CPython 3.10+ does. */
static Val no_attr(Val o, Val name)
{
    no_attr_msg(o, name);
    Val e = vm_err_fetch();
    if (e && vm_isinstance_t(e, &vm_exc_AttributeError)) {
        ExcObj *x = (ExcObj *)(void *)val_obj(e);
        x->extra[0] = name;
        x->extra[1] = o;
    }
    vm_err_restore(e);
    return NULL;
}

static Val no_attr_msg(Val o, Val name)
{
    if (vm_is_typeobj(o))
        return vm_err_fmt(&vm_exc_AttributeError, "type object '%U' has no attribute '%U'",
                          vm_as_type(o)->name_obj, name);
    if (vm_is_type(o, &vm_type_module)) {
        Val mn = vm_dict_get_cstr(((ModuleObj *)(void *)val_obj(o))->dict, "__name__");
        if (mn && vm_is_str(mn))
            return vm_err_fmt(&vm_exc_AttributeError, "module '%U' has no attribute '%U'", mn, name);
        vm_err_clear();
        return vm_err_fmt(&vm_exc_AttributeError, "module has no attribute '%U'", name);
    }
    return vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '%U'", vm_tname(o), name);
}

Val vm_generic_getattr(Val o, Val name)
{
    if (!vm_is_str(name))
        return vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
    Type *t = vm_typeof(o);
    Val descr = vm_type_lookup(t, name);
    Type *dt = NULL;
    if (descr) {
        dt = vm_typeof(descr);
        if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, o, obj_val(t));
    }
    Val d = vm_obj_dict(o, false);
    if (d) {
        Val v = vm_dict_get(d, name);
        if (v) return v;
        if (vm_err_occurred()) return NULL;
    }
    if (descr) {
        if (dt->descr_get) return dt->descr_get(descr, o, obj_val(t));
        return descr;
    }
    return no_attr(o, name);
}

int vm_generic_setattr(Val o, Val name, Val value)
{
    if (!vm_is_str(name)) {
        vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
        return -1;
    }
    Type *t = vm_typeof(o);
    Val descr = vm_type_lookup(t, name);
    if (descr) {
        Type *dt = vm_typeof(descr);
        if (dt->descr_set) return dt->descr_set(descr, o, value);
    }
    Val d = vm_obj_dict(o, true);
    if (!d) {
        if (vm_err_occurred()) return -1;
        if (descr)
            vm_err_fmt(&vm_exc_AttributeError, "'%s' object attribute '%U' is read-only", vm_tname(o), name);
        else
            vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '%U'", vm_tname(o), name);
        return -1;
    }
    if (value) return vm_dict_set(d, name, value);
    int r = vm_dict_pop_opt(d, name, NULL);
    if (r == 0) {
        no_attr(o, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

/* ---- object ---- */

static int excess_args(size_t nargs, Val kwnames) { return nargs || (kwnames && vm_tuple_len(kwnames)); }

static Type *first_builtin(Type *t)
{
    while (t->flags & VM_TF_HEAPTYPE) t = t->tbase;
    return t;
}

static Val object_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    Type *fb = first_builtin(t);
    if (fb != &vm_type_object && fb->new_ != object_new)
        return vm_err_fmt(&vm_exc_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, t->name);
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new && t->new_) {
            return vm_err_str(&vm_exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if (!t->init || t->init == vm_type_object.init)
            return vm_err_fmt(&vm_exc_TypeError, "%U() takes no arguments", t->name_obj);
    }
    if (t->flags & VM_TF_ABSTRACT) {
        Val am = vm_type_lookup_cstr(t, "__abstractmethods__");
        if (am) {
            Val l = vm_list_from_iter(am);
            if (!l || vm_list_sort(l, NULL, false) < 0) return NULL;
            Val j = vm_str_join(vm_str_cstr(", "), l);
            if (!j) return NULL;
            size_t n = vm_list_len(l);
            return vm_err_fmt(&vm_exc_TypeError,
                              "Can't instantiate abstract class %U with abstract method%s %U", t->name_obj,
                              n > 1 ? "s" : "", j);
        }
    }
    return vm_alloc_instance(t);
}

static int object_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_typeof(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init) {
            vm_err_str(&vm_exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == vm_type_object.new_) {
            vm_err_fmt(&vm_exc_TypeError, "%U.__init__() takes exactly one argument (the instance to initialize)",
                       t->name_obj);
            return -1;
        }
    }
    return 0;
}

static Val type_module_name(Type *t);

static Val object_repr(Val self)
{
    Type *t = vm_typeof(self);
    Val mod = type_module_name(t);
    if (!mod) return NULL;
    if (vm_is_str(mod) && !vm_str_eq_cstr(mod, "builtins"))
        return vm_str_fmt("<%U.%U object at %p>", mod, t->qualname, (void *)val_obj(self));
    return vm_str_fmt("<%U object at %p>", t->qualname, (void *)val_obj(self));
}

static Val object_str(Val self)
{
    vm_unaryfunc r = vm_typeof(self)->repr;
    return r ? r(self) : object_repr(self);
}

/* CPython's _Py_HashPointer: the address rotated by 4 bits. */
static int64_t object_hash(Val self)
{
    uint64_t y = (uint64_t)(uintptr_t)val_obj(self);
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

static Val object_richcmp(Val a, Val b, int op)
{
    if (op == VM_EQ) return a == b ? VM_True : VM_NotImplemented;
    if (op == VM_NE) {
        /* By default, != is the inverse of == (unless == is NotImplemented). */
        Type *t = vm_typeof(a);
        if (!t->richcmp) return VM_NotImplemented;
        Val r = t->richcmp(a, b, VM_EQ);
        if (!r || r == VM_NotImplemented) return r;
        int tr = vm_truthy(r);
        if (tr < 0) return NULL;
        return vm_bool(!tr);
    }
    return VM_NotImplemented;
}

static Val object_get_class(Val self) { return obj_val(vm_typeof(self)); }
static int object_set_class(Val self, Val v)
{
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!vm_is_typeobj(v)) {
        vm_err_fmt(&vm_exc_TypeError, "__class__ must be set to a class, not '%s' object", vm_tname(v));
        return -1;
    }
    Type *nt = vm_as_type(v), *ot = vm_typeof(self);
    if (!(nt->flags & VM_TF_HEAPTYPE) || !(ot->flags & VM_TF_HEAPTYPE)) {
        vm_err_str(&vm_exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (nt->basicsize != ot->basicsize ||
        nt->dict_offset != ot->dict_offset) {
        vm_err_fmt(&vm_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                   ot->name);
        return -1;
    }
    val_obj(self)->type = nt;
    return 0;
}

static Val object_get_dict(Val self)
{
    Val d = vm_obj_dict(self, true);
    if (!d && !vm_err_occurred())
        return vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '__dict__'", vm_tname(self));
    return d;
}
static int object_set_dict(Val self, Val v)
{
    Type *t = vm_typeof(self);
    if (!t->dict_offset) {
        vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '__dict__'", vm_tname(self));
        return -1;
    }
    /* del o.__dict__ empties the slot: a fresh dict is made on next use
     * (the slot starts empty, as in CPython). */
    if (v && !vm_is_dict(v)) {
        vm_err_fmt(&vm_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", vm_tname(v));
        return -1;
    }
    *vm_obj_field(self, t->dict_offset) = v;
    return 0;
}

static Val object_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__format__", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "__format__() argument must be str, not %s", vm_tname(args[0]));
    if (vm_str_len(args[0]) > 0)
        return vm_err_fmt(&vm_exc_TypeError, "unsupported format string passed to %s.__format__", vm_tname(self));
    return vm_str(self);
}

static Val object_dir(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val result = vm_dict_new();
    if (!result) return NULL;
    Val d = vm_obj_dict(self, false);
    if (d && vm_dict_update(result, d) < 0) return NULL;
    Val mro = vm_typeof(self)->mro;
    for (size_t i = 0; i < vm_tuple_len(mro); i++)
        if (vm_dict_update(result, vm_as_type(vm_tuple_get(mro, i))->dict) < 0) return NULL;
    return vm_dict_keys_list(result);
}

static Val object_sizeof(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_int_from_u64(vm_typeof(self)->basicsize);
}

static Val object_init_subclass(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (nargs || (kwnames && vm_tuple_len(kwnames))) {
        Type *t = vm_as_type(self);
        return vm_err_fmt(&vm_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments", t->name_obj);
    }
    return VM_None;
}

static Val object_subclasshook(Val self, Val *args, size_t nargs, Val kwnames) { return VM_NotImplemented; }

/* ---- pickling: __reduce_ex__, __reduce__, __getstate__ (typeobject.c) ---- */

static Val object_getstate(Val self, Val *args, size_t nargs, Val kwnames);

/* An int argument converted as Argument Clinic's 'int' converter does. */
bool vm_arg_c_int(Val v, int64_t *out)
{
    Val i = vm_index(v);
    if (i == NULL) return false;
    if (vm_int_as_i64(i, out) < 0 || *out > INT32_MAX || *out < INT32_MIN) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

/* type(o).name bound to o (CPython's _PyObject_LookupSpecial); NULL without
 * an exception when absent. */
static Val lookup_special(Val o, const char *name)
{
    Type *t = vm_typeof(o);
    Val f = vm_type_lookup_cstr(t, name);
    if (f == NULL) return NULL;
    Type *ft = vm_typeof(f);
    if (ft->descr_get != NULL) return ft->descr_get(f, o, obj_val(t));
    return f;
}

/* The arguments for cls.__new__ from __getnewargs_ex__ / __getnewargs__:
 * *args NULL when the object has neither. */
static int get_new_arguments(Val obj, Val *args, Val *kwargs)
{
    *args = *kwargs = NULL;
    Val gx = lookup_special(obj, "__getnewargs_ex__");
    if (gx != NULL) {
        Val r = vm_call0(gx);
        if (r == NULL) return -1;
        if (!vm_is_tuple(r)) {
            vm_err_fmt(&vm_exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", vm_tname(r));
            return -1;
        }
        if (vm_tuple_len(r) != 2) {
            vm_err_fmt(&vm_exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zu",
                       vm_tuple_len(r));
            return -1;
        }
        Val a = vm_tuple_get(r, 0), k = vm_tuple_get(r, 1);
        if (!vm_is_tuple(a)) {
            vm_err_fmt(&vm_exc_TypeError,
                       "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                       vm_tname(a));
            return -1;
        }
        if (!vm_is_dict(k)) {
            vm_err_fmt(&vm_exc_TypeError,
                       "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                       vm_tname(k));
            return -1;
        }
        *args = a;
        *kwargs = k;
        return 0;
    }
    if (vm_err_occurred()) return -1;
    Val g = lookup_special(obj, "__getnewargs__");
    if (g != NULL) {
        Val r = vm_call0(g);
        if (r == NULL) return -1;
        if (!vm_is_tuple(r)) {
            vm_err_fmt(&vm_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", vm_tname(r));
            return -1;
        }
        *args = r;
        return 0;
    }
    return vm_err_occurred() ? -1 : 0;
}

/* The slot names of t: its cached __slotnames__, else copyreg._slotnames(t)
 * (which caches them).  A list or None. */
static Val type_slot_names(Type *t)
{
    Val names = vm_dict_get_cstr(t->dict, "__slotnames__");
    if (names != NULL) {
        if (names != VM_None && !vm_is_list(names))
            return vm_err_fmt(&vm_exc_TypeError, "%s.__slotnames__ should be a list or None, not %s", t->name,
                              vm_tname(names));
        return names;
    }
    if (vm_err_occurred()) return NULL;
    Val copyreg = vm_import_module("copyreg");
    if (copyreg == NULL) return NULL;
    Val cls = obj_val(t);
    names = vm_call_method(copyreg, "_slotnames", &cls, 1);
    if (names == NULL) return NULL;
    if (names != VM_None && !vm_is_list(names))
        return vm_err_str(&vm_exc_TypeError, "copyreg._slotnames didn't return a list or None");
    return names;
}

/* CPython's variable-size built-in types (tp_itemsize != 0) that Python
 * code can reach here: their instances cannot be recreated from state. */
static bool is_var_sized(Type *t)
{
    Type *fb = first_builtin(t);
    return (fb->flags & (VM_TF_INT_SUBCLASS | VM_TF_TUPLE_SUBCLASS | VM_TF_BYTES_SUBCLASS | VM_TF_TYPE_SUBCLASS)) ||
           fb == &vm_type_memoryview || fb == &vm_type_code;
}

/* Instances whose solid base is a built-in type with its own C fields (not
 * object, a dict slot, or a singleton type) carry state __getstate__ cannot
 * see: CPython refuses them when the state is required. */
static bool has_hidden_state(Type *t)
{
    Type *fb = first_builtin(t);
    size_t plain = sizeof(Obj) + (fb->dict_offset ? sizeof(Val) : 0);
    return fb->basicsize > plain;
}

/* object.__getstate__ without an override (CPython's
 * object_getstate_default): the instance dict or None, paired with a dict
 * of the set __slots__ when there are any. */
static Val getstate_default(Val obj, bool required)
{
    Type *t = vm_typeof(obj);
    if (required && is_var_sized(t)) return vm_err_fmt(&vm_exc_TypeError, "cannot pickle %s objects", t->name);
    Val d = vm_obj_dict(obj, false);
    Val state = d != NULL && vm_dict_len(d) > 0 ? d : VM_None;
    Val names = type_slot_names(t);
    if (names == NULL) return NULL;
    if (required && has_hidden_state(t)) return vm_err_fmt(&vm_exc_TypeError, "cannot pickle '%s' object", t->name);
    if (names == VM_None || vm_list_len(names) == 0) return state;
    Val slots = vm_dict_new();
    if (slots == NULL) return NULL;
    size_t n = vm_list_len(names);
    for (size_t i = 0; i < vm_list_len(names); i++) {
        Val name = vm_list_get(names, i);
        Val v = vm_getattr_opt(obj, name);
        if (v == NULL && vm_err_occurred()) return NULL;
        if (v != NULL && vm_dict_set(slots, name, v) < 0) return NULL;
        if (vm_list_len(names) != n)
            return vm_err_str(&vm_exc_RuntimeError, "__slotsname__ changed size during iteration");
    }
    if (vm_dict_len(slots) == 0) return state;
    return vm_tuple_pack(2, state, slots);
}

/* obj.__getstate__(), with `required` passed on when it is object's. */
static Val getstate_of(Val obj, bool required)
{
    Val g = vm_getattr(obj, vm_intern_cstr("__getstate__"));
    if (g == NULL) return NULL;
    if (vm_is_type(g, &vm_type_builtin)) {
        BuiltinObj *b = (BuiltinObj *)(void *)val_obj(g);
        if (b->self == obj && b->def->fn == object_getstate) return getstate_default(obj, required);
    }
    return vm_call0(g);
}

/* Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), or __newobj_ex__ with (cls, args, kwargs). */
static Val reduce_newobj(Val obj)
{
    Type *t = vm_typeof(obj);
    if (t->new_ == NULL || t->new_ == vm_new_not_allowed)
        return vm_err_fmt(&vm_exc_TypeError, "cannot pickle '%s' object", t->name);
    Val args, kwargs;
    if (get_new_arguments(obj, &args, &kwargs) < 0) return NULL;
    Val copyreg = vm_import_module("copyreg");
    if (copyreg == NULL) return NULL;
    bool hasargs = args != NULL;
    Val newobj, newargs;
    if (kwargs == NULL || vm_dict_len(kwargs) == 0) {
        newobj = vm_getattr_cstr(copyreg, "__newobj__");
        if (newobj == NULL) return NULL;
        size_t n = args != NULL ? vm_tuple_len(args) : 0;
        newargs = vm_tuple_new(n + 1);
        if (newargs == NULL) return NULL;
        vm_tuple_set(newargs, 0, obj_val(t));
        for (size_t i = 0; i < n; i++) vm_tuple_set(newargs, i + 1, vm_tuple_get(args, i));
    } else {
        newobj = vm_getattr_cstr(copyreg, "__newobj_ex__");
        if (newobj == NULL) return NULL;
        newargs = vm_tuple_pack(3, obj_val(t), args, kwargs);
        if (newargs == NULL) return NULL;
    }
    Val state = getstate_of(obj, !(hasargs || vm_is_list(obj) || vm_is_dict(obj)));
    if (state == NULL) return NULL;
    Val listitems = VM_None, dictitems = VM_None;
    if (vm_is_list(obj)) {
        listitems = vm_iter(obj);
        if (listitems == NULL) return NULL;
    }
    if (vm_is_dict(obj)) {
        Val items = vm_call_method(obj, "items", NULL, 0);
        dictitems = items != NULL ? vm_iter(items) : NULL;
        if (dictitems == NULL) return NULL;
    }
    return vm_tuple_pack(5, newobj, newargs, state, listitems, dictitems);
}

/* Protocols 0 and 1 go through copyreg._reduce_ex. */
static Val common_reduce(Val self, int64_t proto)
{
    if (proto >= 2) return reduce_newobj(self);
    Val copyreg = vm_import_module("copyreg");
    if (copyreg == NULL) return NULL;
    Val a[2] = {self, vm_int_from_i64(proto)};
    return vm_call_method(copyreg, "_reduce_ex", a, 2);
}

static Val object_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("object.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    return common_reduce(self, 0);
}

/* A class that overrides __reduce__ is reduced by it; otherwise the
 * protocol's default reduction. */
static Val object_reduce_ex(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("object.__reduce_ex__", nargs, kwnames, 1, 1)) return NULL;
    int64_t proto;
    if (!vm_arg_c_int(args[0], &proto)) return NULL;
    Val name = vm_intern_cstr("__reduce__");
    Val reduce = vm_getattr_opt(self, name);
    if (reduce == NULL && vm_err_occurred()) return NULL;
    if (reduce != NULL) {
        Val clsreduce = vm_getattr(obj_val(vm_typeof(self)), name);
        if (clsreduce == NULL) return NULL;
        Val objreduce = vm_dict_get(vm_type_object.dict, name);
        if (clsreduce != objreduce) return vm_call0(reduce);
    }
    return common_reduce(self, proto);
}

static Val object_getstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("object.__getstate__", nargs, kwnames, 0, 0)) return NULL;
    return getstate_default(self, false);
}

static const vm_methoddef object_methods[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__init_subclass__", object_init_subclass, VM_METH_CLASS, NULL},
    {"__subclasshook__", object_subclasshook, VM_METH_CLASS, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

/* Heap types with an instance dict get this __dict__ descriptor. */
static const vm_getsetdef instance_dict_getset = {"__dict__", object_get_dict, object_set_dict};

Type vm_type_object = {
    .base = {&vm_type_type},
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = VM_TF_BASETYPE,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcmp = object_richcmp,
    .getattr = vm_generic_getattr,
    .setattr = vm_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
           "featureless\ninstance that has no instance attributes and cannot be given any.\n",
};

/* ---- type ---- */

static Val type_module_name(Type *t)
{
    if (t->flags & VM_TF_HEAPTYPE) {
        Val m = vm_dict_get_cstr(t->dict, "__module__");
        if (m) return m;
        if (vm_err_occurred()) return NULL;
        return vm_intern_cstr("builtins");
    }
    return t->module ? t->module : vm_intern_cstr("builtins");
}

static Val type_repr(Val self)
{
    Type *t = vm_as_type(self);
    Val mod = type_module_name(t);
    if (!mod) return NULL;
    if (vm_is_str(mod) && !vm_str_eq_cstr(mod, "builtins"))
        return vm_str_fmt("<class '%U.%U'>", mod, t->qualname);
    return vm_str_fmt("<class '%U'>", t->qualname);
}

static Val type_call(Val self, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_as_type(self);
    if (t == &vm_type_type && nargs == 1 && (!kwnames || vm_tuple_len(kwnames) == 0))
        return obj_val(vm_typeof(args[0]));
    if (!t->new_) return vm_err_fmt(&vm_exc_TypeError, "cannot create '%s' instances", t->name);
    Val obj = t->new_(t, args, nargs, kwnames);
    if (!obj) return NULL;
    if (!vm_isinstance_t(obj, t)) return obj;
    Type *ot = vm_typeof(obj);
    if (ot->init) {
        if (ot->init(obj, args, nargs, kwnames) < 0) return NULL;
    }
    return obj;
}

/* type(name, bases, dict, **kw) */
static Val type_new(Type *meta, Val *args, size_t nargs, Val kwnames)
{
    if (nargs == 1 && meta == &vm_type_type && (!kwnames || !vm_tuple_len(kwnames)))
        return obj_val(vm_typeof(args[0]));
    if (nargs != 3) return vm_err_str(&vm_exc_TypeError, "type() takes 1 or 3 arguments");
    /* The most derived metaclass wins. */
    Type *winner = meta;
    Val bases = args[1];
    if (vm_is_tuple(bases)) {
        for (size_t i = 0; i < vm_tuple_len(bases); i++) {
            Type *bm = vm_typeof(vm_tuple_get(bases, i));
            if (vm_is_subtype(winner, bm)) continue;
            if (vm_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            return vm_err_str(&vm_exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
        }
    }
    if (winner != meta && winner->new_ != type_new) return winner->new_(winner, args, nargs, kwnames);
    Val kw = NULL;
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    if (nkw) {
        kw = vm_dict_new();
        if (!kw) return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (vm_dict_set(kw, vm_tuple_get(kwnames, i), args[nargs + i]) < 0) return NULL;
    }
    return vm_type_new_class(winner, args[0], args[1], args[2], kw);
}

static int type_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (nargs != 1 && nargs != 3) {
        vm_err_str(&vm_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* Attribute lookup on a type: the metatype's data descriptors, then the
 * type's own MRO (binding descriptors with obj=NULL), then the metatype's
 * other attributes. */
static Val type_getattr(Val self, Val name)
{
    if (!vm_is_str(name))
        return vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
    Type *t = vm_as_type(self);
    Type *meta = vm_typeof(self);
    Val md = vm_type_lookup(meta, name);
    Type *mdt = md ? vm_typeof(md) : NULL;
    if (md && mdt->descr_get && mdt->descr_set) return mdt->descr_get(md, self, obj_val(meta));
    Val a = vm_type_lookup(t, name);
    if (a) {
        Type *at = vm_typeof(a);
        if (at->descr_get) return at->descr_get(a, NULL, self);
        return a;
    }
    if (md) {
        if (mdt->descr_get) return mdt->descr_get(md, self, obj_val(meta));
        return md;
    }
    return no_attr(self, name);
}

static int type_setattr(Val self, Val name, Val value)
{
    Type *t = vm_as_type(self);
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        if (!vm_is_str(name)) {
            vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
            return -1;
        }
        vm_err_fmt(&vm_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Type *meta = vm_typeof(self);
    Val md = vm_type_lookup(meta, name);
    if (md && vm_typeof(md)->descr_set) return vm_typeof(md)->descr_set(md, self, value);
    if (value) {
        if (vm_dict_set(t->dict, name, value) < 0) return -1;
    } else {
        int r = vm_dict_pop_opt(t->dict, name, NULL);
        if (r < 0) return -1;
        if (r == 0) {
            vm_err_fmt(&vm_exc_AttributeError, "type object '%U' has no attribute '%U'", t->name_obj, name);
            return -1;
        }
    }
    /* A dunder changed: recompute the slots of t and its subclasses. */
    cr_span s = vm_str_span(name);
    if (s.len > 4 && cr_span_at(s, 0) == '_' && cr_span_at(s, 1) == '_') {
        Val stack = vm_list_from(&self, 1);
        if (!stack) return -1;
        while (vm_list_len(stack)) {
            Val cur = vm_list_get(stack, vm_list_len(stack) - 1);
            cr_vals_remove(&vm_list_obj(stack)->v, vm_list_len(stack) - 1);
            Type *ct = vm_as_type(cur);
            vm_type_update_slots(ct);
            Val hv = vm_type_lookup_cstr(ct, "__hash__");
            if (hv == VM_None) ct->hash = NULL;
            if (ct->subclasses && vm_list_extend(stack, ct->subclasses) < 0) return -1;
        }
    }
    t->version++;
    vm_type_epoch++;
    return 0;
}

/* CPython's check_set_special_type_attr: static types and deletion refuse. */
static int type_special_attr_ok(Type *t, Val v, const char *attr)
{
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
        return 0;
    }
    if (!v) {
        vm_err_fmt(&vm_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return 0;
    }
    return 1;
}

static Val type_get_name(Val self) { return vm_as_type(self)->name_obj; }
static int type_set_name(Val self, Val v)
{
    Type *t = vm_as_type(self);
    if (!type_special_attr_ok(t, v, "__name__")) return -1;
    if (!v || !vm_is_str(v)) {
        vm_err_fmt(&vm_exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                   v ? vm_tname(v) : "NULL");
        return -1;
    }
    if (cr_span_find_byte(vm_str_span(v), 0, 0) >= 0) {
        vm_err_str(&vm_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    t->name_obj = v;
    t->name = vm_str_cstr_of(v);
    return 0;
}
static Val type_get_qualname(Val self) { return vm_as_type(self)->qualname; }
static int type_set_qualname(Val self, Val v)
{
    Type *t = vm_as_type(self);
    if (!type_special_attr_ok(t, v, "__qualname__")) return -1;
    if (!v || !vm_is_str(v)) {
        vm_err_fmt(&vm_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                   v ? vm_tname(v) : "NULL");
        return -1;
    }
    t->qualname = v;
    return 0;
}
static Val type_get_module(Val self) { return type_module_name(vm_as_type(self)); }
static int type_set_module(Val self, Val v)
{
    Type *t = vm_as_type(self);
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return vm_dict_set_cstr(t->dict, "__module__", v ? v : VM_None);
}
static Val type_get_bases(Val self) { return vm_as_type(self)->bases; }
static int type_set_bases(Val self, Val v) { return vm_type_set_bases(vm_as_type(self), v); }
static Val type_get_base(Val self)
{
    Type *b = vm_as_type(self)->tbase;
    return b ? obj_val(b) : VM_None;
}
static Val type_get_mro(Val self) { return vm_as_type(self)->mro; }
static Val type_get_dict(Val self)
{
    /* Read-only, so the class's slots stay consistent with its namespace. */
    return vm_mappingproxy_new(vm_as_type(self)->dict);
}
static Val type_get_doc(Val self)
{
    Type *t = vm_as_type(self);
    Val d = vm_dict_get_cstr(t->dict, "__doc__");
    if (!d) return vm_err_occurred() ? NULL : VM_None;
    if (vm_typeof(d)->descr_get) return vm_typeof(d)->descr_get(d, NULL, self);
    return d;
}
static int type_set_doc(Val self, Val v)
{
    Type *t = vm_as_type(self);
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    return vm_dict_set_cstr(t->dict, "__doc__", v ? v : VM_None);
}
/* __annotations__ of a class (3.10+): its own, created empty on first
 * access if the body made none; built-in types have none. */
static Val type_get_annotations(Val self)
{
    Type *t = vm_as_type(self);
    if (!(t->flags & VM_TF_HEAPTYPE))
        return vm_err_fmt(&vm_exc_AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
    Val a = vm_dict_get_cstr(t->dict, "__annotations__");
    if (a) return vm_typeof(a)->descr_get ? vm_typeof(a)->descr_get(a, NULL, self) : a;
    if (vm_err_occurred()) return NULL;
    a = vm_dict_new();
    if (!a || vm_dict_set_cstr(t->dict, "__annotations__", a) < 0) return NULL;
    return a;
}
static int type_set_annotations(Val self, Val v)
{
    Type *t = vm_as_type(self);
    if (!(t->flags & VM_TF_HEAPTYPE)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (v) return vm_dict_set_cstr(t->dict, "__annotations__", v);
    Val key = vm_intern_cstr("__annotations__");
    if (!key) return -1;
    if (vm_dict_del(t->dict, key) < 0) {
        if (!vm_err_matches(&vm_exc_KeyError)) return -1;
        vm_err_clear();
        vm_err_str(&vm_exc_AttributeError, "__annotations__");
        return -1;
    }
    return 0;
}
static Val type_get_abstract(Val self)
{
    Val v = vm_dict_get_cstr(vm_as_type(self)->dict, "__abstractmethods__");
    if (!v && !vm_err_occurred()) return vm_err_str(&vm_exc_AttributeError, "__abstractmethods__");
    return v;
}
static int type_set_abstract(Val self, Val v)
{
    Type *t = vm_as_type(self);
    int truth = v ? vm_truthy(v) : 0;
    if (truth < 0) return -1;
    if (v) {
        if (vm_dict_set_cstr(t->dict, "__abstractmethods__", v) < 0) return -1;
    } else {
        vm_dict_pop_opt(t->dict, vm_intern_cstr("__abstractmethods__"), NULL);
    }
    if (truth) t->flags |= VM_TF_ABSTRACT;
    else t->flags &= ~(uint32_t)VM_TF_ABSTRACT;
    return 0;
}

/* type.__flags__: CPython's Py_TPFLAGS_* bits, derived from what Pyclave
 * knows of the type (the bits Python code tests: HEAPTYPE, BASETYPE,
 * IS_ABSTRACT, HAVE_GC, the fast subclass bits, SEQUENCE/MAPPING). */
enum {
    TPF_MANAGED_DICT = 1u << 4, TPF_SEQUENCE = 1u << 5, TPF_MAPPING = 1u << 6,
    TPF_DISALLOW_INSTANTIATION = 1u << 7, TPF_IMMUTABLETYPE = 1u << 8, TPF_HEAPTYPE = 1u << 9,
    TPF_BASETYPE = 1u << 10, TPF_READY = 1u << 12, TPF_HAVE_GC = 1u << 14, TPF_IS_ABSTRACT = 1u << 20,
    TPF_MATCH_SELF = 1u << 22,
};

/* Static types CPython does not track in its cycle GC. */
static bool static_type_without_gc(Type *t)
{
    static const char *const names[] = {"code", "bool", "int", "complex", "float", "str", "bytes", "bytearray",
                                        "range", "range_iterator", "longrange_iterator", "NoneType",
                                        "NotImplementedType", "ellipsis", "object"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (vm_str_eq_cstr(t->name_obj, names[i])) return true;
    return false;
}

/* SEQUENCE / MAPPING of a static type. */
static uint32_t static_collection_flags(Type *t)
{
    if (t == &vm_type_list || t == &vm_type_tuple || t == &vm_type_range || t == &vm_type_memoryview)
        return TPF_SEQUENCE;
    if (t == &vm_type_dict) return TPF_MAPPING;
    if (vm_str_eq_cstr(t->name_obj, "mappingproxy")) return TPF_MAPPING;
    if (vm_str_eq_cstr(t->name_obj, "deque") || vm_str_eq_cstr(t->name_obj, "array")) return TPF_SEQUENCE;
    return 0;
}

/* The first SEQUENCE / MAPPING bits along the MRO (collections.abc's
 * Sequence and Mapping declare theirs with __abc_tpflags__). */
static uint32_t collection_flags(Type *t)
{
    Val mro = t->mro;
    size_t n = mro != NULL ? vm_tuple_len(mro) : 0;
    for (size_t i = 0; i < n; i++) {
        Type *b = vm_as_type(vm_tuple_get(mro, i));
        uint32_t f = 0;
        if (b->flags & VM_TF_HEAPTYPE) {
            Val v = vm_dict_get_cstr(b->dict, "__abc_tpflags__");
            int64_t x;
            if (v == NULL) vm_err_clear();
            else if (val_is_small(v) && (x = val_small(v)) >= 0) f = (uint32_t)x & (TPF_SEQUENCE | TPF_MAPPING);
        } else {
            f = static_collection_flags(b);
        }
        if (f) return f;
    }
    return 0;
}

static bool is_match_self(Type *fb)
{
    Type *const ts[] = {&vm_type_bool, &vm_type_bytearray, &vm_type_bytes, &vm_type_dict, &vm_type_float,
                        &vm_type_frozenset, &vm_type_int, &vm_type_list, &vm_type_set, &vm_type_str,
                        &vm_type_tuple};
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (vm_is_subtype(fb, ts[i])) return true;
    return false;
}

static Val type_get_flags(Val self)
{
    Type *t = vm_as_type(self);
    Type *fb = first_builtin(t);
    uint32_t f = TPF_READY | collection_flags(t);
    if (t->flags & VM_TF_HEAPTYPE) {
        f |= TPF_HEAPTYPE | TPF_HAVE_GC;
        if ((t->flags & VM_TF_HAS_DICT) && !(fb->flags & VM_TF_HAS_DICT) && !is_var_sized(t)) f |= TPF_MANAGED_DICT;
    } else {
        f |= TPF_IMMUTABLETYPE;
        if (!static_type_without_gc(t)) f |= TPF_HAVE_GC;
        if (t->new_ == NULL || t->new_ == vm_new_not_allowed) f |= TPF_DISALLOW_INSTANTIATION;
    }
    if (t->flags & VM_TF_BASETYPE) f |= TPF_BASETYPE;
    if (t->flags & VM_TF_ABSTRACT) f |= TPF_IS_ABSTRACT;
    if (is_match_self(fb)) f |= TPF_MATCH_SELF;
    static const struct {
        uint32_t vm, tp;
    } sub[] = {
        {VM_TF_INT_SUBCLASS, 1u << 24},  {VM_TF_LIST_SUBCLASS, 1u << 25}, {VM_TF_TUPLE_SUBCLASS, 1u << 26},
        {VM_TF_BYTES_SUBCLASS, 1u << 27}, {VM_TF_STR_SUBCLASS, 1u << 28}, {VM_TF_DICT_SUBCLASS, 1u << 29},
        {VM_TF_EXC_SUBCLASS, 1u << 30},  {VM_TF_TYPE_SUBCLASS, 1u << 31},
    };
    for (size_t i = 0; i < sizeof sub / sizeof sub[0]; i++)
        if (t->flags & sub[i].vm) f |= sub[i].tp;
    return vm_int_from_u64(f);
}

static Val type_mro_method(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_list_from_iter(vm_as_type(self)->mro);
}

static Val type_subclasses(Val self, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_as_type(self);
    return t->subclasses ? vm_list_from_iter(t->subclasses) : vm_list_new(0);
}

static Val type_instancecheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__instancecheck__", nargs, kwnames, 1, 1)) return NULL;
    Val o = args[0];
    if (vm_isinstance_t(o, vm_as_type(self))) return VM_True;
    Val cls = vm_getattr_opt(o, vm_intern_cstr("__class__"));
    if (!cls) return vm_err_occurred() ? NULL : VM_False;
    return vm_bool(vm_is_typeobj(cls) && vm_is_subtype(vm_as_type(cls), vm_as_type(self)));
}

static Val type_subclasscheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__subclasscheck__", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_typeobj(args[0])) return vm_err_str(&vm_exc_TypeError, "issubclass() arg 1 must be a class");
    return vm_bool(vm_is_subtype(vm_as_type(args[0]), vm_as_type(self)));
}

static Val type_prepare(Val self, Val *args, size_t nargs, Val kwnames) { return vm_dict_new(); }

static Val type_dir(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val result = vm_dict_new();
    if (!result) return NULL;
    Val mro = vm_as_type(self)->mro;
    for (size_t i = 0; i < vm_tuple_len(mro); i++)
        if (vm_dict_update(result, vm_as_type(vm_tuple_get(mro, i))->dict) < 0) return NULL;
    return vm_dict_keys_list(result);
}

static Val type_sizeof(Val self, Val *args, size_t nargs, Val kwnames) { return vm_int_from_u64(sizeof(Type)); }

static const vm_methoddef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, NULL},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, VM_METH_CLASS, NULL},
    {"__dir__", type_dir, 0, NULL},
    {"__sizeof__", type_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* type.__itemsize__: CPython's tp_itemsize on x86-64 (the variable-size
 * types: int digits, bytes, tuple items, type's slots, memoryview's
 * shape/strides), inherited by subclasses. */
static Val type_get_itemsize(Val self)
{
    Type *t = vm_as_type(self);
    int64_t n = 0;
    if (t->flags & VM_TF_INT_SUBCLASS) n = 4;
    else if (t->flags & VM_TF_BYTES_SUBCLASS) n = 1;
    else if (t->flags & (VM_TF_TUPLE_SUBCLASS | VM_TF_TYPE_SUBCLASS)) n = t->flags & VM_TF_TUPLE_SUBCLASS ? 8 : 40;
    else if (vm_is_subtype(t, &vm_type_memoryview)) n = 8;
    return vm_int_from_i64(n);
}

/* __base__, __mro__ and __flags__ are read-only members in CPython. */
static int type_set_readonly(Val self, Val v)
{
    vm_err_str(&vm_exc_AttributeError, "readonly attribute");
    return -1;
}

static const vm_getsetdef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, type_set_readonly},
    {"__mro__", type_get_mro, type_set_readonly},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {"__flags__", type_get_flags, type_set_readonly},
    {"__itemsize__", type_get_itemsize, type_set_readonly},
    {NULL, NULL, NULL},
};

Type vm_type_type = {
    .base = {&vm_type_type},
    .name = "type",
    .basicsize = sizeof(Type),
    .flags = VM_TF_BASETYPE | VM_TF_TYPE_SUBCLASS,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getsets = type_getsets,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Val none_repr(Val self) { return vm_str_cstr("None"); }
static int none_truth(Val self) { return 0; }
static const vm_numberslots none_num = {.truth = none_truth};
static Val none_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (excess_args(nargs, kwnames)) return vm_err_str(&vm_exc_TypeError, "NoneType takes no arguments");
    return VM_None;
}
static int64_t const_hash(Val self) { return object_hash(self); }
Type vm_type_none = {.base = {&vm_type_type}, .name = "NoneType", .basicsize = sizeof(Obj), .repr = none_repr,
                     .num = &none_num, .new_ = none_new, .hash = const_hash};

static Val notimpl_repr(Val self) { return vm_str_cstr("NotImplemented"); }
static Val notimpl_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (excess_args(nargs, kwnames)) return vm_err_str(&vm_exc_TypeError, "NotImplementedType takes no arguments");
    return VM_NotImplemented;
}
static Val notimpl_reduce(Val self, Val *args, size_t nargs, Val kwnames) { return vm_str_cstr("NotImplemented"); }
static const vm_methoddef notimpl_methods[] = {{"__reduce__", notimpl_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};
Type vm_type_notimpl = {.base = {&vm_type_type}, .name = "NotImplementedType", .basicsize = sizeof(Obj),
                        .repr = notimpl_repr, .new_ = notimpl_new, .methods = notimpl_methods,
                        .hash = const_hash};

static Val ellipsis_repr(Val self) { return vm_str_cstr("Ellipsis"); }
static Val ellipsis_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (excess_args(nargs, kwnames)) return vm_err_str(&vm_exc_TypeError, "ellipsis takes no arguments");
    return VM_Ellipsis;
}
static Val ellipsis_reduce(Val self, Val *args, size_t nargs, Val kwnames) { return vm_str_cstr("Ellipsis"); }
static const vm_methoddef ellipsis_methods[] = {{"__reduce__", ellipsis_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};
Type vm_type_ellipsis = {.base = {&vm_type_type}, .name = "ellipsis", .basicsize = sizeof(Obj),
                         .repr = ellipsis_repr, .new_ = ellipsis_new, .methods = ellipsis_methods,
                         .hash = const_hash};

Obj vm_none_obj = {&vm_type_none};
Obj vm_notimpl_obj = {&vm_type_notimpl};
Obj vm_ellipsis_obj = {&vm_type_ellipsis};

/* ---- slot wrappers: int.__add__, object.__init__, ... ---- */

typedef struct {
    Obj base;
    Type *owner;
    int slot;
} WrapperObj;

static Val wrapper_repr(Val self)
{
    WrapperObj *w = (WrapperObj *)(void *)val_obj(self);
    return vm_str_fmt("<slot wrapper '%s' of '%s' objects>", vm_slot_names[w->slot], w->owner->name);
}

static Val call_slot(Type *t, int s, Val self, Val *args, size_t nargs, Val kwnames, const char *name);

static Val wrapper_call(Val self, Val *args, size_t nargs, Val kwnames)
{
    WrapperObj *w = (WrapperObj *)(void *)val_obj(self);
    const char *name = vm_slot_names[w->slot];
    if (nargs < 1)
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", name, w->owner->name);
    Val obj = args[0];
    if (!vm_isinstance_t(obj, w->owner))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name,
                          w->owner->name, vm_tname(obj));
    return call_slot(w->owner, w->slot, obj, args + 1, nargs - 1, kwnames, name); /* boundary: nargs >= 1 */
}

static Val wrapper_get(Val self, Val obj, Val type)
{
    if (!obj) return self;
    WrapperObj *w = (WrapperObj *)(void *)val_obj(self);
    if (!vm_isinstance_t(obj, w->owner))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          vm_slot_names[w->slot], w->owner->name, vm_tname(obj));
    return vm_method_wrapper_new(self, obj);
}

static Val wrapper_get_name(Val self) { return vm_str_cstr(vm_slot_names[((WrapperObj *)(void *)val_obj(self))->slot]); }
static Val wrapper_get_objclass(Val self) { return obj_val(((WrapperObj *)(void *)val_obj(self))->owner); }
static Val wrapper_get_qualname(Val self)
{
    WrapperObj *w = (WrapperObj *)(void *)val_obj(self);
    return vm_str_fmt("%s.%s", w->owner->name, vm_slot_names[w->slot]);
}
static const vm_getsetdef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__qualname__", wrapper_get_qualname, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};

/* getattr(owner, name), as CPython pickles slot wrappers (int.__add__). */
static Val wrapper_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("wrapper_descriptor.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    Val getattr_fn = vm->builtins != NULL ? vm_dict_get_cstr(vm->builtins, "getattr") : NULL;
    if (getattr_fn == NULL) return vm_err_occurred() ? NULL : vm_err_str(&vm_exc_AttributeError, "getattr");
    Val name = wrapper_get_name(self);
    Val a = name ? vm_tuple_pack(2, wrapper_get_objclass(self), name) : NULL;
    return a ? vm_tuple_pack(2, getattr_fn, a) : NULL;
}
static const vm_methoddef wrapper_methods[] = {{"__reduce__", wrapper_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};

Type vm_type_wrapper_descr = {.base = {&vm_type_type}, .name = "wrapper_descriptor", .basicsize = sizeof(WrapperObj),
                              .repr = wrapper_repr, .call = wrapper_call, .descr_get = wrapper_get,
                              .getsets = wrapper_getsets, .methods = wrapper_methods};

Val vm_slot_wrapper_new(Type *owner, int slot)
{
    WrapperObj *w = vm_alloc_obj(&vm_type_wrapper_descr, sizeof(WrapperObj), CR_SCAN);
    if (!w) return NULL;
    w->owner = owner;
    w->slot = slot;
    return obj_val(w);
}

static bool want_args(const char *name, size_t nargs, Val kwnames, size_t n)
{
    if (kwnames && vm_tuple_len(kwnames)) {
        vm_err_fmt(&vm_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != n) {
        vm_err_fmt(&vm_exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

static Val int_result(int r) { return r < 0 ? NULL : VM_None; }

/* CPython's hackcheck: object.__setattr__(int, ...) must not bypass a
 * built-in type's own setattr (here type's). */
static bool setattr_hackcheck(Val self, int (*func)(Val, Val, Val), const char *what)
{
    for (Type *b = vm_typeof(self); b; b = b->tbase) {
        if (b->setattr == func) return true;
        if (!(b->flags & VM_TF_HEAPTYPE)) {
            vm_err_fmt(&vm_exc_TypeError, "can't apply this %s to %s object", what, vm_tname(self));
            return false;
        }
    }
    return true;
}

/* Every setattro of CPython refuses a name that is not a str. */
static bool attr_name_ok(Val name)
{
    if (vm_is_str(name)) return true;
    vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(name));
    return false;
}

/* Call slot s of type t (not of self's type: t may be a base). */
static Val call_slot(Type *t, int s, Val self, Val *args, size_t nargs, Val kwnames, const char *name)
{
    const vm_numberslots *n = t->num;
    switch (s) {
    case SLOT_REPR: return want_args(name, nargs, kwnames, 0) ? t->repr(self) : NULL;
    case SLOT_STR: return want_args(name, nargs, kwnames, 0) ? t->str(self) : NULL;
    case SLOT_HASH: {
        if (!want_args(name, nargs, kwnames, 0)) return NULL;
        int64_t h = t->hash(self);
        return h == -1 ? NULL : vm_int_from_i64(h);
    }
    case SLOT_LT: case SLOT_LE: case SLOT_EQ: case SLOT_NE: case SLOT_GT: case SLOT_GE:
        return want_args(name, nargs, kwnames, 1) ? t->richcmp(self, args[0], s - SLOT_LT) : NULL;
    case SLOT_GETATTRIBUTE: return want_args(name, nargs, kwnames, 1) ? t->getattr(self, args[0]) : NULL;
    case SLOT_SETATTR:
        if (!setattr_hackcheck(self, t->setattr, "__setattr__")) return NULL;
        if (!want_args(name, nargs, kwnames, 2) || !attr_name_ok(args[0])) return NULL;
        return int_result(t->setattr(self, args[0], args[1]));
    case SLOT_DELATTR:
        if (!setattr_hackcheck(self, t->setattr, "__delattr__")) return NULL;
        if (!want_args(name, nargs, kwnames, 1) || !attr_name_ok(args[0])) return NULL;
        return int_result(t->setattr(self, args[0], NULL));
    case SLOT_CALL: return t->call(self, args, nargs, kwnames);
    case SLOT_ITER: return want_args(name, nargs, kwnames, 0) ? t->iter(self) : NULL;
    case SLOT_NEXT: {
        if (!want_args(name, nargs, kwnames, 0)) return NULL;
        Val r = t->iternext(self);
        if (!r && !vm_err_occurred()) return vm_err_set_val(obj_val(&vm_exc_StopIteration));
        return r;
    }
    case SLOT_GET: {
        if (nargs < 1 || nargs > 2) return vm_err_str(&vm_exc_TypeError, "__get__(None, None) is invalid");
        Val obj = args[0] == VM_None ? NULL : args[0];
        Val type = nargs > 1 && args[1] != VM_None ? args[1] : NULL;
        if (!obj && !type) return vm_err_str(&vm_exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(self, obj, type ? type : obj_val(vm_typeof(obj)));
    }
    case SLOT_SET: return want_args(name, nargs, kwnames, 2) ? int_result(t->descr_set(self, args[0], args[1])) : NULL;
    case SLOT_DELETE: return want_args(name, nargs, kwnames, 1) ? int_result(t->descr_set(self, args[0], NULL)) : NULL;
    case SLOT_INIT: return int_result(t->init(self, args, nargs, kwnames));
    case SLOT_LEN: {
        if (!want_args(name, nargs, kwnames, 0)) return NULL;
        int64_t l = t->len(self);
        return l < 0 ? NULL : vm_int_from_i64(l);
    }
    case SLOT_GETITEM: return want_args(name, nargs, kwnames, 1) ? t->getitem(self, args[0]) : NULL;
    case SLOT_SETITEM:
        return want_args(name, nargs, kwnames, 2) ? int_result(t->setitem(self, args[0], args[1])) : NULL;
    case SLOT_DELITEM: return want_args(name, nargs, kwnames, 1) ? int_result(t->setitem(self, args[0], NULL)) : NULL;
    case SLOT_CONTAINS: {
        if (!want_args(name, nargs, kwnames, 1)) return NULL;
        int r = t->contains(self, args[0]);
        return r < 0 ? NULL : vm_bool(r);
    }
    case SLOT_BOOL: {
        if (!want_args(name, nargs, kwnames, 0)) return NULL;
        int r = n->truth(self);
        return r < 0 ? NULL : vm_bool(r);
    }
    case SLOT_INT: return want_args(name, nargs, kwnames, 0) ? n->to_int(self) : NULL;
    case SLOT_FLOAT: return want_args(name, nargs, kwnames, 0) ? n->to_float(self) : NULL;
    case SLOT_INDEX: return want_args(name, nargs, kwnames, 0) ? n->index(self) : NULL;
    case SLOT_NEG: return want_args(name, nargs, kwnames, 0) ? n->neg(self) : NULL;
    case SLOT_POS: return want_args(name, nargs, kwnames, 0) ? n->pos(self) : NULL;
    case SLOT_ABS: return want_args(name, nargs, kwnames, 0) ? n->abs(self) : NULL;
    case SLOT_INVERT: return want_args(name, nargs, kwnames, 0) ? n->invert(self) : NULL;
    case SLOT_DIVMOD: return want_args(name, nargs, kwnames, 1) ? n->divmod(self, args[0]) : NULL;
    case SLOT_RDIVMOD: return want_args(name, nargs, kwnames, 1) ? n->divmod(args[0], self) : NULL;
    default:
        if (s >= SLOT_IBINOP) {
            if (!want_args(name, nargs, kwnames, 1)) return NULL;
            return n->inplace[s - SLOT_IBINOP](self, args[0]);
        }
        if (s >= SLOT_RBINOP) {
            if (!want_args(name, nargs, kwnames, 1)) return NULL;
            return n->binop[s - SLOT_RBINOP](args[0], self);
        }
        if (s >= SLOT_BINOP) {
            if (s == SLOT_BINOP + VM_OP_POW && nargs == 2 && n->pow3) return n->pow3(self, args[0], args[1]);
            if (!want_args(name, nargs, kwnames, 1)) return NULL;
            return n->binop[s - SLOT_BINOP](self, args[0]);
        }
        return vm_err_str(&vm_exc_SystemError, "bad slot wrapper");
    }
}

/* ---- member descriptors (__slots__) ---- */

typedef struct {
    Obj base;
    Type *owner;
    Val name;
    size_t offset;
} MemberObj;

static Val member_get(Val self, Val obj, Val type)
{
    MemberObj *m = (MemberObj *)(void *)val_obj(self);
    if (!obj) return self;
    if (!vm_isinstance_t(obj, m->owner))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                          m->name, m->owner->name, vm_tname(obj));
    Val v = *vm_obj_field(obj, m->offset);
    if (!v) return vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute '%U'", vm_tname(obj), m->name);
    return v;
}

static int member_set(Val self, Val obj, Val value)
{
    MemberObj *m = (MemberObj *)(void *)val_obj(self);
    if (!vm_isinstance_t(obj, m->owner)) {
        vm_err_fmt(&vm_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                   m->owner->name, vm_tname(obj));
        return -1;
    }
    Val *slot = vm_obj_field(obj, m->offset);
    if (!value && !*slot) {
        vm_err_fmt(&vm_exc_AttributeError, "%U", m->name);
        return -1;
    }
    *slot = value;
    return 0;
}

static Val member_repr(Val self)
{
    MemberObj *m = (MemberObj *)(void *)val_obj(self);
    return vm_str_fmt("<member '%U' of '%s' objects>", m->name, m->owner->name);
}
static Val member_get_name(Val self) { return ((MemberObj *)(void *)val_obj(self))->name; }
static Val member_get_objclass(Val self) { return obj_val(((MemberObj *)(void *)val_obj(self))->owner); }
static const vm_getsetdef member_getsets[] = {
    {"__name__", member_get_name, NULL}, {"__objclass__", member_get_objclass, NULL}, {NULL, NULL, NULL}};

Type vm_type_member_descr = {.base = {&vm_type_type}, .name = "member_descriptor", .basicsize = sizeof(MemberObj),
                             .repr = member_repr, .descr_get = member_get, .descr_set = member_set,
                             .getsets = member_getsets};

Val vm_member_descr_new(Type *owner, Val name, size_t offset)
{
    MemberObj *m = vm_alloc_obj(&vm_type_member_descr, sizeof(MemberObj), CR_SCAN);
    if (!m) return NULL;
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    return obj_val(m);
}

bool vm_member_descr_offset(Val descr, Type *t, size_t *offset)
{
    if (descr == NULL || val_is_small(descr) || vm_typeof(descr) != &vm_type_member_descr) return false;
    MemberObj *m = (MemberObj *)(void *)val_obj(descr);
    if (t != m->owner && !vm_is_subtype(t, m->owner)) return false;
    /* The range vm_obj_field accepts for t's instances. */
    if (m->offset < sizeof(Obj) || m->offset > t->basicsize || t->basicsize - m->offset < sizeof(Val) ||
        m->offset % sizeof(Val) != 0)
        return false;
    *offset = m->offset;
    return true;
}

/* ---- staticmethod / classmethod ---- */

typedef struct {
    Obj base;
    Val dict;
    Val func;
} SMObj;
#define SM(o) ((SMObj *)(void *)val_obj(o))

static Val sm_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    SMObj *s = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    return s ? obj_val(s) : NULL;
}
static int sm_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    const char *nm = vm_typeof(self) == &vm_type_classmethod || vm_isinstance_t(self, &vm_type_classmethod)
                         ? "classmethod" : "staticmethod";
    if (!vm_check_nargs(nm, nargs, kwnames, 1, 1)) return -1;
    SM(self)->func = args[0];
    /* Copy __module__, __annotations__ etc. into the instance dict like
       functools.wraps, as CPython 3.10+ (a missing one is skipped);
       __doc__, __name__, __qualname__ also read through the getsets. */
    static const char *const copied[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__"};
    Val d = vm_obj_dict(self, true);
    if (!d) return -1;
    for (size_t i = 0; i < sizeof copied / sizeof copied[0]; i++) {
        Val v = vm_getattr_opt(args[0], vm_intern_cstr(copied[i]));
        if (!v) {
            if (vm_err_occurred()) return -1;
            continue;
        }
        if (vm_dict_set_cstr(d, copied[i], v) < 0) return -1;
    }
    return 0;
}
static Val sm_get(Val self, Val obj, Val type) { return SM(self)->func; }
static Val sm_call(Val self, Val *args, size_t nargs, Val kwnames) { return vm_call(SM(self)->func, args, nargs, kwnames); }
static Val sm_get_func(Val self) { return SM(self)->func; }
static Val sm_get_isabstract(Val self)
{
    Val v = vm_getattr_opt(SM(self)->func, vm_intern_cstr("__isabstractmethod__"));
    if (!v) return vm_err_occurred() ? NULL : VM_False;
    return v;
}
/* The copy sm_init made first: reading through the wrapped callable each
 * time made a chain of n staticmethods cost O(n) per level to build. */
static Val sm_get_wrapped_attr(Val self, const char *name)
{
    Val d = vm_obj_dict(self, false);
    if (d) {
        Val v = vm_dict_get_cstr(d, name);
        if (v) return v;
        if (vm_err_occurred()) return NULL;
    }
    return vm_getattr_cstr(SM(self)->func, name);
}
static Val sm_get_doc(Val self) { return sm_get_wrapped_attr(self, "__doc__"); }
static Val sm_get_name(Val self) { return sm_get_wrapped_attr(self, "__name__"); }
static Val sm_get_qualname(Val self) { return sm_get_wrapped_attr(self, "__qualname__"); }
static const vm_getsetdef sm_getsets[] = {
    {"__func__", sm_get_func, NULL},
    {"__wrapped__", sm_get_func, NULL},
    {"__isabstractmethod__", sm_get_isabstract, NULL},
    {"__doc__", sm_get_doc, NULL},
    {"__name__", sm_get_name, NULL},
    {"__qualname__", sm_get_qualname, NULL},
    {NULL, NULL, NULL},
};
static Val sm_repr(Val self) { return vm_str_fmt("<staticmethod(%R)>", SM(self)->func); }
static Val cm_repr(Val self) { return vm_str_fmt("<classmethod(%R)>", SM(self)->func); }

Type vm_type_staticmethod = {.base = {&vm_type_type}, .name = "staticmethod", .basicsize = sizeof(SMObj),
                             .flags = VM_TF_BASETYPE | VM_TF_HAS_DICT, .dict_offset = __builtin_offsetof(SMObj, dict),
                             .new_ = sm_new, .init = sm_init, .descr_get = sm_get, .call = sm_call,
                             .repr = sm_repr, .getsets = sm_getsets};

static Val cm_get(Val self, Val obj, Val type)
{
    if (!type) type = obj_val(vm_typeof(obj));
    Val f = SM(self)->func;
    /* Chained descriptors (classmethod wrapping property) as in 3.9-3.12. */
    Type *ft = vm_typeof(f);
    if (ft->descr_get && ft != &vm_type_function && ft != &vm_type_builtin)
        return ft->descr_get(f, type, type);
    return vm_method_new(f, type);
}

Type vm_type_classmethod = {.base = {&vm_type_type}, .name = "classmethod", .basicsize = sizeof(SMObj),
                            .flags = VM_TF_BASETYPE | VM_TF_HAS_DICT, .dict_offset = __builtin_offsetof(SMObj, dict),
                            .new_ = sm_new, .init = sm_init, .descr_get = cm_get, .repr = cm_repr,
                            .getsets = sm_getsets};

Val vm_staticmethod_new(Val f)
{
    if (!f) return NULL;
    SMObj *s = vm_alloc_obj(&vm_type_staticmethod, sizeof(SMObj), CR_SCAN);
    if (!s) return NULL;
    s->func = f;
    return obj_val(s);
}

Val vm_classmethod_new(Val f)
{
    if (!f) return NULL;
    SMObj *s = vm_alloc_obj(&vm_type_classmethod, sizeof(SMObj), CR_SCAN);
    if (!s) return NULL;
    s->func = f;
    return obj_val(s);
}

/* ---- property ---- */

typedef struct {
    Obj base;
    Val dict;
    Val fget, fset, fdel, doc, name;
    bool getter_doc;
} PropObj;
#define PROP(o) ((PropObj *)(void *)val_obj(o))

static Val prop_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    PropObj *p = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    return p ? obj_val(p) : NULL;
}

static int prop_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"fget", "fset", "fdel", "doc", NULL};
    Val a[4];
    if (!vm_parse_args("property", args, nargs, kwnames, kw, 0, 0, 4, a)) return -1;
    PropObj *p = PROP(self);
    p->fget = a[0] && a[0] != VM_None ? a[0] : NULL;
    p->fset = a[1] && a[1] != VM_None ? a[1] : NULL;
    p->fdel = a[2] && a[2] != VM_None ? a[2] : NULL;
    p->doc = a[3] && a[3] != VM_None ? a[3] : NULL;
    if (!p->doc && p->fget) {
        Val d = vm_getattr_opt(p->fget, vm_intern_cstr("__doc__"));
        if (!d && vm_err_occurred()) return -1;
        if (d && d != VM_None) {
            p->doc = d;
            p->getter_doc = true;
        }
    }
    /* A property subclass stores the doc in its instance dict. */
    if (vm_typeof(self) != &vm_type_property && p->doc) {
        if (vm_setattr_cstr(self, "__doc__", p->doc) < 0) return -1;
    }
    return 0;
}

static Val prop_qualname_err(PropObj *p, Val obj, const char *what)
{
    if (p->name)
        return vm_err_fmt(&vm_exc_AttributeError, "property %R of %R object has no %s", p->name,
                          vm_typeof(obj)->name_obj, what);
    return vm_err_fmt(&vm_exc_AttributeError, "property of %R object has no %s", vm_typeof(obj)->name_obj, what);
}

static Val prop_get(Val self, Val obj, Val type)
{
    PropObj *p = PROP(self);
    if (!obj) return self;
    if (!p->fget) return prop_qualname_err(p, obj, "getter");
    return vm_call1(p->fget, obj);
}

static int prop_set(Val self, Val obj, Val value)
{
    PropObj *p = PROP(self);
    Val f = value ? p->fset : p->fdel;
    if (!f) {
        prop_qualname_err(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Val r = value ? vm_call2(f, obj, value) : vm_call1(f, obj);
    return r ? 0 : -1;
}

static Val prop_copy(Val self, Val fget, Val fset, Val fdel)
{
    PropObj *p = PROP(self);
    Val doc = p->getter_doc && fget != p->fget ? VM_None : (p->doc ? p->doc : VM_None);
    Val args[4] = {fget ? fget : VM_None, fset ? fset : VM_None, fdel ? fdel : VM_None, doc};
    Val np = vm_call(obj_val(vm_typeof(self)), args, 4, NULL);
    if (!np) return NULL;
    if (vm_isinstance_t(np, &vm_type_property)) PROP(np)->name = p->name;
    return np;
}
static Val prop_getter(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("getter", nargs, kwnames, 1, 1)) return NULL;
    return prop_copy(self, args[0], PROP(self)->fset, PROP(self)->fdel);
}
static Val prop_setter(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("setter", nargs, kwnames, 1, 1)) return NULL;
    return prop_copy(self, PROP(self)->fget, args[0], PROP(self)->fdel);
}
static Val prop_deleter(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("deleter", nargs, kwnames, 1, 1)) return NULL;
    return prop_copy(self, PROP(self)->fget, PROP(self)->fset, args[0]);
}
static Val prop_set_name(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__set_name__", nargs, kwnames, 2, 2)) return NULL;
    PROP(self)->name = args[1];
    return VM_None;
}
static const vm_methoddef prop_methods[] = {
    {"getter", prop_getter, 0, NULL},
    {"setter", prop_setter, 0, NULL},
    {"deleter", prop_deleter, 0, NULL},
    {"__set_name__", prop_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static Val prop_fget(Val self) { return PROP(self)->fget ? PROP(self)->fget : VM_None; }
static Val prop_fset(Val self) { return PROP(self)->fset ? PROP(self)->fset : VM_None; }
static Val prop_fdel(Val self) { return PROP(self)->fdel ? PROP(self)->fdel : VM_None; }
static Val prop_doc(Val self) { return PROP(self)->doc ? PROP(self)->doc : VM_None; }
static int prop_set_doc(Val self, Val v)
{
    PROP(self)->doc = v;
    return 0;
}
static Val prop_isabstract(Val self)
{
    PropObj *p = PROP(self);
    Val fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (!fs[i]) continue;
        Val v = vm_getattr_opt(fs[i], vm_intern_cstr("__isabstractmethod__"));
        if (!v && vm_err_occurred()) return NULL;
        if (v) {
            int t = vm_truthy(v);
            if (t < 0) return NULL;
            if (t) return VM_True;
        }
    }
    return VM_False;
}
static const vm_getsetdef prop_getsets[] = {
    {"fget", prop_fget, NULL}, {"fset", prop_fset, NULL}, {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, prop_set_doc}, {"__isabstractmethod__", prop_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_property = {.base = {&vm_type_type}, .name = "property", .basicsize = sizeof(PropObj),
                         .flags = VM_TF_BASETYPE | VM_TF_HAS_DICT, .dict_offset = __builtin_offsetof(PropObj, dict),
                         .new_ = prop_new, .init = prop_init, .descr_get = prop_get, .descr_set = prop_set,
                         .methods = prop_methods, .getsets = prop_getsets};

/* ---- super ---- */

typedef struct {
    Obj base;
    Type *type;    /* the class super() was called in */
    Val obj;       /* the instance or class, or NULL */
    Type *objtype; /* type(obj) or obj itself when obj is a subclass of type */
} SuperObj;
#define SUP(o) ((SuperObj *)(void *)val_obj(o))

static Type *super_check(Type *type, Val obj)
{
    if (vm_is_typeobj(obj) && vm_is_subtype(vm_as_type(obj), type)) return vm_as_type(obj);
    if (vm_isinstance_t(obj, type)) return vm_typeof(obj);
    Val cls = vm_getattr_opt(obj, vm_intern_cstr("__class__"));
    if (cls && vm_is_typeobj(cls) && vm_is_subtype(vm_as_type(cls), type)) return vm_as_type(cls);
    if (!cls && vm_err_occurred()) return NULL;
    vm_err_str(&vm_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Val super_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    SuperObj *s = vm_alloc_obj(t, sizeof(SuperObj), CR_SCAN);
    return s ? obj_val(s) : NULL;
}

static int super_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("super", nargs, kwnames, 0, 2)) return -1;
    Val type = nargs >= 1 ? args[0] : NULL, obj = nargs >= 2 ? args[1] : NULL;
    if (nargs == 0) {
        /* Zero-argument form: __class__ cell and first argument of the caller. */
        FrameObj *f = vm_current_frame();
        if (!f) {
            vm_err_str(&vm_exc_RuntimeError, "super(): no current frame");
            return -1;
        }
        CodeObj *co = f->code;
        if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
            vm_err_str(&vm_exc_RuntimeError, "super(): no arguments");
            return -1;
        }
        obj = cr_valspan_get(f->slots, 0);
        /* The first argument may have been moved into a cell. */
        size_t ncell = vm_tuple_len(co->cellvars);
        for (size_t i = 0; i < ncell; i++)
            if (co->cell2arg && co->cell2arg[i] == 0) { /* boundary: cell2arg has ncell entries */
                Val c = cr_valspan_get(f->slots, f->ncells_start + i);
                obj = vm_cell_obj(c)->ref;
            }
        if (!obj) {
            vm_err_str(&vm_exc_RuntimeError, "super(): arg[0] deleted");
            return -1;
        }
        size_t nfree = vm_tuple_len(co->freevars);
        for (size_t i = 0; i < nfree; i++) {
            if (vm_str_eq_cstr(vm_tuple_get(co->freevars, i), "__class__")) {
                Val c = cr_valspan_get(f->slots, f->ncells_start + ncell + i);
                type = vm_cell_obj(c)->ref;
                if (!type) {
                    vm_err_str(&vm_exc_RuntimeError, "super(): empty __class__ cell");
                    return -1;
                }
                break;
            }
        }
        if (!type) {
            vm_err_str(&vm_exc_RuntimeError, "super(): __class__ cell not found");
            return -1;
        }
    }
    if (!vm_is_typeobj(type)) {
        vm_err_fmt(&vm_exc_TypeError, "super() argument 1 must be a type, not %s", vm_tname(type));
        return -1;
    }
    SuperObj *s = SUP(self);
    s->type = vm_as_type(type);
    if (obj && obj != VM_None) {
        s->objtype = super_check(s->type, obj);
        if (!s->objtype) return -1;
        s->obj = obj;
    }
    return 0;
}

static Val super_getattr(Val self, Val name)
{
    SuperObj *s = SUP(self);
    if (s->objtype && !vm_str_eq_cstr(name, "__class__")) {
        Val mro = s->objtype->mro;
        size_t n = vm_tuple_len(mro), i = 0;
        for (; i < n; i++)
            if (vm_tuple_get(mro, i) == obj_val(s->type)) break;
        for (i++; i < n; i++) {
            Type *b = vm_as_type(vm_tuple_get(mro, i));
            Val v = vm_dict_get(b->dict, name);
            if (v) {
                Type *vt = vm_typeof(v);
                if (vt->descr_get)
                    return vt->descr_get(v, s->obj == obj_val(s->objtype) ? NULL : s->obj, obj_val(s->objtype));
                return v;
            }
            if (vm_err_occurred()) return NULL;
        }
    }
    Val r = vm_generic_getattr(self, name);
    if (!r && vm_err_matches(&vm_exc_AttributeError)) {
        vm_err_clear();
        return vm_err_fmt(&vm_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static Val super_get(Val self, Val obj, Val type)
{
    SuperObj *s = SUP(self);
    if (!obj || s->obj) return self;
    Val args[2] = {obj_val(s->type), obj};
    return vm_call(obj_val(vm_typeof(self)), args, 2, NULL);
}

static Val super_repr(Val self)
{
    SuperObj *s = SUP(self);
    if (s->objtype) return vm_str_fmt("<super: <class '%s'>, <%s object>>", s->type->name, s->objtype->name);
    return vm_str_fmt("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}
static Val super_thisclass(Val self) { return SUP(self)->type ? obj_val(SUP(self)->type) : VM_None; }
static Val super_self(Val self) { return SUP(self)->obj ? SUP(self)->obj : VM_None; }
static Val super_self_class(Val self) { return SUP(self)->objtype ? obj_val(SUP(self)->objtype) : VM_None; }
static const vm_getsetdef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {"__self_class__", super_self_class, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_super = {.base = {&vm_type_type}, .name = "super", .basicsize = sizeof(SuperObj),
                      .flags = VM_TF_BASETYPE, .new_ = super_new, .init = super_init, .getattr = super_getattr,
                      .descr_get = super_get, .repr = super_repr, .getsets = super_getsets};

/* ---- start-up ---- */

int vm_types_init(void)
{
    Type *ts[] = {&vm_type_object, &vm_type_type, &vm_type_none, &vm_type_notimpl, &vm_type_ellipsis,
                  &vm_type_wrapper_descr, &vm_type_member_descr, &vm_type_staticmethod, &vm_type_classmethod,
                  &vm_type_property, &vm_type_super};
    /* object and type refer to each other: ready object's dict first. */
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (vm_type_ready(ts[i]) < 0) return -1;
    return 0;
}

/* Heap types with an instance dict expose __dict__ through this descriptor
 * (added by vm_type_new_class). */
Val vm_instance_dict_descr(Type *t) { return vm_getset_descr_new(t, &instance_dict_getset); }
