/* libFuzzer target: the re engine (src/modules/re_*.c).  The input is
 * split at its first NUL byte into a pattern and a subject.  The pattern
 * is compiled as str (with the flags chosen by the last input byte) and
 * as bytes; each compiled pattern is searched / fullmatched / scanned over
 * the subject with a small instruction budget, so catastrophic patterns
 * end with RuntimeError instead of running for ever.  Exceptions are fine;
 * crashes, hangs and sanitizer reports are not. */
#include "fuzz_common.h"

#include "vm/import.h"

static Val pattern_cls; /* re.Pattern (a static root: the GC scans bss) */

static void call_budgeted(Val obj, const char *name, Val *args, size_t n)
{
    vm->budget_left = 3000;
    if (!vm_call_method(obj, name, args, n)) vm_err_clear();
}

static void try_one(Val re_mod, Val pattern, int flags, Val subject, Val repl)
{
    Val args[3] = {pattern, vm_int_from_i64(flags), pattern_cls};
    Val p = vm_call_method(re_mod, "compile", args, 3);
    if (!p) {
        vm_err_clear();
        return;
    }
    Val a[6] = {subject, vm_int_from_i64(1), vm_int_from_i64(1000000), vm_int_from_i64(9), p, vm_int_from_i64(0)};
    call_budgeted(p, "search", a, 1);
    call_budgeted(p, "match", a, 1);
    call_budgeted(p, "fullmatch", a, 1);
    call_budgeted(p, "findall", a, 1);
    call_budgeted(p, "split", a, 1);
    call_budgeted(p, "_exec", a, 6);
    Val s[2] = {repl, subject};
    call_budgeted(p, "sub", s, 2);
    Val m = vm_call_method(p, "search", a, 1);
    if (m && m != VM_None) {
        Val r = vm_repr(m);
        (void)r;
        call_budgeted(m, "groups", NULL, 0);
        call_budgeted(m, "groupdict", NULL, 0);
    }
    vm_err_clear();
    vm->budget_left = -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    static Val mod;
    if (!mod) {
        mod = vm_import_module("re"); /* installs re.error in _re */
        if (mod) pattern_cls = vm_getattr_cstr(mod, "Pattern");
        if (pattern_cls) mod = vm_import_module("_re");
        if (!mod) {
            fprintf(stderr, "fuzz_re: cannot import re\n");
            abort();
        }
    }
    size_t cut = size;
    for (size_t i = 0; i < size; i++)
        if (data[i] == 0) {
            cut = i;
            break;
        }
    int flags = size ? (data[size - 1] & (2 | 8 | 16 | 64 | 256)) : 0;
    cr_span rest = cut < size ? cr_span_make(data + cut + 1, size - cut - 1) : cr_span_make(data, 0);
    Val ptext = fuzz_text(data, cut);
    Val stext = fuzz_text(rest.ptr, rest.len);
    if (ptext && stext) try_one(mod, ptext, flags, stext, vm_str_cstr("<\\g<0>\\1>"));
    Val pbytes = vm_bytes_new(cr_span_make(data, cut));
    Val sbytes = vm_bytes_new(rest);
    if (pbytes && sbytes) try_one(mod, pbytes, flags & ~256, sbytes, vm_bytes_new(cr_span_cstr("[\\g<0>]")));
    vm_err_clear();
    return 0;
}
