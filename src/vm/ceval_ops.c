/* The larger opcode bodies of the interpreter loop, kept out of the loop so
 * that it stays readable: unpacking, string building, dict merging for
 * calls, imports, function creation, pattern matching, raising and
 * exception matching (incl. except*). */
#include "vm/ceval_internal.h"
#include "vm/dict.h"

/* ---- UNPACK_SEQUENCE / UNPACK_EX ---- */

static bool is_iterable_type(Type *t) { return t->iter != NULL || t->getitem != NULL; }

/* Store item k of total into the stack area so that item 0 ends on top. */
static void put_item(cr_valspan out, size_t at, size_t total, size_t k, Val v)
{
    cr_valspan_set(out, at + total - 1 - k, v);
}

/* Item i of an exact tuple or list. */
static inline Val seq_item(Val seq, bool tuple, size_t i)
{
    return tuple ? vm_tuple_get(seq, i) : vm_list_get(seq, i);
}

/* UNPACK_EX of an exact tuple or list: the items are read directly (no
 * iterator, no list built from one); same results and errors as the
 * iterator path (no Python code runs in between, so a list cannot change). */
static int unpack_star_exact(Val seq, bool tuple, size_t before, size_t after, cr_valspan out, size_t at,
                             size_t total)
{
    size_t n = tuple ? vm_tuple_len(seq) : vm_list_len(seq);
    if (n < before + after) {
        vm_err_fmt(&vm_exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, n);
        return -1;
    }
    size_t nrest = n - before - after;
    Val rest = vm_list_new(nrest);
    if (rest == NULL) return -1;
    for (size_t j = 0; j < nrest; j++) vm_list_set(rest, j, seq_item(seq, tuple, before + j));
    for (size_t i = 0; i < before; i++) put_item(out, at, total, i, seq_item(seq, tuple, i));
    for (size_t j = 0; j < after; j++) put_item(out, at, total, before + 1 + j, seq_item(seq, tuple, n - after + j));
    put_item(out, at, total, before, rest);
    return 0;
}

int vm_op_unpack(Val seq, size_t before, size_t after, bool star, cr_valspan out, size_t at)
{
    Type *t = vm_typeof(seq);
    if (!is_iterable_type(t)) {
        vm_err_fmt(&vm_exc_TypeError, "cannot unpack non-iterable %s object", t->name);
        return -1;
    }
    size_t total = before + (star ? 1 + after : 0);
    if (star && (t == &vm_type_tuple || t == &vm_type_list))
        return unpack_star_exact(seq, t == &vm_type_tuple, before, after, out, at, total);
    Val it = vm_iter(seq);
    if (it == NULL) return -1;
    for (size_t i = 0; i < before; i++) {
        Val v = vm_next(it);
        if (v == NULL) {
            if (vm_err_occurred()) return -1;
            if (star)
                vm_err_fmt(&vm_exc_ValueError,
                           "not enough values to unpack (expected at least %zu, got %zu)",
                           before + after, i);
            else
                vm_err_fmt(&vm_exc_ValueError, "not enough values to unpack (expected %zu, got %zu)",
                           before, i);
            return -1;
        }
        put_item(out, at, total, i, v);
    }
    if (!star) {
        Val extra = vm_next(it);
        if (extra == NULL) return vm_err_occurred() ? -1 : 0;
        vm_err_fmt(&vm_exc_ValueError, "too many values to unpack (expected %zu)", before);
        return -1;
    }
    Val rest = vm_list_from_iter(it);
    if (rest == NULL) return -1;
    size_t n = vm_list_len(rest);
    if (n < after) {
        vm_err_fmt(&vm_exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, before + n);
        return -1;
    }
    for (size_t j = 0; j < after; j++)
        put_item(out, at, total, before + 1 + j, vm_list_get(rest, n - after + j));
    cr_vals_resize(&vm_list_obj(rest)->v, n - after, VM_None);
    put_item(out, at, total, before, rest);
    return 0;
}

/* ---- strings ---- */

/* Verified code is not type-checked by the verifier: operand types the
 * compiler guarantees are checked here (hostile code must not crash). */
static Val bad_code(const char *what)
{
    return vm_err_fmt(&vm_exc_SystemError, "invalid bytecode: %s", what);
}

Val vm_op_build_string(cr_valspan s, size_t at, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!vm_is_str(cr_valspan_get(s, at + i))) return bad_code("BUILD_STRING item is not a str");
    if (n == 1) return cr_valspan_get(s, at);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < n; i++) cr_buf_append(&b, vm_str_span(cr_valspan_get(s, at + i)));
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

Val vm_op_format_value(Val v, int conv, Val spec)
{
    switch (conv) {
    case 1: v = vm_str(v); break;
    case 2: v = vm_repr(v); break;
    case 3: v = vm_ascii(v); break;
    default: break;
    }
    if (v == NULL) return NULL;
    if (spec == NULL && !val_is_small(v) && vm_typeof(v) == &vm_type_str) return v;
    if (spec == NULL) spec = vm_intern_cstr("");
    return vm_format(v, spec);
}

/* ---- dict merging for calls and displays ---- */

Val vm_function_str(Val func)
{
    Val qualname = vm_getattr_opt(func, vm_intern_cstr("__qualname__"));
    if (qualname == NULL) {
        if (vm_err_occurred()) return NULL;
        return vm_str(func);
    }
    Val module = vm_getattr_opt(func, vm_intern_cstr("__module__"));
    if (module == NULL && vm_err_occurred()) return NULL;
    if (module != NULL && module != VM_None && !(vm_is_str(module) && vm_str_eq_cstr(module, "builtins")))
        return vm_str_fmt("%S.%S()", module, qualname);
    return vm_str_fmt("%S()", qualname);
}

/* CPython's dict_merge fast path: a dict whose __iter__ is dict's own is
 * read directly (keys() and __getitem__ overrides are bypassed). */
static bool dict_fast(Val m) { return vm_is_dict(m) && vm_typeof(m)->iter == vm_type_dict.iter; }

/* Iterate over the keys of a mapping (dict fast path, else keys()). */
static Val mapping_keys(Val m)
{
    if (dict_fast(m)) return vm_dict_keys_list(m);
    Val keys = vm_call_method(m, "keys", NULL, 0);
    if (keys == NULL) return NULL;
    Type *kt = vm_typeof(keys);
    if (kt->iter == NULL && vm_type_lookup_cstr(kt, "__getitem__") == NULL) {
        /* CPython's PyMapping_Keys message */
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_TypeError, "%s.keys() returned a non-iterable (type %s)", vm_tname(m),
                          kt->name);
    }
    return vm_list_from_iter(keys);
}

/* dict.update for {**x}: x must be a mapping.  override: false raises
 * KeyError(key) on duplicates (** in calls). */
static int merge(Val d, Val other, bool override)
{
    if (vm_is_dict(other) && override) return vm_dict_update(d, other);
    Val keys = mapping_keys(other);
    if (keys == NULL) return -1;
    for (size_t i = 0; i < vm_list_len(keys); i++) {
        Val k = vm_list_get(keys, i);
        if (!override) {
            Val old = vm_dict_get(d, k);
            if (old != NULL) {
                /* -2: a duplicate keyword (CPython's _PyErr_SetKeyError,
                 * which kwargs_error reports), not a KeyError from user code. */
                vm_err_set_val(vm_exc_new(&vm_exc_KeyError, vm_tuple_pack(1, k)));
                return -2;
            }
            if (vm_err_occurred()) return -1;
        }
        Val v = dict_fast(other) ? vm_dict_get(other, k) : vm_getitem(other, k);
        if (v == NULL) {
            if (!vm_err_occurred()) vm_err_set_val(vm_exc_new(&vm_exc_KeyError, vm_tuple_pack(1, k)));
            return -1;
        }
        if (vm_dict_set(d, k, v) < 0) return -1;
    }
    return 0;
}

int vm_op_dict_update(Val dict, Val other)
{
    if (merge(dict, other, true) < 0) {
        if (vm_err_matches(&vm_exc_AttributeError)) {
            vm_err_clear();
            vm_err_fmt(&vm_exc_TypeError, "'%s' object is not a mapping", vm_tname(other));
        }
        return -1;
    }
    return 0;
}

/* CPython's format_kwargs_error.  dup: the KeyError is merge()'s
 * duplicate-key report (a KeyError raised by the mapping passes through). */
static void kwargs_error(Val func, Val kwargs, bool dup)
{
    if (vm_err_matches(&vm_exc_AttributeError)) {
        vm_err_clear();
        Val fs = vm_function_str(func);
        if (fs != NULL)
            vm_err_fmt(&vm_exc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                       vm_tname(kwargs));
    } else if (dup && vm_err_matches(&vm_exc_KeyError)) {
        Val exc = vm_err_fetch();
        Val args = ((ExcObj *)(void *)val_obj(exc))->args;
        if (args != NULL && vm_is_tuple(args) && vm_tuple_len(args) == 1) {
            Val fs = vm_function_str(func);
            if (fs != NULL)
                vm_err_fmt(&vm_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs,
                           vm_tuple_get(args, 0));
        } else {
            vm_err_restore(exc);
        }
    }
}

int vm_op_dict_merge(Val dict, Val other, Val func)
{
    int r = merge(dict, other, false);
    if (r < 0) {
        kwargs_error(func, other, r == -2);
        return -1;
    }
    return 0;
}

int vm_op_list_extend(Val list, Val iterable)
{
    if (vm_list_extend(list, iterable) < 0) {
        if (vm_err_matches(&vm_exc_TypeError) && !is_iterable_type(vm_typeof(iterable))) {
            vm_err_clear();
            vm_err_fmt(&vm_exc_TypeError, "Value after * must be an iterable, not %s",
                       vm_tname(iterable));
        }
        return -1;
    }
    return 0;
}

int vm_op_call_ex_prepare(Val func, Val *args_io, Val *kwargs_io)
{
    Val args = *args_io, kwargs = *kwargs_io;
    if (!vm_is_type(args, &vm_type_tuple)) {
        if (!is_iterable_type(vm_typeof(args))) {
            Val fs = vm_function_str(func);
            if (fs == NULL) return -1;
            vm_err_fmt(&vm_exc_TypeError, "%U argument after * must be an iterable, not %s", fs, vm_tname(args));
            return -1;
        }
        args = vm_sequence_tuple(args);
        if (args == NULL) return -1;
    }
    if (kwargs != NULL && !vm_is_type(kwargs, &vm_type_dict)) {
        Val d = vm_dict_new();
        if (d == NULL) return -1;
        int r = merge(d, kwargs, false);
        if (r < 0) {
            kwargs_error(func, kwargs, r == -2);
            return -1;
        }
        kwargs = d;
    }
    if (kwargs != NULL && vm_dict_len(kwargs) == 0) kwargs = NULL;
    *args_io = args;
    *kwargs_io = kwargs;
    return 0;
}

Val vm_op_call_ex(Val func, Val args, Val kwargs)
{
    if (vm_op_call_ex_prepare(func, &args, &kwargs) < 0) return NULL;
    return vm_call_tuple_dict(func, args, kwargs);
}

FrameObj *vm_op_frame_ex(FuncObj *fn, Val self, Val args, Val kwargs)
{
    size_t np = vm_tuple_len(args) + (self != NULL ? 1 : 0);
    size_t nk = kwargs != NULL ? vm_dict_len(kwargs) : 0;
    size_t total;
    if (!cr_add_ok(np, nk, &total)) {
        vm_err_nomem();
        return NULL;
    }
    Val *arr = cr_alloc_array(total ? total : 1, sizeof(Val), CR_SCAN);
    if (arr == NULL) {
        vm_err_nomem();
        return NULL;
    }
    cr_valspan a = {arr, total};
    size_t at = 0;
    if (self != NULL) cr_valspan_set(a, at++, self);
    for (size_t i = 0; i < vm_tuple_len(args); i++) cr_valspan_set(a, at++, vm_tuple_get(args, i));
    Val kwnames = NULL;
    if (nk > 0) {
        kwnames = vm_tuple_new(nk);
        if (kwnames == NULL) return NULL;
        size_t pos = 0, i = 0;
        Val k, v;
        while (i < nk && vm_dict_next(kwargs, &pos, &k, &v)) {
            if (!vm_is_str(k)) {
                vm_err_str(&vm_exc_TypeError, "keywords must be strings");
                return NULL;
            }
            vm_tuple_set(kwnames, i, k);
            cr_valspan_set(a, np + i, v);
            i++;
        }
    }
    return vm_func_make_frame(fn, arr, np, kwnames);
}

/* ---- functions ---- */

/* Annotations arrive as a dict or a flat tuple (name, value, ...). */
static Val annotations_dict(Val ann)
{
    if (vm_is_dict(ann)) return ann;
    Val d = vm_dict_new();
    if (d == NULL) return NULL;
    if (vm_is_tuple(ann)) {
        for (size_t i = 0; i + 1 < vm_tuple_len(ann); i += 2)
            if (vm_dict_set(d, vm_tuple_get(ann, i), vm_tuple_get(ann, i + 1)) < 0) return NULL;
    }
    return d;
}

Val vm_op_make_function(Val code, Val qualname, Val globals, int flags, Val defaults,
                        Val kwdefaults, Val annotations, Val closure)
{
    if (!vm_is_type(code, &vm_type_code))
        return vm_err_str(&vm_exc_SystemError, "MAKE_FUNCTION expects a code object");
    if (!vm_is_str(qualname)) return bad_code("MAKE_FUNCTION qualname is not a str");
    if ((flags & 1) && defaults != NULL && defaults != VM_None && !vm_is_type(defaults, &vm_type_tuple))
        return bad_code("MAKE_FUNCTION defaults are not a tuple");
    if ((flags & 2) && kwdefaults != NULL && kwdefaults != VM_None && !vm_is_type(kwdefaults, &vm_type_dict))
        return bad_code("MAKE_FUNCTION kwdefaults are not a dict");
    CodeObj *co = (CodeObj *)(void *)val_obj(code);
    size_t nfree = vm_tuple_len(co->freevars);
    if (flags & 8) {
        if (closure == NULL || !vm_is_type(closure, &vm_type_tuple) || vm_tuple_len(closure) != nfree)
            return bad_code("MAKE_FUNCTION closure is not a tuple of the free variables' cells");
        for (size_t i = 0; i < nfree; i++)
            if (!vm_is_type(vm_tuple_get(closure, i), &vm_type_cell))
                return bad_code("MAKE_FUNCTION closure item is not a cell");
    } else if (nfree > 0) {
        return bad_code("MAKE_FUNCTION without the closure the code needs");
    }
    Val fv = vm_function_new((CodeObj *)(void *)val_obj(code), globals, qualname);
    if (fv == NULL) return NULL;
    FuncObj *fn = vm_func_obj(fv);
    if ((flags & 1) && defaults != NULL && defaults != VM_None) fn->defaults = defaults;
    if ((flags & 2) && kwdefaults != NULL && kwdefaults != VM_None) fn->kwdefaults = kwdefaults;
    if ((flags & 4) && annotations != NULL) {
        fn->annotations = annotations_dict(annotations);
        if (fn->annotations == NULL) return NULL;
    }
    if ((flags & 8) && closure != NULL) fn->closure = closure;
    return fv;
}

/* ---- imports ---- */

Val vm_op_import_name(FrameObj *f, Val name, Val fromlist, Val level)
{
    Val imp = NULL;
    if (f->builtins != NULL && vm_is_dict(f->builtins)) {
        imp = vm_dict_get_cstr(f->builtins, "__import__");
        if (imp == NULL && vm_err_occurred()) return NULL;
    }
    if (imp == NULL) return vm_err_str(&vm_exc_ImportError, "__import__ not found");
    if (!vm_is_type(imp, &vm_type_builtin)) {
        /* builtins.__import__ was replaced: call it like CPython does. */
        Val locals = f->locals != NULL ? f->locals : VM_None;
        Val args[5] = {name, f->globals, locals, fromlist, level};
        return vm_call(imp, args, 5, NULL);
    }
    int64_t lv = 0;
    if (val_is_small(level)) lv = val_small(level);
    return vm_import(name, f->globals, fromlist, (int)lv);
}

Val vm_op_import_from(Val module, Val name)
{
    Val x = vm_getattr_opt(module, name);
    if (x != NULL || vm_err_occurred()) return x;
    Val pkgname = vm_getattr_opt(module, vm_intern_cstr("__name__"));
    if (pkgname == NULL && vm_err_occurred()) return NULL;
    if (pkgname != NULL && vm_is_str(pkgname) && vm->modules != NULL) {
        Val full = vm_str_fmt("%U.%U", pkgname, name);
        if (full == NULL) return NULL;
        x = vm_dict_get(vm->modules, full);
        if (x != NULL || vm_err_occurred()) return x;
    }
    if (pkgname == NULL || !vm_is_str(pkgname)) pkgname = vm_str_cstr("<unknown module name>");
    if (pkgname == NULL) return NULL;
    Val path = vm_getattr_opt(module, vm_intern_cstr("__file__"));
    if (path == NULL && vm_err_occurred()) vm_err_clear();
    if (path == NULL || !vm_is_str(path))
        vm_err_fmt(&vm_exc_ImportError, "cannot import name %R from %R (unknown location)", name,
                   pkgname);
    else
        vm_err_fmt(&vm_exc_ImportError, "cannot import name %R from %R (%S)", name, pkgname, path);
    Val exc = vm_err_fetch();
    if (exc != NULL) {
        if (vm_setattr_cstr(exc, "name", pkgname) < 0) vm_err_clear();
        if (path != NULL && vm_setattr_cstr(exc, "path", path) < 0) vm_err_clear();
        vm_err_restore(exc);
    }
    return NULL;
}

int vm_op_import_star(FrameObj *f, Val module)
{
    if (f->locals == NULL) {
        vm_err_str(&vm_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    bool skip_underscore = false;
    Val all = vm_getattr_opt(module, vm_intern_cstr("__all__"));
    if (all == NULL) {
        if (vm_err_occurred()) return -1;
        Val dict = vm_getattr_opt(module, vm_intern_cstr("__dict__"));
        if (dict == NULL) {
            if (!vm_err_occurred())
                vm_err_str(&vm_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = mapping_keys(dict);
        if (all == NULL) return -1;
        skip_underscore = true;
    }
    Val seq = vm_sequence_tuple(all);
    if (seq == NULL) return -1;
    for (size_t i = 0; i < vm_tuple_len(seq); i++) {
        Val name = vm_tuple_get(seq, i);
        if (!vm_is_str(name)) {
            Val modname = vm_getattr(module, vm_intern_cstr("__name__"));
            if (modname == NULL) return -1;
            vm_err_fmt(&vm_exc_TypeError, "%s in %S.%s must be str, not %s",
                       skip_underscore ? "Key" : "Item", modname,
                       skip_underscore ? "__dict__" : "__all__", vm_tname(name));
            return -1;
        }
        if (skip_underscore && vm_str_len(name) > 0 && vm_str_at(name, 0) == '_') continue;
        Val v = vm_getattr(module, name);
        if (v == NULL) return -1;
        int r = vm_typeof(f->locals) == &vm_type_dict ? vm_dict_set(f->locals, name, v)
                                                      : vm_setitem(f->locals, name, v);
        if (r < 0) return -1;
    }
    return 0;
}

Val vm_op_setup_annotations(FrameObj *f)
{
    if (f->locals == NULL) return vm_err_str(&vm_exc_SystemError, "no locals found when setting up annotations");
    Val key = vm_intern_cstr("__annotations__");
    Val ann;
    if (vm_typeof(f->locals) == &vm_type_dict) {
        ann = vm_dict_get(f->locals, key);
        if (ann != NULL) return ann;
        if (vm_err_occurred()) return NULL;
    } else {
        ann = vm_getitem(f->locals, key);
        if (ann != NULL) return ann;
        if (!vm_err_matches(&vm_exc_KeyError)) return NULL;
        vm_err_clear();
    }
    ann = vm_dict_new();
    if (ann == NULL) return NULL;
    int r = vm_typeof(f->locals) == &vm_type_dict ? vm_dict_set(f->locals, key, ann)
                                                  : vm_setitem(f->locals, key, ann);
    return r < 0 ? NULL : ann;
}

int vm_op_print_expr(Val v)
{
    Val hook = NULL;
    if (vm->sys_module != NULL) {
        hook = vm_getattr_opt(vm->sys_module, vm_intern_cstr("displayhook"));
        if (hook == NULL && vm_err_occurred()) return -1;
    }
    if (hook == NULL) {
        vm_err_str(&vm_exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    return vm_call1(hook, v) == NULL ? -1 : 0;
}

/* ---- pattern matching (3.10 semantics) ---- */

/* True when t's MRO contains a class named name from module collections.abc
 * (the effect of CPython's Py_TPFLAGS_SEQUENCE / MAPPING on ABC subclasses). */
static bool mro_has_abc(Type *t, const char *name)
{
    Val mro = t->mro;
    if (mro == NULL || !vm_is_tuple(mro)) return false;
    for (size_t i = 0; i < vm_tuple_len(mro); i++) {
        Type *b = (Type *)(void *)val_obj(vm_tuple_get(mro, i));
        if (b->name_obj != NULL && vm_str_eq_cstr(b->name_obj, name) && b->module != NULL &&
            vm_is_str(b->module) && vm_str_eq_cstr(b->module, "collections.abc"))
            return true;
    }
    return false;
}

/* Classes defined in Python get CPython's SEQUENCE / MAPPING flag by
 * subclassing or registering with collections.abc: ask the ABC (when the
 * module is loaded at all).  1 / 0, -1 error. */
static int heap_abc_check(Val subject, const char *abc)
{
    Type *t = vm_typeof(subject);
    if (!(t->flags & VM_TF_HEAPTYPE) || vm->modules == NULL) return 0;
    Val mod = vm_dict_get_cstr(vm->modules, "collections.abc");
    if (mod == NULL) return vm_err_occurred() ? -1 : 0;
    Val cls = vm_getattr_opt(mod, vm_intern_cstr(abc));
    if (cls == NULL) return vm_err_occurred() ? -1 : 0;
    return vm_isinstance(subject, cls);
}

int vm_op_match_mapping(Val subject)
{
    Type *t = vm_typeof(subject);
    if (vm_is_dict(subject)) return 1;
    if (mro_has_abc(t, "Mapping") || mro_has_abc(t, "MutableMapping")) return 1;
    return heap_abc_check(subject, "Mapping");
}

int vm_op_match_sequence(Val subject)
{
    Type *t = vm_typeof(subject);
    if (val_is_small(subject)) return 0;
    if (vm_is_list(subject) || vm_is_tuple(subject) || vm_isinstance_t(subject, &vm_type_range) ||
        vm_isinstance_t(subject, &vm_type_memoryview) || vm_is_array_exporter(subject))
        return 1; /* array.array has Py_TPFLAGS_SEQUENCE too */
    if (vm_is_str(subject) || vm_is_bytes(subject) || vm_isinstance_t(subject, &vm_type_bytearray))
        return 0;
    if (t->name != NULL && t->module != NULL && vm_is_str(t->module) &&
        vm_str_eq_cstr(t->module, "collections") && t->name_obj != NULL &&
        vm_str_eq_cstr(t->name_obj, "deque"))
        return 1;
    if (mro_has_abc(t, "Sequence") || mro_has_abc(t, "MutableSequence")) return 1;
    return heap_abc_check(subject, "Sequence");
}

Val vm_op_match_keys(Val subject, Val keys)
{
    size_t nkeys = vm_tuple_len(keys);
    if (nkeys == 0) return vm_empty_tuple;
    Val get = vm_getattr(subject, vm_intern_cstr("get"));
    if (get == NULL) return NULL;
    Val seen = vm_set_new();
    Val dummy = vm_list_new(0);
    Val values = vm_list_new(0);
    if (seen == NULL || dummy == NULL || values == NULL) return NULL;
    for (size_t i = 0; i < nkeys; i++) {
        Val key = vm_tuple_get(keys, i);
        int r = vm_set_contains(seen, key);
        if (r < 0) return NULL;
        if (r > 0) return vm_err_fmt(&vm_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
        if (vm_set_add(seen, key) < 0) return NULL;
        Val v = vm_call2(get, key, dummy);
        if (v == NULL) return NULL;
        if (v == dummy) return VM_None;
        if (vm_list_append(values, v) < 0) return NULL;
    }
    return vm_list_as_tuple(values);
}

Val vm_op_copy_dict_without_keys(Val subject, Val keys)
{
    Val d = vm_dict_new();
    if (d == NULL) return NULL;
    if (merge(d, subject, true) < 0) return NULL;
    for (size_t i = 0; i < vm_tuple_len(keys); i++) {
        Val old;
        if (vm_dict_pop_opt(d, vm_tuple_get(keys, i), &old) < 0) return NULL;
    }
    return d;
}

static bool match_self_type(Type *t)
{
    static Type *const selfs[] = {&vm_type_bool, &vm_type_bytearray, &vm_type_bytes, &vm_type_dict,
                                  &vm_type_float, &vm_type_frozenset, &vm_type_int, &vm_type_list,
                                  &vm_type_set, &vm_type_str, &vm_type_tuple};
    for (size_t i = 0; i < sizeof selfs / sizeof selfs[0]; i++)
        if (t == selfs[i] || vm_is_subtype(t, selfs[i])) return true;
    return false;
}

/* getattr for a class pattern; VM_None stands for "absent" (no match). */
static Val match_class_attr(Val subject, Type *type, Val name, Val seen)
{
    int r = vm_set_contains(seen, name);
    if (r < 0) return NULL;
    if (r > 0)
        return vm_err_fmt(&vm_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          type->name, name);
    if (vm_set_add(seen, name) < 0) return NULL;
    Val a = vm_getattr_opt(subject, name);
    if (a == NULL && !vm_err_occurred()) return VM_NotImplemented; /* absent marker */
    return a;
}

Val vm_op_match_class(Val subject, Val typev, size_t nargs, Val kwnames)
{
    if (!vm_isinstance_t(typev, &vm_type_type))
        return vm_err_str(&vm_exc_TypeError, "called match pattern must be a type");
    Type *type = (Type *)(void *)val_obj(typev);
    int inst = vm_isinstance(subject, typev);
    if (inst < 0) return NULL;
    if (inst == 0) return VM_None;
    Val seen = vm_set_new();
    Val attrs = vm_list_new(0);
    if (seen == NULL || attrs == NULL) return NULL;
    if (nargs > 0) {
        bool match_self = false;
        Val match_args = vm_getattr_opt(typev, vm_intern_cstr("__match_args__"));
        if (match_args != NULL) {
            if (!vm_is_type(match_args, &vm_type_tuple))
                return vm_err_fmt(&vm_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                                  type->name, vm_tname(match_args));
        } else {
            if (vm_err_occurred()) return NULL;
            match_args = vm_empty_tuple;
            match_self = match_self_type(type);
        }
        size_t allowed = match_self ? 1 : vm_tuple_len(match_args);
        if (allowed < nargs)
            return vm_err_fmt(&vm_exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                              type->name, allowed, allowed == 1 ? "" : "s", nargs);
        if (match_self) {
            if (vm_list_append(attrs, subject) < 0) return NULL;
        } else {
            for (size_t i = 0; i < nargs; i++) {
                Val name = vm_tuple_get(match_args, i);
                if (!vm_is_type(name, &vm_type_str))
                    return vm_err_fmt(&vm_exc_TypeError,
                                      "__match_args__ elements must be strings (got %s)", vm_tname(name));
                Val a = match_class_attr(subject, type, name, seen);
                if (a == NULL) return NULL;
                if (a == VM_NotImplemented) return VM_None;
                if (vm_list_append(attrs, a) < 0) return NULL;
            }
        }
    }
    for (size_t i = 0; i < vm_tuple_len(kwnames); i++) {
        if (!vm_is_str(vm_tuple_get(kwnames, i))) return bad_code("MATCH_CLASS attribute name is not a str");
        Val a = match_class_attr(subject, type, vm_tuple_get(kwnames, i), seen);
        if (a == NULL) return NULL;
        if (a == VM_NotImplemented) return VM_None;
        if (vm_list_append(attrs, a) < 0) return NULL;
    }
    return vm_list_as_tuple(attrs);
}

/* ---- exceptions ---- */

static bool is_exc_class(Val v)
{
    if (val_is_small(v) || !vm_isinstance_t(v, &vm_type_type)) return false;
    Type *t = (Type *)(void *)val_obj(v);
    return t == &vm_exc_BaseException || vm_is_subtype(t, &vm_exc_BaseException);
}

static bool is_exc_instance(Val v)
{
    if (val_is_small(v)) return false;
    Type *t = vm_typeof(v);
    return t == &vm_exc_BaseException || vm_is_subtype(t, &vm_exc_BaseException);
}

static bool is_eg_instance(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_exc_BaseExceptionGroup); }

int vm_op_check_exc_match(Val type, bool star)
{
    static const char msg[] = "catching classes that do not inherit from BaseException is not allowed";
    bool eg = false;
    if (vm_is_tuple(type)) {
        for (size_t i = 0; i < vm_tuple_len(type); i++) {
            Val t = vm_tuple_get(type, i);
            if (!is_exc_class(t)) {
                vm_err_str(&vm_exc_TypeError, msg);
                return -1;
            }
            if (vm_is_subtype((Type *)(void *)val_obj(t), &vm_exc_BaseExceptionGroup)) eg = true;
        }
    } else {
        if (!is_exc_class(type)) {
            vm_err_str(&vm_exc_TypeError, msg);
            return -1;
        }
        Type *t = (Type *)(void *)val_obj(type);
        eg = t == &vm_exc_BaseExceptionGroup || vm_is_subtype(t, &vm_exc_BaseExceptionGroup);
    }
    if (star && eg) {
        vm_err_str(&vm_exc_TypeError,
                   "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int vm_exc_matches_type(Val exc, Val type)
{
    if (vm_is_tuple(type)) {
        for (size_t i = 0; i < vm_tuple_len(type); i++)
            if (vm_exc_matches_type(exc, vm_tuple_get(type, i)) == 1) return 1;
        return 0;
    }
    if (!vm_isinstance_t(type, &vm_type_type)) return 0;
    Type *et = vm_typeof(exc);
    Type *t = (Type *)(void *)val_obj(type);
    return et == t || vm_is_subtype(et, t);
}

static ExcObj *exc_obj(Val e) { return (ExcObj *)(void *)val_obj(e); }

int vm_op_eg_match(Val exc, Val type, Val *rest, Val *match)
{
    if (exc == VM_None) {
        *match = VM_None;
        *rest = VM_None;
        return 0;
    }
    if (vm_exc_matches_type(exc, type)) {
        if (is_eg_instance(exc)) {
            *match = exc;
        } else {
            Val excs = vm_tuple_pack(1, exc);
            Val msg = vm_str_cstr("");
            if (excs == NULL || msg == NULL) return -1;
            Val wrapped = vm_call2(obj_val(&vm_exc_BaseExceptionGroup), msg, excs);
            if (wrapped == NULL) return -1;
            exc_obj(wrapped)->traceback = exc_obj(exc)->traceback;
            *match = wrapped;
        }
        *rest = VM_None;
        return 0;
    }
    if (is_eg_instance(exc)) {
        Val pair = vm_call_method(exc, "split", &type, 1);
        if (pair == NULL) return -1;
        if (!vm_is_tuple(pair) || vm_tuple_len(pair) != 2) {
            vm_err_fmt(&vm_exc_TypeError, "%s.split must return a 2-tuple, got %s", vm_tname(exc),
                       vm_tname(pair));
            return -1;
        }
        *match = vm_tuple_get(pair, 0);
        *rest = vm_tuple_get(pair, 1);
        return 0;
    }
    *match = VM_None;
    *rest = VM_None;
    return 0;
}

/* Same notes, traceback, cause and context: a re-raise of a part of orig. */
static bool same_metadata(Val e, Val orig)
{
    ExcObj *a = exc_obj(e), *b = exc_obj(orig);
    Val na = vm_getattr_opt(e, vm_intern_cstr("__notes__"));
    if (na == NULL) vm_err_clear();
    Val nb = vm_getattr_opt(orig, vm_intern_cstr("__notes__"));
    if (nb == NULL) vm_err_clear();
    return na == nb && a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

/* Collect the leaf exceptions of e (recursively through groups). */
static int collect_leaves(Val e, Val out)
{
    if (e == VM_None) return 0;
    if (!is_eg_instance(e)) return vm_list_append(out, e);
    Val excs = vm_getattr(e, vm_intern_cstr("exceptions"));
    if (excs == NULL) return -1;
    Val t = vm_sequence_tuple(excs);
    if (t == NULL) return -1;
    for (size_t i = 0; i < vm_tuple_len(t); i++)
        if (collect_leaves(vm_tuple_get(t, i), out) < 0) return -1;
    return 0;
}

/* The predicate passed to split(): is the leaf one of self's (by identity)? */
static Val leaf_in_list(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (nargs != 1) return vm_err_str(&vm_exc_TypeError, "leaf predicate takes one argument");
    Val x = cr_valspan_get((cr_valspan){args, nargs}, 0);
    for (size_t i = 0; i < vm_list_len(self); i++)
        if (vm_list_get(self, i) == x) return VM_True;
    return VM_False;
}

static const vm_methoddef leaf_pred_def = {"_leaf_in", leaf_in_list, 0, NULL};

Val vm_op_prep_reraise_star(Val orig, Val excs)
{
    size_t n = vm_list_len(excs);
    for (size_t i = 0; i < n; i++) {
        Val e = vm_list_get(excs, i);
        if (e != VM_None && !is_exc_instance(e)) return bad_code("PREP_RERAISE_STAR list item is not an exception");
    }
    if (n == 0) return VM_None;
    if (!is_eg_instance(orig)) {
        for (size_t i = 0; i < n; i++)
            if (vm_list_get(excs, i) != VM_None) return vm_list_get(excs, i);
        return VM_None;
    }
    Val raised = vm_list_new(0), reraised = vm_list_new(0);
    if (raised == NULL || reraised == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Val e = vm_list_get(excs, i);
        if (e == VM_None) continue;
        if (vm_list_append(same_metadata(e, orig) ? reraised : raised, e) < 0) return NULL;
    }
    Val reraised_eg = VM_None;
    if (vm_list_len(reraised) > 0) {
        Val leaves = vm_list_new(0);
        if (leaves == NULL) return NULL;
        for (size_t i = 0; i < vm_list_len(reraised); i++)
            if (collect_leaves(vm_list_get(reraised, i), leaves) < 0) return NULL;
        Val pred = vm_builtin_new(&leaf_pred_def, leaves);
        if (pred == NULL) return NULL;
        Val pair = vm_call_method(orig, "split", &pred, 1);
        if (pair == NULL) return NULL;
        if (!vm_is_tuple(pair) || vm_tuple_len(pair) != 2)
            return vm_err_fmt(&vm_exc_TypeError, "%s.split must return a 2-tuple, got %s", vm_tname(orig),
                              vm_tname(pair));
        reraised_eg = vm_tuple_get(pair, 0);
    }
    if (vm_list_len(raised) == 0) return reraised_eg;
    if (reraised_eg != VM_None && vm_list_append(raised, reraised_eg) < 0) return NULL;
    if (vm_list_len(raised) == 1) return vm_list_get(raised, 0);
    Val msg = vm_str_cstr("");
    if (msg == NULL) return NULL;
    return vm_call2(obj_val(&vm_exc_BaseExceptionGroup), msg, raised);
}

/* Implicit chaining: value.__context__ = the handled exception, breaking
 * cycles as CPython's _PyErr_SetObject does. */
void vm_exc_chain_context(Val value)
{
    Val handled = vm->handled_exc;
    if (handled == NULL || handled == VM_None || handled == value) return;
    if (!is_exc_instance(handled)) return;
    Val o = handled, slow = handled;
    bool toggle = false;
    for (;;) {
        Val ctx = exc_obj(o)->context;
        if (ctx == NULL || ctx == VM_None) break;
        if (ctx == value) {
            exc_obj(o)->context = NULL;
            break;
        }
        o = ctx;
        if (o == slow) break;
        if (toggle) slow = exc_obj(slow)->context;
        toggle = !toggle;
    }
    exc_obj(value)->context = handled;
}

int vm_op_do_raise(Val exc, Val cause)
{
    if (exc == NULL) {
        Val v = vm->handled_exc;
        if (v == NULL || v == VM_None) {
            vm_err_str(&vm_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        vm_err_restore(v);
        return 1;
    }
    Val value;
    if (is_exc_class(exc)) {
        value = vm_call0(exc);
        if (value == NULL) return 0;
        if (!is_exc_instance(value)) {
            vm_err_fmt(&vm_exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %R", exc,
                       obj_val(vm_typeof(value)));
            return 0;
        }
    } else if (is_exc_instance(exc)) {
        value = exc;
    } else {
        vm_err_str(&vm_exc_TypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause != NULL) {
        Val fixed;
        if (is_exc_class(cause)) {
            fixed = vm_call0(cause);
            if (fixed == NULL) return 0;
        } else if (is_exc_instance(cause)) {
            fixed = cause;
        } else if (cause == VM_None) {
            fixed = NULL;
        } else {
            vm_err_str(&vm_exc_TypeError, "exception causes must derive from BaseException");
            return 0;
        }
        exc_obj(value)->cause = fixed;
        exc_obj(value)->suppress_context = true;
    }
    vm_exc_chain_context(value);
    vm_err_set_val(value);
    return 0;
}

/* ---- await ---- */

Val vm_op_get_awaitable(Val v, int where)
{
    Type *t = vm_typeof(v);
    if (t == &vm_type_coroutine) {
        GenObj *g = (GenObj *)(void *)val_obj(v);
        if (g->frame != NULL && g->frame->in_yield_from)
            return vm_err_str(&vm_exc_RuntimeError, "coroutine is being awaited already");
        return v;
    }
    if (t == &vm_type_generator) {
        GenObj *g = (GenObj *)(void *)val_obj(v);
        if (g->code->flags & CO_ITERABLE_COROUTINE) return v;
    }
    Val m = vm_lookup_special(v, "__await__");
    if (m == NULL) {
        if (vm_err_occurred()) return NULL;
        if (where == 1)
            return vm_err_fmt(&vm_exc_TypeError,
                              "'async with' received an object from __aenter__ that does not "
                              "implement __await__: %s",
                              t->name);
        if (where == 2)
            return vm_err_fmt(&vm_exc_TypeError,
                              "'async with' received an object from __aexit__ that does not "
                              "implement __await__: %s",
                              t->name);
        return vm_err_fmt(&vm_exc_TypeError, "object %s can't be used in 'await' expression", t->name);
    }
    Val r = vm_call0(m);
    if (r == NULL) return NULL;
    Type *rt = vm_typeof(r);
    if (rt == &vm_type_coroutine ||
        (rt == &vm_type_generator && (((GenObj *)(void *)val_obj(r))->code->flags & CO_ITERABLE_COROUTINE)))
        return vm_err_str(&vm_exc_TypeError, "__await__() returned a coroutine");
    if (rt->iternext == NULL)
        return vm_err_fmt(&vm_exc_TypeError, "__await__() returned non-iterator of type '%s'", rt->name);
    return r;
}
