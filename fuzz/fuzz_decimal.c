/* libFuzzer target: Decimal(str) parsing (lib/decimal.py, issue 4/5).
 *
 * The input, decoded as str (invalid UTF-8 becomes lone surrogates), is
 * given to Decimal() in a context that traps nothing; a number that parses
 * is printed with str/repr/to_eng_string, hashed, converted to float,
 * added to 1 and squared.  Any Python exception is fine (a trapped signal,
 * TypeError from hashing a signaling NaN, OverflowError...), a crash is not.
 * Checked properties: Decimal(str(d)) is identical to d (compare_total
 * == 0) and Decimal(d.to_eng_string()) == d; a mismatch aborts. */
#include "fuzz_common.h"

#include "vm/import.h"

static const char helper_src[] =
    "import decimal\n"
    "_ctx = decimal.Context(prec=28, traps=[], Emax=10**9, Emin=-10**9)\n"
    "def check(s):\n"
    "    d = _ctx.create_decimal(s)\n"
    "    d2 = decimal.Decimal(s, _ctx)\n"
    "    if decimal.Decimal(str(d2)).compare_total(d2) != 0:\n"
    "        raise AssertionError('round trip ' + repr(s))\n"
    "    if not d2.is_nan() and decimal.Decimal(d2.to_eng_string()) != d2:\n"
    "        raise AssertionError('eng round trip ' + repr(s))\n"
    "    repr(d); str(d)\n"
    "    if not d.is_snan():\n"
    "        hash(d)\n"
    "    float(d2)\n"
    "    _ctx.add(d, 1); _ctx.multiply(d, d)\n"
    "    d.as_tuple(); format(d, '>+30,.5g'); format(d, '.3e')\n";

static Val g_check;

static void setup(void)
{
    if (g_check) return;
    Val m = vm_module_new(vm_str_cstr("__fuzz_decimal__"));
    cr_gc_add_root(&g_check);
    if (!m || !vm_exec_source(m, cr_span_make((const uint8_t *)helper_src, sizeof helper_src - 1),
                              vm_str_cstr("<fuzz_decimal>"))) {
        fprintf(stderr, "fuzz_decimal: cannot set up the helper\n");
        abort();
    }
    g_check = vm_getattr_cstr(m, "check");
    if (!g_check) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    setup();
    Val s = fuzz_text(data, size);
    if (!s) return 0;
    Val r = vm_call(g_check, &s, 1, NULL);
    if (!r) {
        if (vm_err_matches(&vm_exc_AssertionError)) {
            fprintf(stderr, "fuzz_decimal: round trip failed\n");
            abort();
        }
        vm_err_clear();
    }
    return 0;
}
