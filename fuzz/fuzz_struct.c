/* libFuzzer target: struct.unpack / struct.calcsize (src/modules/struct.c)
 * on hostile formats and buffers.  The input is split at its first NUL
 * byte into a format (as str) and the data bytes; unpack is called with the
 * data and, so that the size check passes, with the data cut or padded to
 * calcsize(format) when that is small.  Exceptions (struct.error etc.) are
 * fine; crashes are not. */
#include "fuzz_common.h"

#include "vm/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    static Val mod;
    if (!mod) mod = vm_import_module("_struct");
    if (!mod) {
        fprintf(stderr, "fuzz_struct: cannot import _struct\n");
        abort();
    }
    size_t cut = size;
    for (size_t i = 0; i < size; i++)
        if (data[i] == 0) {
            cut = i;
            break;
        }
    Val fmt = fuzz_text(data, cut);
    if (!fmt) return 0;
    cr_span rest = cut < size ? cr_span_make(data + cut + 1, size - cut - 1) : cr_span_make(data, 0);
    Val buf = vm_bytes_new(rest);
    if (!buf) {
        vm_err_clear();
        return 0;
    }
    Val args[2] = {fmt, buf};
    if (!vm_call_method(mod, "unpack", args, 2)) vm_err_clear();
    Val n = vm_call_method(mod, "calcsize", args, 1);
    int64_t want;
    if (!n || vm_int_as_i64(n, &want) < 0) {
        vm_err_clear();
        return 0;
    }
    if (want < 0 || want > 65536 || (size_t)want == rest.len) return 0;
    /* A buffer of exactly the right size: the data repeated (or zeros). */
    static uint8_t tmp[65536];
    for (size_t i = 0; i < (size_t)want; i++) tmp[i] = rest.len ? rest.ptr[i % rest.len] : 0;
    args[1] = vm_bytes_new(cr_span_make(tmp, (size_t)want));
    if (!args[1] || !vm_call_method(mod, "unpack", args, 2)) vm_err_clear();
    return 0;
}
