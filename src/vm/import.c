/* Modules and the import system: built-in C modules, frozen lib/ modules
 * and source files on sys.path, packages, relative imports, fromlist. */
#include "compiler/compile.h"
#include "core/host.h"
#include "vm/frame.h"
#include "vm/marshal.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/traceback.h"
#include "vm/type.h"

#define MOD(o) ((ModuleObj *)(void *)val_obj(o))

/* ---- the module type ---- */

Val vm_module_new(Val name)
{
    ModuleObj *m = vm_alloc_obj(&vm_type_module, sizeof(ModuleObj), CR_SCAN);
    if (!m) return NULL;
    m->dict = vm_dict_new();
    if (!m->dict) return NULL;
    m->name = name;
    if (vm_dict_set_cstr(m->dict, "__name__", name) < 0) return NULL;
    if (vm_dict_set_cstr(m->dict, "__doc__", VM_None) < 0) return NULL;
    if (vm_dict_set_cstr(m->dict, "__package__", VM_None) < 0) return NULL;
    if (vm_dict_set_cstr(m->dict, "__loader__", VM_None) < 0) return NULL;
    if (vm_dict_set_cstr(m->dict, "__spec__", VM_None) < 0) return NULL;
    return obj_val(m);
}

static Val module_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"name", "doc", NULL};
    Val a[2];
    if (!vm_parse_args("module", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    if (!vm_is_str(a[0]))
        return vm_err_fmt(&vm_exc_TypeError, "module.__init__() argument 'name' must be str, not %s", vm_tname(a[0]));
    Val m = vm_module_new(a[0]);
    if (m && a[1] && vm_dict_set_cstr(MOD(m)->dict, "__doc__", a[1]) < 0) return NULL;
    return m;
}

static int module_init(Val self, Val *args, size_t nargs, Val kwnames) { return 0; }

static Val module_repr(Val self)
{
    Val d = MOD(self)->dict;
    Val name = vm_dict_get_cstr(d, "__name__");
    if (!name) {
        if (vm_err_occurred()) return NULL;
        name = vm_str_cstr("?");
    }
    /* The origin marker first: frozen modules have a (virtual) __file__
     * but print as CPython's frozen modules do, "<module 'os' (frozen)>". */
    Val origin = vm_dict_get_cstr(d, "__pyclave_origin__");
    if (origin && vm_is_str(origin)) return vm_str_fmt("<module %R (%U)>", name, origin);
    vm_err_clear();
    Val file = vm_dict_get_cstr(d, "__file__");
    if (file && vm_is_str(file)) return vm_str_fmt("<module %R from %R>", name, file);
    vm_err_clear();
    if (self == vm->builtins_module) return vm_str_fmt("<module %R (built-in)>", name);
    return vm_str_fmt("<module %R>", name);
}

/* PEP 562: a module-level __getattr__ is consulted after the dict. */
static Val module_getattr(Val self, Val name)
{
    Val r = vm_generic_getattr(self, name);
    if (r || !vm_err_matches(&vm_exc_AttributeError)) return r;
    Val ga = vm_dict_get_cstr(MOD(self)->dict, "__getattr__");
    if (!ga) return NULL;
    vm_err_clear();
    return vm_call1(ga, name);
}

static Val module_dir(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val d = MOD(self)->dict;
    Val f = vm_dict_get_cstr(d, "__dir__");
    if (f) return vm_call0(f);
    if (vm_err_occurred()) return NULL;
    Val keys = vm_dict_keys_list(d);
    if (!keys) return NULL;
    /* The origin marker (module_repr) is an implementation detail. */
    Val origin = vm_intern_cstr("__pyclave_origin__");
    Val out = vm_list_new(0);
    if (!origin || !out) return NULL;
    for (size_t i = 0; i < vm_list_len(keys); i++) {
        Val k = vm_list_get(keys, i);
        if (vm_is_str(k) && vm_str_eq_cstr(k, "__pyclave_origin__")) continue;
        if (vm_list_append(out, k) < 0) return NULL;
    }
    return out;
}

static Val module_get_dict(Val self) { return MOD(self)->dict; }

static const vm_methoddef module_methods[] = {{"__dir__", module_dir, 0, NULL}, {NULL, NULL, 0, NULL}};
static const vm_getsetdef module_getsets[] = {{"__dict__", module_get_dict, NULL}, {NULL, NULL, NULL}};

Type vm_type_module = {.base = {&vm_type_type},
                       .name = "module",
                       .basicsize = sizeof(ModuleObj),
                       .flags = VM_TF_BASETYPE | VM_TF_HAS_DICT,
                       .dict_offset = __builtin_offsetof(ModuleObj, dict),
                       .new_ = module_new,
                       .init = module_init,
                       .repr = module_repr,
                       .getattr = module_getattr,
                       .setattr = vm_generic_setattr,
                       .methods = module_methods,
                       .getsets = module_getsets};

int vm_module_add_functions(Val module, const vm_methoddef *defs)
{
    Val d = MOD(module)->dict;
    Val mname = vm_dict_get_cstr(d, "__name__");
    for (const vm_methoddef *m = defs; m->name; m++) { /* boundary: static NULL-terminated method table / index below vm_frozen_count */
        Val f = vm_builtin_new(m, module);
        if (!f) return -1;
        ((BuiltinObj *)(void *)val_obj(f))->module = mname;
        if (vm_dict_set_cstr(d, m->name, f) < 0) return -1;
    }
    return 0;
}

/* ---- registries ---- */

#define MAX_BUILTIN_MODULES 64
static struct {
    const char *name;
    vm_module_init init;
} builtin_modules[MAX_BUILTIN_MODULES];
static size_t nbuiltin_modules;

void vm_register_builtin_module(const char *name, vm_module_init init)
{
    if (nbuiltin_modules >= MAX_BUILTIN_MODULES) cr_panic("too many built-in modules");
    builtin_modules[nbuiltin_modules].name = name;
    builtin_modules[nbuiltin_modules].init = init;
    nbuiltin_modules++;
}

Val vm_builtin_module_names(void)
{
    Val l = vm_list_new(0);
    if (!l) return NULL;
    for (size_t i = 0; i < nbuiltin_modules; i++) {
        Val s = vm_str_cstr(builtin_modules[i].name);
        if (!s || vm_list_append(l, s) < 0) return NULL;
    }
    if (vm_list_sort(l, NULL, false) < 0) return NULL;
    return vm_list_as_tuple(l);
}

const vm_frozen_module *vm_find_frozen(Val name)
{
    for (size_t i = 0; i < vm_frozen_count; i++)
        if (vm_str_eq_cstr(name, vm_frozen_modules[i].name)) return &vm_frozen_modules[i]; /* boundary: static NULL-terminated method table / index below vm_frozen_count */
    return NULL;
}

/* ---- executing module code ---- */

/* As importlib's exec(code, module.__dict__): a module's globals name the
 * builtins dict as __builtins__. */
static bool set_builtins(Val d)
{
    Val b = vm_dict_get_cstr(d, "__builtins__");
    if (b) return true;
    if (vm_err_occurred()) return false;
    return vm_dict_set_cstr(d, "__builtins__", vm->builtins) == 0;
}

Val vm_exec_source(Val module, cr_span source, Val filename)
{
    Val src = vm_str_decode_utf8(source, "strict");
    if (!src) {
        if (vm_err_matches(&vm_exc_UnicodeDecodeError)) {
            /* Let the compiler report the decoding problem as SyntaxError. */
            vm_err_clear();
        } else {
            return NULL;
        }
    } else {
        vm_source_register(filename, src);
    }
    Val code = cp_compile(source, filename, CP_MODE_EXEC, 0);
    if (!code) return NULL;
    Val d = MOD(module)->dict;
    if (!set_builtins(d)) return NULL;
    return vm_eval_code((CodeObj *)(void *)val_obj(code), d, d);
}

Val vm_exec_frozen(Val module, const vm_frozen_module *fm, Val filename)
{
    cr_span source = cr_span_make(fm->source, fm->length);
    if (fm->code == NULL || cp_default_optimize() != 0) return vm_exec_source(module, source, filename);
    /* Re-verified on load like any marshalled code (the verifier is cheap
     * next to compiling, and the table is data an attacker might patch in
     * a tampered binary only together with the code that checks it). */
    Val code = vm_marshal_load(cr_span_make(fm->code, fm->code_length));
    if (!code) return NULL;
    Val d = MOD(module)->dict;
    if (!set_builtins(d)) return NULL;
    return vm_eval_code((CodeObj *)(void *)val_obj(code), d, d);
}

/* ---- frozen modules' virtual files ----
 * A frozen module NAME has __file__ FROZEN_DIR/NAME.py (dots become
 * slashes; a package's file is FROZEN_DIR/PKG/__init__.py), which is also
 * its code's co_filename (tools/freeze.c).  Nothing exists there on disk:
 * tracebacks, linecache and inspect find the source in the frozen table
 * (vm_frozen_source), and open() of the path fails with FileNotFoundError. */
#define FROZEN_DIR "/pyclave/lib"

Val vm_frozen_filename(const char *name, bool is_package)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, FROZEN_DIR "/");
    cr_span n = cr_span_cstr(name);
    for (size_t i = 0; i < n.len; i++) {
        uint8_t c = cr_span_at(n, i);
        cr_buf_byte(&b, c == '.' ? '/' : c);
    }
    cr_buf_cstr(&b, is_package ? "/__init__.py" : ".py");
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

/* The frozen module whose filename is "<frozen NAME>" (the older form,
 * still found in code compiled by hand) or its virtual path; NULL if none. */
static const vm_frozen_module *frozen_of_filename(cr_span f)
{
    static const char prefix[] = "<frozen ";
    static const char dir[] = FROZEN_DIR "/";
    size_t np = sizeof prefix - 1, nd = sizeof dir - 1;
    Val name = NULL;
    int want_pkg = -1; /* -1: either */
    if (f.len > np + 1 && cr_span_at(f, f.len - 1) == '>' && cr_span_eq(cr_span_sub(f, 0, np), cr_span_cstr(prefix))) {
        name = vm_str_new(cr_span_sub(f, np, f.len - np - 1));
    } else if (f.len > nd + 3 && cr_span_eq(cr_span_sub(f, 0, nd), cr_span_cstr(dir)) &&
               cr_span_eq(cr_span_from(f, f.len - 3), cr_span_cstr(".py"))) {
        cr_span rel = cr_span_sub(f, nd, f.len - nd - 3);
        static const char init[] = "/__init__";
        size_t ni = sizeof init - 1;
        want_pkg = 0;
        if (rel.len > ni && cr_span_eq(cr_span_from(rel, rel.len - ni), cr_span_cstr(init))) {
            rel = cr_span_sub(rel, 0, rel.len - ni);
            want_pkg = 1;
        }
        cr_buf b;
        cr_buf_init(&b);
        for (size_t i = 0; i < rel.len; i++) {
            uint8_t c = cr_span_at(rel, i);
            if (c == '.') return NULL; /* "a.b.py" names no module */
            cr_buf_byte(&b, c == '/' ? '.' : c);
        }
        if (b.failed) return NULL;
        name = vm_str_new(cr_buf_span(&b));
    } else {
        return NULL;
    }
    const vm_frozen_module *fm = name ? vm_find_frozen(name) : NULL;
    if (!name) vm_err_clear();
    if (fm && want_pkg >= 0 && fm->is_package != (want_pkg == 1)) return NULL;
    return fm;
}

bool vm_frozen_source(Val filename, cr_span *source)
{
    if (filename == NULL || !vm_is_str(filename)) return false;
    const vm_frozen_module *fm = frozen_of_filename(vm_str_span(filename));
    if (!fm) return false;
    *source = cr_span_make(fm->source, fm->length);
    return true;
}

/* ---- module specs (importlib.machinery.ModuleSpec's data) ----
 * Frozen modules carry a spec as CPython's frozen modules do
 * (origin 'frozen', no location, nothing cached); its attributes are
 * plain instance attributes. */

typedef struct {
    Obj base;
    Val dict;
} SpecObj;

#define SPEC(o) ((SpecObj *)(void *)val_obj(o))

static Val spec_attr(Val self, const char *name)
{
    Val v = vm_dict_get_cstr(SPEC(self)->dict, name);
    if (v) return v;
    if (vm_err_occurred()) return NULL;
    return VM_None;
}

static Val spec_repr(Val self)
{
    Val name = spec_attr(self, "name"), loader = spec_attr(self, "loader");
    Val origin = spec_attr(self, "origin"), locs = spec_attr(self, "submodule_search_locations");
    if (!name || !loader || !origin || !locs) return NULL;
    Val r = vm_str_fmt("ModuleSpec(name=%R, loader=%R", name, loader);
    if (r && origin != VM_None) r = vm_str_fmt("%U, origin=%R", r, origin);
    if (r && locs != VM_None) r = vm_str_fmt("%U, submodule_search_locations=%R", r, locs);
    return r ? vm_str_fmt("%U)", r) : NULL;
}

/* ModuleSpec.__eq__: the same data (CPython compares these attributes). */
static Val spec_richcmp(Val a, Val b, int op)
{
    if ((op != VM_EQ && op != VM_NE) || vm_typeof(b) != vm_typeof(a)) return VM_NotImplemented;
    static const char *const attrs[] = {"name", "loader", "origin", "cached", "has_location",
                                        "submodule_search_locations"};
    bool eq = true;
    for (size_t i = 0; eq && i < sizeof attrs / sizeof attrs[0]; i++) {
        Val x = spec_attr(a, attrs[i]), y = x ? spec_attr(b, attrs[i]) : NULL;
        if (!y) return NULL;
        int r = vm_richcmp_bool(x, y, VM_EQ);
        if (r < 0) return NULL;
        eq = r == 1;
    }
    return (eq == (op == VM_EQ)) ? VM_True : VM_False;
}

static Val spec_make(Val name, Val loader, Val origin, Val loader_state, Val locations);

static Val spec_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"name", "loader", "origin", "loader_state", "is_package", NULL};
    Val a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (!vm_parse_args("ModuleSpec", args, nargs, kwnames, kw, 0, 2, 2, a)) return NULL;
    Val locs = VM_None;
    if (a[4] && a[4] != VM_None) {
        int pkg = vm_truthy(a[4]);
        if (pkg < 0) return NULL;
        if (pkg && !(locs = vm_list_new(0))) return NULL;
    }
    return spec_make(a[0], a[1], a[2] ? a[2] : VM_None, a[3] ? a[3] : VM_None, locs);
}

Type vm_type_modulespec = {.base = {&vm_type_type},
                           .name = "_frozen_importlib.ModuleSpec",
                           .basicsize = sizeof(SpecObj),
                           .flags = VM_TF_HAS_DICT,
                           .dict_offset = __builtin_offsetof(SpecObj, dict),
                           .new_ = spec_new,
                           .repr = spec_repr,
                           .richcmp = spec_richcmp,
                           .doc = "The specification for a module, used for loading."};

static Val spec_make(Val name, Val loader, Val origin, Val loader_state, Val locations)
{
    if (!vm_type_modulespec.mro && vm_type_ready(&vm_type_modulespec) < 0) return NULL;
    SpecObj *sp = vm_alloc_obj(&vm_type_modulespec, sizeof(SpecObj), CR_SCAN);
    if (!sp) return NULL;
    sp->dict = vm_dict_new();
    if (!sp->dict) return NULL;
    /* parent: the package for a package, else the name up to its last dot. */
    Val parent = name;
    if (locations == VM_None && vm_is_str(name)) {
        cr_span fs = vm_str_span(name);
        int64_t dot = cr_span_rfind(fs, cr_span_make(".", 1));
        parent = dot < 0 ? vm_str_cstr("") : vm_str_new(cr_span_sub(fs, 0, (size_t)dot));
        if (!parent) return NULL;
    }
    Val d = sp->dict;
    if (vm_dict_set_cstr(d, "name", name) < 0 || vm_dict_set_cstr(d, "loader", loader) < 0 ||
        vm_dict_set_cstr(d, "origin", origin) < 0 || vm_dict_set_cstr(d, "loader_state", loader_state) < 0 ||
        vm_dict_set_cstr(d, "submodule_search_locations", locations) < 0 ||
        vm_dict_set_cstr(d, "cached", VM_None) < 0 || vm_dict_set_cstr(d, "parent", parent) < 0 ||
        vm_dict_set_cstr(d, "has_location", VM_False) < 0)
        return NULL;
    return obj_val(sp);
}

static Val sys_modules(void) { return vm->modules; }

static Val join_path(Val dir, const char *a, const char *b)
{
    if (!vm_is_str(dir)) return NULL;
    cr_span d = vm_str_span(dir);
    if (d.len == 0) return b ? vm_str_fmt("%s%s", a, b) : vm_str_cstr(a);
    if (cr_span_at(d, d.len - 1) == '/') return vm_str_fmt("%U%s%s", dir, a, b ? b : "");
    return vm_str_fmt("%U/%s%s", dir, a, b ? b : "");
}

/* Find and load the module named full (whose last component is last) from
 * the directories in path (a list).  Returns the module, NULL with an
 * exception, or NULL without exception when not found. */
static Val load_from_path(Val full, Val last, Val path)
{
    const cr_host *h = cr_host_services;
    if (!path || !vm_is_list(path) || !h->read_file) return NULL;
    const char *lastc = vm_str_cstr_of(last);
    for (size_t i = 0; i < vm_list_len(path); i++) {
        Val dir = vm_list_get(path, i);
        if (!vm_is_str(dir)) continue;
        Val pkgdir = join_path(dir, lastc, NULL);
        if (!pkgdir) return NULL;
        Val init = join_path(pkgdir, "/__init__.py", NULL);
        if (!init) return NULL;
        bool is_pkg = h->is_file && h->is_file(vm_str_cstr_of(init));
        Val file = is_pkg ? init : join_path(dir, lastc, ".py");
        if (!file) return NULL;
        if (!is_pkg && !(h->is_file && h->is_file(vm_str_cstr_of(file)))) continue;
        size_t len = 0;
        void *data = h->read_file(vm_str_cstr_of(file), &len);
        if (!data) return vm_err_fmt(&vm_exc_ImportError, "cannot read %R", file);
        Val m = vm_module_new(full);
        if (!m) return NULL;
        Val d = MOD(m)->dict;
        if (vm_dict_set_cstr(d, "__file__", file) < 0) return NULL;
        if (is_pkg) {
            Val p = vm_list_from(&pkgdir, 1);
            if (!p || vm_dict_set_cstr(d, "__path__", p) < 0) return NULL;
            if (vm_dict_set_cstr(d, "__package__", full) < 0) return NULL;
        } else {
            cr_span fs = vm_str_span(full);
            int64_t dot = -1;
            for (size_t k = 0; k < fs.len; k++)
                if (cr_span_at(fs, k) == '.') dot = (int64_t)k;
            Val pkg = dot < 0 ? vm_str_cstr("") : vm_str_new(cr_span_sub(fs, 0, (size_t)dot));
            if (!pkg || vm_dict_set_cstr(d, "__package__", pkg) < 0) return NULL;
        }
        if (vm_dict_set(sys_modules(), full, m) < 0) return NULL;
        if (!vm_exec_source(m, cr_span_make(data, len), file)) {
            Val exc = vm_err_fetch();
            vm_dict_pop_opt(sys_modules(), full, NULL);
            vm_err_restore(exc);
            return NULL;
        }
        return m;
    }
    return NULL;
}

static Val load_builtin_or_frozen(Val full)
{
    for (size_t i = 0; i < nbuiltin_modules; i++) {
        if (!vm_str_eq_cstr(full, builtin_modules[i].name)) continue;
        Val m = vm_module_new(full);
        if (!m) return NULL;
        if (vm_dict_set_cstr(MOD(m)->dict, "__pyclave_origin__", vm_str_cstr("built-in")) < 0) return NULL;
        if (vm_dict_set(sys_modules(), full, m) < 0) return NULL;
        if (builtin_modules[i].init(m) < 0) {
            Val exc = vm_err_fetch();
            vm_dict_pop_opt(sys_modules(), full, NULL);
            vm_err_restore(exc);
            return NULL;
        }
        return m;
    }
    const vm_frozen_module *fm = vm_find_frozen(full);
    if (!fm) return NULL;
    Val m = vm_module_new(full);
    if (!m) return NULL;
    Val d = MOD(m)->dict;
    if (vm_dict_set_cstr(d, "__pyclave_origin__", vm_str_cstr("frozen")) < 0) return NULL;
    Val fname = vm_frozen_filename(fm->name, fm->is_package);
    if (!fname) return NULL;
    if (vm_dict_set_cstr(d, "__file__", fname) < 0 || vm_dict_set_cstr(d, "__cached__", VM_None) < 0) return NULL;
    Val locations = VM_None;
    if (fm->is_package) {
        /* The package's virtual directory: submodules are found frozen
         * first, so a lookup there only finds what the table lacks. */
        cr_span fs = vm_str_span(fname);
        Val dir = vm_str_new(cr_span_sub(fs, 0, fs.len - (sizeof "/__init__.py" - 1)));
        locations = dir ? vm_list_from(&dir, 1) : NULL;
        if (!locations || vm_dict_set_cstr(d, "__path__", locations) < 0) return NULL;
        if (vm_dict_set_cstr(d, "__package__", full) < 0) return NULL;
    } else {
        cr_span fs = vm_str_span(full);
        int64_t dot = -1;
        for (size_t k = 0; k < fs.len; k++)
            if (cr_span_at(fs, k) == '.') dot = (int64_t)k;
        Val pkg = dot < 0 ? vm_str_cstr("") : vm_str_new(cr_span_sub(fs, 0, (size_t)dot));
        if (!pkg || vm_dict_set_cstr(d, "__package__", pkg) < 0) return NULL;
    }
    Val spec = spec_make(full, VM_None, vm_str_cstr("frozen"), VM_None, locations);
    if (!spec || vm_dict_set_cstr(d, "__spec__", spec) < 0) return NULL;
    if (vm_dict_set(sys_modules(), full, m) < 0) return NULL;
    if (!vm_exec_frozen(m, fm, fname)) {
        Val exc = vm_err_fetch();
        vm_dict_pop_opt(sys_modules(), full, NULL);
        vm_err_restore(exc);
        return NULL;
    }
    return m;
}

static Val not_found_msg(Val full, Val msg);

static Val not_found(Val full)
{
    return not_found_msg(full, vm_str_fmt("No module named %R", full));
}

/* sys.modules[name] is None: CPython's message. */
static Val halted(Val full)
{
    return not_found_msg(full, vm_str_fmt("import of %U halted; None in sys.modules", full));
}

static Val not_found_msg(Val full, Val msg)
{
    if (!msg) return NULL;
    Val args = vm_tuple_pack(1, msg);
    if (!args) return NULL;
    Val e = vm_exc_new(&vm_exc_ModuleNotFoundError, args);
    if (!e) return NULL;
    if (vm_setattr_cstr(e, "name", full) < 0) return NULL;
    return vm_err_set_val(e);
}

/* Import one fully qualified module whose parent (if any) is imported. */
static Val import_one(Val full, Val parent, Val last)
{
    Val m = vm_dict_get(sys_modules(), full);
    if (m) {
        if (m == VM_None) return halted(full);
        return m;
    }
    if (vm_err_occurred()) return NULL;
    if (parent) {
        Val path = vm_getattr_opt(parent, vm_intern_cstr("__path__"));
        if (!path) {
            if (vm_err_occurred()) return NULL;
            Val msg = vm_str_fmt("No module named %R; %R is not a package", full, MOD(parent)->name);
            if (!msg) return NULL;
            Val e = vm_exc_new(&vm_exc_ModuleNotFoundError, vm_tuple_pack(1, msg));
            if (!e) return NULL;
            vm_setattr_cstr(e, "name", full);
            return vm_err_set_val(e);
        }
        m = load_builtin_or_frozen(full);
        if (!m && !vm_err_occurred()) m = load_from_path(full, last, path);
    } else {
        m = load_builtin_or_frozen(full);
        if (!m && !vm_err_occurred()) {
            Val sp = vm_dict_get_cstr(vm->sys_dict, "path");
            if (sp) m = load_from_path(full, last, sp);
        }
    }
    if (!m) return vm_err_occurred() ? NULL : not_found(full);
    /* The module may have replaced itself in sys.modules. */
    Val fin = vm_dict_get(sys_modules(), full);
    if (fin) m = fin;
    else if (vm_err_occurred()) return NULL;
    if (parent && vm_setattr(parent, last, m) < 0) return NULL;
    return m;
}

/* Import every prefix of the dotted name; returns the leaf (and the top
 * in *top). */
static Val import_dotted(Val name, Val *top)
{
    cr_span s = vm_str_span(name);
    Val parent = NULL, m = NULL;
    size_t start = 0;
    for (size_t i = 0; i <= s.len; i++) {
        if (i < s.len && cr_span_at(s, i) != '.') continue;
        if (i == start) return vm_err_str(&vm_exc_ValueError, "Empty module name");
        Val full = vm_str_new(cr_span_sub(s, 0, i));
        Val last = vm_str_new(cr_span_sub(s, start, i - start));
        if (!full || !last) return NULL;
        m = import_one(full, parent, last);
        if (!m) return NULL;
        if (!parent) *top = m;
        parent = m;
        start = i + 1;
    }
    return m;
}

static Val resolve_relative(Val name, Val globals, int level)
{
    Val package = globals ? vm_dict_get_cstr(globals, "__package__") : NULL;
    if (!package && vm_err_occurred()) return NULL;
    if (!package || package == VM_None) {
        Val modname = globals ? vm_dict_get_cstr(globals, "__name__") : NULL;
        if (!modname || !vm_is_str(modname))
            return vm_err_str(&vm_exc_ImportError, "attempted relative import with no known parent package");
        Val path = vm_dict_get_cstr(globals, "__path__");
        if (path) {
            package = modname;
        } else {
            cr_span ms = vm_str_span(modname);
            int64_t dot = -1;
            for (size_t k = 0; k < ms.len; k++)
                if (cr_span_at(ms, k) == '.') dot = (int64_t)k;
            package = dot < 0 ? vm_str_cstr("") : vm_str_new(cr_span_sub(ms, 0, (size_t)dot));
            if (!package) return NULL;
        }
    }
    if (!vm_is_str(package)) return vm_err_str(&vm_exc_TypeError, "package must be a string");
    cr_span p = vm_str_span(package);
    if (p.len == 0)
        return vm_err_str(&vm_exc_ImportError, "attempted relative import with no known parent package");
    size_t end = p.len;
    for (int l = 1; l < level; l++) {
        while (end > 0 && cr_span_at(p, end - 1) != '.') end--;
        if (end == 0) return vm_err_str(&vm_exc_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    Val base = vm_str_new(cr_span_sub(p, 0, end));
    if (!base) return NULL;
    if (vm_str_len(name) == 0) return base;
    return vm_str_fmt("%U.%U", base, name);
}

Val vm_import(Val name, Val globals, Val fromlist, int level)
{
    Val absname = name;
    if (level > 0) {
        absname = resolve_relative(name, globals, level);
        if (!absname) return NULL;
    } else if (vm_str_len(name) == 0) {
        return vm_err_str(&vm_exc_ValueError, "Empty module name");
    }
    /* Fast path: already imported and no fromlist work. */
    Val top = NULL;
    Val leaf = import_dotted(absname, &top);
    if (!leaf) return NULL;
    bool has_from = fromlist && fromlist != VM_None && vm_truthy(fromlist) > 0;
    if (!has_from) {
        if (level == 0) return top;
        /* "from . import x" has a fromlist; a bare relative import returns the
         * package part as CPython does. */
        if (vm_str_len(name) == 0) return leaf;
        cr_span ns = vm_str_span(name);
        int64_t dot = cr_span_find_byte(ns, '.', 0);
        if (dot < 0) return leaf;
        return leaf;
    }
    /* Submodules named in fromlist are imported if the leaf is a package. */
    Val path = vm_getattr_opt(leaf, vm_intern_cstr("__path__"));
    if (!path) return vm_err_occurred() ? NULL : leaf;
    Val it = vm_iter(fromlist);
    if (!it) return NULL;
    for (;;) {
        Val item = vm_next(it);
        if (!item) {
            if (vm_err_occurred()) return NULL;
            break;
        }
        if (!vm_is_str(item))
            return vm_err_fmt(&vm_exc_TypeError, "Item in %s.__all__ must be str, not %s", "fromlist", vm_tname(item));
        if (vm_str_eq_cstr(item, "*")) {
            Val all = vm_getattr_opt(leaf, vm_intern_cstr("__all__"));
            if (all) {
                Val r = vm_import(absname, NULL, all, 0);
                if (!r) return NULL;
            } else if (vm_err_occurred()) {
                return NULL;
            }
            continue;
        }
        int has = vm_hasattr(leaf, item);
        if (has < 0) return NULL;
        if (has) continue;
        Val sub = vm_str_fmt("%U.%U", absname, item);
        if (!sub) return NULL;
        Val t2;
        Val r = import_dotted(sub, &t2);
        if (!r) {
            /* A missing submodule is not an error here (IMPORT_FROM reports). */
            if (vm_err_matches(&vm_exc_ModuleNotFoundError)) {
                Val e = vm_err_fetch();
                Val en = vm_getattr_opt(e, vm_intern_cstr("name"));
                if (en && vm_is_str(en) && vm_str_eq(en, sub)) continue;
                vm_err_restore(e);
            }
            return NULL;
        }
    }
    return leaf;
}

/* Import a module by dotted name and return the leaf (importlib-style). */
Val vm_import_module(const char *name)
{
    Val n = vm_str_cstr(name);
    if (!n) return NULL;
    Val top;
    return import_dotted(n, &top);
}
