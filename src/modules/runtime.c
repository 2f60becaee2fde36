/* Runtime start-up and the run-as-__main__ entry points (trusted side). */
#include "pyclave/runtime.h"

#include "compiler/compile.h"
#include "core/host.h"
#include "modules/modules.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/traceback.h"
#include "vm/type.h"

/* Types whose readiness nobody else owns. */
extern Type vm_type_bytes, vm_type_bytearray, vm_type_memoryview, vm_type_complex;
void vm_str_hash_init(const char *seed);
void vm_containers_init(void);

static md_sys_config sys_cfg;
static bool inspect_mode; /* -i: SystemExit is reported, then the REPL runs */

static int ready_core_types(void)
{
    Type *ts[] = {&vm_type_int, &vm_type_bool, &vm_type_float, &vm_type_complex, &vm_type_str,
                  &vm_type_bytes, &vm_type_bytearray, &vm_type_memoryview, &vm_type_module};
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (vm_type_ready(ts[i]) < 0) return -1;
    return 0;
}

static void report_init_failure(const char *what)
{
    vm_write_stderr_cstr("pyclave: failed to initialise the runtime: ");
    vm_write_stderr_cstr(what);
    vm_write_stderr_cstr("\n");
}

void vm_write_stderr_cstr(const char *s)
{
    cr_span sp = cr_span_cstr(s);
    if (cr_host_services && cr_host_services->write) cr_host_services->write(CR_STDERR, sp.ptr, sp.len);
}

int pyclave_init(const pyclave_config *cfg)
{
    if (!cr_mem_init(cfg->heap_cap, cfg->stack_base)) {
        report_init_failure("cannot reserve the heap");
        return -1;
    }
    if (cfg->gc_torture) cr_gc_set_torture(cfg->gc_torture);
    cp_set_default_optimize(cfg->optimize);
    vm_state_init(cfg->stack_base, cfg->c_stack_limit);
    vm_str_hash_init(cfg->hashseed);
    vm_containers_init();
    vm_str_types_ready();
    if (vm_types_init() < 0 || ready_core_types() < 0 || vm_exec_types_init() < 0 || vm_generics_init() < 0) {
        report_init_failure("types");
        return -1;
    }
    vm->modules = vm_dict_new();
    Val bname = vm_str_cstr("builtins");
    Val bmod = bname ? vm_module_new(bname) : NULL;
    if (!vm->modules || !bmod) {
        report_init_failure("out of memory");
        return -1;
    }
    vm->builtins_module = bmod;
    vm->builtins = ((ModuleObj *)(void *)val_obj(bmod))->dict;
    cr_gc_add_root(&vm->builtins_module);
    cr_gc_add_root(&vm->sys_dict);
    if (vm_builtins_init(bmod) < 0 || vm_dict_set(vm->modules, bname, bmod) < 0 ||
        (cfg->optimize && vm_dict_set_cstr(vm->builtins, "__debug__", VM_False) < 0)) {
        report_init_failure("builtins");
        return -1;
    }
    sys_cfg.argc = cfg->argc;
    sys_cfg.argv = cfg->argv;
    sys_cfg.path0 = cfg->path0;
    sys_cfg.pythonpath = cfg->pythonpath;
    sys_cfg.executable = cfg->executable;
    sys_cfg.inspect = cfg->inspect;
    inspect_mode = cfg->inspect;
    sys_cfg.quiet = cfg->quiet;
    sys_cfg.isolated = cfg->isolated;
    sys_cfg.ignore_environment = cfg->ignore_environment;
    sys_cfg.unbuffered = cfg->unbuffered;
    sys_cfg.optimize = cfg->optimize;
    if (md_io_register() < 0 || md_register_all() < 0 || md_gc_register() < 0 || md_sys_init(&sys_cfg) < 0) {
        report_init_failure("sys");
        return -1;
    }
    return 0;
}

/* The keys are made once: the enclave flushes after every call, and hashing
 * the names each time was a good part of an empty call's cost. */
static Val std_names[2];

void pyclave_flush(void)
{
    if (!vm->sys_dict) return;
    if (!std_names[0]) {
        Val out = vm_intern_cstr("stdout"), err = out ? vm_intern_cstr("stderr") : NULL;
        if (!err) {
            vm_err_clear();
            return;
        }
        std_names[0] = out;
        std_names[1] = err;
        cr_gc_add_root(&std_names[0]);
        cr_gc_add_root(&std_names[1]);
    }
    for (int i = 0; i < 2; i++) {
        Val f = vm_dict_get(vm->sys_dict, std_names[i]);
        if (f && f != VM_None && md_flush_std(f) < 0) vm_err_clear();
        vm_err_clear();
    }
}

/* What CPython does with an exception that reached the top: SystemExit
 * becomes the exit status, anything else is printed by sys.excepthook. */
static int handle_uncaught(void)
{
    Val exc = vm_err_fetch();
    if (!exc) return 0;
    if (vm_isinstance_t(exc, &vm_exc_SystemExit) && !inspect_mode) {
        Val code = vm_getattr_cstr(exc, "code");
        if (!code) {
            vm_err_clear();
            return 1;
        }
        if (code == VM_None) return 0;
        if (vm_is_int(code)) {
            int64_t n;
            if (vm_int_as_i64(code, &n) < 0) {
                vm_err_clear();
                return -1 & 0xff;
            }
            return (int)(n & 0xff);
        }
        pyclave_flush();
        Val err = vm_dict_get_cstr(vm->sys_dict, "stderr");
        Val s = vm_str(code);
        if (s && err && err != VM_None) {
            Val line = vm_str_fmt("%U\n", s);
            if (line) vm_print_str(err, line);
        }
        vm_err_clear();
        pyclave_flush();
        return 1;
    }
    pyclave_flush();
    Val hook = vm_dict_get_cstr(vm->sys_dict, "excepthook");
    Val tb = vm_getattr_cstr(exc, "__traceback__");
    if (!tb) {
        vm_err_clear();
        tb = VM_None;
    }
    Val r = hook ? vm_call_tuple_dict(hook, vm_tuple_pack(3, obj_val(vm_typeof(exc)), exc, tb), NULL) : NULL;
    if (!r) {
        vm_err_clear();
        Val err = vm_dict_get_cstr(vm->sys_dict, "stderr");
        vm_err_clear();
        vm_print_exception(exc, err ? err : VM_None);
    }
    pyclave_flush();
    if (vm_isinstance_t(exc, &vm_exc_KeyboardInterrupt)) return PYCLAVE_EXIT_INTERRUPT;
    return 1;
}

static Val main_module(void)
{
    Val name = vm_intern_cstr("__main__");
    Val m = name ? vm_module_new(name) : NULL;
    if (!m) return NULL;
    Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
    if (vm_dict_set_cstr(d, "__builtins__", vm->builtins_module) < 0) return NULL;
    if (vm_dict_set_cstr(d, "__annotations__", vm_dict_new()) < 0) return NULL;
    if (vm_dict_set(vm->modules, name, m) < 0) return NULL;
    vm->main_module = m;
    return m;
}

/* atexit callbacks, if the program imported atexit (importing it here
 * would cost every run a module load for nothing). */
static void run_atexit(void)
{
    Val mods = vm_dict_get_cstr(vm->sys_dict, "modules");
    Val m = mods && vm_is_dict(mods) ? vm_dict_get_cstr(mods, "atexit") : NULL;
    if (m && !vm_call_method(m, "_run_exitfuncs", NULL, 0)) handle_uncaught();
    vm_err_clear();
}

static int finish(Val result)
{
    int status = result ? 0 : handle_uncaught();
    run_atexit();
    pyclave_flush();
    return status;
}

int pyclave_run_string(const char *code, const char *filename)
{
    Val m = main_module();
    if (!m) return finish(NULL);
    Val fn = vm_str_cstr(filename);
    if (!fn) return finish(NULL);
    return finish(vm_exec_source(m, cr_span_cstr(code), fn));
}

static int run_path_as_main(const char *path, Val m)
{
    size_t len = 0;
    void *data = cr_host_services->read_file ? cr_host_services->read_file(path, &len) : NULL;
    if (!data) return PYCLAVE_EXIT_NOFILE; /* the caller reports "can't open file" */
    Val fn = vm_str_cstr(path);
    if (!fn) return finish(NULL);
    Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
    if (vm_dict_set_cstr(d, "__file__", fn) < 0 || vm_dict_set_cstr(d, "__cached__", VM_None) < 0)
        return finish(NULL);
    return finish(vm_exec_source(m, cr_span_make(data, len), fn));
}

int pyclave_run_file(const char *path)
{
    Val m = main_module();
    if (!m) return finish(NULL);
    return run_path_as_main(path, m);
}

/* `-m NAME` for a module of the frozen lib/ (`pyclave -m unittest`): a
 * frozen module runs as __main__, a frozen package runs its __main__. */
static int run_frozen_module(Val n)
{
    const vm_frozen_module *fm = vm_find_frozen(n);
    if (!fm) return PYCLAVE_EXIT_NOMODULE;
    Val runname = n;
    Val pkgname = n;
    if (fm->is_package) {
        runname = vm_str_fmt("%U.__main__", n);
        if (!runname) return finish(NULL);
        fm = vm_find_frozen(runname);
        if (!fm) return PYCLAVE_EXIT_NOMODULE;
        if (!vm_import_module(vm_str_cstr_of(n))) return finish(NULL);
    } else {
        cr_span s = vm_str_span(n);
        int64_t dot = -1;
        for (size_t i = 0; i < s.len; i++)
            if (cr_span_at(s, i) == '.') dot = (int64_t)i;
        pkgname = dot >= 0 ? vm_str_new(cr_span_sub(s, 0, (size_t)dot)) : vm_str_cstr("");
        if (!pkgname) return finish(NULL);
        if (dot >= 0 && !vm_import_module(vm_str_cstr_of(pkgname))) return finish(NULL);
    }
    Val fname = vm_frozen_filename(fm->name, fm->is_package);
    if (!fname || !pkgname) return finish(NULL);
    Val argv = vm_dict_get_cstr(vm->sys_dict, "argv");
    if (argv && vm_is_list(argv) && vm_list_len(argv)) vm_list_set(argv, 0, fname);
    Val m = main_module();
    if (!m) return finish(NULL);
    Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
    if (vm_dict_set_cstr(d, "__package__", pkgname) < 0) return finish(NULL);
    if (vm_dict_set_cstr(d, "__file__", fname) < 0 || vm_dict_set_cstr(d, "__cached__", VM_None) < 0)
        return finish(NULL);
    return finish(vm_exec_frozen(m, fm, fname));
}

int pyclave_run_module(const char *name)
{
    /* Import the parent package (if any), then find the module's source
     * along sys.path (or the package's __path__) and run it as __main__. */
    Val n = vm_str_cstr(name);
    if (!n) return finish(NULL);
    cr_span s = vm_str_span(n);
    int64_t dot = -1;
    for (size_t i = 0; i < s.len; i++)
        if (cr_span_at(s, i) == '.') dot = (int64_t)i;
    Val search = vm_dict_get_cstr(vm->sys_dict, "path");
    if (dot >= 0) {
        Val parent = vm_import_module(vm_str_cstr_of(vm_str_new(cr_span_sub(s, 0, (size_t)dot))));
        if (!parent) return finish(NULL);
        search = vm_getattr_opt(parent, vm_intern_cstr("__path__"));
        if (!search) {
            if (vm_err_occurred()) return finish(NULL);
            vm_err_fmt(&vm_exc_ImportError, "No module named %U", n);
            return PYCLAVE_EXIT_NOMODULE;
        }
    }
    Val last = vm_str_new(cr_span_from(s, (size_t)(dot + 1)));
    if (!last || !search || !vm_is_list(search)) return finish(NULL);
    for (size_t i = 0; i < vm_list_len(search); i++) {
        Val dir = vm_list_get(search, i);
        if (!vm_is_str(dir)) continue;
        bool empty = vm_str_len(dir) == 0;
        Val file = empty ? vm_str_fmt("%U.py", last) : vm_str_fmt("%U/%U.py", dir, last);
        Val pkgmain = empty ? vm_str_fmt("%U/__main__.py", last) : vm_str_fmt("%U/%U/__main__.py", dir, last);
        if (!file || !pkgmain) return finish(NULL);
        const char *cand[2] = {vm_str_cstr_of(file), vm_str_cstr_of(pkgmain)};
        for (int k = 0; k < 2; k++) {
            if (!cr_host_services->is_file || !cr_host_services->is_file(cand[k])) continue;
            /* sys.argv[0] becomes the module's full path. */
            Val argv = vm_dict_get_cstr(vm->sys_dict, "argv");
            if (argv && vm_is_list(argv) && vm_list_len(argv)) vm_list_set(argv, 0, vm_str_cstr(cand[k]));
            if (k == 1) {
                Val pkg = vm_import_module(name);
                if (!pkg) return finish(NULL);
            }
            Val m = main_module();
            if (!m) return finish(NULL);
            Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
            Val pkgname = k == 1 ? n : dot >= 0 ? vm_str_new(cr_span_sub(s, 0, (size_t)dot)) : vm_str_cstr("");
            if (!pkgname || vm_dict_set_cstr(d, "__package__", pkgname) < 0) return finish(NULL);
            return run_path_as_main(cand[k], m);
        }
    }
    return run_frozen_module(n); /* not found: the CLI prints "No module named ..." */
}

/* ---- the interactive loop ---- */

static bool looks_incomplete(Val exc)
{
    Val msg = vm_getattr_cstr(exc, "msg");
    if (!msg || !vm_is_str(msg)) {
        vm_err_clear();
        return false;
    }
    static const char *const markers[] = {"unexpected EOF", "incomplete input", "was never closed",
                                          "unterminated triple-quoted", "expected an indented block"};
    cr_span s = vm_str_span(msg);
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
        if (cr_span_find(s, cr_span_cstr(markers[i]), 0) >= 0) return true;
    return false;
}

int pyclave_repl(bool quiet_banner)
{
    Val m = vm->main_module;
    if (!m) {
        m = main_module();
        if (!m) return finish(NULL);
    }
    Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
    Val in = vm_dict_get_cstr(vm->sys_dict, "stdin");
    if (!quiet_banner) {
        Val err = vm_dict_get_cstr(vm->sys_dict, "stderr");
        Val banner = vm_str_cstr("Pyclave 0.1.0 (Python 3.11 compatible) on linux\n"
                                 "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        if (err && banner) vm_print_str(err, banner);
    }
    Val fn = vm_str_cstr("<stdin>");
    cr_buf src;
    cr_buf_init(&src);
    bool continuation = false;
    for (;;) {
        Val err = vm_dict_get_cstr(vm->sys_dict, "stderr");
        Val prompt = vm_dict_get_cstr(vm->sys_dict, continuation ? "ps2" : "ps1");
        vm_err_clear();
        if (err && err != VM_None) {
            Val ps = prompt ? vm_str(prompt) : vm_str_cstr(continuation ? "... " : ">>> ");
            if (ps) vm_print_str(err, ps);
            pyclave_flush();
        }
        vm_err_clear();
        Val line = in ? vm_call_method(in, "readline", NULL, 0) : NULL;
        if (!line) {
            if (handle_uncaught() == PYCLAVE_EXIT_INTERRUPT) continue;
            return 1;
        }
        cr_span ls = vm_is_str(line) ? vm_str_span(line) : cr_span_make("", 0);
        if (ls.len == 0) {
            if (err && err != VM_None) vm_print_str(err, vm_str_cstr("\n"));
            pyclave_flush();
            return 0;
        }
        cr_buf_append(&src, ls);
        bool blank = ls.len == 1 && cr_span_at(ls, 0) == '\n';
        cr_span text = cr_buf_span(&src);
        /* A compound statement runs when a blank line ends it. */
        bool compound = false;
        size_t end = text.len;
        while (end > 0 && (cr_span_at(text, end - 1) == '\n' || cr_span_at(text, end - 1) == ' ')) end--;
        if (end > 0 && cr_span_at(text, end - 1) == ':') compound = true;
        if (continuation && !blank) compound = true;
        Val code = NULL;
        if (!compound || blank) {
            code = cp_compile(text, fn, CP_MODE_SINGLE, 0);
            if (!code) {
                Val exc = vm_err_fetch();
                if (!blank && exc && vm_isinstance_t(exc, &vm_exc_SyntaxError) && looks_incomplete(exc)) {
                    continuation = true;
                    continue;
                }
                vm_err_restore(exc);
                handle_uncaught();
                cr_buf_truncate(&src, 0);
                continuation = false;
                continue;
            }
        } else {
            continuation = true;
            continue;
        }
        cr_buf_truncate(&src, 0);
        continuation = false;
        Val r = vm_eval_code((CodeObj *)(void *)val_obj(code), d, d);
        if (!r) {
            Val exc = vm_err_fetch();
            if (exc && vm_isinstance_t(exc, &vm_exc_SystemExit)) {
                vm_err_restore(exc);
                return finish(NULL);
            }
            vm_err_restore(exc);
            handle_uncaught();
        }
        pyclave_flush();
    }
}
