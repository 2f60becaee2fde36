/* Unit tests of the C modules of issue 5 (math, _random, time, _struct,
 * binascii, _hashlib): called directly through the object API, with
 * expected values from CPython 3.11. */
#include <stdio.h>
#include <string.h>

#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/import.h"

static int passed, failed;

static const char *show(Val v)
{
    static char buf[400];
    if (v == NULL) {
        Val e = vm_err_fetch();
        if (e == NULL) return "<NULL without exception>";
        Val s = vm_str(e);
        snprintf(buf, sizeof buf, "%s: %s", vm_tname(e), s ? vm_str_cstr_of(s) : "?");
        return buf;
    }
    Val r = vm_repr(v);
    if (r == NULL) return show(NULL);
    snprintf(buf, sizeof buf, "%s", vm_str_cstr_of(r));
    return buf;
}

static void expect(const char *what, Val v, const char *want)
{
    const char *got = show(v);
    if (strcmp(got, want) == 0) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s: got %s, want %s\n", what, got, want);
}

/* module.name(*args) */
static Val call(const char *mod, const char *name, size_t n, Val a0, Val a1, Val a2)
{
    Val m = vm_import_module(mod);
    if (!m) return NULL;
    Val f = vm_getattr_cstr(m, name);
    if (!f) return NULL;
    Val args[3] = {a0, a1, a2};
    return vm_call(f, args, n, NULL);
}

static Val I(int64_t i) { return vm_int_from_i64(i); }
static Val D(double d) { return vm_float_new(d); }
static Val B(const char *s) { return vm_bytes_new(cr_span_cstr(s)); }
static Val S(const char *s) { return vm_str_cstr(s); }

static void test_math(void)
{
    expect("sqrt(2)", call("math", "sqrt", 1, I(2), NULL, NULL), "1.4142135623730951");
    expect("sqrt(-1)", call("math", "sqrt", 1, I(-1), NULL, NULL), "ValueError: math domain error");
    expect("exp(1000)", call("math", "exp", 1, I(1000), NULL, NULL), "OverflowError: math range error");
    expect("gamma(0.5)", call("math", "gamma", 1, D(0.5), NULL, NULL), "1.7724538509055159");
    expect("lgamma(0.5)", call("math", "lgamma", 1, D(0.5), NULL, NULL), "0.5723649429247004");
    expect("factorial(25)", call("math", "factorial", 1, I(25), NULL, NULL), "15511210043330985984000000");
    expect("factorial(-1)", call("math", "factorial", 1, I(-1), NULL, NULL),
           "ValueError: factorial() not defined for negative values");
    expect("comb(50,25)", call("math", "comb", 2, I(50), I(25), NULL), "126410606437752");
    expect("gcd", call("math", "gcd", 3, I(12), I(18), I(27)), "3");
    expect("isqrt", call("math", "isqrt", 1, I(INT64_MAX), NULL, NULL), "3037000499");
    expect("remainder", call("math", "remainder", 2, D(7.0), D(2.0), NULL), "-1.0");
    expect("hypot", call("math", "hypot", 2, I(3), I(4), NULL), "5.0");
    Val l = vm_list_new(0);
    for (int i = 0; i < 10; i++) vm_list_append(l, D(0.1));
    expect("fsum", call("math", "fsum", 1, l, NULL, NULL), "1.0");
    expect("ldexp", call("math", "ldexp", 2, D(1.0), I(1025), NULL), "OverflowError: math range error");
}

static void test_random(void)
{
    Val r = call("_random", "Random", 1, I(42), NULL, NULL);
    expect("random(42)", r ? vm_call_method(r, "random", NULL, 0) : NULL, "0.6394267984578837");
    Val k = I(100);
    expect("getrandbits(100)", r ? vm_call_method(r, "getrandbits", &k, 1) : NULL, "259474555368124611114247330513");
    expect("sha512", call("_random", "_sha512", 1, B(""), NULL, NULL) ? I(1) : NULL, "1");
}

static void test_struct_binascii_hash(void)
{
    expect("pack", call("_struct", "pack", 3, S("<hi"), I(1), I(-2)), "b'\\x01\\x00\\xfe\\xff\\xff\\xff'");
    expect("calcsize", call("_struct", "calcsize", 1, S("bq"), NULL, NULL), "16");
    expect("pack e", call("_struct", "pack", 2, S("<e"), D(65519.0), NULL), "b'\\xff{'");
    expect("unpack", call("_struct", "unpack", 2, S(">H"), B("\x01\x02"), NULL), "(258,)");
    expect("pack range", call("_struct", "pack", 2, S("b"), I(200), NULL),
           "error: byte format requires -128 <= number <= 127");
    expect("crc32", call("binascii", "crc32", 1, B("hello"), NULL, NULL), "907060870");
    expect("b2a_base64", call("binascii", "b2a_base64", 1, B("ab"), NULL, NULL), "b'YWI=\\n'");
    expect("unhexlify", call("binascii", "unhexlify", 1, B("616"), NULL, NULL), "Error: Odd-length string");
    Val h = call("_hashlib", "openssl_sha256", 1, B("abc"), NULL, NULL);
    expect("sha256", h ? vm_call_method(h, "hexdigest", NULL, 0) : NULL,
           "'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'");
    expect("compare_digest", call("_hashlib", "compare_digest", 2, B("ab"), B("ab"), NULL), "True");
    expect("pbkdf2", call("_hashlib", "pbkdf2_hmac", 2, S("x"), B(""), NULL), "TypeError: pbkdf2_hmac() missing required argument 'salt' (pos 3)");
}

static void test_time(void)
{
    expect("gmtime(0)", call("time", "gmtime", 1, I(0), NULL, NULL),
           "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, "
           "tm_yday=1, tm_isdst=0)");
    Val t = call("time", "gmtime", 1, I(951782400), NULL, NULL);
    expect("strftime", t ? call("time", "strftime", 2, S("%Y-%m-%d %a %j"), t, NULL) : NULL, "'2000-02-29 Tue 060'");
}

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {.heap_cap = (size_t)256 << 20, .c_stack_limit = 4u << 20, .stack_base = __builtin_frame_address(0),
                          .hashseed = "0"};
    if (pyclave_init(&cfg) < 0) printf("note: pyclave_init reported a failure; continuing\n");
    vm_err_clear();
    test_math();
    test_random();
    test_struct_binascii_hash();
    test_time();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
