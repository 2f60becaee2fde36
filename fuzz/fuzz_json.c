/* libFuzzer target: json.loads (lib/json, pure Python on the VM) on the
 * input as str (invalid UTF-8 becomes lone surrogates).  Any Python
 * exception (JSONDecodeError, RecursionError, MemoryError) is fine; a crash
 * is not.  A decoded value is dumped again with json.dumps. */
#include "fuzz_common.h"

#include "vm/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    static Val mod;
    if (!mod) mod = vm_import_module("json");
    if (!mod) {
        fprintf(stderr, "fuzz_json: cannot import json\n");
        abort();
    }
    Val s = fuzz_text(data, size);
    if (!s) return 0;
    Val v = vm_call_method(mod, "loads", &s, 1);
    if (!v) {
        vm_err_clear();
        return 0;
    }
    if (!vm_call_method(mod, "dumps", &v, 1)) vm_err_clear();
    return 0;
}
