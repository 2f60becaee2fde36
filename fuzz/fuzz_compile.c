/* libFuzzer target: source text -> cp_compile in exec mode (tokenizer,
 * parser, symbol table, code generator, vm_code_verify).  Any outcome is
 * acceptable (a code object or a SyntaxError / MemoryError /
 * RecursionError) except a crash or a sanitizer report. */
#include "fuzz_common.h"

#include "compiler/compile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    static Val filename;
    if (!filename) filename = vm_str_cstr("<fuzz>");
    Val code = cp_compile(cr_span_make(data, size), filename, CP_MODE_EXEC, 0);
    (void)code;
    vm_err_clear();
    return 0;
}
