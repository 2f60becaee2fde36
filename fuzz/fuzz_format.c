/* libFuzzer target: str.format and format().  The input (as str) is split
 * at its first NUL byte into a format string and a format spec (no NUL:
 * the whole input is both).  fmt.format(int, float, str, name=...) and
 * format(value, spec) for an int, a float and a str; exceptions are fine.
 * Inputs with 6-9 digit widths are skipped (see expensive_width). */
#include "fuzz_common.h"

/* Widths and precisions of 6 to 9 digits are valid and just build strings
 * of up to a GiB ("{:60000000}", also as "0000060000000"), which under ASan takes seconds per input and starves the
 * fuzzer; skip inputs with such a digit run (10+ digits stay: they exercise
 * the overflow checks). */
static bool expensive_width(const uint8_t *data, size_t size)
{
    size_t run = 0; /* significant digits (leading zeros do not count) */
    for (size_t i = 0; i <= size; i++) {
        if (i < size && data[i] >= '0' && data[i] <= '9') {
            if (run > 0 || data[i] != '0') run++;
            continue;
        }
        if (run >= 6 && run <= 9) return true;
        run = 0;
    }
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    if (expensive_width(data, size)) return 0;
    size_t cut = size;
    for (size_t i = 0; i < size; i++)
        if (data[i] == 0) {
            cut = i;
            break;
        }
    Val fmt = fuzz_text(data, cut);
    Val spec = cut < size ? fuzz_text(data + cut + 1, size - cut - 1) : fmt;
    if (!fmt || !spec) return 0;
    Val big = vm_int_from_str(cr_span_cstr("-123456789012345678901234567890"), 10);
    Val values[] = {vm_int_from_i64(-12345), vm_float_new(-1234.5678e-3), vm_str_cstr("h\xc3\xa9llo"), big};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (!values[i]) {
            vm_err_clear();
            return 0;
        }
    Val args[4] = {values[0], values[1], values[2], values[3]};
    if (!vm_call_method(fmt, "format", args, 4)) vm_err_clear();
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (!vm_format(values[i], spec)) vm_err_clear();
    return 0;
}
