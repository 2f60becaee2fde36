/* Unit tests of vm/marshal.c: round trips of every constant type and of
 * compiled code, determinism, and hostile input (truncation, corruption,
 * deep nesting, huge counts) which must give ValueError, never a crash. */
#include <stdio.h>
#include <string.h>

#include "compiler/compile.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/codeutil.h"
#include "vm/frame.h"
#include "vm/marshal.h"
#include "enclave/enclave.h"

static int passed, failed;

static void check(bool ok, const char *what)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n", what);
}

static const char *repr(Val v)
{
    static char buf[400];
    Val r = v ? vm_repr(v) : NULL;
    if (!r) {
        Val e = vm_err_fetch();
        Val s = e ? vm_str(e) : NULL;
        snprintf(buf, sizeof buf, "<%s: %s>", e ? vm_tname(e) : "?", s ? vm_str_cstr_of(s) : "");
        return buf;
    }
    snprintf(buf, sizeof buf, "%s", vm_str_cstr_of(r));
    return buf;
}

static Val compile(const char *src)
{
    Val code = cp_compile(cr_span_cstr(src), vm_str_cstr("<test>"), CP_MODE_EXEC, 0);
    if (!code) printf("compile failed: %s\n", repr(NULL));
    return code;
}

static Val eval_expr(const char *src)
{
    Val code = cp_compile(cr_span_cstr(src), vm_str_cstr("<test>"), CP_MODE_EVAL, 0);
    Val d = vm_dict_new();
    vm_dict_set_cstr(d, "__builtins__", vm->builtins_module);
    return code ? vm_eval_code((CodeObj *)(void *)val_obj(code), d, d) : NULL;
}

static void roundtrip_const(const char *expr)
{
    Val v = eval_expr(expr);
    cr_buf b;
    cr_buf_init(&b);
    char what[300];
    snprintf(what, sizeof what, "round trip %s", expr);
    if (!v || vm_marshal_dump(v, &b) < 0) {
        printf("dump %s: %s\n", expr, repr(NULL));
        check(false, what);
        return;
    }
    Val w = vm_marshal_load(cr_buf_span(&b));
    char r1[400];
    snprintf(r1, sizeof r1, "%s", repr(v));
    const char *r2 = repr(w);
    bool same = w && strcmp(r1, r2) == 0 && vm_typeof(v) == vm_typeof(w);
    if (!same) printf("  %s -> %s\n", r1, r2);
    check(same, what);
}

/* Run module code, then call f() from it. */
static const char *run_f(Val code)
{
    Val d = vm_dict_new();
    vm_dict_set_cstr(d, "__builtins__", vm->builtins_module);
    if (!vm_eval_code((CodeObj *)(void *)val_obj(code), d, d)) return repr(NULL);
    Val f = vm_dict_get_cstr(d, "f");
    return repr(f ? vm_call0(f) : NULL);
}

static const char *prog =
    "import sys\n"
    "def f(a=1, *args, k=2, **kw):\n"
    "    x = [i * i for i in range(5) if i % 2]\n"
    "    def inner(y):\n"
    "        return y + a\n"
    "    try:\n"
    "        1 / 0\n"
    "    except ZeroDivisionError as e:\n"
    "        msg = str(e)\n"
    "    g = (c for c in 'ab')\n"
    "    big = 123456789012345678901234567890 * -1\n"
    "    return (x, inner(10), msg, list(g), big, 1.5, 2j, b'xy', None, ..., 'x' in {'x', 'y'}, k)\n";

static void test_code(void)
{
    Val code = compile(prog);
    if (!code) {
        check(false, "compile test program");
        return;
    }
    char want[400];
    snprintf(want, sizeof want, "%s", run_f(code));
    cr_buf b1, b2;
    cr_buf_init(&b1);
    cr_buf_init(&b2);
    check(vm_marshal_dump(code, &b1) == 0, "dump code");
    Val code2 = vm_marshal_load(cr_buf_span(&b1));
    check(code2 != NULL && vm_is_type(code2, &vm_type_code), "load code");
    if (!code2) {
        printf("  %s\n", repr(NULL));
        return;
    }
    check(((CodeObj *)(void *)val_obj(code2))->verified, "loaded code is verified");
    const char *got = run_f(code2);
    check(strcmp(want, got) == 0, "loaded code runs the same");
    if (strcmp(want, got) != 0) printf("  want %s\n  got  %s\n", want, got);
    check(vm_marshal_dump(code2, &b2) == 0 && cr_span_eq(cr_buf_span(&b1), cr_buf_span(&b2)), "dump is deterministic");

    /* Hostile input: every truncation is refused with ValueError. */
    cr_span s = cr_buf_span(&b1);
    bool all_refused = true;
    for (size_t n = 0; n < s.len; n += (n < 200 ? 1 : 7)) {
        Val v = vm_marshal_load(cr_span_sub(s, 0, n));
        if (v || !vm_err_matches(&vm_exc_ValueError)) all_refused = false;
        vm_err_clear();
    }
    check(all_refused, "every truncation refused with ValueError");
    /* Trailing garbage refused. */
    cr_buf t;
    cr_buf_init(&t);
    cr_buf_append(&t, s);
    cr_buf_byte(&t, 'N');
    check(!vm_marshal_load(cr_buf_span(&t)) && vm_err_matches(&vm_exc_ValueError), "trailing bytes refused");
    vm_err_clear();
    /* Corruption: flip every byte in turn (3 patterns); the loader must
     * either refuse (an exception) or produce verified code. */
    size_t accepted = 0, refused = 0;
    bool sane = true;
    uint8_t pats[3] = {0xff, 0x01, 0x80};
    for (int p = 0; p < 3; p++)
        for (size_t i = 0; i < s.len; i++) {
            cr_buf c;
            cr_buf_init(&c);
            cr_buf_append(&c, s);
            cr_buf_set(&c, i, (uint8_t)(cr_buf_get(&c, i) ^ pats[p]));
            Val v = vm_marshal_load(cr_buf_span(&c));
            if (v) {
                accepted++;
                if (!vm_is_type(v, &vm_type_code) || !((CodeObj *)(void *)val_obj(v))->verified) sane = false;
            } else {
                refused++;
                if (!vm_err_occurred()) sane = false;
            }
            vm_err_clear();
        }
    check(sane, "corrupted blobs: refused with an exception or verified");
    check(refused > 0, "corrupted blobs: some refused");
    printf("  corruption: %zu accepted (still verified), %zu refused\n", accepted, refused);
}

static void test_hostile(void)
{
    /* Deep nesting: 1000 nested tuples. */
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, "PCM");
    cr_buf_byte(&b, VM_MARSHAL_VERSION);
    for (int i = 0; i < 1000; i++) {
        cr_buf_byte(&b, '(');
        uint8_t one[4] = {1, 0, 0, 0};
        cr_buf_append(&b, cr_span_make(one, 4));
    }
    cr_buf_byte(&b, 'N');
    check(!vm_marshal_load(cr_buf_span(&b)) && vm_err_matches(&vm_exc_ValueError), "deep nesting refused");
    vm_err_clear();
    /* A huge count with no data behind it. */
    static const uint8_t huge[] = {'P', 'C', 'M', VM_MARSHAL_VERSION, '(', 0xff, 0xff, 0xff, 0xff};
    check(!vm_marshal_load(cr_span_make(huge, sizeof huge)) && vm_err_matches(&vm_exc_ValueError), "huge count refused");
    vm_err_clear();
    static const uint8_t hugecode[] = {'P', 'C', 'M', VM_MARSHAL_VERSION, 'C', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                       0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                       0xff, 0xff, 0xff, 0xff};
    check(!vm_marshal_load(cr_span_make(hugecode, sizeof hugecode)) && vm_err_matches(&vm_exc_ValueError),
          "huge code length refused");
    vm_err_clear();
    static const uint8_t badutf8[] = {'P', 'C', 'M', VM_MARSHAL_VERSION, 's', 2, 0, 0, 0, 0xc3, 0x28};
    check(!vm_marshal_load(cr_span_make(badutf8, sizeof badutf8)) && vm_err_matches(&vm_exc_ValueError),
          "invalid UTF-8 refused");
    vm_err_clear();
    static const uint8_t badint[] = {'P', 'C', 'M', VM_MARSHAL_VERSION, 'I', 2, 0, 0, 0, '1', 'x'};
    check(!vm_marshal_load(cr_span_make(badint, sizeof badint)) && vm_err_matches(&vm_exc_ValueError),
          "bad bigint digits refused");
    vm_err_clear();
    static const uint8_t badtag[] = {'P', 'C', 'M', VM_MARSHAL_VERSION, 'Q'};
    check(!vm_marshal_load(cr_span_make(badtag, sizeof badtag)) && vm_err_matches(&vm_exc_ValueError),
          "unknown tag refused");
    vm_err_clear();
    static const uint8_t badver[] = {'P', 'C', 'M', 99, 'N'};
    check(!vm_marshal_load(cr_span_make(badver, sizeof badver)) && vm_err_matches(&vm_exc_ValueError),
          "other version refused");
    vm_err_clear();
    /* Unmarshallable values. */
    cr_buf u;
    cr_buf_init(&u);
    check(vm_marshal_dump(vm_list_new(0), &u) < 0 && vm_err_matches(&vm_exc_ValueError), "list is unmarshallable");
    vm_err_clear();
}

/* The compact position table (vm/code.h): round trips through the writer
 * and reader, merging of equal runs, extreme values, malformed tables, and
 * vm_code_pos lookups in any order (its run cache). */
static void test_postab(void)
{
    enum { N = 600 };
    static vm_pos want[N];
    uint64_t seed = 12345;
    vm_postab_writer w;
    vm_postab_init(&w);
    size_t u = 0;
    while (u < N) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        vm_pos p = {(int32_t)(seed >> 40) % 5000, 0, (int32_t)((seed >> 20) % 200) - 1, (int32_t)((seed >> 8) % 300) - 1};
        p.end_line = p.line + (int32_t)((seed >> 4) % 3);
        if (seed % 17 == 0) p = (vm_pos){INT32_MAX, INT32_MIN, INT32_MIN, INT32_MAX};
        if (u > 0 && seed % 3 == 0) p = want[u - 1]; /* equal neighbours merge */
        size_t run = 1 + (size_t)(seed >> 60) % 3;
        if (run > N - u) run = N - u;
        for (size_t k = 0; k < run; k++) want[u + k] = p;
        vm_postab_add(&w, p, run);
        u += run;
    }
    vm_postab_finish(&w);
    cr_span tab = cr_buf_span(&w.buf);
    check(!w.buf.failed && vm_postab_valid(tab, N), "postab: valid table");
    check(!vm_postab_valid(tab, N - 1) && !vm_postab_valid(tab, N + 1), "postab: unit count must match");
    check(tab.len < N * sizeof(vm_pos) / 2, "postab: smaller than the plain array");
    vm_postab_reader r = {tab, 0, 0, 0};
    size_t first, len, covered = 0, runs = 0;
    vm_pos p, last = {0, 0, 0, 0};
    bool same = true, merged = true;
    while (vm_postab_next(&r, &first, &len, &p)) {
        same = same && first == covered;
        for (size_t k = 0; k < len; k++) {
            vm_pos q = want[first + k];
            same = same && q.line == p.line && q.end_line == p.end_line && q.col == p.col && q.end_col == p.end_col;
        }
        if (runs++ && p.line == last.line && p.end_line == last.end_line && p.col == last.col && p.end_col == last.end_col)
            merged = false;
        last = p;
        covered += len;
    }
    check(same && covered == N, "postab: runs decode to the positions written");
    check(merged, "postab: equal neighbours are one run");
    /* vm_code_pos through a code object: forward, backward, repeated. */
    CodeObj *co = vm_code_alloc();
    co->ncode = N;
    co->postab = w.buf.ptr;
    co->npostab = w.buf.len;
    size_t order[] = {0, 1, 599, 300, 300, 301, 0, 598, 17, 16, 250, 599};
    bool ok = true;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        vm_pos q = vm_code_pos(co, order[i]), e = want[order[i]];
        ok = ok && q.line == e.line && q.end_line == e.end_line && q.col == e.col && q.end_col == e.end_col;
    }
    check(ok, "postab: vm_code_pos in any order");
    /* Malformed tables. */
    static const uint8_t zero_run[] = {0, 0, 0, 0, 0};
    static const uint8_t truncated[] = {1, 2, 0};
    static const uint8_t overlong[] = {1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0, 0, 0};
    static const uint8_t too_big[] = {1, 0xfe, 0xff, 0xff, 0xff, 0x1f, 0, 0, 0}; /* line delta 2^32 - 1 */
    check(!vm_postab_valid(cr_span_make(zero_run, sizeof zero_run), 0), "postab: a run of 0 is refused");
    check(!vm_postab_valid(cr_span_make(truncated, sizeof truncated), 1), "postab: truncated entry refused");
    check(!vm_postab_valid(cr_span_make(overlong, sizeof overlong), 1), "postab: overlong varint refused");
    check(!vm_postab_valid(cr_span_make(too_big, sizeof too_big), 1), "postab: line outside int32 refused");
    static const uint8_t one[] = {1, 2, 0, 0, 0};
    check(vm_postab_valid(cr_span_make(one, sizeof one), 1), "postab: a minimal table is valid");
}

static void test_frozenset_order(void)
{
    /* The same frozenset built in two insertion orders dumps identically. */
    Val a = eval_expr("frozenset(['alpha', 'beta', 'gamma', 1, 2.5, (1, 2)])");
    Val b = eval_expr("frozenset([(1, 2), 2.5, 1, 'gamma', 'beta', 'alpha'])");
    cr_buf x, y;
    cr_buf_init(&x);
    cr_buf_init(&y);
    check(a && b && vm_marshal_dump(a, &x) == 0 && vm_marshal_dump(b, &y) == 0 &&
              cr_span_eq(cr_buf_span(&x), cr_buf_span(&y)),
          "frozenset dump independent of order");
}

/* The enclave image parser (enclave/image.c) on an image built here and on
 * every truncation and many byte flips of it: never a crash; the signature
 * catches every change of a signed image. */
static en_image img; /* large: static */

static void test_image(void)
{
    Val code = compile("def f():\n    return 42\n");
    cr_buf mod;
    cr_buf_init(&mod);
    if (!code || vm_marshal_dump(code, &mod) < 0) {
        check(false, "image: compile");
        return;
    }
    en_manifest m = {0};
    m.heap_size = (uint64_t)16 << 20;
    m.stack_max = 500;
    m.budget = -1;
    m.services = EN_SVC_LOG;
    m.signed_build = 1;
    m.app = cr_span_cstr("app");
    cr_buf b, man;
    cr_buf_init(&b);
    cr_buf_init(&man);
    cr_buf_append(&b, cr_span_make(EN_IMAGE_MAGIC, 4));
    uint8_t ver[4] = {EN_IMAGE_VERSION, 0, 0, 0};
    cr_buf_append(&b, cr_span_make(ver, 4));
    en_manifest_write(&m, &man);
    en_section_begin(&b, EN_SEC_MANIFEST, man.len);
    cr_buf_append(&b, cr_buf_span(&man));
    en_section_begin(&b, EN_SEC_MODULE, 2 + 3 + 1 + 4 + mod.len);
    uint8_t h[2] = {3, 0};
    cr_buf_append(&b, cr_span_make(h, 2));
    cr_buf_cstr(&b, "app");
    cr_buf_byte(&b, EN_MOD_APP);
    uint8_t cl[4] = {(uint8_t)mod.len, (uint8_t)(mod.len >> 8), (uint8_t)(mod.len >> 16), 0};
    cr_buf_append(&b, cr_span_make(cl, 4));
    cr_buf_append(&b, cr_buf_span(&mod));
    uint8_t mre[32], priv[32], pub[65], sig[64];
    en_mrenclave(cr_buf_span(&b), mre);
    for (int i = 0; i < 32; i++) priv[i] = (uint8_t)(i + 1);
    check(en_ec_pub_from_priv(priv, pub) && en_ecdsa_sign(priv, mre, sig), "image: sign");
    en_section_begin(&b, EN_SEC_SIGNATURE, 65 + 64);
    cr_buf_append(&b, cr_span_make(pub, 65));
    cr_buf_append(&b, cr_span_make(sig, 64));
    cr_span good = cr_buf_span(&b);
    uint8_t e1[32], s1[32];
    const char *why = en_image_verify(good, &img, e1, s1);
    check(why == NULL && img.signed_ && img.nmodules == 1 && memcmp(e1, mre, 32) == 0, "image: verifies");
    if (why) printf("  %s\n", why);
    check(vm_marshal_load(img.modules[0].code) != NULL, "image: module code loads");
    bool ok = true;
    for (size_t n = 0; n < good.len; n++)
        if (en_image_verify(cr_span_sub(good, 0, n), &img, e1, s1) == NULL) ok = false;
    check(ok, "image: every truncation refused");
    size_t accepted = 0;
    for (size_t i = 0; i < good.len; i++)
        for (int bit = 0; bit < 8; bit += 3) {
            cr_buf c;
            cr_buf_init(&c);
            cr_buf_append(&c, good);
            cr_buf_set(&c, i, (uint8_t)(cr_buf_get(&c, i) ^ (1u << bit)));
            if (en_image_verify(cr_buf_span(&c), &img, e1, s1) == NULL) accepted++;
        }
    check(accepted == 0, "image: every bit flip of a signed image refused");
    if (accepted) printf("  %zu flips accepted\n", accepted);
}

/* The tests run in a frame below main's, so that every local they hold is
 * inside the stack range the conservative GC scans (from main's anchor). */
static int run_tests(void);

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {.heap_cap = (size_t)512 << 20, .c_stack_limit = 4u << 20, .stack_base = __builtin_frame_address(0),
                          .hashseed = "0"};
    if (pyclave_init(&cfg) < 0) printf("note: pyclave_init reported a failure; continuing\n");
    vm_err_clear();
    return run_tests();
}

__attribute__((noinline)) static int run_tests(void)
{
    const char *consts[] = {"None", "True", "False", "...", "0", "-1", "2**61", "-2**61 - 1", "2**63",
                            "-(2**200) + 12345", "1.5", "-0.0", "float('inf')", "1e-300", "3+4j", "-0j",
                            "'héllo 😀'", "''", "b'\\x00\\xff'", "()", "(1, ('a', b'b'), None)",
                            "frozenset()", "frozenset({1, 'a', (2, 3)})"};
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) roundtrip_const(consts[i]);
    test_code();
    test_hostile();
    test_frozenset_order();
    test_postab();
    test_image();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
