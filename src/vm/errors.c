/* Exceptions: the built-in hierarchy and the pending-exception API. */
#include "vm/import.h"
#include "vm/object.h"
#include "vm/state.h"
#include "vm/frame.h"

#define EXC(o) ((ExcObj *)(void *)val_obj(o))

static bool is_exc_instance(Val v) { return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_EXC_SUBCLASS); }
static bool is_exc_type(Val v)
{
    return !val_is_small(v) && vm_isinstance_t(v, &vm_type_type) &&
           (((Type *)(void *)val_obj(v))->flags & VM_TF_EXC_SUBCLASS);
}

/* ---- the pending exception ---- */

bool vm_err_occurred(void) { return vm->cur_exc != NULL; }
void vm_err_clear(void) { vm->cur_exc = NULL; }

Val vm_err_fetch(void)
{
    Val e = vm->cur_exc;
    vm->cur_exc = NULL;
    return e;
}

void vm_err_restore(Val exc) { vm->cur_exc = exc; }

bool vm_err_matches(Type *t)
{
    return vm->cur_exc && vm_isinstance_t(vm->cur_exc, t);
}

Val vm_err_handled(void) { return vm->handled_exc ? vm->handled_exc : VM_None; }

/* Set exc as the pending exception, chaining the handled one as its
 * __context__ (avoiding cycles) as CPython's _PyErr_SetObject does. */
static void set_pending(Val exc)
{
    Val handled = vm->handled_exc;
    if (handled && handled != VM_None && handled != exc && is_exc_instance(handled)) {
        /* Break a cycle: if exc is already in handled's context chain, cut it. */
        Val o = handled;
        int guard = 0;
        while (o && o != VM_None && guard++ < 100000) {
            Val ctx = EXC(o)->context;
            if (ctx == exc) {
                EXC(o)->context = NULL;
                break;
            }
            o = ctx;
        }
        EXC(exc)->context = handled;
    }
    vm->cur_exc = exc;
}

Val vm_exc_new(Type *t, Val args)
{
    Val e;
    /* Built-in exception types are created without counting against the
     * recursion limit (CPython raises most of its errors without a call). */
    if (!(t->flags & VM_TF_HEAPTYPE) && args && vm_is_type(args, &vm_type_tuple)) {
        cr_valspan a = vm_tuple_items(args);
        e = vm_call_uncounted(obj_val(t), a.items, a.len, NULL);
    } else {
        e = vm_call_tuple_dict(obj_val(t), args, NULL);
    }
    if (!e) return NULL;
    if (!is_exc_instance(e)) {
        return vm_err_fmt(&vm_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %T",
                          obj_val(t), e);
    }
    return e;
}

Val vm_exc_new_msg(Type *t, const char *msg)
{
    Val s = vm_str_cstr(msg);
    if (!s) return NULL;
    Val args = vm_tuple_pack(1, s);
    if (!args) return NULL;
    return vm_exc_new(t, args);
}

/* Allocation failure while reporting an error: a preallocated MemoryError. */
static ExcObj nomem_instance;

Val vm_err_nomem(void)
{
    if (!nomem_instance.base.type) {
        nomem_instance.base.type = &vm_exc_MemoryError;
        nomem_instance.args = vm_empty_tuple;
    }
    nomem_instance.traceback = NULL;
    nomem_instance.context = NULL;
    nomem_instance.cause = NULL;
    vm->cur_exc = obj_val(&nomem_instance);
    return NULL;
}

static Val raise_with_msg(Type *t, Val msg)
{
    if (!msg) return NULL;
    Val args = vm_tuple_pack(1, msg);
    if (!args) return vm_err_nomem();
    Val e = vm_exc_new(t, args);
    if (!e) return NULL;
    set_pending(e);
    return NULL;
}

Val vm_err_fmt(Type *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Val msg = vm_str_vfmt(fmt, ap);
    va_end(ap);
    return raise_with_msg(t, msg);
}

Val vm_err_str(Type *t, const char *msg) { return raise_with_msg(t, vm_str_cstr(msg)); }

Val vm_err_set_val(Val exc)
{
    if (is_exc_type(exc)) {
        Val e = vm_exc_new((Type *)(void *)val_obj(exc), vm_empty_tuple);
        if (!e) return NULL;
        exc = e;
    }
    if (!is_exc_instance(exc)) return vm_err_str(&vm_exc_TypeError, "exceptions must derive from BaseException");
    set_pending(exc);
    return NULL;
}

Val vm_err_syntax(Type *t, const char *msg, Val filename, int lineno, int offset, Val text,
                  int end_lineno, int end_offset)
{
    Val m = vm_str_cstr(msg);
    if (!m) return NULL;
    Val details = vm_tuple_pack(6, filename ? filename : VM_None, vm_int_from_i64(lineno),
                                vm_int_from_i64(offset), text ? text : VM_None,
                                vm_int_from_i64(end_lineno), vm_int_from_i64(end_offset));
    if (!details) return NULL;
    Val args = vm_tuple_pack(2, m, details);
    if (!args) return NULL;
    Val e = vm_exc_new(t, args);
    if (!e) return NULL;
    set_pending(e);
    return NULL;
}

/* ---- BaseException ---- */

static Val exc_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    ExcObj *e = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    if (!e) return NULL;
    e->args = vm_tuple_from(args, nargs);
    if (!e->args) return NULL;
    return obj_val(e);
}

static int exc_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames) > 0) {
        vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", vm_tname(self));
        return -1;
    }
    Val t = vm_tuple_from(args, nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}

static Val exc_str(Val self)
{
    Val args = EXC(self)->args;
    size_t n = args ? vm_tuple_len(args) : 0;
    if (n == 0) return vm_str_cstr("");
    if (n == 1) return vm_str(vm_tuple_get(args, 0));
    return vm_str(args);
}

static Val exc_repr(Val self)
{
    Val args = EXC(self)->args;
    const char *name = vm_tname(self);
    size_t n = args ? vm_tuple_len(args) : 0;
    if (n == 1) return vm_str_fmt("%s(%R)", name, vm_tuple_get(args, 0));
    if (n == 0) return vm_str_fmt("%s()", name);
    return vm_str_fmt("%s%R", name, args);
}

static Val exc_get_args(Val self) { return EXC(self)->args ? EXC(self)->args : vm_empty_tuple; }
static int exc_set_args(Val self, Val v)
{
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "args may not be deleted");
        return -1;
    }
    Val t = vm_sequence_tuple(v);
    if (!t) return -1;
    EXC(self)->args = t;
    return 0;
}
static Val exc_get_tb(Val self) { return EXC(self)->traceback ? EXC(self)->traceback : VM_None; }
static int exc_set_tb(Val self, Val v)
{
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != VM_None && !vm_is_type(v, &vm_type_traceback)) {
        vm_err_str(&vm_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    EXC(self)->traceback = v == VM_None ? NULL : v;
    return 0;
}
static Val exc_get_cause(Val self) { return EXC(self)->cause ? EXC(self)->cause : VM_None; }
static int exc_set_cause(Val self, Val v)
{
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != VM_None && !is_exc_instance(v)) {
        vm_err_str(&vm_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->cause = v == VM_None ? NULL : v;
    EXC(self)->suppress_context = true;
    return 0;
}
static Val exc_get_context(Val self) { return EXC(self)->context ? EXC(self)->context : VM_None; }
static int exc_set_context(Val self, Val v)
{
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != VM_None && !is_exc_instance(v)) {
        vm_err_str(&vm_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    EXC(self)->context = v == VM_None ? NULL : v;
    return 0;
}
static Val exc_get_suppress(Val self) { return vm_bool(EXC(self)->suppress_context); }
static int exc_set_suppress(Val self, Val v)
{
    /* A T_BOOL member in CPython: only bool values, no deletion. */
    if (!v) {
        vm_err_str(&vm_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (v != VM_True && v != VM_False) {
        vm_err_str(&vm_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    EXC(self)->suppress_context = v == VM_True;
    return 0;
}

static Val exc_with_traceback(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("with_traceback", nargs, kwnames, 1, 1)) return NULL;
    if (exc_set_tb(self, args[0]) < 0) return NULL;
    return self;
}

static Val exc_add_note(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("add_note", nargs, kwnames, 1, 1)) return NULL;
    Val note = args[0];
    if (!vm_is_str(note))
        return vm_err_fmt(&vm_exc_TypeError, "note must be a str, not '%s'", vm_tname(note));
    Val notes = vm_getattr_opt(self, vm_intern_cstr("__notes__"));
    if (!notes) {
        if (vm_err_occurred()) return NULL;
        notes = vm_list_new(0);
        if (!notes || vm_setattr_cstr(self, "__notes__", notes) < 0) return NULL;
    }
    if (!vm_is_list(notes)) return vm_err_str(&vm_exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (vm_list_append(notes, note) < 0) return NULL;
    return VM_None;
}

static Val exc_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val d = EXC(self)->dict;
    if (d && vm_dict_len(d)) return vm_tuple_pack(3, obj_val(vm_typeof(self)), exc_get_args(self), d);
    return vm_tuple_pack(2, obj_val(vm_typeof(self)), exc_get_args(self));
}

/* __setstate__(dict): set each item as an attribute (pickle's state of an
 * exception with a __dict__).  The keys are taken first and each value
 * looked up again, so a __hash__ or setattr that changes the dict stops
 * the walk instead of reading freed entries. */
static Val exc_setstate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__setstate__", nargs, kwnames, 1, 1)) return NULL;
    Val state = args[0];
    if (state == VM_None) return VM_None;
    if (!vm_is_dict(state)) return vm_err_str(&vm_exc_TypeError, "state is not a dictionary");
    Val keys = vm_dict_keys_list(state);
    if (!keys) return NULL;
    for (size_t i = 0; i < vm_list_len(keys); i++) {
        Val k = vm_list_get(keys, i);
        Val v = vm_dict_get(state, k);
        if (!v) {
            if (vm_err_occurred()) return NULL;
            break;
        }
        if (vm_setattr(self, k, v) < 0) return NULL;
    }
    return VM_None;
}

static const vm_methoddef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_tb, exc_set_tb},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {NULL, NULL, NULL},
};

/* ---- per-type extras ---- */

/* Attributes stored in extra[i], set by the type's __init__ from args. */
#define EXTRA_GETSET(fname, idx)                                                   \
    static Val fname##_get(Val self)                                              \
    {                                                                              \
        Val v = EXC(self)->extra[idx];                                             \
        return v ? v : VM_None;                                                    \
    }                                                                              \
    static int fname##_set(Val self, Val v)                                       \
    {                                                                              \
        EXC(self)->extra[idx] = v ? v : VM_None;                                   \
        return 0;                                                                  \
    }
EXTRA_GETSET(x0, 0)
EXTRA_GETSET(x1, 1)
EXTRA_GETSET(x2, 2)
EXTRA_GETSET(x3, 3)

static Val arg_or_none(Val *args, size_t nargs, size_t i) { return i < nargs ? args[i] : VM_None; }

static int stopiter_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    EXC(self)->extra[0] = arg_or_none(args, nargs, 0);
    return 0;
}
static const vm_getsetdef stopiter_getsets[] = {{"value", x0_get, x0_set}, {NULL, NULL, NULL}};

static int sysexit_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    EXC(self)->extra[0] = nargs == 0 ? VM_None : nargs == 1 ? args[0] : EXC(self)->args;
    return 0;
}
static const vm_getsetdef sysexit_getsets[] = {{"code", x0_get, x0_set}, {NULL, NULL, NULL}};

static Val keyerror_str(Val self)
{
    Val args = EXC(self)->args;
    if (args && vm_tuple_len(args) == 1) return vm_repr(vm_tuple_get(args, 0));
    return exc_str(self);
}

/* NameError(name=...), AttributeError(name=, obj=), ImportError(msg, name=, path=) */
static int kw_attr_init(Val self, Val *args, size_t nargs, Val kwnames, const char *const *names)
{
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    Val t = vm_tuple_from(args, nargs);
    if (!t) return -1;
    EXC(self)->args = t;
    for (size_t i = 0; i < nkw; i++) {
        Val k = vm_tuple_get(kwnames, i);
        size_t j = 0;
        for (; names[j]; j++) /* boundary: static NULL-terminated keyword table */
            if (vm_str_eq_cstr(k, names[j])) break; /* boundary: static NULL-terminated keyword table */
        if (!names[j]) { /* boundary: static NULL-terminated keyword table */
            vm_err_fmt(&vm_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                       vm_typeof(self)->name_obj, k);
            return -1;
        }
        EXC(self)->extra[j] = args[nargs + i];
    }
    return 0;
}
static const char *const nameerror_kw[] = {"name", NULL};
static int nameerror_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    return kw_attr_init(self, args, nargs, kwnames, nameerror_kw);
}
static const vm_getsetdef nameerror_getsets[] = {{"name", x0_get, x0_set}, {NULL, NULL, NULL}};
static const char *const attrerror_kw[] = {"name", "obj", NULL};
static int attrerror_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    return kw_attr_init(self, args, nargs, kwnames, attrerror_kw);
}
static const vm_getsetdef attrerror_getsets[] = {
    {"name", x0_get, x0_set}, {"obj", x1_get, x1_set}, {NULL, NULL, NULL}};
static const char *const importerror_kw[] = {"name", "path", NULL};
static int importerror_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (kw_attr_init(self, args, nargs, kwnames, importerror_kw) < 0) return -1;
    EXC(self)->extra[2] = nargs == 1 ? args[0] : VM_None;
    return 0;
}
static const vm_getsetdef importerror_getsets[] = {
    {"name", x0_get, x0_set}, {"path", x1_get, x1_set}, {"msg", x2_get, x2_set}, {NULL, NULL, NULL}};

static Type vm_exc_ConnectionAbortedError, vm_exc_ConnectionRefusedError, vm_exc_ConnectionResetError;

/* OSError(errno, strerror, ...) constructs the subclass for the errno. */
static Val oserror_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (t == &vm_exc_OSError && nargs >= 2 && val_is_small(args[0])) {
        static const struct {
            int64_t err;
            Type *t;
        } map[] = {
            {1, &vm_exc_PermissionError}, {2, &vm_exc_FileNotFoundError}, {3, &vm_exc_ProcessLookupError},
            {4, &vm_exc_InterruptedError}, {10, &vm_exc_ChildProcessError}, {11, &vm_exc_BlockingIOError},
            {13, &vm_exc_PermissionError}, {17, &vm_exc_FileExistsError}, {20, &vm_exc_NotADirectoryError},
            {21, &vm_exc_IsADirectoryError}, {32, &vm_exc_BrokenPipeError}, {110, &vm_exc_TimeoutError},
            {104, &vm_exc_ConnectionResetError}, {111, &vm_exc_ConnectionRefusedError},
            {103, &vm_exc_ConnectionAbortedError}, {108, &vm_exc_BrokenPipeError},
            {114, &vm_exc_BlockingIOError}, {115, &vm_exc_BlockingIOError},
        };
        int64_t e = val_small(args[0]);
        for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
            if (map[i].err == e) {
                t = map[i].t;
                break;
            }
    }
    return exc_new(t, args, nargs, kwnames);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
static int oserror_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs >= 2 && nargs <= 5) {
        EXC(self)->extra[0] = args[0];
        EXC(self)->extra[1] = args[1];
        EXC(self)->extra[2] = nargs >= 3 ? args[2] : VM_None;
        EXC(self)->extra[3] = nargs >= 5 ? args[4] : VM_None;
        if (nargs >= 3) {
            Val t = vm_tuple_pack(2, args[0], args[1]);
            if (!t) return -1;
            EXC(self)->args = t;
        }
    }
    return 0;
}
static Val oserror_str(Val self)
{
    ExcObj *e = EXC(self);
    Val en = e->extra[0], se = e->extra[1], fn = e->extra[2], fn2 = e->extra[3];
    if (fn && fn != VM_None) {
        if (fn2 && fn2 != VM_None) return vm_str_fmt("[Errno %S] %S: %R -> %R", en, se, fn, fn2);
        return vm_str_fmt("[Errno %S] %S: %R", en, se, fn);
    }
    if (en && se) return vm_str_fmt("[Errno %S] %S", en, se);
    return exc_str(self);
}
static const vm_getsetdef oserror_getsets[] = {{"errno", x0_get, x0_set},
                                               {"strerror", x1_get, x1_set},
                                               {"filename", x2_get, x2_set},
                                               {"filename2", x3_get, x3_set},
                                               {NULL, NULL, NULL}};

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
 * extra[0] msg, extra[1] the details tuple. */
static int syntaxerror_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    EXC(self)->extra[0] = nargs >= 1 ? args[0] : VM_None;
    if (nargs == 2) {
        Val info = vm_sequence_tuple(args[1]);
        if (!info) return -1;
        size_t n = vm_tuple_len(info);
        if (n < 4 || n > 6) {
            vm_err_str(&vm_exc_IndexError, "tuple index out of range");
            return -1;
        }
        EXC(self)->extra[1] = info;
    }
    return 0;
}
static Val syntax_field(Val self, size_t i)
{
    Val info = EXC(self)->extra[1];
    if (!info || i >= vm_tuple_len(info)) return VM_None;
    return vm_tuple_get(info, i);
}
static Val se_msg(Val self) { return EXC(self)->extra[0] ? EXC(self)->extra[0] : VM_None; }
static Val se_filename(Val self) { return syntax_field(self, 0); }
static Val se_lineno(Val self) { return syntax_field(self, 1); }
static Val se_offset(Val self) { return syntax_field(self, 2); }
static Val se_text(Val self) { return syntax_field(self, 3); }
static Val se_end_lineno(Val self) { return syntax_field(self, 4); }
static Val se_end_offset(Val self) { return syntax_field(self, 5); }
static int se_set_field(Val self, size_t i, Val v)
{
    Val info = EXC(self)->extra[1];
    Val items[6];
    for (size_t k = 0; k < 6; k++) items[k] = info && k < vm_tuple_len(info) ? vm_tuple_get(info, k) : VM_None;
    items[i] = v ? v : VM_None;
    Val t = vm_tuple_from(items, 6);
    if (!t) return -1;
    EXC(self)->extra[1] = t;
    return 0;
}
static int se_set_msg(Val self, Val v)
{
    EXC(self)->extra[0] = v ? v : VM_None;
    return 0;
}
static int se_set_filename(Val self, Val v) { return se_set_field(self, 0, v); }
static int se_set_lineno(Val self, Val v) { return se_set_field(self, 1, v); }
static int se_set_offset(Val self, Val v) { return se_set_field(self, 2, v); }
static int se_set_text(Val self, Val v) { return se_set_field(self, 3, v); }
static int se_set_end_lineno(Val self, Val v) { return se_set_field(self, 4, v); }
static int se_set_end_offset(Val self, Val v) { return se_set_field(self, 5, v); }
static Val se_print_file_and_line(Val self) { return VM_None; }
static const vm_getsetdef syntaxerror_getsets[] = {
    {"msg", se_msg, se_set_msg},
    {"filename", se_filename, se_set_filename},
    {"lineno", se_lineno, se_set_lineno},
    {"offset", se_offset, se_set_offset},
    {"text", se_text, se_set_text},
    {"end_lineno", se_end_lineno, se_set_end_lineno},
    {"end_offset", se_end_offset, se_set_end_offset},
    {"print_file_and_line", se_print_file_and_line, NULL},
    {NULL, NULL, NULL},
};
/* "invalid syntax (x.py, line 1)" */
static Val syntaxerror_str(Val self)
{
    Val msg = se_msg(self);
    Val fn = se_filename(self), ln = se_lineno(self);
    Val m = vm_str(msg);
    if (!m) return NULL;
    bool have_fn = vm_is_str(fn), have_ln = vm_is_int(ln);
    if (have_fn) {
        /* CPython shows only the basename. */
        cr_span s = vm_str_span(fn);
        size_t start = 0;
        for (size_t i = 0; i < s.len; i++)
            if (cr_span_at(s, i) == '/') start = i + 1;
        Val base = vm_str_new(cr_span_from(s, start));
        if (!base) return NULL;
        if (have_ln) return vm_str_fmt("%U (%U, line %S)", m, base, ln);
        return vm_str_fmt("%U (%U)", m, base);
    }
    if (have_ln) return vm_str_fmt("%U (line %S)", m, ln);
    return m;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and friends:
 * extra[0] encoding, [1] object, [2] start, [3] end; reason in args[4]. */
static int unicodeerr_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs == 5)
        for (int i = 0; i < 4; i++) EXC(self)->extra[i] = args[i];
    return 0;
}
static Val ue_reason(Val self)
{
    Val a = EXC(self)->args;
    return a && vm_tuple_len(a) == 5 ? vm_tuple_get(a, 4) : VM_None;
}
static const vm_getsetdef unicodeerr_getsets[] = {{"encoding", x0_get, x0_set},
                                                  {"object", x1_get, x1_set},
                                                  {"start", x2_get, x2_set},
                                                  {"end", x3_get, x3_set},
                                                  {"reason", ue_reason, NULL},
                                                  {NULL, NULL, NULL}};
static Val unicodeerr_str(Val self, bool decode)
{
    ExcObj *e = EXC(self);
    Val a = e->args;
    if (!a || vm_tuple_len(a) != 5 || !e->extra[2] || !vm_is_int(e->extra[2])) return exc_str(self);
    int64_t start = 0, end = 0;
    if (vm_int_as_i64(e->extra[2], &start) < 0 || vm_int_as_i64(e->extra[3], &end) < 0) return NULL;
    Val obj = e->extra[1];
    if (decode) {
        if (end == start + 1 && vm_is_bytes(obj)) {
            cr_span s = vm_bytes_span(obj);
            if (start >= 0 && (uint64_t)start < s.len)
                return vm_str_fmt("'%U' codec can't decode byte 0x%02x in position %lld: %S", e->extra[0],
                                  (unsigned)cr_span_at(s, (size_t)start), (long long)start, ue_reason(self));
        }
        return vm_str_fmt("'%U' codec can't decode bytes in position %lld-%lld: %S", e->extra[0],
                          (long long)start, (long long)(end - 1), ue_reason(self));
    }
    if (end == start + 1 && vm_is_str(obj) && start >= 0 && (uint64_t)start < vm_str_len(obj)) {
        uint32_t c = vm_str_at(obj, (size_t)start);
        const char *f = c <= 0xff ? "'%U' codec can't encode character '\\x%02x' in position %lld: %S"
                        : c <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in position %lld: %S"
                                      : "'%U' codec can't encode character '\\U%08x' in position %lld: %S";
        return vm_str_fmt(f, e->extra[0], c, (long long)start, ue_reason(self));
    }
    return vm_str_fmt("'%U' codec can't encode characters in position %lld-%lld: %S", e->extra[0],
                      (long long)start, (long long)(end - 1), ue_reason(self));
}
static Val unicodedecode_str(Val self) { return unicodeerr_str(self, true); }
static Val unicodeencode_str(Val self) { return unicodeerr_str(self, false); }

/* ---- BaseExceptionGroup(message, exceptions) ----
 * extra[0] message, extra[1] exceptions tuple. */
static Val eg_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames))
        return vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", t->name);
    if (nargs != 2)
        return vm_err_fmt(&vm_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs);
    Val msg = args[0];
    if (!vm_is_str(msg))
        return vm_err_fmt(&vm_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
    Val seq = args[1];
    if (vm_is_anyset(seq) || vm_is_dict(seq) || vm_is_str(seq) || !vm_typeof(seq)->getitem)
        return vm_err_str(&vm_exc_TypeError, "second argument (exceptions) must be a sequence");
    Val excs = vm_sequence_tuple(seq);
    if (!excs) return NULL;
    size_t n = vm_tuple_len(excs);
    if (n == 0) return vm_err_str(&vm_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (size_t i = 0; i < n; i++) {
        Val e = vm_tuple_get(excs, i);
        if (!is_exc_instance(e))
            return vm_err_fmt(&vm_exc_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!vm_isinstance_t(e, &vm_exc_Exception)) all_exc = false;
    }
    if (t == &vm_exc_BaseExceptionGroup) {
        if (all_exc) t = &vm_exc_ExceptionGroup;
    } else if (t == &vm_exc_ExceptionGroup) {
        if (!all_exc) return vm_err_str(&vm_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!all_exc && !vm_is_subtype(t, &vm_exc_Exception)) {
        /* a user subclass of BaseExceptionGroup: anything goes */
    } else if (!all_exc) {
        return vm_err_fmt(&vm_exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
    }
    ExcObj *e = vm_alloc_obj(t, t->basicsize, CR_SCAN);
    if (!e) return NULL;
    e->args = vm_tuple_from(args, nargs);
    if (!e->args) return NULL;
    e->extra[0] = msg;
    e->extra[1] = excs;
    return obj_val(e);
}
static int eg_init(Val self, Val *args, size_t nargs, Val kwnames) { return 0; }
static Val eg_str(Val self)
{
    Val excs = EXC(self)->extra[1];
    size_t n = excs ? vm_tuple_len(excs) : 0;
    return vm_str_fmt("%S (%zu sub-exception%s)", EXC(self)->extra[0], n, n == 1 ? "" : "s");
}
static Val eg_get_exceptions(Val self) { return EXC(self)->extra[1] ? EXC(self)->extra[1] : vm_empty_tuple; }
static Val eg_get_message(Val self) { return EXC(self)->extra[0] ? EXC(self)->extra[0] : VM_None; }

/* Copy __traceback__, __cause__, __context__ and __notes__ to a derived group. */
static Val eg_derive_copy(Val self, Val excs)
{
    Val derive = vm_getattr_cstr(self, "derive");
    if (!derive) return NULL;
    Val g = vm_call1(derive, excs);
    if (!g) return NULL;
    if (!is_exc_instance(g)) return vm_err_str(&vm_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    EXC(g)->traceback = EXC(self)->traceback;
    EXC(g)->cause = EXC(self)->cause;
    EXC(g)->context = EXC(self)->context;
    Val notes = vm_getattr_opt(self, vm_intern_cstr("__notes__"));
    if (notes && vm_setattr_cstr(g, "__notes__", notes) < 0) return NULL;
    if (!notes && vm_err_occurred()) return NULL;
    return g;
}

static Val eg_derive(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("derive", nargs, kwnames, 1, 1)) return NULL;
    Val a[2] = {EXC(self)->extra[0], args[0]};
    return vm_call(obj_val(&vm_exc_BaseExceptionGroup), a, 2, NULL);
}

/* Split condition: a type, tuple of types, or predicate. */
static int eg_matches(Val cond, Val e)
{
    if (is_exc_type(cond) || vm_is_tuple(cond)) return vm_isinstance(e, cond);
    Val r = vm_call1(cond, e);
    if (!r) return -1;
    return vm_truthy(r);
}

/* Returns match and rest (either may be VM_None). */
static int eg_split_rec(Val self, Val cond, Val *match, Val *rest)
{
    int m = eg_matches(cond, self);
    if (m < 0) return -1;
    if (m) {
        *match = self;
        *rest = VM_None;
        return 0;
    }
    if (!vm_isinstance_t(self, &vm_exc_BaseExceptionGroup)) {
        *match = VM_None;
        *rest = self;
        return 0;
    }
    Val excs = EXC(self)->extra[1];
    Val ml = vm_list_new(0), rl = vm_list_new(0);
    if (!ml || !rl) return -1;
    for (size_t i = 0; i < vm_tuple_len(excs); i++) {
        Val sm, sr;
        if (!vm_enter_recursion(" in exception group split")) return -1;
        int r = eg_split_rec(vm_tuple_get(excs, i), cond, &sm, &sr);
        vm_leave_recursion();
        if (r < 0) return -1;
        if (sm != VM_None && vm_list_append(ml, sm) < 0) return -1;
        if (sr != VM_None && vm_list_append(rl, sr) < 0) return -1;
    }
    *match = VM_None;
    *rest = VM_None;
    if (vm_list_len(ml)) {
        *match = eg_derive_copy(self, ml);
        if (!*match) return -1;
    }
    if (vm_list_len(rl)) {
        *rest = eg_derive_copy(self, rl);
        if (!*rest) return -1;
    }
    return 0;
}

static Val eg_split(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("split", nargs, kwnames, 1, 1)) return NULL;
    Val m, r;
    if (eg_split_rec(self, args[0], &m, &r) < 0) return NULL;
    return vm_tuple_pack(2, m, r);
}

static Val eg_subgroup(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("subgroup", nargs, kwnames, 1, 1)) return NULL;
    Val m, r;
    if (eg_split_rec(self, args[0], &m, &r) < 0) return NULL;
    return m;
}

static const vm_methoddef eg_methods[] = {
    {"derive", eg_derive, 0, NULL},
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const vm_getsetdef eg_getsets[] = {
    {"exceptions", eg_get_exceptions, NULL},
    {"message", eg_get_message, NULL},
    {NULL, NULL, NULL},
};

Val vm_exc_group_split(Val eg, Val cond, Val *rest)
{
    Val m;
    if (eg_split_rec(eg, cond, &m, rest) < 0) return NULL;
    return m;
}

/* ---- the hierarchy ---- */

#define EXC_FLAGS (VM_TF_BASETYPE | VM_TF_HAS_DICT | VM_TF_EXC_SUBCLASS)
#define EXC_COMMON(pyname, basetype)                                                   \
    .base = {&vm_type_type}, .name = pyname, .basicsize = sizeof(ExcObj), .flags = EXC_FLAGS, \
    .tbase = basetype, .dict_offset = __builtin_offsetof(ExcObj, dict)

Type vm_exc_BaseException = {EXC_COMMON("BaseException", &vm_type_object),
                             .new_ = exc_new,
                             .init = exc_init,
                             .repr = exc_repr,
                             .str = exc_str,
                             .methods = exc_methods,
                             .getsets = exc_getsets,
                             .doc = "Common base class for all exceptions"};

#define SIMPLE_EXC(cname, base) Type vm_exc_##cname = {EXC_COMMON(#cname, &vm_exc_##base)};
#define EXC_WITH(cname, base, ...) Type vm_exc_##cname = {EXC_COMMON(#cname, &vm_exc_##base), __VA_ARGS__};

SIMPLE_EXC(Exception, BaseException)
EXC_WITH(SystemExit, BaseException, .init = sysexit_init, .getsets = sysexit_getsets)
SIMPLE_EXC(KeyboardInterrupt, BaseException)
SIMPLE_EXC(GeneratorExit, BaseException)
EXC_WITH(BaseExceptionGroup, BaseException, .new_ = eg_new, .init = eg_init, .str = eg_str,
         .methods = eg_methods, .getsets = eg_getsets)
SIMPLE_EXC(ArithmeticError, Exception)
SIMPLE_EXC(FloatingPointError, ArithmeticError)
SIMPLE_EXC(OverflowError, ArithmeticError)
SIMPLE_EXC(ZeroDivisionError, ArithmeticError)
SIMPLE_EXC(AssertionError, Exception)
EXC_WITH(AttributeError, Exception, .init = attrerror_init, .getsets = attrerror_getsets)
SIMPLE_EXC(BufferError, Exception)
SIMPLE_EXC(EOFError, Exception)
EXC_WITH(ExceptionGroup, BaseExceptionGroup, .new_ = eg_new)
EXC_WITH(ImportError, Exception, .init = importerror_init, .getsets = importerror_getsets)
SIMPLE_EXC(ModuleNotFoundError, ImportError)
SIMPLE_EXC(LookupError, Exception)
SIMPLE_EXC(IndexError, LookupError)
EXC_WITH(KeyError, LookupError, .str = keyerror_str)
SIMPLE_EXC(MemoryError, Exception)
EXC_WITH(NameError, Exception, .init = nameerror_init, .getsets = nameerror_getsets)
SIMPLE_EXC(UnboundLocalError, NameError)
EXC_WITH(OSError, Exception, .new_ = oserror_new, .init = oserror_init, .str = oserror_str, .getsets = oserror_getsets)
SIMPLE_EXC(BlockingIOError, OSError)
SIMPLE_EXC(ChildProcessError, OSError)
SIMPLE_EXC(ConnectionError, OSError)
SIMPLE_EXC(BrokenPipeError, ConnectionError)
static SIMPLE_EXC(ConnectionAbortedError, ConnectionError)
static SIMPLE_EXC(ConnectionRefusedError, ConnectionError)
static SIMPLE_EXC(ConnectionResetError, ConnectionError)
SIMPLE_EXC(FileExistsError, OSError)
SIMPLE_EXC(FileNotFoundError, OSError)
SIMPLE_EXC(InterruptedError, OSError)
SIMPLE_EXC(IsADirectoryError, OSError)
SIMPLE_EXC(NotADirectoryError, OSError)
SIMPLE_EXC(PermissionError, OSError)
SIMPLE_EXC(ProcessLookupError, OSError)
SIMPLE_EXC(TimeoutError, OSError)
SIMPLE_EXC(ReferenceError, Exception)
SIMPLE_EXC(RuntimeError, Exception)
SIMPLE_EXC(NotImplementedError, RuntimeError)
SIMPLE_EXC(RecursionError, RuntimeError)
SIMPLE_EXC(StopAsyncIteration, Exception)
EXC_WITH(StopIteration, Exception, .init = stopiter_init, .getsets = stopiter_getsets)
EXC_WITH(SyntaxError, Exception, .init = syntaxerror_init, .str = syntaxerror_str,
         .getsets = syntaxerror_getsets)
SIMPLE_EXC(IndentationError, SyntaxError)
SIMPLE_EXC(TabError, IndentationError)
SIMPLE_EXC(SystemError, Exception)
SIMPLE_EXC(TypeError, Exception)
SIMPLE_EXC(ValueError, Exception)
SIMPLE_EXC(UnicodeError, ValueError)
EXC_WITH(UnicodeDecodeError, UnicodeError, .init = unicodeerr_init, .str = unicodedecode_str,
         .getsets = unicodeerr_getsets)
EXC_WITH(UnicodeEncodeError, UnicodeError, .init = unicodeerr_init, .str = unicodeencode_str,
         .getsets = unicodeerr_getsets)
SIMPLE_EXC(UnicodeTranslateError, UnicodeError)
SIMPLE_EXC(Warning, Exception)
SIMPLE_EXC(BytesWarning, Warning)
SIMPLE_EXC(DeprecationWarning, Warning)
SIMPLE_EXC(EncodingWarning, Warning)
SIMPLE_EXC(FutureWarning, Warning)
SIMPLE_EXC(ImportWarning, Warning)
SIMPLE_EXC(PendingDeprecationWarning, Warning)
SIMPLE_EXC(ResourceWarning, Warning)
SIMPLE_EXC(RuntimeWarning, Warning)
SIMPLE_EXC(SyntaxWarning, Warning)
SIMPLE_EXC(UnicodeWarning, Warning)
SIMPLE_EXC(UserWarning, Warning)

static Type *const all_exceptions[] = {
    &vm_exc_BaseException, &vm_exc_Exception, &vm_exc_SystemExit, &vm_exc_KeyboardInterrupt,
    &vm_exc_GeneratorExit, &vm_exc_BaseExceptionGroup, &vm_exc_ArithmeticError,
    &vm_exc_FloatingPointError, &vm_exc_OverflowError, &vm_exc_ZeroDivisionError,
    &vm_exc_AssertionError, &vm_exc_AttributeError, &vm_exc_BufferError, &vm_exc_EOFError,
    &vm_exc_ExceptionGroup, &vm_exc_ImportError, &vm_exc_ModuleNotFoundError, &vm_exc_LookupError,
    &vm_exc_IndexError, &vm_exc_KeyError, &vm_exc_MemoryError, &vm_exc_NameError,
    &vm_exc_UnboundLocalError, &vm_exc_OSError, &vm_exc_BlockingIOError, &vm_exc_ChildProcessError,
    &vm_exc_ConnectionError, &vm_exc_BrokenPipeError, &vm_exc_ConnectionAbortedError,
    &vm_exc_ConnectionRefusedError, &vm_exc_ConnectionResetError, &vm_exc_FileExistsError,
    &vm_exc_FileNotFoundError, &vm_exc_InterruptedError, &vm_exc_IsADirectoryError,
    &vm_exc_NotADirectoryError, &vm_exc_PermissionError, &vm_exc_ProcessLookupError,
    &vm_exc_TimeoutError, &vm_exc_ReferenceError, &vm_exc_RuntimeError, &vm_exc_NotImplementedError,
    &vm_exc_RecursionError, &vm_exc_StopAsyncIteration, &vm_exc_StopIteration, &vm_exc_SyntaxError,
    &vm_exc_IndentationError, &vm_exc_TabError, &vm_exc_SystemError, &vm_exc_TypeError,
    &vm_exc_ValueError, &vm_exc_UnicodeError, &vm_exc_UnicodeDecodeError,
    &vm_exc_UnicodeEncodeError, &vm_exc_UnicodeTranslateError, &vm_exc_Warning,
    &vm_exc_BytesWarning, &vm_exc_DeprecationWarning, &vm_exc_EncodingWarning,
    &vm_exc_FutureWarning, &vm_exc_ImportWarning, &vm_exc_PendingDeprecationWarning,
    &vm_exc_ResourceWarning, &vm_exc_RuntimeWarning, &vm_exc_SyntaxWarning,
    &vm_exc_UnicodeWarning, &vm_exc_UserWarning,
};

/* Ready every exception type and add it to the builtins dict. */
int vm_errors_init(Val builtins_dict)
{
    for (size_t i = 0; i < sizeof all_exceptions / sizeof all_exceptions[0]; i++) {
        Type *t = all_exceptions[i];
        if (vm_type_ready(t) < 0) return -1;
        if (builtins_dict && vm_dict_set_cstr(builtins_dict, t->name, obj_val(t)) < 0) return -1;
    }
    /* ExceptionGroup derives from both BaseExceptionGroup and Exception. */
    Type *eg = &vm_exc_ExceptionGroup;
    eg->bases = vm_tuple_pack(2, obj_val(&vm_exc_BaseExceptionGroup), obj_val(&vm_exc_Exception));
    eg->mro = vm_tuple_pack(5, obj_val(eg), obj_val(&vm_exc_BaseExceptionGroup), obj_val(&vm_exc_Exception),
                            obj_val(&vm_exc_BaseException), obj_val(&vm_type_object));
    if (!eg->bases || !eg->mro) return -1;
    /* EnvironmentError and IOError are aliases of OSError. */
    if (builtins_dict) {
        if (vm_dict_set_cstr(builtins_dict, "EnvironmentError", obj_val(&vm_exc_OSError)) < 0) return -1;
        if (vm_dict_set_cstr(builtins_dict, "IOError", obj_val(&vm_exc_OSError)) < 0) return -1;
    }
    return 0;
}

int vm_warn(Type *category, Val msg)
{
    if (!msg) return -1;
    Val mod = vm_import_module("warnings");
    if (!mod) return -1;
    Val args[3] = {msg, obj_val(category), val_from_small(1)};
    return vm_call_method(mod, "warn", args, 3) ? 0 : -1;
}
