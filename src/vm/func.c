/* Function objects, argument binding, bound methods, cells, built-in
 * functions, method and getset descriptors of built-in types, and the
 * generic call (vm_call).
 *
 * Argument binding follows CPython 3.11's initialize_locals exactly,
 * including the order in which errors are detected and their wording.
 */
#include <stddef.h>

#include "vm/ceval_internal.h"
#include "vm/type.h"

static int64_t ptr_hash(const void *p)
{
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60); /* CPython's _Py_HashPointer */
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

/* ================= functions ================= */

Val vm_function_new(CodeObj *co, Val globals, Val qualname)
{
    FuncObj *fn = vm_alloc_obj(&vm_type_function, sizeof(FuncObj), CR_SCAN);
    if (fn == NULL) return NULL;
    fn->code = co;
    fn->globals = globals;
    fn->builtins = vm_builtins_from_globals(globals);
    fn->name = co->name;
    fn->qualname = qualname != NULL && vm_is_str(qualname) ? qualname : co->name;
    fn->doc = VM_None;
    if (vm_tuple_len(co->consts) >= 1) {
        Val d = vm_tuple_get(co->consts, 0);
        if (vm_is_str(d)) fn->doc = d;
    }
    fn->module = NULL;
    if (globals != NULL && vm_is_dict(globals)) {
        fn->module = vm_dict_get_cstr(globals, "__name__");
        if (fn->module == NULL && vm_err_occurred()) return NULL;
    }
    return obj_val(fn);
}

Val vm_cell_new(Val content)
{
    CellObj *c = vm_alloc_obj(&vm_type_cell, sizeof(CellObj), CR_SCAN);
    if (c == NULL) return NULL;
    c->ref = content;
    return obj_val(c);
}

/* ---- argument binding errors (CPython's wording) ---- */

static Val join_names(Val names) /* 'a'; 'a' and 'b'; 'a', 'b', and 'c' */
{
    size_t n = vm_list_len(names);
    if (n == 1) return vm_list_get(names, 0);
    if (n == 2) return vm_str_fmt("%U and %U", vm_list_get(names, 0), vm_list_get(names, 1));
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) cr_buf_cstr(&b, ", ");
        if (i == n - 1) cr_buf_cstr(&b, "and ");
        cr_buf_append(&b, vm_str_span(vm_list_get(names, i)));
    }
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static void missing_arguments(FuncObj *fn, cr_valspan fast, size_t missing, int64_t defcount)
{
    CodeObj *co = fn->code;
    bool positional = defcount != -1;
    size_t start, end;
    if (positional) {
        start = 0;
        end = (size_t)co->argcount - (size_t)defcount;
    } else {
        start = (size_t)co->argcount;
        end = start + (size_t)co->kwonlyargcount;
    }
    Val names = vm_list_new(0);
    if (names == NULL) return;
    for (size_t i = start; i < end; i++) {
        if (cr_valspan_get(fast, i) != NULL) continue;
        Val r = vm_repr(vm_tuple_get(co->varnames, i));
        if (r == NULL || vm_list_append(names, r) < 0) return;
    }
    Val s = join_names(names);
    if (s == NULL) return;
    vm_err_fmt(&vm_exc_TypeError, "%U() missing %zu required %s argument%s: %U", fn->qualname, missing,
               positional ? "positional" : "keyword-only", missing == 1 ? "" : "s", s);
}

static void too_many_positional(FuncObj *fn, cr_valspan fast, size_t given)
{
    CodeObj *co = fn->code;
    size_t argcount = (size_t)co->argcount, kwonly_given = 0;
    for (size_t i = argcount; i < argcount + (size_t)co->kwonlyargcount; i++)
        if (cr_valspan_get(fast, i) != NULL) kwonly_given++;
    size_t defcount = fn->defaults != NULL ? vm_tuple_len(fn->defaults) : 0;
    Val sig, kwsig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = vm_str_fmt("from %zu to %zu", argcount - defcount, argcount);
    } else {
        plural = argcount != 1;
        sig = vm_str_fmt("%zu", argcount);
    }
    if (sig == NULL) return;
    if (kwonly_given)
        kwsig = vm_str_fmt(" positional argument%s (and %zu keyword-only argument%s)", given != 1 ? "s" : "",
                           kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwsig = vm_str_cstr("");
    if (kwsig == NULL) return;
    vm_err_fmt(&vm_exc_TypeError, "%U() takes %U positional argument%s but %zu%U %s given", fn->qualname, sig,
               plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

/* True (with the error set) if positional-only parameters were passed by
 * keyword; false otherwise. */
static bool posonly_passed_as_keyword(FuncObj *fn, Val kwnames)
{
    CodeObj *co = fn->code;
    Val names = vm_list_new(0);
    if (names == NULL) return true;
    for (size_t k = 0; k < (size_t)co->posonlyargcount; k++) {
        Val pn = vm_tuple_get(co->varnames, k);
        for (size_t j = 0; j < vm_tuple_len(kwnames); j++) {
            Val kn = vm_tuple_get(kwnames, j);
            if (kn == pn || (vm_is_str(kn) && vm_str_eq(kn, pn))) {
                if (vm_list_append(names, kn) < 0) return true;
                break;
            }
        }
    }
    size_t n = vm_list_len(names);
    if (n == 0) return false;
    Val sep = vm_str_cstr(", ");
    Val joined = sep != NULL ? vm_str_join(sep, names) : NULL;
    if (joined == NULL) return true;
    vm_err_fmt(&vm_exc_TypeError,
               "%U() got some positional-only arguments passed as keyword arguments: '%U'", fn->qualname,
               joined);
    return true;
}

/* Index of parameter keyword (posonly..total) or -1. */
static int64_t find_keyword(CodeObj *co, Val keyword, size_t total)
{
    for (size_t j = (size_t)co->posonlyargcount; j < total; j++)
        if (vm_tuple_get(co->varnames, j) == keyword) return (int64_t)j;
    for (size_t j = (size_t)co->posonlyargcount; j < total; j++)
        if (vm_str_eq(vm_tuple_get(co->varnames, j), keyword)) return (int64_t)j;
    return -1;
}

/* CPython 3.11 initialize_locals: bind args into fast. */
static int bind_arguments(FuncObj *fn, cr_valspan fast, Val *args, size_t argcount, Val kwnames)
{
    CodeObj *co = fn->code;
    size_t co_argcount = (size_t)co->argcount;
    size_t total_args = co_argcount + (size_t)co->kwonlyargcount;
    size_t nkw = kwnames != NULL ? vm_tuple_len(kwnames) : 0;
    cr_valspan a = {args, argcount + nkw};
    Val kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = vm_dict_new();
        if (kwdict == NULL) return -1;
        size_t i = total_args + ((co->flags & CO_VARARGS) ? 1 : 0);
        cr_valspan_set(fast, i, kwdict);
    }
    size_t n = argcount < co_argcount ? argcount : co_argcount;
    for (size_t j = 0; j < n; j++) cr_valspan_set(fast, j, cr_valspan_get(a, j));
    if (co->flags & CO_VARARGS) {
        Val u = argcount > n ? vm_tuple_from(cr_valspan_sub(a, n, argcount - n).items, argcount - n)
                             : vm_empty_tuple;
        if (u == NULL) return -1;
        cr_valspan_set(fast, total_args, u);
    }
    for (size_t i = 0; i < nkw; i++) {
        Val keyword = vm_tuple_get(kwnames, i);
        Val value = cr_valspan_get(a, argcount + i);
        if (!vm_is_str(keyword)) {
            vm_err_fmt(&vm_exc_TypeError, "%U() keywords must be strings", fn->qualname);
            return -1;
        }
        int64_t j = find_keyword(co, keyword, total_args);
        if (j < 0) {
            if (kwdict == NULL) {
                if (co->posonlyargcount && posonly_passed_as_keyword(fn, kwnames)) return -1;
                vm_err_fmt(&vm_exc_TypeError, "%U() got an unexpected keyword argument '%S'", fn->qualname,
                           keyword);
                return -1;
            }
            if (vm_dict_set(kwdict, keyword, value) < 0) return -1;
            continue;
        }
        if (cr_valspan_get(fast, (size_t)j) != NULL) {
            vm_err_fmt(&vm_exc_TypeError, "%U() got multiple values for argument '%S'", fn->qualname, keyword);
            return -1;
        }
        cr_valspan_set(fast, (size_t)j, value);
    }
    if (argcount > co_argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(fn, fast, argcount);
        return -1;
    }
    if (argcount < co_argcount) {
        size_t defcount = fn->defaults != NULL ? vm_tuple_len(fn->defaults) : 0;
        size_t m = co_argcount - defcount, missing = 0;
        for (size_t i = argcount; i < m; i++)
            if (cr_valspan_get(fast, i) == NULL) missing++;
        if (missing) {
            missing_arguments(fn, fast, missing, (int64_t)defcount);
            return -1;
        }
        for (size_t i = n > m ? n - m : 0; i < defcount; i++)
            if (cr_valspan_get(fast, m + i) == NULL) cr_valspan_set(fast, m + i, vm_tuple_get(fn->defaults, i));
    }
    if (co->kwonlyargcount > 0) {
        size_t missing = 0;
        for (size_t i = co_argcount; i < total_args; i++) {
            if (cr_valspan_get(fast, i) != NULL) continue;
            if (fn->kwdefaults != NULL) {
                Val def = vm_dict_get(fn->kwdefaults, vm_tuple_get(co->varnames, i));
                if (def != NULL) {
                    cr_valspan_set(fast, i, def);
                    continue;
                }
                if (vm_err_occurred()) return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(fn, fast, missing, -1);
            return -1;
        }
    }
    return 0;
}

FrameObj *vm_func_make_frame(FuncObj *fn, Val *args, size_t nargs, Val kwnames)
{
    CodeObj *co = fn->code;
    FrameObj *f = vm_func_frame(fn, co);
    if (f == NULL) return NULL;
    cr_valspan fast = f->slots;
    if (kwnames == NULL && vm_plain_positional(co, nargs)) {
        cr_valspan a = {args, nargs};
        for (size_t i = 0; i < nargs; i++) cr_valspan_set(fast, i, cr_valspan_get(a, i));
    } else if (bind_arguments(fn, fast, args, nargs, kwnames) < 0) {
        return NULL;
    }
    if (f->stack_base > f->ncells_start && vm_frame_init_cells(f, fn) < 0) return NULL;
    return f;
}

FrameObj *vm_func_make_frame_at(FuncObj *fn, cr_valspan stack, size_t at, size_t nargs)
{
    CodeObj *co = fn->code;
    if (!vm_plain_positional(co, nargs))
        return vm_func_make_frame(fn, cr_valspan_sub(stack, at, nargs).items, nargs, NULL);
    FrameObj *f = vm_func_frame(fn, co);
    if (f == NULL) return NULL;
    cr_valspan fast = f->slots;
    for (size_t i = 0; i < nargs; i++) cr_valspan_set(fast, i, cr_valspan_get(stack, at + i));
    if (f->stack_base > f->ncells_start && vm_frame_init_cells(f, fn) < 0) return NULL;
    return f;
}

Val vm_func_call(Val func, Val *args, size_t nargs, Val kwnames)
{
    FuncObj *fn = vm_func_obj(func);
    CodeObj *co = fn->code;
    if (!co->verified && !vm_code_verify(co)) return NULL;
    FrameObj *f = vm_func_make_frame(fn, args, nargs, kwnames);
    if (f == NULL) return NULL;
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return vm_gen_new(f, fn->name, fn->qualname);
    return vm_eval_frame(f, NULL);
}

/* ---- function attributes ---- */

static FuncObj *FN(Val v) { return vm_func_obj(v); }

static Val func_repr(Val self) { return vm_str_fmt("<function %U at %p>", FN(self)->qualname, (void *)val_obj(self)); }

static Val func_descr_get(Val self, Val obj, Val type)
{
    if (obj == NULL || obj == VM_None) return self;
    return vm_method_new(self, obj);
}

static Val func_get_name(Val s) { return FN(s)->name; }
static int func_set_name(Val s, Val v)
{
    if (v == NULL || !vm_is_str(v)) {
        vm_err_str(&vm_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    FN(s)->name = v;
    return 0;
}
static Val func_get_qualname(Val s) { return FN(s)->qualname; }
static int func_set_qualname(Val s, Val v)
{
    if (v == NULL || !vm_is_str(v)) {
        vm_err_str(&vm_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    FN(s)->qualname = v;
    return 0;
}
static Val func_get_doc(Val s) { return FN(s)->doc != NULL ? FN(s)->doc : VM_None; }
static int func_set_doc(Val s, Val v)
{
    FN(s)->doc = v != NULL ? v : VM_None;
    return 0;
}
static Val func_get_defaults(Val s) { return FN(s)->defaults != NULL ? FN(s)->defaults : VM_None; }
static int func_set_defaults(Val s, Val v)
{
    if (v == VM_None) v = NULL;
    if (v != NULL && !vm_is_tuple(v)) {
        vm_err_str(&vm_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    FN(s)->defaults = v != NULL && vm_tuple_len(v) > 0 ? v : NULL;
    return 0;
}
static Val func_get_kwdefaults(Val s) { return FN(s)->kwdefaults != NULL ? FN(s)->kwdefaults : VM_None; }
static int func_set_kwdefaults(Val s, Val v)
{
    if (v == VM_None) v = NULL;
    if (v != NULL && !vm_is_dict(v)) {
        vm_err_str(&vm_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    FN(s)->kwdefaults = v;
    return 0;
}
static Val func_get_code(Val s) { return obj_val(FN(s)->code); }
static int func_set_code(Val s, Val v)
{
    if (v == NULL || !vm_is_type(v, &vm_type_code)) {
        vm_err_str(&vm_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    CodeObj *co = (CodeObj *)(void *)val_obj(v);
    size_t nfree = vm_tuple_len(co->freevars);
    size_t nclosure = FN(s)->closure != NULL ? vm_tuple_len(FN(s)->closure) : 0;
    if (nfree != nclosure) {
        vm_err_fmt(&vm_exc_ValueError, "%U() requires a code object with %zu free vars, not %zu", FN(s)->name,
                   nclosure, nfree);
        return -1;
    }
    FN(s)->code = co;
    FN(s)->gcache = (cr_valspan){NULL, 0};
    return 0;
}
static Val func_get_globals(Val s) { return FN(s)->globals; }
static Val func_get_builtins(Val s) { return FN(s)->builtins; }
static Val func_get_closure(Val s) { return FN(s)->closure != NULL ? FN(s)->closure : VM_None; }
static Val func_get_module(Val s) { return FN(s)->module != NULL ? FN(s)->module : VM_None; }
static int func_set_module(Val s, Val v)
{
    FN(s)->module = v;
    return 0;
}
static Val func_get_annotations(Val s)
{
    if (FN(s)->annotations == NULL) FN(s)->annotations = vm_dict_new();
    return FN(s)->annotations;
}
static int func_set_annotations(Val s, Val v)
{
    if (v == VM_None) v = NULL;
    if (v != NULL && !vm_is_dict(v)) {
        vm_err_str(&vm_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    FN(s)->annotations = v;
    return 0;
}
static Val func_get_dict(Val s)
{
    if (FN(s)->dict == NULL) FN(s)->dict = vm_dict_new();
    return FN(s)->dict;
}
static int func_set_dict(Val s, Val v)
{
    if (v == NULL) {
        vm_err_str(&vm_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!vm_is_dict(v)) {
        vm_err_fmt(&vm_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", vm_tname(v));
        return -1;
    }
    FN(s)->dict = v;
    return 0;
}

/* __globals__, __builtins__, __closure__ are read-only members in CPython. */
static int func_set_readonly(Val self, Val v)
{
    vm_err_str(&vm_exc_AttributeError, "readonly attribute");
    return -1;
}

static const vm_getsetdef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__code__", func_get_code, func_set_code},
    {"__globals__", func_get_globals, func_set_readonly},
    {"__builtins__", func_get_builtins, func_set_readonly},
    {"__closure__", func_get_closure, func_set_readonly},
    {"__module__", func_get_module, func_set_module},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", func_get_dict, func_set_dict},
    {NULL, NULL, NULL},
};

/* types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
static Val func_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    Val a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (!vm_parse_args("function", args, nargs, kwnames, kwlist, 0, 2, 5, a)) return NULL;
    if (!vm_is_type(a[0], &vm_type_code))
        return vm_err_fmt(&vm_exc_TypeError, "function() argument 'code' must be code, not %s", vm_tname(a[0]));
    if (!vm_is_dict(a[1]))
        return vm_err_fmt(&vm_exc_TypeError, "function() argument 'globals' must be dict, not %s", vm_tname(a[1]));
    if (a[2] != NULL && a[2] != VM_None && !vm_is_str(a[2]))
        return vm_err_str(&vm_exc_TypeError, "arg 3 (name) must be None or string");
    if (a[3] != NULL && a[3] != VM_None && !vm_is_tuple(a[3]))
        return vm_err_str(&vm_exc_TypeError, "arg 4 (defaults) must be None or tuple");
    CodeObj *co = (CodeObj *)(void *)val_obj(a[0]);
    size_t nfree = vm_tuple_len(co->freevars);
    if (a[4] != NULL && a[4] != VM_None && !vm_is_tuple(a[4]))
        return vm_err_str(&vm_exc_TypeError, "arg 5 (closure) must be tuple");
    size_t nclosure = a[4] != NULL && a[4] != VM_None ? vm_tuple_len(a[4]) : 0;
    if (nfree != nclosure)
        return vm_err_fmt(&vm_exc_ValueError, "%U requires closure of length %zu, not %zu", co->name, nfree, nclosure);
    for (size_t i = 0; i < nclosure; i++)
        if (!vm_is_type(vm_tuple_get(a[4], i), &vm_type_cell))
            return vm_err_fmt(&vm_exc_TypeError, "arg 5 (closure) expected cell, found %s",
                              vm_tname(vm_tuple_get(a[4], i)));
    Val fv = vm_function_new(co, a[1], co->qualname);
    if (fv == NULL) return NULL;
    FuncObj *fn = vm_func_obj(fv);
    if (a[2] != NULL && a[2] != VM_None) fn->name = a[2];
    if (a[3] != NULL && a[3] != VM_None && vm_tuple_len(a[3]) > 0) fn->defaults = a[3];
    if (nclosure > 0) fn->closure = a[4];
    return fv;
}

Type vm_type_function = {
    .base = {&vm_type_type},
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .flags = VM_TF_HAS_DICT,
    .tbase = &vm_type_object,
    .dict_offset = offsetof(FuncObj, dict),
    .repr = func_repr,
    .new_ = func_new,
    .call = vm_func_call,
    .descr_get = func_descr_get,
    .getsets = func_getsets,
};

/* ================= bound methods ================= */

static MethodObj *METH(Val v) { return (MethodObj *)(void *)val_obj(v); }

Val vm_method_new(Val func, Val self)
{
    MethodObj *m = vm_alloc_obj(&vm_type_method, sizeof(MethodObj), CR_SCAN);
    if (m == NULL) return NULL;
    m->func = func;
    m->self = self;
    return obj_val(m);
}

/* Call with self prepended (one copy of the arguments). */
static Val method_call(Val callable, Val *args, size_t nargs, Val kwnames)
{
    MethodObj *m = METH(callable);
    size_t nkw = kwnames != NULL ? vm_tuple_len(kwnames) : 0;
    size_t total = nargs + nkw;
    Val small[8];
    cr_valspan buf;
    if (total + 1 <= 8) {
        buf = (cr_valspan){small, total + 1};
    } else {
        Val *arr = cr_alloc_array(total + 1, sizeof(Val), CR_SCAN);
        if (arr == NULL) return vm_err_nomem();
        buf = (cr_valspan){arr, total + 1};
    }
    cr_valspan a = {args, total};
    cr_valspan_set(buf, 0, m->self);
    for (size_t i = 0; i < total; i++) cr_valspan_set(buf, i + 1, cr_valspan_get(a, i));
    return vm_call(m->func, buf.items, nargs + 1, kwnames);
}

static Val method_repr(Val self)
{
    MethodObj *m = METH(self);
    Val name = vm_getattr_opt(m->func, vm_intern_cstr("__qualname__"));
    if (name == NULL) {
        if (vm_err_occurred()) return NULL;
        name = vm_getattr_opt(m->func, vm_intern_cstr("__name__"));
        if (name == NULL && vm_err_occurred()) return NULL;
    }
    if (name == NULL || !vm_is_str(name)) name = vm_str_cstr("?");
    if (name == NULL) return NULL;
    return vm_str_fmt("<bound method %U of %R>", name, m->self);
}

static Val method_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || !vm_is_type(a, &vm_type_method) || !vm_is_type(b, &vm_type_method))
        return VM_NotImplemented;
    bool eq = METH(a)->func == METH(b)->func && METH(a)->self == METH(b)->self;
    return vm_bool(op == VM_EQ ? eq : !eq);
}

static int64_t method_hash(Val self)
{
    int64_t y = vm_hash(METH(self)->func);
    if (y == -1) return -1;
    int64_t h = ptr_hash(val_obj(METH(self)->self)) ^ y;
    return h == -1 ? -2 : h;
}

static Val method_getattr(Val self, Val name)
{
    Type *t = vm_typeof(self);
    Val descr = vm_type_lookup(t, name);
    if (descr != NULL) {
        Type *dt = vm_typeof(descr);
        if (dt->descr_get != NULL) return dt->descr_get(descr, self, obj_val(t));
        return descr;
    }
    return vm_getattr(METH(self)->func, name);
}

static Val method_get_func(Val s) { return METH(s)->func; }
static Val method_get_self(Val s) { return METH(s)->self; }
static Val method_get_doc(Val s) { return vm_getattr_cstr(METH(s)->func, "__doc__"); }

static const vm_getsetdef method_getsets[] = {
    {"__func__", method_get_func, NULL},
    {"__self__", method_get_self, NULL},
    {"__doc__", method_get_doc, NULL},
    {NULL, NULL, NULL},
};

static Val method_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__reduce__", nargs, kwnames, 0, 0)) return NULL;
    Val getattr_fn = vm->builtins != NULL ? vm_dict_get_cstr(vm->builtins, "getattr") : NULL;
    if (getattr_fn == NULL) return vm_err_str(&vm_exc_RuntimeError, "getattr not found");
    Val name = vm_getattr_cstr(METH(self)->func, "__name__");
    if (name == NULL) return NULL;
    return vm_tuple_pack(2, getattr_fn, vm_tuple_pack(2, METH(self)->self, name));
}

static const vm_methoddef method_methods[] = {
    {"__reduce__", method_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* (getattr, (owner, name)): how CPython pickles bound built-in methods,
 * method descriptors and method-wrappers (getattr recreates them). */
static Val reduce_getattr(Val owner, Val name)
{
    Val getattr_fn = vm->builtins != NULL ? vm_dict_get_cstr(vm->builtins, "getattr") : NULL;
    if (getattr_fn == NULL) return vm_err_occurred() ? NULL : vm_err_str(&vm_exc_AttributeError, "getattr");
    if (name == NULL) return NULL;
    Val args = vm_tuple_pack(2, owner, name);
    return args ? vm_tuple_pack(2, getattr_fn, args) : NULL;
}

/* types.MethodType(func, instance), as CPython's method_new. */
static Val method_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    (void)t;
    if (!vm_check_nargs("method", nargs, kwnames, 2, 2)) return NULL;
    if (vm_typeof(args[0])->call == NULL) return vm_err_str(&vm_exc_TypeError, "first argument must be callable");
    if (args[1] == VM_None) return vm_err_str(&vm_exc_TypeError, "instance must not be None");
    return vm_method_new(args[0], args[1]);
}

Type vm_type_method = {
    .base = {&vm_type_type},
    .name = "method",
    .new_ = method_new,
    .basicsize = sizeof(MethodObj),
    .tbase = &vm_type_object,
    .repr = method_repr,
    .hash = method_hash,
    .richcmp = method_richcmp,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
    .methods = method_methods,
};

/* A slot wrapper bound to an instance: (1).__add__ is a 'method-wrapper'
 * (same layout and calling as a bound method, CPython's own type name). */
static Val mwrapper_repr(Val self)
{
    MethodObj *m = METH(self);
    Val name = vm_getattr_cstr(m->func, "__name__");
    if (name == NULL) return NULL;
    return vm_str_fmt("<method-wrapper %R of %s object at %p>", name, vm_tname(m->self),
                      val_is_small(m->self) ? (void *)0 : (void *)val_obj(m->self));
}

static Val mwrapper_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || !vm_is_type(b, vm_typeof(a))) return VM_NotImplemented;
    bool eq = METH(a)->func == METH(b)->func && METH(a)->self == METH(b)->self;
    return vm_bool(op == VM_EQ ? eq : !eq);
}

static Val mwrapper_get_name(Val s) { return vm_getattr_cstr(METH(s)->func, "__name__"); }
static Val mwrapper_get_qualname(Val s) { return vm_getattr_cstr(METH(s)->func, "__qualname__"); }
static const vm_getsetdef mwrapper_getsets[] = {
    {"__self__", method_get_self, NULL},
    {"__name__", mwrapper_get_name, NULL},
    {"__qualname__", mwrapper_get_qualname, NULL},
    {NULL, NULL, NULL},
};

static Val mwrapper_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("method-wrapper.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    return reduce_getattr(METH(self)->self, mwrapper_get_name(self));
}
static const vm_methoddef mwrapper_methods[] = {{"__reduce__", mwrapper_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};

Type vm_type_method_wrapper = {
    .methods = mwrapper_methods,
    .base = {&vm_type_type},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodObj),
    .tbase = &vm_type_object,
    .repr = mwrapper_repr,
    .hash = method_hash,
    .richcmp = mwrapper_richcmp,
    .call = method_call,
    .getsets = mwrapper_getsets,
};

Val vm_method_wrapper_new(Val wrapper, Val self)
{
    if (vm_type_method_wrapper.mro == NULL && vm_type_ready(&vm_type_method_wrapper) < 0) return NULL;
    MethodObj *m = vm_alloc_obj(&vm_type_method_wrapper, sizeof(MethodObj), CR_SCAN);
    if (m == NULL) return NULL;
    m->func = wrapper;
    m->self = self;
    return obj_val(m);
}

/* ================= cells ================= */

static Val cell_repr(Val self)
{
    Val r = vm_cell_obj(self)->ref;
    if (r == NULL) return vm_str_fmt("<cell at %p: empty>", (void *)val_obj(self));
    return vm_str_fmt("<cell at %p: %s object at %p>", (void *)val_obj(self), vm_tname(r),
                      val_is_small(r) ? (void *)0 : (void *)val_obj(r));
}

static Val cell_get_contents(Val s)
{
    Val r = vm_cell_obj(s)->ref;
    if (r == NULL) return vm_err_str(&vm_exc_ValueError, "Cell is empty");
    return r;
}
static int cell_set_contents(Val s, Val v)
{
    vm_cell_obj(s)->ref = v;
    return 0;
}

/* cell([contents]) */
static Val cell_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames) > 0) return vm_err_str(&vm_exc_TypeError, "cell() takes no keyword arguments");
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "cell expected at most 1 argument, got %zu", nargs);
    CellObj *c = vm_alloc_obj(&vm_type_cell, sizeof(CellObj), CR_SCAN);
    if (c == NULL) return NULL;
    c->ref = nargs ? args[0] : NULL;
    return obj_val(c);
}

static const vm_getsetdef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

Type vm_type_cell = {
    .base = {&vm_type_type},
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .tbase = &vm_type_object,
    .repr = cell_repr,
    .new_ = cell_new,
    .getsets = cell_getsets,
};

/* ================= built-in functions and methods ================= */

static BuiltinObj *BI(Val v) { return (BuiltinObj *)(void *)val_obj(v); }

Val vm_builtin_new(const vm_methoddef *def, Val self)
{
    BuiltinObj *b = vm_alloc_obj(&vm_type_builtin, sizeof(BuiltinObj), CR_SCAN);
    if (b == NULL) return NULL;
    b->def = def;
    b->self = self;
    b->module = NULL;
    if (self != NULL && vm_is_type(self, &vm_type_module)) b->module = ((ModuleObj *)(void *)val_obj(self))->name;
    return obj_val(b);
}

static bool builtin_is_function(BuiltinObj *b) { return b->self == NULL || vm_is_type(b->self, &vm_type_module); }

static Val builtin_call(Val callable, Val *args, size_t nargs, Val kwnames)
{
    BuiltinObj *b = BI(callable);
    /* CPython counts built-in calls against the recursion limit too. */
    if (!vm_enter_recursion(" while calling a Python object")) return NULL;
    Val r = b->def->fn(b->self, args, nargs, kwnames);
    vm_leave_recursion();
    if (r == NULL && !vm_err_occurred())
        return vm_err_fmt(&vm_exc_SystemError, "<built-in function %s> returned NULL without setting an exception",
                          b->def->name);
    return r;
}

static Val builtin_repr(Val self)
{
    BuiltinObj *b = BI(self);
    if (builtin_is_function(b)) return vm_str_fmt("<built-in function %s>", b->def->name);
    return vm_str_fmt("<built-in method %s of %s object at %p>", b->def->name, vm_tname(b->self),
                      val_is_small(b->self) ? (void *)0 : (void *)val_obj(b->self));
}

static Val builtin_get_name(Val s) { return vm_str_cstr(BI(s)->def->name); }
static Val builtin_get_qualname(Val s)
{
    BuiltinObj *b = BI(s);
    if (builtin_is_function(b)) return vm_str_cstr(b->def->name);
    Val type = vm_isinstance_t(b->self, &vm_type_type) ? b->self : obj_val(vm_typeof(b->self));
    Val tq = vm_getattr_cstr(type, "__qualname__");
    if (tq == NULL) return NULL;
    return vm_str_fmt("%S.%s", tq, b->def->name);
}
static Val builtin_get_self(Val s)
{
    BuiltinObj *b = BI(s);
    return b->self != NULL ? b->self : VM_None;
}
static Val builtin_get_module(Val s)
{
    BuiltinObj *b = BI(s);
    return b->module != NULL ? b->module : VM_None;
}
static int builtin_set_module(Val s, Val v)
{
    BI(s)->module = v;
    return 0;
}
static Val builtin_get_doc(Val s)
{
    const char *d = BI(s)->def->doc;
    return d != NULL ? vm_str_cstr(d) : VM_None;
}
static Val builtin_get_text_signature(Val s) { return VM_None; }

static const vm_getsetdef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, builtin_set_module},
    {"__doc__", builtin_get_doc, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL},
    {NULL, NULL, NULL},
};

static Val builtin_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || !vm_is_type(a, &vm_type_builtin) || !vm_is_type(b, &vm_type_builtin))
        return VM_NotImplemented;
    bool eq = BI(a)->def == BI(b)->def && BI(a)->self == BI(b)->self;
    return vm_bool(op == VM_EQ ? eq : !eq);
}

static int64_t builtin_hash(Val self)
{
    BuiltinObj *b = BI(self);
    int64_t h = ptr_hash(b->self != NULL ? (const void *)val_obj(b->self) : NULL) ^ ptr_hash(b->def);
    return h == -1 ? -2 : h;
}

/* A module-level function pickles as its name (pickle finds it in its
 * module); a bound method as getattr(self, name). */
static Val builtin_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("builtin_function_or_method.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    BuiltinObj *b = BI(self);
    if (builtin_is_function(b)) return vm_str_cstr(b->def->name);
    return reduce_getattr(b->self, vm_str_cstr(b->def->name));
}
static const vm_methoddef builtin_methods[] = {{"__reduce__", builtin_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};

Type vm_type_builtin = {
    .methods = builtin_methods,
    .base = {&vm_type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinObj),
    .tbase = &vm_type_object,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcmp = builtin_richcmp,
    .call = builtin_call,
    .getsets = builtin_getsets,
};

/* ================= method descriptors ================= */

typedef struct {
    Obj base;
    Type *owner;
    const vm_methoddef *def;
} MethodDescrObj;

typedef struct {
    Obj base;
    Type *owner;
    const vm_getsetdef *def;
} GetSetDescrObj;

static MethodDescrObj *MD(Val v) { return (MethodDescrObj *)(void *)val_obj(v); }
static GetSetDescrObj *GD(Val v) { return (GetSetDescrObj *)(void *)val_obj(v); }

static bool instance_of(Val obj, Type *t)
{
    Type *ot = vm_typeof(obj);
    return ot == t || vm_is_subtype(ot, t);
}

Val vm_method_descr_new(Type *owner, const vm_methoddef *def)
{
    Type *dt = (def->flags & VM_METH_CLASS) ? &vm_type_classmethod_descr : &vm_type_method_descr;
    MethodDescrObj *d = vm_alloc_obj(dt, sizeof(MethodDescrObj), CR_SCAN);
    if (d == NULL) return NULL;
    d->owner = owner;
    d->def = def;
    return obj_val(d);
}

bool vm_is_method_like(Val descr)
{
    if (val_is_small(descr)) return false;
    Type *t = vm_typeof(descr);
    return t == &vm_type_function || t == &vm_type_method_descr;
}

static Val descr_type_error(const char *name, Type *owner, Val obj)
{
    return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                      owner->name, vm_tname(obj));
}

static Val mdescr_get(Val self, Val obj, Val type)
{
    MethodDescrObj *d = MD(self);
    if (obj == NULL) return self;
    if (!instance_of(obj, d->owner)) return descr_type_error(d->def->name, d->owner, obj);
    return vm_builtin_new(d->def, obj);
}

/* counted: run under the recursion counter (vm_call); the loop's calls
 * (vm_call_uncounted) check the C stack instead, like CPython's
 * specialized method-descriptor calls. */
static Val mdescr_call_impl(Val callable, Val *args, size_t nargs, Val kwnames, bool counted)
{
    MethodDescrObj *d = MD(callable);
    if (nargs < 1)
        return vm_err_fmt(&vm_exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name,
                          d->def->name);
    size_t nkw = kwnames != NULL ? vm_tuple_len(kwnames) : 0;
    cr_valspan a = {args, nargs + nkw};
    Val self = cr_valspan_get(a, 0);
    if (!instance_of(self, d->owner)) return descr_type_error(d->def->name, d->owner, self);
    if (counted && !vm_enter_recursion(" while calling a Python object")) return NULL;
    Val r = d->def->fn(self, cr_valspan_sub(a, 1, nargs - 1 + nkw).items, nargs - 1, kwnames);
    if (counted) vm_leave_recursion();
    if (r == NULL && !vm_err_occurred())
        return vm_err_fmt(&vm_exc_SystemError, "method %s returned NULL without setting an exception", d->def->name);
    return r;
}

static Val mdescr_call(Val callable, Val *args, size_t nargs, Val kwnames)
{
    return mdescr_call_impl(callable, args, nargs, kwnames, true);
}

static Val mdescr_repr(Val self)
{
    return vm_str_fmt("<method '%s' of '%s' objects>", MD(self)->def->name, MD(self)->owner->name);
}

static Val mdescr_get_name(Val s) { return vm_str_cstr(MD(s)->def->name); }
static Val mdescr_get_qualname(Val s)
{
    Val tq = vm_getattr_cstr(obj_val(MD(s)->owner), "__qualname__");
    if (tq == NULL) return NULL;
    return vm_str_fmt("%S.%s", tq, MD(s)->def->name);
}
static Val mdescr_get_objclass(Val s) { return obj_val(MD(s)->owner); }
static Val mdescr_get_doc(Val s) { return MD(s)->def->doc != NULL ? vm_str_cstr(MD(s)->def->doc) : VM_None; }

static const vm_getsetdef mdescr_getsets[] = {
    {"__name__", mdescr_get_name, NULL},
    {"__qualname__", mdescr_get_qualname, NULL},
    {"__objclass__", mdescr_get_objclass, NULL},
    {"__doc__", mdescr_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* getattr(owner type, name), as CPython's descriptors reduce. */
static Val mdescr_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("method_descriptor.__reduce__", nargs, kwnames, 0, 0)) return NULL;
    return reduce_getattr(obj_val(MD(self)->owner), mdescr_get_name(self));
}
static const vm_methoddef mdescr_methods[] = {{"__reduce__", mdescr_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};

Type vm_type_method_descr = {
    .methods = mdescr_methods,
    .base = {&vm_type_type},
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .tbase = &vm_type_object,
    .repr = mdescr_repr,
    .call = mdescr_call,
    .descr_get = mdescr_get,
    .getsets = mdescr_getsets,
};

/* Class methods of built-in types (dict.fromkeys): bind to the type. */
static Val cmdescr_get(Val self, Val obj, Val type)
{
    MethodDescrObj *d = MD(self);
    if (type == NULL) {
        if (obj == NULL) return self;
        type = obj_val(vm_typeof(obj));
    }
    if (!vm_isinstance_t(type, &vm_type_type))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                          d->def->name, d->owner->name, vm_tname(type));
    Type *t = (Type *)(void *)val_obj(type);
    if (t != d->owner && !vm_is_subtype(t, d->owner))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                          d->def->name, d->owner->name, t->name);
    return vm_builtin_new(d->def, type);
}

static Val cmdescr_call(Val callable, Val *args, size_t nargs, Val kwnames)
{
    MethodDescrObj *d = MD(callable);
    if (nargs < 1)
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name,
                          d->owner->name);
    size_t nkw = kwnames != NULL ? vm_tuple_len(kwnames) : 0;
    cr_valspan a = {args, nargs + nkw};
    Val type = cr_valspan_get(a, 0);
    if (!vm_isinstance_t(type, &vm_type_type))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' requires a type but received a '%s'", d->def->name,
                          vm_tname(type));
    Type *t = (Type *)(void *)val_obj(type);
    if (t != d->owner && !vm_is_subtype(t, d->owner))
        return vm_err_fmt(&vm_exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                          d->def->name, d->owner->name, t->name);
    return d->def->fn(type, cr_valspan_sub(a, 1, nargs - 1 + nkw).items, nargs - 1, kwnames);
}

Type vm_type_classmethod_descr = {
    .base = {&vm_type_type},
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObj),
    .tbase = &vm_type_object,
    .repr = mdescr_repr,
    .call = cmdescr_call,
    .descr_get = cmdescr_get,
    .getsets = mdescr_getsets,
};

/* ================= getset descriptors ================= */

Val vm_getset_descr_new(Type *owner, const vm_getsetdef *def)
{
    GetSetDescrObj *d = vm_alloc_obj(&vm_type_getset_descr, sizeof(GetSetDescrObj), CR_SCAN);
    if (d == NULL) return NULL;
    d->owner = owner;
    d->def = def;
    return obj_val(d);
}

static Val gsdescr_get(Val self, Val obj, Val type)
{
    GetSetDescrObj *d = GD(self);
    if (obj == NULL) return self;
    if (!instance_of(obj, d->owner)) return descr_type_error(d->def->name, d->owner, obj);
    if (d->def->get == NULL)
        return vm_err_fmt(&vm_exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                          d->owner->name);
    return d->def->get(obj);
}

static int gsdescr_set(Val self, Val obj, Val value)
{
    GetSetDescrObj *d = GD(self);
    if (!instance_of(obj, d->owner)) {
        descr_type_error(d->def->name, d->owner, obj);
        return -1;
    }
    if (d->def->set == NULL) {
        vm_err_fmt(&vm_exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                   d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

static Val gsdescr_repr(Val self)
{
    return vm_str_fmt("<attribute '%s' of '%s' objects>", GD(self)->def->name, GD(self)->owner->name);
}

static Val gsdescr_get_name(Val s) { return vm_str_cstr(GD(s)->def->name); }
static Val gsdescr_get_qualname(Val s)
{
    Val tq = vm_getattr_cstr(obj_val(GD(s)->owner), "__qualname__");
    if (tq == NULL) return NULL;
    return vm_str_fmt("%S.%s", tq, GD(s)->def->name);
}
static Val gsdescr_get_objclass(Val s) { return obj_val(GD(s)->owner); }
static Val gsdescr_get_doc(Val s) { return VM_None; }

static const vm_getsetdef gsdescr_getsets[] = {
    {"__name__", gsdescr_get_name, NULL},
    {"__qualname__", gsdescr_get_qualname, NULL},
    {"__objclass__", gsdescr_get_objclass, NULL},
    {"__doc__", gsdescr_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_getset_descr = {
    .base = {&vm_type_type},
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .tbase = &vm_type_object,
    .repr = gsdescr_repr,
    .descr_get = gsdescr_get,
    .descr_set = gsdescr_set,
    .getsets = gsdescr_getsets,
};

/* ================= the generic call ================= */

/* A call made by the CALL instruction.  CPython 3.11 specializes calls of
 * built-in functions, method descriptors and built-in classes so that they
 * skip the recursion counter; only Python frames (and calls of classes
 * defined in Python or other callables) count.  Matching this keeps the
 * point where RecursionError is raised, and its message, as in CPython.
 * The C stack is still guarded. */
/* The built-in functions CPython 3.11 still counts when specialized: those
 * with METH_O / METH_NOARGS / METH_VARARGS conventions (len is special-cased
 * and not counted).  Method descriptors are always counted here. */
static bool counted_builtin(BuiltinObj *b)
{
    /* Lengths are stored so that the common case (a name of another
     * length) costs one comparison per entry: this runs on every call of a
     * builtin. */
    static const struct {
        const char *s;
        size_t n;
    } names[] = {{"abs", 3},  {"all", 3},  {"any", 3},  {"ascii", 5},  {"bin", 3},   {"callable", 8}, {"chr", 3},
                 {"hex", 3},  {"id", 2},   {"oct", 3},  {"ord", 3},    {"repr", 4},  {"hash", 4},     {"vars", 4},
                 {"dir", 3},  {"max", 3},  {"min", 3},  {"globals", 7}, {"locals", 6}, {"aiter", 5},   {"anext", 5}};
    if (!builtin_is_function(b)) return true;
    /* The answer depends on the name only: remembered per definition (a
     * direct-mapped memo keyed by the def and its name pointer; a stale
     * entry could only misplace the recursion counter, never memory). */
    static struct {
        const vm_methoddef *def;
        const char *name;
        bool counted;
    } memo[64];
    size_t h = (size_t)(((uintptr_t)b->def >> 4) & 63);
    if (memo[h].def == b->def && memo[h].name == b->def->name) return memo[h].counted;
    bool counted = false;
    cr_span n = cr_span_cstr(b->def->name);
    for (size_t i = 0; i < sizeof names / sizeof names[0] && n.len >= 2 && n.len <= 8; i++)
        if (names[i].n == n.len && cr_span_eq(n, cr_span_make(names[i].s, names[i].n))) counted = true;
    memo[h].def = b->def;
    memo[h].name = b->def->name;
    memo[h].counted = counted;
    return counted;
}

Val vm_call_uncounted(Val callable, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_typeof(callable);
    if (vm_c_stack_exhausted()) return vm_call(callable, args, nargs, kwnames);
    Val r;
    if (t == &vm_type_builtin && !counted_builtin(BI(callable))) {
        BuiltinObj *b = BI(callable);
        r = b->def->fn(b->self, args, nargs, kwnames);
    } else if (t == &vm_type_method_descr) {
        return mdescr_call_impl(callable, args, nargs, kwnames, false);
    } else if (t == &vm_type_type && !(vm_as_type(callable)->flags & VM_TF_HEAPTYPE) && t->call != NULL) {
        r = t->call(callable, args, nargs, kwnames);
    } else {
        return vm_call(callable, args, nargs, kwnames);
    }
    if (r == NULL && !vm_err_occurred()) return vm_call(callable, args, nargs, kwnames);
    return r;
}

Val vm_call(Val callable, Val *args, size_t nargs, Val kwnames)
{
    Type *t = vm_typeof(callable);
    if (t == &vm_type_function) return vm_func_call(callable, args, nargs, kwnames);
    if (t == &vm_type_builtin) return builtin_call(callable, args, nargs, kwnames);
    if (t == &vm_type_method_descr) return mdescr_call(callable, args, nargs, kwnames);
    if (t == &vm_type_method) {
        MethodObj *m = METH(callable);
        if (nargs == 0 && kwnames == NULL) return vm_call(m->func, &m->self, 1, NULL);
        return method_call(callable, args, nargs, kwnames);
    }
    if (t->call == NULL) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not callable", t->name);
    if (!vm_enter_recursion(" while calling a Python object")) return NULL;
    Val r = t->call(callable, args, nargs, kwnames);
    vm_leave_recursion();
    if (r == NULL && !vm_err_occurred())
        return vm_err_fmt(&vm_exc_SystemError, "%R returned NULL without setting an exception", callable);
    return r;
}

Val vm_call0(Val callable) { return vm_call(callable, NULL, 0, NULL); }

Val vm_call1(Val callable, Val a)
{
    Val args[1] = {a};
    return vm_call(callable, args, 1, NULL);
}

Val vm_call2(Val callable, Val a, Val b)
{
    Val args[2] = {a, b};
    return vm_call(callable, args, 2, NULL);
}
