/* The unicodedata module (Unicode 14.0.0, as CPython 3.11), over the
 * generated tables of vm/unicode_db*.c and vm/unicode_names*.c. */
#include "compiler/parser.h"
#include "modules/modules.h"
#include "vm/str.h"
#include "vm/unicode_db.h"
#include "vm/unicode_names.h"

#define S_BASE 0xAC00u
#define L_BASE 0x1100u
#define V_BASE 0x1161u
#define T_BASE 0x11A7u
#define L_COUNT 19u
#define V_COUNT 21u
#define T_COUNT 28u
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

static int64_t char_arg_n(const char *fname, const char *argno, Val v);

/* The code point of a one-character str argument, or -1 with TypeError. */
static int64_t char_arg(const char *fname, Val v)
{
    return char_arg_n(fname, "", v);
}

static int64_t char_arg_n(const char *fname, const char *argno, Val v)
{
    if (!vm_is_str(v) || vm_str_len(v) != 1) {
        vm_err_fmt(&vm_exc_TypeError, "%s() argument %smust be a unicode character, not %s", fname, argno, vm_tname(v));
        return -1;
    }
    size_t pos = 0;
    return vm_str_next(vm_str_span(v), &pos);
}

static bool one_arg(const char *fname, size_t nargs, Val kwnames)
{
    if (kwnames && vm_len(kwnames) > 0) {
        vm_err_fmt(&vm_exc_TypeError, "unicodedata.%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs != 1) {
        vm_err_fmt(&vm_exc_TypeError, "unicodedata.%s() takes exactly one argument (%d given)", fname, (int)nargs);
        return false;
    }
    return true;
}

/* For f(chr, default=..., /): the Argument Clinic messages. */
static bool one_or_two(const char *fname, size_t nargs, Val kwnames)
{
    if (kwnames && vm_len(kwnames) > 0) {
        vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs < 1) {
        vm_err_fmt(&vm_exc_TypeError, "%s expected at least 1 argument, got %d", fname, (int)nargs);
        return false;
    }
    if (nargs > 2) {
        vm_err_fmt(&vm_exc_TypeError, "%s expected at most 2 arguments, got %d", fname, (int)nargs);
        return false;
    }
    return true;
}

#define CHAR1(fname)                                      \
    if (!one_arg(fname, nargs, kwnames)) return NULL;     \
    int64_t cp = char_arg(fname, args[0]);                \
    if (cp < 0) return NULL;

static Val ud_category(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("category")
    return vm_str_cstr(vm_ucd_category((uint32_t)cp));
}

static Val ud_bidirectional(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("bidirectional")
    return vm_str_cstr(vm_ucd_bidirectional((uint32_t)cp));
}

static Val ud_combining(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("combining")
    return vm_int_from_i64(vm_ucd_combining((uint32_t)cp));
}

static Val ud_east_asian_width(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("east_asian_width")
    return vm_str_cstr(vm_ucd_east_asian_width((uint32_t)cp));
}

static Val ud_mirrored(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("mirrored")
    return vm_int_from_i64(vm_ucd_mirrored((uint32_t)cp));
}

static void hex4(cr_buf *b, uint32_t v)
{
    char hex[8];
    int n = 0;
    for (; v || n < 4; v >>= 4) hex[n++] = "0123456789ABCDEF"[v & 15];
    while (n > 0) cr_buf_byte(b, (uint8_t)hex[--n]);
}

static Val ud_decomposition(Val self, Val *args, size_t nargs, Val kwnames)
{
    CHAR1("decomposition")
    const char *tag;
    uint32_t out[18];
    int n = vm_ucd_decomposition((uint32_t)cp, &tag, out);
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, tag);
    for (int i = 0; i < n; i++) {
        if (b.len) cr_buf_byte(&b, ' ');
        hex4(&b, out[i]);
    }
    return vm_str_from_buf(&b);
}

static Val numeric_common(const char *fname, const char *msg, int kind, Val *args, size_t nargs, Val kwnames)
{
    if (!one_or_two(fname, nargs, kwnames)) return NULL;
    int64_t cp = char_arg_n(fname, "1 ", args[0]);
    if (cp < 0) return NULL;
    if (kind == 2) {
        double d;
        if (vm_ucd_numeric((uint32_t)cp, &d)) return vm_float_new(d);
    } else {
        int d = kind == 0 ? vm_ucd_decimal((uint32_t)cp) : vm_ucd_digit((uint32_t)cp);
        if (d >= 0) return vm_int_from_i64(d);
    }
    if (nargs == 2) return args[1];
    return vm_err_str(&vm_exc_ValueError, msg);
}

static Val ud_decimal(Val self, Val *args, size_t nargs, Val kwnames)
{
    return numeric_common("decimal", "not a decimal", 0, args, nargs, kwnames);
}
static Val ud_digit(Val self, Val *args, size_t nargs, Val kwnames)
{
    return numeric_common("digit", "not a digit", 1, args, nargs, kwnames);
}
static Val ud_numeric(Val self, Val *args, size_t nargs, Val kwnames)
{
    return numeric_common("numeric", "not a numeric character", 2, args, nargs, kwnames);
}

static Val ud_name(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!one_or_two("name", nargs, kwnames)) return NULL;
    int64_t cp = char_arg_n("name", "1 ", args[0]);
    if (cp < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    int r = vm_uname_name((uint32_t)cp, &b);
    if (r < 0) return vm_err_nomem();
    if (r == 0) return nargs == 2 ? args[1] : vm_err_str(&vm_exc_ValueError, "no such name");
    return vm_str_from_buf(&b);
}

static Val ud_lookup(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!one_arg("lookup", nargs, kwnames)) return NULL;
    Val v = args[0];
    cr_span s;
    if (vm_is_str(v)) s = vm_str_span(v);
    else if (vm_is_bytes(v)) s = vm_bytes_span(v);
    else if (vm_isinstance_t(v, &vm_type_bytearray) || vm_isinstance_t(v, &vm_type_memoryview))
        return vm_err_fmt(&vm_exc_TypeError, "lookup() argument must be read-only bytes-like object, not %s",
                          vm_tname(v));
    else return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(v));
    if (s.len > 256) {
        Val e = vm_exc_new(&vm_exc_KeyError, vm_tuple_from((Val[]){vm_str_cstr("name too long")}, 1));
        return e ? vm_err_set_val(e) : NULL;
    }
    cr_buf seq;
    cr_buf_init(&seq);
    int64_t cp = vm_uname_lookup_full(s, &seq);
    if (cp == -3) return vm_err_nomem();
    if (cp == -2) return vm_str_from_buf(&seq);
    if (cp < 0) {
        Val name = vm_is_str(v) ? v : vm_str_decode_utf8(s, "replace");
        if (!name) return NULL;
        Val msg = vm_str_fmt("undefined character name '%U'", name);
        if (!msg) return NULL;
        Val e = vm_exc_new(&vm_exc_KeyError, vm_tuple_from(&msg, 1));
        return e ? vm_err_set_val(e) : NULL;
    }
    return vm_str_char((uint32_t)cp);
}

/* ---- normalization ---- */

/* A growable array of code points, 4 bytes each in a cr_buf. */
static uint32_t cp_get(const cr_buf *b, size_t i)
{
    return cr_buf_get(b, 4 * i) | (uint32_t)cr_buf_get(b, 4 * i + 1) << 8 | (uint32_t)cr_buf_get(b, 4 * i + 2) << 16;
}
static void cp_set(cr_buf *b, size_t i, uint32_t c)
{
    cr_buf_set(b, 4 * i, (uint8_t)c);
    cr_buf_set(b, 4 * i + 1, (uint8_t)(c >> 8));
    cr_buf_set(b, 4 * i + 2, (uint8_t)(c >> 16));
}
static bool cp_push(cr_buf *b, uint32_t c)
{
    uint8_t w[4] = {(uint8_t)c, (uint8_t)(c >> 8), (uint8_t)(c >> 16), 0};
    return cr_buf_append(b, cr_span_make(w, 4));
}

static bool decompose_one(cr_buf *out, uint32_t c, bool compat, int depth)
{
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
        uint32_t s = c - S_BASE, t = s % T_COUNT;
        if (!cp_push(out, L_BASE + s / N_COUNT) || !cp_push(out, V_BASE + s % N_COUNT / T_COUNT)) return false;
        return t == 0 || cp_push(out, T_BASE + t);
    }
    const char *tag;
    uint32_t parts[18];
    int n = depth < 16 ? vm_ucd_decomposition(c, &tag, parts) : 0;
    if (n == 0 || (!compat && cr_span_cstr(tag).len != 0)) return cp_push(out, c);
    for (int i = 0; i < n; i++)
        if (!decompose_one(out, parts[i], compat, depth + 1)) return false;
    return true;
}

/* Canonical ordering: stable sort of each run of non-starters by class. */
static void canonical_order(cr_buf *a)
{
    size_t n = a->len / 4;
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cp_get(a, i);
        int cc = vm_ucd_combining(c);
        if (cc == 0) continue;
        size_t j = i;
        while (j > 0) {
            uint32_t p = cp_get(a, j - 1);
            int pc = vm_ucd_combining(p);
            if (pc == 0 || pc <= cc) break;
            cp_set(a, j, p);
            j--;
        }
        cp_set(a, j, c);
    }
}

static bool compose_pair(uint32_t a, uint32_t b, uint32_t *out)
{
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
        *out = S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
        return true;
    }
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE && b < T_BASE + T_COUNT) {
        *out = a + (b - T_BASE);
        return true;
    }
    return vm_ucd_compose_pair(a, b, out);
}

static void compose(cr_buf *a)
{
    size_t n = a->len / 4;
    if (n == 0) return;
    int64_t starter = vm_ucd_combining(cp_get(a, 0)) == 0 ? 0 : -1;
    int last_class = starter == 0 ? 0 : 256;
    size_t w = 1;
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cp_get(a, i), composite;
        int cc = vm_ucd_combining(c);
        if (starter >= 0 && (last_class < cc || last_class == 0) &&
            compose_pair(cp_get(a, (size_t)starter), c, &composite)) {
            cp_set(a, (size_t)starter, composite);
            continue;
        }
        if (cc == 0) starter = (int64_t)w;
        last_class = cc;
        cp_set(a, w++, c);
    }
    cr_buf_truncate(a, w * 4);
}

/* form: 0 NFC, 1 NFKC, 2 NFD, 3 NFKD; -1 invalid. */
static int form_of(Val form)
{
    static const char *const forms[] = {"NFC", "NFKC", "NFD", "NFKD"};
    for (int i = 0; i < 4; i++)
        if (cr_span_eq(vm_str_span(form), cr_span_cstr(forms[i]))) return i;
    vm_err_str(&vm_exc_ValueError, "invalid normalization form");
    return -1;
}

static Val normalize(int form, Val s)
{
    if (vm_str_is_ascii(s)) return s;
    cr_buf a;
    cr_buf_init(&a);
    cr_span sp = vm_str_span(s);
    for (size_t pos = 0; pos < sp.len;)
        if (!decompose_one(&a, vm_str_next(sp, &pos), form == 1 || form == 3, 0)) return vm_err_nomem();
    canonical_order(&a);
    if (form < 2) compose(&a);
    cr_buf out;
    cr_buf_init(&out);
    for (size_t i = 0; i < a.len / 4; i++)
        if (!vm_sb_cp(&out, cp_get(&a, i))) return vm_err_nomem();
    Val r = vm_str_from_buf(&out);
    if (r && vm_str_len(r) == vm_str_len(s) && cr_span_eq(vm_str_span(r), sp)) return s;
    return r;
}

static bool norm_args(const char *fname, Val *args, size_t nargs, Val kwnames, int *form)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 2, 2)) return false;
    for (int i = 0; i < 2; i++)
        if (!vm_is_str(args[i])) {
            vm_err_fmt(&vm_exc_TypeError, "%s() argument %d must be str, not %s", fname, i + 1, vm_tname(args[i]));
            return false;
        }
    *form = form_of(args[0]);
    return *form >= 0;
}

static Val ud_normalize(Val self, Val *args, size_t nargs, Val kwnames)
{
    int form;
    if (!norm_args("normalize", args, nargs, kwnames, &form)) return NULL;
    return normalize(form, args[1]);
}

static Val ud_is_normalized(Val self, Val *args, size_t nargs, Val kwnames)
{
    int form;
    if (!norm_args("is_normalized", args, nargs, kwnames, &form)) return NULL;
    Val r = normalize(form, args[1]);
    if (!r) return NULL;
    return vm_bool(r == args[1]);
}

static const vm_methoddef ud_functions[] = {
    {"category", ud_category, 0, NULL},
    {"bidirectional", ud_bidirectional, 0, NULL},
    {"combining", ud_combining, 0, NULL},
    {"east_asian_width", ud_east_asian_width, 0, NULL},
    {"mirrored", ud_mirrored, 0, NULL},
    {"decomposition", ud_decomposition, 0, NULL},
    {"decimal", ud_decimal, 0, NULL},
    {"digit", ud_digit, 0, NULL},
    {"numeric", ud_numeric, 0, NULL},
    {"name", ud_name, 0, NULL},
    {"lookup", ud_lookup, 0, NULL},
    {"normalize", ud_normalize, 0, NULL},
    {"is_normalized", ud_is_normalized, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int ud_init(Val module)
{
    if (vm_module_add_functions(module, ud_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    return vm_dict_set_cstr(d, "unidata_version", vm_str_cstr("14.0.0"));
}

/* \N{name} in string literals: names and aliases, not named sequences. */
static bool hook_lookup_name(cr_span name, uint32_t *cp)
{
    int64_t r = vm_uname_lookup_full(name, NULL);
    if (r < 0) return false;
    *cp = (uint32_t)r;
    return true;
}

static const cp_unicode_hooks ud_hooks = {
    .is_xid_start = vm_ucd_isxidstart,
    .is_xid_continue = vm_ucd_isxidcontinue,
    .is_printable = vm_ucd_isprintable,
    .lookup_name = hook_lookup_name,
};

int md_unicodedata_register(void)
{
    cp_set_unicode_hooks(&ud_hooks);
    vm_register_builtin_module("unicodedata", ud_init);
    return 0;
}
