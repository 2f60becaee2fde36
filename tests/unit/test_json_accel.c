/* Unit tests of the json accelerator (src/modules/json_accel.c) for what a
 * differential test cannot show: documents and results beyond the heap cap
 * are a MemoryError, absurd nesting is a RecursionError, and the runtime
 * keeps working afterwards; plus the _json entry points called directly. */
#include <stdio.h>
#include <string.h>

#include "core/host.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/import.h"
#include "vm/state.h"

static int passed, failed;
static Val json_mod, accel_mod;

static void check(bool ok, const char *what, const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s (got %s)\n", what, got ? got : "NULL");
}

/* "TypeName: message" of the pending exception (cleared), or the repr. */
static const char *show(Val v)
{
    static char buf[300];
    if (v == NULL) {
        Val e = vm_err_fetch();
        if (e == NULL) return "<NULL without exception>";
        Val s = vm_str(e);
        snprintf(buf, sizeof buf, "%s: %s", vm_tname(e), s ? vm_str_cstr_of(s) : "?");
        return buf;
    }
    Val r = vm_repr(v);
    if (!r) return show(NULL);
    snprintf(buf, sizeof buf, "%s", vm_str_cstr_of(r));
    return buf;
}

static void expect(const char *what, Val v, const char *want)
{
    const char *got = show(v);
    check(strncmp(got, want, strlen(want)) == 0, what, got);
}

static Val rep(const char *s, size_t n)
{
    Val one = vm_str_cstr(s);
    return one ? vm_binop(one, vm_int_from_i64((int64_t)n), VM_OP_MUL) : NULL;
}

static Val cat3(Val a, Val b, Val c)
{
    if (!a || !b || !c) return NULL;
    Val ab = vm_str_concat(a, b);
    return ab ? vm_str_concat(ab, c) : NULL;
}

static Val loads(Val s) { return s ? vm_call_method(json_mod, "loads", &s, 1) : NULL; }
static Val dumps(Val v) { return v ? vm_call_method(json_mod, "dumps", &v, 1) : NULL; }

static Val run(const char *src)
{
    Val g = vm_dict_new();
    if (!g) return NULL;
    vm_dict_set_cstr(g, "__builtins__", vm->builtins_module);
    Val r = vm_call_method(vm->builtins_module, "exec", (Val[]){vm_str_cstr(src), g}, 2);
    if (!r) return NULL;
    return vm_dict_get_cstr(g, "result");
}

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {.heap_cap = (size_t)64 << 20, .c_stack_limit = 4u << 20, .stack_base = __builtin_frame_address(0),
                          .hashseed = "0"};
    if (pyclave_init(&cfg) < 0) printf("note: pyclave_init reported a failure; continuing\n");
    vm_err_clear();
    json_mod = vm_import_module("json");
    accel_mod = vm_import_module("_json");
    check(json_mod != NULL && accel_mod != NULL, "import json, _json", show(json_mod));
    if (!json_mod || !accel_mod) {
        printf("%d passed, %d failed\n", passed, failed + 1);
        return 1;
    }

    expect("loads", loads(vm_str_cstr("{\"a\": [1, 2.5, \"\\u00e9\", null]}")), "{'a': [1, 2.5, 'é', None]}");
    expect("dumps", dumps(loads(vm_str_cstr("[1e400, -0.0, 12345678901234567890]"))),
           "'[Infinity, -0.0, 12345678901234567890]'");

    /* A list of ~12 million items needs more than the 64 MiB heap. */
    expect("loads beyond the heap cap", loads(cat3(vm_str_cstr("["), rep("1,", 12000000), vm_str_cstr("1]"))),
           "MemoryError");
    expect("still works after MemoryError", loads(vm_str_cstr("[true]")), "[True]");
    /* A text longer than the heap: the encoder stops with MemoryError. */
    expect("dumps beyond the heap cap",
           run("import json\nbig = ['x' * 4000] * 20000\ntry:\n    json.dumps(big)\n    result = 'no error'\n"
               "except MemoryError:\n    result = 'MemoryError'\n"),
           "'MemoryError'");
    expect("dumps default stops after MemoryError",
           run("import json\ncalls = [0]\nclass P: pass\ndef d(o):\n    calls[0] += 1\n    return 'y' * 4000\n"
               "try:\n    json.dumps([P()] * 30000, default=d, check_circular=False)\nexcept MemoryError:\n    pass\n"
               "result = calls[0] < 30000\n"),
           "True");

    /* Nesting far beyond the recursion limit. */
    expect("deep array", loads(rep("[", 1000000)), "RecursionError: maximum recursion depth exceeded while decoding a JSON array");
    expect("deep object", loads(rep("{\"k\":", 1000000)), "RecursionError: maximum recursion depth exceeded while decoding a JSON object");
    expect("deep dumps", run("import json\na = []\nfor i in range(200000):\n    a = [a]\ntry:\n    json.dumps(a)\n"
                             "except RecursionError as e:\n    result = str(e)\n"),
           "'maximum recursion depth exceeded while encoding a JSON object'");
    expect("after RecursionError", dumps(loads(vm_str_cstr("{\"x\": [[[]]]}"))), "'{\"x\": [[[]]]}'");

    /* The _json entry points directly. */
    Val cfg6 = vm_tuple_pack(6, VM_True, VM_None, VM_None, VAL(&vm_type_float), VAL(&vm_type_int), VM_None);
    Val a3[3] = {cfg6, vm_str_cstr("  [1, \"\\ud83d\\ude00\"] x"), val_from_small(2)};
    expect("scan_once", vm_call_method(accel_mod, "scan_once", a3, 3), "([1, '😀'], 21)");
    a3[2] = val_from_small(0);
    expect("scan_once StopIteration", vm_call_method(accel_mod, "scan_once", a3, 3), "StopIteration: 0");
    a3[2] = val_from_small(-1);
    expect("scan_once negative", vm_call_method(accel_mod, "scan_once", a3, 3), "ValueError: idx cannot be negative");
    a3[0] = vm_empty_tuple;
    expect("scan_once bad cfg", vm_call_method(accel_mod, "scan_once", a3, 3), "TypeError");
    Val a2[2] = {vm_str_cstr("x\"\\u00e9\\n\" "), val_from_small(2)};
    expect("scanstring", vm_call_method(accel_mod, "scanstring", a2, 2), "('é\\n', 11)");
    a2[1] = val_from_small(99);
    expect("scanstring bounds", vm_call_method(accel_mod, "scanstring", a2, 2), "ValueError: end is out of bounds");
    Val s1 = vm_str_cstr("\xc3\xa9\"\x01");
    expect("encode_basestring_ascii", vm_call_method(accel_mod, "encode_basestring_ascii", &s1, 1),
           "'\"\\\\u00e9\\\\\"\\\\u0001\"'");
    Val enc_cfg = vm_tuple_pack(10, VM_True, VM_None, VM_True, VM_True, VM_False, VM_False, vm_str_cstr(" "),
                                vm_str_cstr(": "), vm_str_cstr(","), VM_True);
    Val e2[2] = {loads(vm_str_cstr("{\"a\": [1]}")), enc_cfg};
    expect("encode indent", vm_call_method(accel_mod, "encode", e2, 2), "'{\\n \"a\": [\\n  1\\n ]\\n}'");
    e2[1] = vm_empty_tuple;
    expect("encode bad cfg", vm_call_method(accel_mod, "encode", e2, 2), "TypeError");

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
