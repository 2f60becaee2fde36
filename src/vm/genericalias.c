/* types.GenericAlias (list[int]) and types.UnionType (int | None): what
 * annotations evaluated at definition time need. */
#include "vm/type.h"

typedef struct {
    Obj base;
    Val origin; /* the class subscripted */
    Val args;   /* tuple */
} AliasObj;
#define ALIAS(o) ((AliasObj *)(void *)val_obj(o))

extern Type vm_type_generic_alias, vm_type_union;

/* repr of one type argument as CPython's ga_repr_item does. */
static bool repr_item(cr_buf *b, Val p)
{
    if (p == VM_Ellipsis) return cr_buf_cstr(b, "...");
    if (vm_is_typeobj(p) && !vm_is_type(p, &vm_type_generic_alias)) {
        Type *t = vm_as_type(p);
        Val mod = vm_getattr_cstr(p, "__module__");
        if (!mod) return false;
        if (vm_is_str(mod) && !vm_str_eq_cstr(mod, "builtins")) {
            cr_buf_append(b, vm_str_span(mod));
            cr_buf_byte(b, '.');
        }
        return cr_buf_append(b, vm_str_span(t->qualname));
    }
    Val r = vm_repr(p);
    return r && cr_buf_append(b, vm_str_span(r));
}

static Val alias_repr(Val self)
{
    AliasObj *a = ALIAS(self);
    cr_buf b;
    cr_buf_init(&b);
    if (!repr_item(&b, a->origin)) return NULL;
    cr_buf_byte(&b, '[');
    size_t n = vm_tuple_len(a->args);
    if (n == 0) cr_buf_cstr(&b, "()");
    for (size_t i = 0; i < n; i++) {
        if (i) cr_buf_cstr(&b, ", ");
        if (!repr_item(&b, vm_tuple_get(a->args, i))) return NULL;
    }
    cr_buf_byte(&b, ']');
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static Val alias_new_val(Val origin, Val args)
{
    if (!vm_is_tuple(args)) {
        args = vm_tuple_pack(1, args);
        if (!args) return NULL;
    }
    AliasObj *a = vm_alloc_obj(&vm_type_generic_alias, sizeof(AliasObj), CR_SCAN);
    if (!a) return NULL;
    a->origin = origin;
    a->args = args;
    return obj_val(a);
}

static Val alias_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("GenericAlias", nargs, kwnames, 2, 2)) return NULL;
    if (t == &vm_type_generic_alias) return alias_new_val(args[0], args[1]);
    /* A subclass (GenericAlias is a base type, as in CPython). */
    Val a = args[1];
    if (!vm_is_tuple(a)) {
        a = vm_tuple_pack(1, a);
        if (!a) return NULL;
    }
    AliasObj *o = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    if (!o) return NULL;
    o->origin = args[0];
    o->args = a;
    return obj_val(o);
}

static Val alias_call(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val r = vm_call(ALIAS(self)->origin, args, nargs, kwnames);
    if (r && !val_is_small(r) && vm_typeof(r)->dict_offset && (vm_typeof(r)->flags & VM_TF_HAS_DICT)) {
        if (vm_setattr_cstr(r, "__orig_class__", self) < 0) vm_err_clear();
    }
    return r;
}

static Val alias_getattr(Val self, Val name)
{
    /* Attributes not defined by the alias come from the origin. */
    Val r = vm_generic_getattr(self, name);
    if (r || !vm_err_matches(&vm_exc_AttributeError)) return r;
    cr_span s = vm_str_span(name);
    if (s.len > 2 && cr_span_at(s, 0) == '_' && cr_span_at(s, 1) == '_') return NULL;
    vm_err_clear();
    return vm_getattr(ALIAS(self)->origin, name);
}

static Val alias_richcmp(Val a, Val b, int op)
{
    /* Any GenericAlias, a subclass's instance too (as CPython). */
    if ((op != VM_EQ && op != VM_NE) || !vm_isinstance_t(b, &vm_type_generic_alias)) return VM_NotImplemented;
    int e = vm_eq(ALIAS(a)->origin, ALIAS(b)->origin);
    if (e < 0) return NULL;
    if (e) e = vm_eq(ALIAS(a)->args, ALIAS(b)->args);
    if (e < 0) return NULL;
    return vm_bool(op == VM_EQ ? e : !e);
}

static int64_t alias_hash(Val self)
{
    int64_t h1 = vm_hash(ALIAS(self)->origin);
    if (h1 == -1) return -1;
    int64_t h2 = vm_hash(ALIAS(self)->args);
    if (h2 == -1) return -1;
    int64_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static Val alias_getitem(Val self, Val key)
{
    /* list[T][int]: no TypeVar substitution support; a new alias. */
    return alias_new_val(ALIAS(self)->origin, key);
}

static Val alias_mro_entries(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_tuple_pack(1, ALIAS(self)->origin);
}
static Val alias_instancecheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_err_str(&vm_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Val alias_subclasscheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    return vm_err_str(&vm_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Val make_union(Val a, Val b);
static Val alias_or(Val a, Val b) { return make_union(a, b); }

static const vm_methoddef alias_methods[] = {
    {"__mro_entries__", alias_mro_entries, 0, NULL},
    {"__instancecheck__", alias_instancecheck, 0, NULL},
    {"__subclasscheck__", alias_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static Val alias_get_origin(Val self) { return ALIAS(self)->origin; }
static Val alias_get_args(Val self) { return ALIAS(self)->args; }
static Val alias_get_params(Val self) { return vm_empty_tuple; }
static const vm_getsetdef alias_getsets[] = {
    {"__origin__", alias_get_origin, NULL},
    {"__args__", alias_get_args, NULL},
    {"__parameters__", alias_get_params, NULL},
    {NULL, NULL, NULL},
};
static const vm_numberslots alias_num = {.binop = {[VM_OP_OR] = alias_or}};

Type vm_type_generic_alias = {.base = {&vm_type_type}, .name = "types.GenericAlias", .basicsize = sizeof(AliasObj),
                              .flags = VM_TF_BASETYPE, .new_ = alias_new, .repr = alias_repr, .call = alias_call, .getattr = alias_getattr,
                              .richcmp = alias_richcmp, .hash = alias_hash, .getitem = alias_getitem,
                              .num = &alias_num, .methods = alias_methods, .getsets = alias_getsets};

/* __class_getitem__ for the built-in generic classes. */
static Val class_getitem(Val cls, Val *args, size_t nargs, Val kwnames)
{
    /* Bound by classmethod: args are (cls, item). */
    if (!vm_check_nargs("__class_getitem__", nargs, kwnames, 2, 2)) return NULL;
    return alias_new_val(args[0], args[1]);
}
static const vm_methoddef class_getitem_def = {"__class_getitem__", class_getitem, VM_METH_CLASS, NULL};

/* ---- X | Y ---- */

static bool unionable(Val v)
{
    return v == VM_None || vm_is_typeobj(v) || vm_is_type(v, &vm_type_generic_alias) || vm_is_type(v, &vm_type_union);
}

static bool add_arg(Val list, Val v)
{
    if (v == VM_None) v = obj_val(&vm_type_none);
    if (vm_is_type(v, &vm_type_union)) {
        Val a = ALIAS(v)->args;
        for (size_t i = 0; i < vm_tuple_len(a); i++)
            if (!add_arg(list, vm_tuple_get(a, i))) return false;
        return true;
    }
    for (size_t i = 0; i < vm_list_len(list); i++)
        if (vm_list_get(list, i) == v) return true;
    return vm_list_append(list, v) == 0;
}

static Val make_union(Val a, Val b)
{
    if (!unionable(a) || !unionable(b)) return VM_NotImplemented;
    Val l = vm_list_new(0);
    if (!l || !add_arg(l, a) || !add_arg(l, b)) return NULL;
    if (vm_list_len(l) == 1) return vm_list_get(l, 0);
    AliasObj *u = vm_alloc_obj(&vm_type_union, sizeof(AliasObj), CR_SCAN);
    if (!u) return NULL;
    u->origin = VM_None;
    u->args = vm_list_as_tuple(l);
    return u->args ? obj_val(u) : NULL;
}

static Val union_repr(Val self)
{
    Val a = ALIAS(self)->args;
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < vm_tuple_len(a); i++) {
        if (i) cr_buf_cstr(&b, " | ");
        Val p = vm_tuple_get(a, i);
        if (p == obj_val(&vm_type_none)) cr_buf_cstr(&b, "None");
        else if (!repr_item(&b, p)) return NULL;
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static Val union_check(Val self, Val *args, size_t nargs, bool sub)
{
    Val a = ALIAS(self)->args;
    for (size_t i = 0; i < vm_tuple_len(a); i++) {
        Val t = vm_tuple_get(a, i);
        if (vm_is_type(t, &vm_type_generic_alias))
            return vm_err_fmt(&vm_exc_TypeError, "%s() argument 2 cannot contain a parameterized generic",
                              sub ? "issubclass" : "isinstance");
    }
    int r = sub ? vm_issubclass(args[0], a) : vm_isinstance(args[0], a);
    return r < 0 ? NULL : vm_bool(r);
}
static Val union_instancecheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__instancecheck__", nargs, kwnames, 1, 1)) return NULL;
    return union_check(self, args, nargs, false);
}
static Val union_subclasscheck(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__subclasscheck__", nargs, kwnames, 1, 1)) return NULL;
    return union_check(self, args, nargs, true);
}
static const vm_methoddef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const vm_getsetdef union_getsets[] = {
    {"__args__", alias_get_args, NULL},
    {"__parameters__", alias_get_params, NULL},
    {NULL, NULL, NULL},
};
static Val union_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || !vm_is_type(b, &vm_type_union)) return VM_NotImplemented;
    Val sa = vm_frozenset_new(ALIAS(a)->args), sb = vm_frozenset_new(ALIAS(b)->args);
    if (!sa || !sb) return NULL;
    int e = vm_eq(sa, sb);
    if (e < 0) return NULL;
    return vm_bool(op == VM_EQ ? e : !e);
}
static int64_t union_hash(Val self)
{
    Val s = vm_frozenset_new(ALIAS(self)->args);
    return s ? vm_hash(s) : -1;
}
static const vm_numberslots union_num = {.binop = {[VM_OP_OR] = alias_or}};

Type vm_type_union = {.base = {&vm_type_type}, .name = "types.UnionType", .basicsize = sizeof(AliasObj),
                      .repr = union_repr, .richcmp = union_richcmp, .hash = union_hash, .num = &union_num,
                      .methods = union_methods, .getsets = union_getsets};

static Val type_or(Val a, Val b) { return make_union(a, b); }
static vm_numberslots type_num;

int vm_generics_init(void)
{
    if (vm_type_ready(&vm_type_generic_alias) < 0 || vm_type_ready(&vm_type_union) < 0) return -1;
    /* type | type and None | type */
    type_num.binop[VM_OP_OR] = type_or;
    vm_type_type.num = &type_num;
    /* None | type works through type.__ror__; NoneType has no __or__. */
    if (vm_dict_set_cstr(vm_type_type.dict, "__or__", vm_slot_wrapper_new(&vm_type_type, SLOT_BINOP + VM_OP_OR)) < 0 ||
        vm_dict_set_cstr(vm_type_type.dict, "__ror__", vm_slot_wrapper_new(&vm_type_type, SLOT_RBINOP + VM_OP_OR)) < 0)
        return -1;
    Type *generic[] = {&vm_type_list, &vm_type_dict, &vm_type_tuple, &vm_type_set, &vm_type_frozenset,
                       &vm_type_type};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++) {
        Val d = vm_classmethod_new(vm_builtin_new(&class_getitem_def, NULL));
        if (!d || vm_dict_set_cstr(generic[i]->dict, "__class_getitem__", d) < 0) return -1;
    }
    return 0;
}
