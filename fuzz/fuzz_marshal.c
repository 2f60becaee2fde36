/* libFuzzer target: the code-object loader of enclave images
 * (vm/marshal.h).  Hostile bytes must give a value or ValueError /
 * MemoryError, never a crash; a loaded object is dumped again and the dump
 * must load (the loader re-verifies every code object). */
#include "fuzz_common.h"

#include "vm/marshal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    Val v = vm_marshal_load(cr_span_make(data, size));
    if (!v) {
        vm_err_clear();
        return 0;
    }
    cr_buf out;
    cr_buf_init(&out);
    if (vm_marshal_dump(v, &out) < 0 || out.failed) {
        vm_err_clear();
        return 0;
    }
    if (!vm_marshal_load(cr_buf_span(&out))) {
        if (!vm_err_matches(&vm_exc_MemoryError)) {
            fprintf(stderr, "fuzz_marshal: a dump of a loaded object does not load\n");
            abort();
        }
        vm_err_clear();
    }
    return 0;
}
