/* The binascii module: hex, base64 and CRC helpers with CPython's errors
 * (binascii.Error is a ValueError subclass). */
#include "modules/modules.h"
#include "vm/int.h"

static Val ba_error, ba_incomplete;

static Type *err_type(void) { return (Type *)(void *)val_obj(ba_error); }

/* Binary input: bytes-like objects only (bytes, bytearray, memoryview, array). */
static bool get_bin(Val v, cr_span *out)
{
    int r = vm_buffer_get(v, out);
    if (r != 0) return r > 0;
    vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(v));
    return false;
}

/* ASCII input: bytes-like, or a str of ASCII characters only. */
static bool get_ascii(Val v, cr_span *out)
{
    if (vm_is_str(v)) {
        cr_span s = vm_str_span(v);
        for (size_t i = 0; i < s.len; i++)
            if (cr_span_at(s, i) >= 0x80) {
                vm_err_str(&vm_exc_ValueError, "string argument should contain only ASCII characters");
                return false;
            }
        *out = s;
        return true;
    }
    int r = vm_buffer_get(v, out);
    if (r != 0) return r > 0;
    vm_err_fmt(&vm_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", vm_tname(v));
    return false;
}

static const char hexdig[] = "0123456789abcdef";

static Val hexlify(const char *fname, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"data", "sep", "bytes_per_sep", NULL};
    Val a[3];
    if (!vm_parse_args(fname, args, nargs, kwnames, kw, 0, 1, 3, a)) return NULL;
    cr_span d;
    if (!get_bin(a[0], &d)) return NULL;
    int64_t per = 1;
    uint8_t sep = 0;
    if (a[1] && a[1] != VM_None) {
        cr_span s;
        if (vm_is_str(a[1])) s = vm_str_span(a[1]);
        else if (vm_is_bytes(a[1])) s = vm_bytes_span(a[1]);
        else return vm_err_fmt(&vm_exc_TypeError, "sep must be str or bytes.");
        if (s.len != 1 || (vm_is_str(a[1]) && vm_str_len(a[1]) != 1))
            return vm_err_str(&vm_exc_ValueError, "sep must be length 1.");
        sep = cr_span_at(s, 0);
        if (sep >= 0x80) return vm_err_str(&vm_exc_ValueError, "sep must be ASCII.");
    }
    if (a[2]) { /* a C int in CPython */
        Val i = vm_index(a[2]);
        if (i == NULL) return NULL;
        if (vm_int_as_i64(i, &per) < 0 || per > INT32_MAX || per < INT32_MIN) {
            vm_err_clear();
            return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
        }
    }
    cr_buf b;
    cr_buf_init(&b);
    uint64_t group = per < 0 ? (uint64_t)(-per) : (uint64_t)per;
    for (size_t i = 0; i < d.len; i++) {
        if (sep && group && i > 0) {
            /* Groups counted from the right for positive bytes_per_sep. */
            bool boundary = per > 0 ? ((d.len - i) % group == 0) : (i % group == 0);
            if (boundary) cr_buf_byte(&b, sep);
        }
        uint8_t c = cr_span_at(d, i);
        cr_buf_byte(&b, (uint8_t)hexdig[c >> 4]);
        cr_buf_byte(&b, (uint8_t)hexdig[c & 15]);
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static Val b_hexlify(Val self, Val *args, size_t nargs, Val kwnames) { return hexlify("hexlify", args, nargs, kwnames); }
static Val b_b2a_hex(Val self, Val *args, size_t nargs, Val kwnames) { return hexlify("b2a_hex", args, nargs, kwnames); }

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Val unhexlify(const char *fname, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"hexstr", NULL};
    Val a[1];
    if (!vm_parse_args(fname, args, nargs, kwnames, kw, 0, 1, 1, a)) return NULL;
    cr_span s;
    if (!get_ascii(a[0], &s)) return NULL;
    if (s.len % 2) return vm_err_str(err_type(), "Odd-length string");
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < s.len; i += 2) {
        int hi = hexval(cr_span_at(s, i)), lo = hexval(cr_span_at(s, i + 1));
        if (hi < 0 || lo < 0) return vm_err_str(err_type(), "Non-hexadecimal digit found");
        cr_buf_byte(&b, (uint8_t)(hi * 16 + lo));
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static Val b_unhexlify(Val self, Val *args, size_t nargs, Val kwnames) { return unhexlify("unhexlify", args, nargs, kwnames); }
static Val b_a2b_hex(Val self, Val *args, size_t nargs, Val kwnames) { return unhexlify("a2b_hex", args, nargs, kwnames); }

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Val b_b2a_base64(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"", "newline", NULL};
    Val a[2];
    if (!vm_parse_args("b2a_base64", args, nargs, kwnames, kw, 1, 1, 1, a)) return NULL;
    cr_span d;
    if (!get_bin(a[0], &d)) return NULL;
    int nl = 1;
    if (a[1] && (nl = vm_truthy(a[1])) < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    size_t i = 0;
    for (; i + 3 <= d.len; i += 3) {
        uint32_t v = (uint32_t)cr_span_at(d, i) << 16 | (uint32_t)cr_span_at(d, i + 1) << 8 | cr_span_at(d, i + 2);
        for (int k = 3; k >= 0; k--) cr_buf_byte(&b, (uint8_t)b64chars[(v >> (6 * k)) & 63]);
    }
    size_t rest = d.len - i;
    if (rest) {
        uint32_t v = (uint32_t)cr_span_at(d, i) << 16 | (rest == 2 ? (uint32_t)cr_span_at(d, i + 1) << 8 : 0);
        cr_buf_byte(&b, (uint8_t)b64chars[(v >> 18) & 63]);
        cr_buf_byte(&b, (uint8_t)b64chars[(v >> 12) & 63]);
        cr_buf_byte(&b, rest == 2 ? (uint8_t)b64chars[(v >> 6) & 63] : '=');
        cr_buf_byte(&b, '=');
    }
    if (nl) cr_buf_byte(&b, '\n');
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static int b64val(uint8_t c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static Val b_a2b_base64(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"", "strict_mode", NULL};
    Val a[2];
    if (!vm_parse_args("a2b_base64", args, nargs, kwnames, kw, 1, 1, 1, a)) return NULL;
    cr_span s;
    if (!get_ascii(a[0], &s)) return NULL;
    int strict = 0;
    if (a[1] && (strict = vm_truthy(a[1])) < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    int quad = 0, pads = 0;
    bool padding = false;
    uint32_t left = 0;
    for (size_t i = 0; i < s.len; i++) {
        uint8_t c = cr_span_at(s, i);
        if (c == '=') {
            padding = true;
            if (strict && quad == 0)
                return vm_err_str(err_type(), i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < s.len) return vm_err_str(err_type(), "Excess data after padding");
                quad = 0;
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) return vm_err_str(err_type(), "Only base64 data is allowed");
            continue;
        }
        if (strict && padding) return vm_err_str(err_type(), "Discontinuous padding not allowed");
        pads = 0;
        switch (quad) {
        case 0: left = (uint32_t)v; quad = 1; break;
        case 1: cr_buf_byte(&b, (uint8_t)(left << 2 | (uint32_t)v >> 4)); left = (uint32_t)v & 15; quad = 2; break;
        case 2: cr_buf_byte(&b, (uint8_t)(left << 4 | (uint32_t)v >> 2)); left = (uint32_t)v & 3; quad = 3; break;
        default: cr_buf_byte(&b, (uint8_t)(left << 6 | (uint32_t)v)); left = 0; quad = 0; break;
        }
    }
    if (quad == 1)
        return vm_err_fmt(err_type(),
                          "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a "
                          "multiple of 4",
                          b.len / 3 * 4 + 1);
    if (quad != 0) return vm_err_str(err_type(), "Incorrect padding");
done:
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static uint32_t crc32_update(uint32_t crc, cr_span d)
{
    crc = ~crc;
    for (size_t i = 0; i < d.len; i++) {
        crc ^= cr_span_at(d, i);
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

static bool crc_args(const char *fname, Val *args, size_t nargs, Val kwnames, size_t min, cr_span *d, uint32_t *crc)
{
    if (!vm_check_nargs(fname, nargs, kwnames, min, 2)) return false;
    if (!get_bin(args[0], d)) return false;
    *crc = 0;
    if (nargs > 1) {
        Val iv = vm_index(args[1]);
        if (!iv) return false;
        Val m = vm_int_and(vm_int_exact(iv), vm_int_from_i64(0xffffffffLL));
        int64_t x;
        if (!m || vm_int_as_i64(m, &x) < 0) return false;
        *crc = (uint32_t)x;
    }
    return true;
}

static Val b_crc32(Val self, Val *args, size_t nargs, Val kwnames)
{
    cr_span d;
    uint32_t crc;
    if (!crc_args("crc32", args, nargs, kwnames, 1, &d, &crc)) return NULL;
    return vm_int_from_u64(crc32_update(crc, d));
}

static Val b_crc_hqx(Val self, Val *args, size_t nargs, Val kwnames)
{
    cr_span d;
    uint32_t crc;
    if (!crc_args("crc_hqx", args, nargs, kwnames, 2, &d, &crc)) return NULL;
    uint32_t c = crc & 0xffff;
    for (size_t i = 0; i < d.len; i++) {
        c ^= (uint32_t)cr_span_at(d, i) << 8;
        for (int k = 0; k < 8; k++) c = (c & 0x8000) ? ((c << 1) ^ 0x1021) : (c << 1);
        c &= 0xffff;
    }
    return vm_int_from_u64(c);
}

/* ---- uuencode (CPython's a2b_uu / b2a_uu, byte for byte) ---- */

static Val b_a2b_uu(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("a2b_uu", nargs, kwnames, 1, 1)) return NULL;
    cr_span s;
    if (!get_ascii(args[0], &s)) return NULL;
    /* The first character is the line's byte count; an empty line reads
     * CPython's terminating NUL there (count 32). */
    size_t i = 0;
    uint8_t first = s.len ? cr_span_at(s, 0) : 0;
    if (s.len) i = 1;
    int64_t bin_len = (int64_t)(((unsigned)first - ' ') & 077);
    cr_buf b;
    cr_buf_init(&b);
    uint32_t leftchar = 0;
    int leftbits = 0;
    for (; bin_len > 0; i++) {
        uint32_t ch = i < s.len ? cr_span_at(s, i) : 0;
        if (ch == '\n' || ch == '\r' || i >= s.len) {
            ch = 0; /* whitespace: assume spaces were eaten at the end of the line */
        } else {
            if (ch < ' ' || ch > ' ' + 64) return vm_err_str(err_type(), "Illegal char");
            ch = (ch - ' ') & 077;
        }
        leftchar = (leftchar << 6) | ch;
        leftbits += 6;
        if (leftbits >= 8) {
            leftbits -= 8;
            cr_buf_byte(&b, (uint8_t)((leftchar >> leftbits) & 0xff));
            leftchar &= (1u << leftbits) - 1;
            bin_len--;
        }
    }
    /* Anything left on the line must be whitespace (or '`' padding). */
    for (; i < s.len; i++) {
        uint8_t ch = cr_span_at(s, i);
        if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r')
            return vm_err_str(err_type(), "Trailing garbage");
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static Val b_b2a_uu(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"", "backtick", NULL};
    Val a[2] = {NULL, NULL};
    if (!vm_parse_args("b2a_uu", args, nargs, kwnames, kw, 1, 1, 1, a)) return NULL;
    cr_span d;
    if (!get_bin(a[0], &d)) return NULL;
    int backtick = 0;
    if (a[1] && (backtick = vm_truthy(a[1])) < 0) return NULL;
    if (d.len > 45) return vm_err_str(err_type(), "At most 45 bytes at once");
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, backtick && d.len == 0 ? '`' : (uint8_t)(' ' + d.len));
    uint32_t leftchar = 0;
    int leftbits = 0;
    for (size_t i = 0; i < d.len || leftbits != 0; i++) {
        leftchar = (leftchar << 8) | (i < d.len ? cr_span_at(d, i) : 0);
        leftbits += 8;
        while (leftbits >= 6) {
            uint32_t ch = (leftchar >> (leftbits - 6)) & 0x3f;
            leftbits -= 6;
            cr_buf_byte(&b, backtick && !ch ? '`' : (uint8_t)(ch + ' '));
        }
        leftchar &= 0xffff; /* only the pending bits matter */
    }
    cr_buf_byte(&b, '\n');
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

/* ---- quoted-printable (CPython's a2b_qp / b2a_qp) ---- */

static Val b_a2b_qp(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"data", "header", NULL};
    Val a[2] = {NULL, NULL};
    if (!vm_parse_args("a2b_qp", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    cr_span s;
    if (!get_ascii(a[0], &s)) return NULL;
    int header = 0;
    if (a[1] && (header = vm_truthy(a[1])) < 0) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    size_t in = 0;
    while (in < s.len) {
        uint8_t c = cr_span_at(s, in);
        if (c == '=') {
            in++;
            if (in >= s.len) break;
            uint8_t n = cr_span_at(s, in);
            if (n == '\n' || n == '\r') { /* soft line break */
                if (n != '\n')
                    while (in < s.len && cr_span_at(s, in) != '\n') in++;
                if (in < s.len) in++;
            } else if (n == '=') { /* "==" from broken encoders */
                cr_buf_byte(&b, '=');
                in++;
            } else if (in + 1 < s.len && hexval(n) >= 0 && hexval(cr_span_at(s, in + 1)) >= 0) {
                cr_buf_byte(&b, (uint8_t)(hexval(n) << 4 | hexval(cr_span_at(s, in + 1))));
                in += 2;
            } else {
                cr_buf_byte(&b, '=');
            }
        } else if (header && c == '_') {
            cr_buf_byte(&b, ' ');
            in++;
        } else {
            cr_buf_byte(&b, c);
            in++;
        }
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

#define QP_MAXLINE 76

static void qp_hex(cr_buf *b, uint8_t c)
{
    static const char up[] = "0123456789ABCDEF";
    cr_buf_byte(b, (uint8_t)up[c >> 4]);
    cr_buf_byte(b, (uint8_t)up[c & 15]);
}

static void qp_softbreak(cr_buf *b, bool crlf)
{
    cr_buf_byte(b, '=');
    if (crlf) cr_buf_byte(b, '\r');
    cr_buf_byte(b, '\n');
}

static Val b_b2a_qp(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"data", "quotetabs", "istext", "header", NULL};
    Val a[4] = {NULL, NULL, NULL, NULL};
    if (!vm_parse_args("b2a_qp", args, nargs, kwnames, kw, 0, 1, 4, a)) return NULL;
    cr_span d;
    if (!get_bin(a[0], &d)) return NULL;
    int quotetabs = 0, istext = 1, header = 0;
    if (a[1] && (quotetabs = vm_truthy(a[1])) < 0) return NULL;
    if (a[2] && (istext = vm_truthy(a[2])) < 0) return NULL;
    if (a[3] && (header = vm_truthy(a[3])) < 0) return NULL;
    /* CRLF line ends if the first '\n' follows a '\r'. */
    int64_t nl = cr_span_find_byte(d, '\n', 0);
    bool crlf = nl > 0 && cr_span_at(d, (size_t)nl - 1) == '\r';
    cr_buf b;
    cr_buf_init(&b);
    size_t in = 0, linelen = 0;
    while (in < d.len) {
        uint8_t c = cr_span_at(d, in);
        bool last = in + 1 == d.len;
        uint8_t next = last ? 0 : cr_span_at(d, in + 1);
        if (c > 126 || c == '=' || (header && c == '_') ||
            (c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
            (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))) {
            if (linelen + 3 >= QP_MAXLINE) {
                qp_softbreak(&b, crlf);
                linelen = 0;
            }
            cr_buf_byte(&b, '=');
            qp_hex(&b, c);
            in++;
            linelen += 3;
        } else if (istext && (c == '\n' || (!last && c == '\r' && next == '\n'))) {
            linelen = 0;
            /* Protect whitespace at the end of a line. */
            if (b.len && !b.failed) {
                uint8_t prev = cr_buf_get(&b, b.len - 1);
                if (prev == ' ' || prev == '\t') {
                    cr_buf_set(&b, b.len - 1, '=');
                    qp_hex(&b, prev);
                }
            }
            if (crlf) cr_buf_byte(&b, '\r');
            cr_buf_byte(&b, '\n');
            in += c == '\r' ? 2 : 1;
        } else {
            if (!last && next != '\n' && linelen + 1 >= QP_MAXLINE) {
                qp_softbreak(&b, crlf);
                linelen = 0;
            }
            linelen++;
            cr_buf_byte(&b, header && c == ' ' ? '_' : c);
            in++;
        }
    }
    if (b.failed) return vm_err_nomem();
    return vm_bytes_new(cr_buf_span(&b));
}

static const vm_methoddef binascii_functions[] = {
    {"hexlify", b_hexlify, 0, NULL},       {"b2a_hex", b_b2a_hex, 0, NULL},
    {"unhexlify", b_unhexlify, 0, NULL},   {"a2b_hex", b_a2b_hex, 0, NULL},
    {"b2a_base64", b_b2a_base64, 0, NULL}, {"a2b_base64", b_a2b_base64, 0, NULL},
    {"crc32", b_crc32, 0, NULL},           {"crc_hqx", b_crc_hqx, 0, NULL},
    {"a2b_uu", b_a2b_uu, 0, NULL},         {"b2a_uu", b_b2a_uu, 0, NULL},
    {"a2b_qp", b_a2b_qp, 0, NULL},         {"b2a_qp", b_b2a_qp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Val make_class(const char *name, Type *base)
{
    Val ns = vm_dict_new();
    if (!ns || vm_dict_set_cstr(ns, "__module__", vm_str_cstr("binascii")) < 0) return NULL;
    Val bases = vm_tuple_pack(1, obj_val(base));
    if (!bases) return NULL;
    Val cargs[3] = {vm_str_cstr(name), bases, ns};
    return vm_call(obj_val(&vm_type_type), cargs, 3, NULL);
}

static int binascii_init(Val module)
{
    if (vm_module_add_functions(module, binascii_functions) < 0) return -1;
    if (!ba_error) {
        ba_error = make_class("Error", &vm_exc_ValueError);
        if (!ba_error) return -1;
        cr_gc_add_root(&ba_error);
        ba_incomplete = make_class("Incomplete", &vm_exc_Exception);
        if (!ba_incomplete) return -1;
        cr_gc_add_root(&ba_incomplete);
    }
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_dict_set_cstr(d, "Error", ba_error) < 0 || vm_dict_set_cstr(d, "Incomplete", ba_incomplete) < 0) return -1;
    return 0;
}

int md_binascii_register(void)
{
    vm_register_builtin_module("binascii", binascii_init);
    return 0;
}
