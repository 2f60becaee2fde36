/* Unit tests of src/core/dtoa.c against a table generated with CPython 3.11
 * (tests/unit/dtoa_cases.h; its generator script is in the comment at its end), plus
 * self-consistency checks on random doubles (repr and hex round-trips). */
#include <stdio.h>
#include <string.h>

#include "core/dtoa.h"

static int passed, failed;

static void check(int ok, const char *what, const char *detail, const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    if (failed <= 40) printf("FAIL %s: %s (got %s)\n", what, detail, got);
}

#include "dtoa_cases.h" /* the oracle tables, generated with CPython 3.11 */

static double d_of(uint64_t b) { return cr_double_from_bits(b); }

static int same_double(double a, double b)
{
    if (cr_isnan(a) && cr_isnan(b)) return 1;
    return cr_double_bits(a) == cr_double_bits(b);
}

static char big[1 << 16];

static void test_repr(void)
{
    size_t i;
    char buf[CR_REPR_BUFSIZE + 1], hb[CR_HEX_BUFSIZE + 1];
    for (i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        double d = d_of(repr_cases[i].bits), back = 0;
        size_t n = cr_float_repr(d, buf);
        buf[n] = 0;
        check(strcmp(buf, repr_cases[i].repr) == 0, "repr", repr_cases[i].repr, buf);
        check(cr_strtod(buf, n, 0, &back) && same_double(back, d), "repr round trip", repr_cases[i].repr, buf);
        n = cr_double_to_hex(d, hb);
        hb[n] = 0;
        check(strcmp(hb, repr_cases[i].hex) == 0, "hex", repr_cases[i].hex, hb);
    }
}

static void test_format(void)
{
    size_t i;
    char small[8];
    for (i = 0; i < sizeof fmt_cases / sizeof fmt_cases[0]; i++) {
        int kind;
        size_t n = cr_double_to_string(d_of(fmt_cases[i].bits), fmt_cases[i].code, fmt_cases[i].prec,
                                       fmt_cases[i].flags, big, sizeof big - 1, &kind);
        size_t need;
        big[n] = 0;
        check(strcmp(big, fmt_cases[i].text) == 0, "format", fmt_cases[i].text, big);
        /* a too-small buffer reports at least the needed length */
        need = cr_double_to_string(d_of(fmt_cases[i].bits), fmt_cases[i].code, fmt_cases[i].prec,
                                   fmt_cases[i].flags, small, sizeof small, &kind);
        check(need >= n, "format length", fmt_cases[i].text, "short");
        check(n <= cr_double_to_string_bound(d_of(fmt_cases[i].bits), fmt_cases[i].code, fmt_cases[i].prec),
              "format bound", fmt_cases[i].text, "over");
    }
}

static void test_parse(void)
{
    size_t i;
    char got[64];
    for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
        double d = 0;
        bool ok = cr_strtod(parse_cases[i].s, strlen(parse_cases[i].s), CR_STRTOD_UNDERSCORES, &d);
        snprintf(got, sizeof got, "%d %.17g", ok, d);
        check(ok == (parse_cases[i].ok != 0) && (!ok || same_double(d, d_of(parse_cases[i].bits))), "parse",
              parse_cases[i].s, got);
    }
    for (i = 0; i < sizeof hex_cases / sizeof hex_cases[0]; i++) {
        double d = 0;
        int st = cr_hex_to_double(hex_cases[i].s, strlen(hex_cases[i].s), &d);
        snprintf(got, sizeof got, "%d %a", st, d);
        check(st == hex_cases[i].status && (st != 0 || same_double(d, d_of(hex_cases[i].bits))), "fromhex",
              hex_cases[i].s, got);
    }
}

static void test_round(void)
{
    size_t i;
    char got[64], want[64];
    for (i = 0; i < sizeof round_cases / sizeof round_cases[0]; i++) {
        bool ovf;
        double d = cr_double_round(d_of(round_cases[i].bits), round_cases[i].nd, &ovf);
        snprintf(got, sizeof got, "%d %.17g", ovf, d);
        snprintf(want, sizeof want, "round(%.17g, %d)", d_of(round_cases[i].bits), round_cases[i].nd);
        check(ovf == (round_cases[i].ovf != 0) && (ovf || same_double(d, d_of(round_cases[i].res))), "round", want,
              got);
    }
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Every finite double survives repr -> parse, hex -> fromhex, and '%.17g'. */
static void test_random_round_trips(void)
{
    int i;
    char buf[64];
    for (i = 0; i < 200000; i++) {
        uint64_t b = next_rand();
        double d = d_of(b), back = 0;
        size_t n;
        if (!cr_isfinite(d)) continue;
        n = cr_float_repr(d, buf);
        buf[n] = 0;
        check(cr_strtod(buf, n, 0, &back) && same_double(back, d), "random repr round trip", buf, "");
        n = cr_double_to_hex(d, buf);
        buf[n] = 0;
        check(cr_hex_to_double(buf, n, &back) == CR_HEX_OK && same_double(back, d), "random hex round trip", buf,
              "");
        n = cr_double_to_string(d, 'g', 17, 0, buf, sizeof buf - 1, NULL);
        buf[n] = 0;
        check(cr_strtod(buf, n, 0, &back) && same_double(back, d), "random %.17g round trip", buf, "");
    }
}

/* cr_dtoa mode 3 with the largest ndigits its contract allows: k + ndigits
 * overflowed int64 (undefined behaviour; caught by UBSan) before ndigits
 * was clamped; the digits equal those of a merely large precision. */
static void test_huge_ndigits(void)
{
    static const double vals[] = {1e300, 123.456, 1e-300, 5e-324, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        static cr_dtoa_result a, b;
        cr_dtoa(vals[i], 3, INT64_MAX, &a);
        cr_dtoa(vals[i], 3, 5000, &b);
        int ok = a.ndigits == b.ndigits && a.decpt == b.decpt &&
                 memcmp(a.digits, b.digits, (size_t)a.ndigits) == 0;
        check(ok, "dtoa mode 3 ndigits INT64_MAX", "", "");
        cr_dtoa(vals[i], 2, INT64_MIN, &a);
        cr_dtoa(vals[i], 2, 1, &b);
        ok = a.ndigits == b.ndigits && a.decpt == b.decpt && memcmp(a.digits, b.digits, 1) == 0;
        check(ok, "dtoa mode 2 ndigits INT64_MIN", "", "");
    }
}

/* ---- paths restructured for the Frama-C analysis (issue 4) ----
 * parse_decimal keeps the exponent and digit count in locals, inf/nan
 * matching reads by start index (eq_nocase_range, starts_nocase), and the
 * writer tracks the byte it appended last (trailing-point removal) and
 * fills runs of zeros by index.  The expected values come from CPython
 * (float(), format()) and from the code before the change. */
static char longbuf[4096];

/* pre + n copies of c + post, as a string in longbuf; returns its length */
static size_t build(const char *pre, char c, size_t n, const char *post)
{
    size_t k = strlen(pre), m = strlen(post);
    memcpy(longbuf, pre, k);
    memset(longbuf + k, c, n);
    memcpy(longbuf + k + n, post, m);
    longbuf[k + n + m] = 0;
    return k + n + m;
}

static void test_parse_long(void)
{
    static const struct {
        const char *pre;
        char c;
        size_t n;
        const char *post;
        uint64_t bits;
    } cases[] = {
        {"1", '0', 900, "", 0x7ff0000000000000ull},          /* digits dropped past 780: exponent up */
        {"1", '0', 900, "e-900", 0x3ff0000000000000ull},     /* the same, back to 1.0 */
        {"0.", '0', 1000, "1e1001", 0x3ff0000000000000ull},  /* leading zeros after the point */
        {"", '1', 800, "e-790", 0x41d08e8d71c71c72ull},      /* 20 dropped non-zero digits: sticky */
        {"", '1', 800, ".99999999999999999999", 0x7ff0000000000000ull},
        {"0.", '0', 1000, "1", 0x0000000000000000ull},
        {"0.", '0', 500, "1e99999999999999999999", 0x7ff0000000000000ull},
        {"12345678901234567890", '0', 770, "1e-700", 0x52a364d9dccd0afbull},
        {"", '9', 790, "5", 0x7ff0000000000000ull},
        {"1e99999999999999999999", '0', 0, "", 0x7ff0000000000000ull},
        {"1e-99999999999999999999", '0', 0, "", 0x0000000000000000ull},
        {"-0.", '0', 3, "", 0x8000000000000000ull},
        {"100e-2", '0', 0, "", 0x3ff0000000000000ull},
        {"1_0", '0', 0, ".5e+0_1", 0x405a400000000000ull}, /* 105.0 (float("1_0.5e+0_1")) */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = build(cases[i].pre, cases[i].c, cases[i].n, cases[i].post);
        double d = 0;
        bool ok = cr_strtod(longbuf, n, CR_STRTOD_UNDERSCORES, &d);
        check(ok && cr_double_bits(d) == cases[i].bits, "long parse", cases[i].pre, "");
        if (!strchr(longbuf, '_')) {
            size_t used = cr_strtod_prefix(longbuf + (longbuf[0] == '-'), n - (longbuf[0] == '-'), &d);
            check(used == n - (longbuf[0] == '-'), "long parse prefix", cases[i].pre, "");
        }
    }
}

static void test_inf_nan_words(void)
{
    static const struct { const char *s; int ok; uint64_t bits; } full[] = {
        {"inf", 1, 0x7ff0000000000000ull},      {"-inf", 1, 0xfff0000000000000ull},
        {"+Infinity", 1, 0x7ff0000000000000ull}, {"-iNfInItY", 1, 0xfff0000000000000ull},
        {"nan", 1, 0x7ff8000000000000ull},      {"-NaN", 1, 0xfff8000000000000ull},
        {"infx", 0, 0}, {"in", 0, 0}, {"infinit", 0, 0}, {"infinityy", 0, 0}, {"+-inf", 0, 0},
        {"- inf", 0, 0}, {"na", 0, 0}, {"nanx", 0, 0}, {"-", 0, 0}, {"", 0, 0},
    };
    static const struct { const char *s; size_t used; uint64_t bits; } prefix[] = {
        {"infinityx", 8, 0x7ff0000000000000ull}, {"-infin", 4, 0xfff0000000000000ull},
        {"+infinit", 4, 0x7ff0000000000000ull},  {"INFINITY", 8, 0x7ff0000000000000ull},
        {"inf", 3, 0x7ff0000000000000ull},       {"nan1", 3, 0x7ff8000000000000ull},
        {"-NaN", 4, 0xfff8000000000000ull},      {"1.5e3x", 5, 0x4097700000000000ull},
        {"-2j", 2, 0xc000000000000000ull},       {"+", 0, 0}, {"i", 0, 0}, {"in", 0, 0},
        {"na", 0, 0}, {"-x", 0, 0}, {"", 0, 0},
    };
    for (size_t i = 0; i < sizeof full / sizeof full[0]; i++) {
        double d = 0;
        bool ok = cr_strtod(full[i].s, strlen(full[i].s), 0, &d);
        check(ok == (full[i].ok != 0) && (!ok || cr_double_bits(d) == full[i].bits), "strtod inf/nan", full[i].s,
              "");
    }
    for (size_t i = 0; i < sizeof prefix / sizeof prefix[0]; i++) {
        double d = 0;
        size_t used = cr_strtod_prefix_signed(prefix[i].s, strlen(prefix[i].s), &d);
        check(used == prefix[i].used && (used == 0 || cr_double_bits(d) == prefix[i].bits), "prefix inf/nan",
              prefix[i].s, "");
    }
}

/* Every capacity from 0 to past the length: nothing is written at or past
 * cap, the result is complete and its length exact whenever it fits, and a
 * truncated call writes only bytes of the result at their place (a run of
 * zeros that does not fit is skipped) and announces more than cap (one byte
 * more than the length when a trailing point would have been dropped). */
static void test_writer_caps(void)
{
    static const struct { uint64_t bits; char code; int prec; unsigned flags; const char *text; } cases[] = {
        {0x3ff0000000000000ull, 'f', 0, 0, "1"},
        {0x3ff0000000000000ull, 'f', 0, CR_DTSF_ALT, "1."},
        {0x3ff0000000000000ull, 'r', 0, CR_DTSF_ADD_DOT_0, "1.0"},
        {0x4341c37937e08000ull, 'r', 0, CR_DTSF_ADD_DOT_0, "1e+16"},
        {0x4341c37937e08000ull, 'g', 0, 0, "1e+16"},
        {0x4341c37937e08000ull, 'g', 0, CR_DTSF_ALT, "1.e+16"},
        {0x444b1ae4d6e2ef50ull, 'f', 0, 0, "1000000000000000000000"},
        {0x444b1ae4d6e2ef50ull, 'f', 3, CR_DTSF_SIGN, "+1000000000000000000000.000"},
        {0x3f1a36e2eb1c432dull, 'f', 8, 0, "0.00010000"},
        {0x0000000000000001ull, 'e', 3, 0, "4.941e-324"},
        {0x8000000000000000ull, 'g', 0, CR_DTSF_NO_NEG_0 | CR_DTSF_SIGN, "+0"},
        {0x8000000000000000ull, 'F', 2, 0, "-0.00"},
        {0x7ff0000000000000ull, 'F', 0, CR_DTSF_SIGN, "+INF"},
        {0x7ff8000000000000ull, 'F', 0, CR_DTSF_SIGN, "+NAN"},
        {0xfff0000000000000ull, 'e', 3, 0, "-inf"},
        {0x7ff0000000000000ull, 'G', 0, 0, "INF"},
        {0xfff8000000000000ull, 'r', 0, 0, "nan"},
        {0x405edd2f1a9fbe77ull, 'x', 0, 0, ""},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v = d_of(cases[i].bits);
        size_t len = strlen(cases[i].text), cap;
        int kind = -1;
        for (cap = 0; cap <= len + 2; cap++) {
            size_t n, j;
            int ok;
            memset(buf, '#', sizeof buf);
            n = cr_double_to_string(v, cases[i].code, cases[i].prec, cases[i].flags, buf, cap, &kind);
            ok = 1;
            for (j = 0; j < cap && j < len; j++) ok &= buf[j] == cases[i].text[j] || (n > cap && buf[j] == '#');
            for (j = cap; j < sizeof buf; j++) ok &= buf[j] == '#';
            if (cap >= len + 1 || n <= cap) ok &= n == len;
            else ok &= n > cap && n >= len && n <= len + 1;
            check(ok, "writer capacity", cases[i].text, "");
        }
        check(cr_double_to_string(v, cases[i].code, cases[i].prec, cases[i].flags, NULL, 0, NULL) >= len,
              "writer NULL", cases[i].text, "");
    }
    /* runs of zeros far longer than the buffer: only the length counts */
    check(cr_double_to_string(1e300, 'f', 1000, 0, buf, sizeof buf, NULL) == 301 + 1 + 1000, "long zero run",
          "1e300 .1000f", "");
}

int main(void)
{
    test_repr();
    test_format();
    test_parse();
    test_round();
    test_random_round_trips();
    test_huge_ndigits();
    test_parse_long();
    test_inf_nan_words();
    test_writer_caps();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

/* Frama-C EVA driver used during development (not built here).  Save as
 * eva_driver.c and run:
 *   frama-c -machdep x86_64 -cpp-extra-args="-Isrc -DCR_DTOA_NO_INT128" \
 *       -eva -warn-special-float none src/core/dtoa.c eva_driver.c
 * (Debian package frama-c-base, 2022 "manganese").  State at hand-over: 48
 * alarms, not yet discharged.  Those reviewed are imprecision (initialisation
 * of array prefixes below a length field, counters EVA cannot bound, writer
 * capacities that need an ACSL contract on the caller's buffer).
 * #include "__fc_builtin.h"
 * #include "core/dtoa.h"
 * int main(void)
 * {
 *     char out[CR_REPR_BUFSIZE];
 *     char big[400];
 *     char in[24];
 *     double d = Frama_C_double_interval(-1.7976931348623157e308, 1.7976931348623157e308);
 *     double r;
 *     bool ovf;
 *     int kind;
 *     unsigned i;
 *     cr_float_repr(d, out);
 *     cr_double_to_string(d, 'e', Frama_C_interval(0, 30), CR_DTSF_ALT, big, sizeof big, &kind);
 *     cr_double_to_string(d, 'f', Frama_C_interval(0, 30), 0, big, sizeof big, &kind);
 *     cr_double_to_string(d, 'g', Frama_C_interval(0, 30), CR_DTSF_ADD_DOT_0, big, sizeof big, &kind);
 *     cr_double_to_hex(d, out);
 *     Frama_C_make_unknown(in, sizeof in);
 *     cr_strtod(in, Frama_C_interval(0, sizeof in), CR_STRTOD_UNDERSCORES, &r);
 *     cr_hex_to_double(in, Frama_C_interval(0, sizeof in), &r);
 *     cr_strtod_prefix_signed(in, Frama_C_interval(0, sizeof in), &r);
 *     r = cr_double_round(d, Frama_C_interval(-308, 323), &ovf);
 *     return (int)r;
 * }
 */
