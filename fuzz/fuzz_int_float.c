/* libFuzzer target: int(s, base) for bases 0, 2, 10, 16 and 36 and float(s)
 * on the input decoded as str (invalid UTF-8 becomes lone surrogates).
 * Results or ValueError only. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    Val s = fuzz_text(data, size);
    if (!s) return 0;
    static const int bases[] = {0, 2, 10, 16, 36};
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        Val v = vm_int_from_str(vm_str_span(s), bases[i]);
        if (!v) vm_err_clear();
    }
    Val f = vm_number_float(s);
    if (!f) vm_err_clear();
    return 0;
}
