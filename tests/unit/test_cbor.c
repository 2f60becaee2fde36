/* Unit tests of core/cbor.c (the call format) and enclave/convert.c (CBOR
 * <-> Python values): encodings against RFC 8949 examples, round trips of
 * every supported type, and hostile input (truncation, nesting, counts,
 * random bytes) which must be refused without crashing. */
#include <stdio.h>
#include <string.h>

#include "compiler/compile.h"
#include "core/cbor.h"
#include "enclave/convert.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/frame.h"

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
    static char buf[600];
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

static Val eval_expr(const char *src)
{
    Val code = cp_compile(cr_span_cstr(src), vm_str_cstr("<test>"), CP_MODE_EVAL, 0);
    Val d = vm_dict_new();
    vm_dict_set_cstr(d, "__builtins__", vm->builtins_module);
    return code ? vm_eval_code((CodeObj *)(void *)val_obj(code), d, d) : NULL;
}

static int unhex(const char *h, uint8_t *out)
{
    int n = 0;
    for (; h[0] && h[1]; h += 2) {
        unsigned v;
        sscanf(h, "%2x", &v);
        out[n++] = (uint8_t)v;
    }
    return n;
}

/* Encoding of a Python expression equals the hex given. */
static void enc(const char *expr, const char *hex)
{
    Val v = eval_expr(expr);
    cr_buf b;
    cr_buf_init(&b);
    uint8_t want[256];
    int n = unhex(hex, want);
    bool ok = v && en_cbor_encode(v, &b) == 0 && cr_span_eq(cr_buf_span(&b), cr_span_make(want, (size_t)n));
    char what[300];
    snprintf(what, sizeof what, "encode %s = %s", expr, hex);
    if (!ok) {
        printf("  got ");
        for (size_t i = 0; i < b.len; i++) printf("%02x", cr_buf_get(&b, i));
        printf(" %s\n", v ? "" : repr(NULL));
    }
    check(ok, what);
}

/* Decoding hex gives repr. */
static void dec(const char *hex, const char *want)
{
    uint8_t in[256];
    int n = unhex(hex, in);
    const char *got = repr(en_cbor_decode(cr_span_make(in, (size_t)n)));
    char what[300];
    snprintf(what, sizeof what, "decode %s = %s", hex, want);
    if (strcmp(got, want) != 0) printf("  got %s\n", got);
    check(strcmp(got, want) == 0, what);
}

static void roundtrip(const char *expr)
{
    Val v = eval_expr(expr);
    cr_buf b;
    cr_buf_init(&b);
    char r1[600];
    snprintf(r1, sizeof r1, "%s", repr(v));
    bool ok = v && en_cbor_encode(v, &b) == 0;
    Val w = ok ? en_cbor_decode(cr_buf_span(&b)) : NULL;
    const char *r2 = repr(w);
    char what[300];
    snprintf(what, sizeof what, "round trip %s", expr);
    if (strcmp(r1, r2) != 0) printf("  %s -> %s\n", r1, r2);
    check(w && strcmp(r1, r2) == 0, what);
}

static void refused(const char *hex, int code, const char *what)
{
    uint8_t in[256];
    int n = unhex(hex, in);
    int e = cr_cbor_validate(cr_span_make(in, (size_t)n), CR_CBOR_MAX_DEPTH, 1000);
    if (e != code) printf("  %s: got %d (%s)\n", what, e, cr_cbor_strerror(e));
    check(e == code, what);
    Val v = en_cbor_decode(cr_span_make(in, (size_t)n));
    check(!v && vm_err_matches(&vm_exc_ValueError), what);
    vm_err_clear();
}

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
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

    /* RFC 8949 appendix A examples. */
    enc("0", "00");
    enc("23", "17");
    enc("24", "1818");
    enc("1000000", "1a000f4240");
    enc("18446744073709551615", "1bffffffffffffffff");
    enc("18446744073709551616", "c249010000000000000000");
    enc("-18446744073709551616", "3bffffffffffffffff");
    enc("-18446744073709551617", "c349010000000000000000");
    enc("-1", "20");
    enc("-1000", "3903e7");
    enc("1.1", "fb3ff199999999999a");
    enc("False", "f4");
    enc("True", "f5");
    enc("None", "f6");
    enc("b''", "40");
    enc("b'\\x01\\x02\\x03\\x04'", "4401020304");
    enc("'IETF'", "6449455446");
    enc("'\\u00fc'", "62c3bc");
    enc("[1, [2, 3], [4, 5]]", "8301820203820405");
    enc("{'a': 1, 'b': [2, 3]}", "a26161016162820203");
    enc("(1, 2)", "d97079820102");
    dec("f93c00", "1.0");
    dec("f97bff", "65504.0");
    dec("f90001", "5.960464477539063e-08");
    dec("f9fc00", "-inf");
    dec("fa47c35000", "100000.0");
    dec("3bffffffffffffffff", "-18446744073709551616");
    dec("c249010000000000000000", "18446744073709551616");
    dec("c240", "0");
    dec("d97079820102", "(1, 2)");
    dec("a1f6f5", "{None: True}");
    const char *rts[] = {"[None, True, False, 0, -1, 2**64, -(2**64) - 1, 2**300, -(2**300), 1.5, -0.0, "
                         "float('inf'), 'héllo 😀', b'\\x00\\xff', (), (1, (2, [3])), {}, {'k': {'n': [None]}}, "
                         "{1: 'a', (1, 2): b''}]",
                         "'x' * 100000", "list(range(1000))"};
    for (size_t i = 0; i < sizeof rts / sizeof rts[0]; i++) roundtrip(rts[i]);
    Val nan = en_cbor_decode(cr_span_make("\xfb\x7f\xf8\0\0\0\0\0\0", 9));
    check(nan && vm_is_float(nan) && vm_float_value(nan) != vm_float_value(nan), "NaN decodes");

    /* Values outside the format are refused with TypeError. */
    cr_buf b;
    cr_buf_init(&b);
    check(en_cbor_encode(eval_expr("{1, 2}"), &b) < 0 && vm_err_matches(&vm_exc_TypeError), "set is refused");
    vm_err_clear();
    check(en_cbor_encode(eval_expr("object()"), &b) < 0 && vm_err_matches(&vm_exc_TypeError), "object is refused");
    vm_err_clear();
    Val selfref = eval_expr("[]");
    vm_list_append(selfref, selfref);
    check(en_cbor_encode(selfref, &b) < 0 && vm_err_matches(&vm_exc_RecursionError), "self-referencing list refused");
    vm_err_clear();

    /* Hostile input. */
    refused("", CR_CBOR_ETRUNC, "empty input");
    refused("1a0000", CR_CBOR_ETRUNC, "truncated argument");
    refused("6449455", CR_CBOR_ETRUNC, "truncated text");
    refused("5bffffffffffffffff", CR_CBOR_ETRUNC, "huge byte string length");
    refused("9bffffffffffffffff", CR_CBOR_ETRUNC, "huge array count");
    refused("bbffffffffffffffff", CR_CBOR_ETOOBIG, "huge map count");
    refused("9f01ff", CR_CBOR_EUNSUPPORTED, "indefinite array");
    refused("f7", CR_CBOR_EUNSUPPORTED, "undefined");
    refused("c001", CR_CBOR_EUNSUPPORTED, "unsupported tag");
    refused("c201", CR_CBOR_EUNSUPPORTED, "bignum tag on a non-bytes item");
    refused("d9707901", CR_CBOR_EUNSUPPORTED, "tuple tag on a non-array");
    refused("1c", CR_CBOR_EMALFORMED, "reserved additional info");
    refused("0000", CR_CBOR_ETRAILING, "trailing bytes");
    refused("62c328", CR_CBOR_OK, "invalid UTF-8 text (valid CBOR, refused when decoded)");
    {
        /* 100000 nested arrays: refused by depth, iteratively. */
        cr_buf deep;
        cr_buf_init(&deep);
        for (int i = 0; i < 100000; i++) cr_buf_byte(&deep, 0x81);
        cr_buf_byte(&deep, 0x00);
        check(cr_cbor_validate(cr_buf_span(&deep), CR_CBOR_MAX_DEPTH, (size_t)1 << 20) == CR_CBOR_EDEPTH,
              "deep nesting refused");
        check(!en_cbor_decode(cr_buf_span(&deep)) && vm_err_matches(&vm_exc_ValueError), "deep nesting: ValueError");
        vm_err_clear();
        /* Many items: bounded. */
        cr_buf many;
        cr_buf_init(&many);
        cr_cbor_put_head(&many, CR_CBOR_ARRAY, 2000000);
        cr_buf_repeat(&many, 0xf6, 2000000);
        check(cr_cbor_validate(cr_buf_span(&many), 8, (size_t)1 << 20) == CR_CBOR_ETOOBIG, "too many items refused");
    }
    /* Random inputs and mutations of a valid encoding: never a crash, and
     * what validates also decodes (or raises a Python error, e.g. an
     * unhashable dict key). */
    cr_buf good;
    cr_buf_init(&good);
    en_cbor_encode(eval_expr(rts[0]), &good);
    int decoded = 0, rejected = 0;
    for (int iter = 0; iter < 20000; iter++) {
        cr_buf in;
        cr_buf_init(&in);
        if (iter % 2) {
            size_t n = next_rand() % 40;
            for (size_t i = 0; i < n; i++) cr_buf_byte(&in, (uint8_t)next_rand());
        } else {
            cr_buf_append(&in, cr_buf_span(&good));
            for (int k = 0; k < 3; k++) cr_buf_set(&in, next_rand() % in.len, (uint8_t)next_rand());
            if (next_rand() % 4 == 0) cr_buf_truncate(&in, next_rand() % in.len);
        }
        Val v = en_cbor_decode(cr_buf_span(&in));
        if (v) decoded++;
        else rejected++;
        vm_err_clear();
    }
    check(decoded > 0 && rejected > 0, "fuzz: mix of accepted and refused inputs, no crash");
    printf("  fuzz: %d decoded, %d refused\n", decoded, rejected);

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
