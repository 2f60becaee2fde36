/* libFuzzer target: compile the input as Python source and run it in a
 * fresh module with a small instruction budget.  Any Python exception
 * (including "instruction budget exhausted", MemoryError, RecursionError,
 * SystemExit) is fine; a crash or sanitizer report is not.  input(), open(),
 * breakpoint() and help() are removed from builtins (fuzz_common.h). */
#include "fuzz_common.h"

#include "compiler/compile.h"
#include "vm/import.h"

#define FUZZ_BUDGET 20000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    static Val filename, modname;
    if (!filename) filename = vm_str_cstr("<fuzz>");
    if (!modname) modname = vm_str_cstr("__fuzz__");
    cr_span src = cr_span_make(data, size);
    /* Only source that compiles is run (vm_exec_source compiles again;
     * compiling first keeps SyntaxErrors cheap and out of the module table). */
    if (!cp_compile(src, filename, CP_MODE_EXEC, 0)) {
        vm_err_clear();
        return 0;
    }
    Val m = vm_module_new(modname);
    if (!m) {
        vm_err_clear();
        return 0;
    }
    vm->budget_left = FUZZ_BUDGET;
    (void)vm_exec_source(m, src, filename);
    vm_err_clear();
    vm->budget_left = -1;
    return 0;
}
