/* _traceback: the interpreter's own exception formatting, exported so that
 * the traceback module (lib/traceback.py) prints exactly what an uncaught
 * exception prints. */
#include "modules/modules.h"
#include "vm/traceback.h"

static Val tm_format_exception(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("format_exception", nargs, kwnames, 1, 1)) return NULL;
    return vm_format_exception_lc(args[0]);
}

static Val tm_format_exception_only(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("format_exception_only", nargs, kwnames, 1, 1)) return NULL;
    return vm_format_exception_only(args[0]);
}

static Val tm_format_entry(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("format_entry", nargs, kwnames, 1, 1)) return NULL;
    return vm_format_tb_entry(args[0]);
}

/* The source lines the interpreter knows for a file name (registered
 * module sources, or the file read through the host), or None. */
static Val tm_source_lines(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("source_lines", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0])) {
        vm_err_fmt(&vm_exc_TypeError, "expected str, not '%s'", vm_tname(args[0]));
        return NULL;
    }
    Val lines = vm_source_lines(args[0]);
    if (lines == NULL) {
        if (vm_err_occurred()) return NULL;
        return VM_None;
    }
    return lines;
}

/* write_unraisable(exc, err_msg=None, obj=None, tb=exc.__traceback__):
 * report exc through sys.unraisablehook as CPython's C code does (threads,
 * atexit callbacks). */
static Val tm_write_unraisable(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("write_unraisable", nargs, kwnames, 1, 4)) return NULL;
    Val err_msg = nargs > 1 ? args[1] : NULL, obj = nargs > 2 ? args[2] : NULL, tb = nargs > 3 ? args[3] : NULL;
    vm_write_unraisable(args[0], tb, err_msg, obj);
    return VM_None;
}

static const vm_methoddef traceback_functions[] = {
    {"write_unraisable", tm_write_unraisable, 0, NULL},
    {"format_exception", tm_format_exception, 0, NULL},
    {"format_exception_only", tm_format_exception_only, 0, NULL},
    {"format_entry", tm_format_entry, 0, NULL},
    {"source_lines", tm_source_lines, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int traceback_init(Val module) { return vm_module_add_functions(module, traceback_functions); }

int md_traceback_register(void)
{
    vm_register_builtin_module("_traceback", traceback_init);
    return 0;
}
