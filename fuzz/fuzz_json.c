/* libFuzzer target: the json package and its C accelerator (_json,
 * src/modules/json_accel.c).
 *
 * The first input byte selects options, the rest is the document, taken as
 * str (invalid UTF-8 becomes lone surrogates):
 *   bit 0   strict=False
 *   bit 1   object_pairs_hook=list (values become lists of pairs)
 *   bit 2   parse_float=str, parse_int=str (the hook paths)
 *   bit 3   also decode the document's UTF-8 bytes (bytes input path)
 *   bits 4-7  a position for json.decoder.scanstring(s, pos)
 * Any Python exception (JSONDecodeError, RecursionError, MemoryError) is
 * fine; a crash is not.  A decoded value is encoded again with the C
 * encoder (compact, indented and sorted, non-ASCII, allow_nan=False) and,
 * for plain decoding, dumps(loads(dumps(v))) must equal dumps(v): the
 * round trip of the C encoder and decoder is checked, a mismatch aborts. */
#include "fuzz_common.h"

#include "vm/import.h"

static Val g_json, g_decoder, g_list, g_str, g_kw_strict, g_kw_pairs, g_kw_floats, g_kw_indent;

static Val kwnames(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    Val t = vm_tuple_new((size_t)n);
    for (int i = 0; t && i < n; i++) vm_tuple_set(t, (size_t)i, vm_intern_cstr(va_arg(ap, const char *)));
    va_end(ap);
    return t;
}

static void setup(void)
{
    if (g_json) return;
    g_json = vm_import_module("json");
    g_decoder = vm_import_module("json.decoder");
    if (!g_json || !g_decoder) {
        fprintf(stderr, "fuzz_json: cannot import json\n");
        abort();
    }
    g_list = VAL(&vm_type_list);
    g_str = VAL(&vm_type_str);
    g_kw_strict = kwnames(1, "strict");
    g_kw_pairs = kwnames(2, "strict", "object_pairs_hook");
    g_kw_floats = kwnames(3, "strict", "parse_float", "parse_int");
    g_kw_indent = kwnames(4, "indent", "sort_keys", "ensure_ascii", "allow_nan");
    Val *roots[] = {&g_json, &g_decoder, &g_list, &g_str, &g_kw_strict, &g_kw_pairs, &g_kw_floats, &g_kw_indent};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) cr_gc_add_root(roots[i]);
}

static Val call_kw(const char *name, Val *args, size_t nargs, Val kw)
{
    Val f = vm_getattr_cstr(g_json, name);
    if (!f) return NULL;
    return vm_call(f, args, nargs, kw);
}

static Val dumps1(Val v) { return vm_call_method(g_json, "dumps", &v, 1); }

static void encode_checks(Val v, bool roundtrip)
{
    Val s = dumps1(v);
    if (!s) {
        vm_err_clear();
        return;
    }
    if (roundtrip) {
        Val back = vm_call_method(g_json, "loads", &s, 1);
        if (!back) {
            fprintf(stderr, "fuzz_json: loads(dumps(v)) raised\n");
            abort();
        }
        Val s2 = dumps1(back);
        if (!s2 || !vm_str_eq(s, s2)) {
            fprintf(stderr, "fuzz_json: dumps(loads(dumps(v))) != dumps(v)\n");
            abort();
        }
    }
    Val a[5] = {v, val_from_small(2), VM_True, VM_False, VM_False};
    if (!call_kw("dumps", a, 1, g_kw_indent)) vm_err_clear();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_start_runtime();
    setup();
    if (size == 0) return 0;
    uint8_t opt = data[0];
    Val s = fuzz_text(data + 1, size - 1);
    if (!s) return 0;
    Val strict = (opt & 1) ? VM_False : VM_True;
    Val v;
    if (opt & 2) {
        Val a[3] = {s, strict, g_list};
        v = call_kw("loads", a, 1, g_kw_pairs);
    } else if (opt & 4) {
        Val a[4] = {s, strict, g_str, g_str};
        v = call_kw("loads", a, 1, g_kw_floats);
    } else {
        Val a[2] = {s, strict};
        v = call_kw("loads", a, 1, g_kw_strict);
    }
    if (v) encode_checks(v, (opt & 7) == 0);
    else vm_err_clear();
    if (opt & 8) {
        Val b = vm_bytes_new(cr_span_make(data + 1, size - 1));
        if (b && !vm_call_method(g_json, "loads", &b, 1)) vm_err_clear();
        vm_err_clear();
    }
    Val sargs[3] = {s, val_from_small(opt >> 4), strict};
    if (!vm_call_method(g_decoder, "scanstring", sargs, 3)) vm_err_clear();
    return 0;
}
