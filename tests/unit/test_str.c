/* Unit tests of the str object (src/vm/str*.c, unicode_db.c): the C API of
 * object.h, hashing against CPython 3.11's values (PYTHONHASHSEED 0 and
 * 123), repr, codecs, search, the Unicode tables and vm_str_fmt.  Expected
 * values were produced with python3 (3.11). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/object.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/unicode_db.h"

static int passed, failed;

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n", what);
}

static Val S(const char *s) { return vm_str_cstr(s); }

static int eq_text(Val v, const char *want)
{
    return v && vm_is_str(v) && strcmp(vm_str_cstr_of(v), want) == 0 &&
           vm_str_span(v).len == strlen(want);
}

static void check_text(Val v, const char *want, const char *what)
{
    int ok = eq_text(v, want);
    if (!ok) printf("  got: %s\n", v && vm_is_str(v) ? vm_str_cstr_of(v) : "<error>");
    if (!v) vm_err_clear();
    check(ok, what);
}

static void test_basics(void)
{
    Val a = S("hello"), b = S("h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac");
    check(vm_str_len(a) == 5, "len ascii");
    check(vm_str_len(b) == 8, "len non-ascii");
    check(vm_str_at(b, 1) == 0xe9, "at 1");
    check(vm_str_at(b, 7) == 0x672c, "at 7");
    check(vm_str_eq(a, S("hello")), "eq");
    check(!vm_str_eq(a, b), "ne");
    check(vm_str_eq_cstr(b, "h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac"), "eq_cstr");
    check_text(vm_str_slice(b, 1, 4), "\xc3\xa9ll", "slice");
    check_text(vm_str_slice(b, 6, 100), "\xe6\x97\xa5\xe6\x9c\xac", "slice clamp");
    check_text(vm_str_concat(a, b), "helloh\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac", "concat");
    check_text(vm_str_from_codepoint(0x1F600), "\xf0\x9f\x98\x80", "from_codepoint");
    check_text(vm_str_from_codepoint(0xD800), "\xed\xa0\x80", "lone surrogate");
    Val i1 = vm_intern_cstr("spam"), i2 = vm_str_intern(S("spam"));
    check(i1 == i2, "intern identity");
    check(vm_intern_cstr("eggs") != i1, "intern distinct");

    /* Indexing of a long non-ASCII string through the offset index. */
    Val parts = vm_list_new(0);
    for (int i = 0; i < 1000; i++) vm_list_append(parts, i % 7 == 0 ? S("\xe2\x82\xac") : S("x"));
    Val big = vm_str_join(S(""), parts);
    check(big && vm_str_len(big) == 1000, "join len");
    int ok = 1;
    for (size_t i = 0; i < 1000; i++) ok &= vm_str_at(big, i) == (i % 7 == 0 ? 0x20ac : 'x');
    check(ok, "indexed at");
    Val sl = vm_str_slice(big, 693, 701);
    check(sl && vm_str_len(sl) == 8 && vm_str_at(sl, 0) == 0x20ac && vm_str_at(sl, 7) == 0x20ac, "indexed slice");
}

/* Strings built by repeated concatenation share an append buffer. */
static void test_concat_loop(void)
{
    Val acc = S(""), pieces = vm_list_new(0);
    for (int i = 0; i < 3000; i++) {
        Val piece = (i % 5 == 0) ? S("\xc3\xa9") : (i % 7 == 0) ? S("\xe6\x97\xa5!") : S("ab");
        acc = vm_str_concat(acc, piece);
        vm_list_append(pieces, piece);
        if (!acc) break;
    }
    Val flat = vm_str_join(S(""), pieces);
    check(acc && flat && vm_str_eq(acc, flat), "concat loop == join");
    check(acc && vm_str_hash(acc) == vm_str_hash(flat), "concat loop hash");
    check(acc && strcmp(vm_str_cstr_of(acc), vm_str_cstr_of(flat)) == 0, "concat loop cstr");
    int ok = 1;
    for (size_t i = 0; acc && i < vm_str_len(acc); i += 37) ok &= vm_str_at(acc, i) == vm_str_at(flat, i);
    check(ok, "concat loop indexing");
    /* Two strings extending the same prefix must not disturb each other. */
    Val base = vm_str_concat(acc, S("x"));
    Val b1 = vm_str_concat(base, S("111")), b2 = vm_str_concat(base, S("222"));
    check(b1 && b2 && vm_str_len(b1) == vm_str_len(acc) + 4 && vm_str_at(b1, vm_str_len(acc) + 1) == '1' &&
              vm_str_at(b2, vm_str_len(acc) + 1) == '2' && vm_str_eq(vm_str_slice(b1, 0, vm_str_len(base)), base),
          "shared prefix branches");
}

static void test_hash(void)
{
    struct { const char *seed; const char *s; int64_t h; } cases[] = {
#include "str_hash_cases.h"
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        vm_str_hash_init(cases[i].seed);
        /* A fresh object (not a cached one-character singleton), so that
         * no hash computed under another seed is cached. */
        cr_span sp = cr_span_cstr(cases[i].s);
        Val v0 = vm_str_new(sp);
        StrObj *o = vm_str_alloc(sp.len, vm_str_len(v0), vm_str_is_ascii(v0));
        vm_str_write(o, 0, sp);
        int64_t h = vm_str_hash(VAL(o));
        if (h != cases[i].h) printf("  seed %s %s: got %lld want %lld\n", cases[i].seed, cases[i].s, (long long)h,
                                    (long long)cases[i].h);
        check(h == cases[i].h, "hash");
    }
    vm_str_hash_init("0");
    check(vm_hash_bytes(cr_span_cstr("")) == 0, "hash empty bytes");
}

static void test_repr(void)
{
    check_text(vm_str_repr(S("abc")), "'abc'", "repr plain");
    check_text(vm_str_repr(S("it's")), "\"it's\"", "repr dq");
    check_text(vm_str_repr(S("'\"")), "'\\'\"'", "repr both quotes");
    check_text(vm_str_repr(S("a\nb\tc\\\x01\x7f")), "'a\\nb\\tc\\\\\\x01\\x7f'", "repr escapes");
    check_text(vm_str_repr(S("\xc3\xa9\xc2\xa0\xc2\x85")), "'\xc3\xa9\\xa0\\x85'", "repr latin1");
    check_text(vm_str_repr(vm_str_from_codepoint(0xD800)), "'\\ud800'", "repr surrogate");
    check_text(vm_str_repr(vm_str_from_codepoint(0xE0001)), "'\\U000e0001'", "repr astral unprintable");
    check_text(vm_str_repr(S("\xe6\x97\xa5")), "'\xe6\x97\xa5'", "repr cjk");
}

static void test_codecs(void)
{
    Val v = vm_str_decode_utf8(cr_span_cstr("a\xff"), "replace");
    check_text(v, "a\xef\xbf\xbd", "decode replace");
    v = vm_str_decode_utf8(cr_span_cstr("a\xe2\x82"), "ignore");
    check_text(v, "a", "decode ignore");
    v = vm_str_decode_utf8(cr_span_cstr("a\xe2\x82"), "surrogateescape");
    check(v && vm_str_len(v) == 3 && vm_str_at(v, 1) == 0xdce2 && vm_str_at(v, 2) == 0xdc82, "decode surrogateescape");
    v = vm_str_decode_utf8(cr_span_cstr("\xed\xa0\x80"), "strict");
    check(v == NULL && vm_err_matches(&vm_exc_UnicodeDecodeError), "decode rejects surrogate");
    vm_err_clear();
    v = vm_str_decode_utf8(cr_span_cstr("\xc0\xaf"), NULL);
    check(v == NULL && vm_err_matches(&vm_exc_UnicodeDecodeError), "decode rejects overlong");
    vm_err_clear();
    Val b = vm_str_encode(vm_str_from_codepoint(0xD800), "utf-8", "strict");
    check(b == NULL && vm_err_matches(&vm_exc_UnicodeEncodeError), "encode surrogate fails");
    vm_err_clear();
    b = vm_str_encode(S("a\xc3\xa9"), "latin-1", "strict");
    check(b && vm_bytes_span(b).len == 2 && cr_span_at(vm_bytes_span(b), 1) == 0xe9, "encode latin-1");
    b = vm_str_encode(S("a\xc3\xa9"), "ascii", "xmlcharrefreplace");
    check(b && cr_span_eq(vm_bytes_span(b), cr_span_cstr("a&#233;")), "encode xmlcharrefreplace");
    b = vm_str_encode(S("a"), "bogus", "strict");
    check(b == NULL && vm_err_matches(&vm_exc_LookupError), "unknown encoding");
    vm_err_clear();
}

static void test_search(void)
{
    cr_span h = cr_span_cstr("abracadabra abracadabra");
    check(vm_bytes_find(h, cr_span_cstr("cad"), 0, h.len) == 4, "find");
    check(vm_bytes_find(h, cr_span_cstr("cad"), 5, h.len) == 16, "find start");
    check(vm_bytes_rfind(h, cr_span_cstr("abra"), 0, h.len) == 19, "rfind");
    check(vm_bytes_rfind(h, cr_span_cstr("abra"), 0, 19) == 12, "rfind end");
    check(vm_bytes_count(h, cr_span_cstr("abra"), 0, h.len, (size_t)-1) == 4, "count");
    check(vm_bytes_find(h, cr_span_cstr("zzz"), 0, h.len) == -1, "find missing");
    /* Periodic needles and a long adversarial haystack. */
    static char hay[20001], nd[101];
    memset(hay, 'a', 20000);
    memset(nd, 'a', 100);
    nd[50] = 'b';
    check(vm_bytes_find(cr_span_make(hay, 20000), cr_span_make(nd, 100), 0, 20000) == -1, "adversarial find");
    hay[19950] = 'b';
    check(vm_bytes_find(cr_span_make(hay, 20000), cr_span_make(nd, 100), 0, 20000) == 19900, "adversarial hit");
    check(vm_bytes_rfind(cr_span_make(hay, 20000), cr_span_make(nd, 100), 0, 20000) == 19900, "adversarial rhit");
}

static void test_ucd(void)
{
    uint32_t m[3];
    check(vm_ucd_to_upper(0xdf, m) == 2 && m[0] == 'S' && m[1] == 'S', "upper sharp s");
    check(vm_ucd_to_lower(0x130, m) == 2 && m[0] == 'i' && m[1] == 0x307, "lower I dot");
    check(vm_ucd_to_title(0x1c6, m) == 1 && m[0] == 0x1c5, "title dz");
    check(vm_ucd_to_fold(0xdf, m) == 2 && m[0] == 's', "fold sharp s");
    check(vm_ucd_isspace(0x3000) && !vm_ucd_isspace(0x200b), "isspace");
    check(vm_ucd_decimal(0x0663) == 3 && vm_ucd_digit(0xb2) == 2 && vm_ucd_decimal(0xb2) == -1, "decimal digit");
    double d;
    check(vm_ucd_numeric(0xbd, &d) && d == 0.5, "numeric 1/2");
    check(strcmp(vm_ucd_category(0x41), "Lu") == 0 && strcmp(vm_ucd_category(0x10ffff), "Cn") == 0 &&
          strcmp(vm_ucd_category(0xd800), "Cs") == 0, "category");
    check(vm_ucd_iscased(0x3a3) && vm_ucd_iscaseignorable(0x27) && !vm_ucd_isprintable(0xad), "cased/ignorable");
    check(!strcmp(vm_ucd_bidirectional('A'), "L") && !strcmp(vm_ucd_bidirectional(0x5d0), "R") &&
              !strcmp(vm_ucd_bidirectional(' '), "WS") && !strcmp(vm_ucd_bidirectional(0x378), ""), "bidirectional");
    check(vm_ucd_combining(0x301) == 230 && vm_ucd_combining('a') == 0, "combining");
    check(!strcmp(vm_ucd_east_asian_width(0x65e5), "W") && !strcmp(vm_ucd_east_asian_width('a'), "Na"), "eaw");
    check(vm_ucd_mirrored('(') && !vm_ucd_mirrored('a'), "mirrored");
    const char *tag;
    uint32_t dm[18];
    check(vm_ucd_decomposition(0xe9, &tag, dm) == 2 && !strcmp(tag, "") && dm[0] == 0x65 && dm[1] == 0x301, "decomp e-acute");
    check(vm_ucd_decomposition(0xfb01, &tag, dm) == 2 && !strcmp(tag, "<compat>") && dm[1] == 'i', "decomp fi");
    check(vm_ucd_decomposition(0xbd, &tag, dm) == 3 && !strcmp(tag, "<fraction>") && dm[1] == 0x2044, "decomp half");
    check(vm_ucd_decomposition('a', &tag, dm) == 0, "no decomp");
    uint32_t c;
    check(vm_ucd_compose_pair(0x65, 0x301, &c) && c == 0xe9 && vm_ucd_compose_pair('A', 0x30a, &c) && c == 0xc5,
          "compose");
    check(!vm_ucd_compose_pair(0x915, 0x93c, &c), "composition exclusion");
}

static void test_fmt(void)
{
    check_text(vm_str_fmt("x=%d y=%u z=%zd w=%lld", -42, 7u, (ptrdiff_t)-3, (long long)-9000000000LL),
               "x=-42 y=7 z=-3 w=-9000000000", "fmt ints");
    check_text(vm_str_fmt("%x|%5s|%-4s|%.2s|%c%%", 255u, "ab", "c", "xyz", 0xe9), "ff|   ab|c   |xy|\xc3\xa9%", "fmt misc");
    check_text(vm_str_fmt("%R %S %T %U", S("a'b"), S("q"), S("q"), S("u")), "\"a'b\" q str u", "fmt vals");
    check_text(vm_str_fmt("%.3R", S("abcdef")), "'ab", "fmt prec R");
    check_text(vm_str_fmt("0x%02x|%05d|%-4d|%X", 10u, -42, 7, 0xabcu), "0x0a|-0042|7   |ABC", "fmt zero pad");
    check_text(vm_str_fmt("%lld-%lld in %s", 3LL, 4LL, "x\xff"), "3-4 in x\xef\xbf\xbd", "fmt bad utf8");
}


/* ---- method cases generated with python3 (gen_str_method_cases.py) ---- */

typedef struct {
    char kind; /* s str, i int, b bool, n None, f float, x literal container, S slice marker */
    const char *text;
    long long i;
} arg_t;

typedef struct {
    const char *recv, *op;
    int nargs;
    arg_t args[4];
    const char *want;
} mcase;

static const mcase method_cases[] = {
#include "str_method_cases.h"
};

/* A tiny parser for the repr of containers of str/int/float/None/bool. */
static Val parse_lit(const char **p);

static void skip_ws(const char **p)
{
    while (**p == ' ') (*p)++;
}

static Val parse_seq(const char **p, char close, int kind)
{
    Val items = vm_list_new(0), d = kind == 'd' ? vm_dict_new() : NULL;
    (*p)++;
    skip_ws(p);
    while (**p && **p != close) {
        Val k = parse_lit(p);
        skip_ws(p);
        if (kind == 'd') {
            (*p)++; /* ':' */
            skip_ws(p);
            Val v = parse_lit(p);
            vm_dict_set(d, k, v);
        } else {
            vm_list_append(items, k);
        }
        skip_ws(p);
        if (**p == ',') (*p)++;
        skip_ws(p);
    }
    (*p)++;
    if (kind == 'd') return d;
    if (kind == 't') return vm_list_as_tuple(items);
    return items;
}

static Val parse_lit(const char **p)
{
    skip_ws(p);
    char c = **p;
    if (c == '(') return parse_seq(p, ')', 't');
    if (c == '[') return parse_seq(p, ']', 'l');
    if (c == '{') return parse_seq(p, '}', 'd');
    if (c == '\'' || c == '"') {
        char q = c, buf[256];
        size_t n = 0;
        (*p)++;
        while (**p && **p != q && n < 250) {
            if (**p == '\\') {
                (*p)++;
                char e = *(*p)++;
                if (e == 'n') buf[n++] = '\n';
                else if (e == 't') buf[n++] = '\t';
                else if (e == 'x') {
                    unsigned v;
                    sscanf(*p, "%2x", &v);
                    *p += 2;
                    if (v < 0x80) buf[n++] = (char)v;
                    else buf[n++] = (char)(0xC0 | (v >> 6)), buf[n++] = (char)(0x80 | (v & 0x3F));
                } else buf[n++] = e;
            } else {
                buf[n++] = *(*p)++;
            }
        }
        (*p)++;
        return vm_str_new(cr_span_make(buf, n));
    }
    if (strncmp(*p, "None", 4) == 0) return *p += 4, VM_None;
    if (strncmp(*p, "True", 4) == 0) return *p += 4, VM_True;
    if (strncmp(*p, "False", 5) == 0) return *p += 5, VM_False;
    char *end;
    long long v = strtoll(*p, &end, 10);
    if (*end == '.' || *end == 'e') {
        double d = strtod(*p, &end);
        *p = end;
        return vm_float_new(d);
    }
    *p = end;
    return vm_int_from_i64(v);
}

static Val make_arg(const arg_t *a)
{
    switch (a->kind) {
    case 's': return vm_str_new(cr_span_cstr(a->text));
    case 'i': return vm_int_from_i64(a->i);
    case 'b': return vm_bool(a->i != 0);
    case 'n': return VM_None;
    case 'f': return vm_float_new(strtod(a->text, NULL));
    case 'x': {
        const char *p = a->text;
        return parse_lit(&p);
    }
    default: return VM_None;
    }
}

static Val run_case(const mcase *c)
{
    Val recv = vm_str_new(cr_span_cstr(c->recv));
    Val args[4];
    for (int i = 0; i < c->nargs && i < 4; i++) args[i] = make_arg(&c->args[i]);
    const char *op = c->op;
    if (!strcmp(op, "%")) return vm_str_mod(recv, args[0]);
    if (!strcmp(op, "+")) return vm_binop(recv, args[0], VM_OP_ADD);
    if (!strcmp(op, "*")) return vm_binop(recv, args[0], VM_OP_MUL);
    if (!strcmp(op, "[]")) {
        Val key = c->args[0].kind == 'S' ? vm_slice_new(args[1], args[2], args[3]) : args[0];
        return vm_getitem(recv, key);
    }
    if (!strcmp(op, "__contains__")) {
        int r = vm_contains(recv, args[0]);
        return r < 0 ? NULL : vm_bool(r);
    }
    if (!strcmp(op, "maketrans")) return vm_call_method(obj_val(&vm_type_str), op, args, (size_t)c->nargs);
    return vm_call_method(recv, op, args, (size_t)c->nargs);
}

static void test_methods(void)
{
    int shown = 0;
    for (size_t i = 0; i < sizeof method_cases / sizeof method_cases[0]; i++) {
        const mcase *c = &method_cases[i];
        Val r = run_case(c);
        Val txt;
        if (r) {
            txt = vm_repr(r);
        } else {
            Val e = vm_err_fetch();
            Val m = e ? vm_str(e) : NULL;
            txt = m ? vm_str_fmt("%s: %U", vm_tname(e), m) : NULL;
        }
        if (!txt) {
            vm_err_clear();
            txt = vm_str_cstr("<repr failed>");
        }
        int ok = strcmp(vm_str_cstr_of(txt), c->want) == 0;
        if (!ok && shown++ < 60)
            printf("  case %zu: %s %s(...) -> %s   WANT %s\n", i, c->recv, c->op, vm_str_cstr_of(txt), c->want);
        check(ok, "method case");
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {0};
    cfg.heap_cap = (size_t)512 << 20;
    cfg.stack_base = __builtin_frame_address(0);
    cfg.hashseed = "0";
#ifdef PC_TORTURE_GC
    cfg.gc_torture = 50; /* collect often (every allocation is too slow here) */
#endif
    if (pyclave_init(&cfg) < 0) {
        printf("cannot start the runtime\n");
        return 1;
    }
    vm_str_types_ready();
    test_basics();
    test_concat_loop();
    test_hash();
    test_repr();
    test_codecs();
    test_search();
    test_ucd();
    test_fmt();
    test_methods();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
