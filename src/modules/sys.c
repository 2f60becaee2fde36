/* The sys and gc modules. */
#include <float.h>

#include "core/host.h"
#include "modules/modules.h"
#include "vm/dict.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/traceback.h"
#include "vm/type.h"

#define PYCLAVE_VERSION "0.1.0"

/* ---- struct sequences: named tuples of the interpreter (sys.flags ...) ---- */

typedef struct {
    Type type;
    const char *const *fields;
    size_t nfields;
} StructSeqType;

static Val structseq_getattr(Val self, Val name)
{
    StructSeqType *st = (StructSeqType *)(void *)vm_typeof(self);
    for (size_t i = 0; i < st->nfields; i++)
        if (vm_str_eq_cstr(name, st->fields[i])) return vm_tuple_get(self, i); /* boundary: static field-name table of nfields entries */
    return vm_generic_getattr(self, name);
}

static Val structseq_repr(Val self)
{
    StructSeqType *st = (StructSeqType *)(void *)vm_typeof(self);
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, st->type.name);
    cr_buf_byte(&b, '(');
    for (size_t i = 0; i < st->nfields && i < vm_tuple_len(self); i++) {
        if (i) cr_buf_cstr(&b, ", ");
        cr_buf_cstr(&b, st->fields[i]); /* boundary: static field-name table of nfields entries */
        cr_buf_byte(&b, '=');
        Val r = vm_repr(vm_tuple_get(self, i));
        if (!r) return NULL;
        cr_buf_append(&b, vm_str_span(r));
    }
    cr_buf_byte(&b, ')');
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

#define STRUCTSEQ(cname, pyname, ...)                                                             \
    static const char *const cname##_fields[] = {__VA_ARGS__};                                    \
    static StructSeqType cname = {                                                                \
        {.base = {&vm_type_type}, .name = pyname, .basicsize = sizeof(TupleObj),                  \
         .tbase = &vm_type_tuple, .flags = VM_TF_TUPLE_SUBCLASS, .getattr = structseq_getattr,    \
         .repr = structseq_repr},                                                                 \
        cname##_fields, sizeof cname##_fields / sizeof(char *)};

STRUCTSEQ(ss_version_info, "sys.version_info", "major", "minor", "micro", "releaselevel", "serial")
STRUCTSEQ(ss_flags, "sys.flags", "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
          "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
          "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
          "safe_path", "int_max_str_digits")
STRUCTSEQ(ss_float_info, "sys.float_info", "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
          "dig", "mant_dig", "epsilon", "radix", "rounds")
STRUCTSEQ(ss_int_info, "sys.int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
          "str_digits_check_threshold")
STRUCTSEQ(ss_hash_info, "sys.hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
          "seed_bits", "cutoff")

static Val structseq_make(StructSeqType *st, const Val *items)
{
    if (!st->type.mro && vm_type_ready(&st->type) < 0) return NULL;
    Val t = vm_tuple_from(items, st->nfields);
    if (!t) return NULL;
    val_obj(t)->type = &st->type; /* same layout as a tuple */
    return t;
}

static Val I(int64_t v) { return vm_int_from_i64(v); }

/* ---- sys functions ---- */

#define SYSFN(name) static Val sys_##name(Val self, Val *args, size_t nargs, Val kwnames)

SYSFN(exit)
{
    if (!vm_check_nargs("exit", nargs, kwnames, 0, 1)) return NULL;
    Val a = nargs ? vm_tuple_pack(1, args[0]) : vm_empty_tuple;
    if (!a) return NULL;
    Val e = vm_exc_new(&vm_exc_SystemExit, a);
    return e ? vm_err_set_val(e) : NULL;
}

SYSFN(getrecursionlimit)
{
    if (!vm_check_nargs("getrecursionlimit", nargs, kwnames, 0, 0)) return NULL;
    return I(vm->recursion_limit);
}

SYSFN(setrecursionlimit)
{
    if (!vm_check_nargs("setrecursionlimit", nargs, kwnames, 1, 1)) return NULL;
    if (vm_is_float(args[0])) return vm_err_str(&vm_exc_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (!vm_as_ssize(args[0], &n, &vm_exc_OverflowError)) {
        if (vm_err_matches(&vm_exc_OverflowError)) { /* CPython's 'i' converter */
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (n < 1) return vm_err_str(&vm_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > 0x7fffffff) return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
    if (n <= vm->recursion_depth)
        return vm_err_fmt(&vm_exc_RecursionError,
                          "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                          (long long)n, vm->recursion_depth);
    vm->recursion_limit = (int)n;
    return VM_None;
}

/* The thread switch interval, in microseconds as CPython keeps it.
   Pyclave runs one thread at a time to completion, so the value is only
   stored and reported. */
static int64_t switch_interval_us = 5000;

SYSFN(getswitchinterval)
{
    if (!vm_check_nargs("sys.getswitchinterval", nargs, kwnames, 0, 0)) return NULL;
    return vm_float_new(1e-6 * (double)switch_interval_us);
}

SYSFN(setswitchinterval)
{
    if (!vm_check_nargs("sys.setswitchinterval", nargs, kwnames, 1, 1)) return NULL;
    double d;
    if (vm_as_double(args[0], &d) < 0) return NULL;
    if (d <= 0.0) return vm_err_str(&vm_exc_ValueError, "switch interval must be strictly positive");
    double us = 1e6 * d;
    /* CPython truncates to whole microseconds (a NaN passes its check
       and becomes the largest value on x86-64). */
    switch_interval_us = (us != us || us >= 9.0e18) ? INT64_MAX : (int64_t)us;
    return VM_None;
}

SYSFN(intern)
{
    if (!vm_check_nargs("intern", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_type(args[0], &vm_type_str))
        return vm_err_fmt(&vm_exc_TypeError, "intern() argument must be str, not %s", vm_tname(args[0]));
    return vm_str_intern(args[0]);
}

SYSFN(getsizeof)
{
    if (!vm_check_nargs("getsizeof", nargs, kwnames, 1, 2)) return NULL;
    Val f = vm_type_lookup_cstr(vm_typeof(args[0]), "__sizeof__");
    if (!f) {
        if (nargs == 2) return args[1];
        return vm_err_fmt(&vm_exc_TypeError, "Type %s doesn't define __sizeof__", vm_tname(args[0]));
    }
    Val r = vm_call_special(args[0], "__sizeof__", NULL, 0);
    if (!r) return NULL;
    if (!vm_is_int(r)) return vm_err_str(&vm_exc_TypeError, "an integer is required");
    int64_t size;
    if (vm_int_as_i64(r, &size) < 0) { /* CPython converts to Py_ssize_t */
        vm_err_clear();
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (size < 0) return vm_err_str(&vm_exc_ValueError, "__sizeof__() should return >= 0");
    return vm_binop(r, I(16), VM_OP_ADD); /* GC header, as CPython adds its own */
}

SYSFN(exc_info)
{
    Val e = vm_err_handled();
    if (e == VM_None) return vm_tuple_pack(3, VM_None, VM_None, VM_None);
    Val tb = vm_getattr_cstr(e, "__traceback__");
    if (!tb) return NULL;
    return vm_tuple_pack(3, obj_val(vm_typeof(e)), e, tb);
}

SYSFN(exception) { return vm_err_handled(); }

SYSFN(get_int_max_str_digits) { return I(vm_int_max_str_digits); }

SYSFN(set_int_max_str_digits)
{
    static const char *const kw[] = {"maxdigits", NULL};
    Val a[1];
    if (!vm_parse_args("set_int_max_str_digits", args, nargs, kwnames, kw, 0, 1, 1, a)) return NULL;
    int64_t n;
    if (!vm_as_ssize(a[0], &n, &vm_exc_OverflowError)) return NULL;
    if (n != 0 && n < 640) return vm_err_str(&vm_exc_ValueError, "maxdigits must be 0 or larger than 640");
    vm_int_max_str_digits = (int)n;
    return VM_None;
}

SYSFN(getdefaultencoding) { return vm_str_cstr("utf-8"); }
SYSFN(getfilesystemencoding) { return vm_str_cstr("utf-8"); }
SYSFN(getrefcount)
{
    if (!vm_check_nargs("getrefcount", nargs, kwnames, 1, 1)) return NULL;
    /* No reference counts under a tracing GC: a stable plausible value. */
    return I(2);
}
SYSFN(settrace) { return VM_None; }
SYSFN(gettrace) { return VM_None; }
SYSFN(setprofile) { return VM_None; }
SYSFN(getprofile) { return VM_None; }
SYSFN(is_finalizing) { return VM_False; }

SYSFN(_getframe)
{
    if (!vm_check_nargs("_getframe", nargs, kwnames, 0, 1)) return NULL;
    int64_t depth = 0;
    if (nargs && !vm_as_ssize(args[0], &depth, &vm_exc_OverflowError)) {
        if (vm_err_matches(&vm_exc_OverflowError)) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        }
        return NULL;
    }
    if (depth > INT32_MAX || depth < INT32_MIN) /* CPython's depth is a C int */
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
    FrameObj *f = vm_current_frame();
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f) return vm_err_str(&vm_exc_ValueError, "call stack is not deep enough");
    return obj_val(f);
}

SYSFN(displayhook)
{
    if (!vm_check_nargs("displayhook", nargs, kwnames, 1, 1)) return NULL;
    Val v = args[0];
    if (v == VM_None) return VM_None;
    Val bd = vm->builtins;
    if (vm_dict_set_cstr(bd, "_", VM_None) < 0) return NULL;
    Val r = vm_repr(v);
    if (!r) return NULL;
    Val out = vm_dict_get_cstr(vm->sys_dict, "stdout");
    if (!out) return vm_err_str(&vm_exc_RuntimeError, "lost sys.stdout");
    Val line = vm_str_fmt("%U\n", r);
    if (!line || vm_print_str(out, line) < 0) return NULL;
    if (vm_dict_set_cstr(bd, "_", v) < 0) return NULL;
    return VM_None;
}

SYSFN(excepthook)
{
    if (!vm_check_nargs("excepthook", nargs, kwnames, 3, 3)) return NULL;
    Val err = vm_dict_get_cstr(vm->sys_dict, "stderr");
    vm_print_exception(args[1], err ? err : VM_None);
    return VM_None;
}

/* sys.unraisablehook(unraisable): CPython's default hook. */
SYSFN(unraisablehook)
{
    if (!vm_check_nargs("unraisablehook", nargs, kwnames, 1, 1)) return NULL;
    return vm_unraisablehook_default(args[0]);
}

SYSFN(audit) { return VM_None; }
SYSFN(addaudithook) { return VM_None; }

static const vm_methoddef sys_functions[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"settrace", sys_settrace, 0, NULL},
    {"gettrace", sys_gettrace, 0, NULL},
    {"setprofile", sys_setprofile, 0, NULL},
    {"getprofile", sys_getprofile, 0, NULL},
    {"is_finalizing", sys_is_finalizing, 0, NULL},
    {"_getframe", sys__getframe, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"unraisablehook", sys_unraisablehook, 0, NULL},
    {"audit", sys_audit, 0, NULL},
    {"addaudithook", sys_addaudithook, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const md_sys_config *config;

/* ---- types.SimpleNamespace (CPython's Objects/namespaceobject.c) ----
 * A C type so that sys.implementation can be one at start-up without
 * importing anything; lib/types.py takes it from type(sys.implementation). */

typedef struct {
    Obj base;
    Val dict;
} NsObj;

extern Type md_type_namespace;

static Val ns_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    size_t size = t->basicsize > sizeof(NsObj) ? t->basicsize : sizeof(NsObj);
    NsObj *o = vm_alloc_obj(t, size, CR_SCAN);
    if (!o) return NULL;
    o->dict = vm_dict_new();
    return o->dict ? obj_val(o) : NULL;
}

static int ns_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (nargs) {
        vm_err_str(&vm_exc_TypeError, "no positional arguments expected");
        return -1;
    }
    NsObj *o = (NsObj *)(void *)val_obj(self);
    size_t nk = kwnames ? vm_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (vm_dict_set(o->dict, vm_tuple_get(kwnames, i), args[nargs + i]) < 0) return -1;
    return 0;
}

static Val ns_repr(Val self)
{
    Type *t = vm_typeof(self);
    Val name = t == &md_type_namespace ? vm_str_cstr("namespace") : vm_getattr_cstr(obj_val(t), "__name__");
    if (!name) return NULL;
    int r = vm_repr_enter(self);
    if (r < 0) return NULL;
    if (r > 0) return vm_str_concat(name, vm_str_cstr("(...)"));
    Val parts = vm_list_new(0);
    Val d = ((NsObj *)(void *)val_obj(self))->dict;
    Val k, v;
    size_t pos = 0;
    bool ok = parts != NULL;
    while (ok && vm_dict_next(d, &pos, &k, &v)) {
        if (!vm_is_str(k)) continue;
        Val vr = vm_repr(v);
        Val item = vr ? vm_str_concat(vm_str_concat(k, vm_str_cstr("=")), vr) : NULL;
        ok = item && vm_list_append(parts, item) == 0;
    }
    vm_repr_leave(self);
    if (!ok) return NULL;
    Val body = vm_str_join(vm_str_cstr(", "), parts);
    if (!body) return NULL;
    return vm_str_concat(vm_str_concat(name, vm_str_cstr("(")), vm_str_concat(body, vm_str_cstr(")")));
}

static Val ns_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || !vm_isinstance_t(a, &md_type_namespace) ||
        !vm_isinstance_t(b, &md_type_namespace))
        return VM_NotImplemented;
    return vm_richcmp(((NsObj *)(void *)val_obj(a))->dict, ((NsObj *)(void *)val_obj(b))->dict, op);
}

static Val ns_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__reduce__", nargs, kwnames, 0, 0)) return NULL;
    return vm_tuple_pack(3, obj_val(vm_typeof(self)), vm_empty_tuple, ((NsObj *)(void *)val_obj(self))->dict);
}

static const vm_methoddef ns_methods[] = {
    {"__reduce__", ns_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

Type md_type_namespace = {.base = {&vm_type_type},
                          .name = "types.SimpleNamespace",
                          .basicsize = sizeof(NsObj),
                          .flags = VM_TF_BASETYPE | VM_TF_HAS_DICT,
                          .dict_offset = __builtin_offsetof(NsObj, dict),
                          .new_ = ns_new,
                          .init = ns_init,
                          .repr = ns_repr,
                          .richcmp = ns_richcmp,
                          .methods = ns_methods,
                          .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"};

static int sys_module_init(Val module)
{
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    vm->sys_dict = d;
    if (vm_module_add_functions(module, sys_functions) < 0) return -1;
    Val argv = vm_list_new(0);
    if (!argv) return -1;
    for (int i = 0; i < config->argc; i++) {
        Val s = vm_str_decode_utf8(cr_span_cstr(config->argv[i]), "surrogateescape"); /* boundary: argv from the host has argc entries */
        if (!s || vm_list_append(argv, s) < 0) return -1;
    }
    if (config->argc == 0) {
        Val s = vm_str_cstr("");
        if (!s || vm_list_append(argv, s) < 0) return -1;
    }
    Val path = vm_list_new(0);
    if (!path) return -1;
    if (config->path0) {
        Val s = vm_str_cstr(config->path0);
        if (!s || vm_list_append(path, s) < 0) return -1;
    }
    if (config->pythonpath && config->pythonpath[0]) { /* boundary: NUL-terminated string from the host */
        cr_span pp = cr_span_cstr(config->pythonpath);
        size_t start = 0;
        for (size_t i = 0; i <= pp.len; i++) {
            if (i < pp.len && cr_span_at(pp, i) != ':') continue;
            if (i > start) {
                Val s = vm_str_new(cr_span_sub(pp, start, i - start));
                if (!s || vm_list_append(path, s) < 0) return -1;
            }
            start = i + 1;
        }
    }
    Val vi_items[5] = {I(3), I(11), I(7), vm_str_cstr("final"), I(0)};
    Val version_info = structseq_make(&ss_version_info, vi_items);
    Val flags_items[18] = {I(0), I(config->inspect), I(config->inspect), I(config->optimize), I(0), I(config->isolated),
                           I(0), I(config->ignore_environment || config->isolated), I(0), I(0), I(config->quiet),
                           I(1), I(config->isolated), VM_False, I(0), I(0), vm_bool(config->isolated),
                           I(-1)};
    Val flags = structseq_make(&ss_flags, flags_items);
    Val fi_items[11] = {vm_float_new(DBL_MAX), I(DBL_MAX_EXP), I(DBL_MAX_10_EXP), vm_float_new(DBL_MIN),
                        I(DBL_MIN_EXP), I(DBL_MIN_10_EXP), I(DBL_DIG), I(DBL_MANT_DIG),
                        vm_float_new(DBL_EPSILON), I(FLT_RADIX), I(1)};
    Val float_info = structseq_make(&ss_float_info, fi_items);
    Val ii_items[4] = {I(30), I(4), I(4300), I(640)};
    Val int_info = structseq_make(&ss_int_info, ii_items);
    Val hi_items[9] = {I(64), I(((int64_t)1 << 61) - 1), I(314159), I(0), I(1000003), vm_str_cstr("siphash13"),
                       I(64), I(128), I(0)};
    Val hash_info = structseq_make(&ss_hash_info, hi_items);
    if (!version_info || !flags || !float_info || !int_info || !hash_info) return -1;
    /* A SimpleNamespace as in CPython; _multiarch as CPython's on this
     * platform (sysconfig and platform read it). */
    if (!md_type_namespace.mro && vm_type_ready(&md_type_namespace) < 0) return -1;
    Val impl = ns_new(&md_type_namespace, NULL, 0, NULL);
    if (!impl) return -1;
    Val impl_d = ((NsObj *)(void *)val_obj(impl))->dict;
    if (vm_dict_set_cstr(impl_d, "name", vm_str_cstr("pyclave")) < 0 ||
        vm_dict_set_cstr(impl_d, "cache_tag", VM_None) < 0 ||
        vm_dict_set_cstr(impl_d, "version", version_info) < 0 ||
        vm_dict_set_cstr(impl_d, "hexversion", I(0x030b07f0)) < 0 ||
        vm_dict_set_cstr(impl_d, "_multiarch", vm_str_cstr("x86_64-linux-gnu")) < 0)
        return -1;
    Val in = md_std_stream(CR_STDIN), out = md_std_stream(CR_STDOUT), err = md_std_stream(CR_STDERR);
    if (!in || !out || !err) return -1;
    Val exe = vm_str_cstr(config->executable ? config->executable : "");
    struct {
        const char *name;
        Val v;
    } items[] = {
        {"argv", argv},
        {"orig_argv", argv},
        {"path", path},
        {"modules", vm->modules},
        {"meta_path", vm_list_new(0)},
        {"path_hooks", vm_list_new(0)},
        {"path_importer_cache", vm_dict_new()},
        {"stdin", in},
        {"stdout", out},
        {"stderr", err},
        {"__stdin__", in},
        {"__stdout__", out},
        {"__stderr__", err},
        {"maxsize", I(INT64_MAX)},
        {"maxunicode", I(0x10FFFF)},
        {"byteorder", vm_str_cstr("little")},
        {"version", vm_str_cstr("3.11.7 (Pyclave " PYCLAVE_VERSION ")")},
        {"hexversion", I(0x030b07f0)},
        {"api_version", I(1013)},
        {"version_info", version_info},
        {"implementation", impl},
        {"flags", flags},
        {"float_info", float_info},
        {"int_info", int_info},
        {"hash_info", hash_info},
        {"float_repr_style", vm_str_cstr("short")},
        {"platform", vm_str_cstr("linux")},
        {"executable", exe},
        {"_base_executable", exe},
        {"prefix", vm_str_cstr("/usr/local")},
        {"exec_prefix", vm_str_cstr("/usr/local")},
        {"base_prefix", vm_str_cstr("/usr/local")},
        {"base_exec_prefix", vm_str_cstr("/usr/local")},
        {"platlibdir", vm_str_cstr("lib")},
        {"pycache_prefix", VM_None},
        {"dont_write_bytecode", VM_True},
        {"copyright", vm_str_cstr("Copyright (c) Pyclave developers.")},
        {"builtin_module_names", vm_builtin_module_names()},
        {"warnoptions", vm_list_new(0)},
        {"_xoptions", vm_dict_new()},
        {"__displayhook__", vm_dict_get_cstr(d, "displayhook")},
        {"__excepthook__", vm_dict_get_cstr(d, "excepthook")},
        {"__unraisablehook__", vm_dict_get_cstr(d, "unraisablehook")},
    };
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        if (!items[i].v) return -1;
        if (vm_dict_set_cstr(d, items[i].name, items[i].v) < 0) return -1;
    }
    if (config->inspect && vm_dict_set_cstr(d, "ps1", vm_str_cstr(">>> ")) < 0) return -1;
    if (config->inspect && vm_dict_set_cstr(d, "ps2", vm_str_cstr("... ")) < 0) return -1;
    return 0;
}

int md_sys_init(const md_sys_config *cfg)
{
    config = cfg;
    md_io_set_unbuffered(cfg->unbuffered);
    vm_register_builtin_module("sys", sys_module_init);
    Val m = vm_import_module("sys");
    if (!m) return -1;
    vm->sys_module = m;
    return 0;
}

/* ---- gc ---- */

#define GCFN(name) static Val gc_##name(Val self, Val *args, size_t nargs, Val kwnames)

/* A C int argument (Argument Clinic's 'int' converter). */
static bool gc_int_arg(Val v, int64_t *out)
{
    Val i = vm_index(v);
    if (!i) return false;
    if (vm_int_as_i64(i, out) < 0 || *out > INT32_MAX || *out < INT32_MIN) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

GCFN(collect)
{
    static const char *const kw[] = {"generation", NULL};
    Val a[1];
    if (!vm_parse_args("collect", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    int64_t gen = 2;
    if (a[0] && !gc_int_arg(a[0], &gen)) return NULL;
    if (gen < 0 || gen > 2) return vm_err_str(&vm_exc_ValueError, "invalid generation");
    cr_gc_collect();
    return I(0);
}
GCFN(enable)
{
    if (!vm_check_nargs("enable", nargs, kwnames, 0, 0)) return NULL;
    cr_gc_enable(true);
    return VM_None;
}
GCFN(disable)
{
    if (!vm_check_nargs("disable", nargs, kwnames, 0, 0)) return NULL;
    cr_gc_enable(false);
    return VM_None;
}
GCFN(isenabled) { return vm_bool(cr_gc_enabled()); }
GCFN(get_count) { return vm_tuple_pack(3, I(0), I(0), I(0)); }

/* The thresholds are only remembered (the collector has its own policy). */
static int64_t gc_thresholds[3] = {700, 10, 10};
GCFN(get_threshold) { return vm_tuple_pack(3, I(gc_thresholds[0]), I(gc_thresholds[1]), I(gc_thresholds[2])); }
GCFN(set_threshold)
{
    if (kwnames && vm_tuple_len(kwnames))
        return vm_err_str(&vm_exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1) return vm_err_fmt(&vm_exc_TypeError, "set_threshold() takes at least 1 argument (%d given)", (int)nargs);
    if (nargs > 3) return vm_err_fmt(&vm_exc_TypeError, "set_threshold() takes at most 3 arguments (%d given)", (int)nargs);
    int64_t t[3] = {gc_thresholds[0], gc_thresholds[1], gc_thresholds[2]};
    for (size_t i = 0; i < nargs; i++) {
        if (!gc_int_arg(args[i], &t[i])) {
            /* PyArg_ParseTuple's "i" words the overflow differently. */
            if (vm_err_matches(&vm_exc_OverflowError)) {
                vm_err_clear();
                vm_err_str(&vm_exc_OverflowError, "signed integer is greater than maximum");
            }
            return NULL;
        }
    }
    for (size_t i = 0; i < 3; i++) gc_thresholds[i] = t[i];
    return VM_None;
}
GCFN(get_stats)
{
    cr_mem_stats s = cr_mem_get_stats();
    Val d = vm_dict_new();
    if (!d) return NULL;
    if (vm_dict_set_cstr(d, "collections", vm_int_from_u64(s.collections)) < 0 ||
        vm_dict_set_cstr(d, "heap_used", vm_int_from_u64(s.heap_used)) < 0 ||
        vm_dict_set_cstr(d, "heap_cap", vm_int_from_u64(s.heap_cap)) < 0)
        return NULL;
    return vm_list_from(&d, 1);
}
GCFN(is_tracked)
{
    if (kwnames && vm_tuple_len(kwnames))
        return vm_err_str(&vm_exc_TypeError, "gc.is_tracked() takes no keyword arguments");
    if (nargs != 1)
        return vm_err_fmt(&vm_exc_TypeError, "gc.is_tracked() takes exactly one argument (%d given)", (int)nargs);
    return vm_bool(!val_is_small(args[0]));
}
/* freeze() moves nothing here (no generations); the count stays 0. */
GCFN(freeze)
{
    if (!vm_check_nargs("freeze", nargs, kwnames, 0, 0)) return NULL;
    return VM_None;
}
GCFN(unfreeze)
{
    if (!vm_check_nargs("unfreeze", nargs, kwnames, 0, 0)) return NULL;
    return VM_None;
}
GCFN(get_freeze_count)
{
    if (!vm_check_nargs("get_freeze_count", nargs, kwnames, 0, 0)) return NULL;
    return I(0);
}

static const vm_methoddef gc_functions[] = {
    {"collect", gc_collect, 0, NULL},           {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},           {"isenabled", gc_isenabled, 0, NULL},
    {"get_count", gc_get_count, 0, NULL},       {"get_threshold", gc_get_threshold, 0, NULL},
    {"set_threshold", gc_set_threshold, 0, NULL}, {"get_stats", gc_get_stats, 0, NULL},
    {"is_tracked", gc_is_tracked, 0, NULL},     {"freeze", gc_freeze, 0, NULL},
    {"unfreeze", gc_unfreeze, 0, NULL},         {"get_freeze_count", gc_get_freeze_count, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int gc_module_init(Val module)
{
    if (vm_module_add_functions(module, gc_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_dict_set_cstr(d, "callbacks", vm_list_new(0)) < 0) return -1;
    return vm_dict_set_cstr(d, "garbage", vm_list_new(0));
}

int md_gc_register(void)
{
    vm_register_builtin_module("gc", gc_module_init);
    return 0;
}
