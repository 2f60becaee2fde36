/* _json: the C accelerator under lib/json (as CPython's _json under its
 * json package).  Written here from the behaviour of CPython 3.11's json
 * package (the oracle), not from its source.
 *
 *   scan_once(cfg, string, idx) -> (value, end)
 *       One JSON value starting at code point idx; StopIteration(idx) when
 *       no value starts there (JSONDecoder.raw_decode turns that into
 *       "Expecting value"), json.JSONDecodeError for malformed documents
 *       with CPython's messages and positions.  cfg is the tuple
 *       (strict, object_hook, object_pairs_hook, parse_float, parse_int,
 *       parse_constant) that json.scanner builds from its context.
 *   scanstring(string, end, strict=True) -> (str, end)
 *   encode_basestring_ascii(s), encode_basestring(s)
 *   encode(obj, cfg) -> str
 *       The whole JSON text of obj; cfg is (check_circular, default,
 *       ensure_ascii, allow_nan, sort_keys, skipkeys, indent, key_separator,
 *       item_separator, pyish): indent a str or None; pyish true when
 *       CPython would use its pure-Python encoder (indent given), whose
 *       error texts differ slightly from its C encoder's.
 *
 * The document is scanned as UTF-8 bytes (the str's own storage, read
 * through spans); byte offsets are turned into code point positions only
 * for results and errors.  Nesting uses vm_enter_recursion, so deep input
 * raises RecursionError as CPython does; all memory comes from the GC heap
 * (MemoryError at the cap).
 */
#include "core/dtoa.h"
#include "modules/modules.h"
#include "vm/dict.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/str.h"

/* ------------------------------------------------------------------ */
/* Decoder                                                             */

enum { MEMO_MIN = 64 };

typedef struct {
    Val doc;          /* the str being decoded */
    cr_span s;        /* its UTF-8 */
    bool ascii;       /* byte offsets are code point offsets */
    bool strict;
    Val object_hook, pairs_hook; /* NULL for None */
    Val parse_float, parse_int;  /* NULL when float / int (fast path) */
    Val parse_constant;
    /* Key memo (CPython's scanner memo): equal keys become one object.
     * Open addressing on the key's UTF-8; hashes kept as small ints. */
    cr_vals memo_keys, memo_hashes;
    size_t memo_used;
} Dec;

/* The code point position of byte offset pos. */
static size_t cp_pos(const Dec *d, size_t pos)
{
    if (d->ascii) return pos;
    return vm_utf8_count_range(d->s, 0, pos);
}

static Val size_val(size_t n) { return vm_int_from_u64((uint64_t)n); }

/* Raise json.JSONDecodeError(msg, doc, pos): pos a code point index (may
 * be -1: scanstring(s, 0) reports the quote "before" the text). */
static Val dec_error_cp(const Dec *d, const char *msg, int64_t pos)
{
    Val mod = vm_import_module("json.decoder");
    if (!mod) return NULL;
    Val cls = vm_getattr_cstr(mod, "JSONDecodeError");
    if (!cls) return NULL;
    Val m = vm_str_cstr(msg);
    if (!m) return NULL;
    Val p = vm_int_from_i64(pos);
    if (!p) return NULL;
    Val args[3] = {m, d->doc, p};
    Val exc = vm_call(cls, args, 3, NULL);
    if (!exc) return NULL;
    return vm_err_set_val(exc);
}

/* The same at byte offset pos. */
static Val dec_error(const Dec *d, const char *msg, size_t pos) { return dec_error_cp(d, msg, (int64_t)cp_pos(d, pos)); }

/* "Unterminated string starting at" the quote before byte offset start. */
static Val unterminated(const Dec *d, size_t start)
{
    return dec_error_cp(d, "Unterminated string starting at", (int64_t)cp_pos(d, start) - 1);
}

/* Raise StopIteration(pos): no value starts at pos. */
static Val stop_iteration_cp(size_t cp)
{
    Val p = size_val(cp);
    if (!p) return NULL;
    Val exc = vm_call1(VAL(&vm_exc_StopIteration), p);
    if (!exc) return NULL;
    return vm_err_set_val(exc);
}

static Val stop_iteration(const Dec *d, size_t pos) { return stop_iteration_cp(cp_pos(d, pos)); }

static inline bool is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(cr_span s, size_t i)
{
    while (i < s.len && is_ws(cr_span_at(s, i))) i++;
    return i;
}

static inline bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The four hex digits at s[i..i+3] (the caller checked they exist), or -1. */
static int32_t hex4(cr_span s, size_t i)
{
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = hexval(cr_span_at(s, i + k));
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* s continues at from with the ASCII word w. */
static bool word_at(cr_span s, size_t from, const char *w)
{
    cr_span ws = cr_span_cstr(w);
    if (from > s.len || s.len - from < ws.len) return false;
    return cr_span_eq(cr_span_sub(s, from, ws.len), ws);
}

/* Scan the body of a string whose opening quote is at start - 1.  On
 * success *next is the offset after the closing quote and either *raw is
 * set (no escapes: the text is s[start:*next-1], *ncp code points, *ascii)
 * or *raw is false and the decoded text is in b.  Returns false with
 * JSONDecodeError set. */
static bool scan_string_body(const Dec *d, size_t start, size_t *next, bool *raw, size_t *ncp,
                             bool *ascii, cr_buf *b)
{
    cr_span s = d->s;
    size_t i = start, count = 0;
    bool asc = true;
    /* Fast path: no escape before the closing quote. */
    for (;;) {
        if (i >= s.len) {
            unterminated(d, start);
            return false;
        }
        uint8_t c = cr_span_at(s, i);
        if (c == '"') {
            *next = i + 1;
            *raw = true;
            *ncp = count;
            *ascii = asc;
            return true;
        }
        if (c == '\\') break;
        if (c < 0x20 && d->strict) {
            dec_error(d, "Invalid control character at", i);
            return false;
        }
        if (c >= 0x80) {
            asc = false;
            if ((c & 0xC0) == 0x80) count--; /* continuation byte */
        }
        count++;
        i++;
    }
    /* Slow path: decode escapes into b. */
    *raw = false;
    cr_buf_init(b);
    size_t run = start; /* start of the literal text not yet copied */
    for (;;) {
        if (i >= s.len) {
            unterminated(d, start);
            return false;
        }
        uint8_t c = cr_span_at(s, i);
        if (c == '"') {
            cr_buf_append(b, cr_span_sub(s, run, i - run));
            *next = i + 1;
            return true;
        }
        if (c != '\\') {
            if (c < 0x20 && d->strict) {
                dec_error(d, "Invalid control character at", i);
                return false;
            }
            i++;
            continue;
        }
        cr_buf_append(b, cr_span_sub(s, run, i - run));
        i++; /* the escape character */
        if (i >= s.len) {
            unterminated(d, start);
            return false;
        }
        uint8_t e = cr_span_at(s, i);
        if (e != 'u') {
            uint8_t out;
            switch (e) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                dec_error(d, "Invalid \\escape", i - 1);
                return false;
            }
            cr_buf_byte(b, out);
            i++;
            run = i;
            continue;
        }
        /* \uXXXX: i is at the 'u'.  Like CPython, four digits and at least
         * one more character must follow. */
        if (i + 5 >= s.len) {
            dec_error(d, "Invalid \\uXXXX escape", i);
            return false;
        }
        int32_t cp = hex4(s, i + 1);
        if (cp < 0) {
            dec_error(d, "Invalid \\uXXXX escape", i);
            return false;
        }
        i += 5; /* after the digits */
        /* A high surrogate escape followed by a low one is one character. */
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.len && cr_span_at(s, i) == '\\' &&
            cr_span_at(s, i + 1) == 'u') {
            int32_t lo = hex4(s, i + 2);
            if (lo < 0) {
                dec_error(d, "Invalid \\uXXXX escape", i + 1);
                return false;
            }
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                i += 6;
            }
        }
        vm_sb_cp(b, (uint32_t)cp);
        run = i;
    }
}

static Val scan_string(const Dec *d, size_t start, size_t *next)
{
    bool raw, ascii;
    size_t ncp;
    cr_buf b;
    if (!scan_string_body(d, start, next, &raw, &ncp, &ascii, &b)) return NULL;
    if (raw) return vm_str_from_known(cr_span_sub(d->s, start, *next - 1 - start), ncp, ascii);
    return vm_str_from_buf(&b);
}

/* FNV-1a of the key's bytes, as a non-negative small int. */
static int64_t memo_hash(cr_span k)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < k.len; i++) {
        h ^= cr_span_at(k, i);
        h *= 1099511628211ULL;
    }
    return (int64_t)(h >> 4);
}

static bool memo_init(Dec *d)
{
    return cr_vals_resize(&d->memo_keys, MEMO_MIN, NULL) && cr_vals_resize(&d->memo_hashes, MEMO_MIN, NULL);
}

/* The slot of key text k (its entry or the empty slot where it belongs). */
static size_t memo_slot(const Dec *d, cr_span k, int64_t h)
{
    size_t mask = d->memo_keys.len - 1, i = (size_t)h & mask;
    for (;;) {
        Val e = cr_vals_get(&d->memo_keys, i);
        if (!e) return i;
        if (val_small(cr_vals_get(&d->memo_hashes, i)) == h && cr_span_eq(vm_str_span(e), k)) return i;
        i = (i + 1) & mask;
    }
}

static bool memo_grow(Dec *d)
{
    cr_vals old_k = d->memo_keys, old_h = d->memo_hashes;
    size_t n;
    if (!cr_mul_ok(old_k.len, 2, &n)) return false;
    cr_vals_init(&d->memo_keys);
    cr_vals_init(&d->memo_hashes);
    if (!cr_vals_resize(&d->memo_keys, n, NULL) || !cr_vals_resize(&d->memo_hashes, n, NULL)) return false;
    for (size_t i = 0; i < old_k.len; i++) {
        Val e = cr_vals_get(&old_k, i);
        if (!e) continue;
        Val hv = cr_vals_get(&old_h, i);
        size_t j = memo_slot(d, vm_str_span(e), val_small(hv));
        cr_vals_set(&d->memo_keys, j, e);
        cr_vals_set(&d->memo_hashes, j, hv);
    }
    return true;
}

/* The memoized key with text k; when new, made from b (the decoded text of
 * an escaped key) or from k itself. */
static Val memo_key(Dec *d, cr_span k, size_t ncp, bool ascii, cr_buf *b)
{
    /* Made on the first key: documents without objects need no memo. */
    if (d->memo_keys.len == 0 && !memo_init(d)) return vm_err_nomem();
    int64_t h = memo_hash(k);
    size_t i = memo_slot(d, k, h);
    Val e = cr_vals_get(&d->memo_keys, i);
    if (e) return e;
    Val key = b ? vm_str_from_buf(b) : vm_str_from_known(k, ncp, ascii);
    if (!key) return NULL;
    cr_vals_set(&d->memo_keys, i, key);
    cr_vals_set(&d->memo_hashes, i, val_from_small(h));
    d->memo_used++;
    if (d->memo_used * 2 > d->memo_keys.len && !memo_grow(d)) return vm_err_nomem();
    return key;
}

static Val scan_key(Dec *d, size_t start, size_t *next)
{
    bool raw, ascii;
    size_t ncp;
    cr_buf b;
    if (!scan_string_body(d, start, next, &raw, &ncp, &ascii, &b)) return NULL;
    if (raw) return memo_key(d, cr_span_sub(d->s, start, *next - 1 - start), ncp, ascii, NULL);
    if (b.failed) return vm_err_nomem();
    return memo_key(d, cr_buf_span(&b), 0, false, &b);
}

static Val scan_value(Dec *d, size_t idx, size_t *next);

static Val parse_object(Dec *d, size_t idx, size_t *next)
{
    cr_span s = d->s;
    Val pairs = NULL, obj = NULL;
    if (d->pairs_hook) pairs = vm_list_new(0);
    else obj = vm_dict_new();
    if (!pairs && !obj) return NULL;
    idx = skip_ws(s, idx);
    if (idx >= s.len || cr_span_at(s, idx) != '}') {
        for (;;) {
            if (idx >= s.len || cr_span_at(s, idx) != '"')
                return dec_error(d, "Expecting property name enclosed in double quotes", idx);
            Val key = scan_key(d, idx + 1, &idx);
            if (!key) return NULL;
            idx = skip_ws(s, idx);
            if (idx >= s.len || cr_span_at(s, idx) != ':') return dec_error(d, "Expecting ':' delimiter", idx);
            idx = skip_ws(s, idx + 1);
            Val v = scan_value(d, idx, &idx);
            if (!v) return NULL;
            if (pairs) {
                Val t = vm_tuple_pack(2, key, v);
                if (!t || vm_list_append(pairs, t) < 0) return NULL;
            } else if (vm_dict_set(obj, key, v) < 0) {
                return NULL;
            }
            idx = skip_ws(s, idx);
            if (idx < s.len && cr_span_at(s, idx) == '}') break;
            if (idx >= s.len || cr_span_at(s, idx) != ',') return dec_error(d, "Expecting ',' delimiter", idx);
            idx = skip_ws(s, idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) return vm_call1(d->pairs_hook, pairs);
    if (d->object_hook) return vm_call1(d->object_hook, obj);
    return obj;
}

static Val parse_array(Dec *d, size_t idx, size_t *next)
{
    cr_span s = d->s;
    Val list = vm_list_new(0);
    if (!list) return NULL;
    idx = skip_ws(s, idx);
    if (idx >= s.len || cr_span_at(s, idx) != ']') {
        for (;;) {
            Val v = scan_value(d, idx, &idx);
            if (!v || vm_list_append(list, v) < 0) return NULL;
            idx = skip_ws(s, idx);
            if (idx < s.len && cr_span_at(s, idx) == ']') break;
            if (idx >= s.len || cr_span_at(s, idx) != ',') return dec_error(d, "Expecting ',' delimiter", idx);
            idx = skip_ws(s, idx + 1);
        }
    }
    *next = idx + 1;
    return list;
}

/* A number at idx (CPython's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?,
 * each optional part taken only when complete). */
static Val match_number(Dec *d, size_t idx, size_t *next)
{
    cr_span s = d->s;
    size_t start = idx, i = idx;
    if (i < s.len && cr_span_at(s, i) == '-') i++;
    if (i >= s.len) return stop_iteration(d, start);
    uint8_t c = cr_span_at(s, i);
    if (c >= '1' && c <= '9') {
        i++;
        while (i < s.len && is_digit(cr_span_at(s, i))) i++;
    } else if (c == '0') {
        i++;
    } else {
        return stop_iteration(d, start);
    }
    bool is_float = false;
    if (i + 1 < s.len && cr_span_at(s, i) == '.' && is_digit(cr_span_at(s, i + 1))) {
        is_float = true;
        i += 2;
        while (i < s.len && is_digit(cr_span_at(s, i))) i++;
    }
    if (i + 1 < s.len && (cr_span_at(s, i) == 'e' || cr_span_at(s, i) == 'E')) {
        size_t k = i + 1;
        if (k + 1 < s.len && (cr_span_at(s, k) == '-' || cr_span_at(s, k) == '+')) k++;
        size_t digits = k;
        while (k < s.len && is_digit(cr_span_at(s, k))) k++;
        if (k > digits) {
            is_float = true;
            i = k;
        }
    }
    *next = i;
    cr_span text = cr_span_sub(s, start, i - start);
    Val custom = is_float ? d->parse_float : d->parse_int;
    if (custom) {
        Val numstr = vm_str_from_known(text, text.len, true);
        if (!numstr) return NULL;
        return vm_call1(custom, numstr);
    }
    if (is_float) {
        double v;
        if (!cr_strtod((const char *)text.ptr, text.len, 0, &v)) {
            return vm_err_str(&vm_exc_ValueError, "could not convert string to float"); /* unreachable */
        }
        return vm_float_new(v);
    }
    if (text.len <= 18) {
        int64_t v = 0;
        bool neg = cr_span_at(text, 0) == '-';
        for (size_t k = neg ? 1 : 0; k < text.len; k++) v = v * 10 + (cr_span_at(text, k) - '0');
        return vm_int_from_i64(neg ? -v : v);
    }
    return vm_int_from_text(text, 10, NULL);
}

static Val parse_constant(Dec *d, const char *name, size_t idx, size_t *next)
{
    Val n = vm_str_cstr(name);
    if (!n) return NULL;
    *next = idx + cr_span_cstr(name).len;
    return vm_call1(d->parse_constant, n);
}

static Val scan_value(Dec *d, size_t idx, size_t *next)
{
    cr_span s = d->s;
    if (idx >= s.len) return stop_iteration(d, idx);
    Val r;
    switch (cr_span_at(s, idx)) {
    case '"':
        return scan_string(d, idx + 1, next);
    case '{':
        if (!vm_enter_recursion(" while decoding a JSON object from a unicode string")) return NULL;
        r = parse_object(d, idx + 1, next);
        vm_leave_recursion();
        return r;
    case '[':
        if (!vm_enter_recursion(" while decoding a JSON array from a unicode string")) return NULL;
        r = parse_array(d, idx + 1, next);
        vm_leave_recursion();
        return r;
    case 'n':
        if (word_at(s, idx, "null")) {
            *next = idx + 4;
            return VM_None;
        }
        break;
    case 't':
        if (word_at(s, idx, "true")) {
            *next = idx + 4;
            return VM_True;
        }
        break;
    case 'f':
        if (word_at(s, idx, "false")) {
            *next = idx + 5;
            return VM_False;
        }
        break;
    case 'N':
        if (word_at(s, idx, "NaN")) return parse_constant(d, "NaN", idx, next);
        break;
    case 'I':
        if (word_at(s, idx, "Infinity")) return parse_constant(d, "Infinity", idx, next);
        break;
    case '-':
        if (word_at(s, idx, "-Infinity")) return parse_constant(d, "-Infinity", idx, next);
        break;
    default:
        break;
    }
    return match_number(d, idx, next);
}

static Val none_to_null(Val v) { return v == VM_None ? NULL : v; }

static void dec_setup(Dec *d, Val doc)
{
    d->doc = doc;
    d->s = vm_str_span(doc);
    d->ascii = vm_str_is_ascii(doc);
    cr_vals_init(&d->memo_keys); /* made on the first key (memo_key) */
    cr_vals_init(&d->memo_hashes);
    d->memo_used = 0;
}

/* scan_once(cfg, string, idx) */
static Val j_scan_once(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("scan_once", nargs, kwnames, 3, 3)) return NULL;
    Val cfg = args[0], doc = args[1];
    if (!vm_is_tuple(cfg) || vm_tuple_len(cfg) != 6) return vm_err_str(&vm_exc_TypeError, "scan_once: bad configuration");
    if (!vm_is_str(doc)) return vm_err_fmt(&vm_exc_TypeError, "first argument must be a string, not %.80s", vm_tname(doc));
    int64_t idx;
    if (!vm_as_ssize(args[2], &idx, NULL)) {
        /* CPython's Py_ssize_t converter message */
        if (vm_err_matches(&vm_exc_OverflowError)) {
            vm_err_clear();
            vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return NULL;
    }
    if (idx < 0) return vm_err_str(&vm_exc_ValueError, "idx cannot be negative");
    Dec d;
    int strict = vm_truthy(vm_tuple_get(cfg, 0));
    if (strict < 0) return NULL;
    d.strict = strict != 0;
    d.object_hook = none_to_null(vm_tuple_get(cfg, 1));
    d.pairs_hook = none_to_null(vm_tuple_get(cfg, 2));
    d.parse_float = vm_tuple_get(cfg, 3);
    if (d.parse_float == VAL(&vm_type_float)) d.parse_float = NULL;
    d.parse_int = vm_tuple_get(cfg, 4);
    if (d.parse_int == VAL(&vm_type_int)) d.parse_int = NULL;
    d.parse_constant = vm_tuple_get(cfg, 5);
    dec_setup(&d, doc);
    size_t ncp = vm_str_len(doc);
    if ((uint64_t)idx >= ncp) return stop_iteration_cp((size_t)idx);
    size_t start = d.ascii ? (size_t)idx : vm_str_byte_offset(doc, (size_t)idx);
    size_t end = start;
    Val v = scan_value(&d, start, &end);
    if (!v) return NULL;
    size_t end_cp = d.ascii ? end : (size_t)idx + vm_utf8_count_range(d.s, start, end);
    Val e = size_val(end_cp);
    if (!e) return NULL;
    return vm_tuple_pack(2, v, e);
}

/* scanstring(string, end, strict=True) */
static Val j_scanstring(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("scanstring", nargs, kwnames, 2, 3)) return NULL;
    Val doc = args[0];
    if (!vm_is_str(doc)) return vm_err_fmt(&vm_exc_TypeError, "first argument must be a string, not %.80s", vm_tname(doc));
    int64_t end;
    if (!vm_as_ssize(args[1], &end, &vm_exc_OverflowError)) return NULL;
    Dec d;
    d.strict = true;
    if (nargs > 2) {
        int t = vm_truthy(args[2]);
        if (t < 0) return NULL;
        d.strict = t != 0;
    }
    d.object_hook = d.pairs_hook = d.parse_float = d.parse_int = d.parse_constant = NULL;
    size_t ncp = vm_str_len(doc);
    if (end < 0 || (uint64_t)end > ncp) return vm_err_str(&vm_exc_ValueError, "end is out of bounds");
    dec_setup(&d, doc);
    size_t start = d.ascii ? (size_t)end : vm_str_byte_offset(doc, (size_t)end);
    size_t next = start;
    Val str = scan_string(&d, start, &next);
    if (!str) return NULL;
    size_t next_cp = d.ascii ? next : (size_t)end + vm_utf8_count_range(d.s, start, next);
    Val e = size_val(next_cp);
    if (!e) return NULL;
    return vm_tuple_pack(2, str, e);
}

/* ------------------------------------------------------------------ */
/* Encoder                                                             */

typedef struct {
    cr_buf out;
    bool ensure_ascii, allow_nan, sort_keys, skipkeys, pyish, check_circular;
    Val default_fn;
    cr_span indent;    /* valid when has_indent */
    bool has_indent;
    cr_span key_sep, item_sep;
    size_t level;      /* indentation level */
    cr_vals active;    /* containers being encoded (cycle detection) */
} Enc;

static const char hexdigits[] = "0123456789abcdef";

/* Bytes of a str that the ASCII encoder copies as they are. */
static bool plain_ascii(uint8_t c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }
static bool plain_utf8(uint8_t c) { return c >= 0x20 && c != '"' && c != '\\'; }

static void put_u4(cr_buf *b, uint32_t u)
{
    char t[6] = {'\\', 'u', hexdigits[(u >> 12) & 15], hexdigits[(u >> 8) & 15], hexdigits[(u >> 4) & 15],
                 hexdigits[u & 15]};
    cr_buf_append(b, cr_span_make(t, 6));
}

/* The JSON escape of the ASCII character c (not a plain one). */
static void put_escape(cr_buf *b, uint32_t c)
{
    const char *e = NULL;
    switch (c) {
    case '"': e = "\\\""; break;
    case '\\': e = "\\\\"; break;
    case '\n': e = "\\n"; break;
    case '\r': e = "\\r"; break;
    case '\t': e = "\\t"; break;
    case '\b': e = "\\b"; break;
    case '\f': e = "\\f"; break;
    default: break;
    }
    if (e) cr_buf_cstr(b, e);
    else put_u4(b, c);
}

/* The JSON string literal of str s, appended to b. */
static void put_string(cr_buf *b, Val s, bool ensure_ascii)
{
    cr_span t = vm_str_span(s);
    cr_buf_reserve(b, t.len + 2);
    cr_buf_byte(b, '"');
    size_t i = 0, run = 0;
    while (i < t.len) {
        uint8_t c = cr_span_at(t, i);
        if (ensure_ascii ? plain_ascii(c) : plain_utf8(c)) {
            i++;
            continue;
        }
        if (i > run) cr_buf_append(b, cr_span_sub(t, run, i - run));
        if (c < 0x80) {
            put_escape(b, c);
            i++;
        } else {
            uint32_t cp = cr_utf8_next(t, &i);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u4(b, 0xD800 | ((cp >> 10) & 0x3FF));
                put_u4(b, 0xDC00 | (cp & 0x3FF));
            } else {
                put_u4(b, cp);
            }
        }
        run = i;
    }
    if (i > run) cr_buf_append(b, cr_span_sub(t, run, i - run));
    cr_buf_byte(b, '"');
}

static Val string_arg(const char *fname, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "first argument must be a string, not %.80s", vm_tname(args[0]));
    return args[0];
}

static Val j_encode_basestring_ascii(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val s = string_arg("encode_basestring_ascii", args, nargs, kwnames);
    if (!s) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    put_string(&b, s, true);
    if (b.failed) return vm_err_nomem();
    return vm_str_from_known(cr_buf_span(&b), b.len, true);
}

static Val j_encode_basestring(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val s = string_arg("encode_basestring", args, nargs, kwnames);
    if (!s) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    put_string(&b, s, false);
    return vm_str_from_buf(&b);
}

static void put_i64(cr_buf *b, int64_t v)
{
    char t[24];
    size_t n = sizeof t;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        t[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) t[--n] = '-';
    cr_buf_append(b, cr_span_sub(cr_span_make(t, sizeof t), n, sizeof t - n));
}

/* int.__repr__ of any int (subclasses and IntEnum members included). */
static bool put_int(Enc *e, Val o)
{
    if (val_is_small(o)) {
        put_i64(&e->out, val_small(o));
        return true;
    }
    Val r = vm_int_repr(o);
    if (!r) return false;
    cr_buf_append(&e->out, vm_str_span(r));
    return true;
}

/* float.__repr__, or NaN / Infinity / -Infinity when allowed. */
static bool put_float(Enc *e, Val o)
{
    double v = vm_float_value(o);
    if (!cr_isfinite(v)) {
        if (!e->allow_nan) {
            if (!e->pyish) {
                vm_err_str(&vm_exc_ValueError, "Out of range float values are not JSON compliant");
            } else {
                Val r = vm_repr(o);
                if (r) vm_err_fmt(&vm_exc_ValueError, "Out of range float values are not JSON compliant: %U", r);
            }
            return false;
        }
        cr_buf_cstr(&e->out, cr_isnan(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        return true;
    }
    char t[CR_REPR_BUFSIZE];
    size_t n = cr_float_repr(v, t);
    cr_buf_append(&e->out, cr_span_make(t, n));
    return true;
}

static bool enc_value(Enc *e, Val o);

/* Cycle detection (CPython's markers): o must not be active already. */
static bool mark(Enc *e, Val o)
{
    if (!e->check_circular) return true;
    for (size_t i = e->active.len; i > 0; i--)
        if (cr_vals_get(&e->active, i - 1) == o) {
            vm_err_str(&vm_exc_ValueError, "Circular reference detected");
            return false;
        }
    if (!cr_vals_push(&e->active, o)) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static void unmark(Enc *e)
{
    if (e->check_circular && e->active.len) cr_vals_remove(&e->active, e->active.len - 1);
}

static void newline_indent(Enc *e)
{
    cr_buf_byte(&e->out, '\n');
    for (size_t i = 0; i < e->level; i++) cr_buf_append(&e->out, e->indent);
}

static void put_item_sep(Enc *e)
{
    cr_buf_append(&e->out, e->item_sep);
    if (e->has_indent) newline_indent(e);
}

/* The items of a list or tuple subclass, through its __iter__ (CPython's
 * PySequence_Fast and the pure-Python encoder both iterate them). */
static Val materialize(Val o)
{
    Val it = vm_iter(o);
    if (!it) return NULL;
    Val list = vm_list_new(0);
    if (!list) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : list;
        if (vm_list_append(list, x) < 0) return NULL;
    }
}

static bool enc_list(Enc *e, Val o)
{
    Val seq = o;
    bool exact = vm_is_type(o, &vm_type_list) || vm_is_type(o, &vm_type_tuple);
    if (!exact) {
        if (e->pyish) {
            /* `if not lst` of the pure-Python encoder. */
            int t = vm_truthy(o);
            if (t < 0) return false;
            if (!t) {
                cr_buf_cstr(&e->out, "[]");
                return true;
            }
        }
        seq = materialize(o);
        if (!seq) return false;
    }
    bool is_list = vm_is_list(seq);
    size_t n = is_list ? vm_list_len(seq) : vm_tuple_len(seq);
    if (n == 0) {
        cr_buf_cstr(&e->out, "[]");
        return true;
    }
    if (!mark(e, o)) return false;
    cr_buf_byte(&e->out, '[');
    if (e->has_indent) {
        e->level++;
        newline_indent(e);
    }
    for (size_t i = 0;; i++) {
        /* A list may change under default(): re-read its length. */
        if (i >= (is_list ? vm_list_len(seq) : n)) break;
        if (i) put_item_sep(e);
        if (!enc_value(e, is_list ? vm_list_get(seq, i) : vm_tuple_get(seq, i))) return false;
    }
    if (e->has_indent) {
        e->level--;
        newline_indent(e);
    }
    cr_buf_byte(&e->out, ']');
    unmark(e);
    return true;
}

/* The text of a dict key, or NULL with *skip set (skipkeys) or an error. */
static bool put_key(Enc *e, Val k, bool *skip)
{
    *skip = false;
    if (vm_is_str(k)) {
        put_string(&e->out, k, e->ensure_ascii);
        return true;
    }
    cr_buf *b = &e->out;
    size_t mark_len = b->len;
    cr_buf_byte(b, '"');
    bool ok = true;
    /* Appends that run out of memory mark the buffer failed; encode()
     * reports MemoryError at the end. */
    if (vm_is_float(k)) ok = put_float(e, k);
    else if (k == VM_True) cr_buf_cstr(b, "true");
    else if (k == VM_False) cr_buf_cstr(b, "false");
    else if (k == VM_None) cr_buf_cstr(b, "null");
    else if (vm_is_int(k)) ok = put_int(e, k);
    else {
        cr_buf_truncate(b, mark_len);
        if (e->skipkeys) {
            *skip = true;
            return true;
        }
        vm_err_fmt(&vm_exc_TypeError, "keys must be str, int, float, bool or None, not %s", vm_tname(k));
        return false;
    }
    if (!ok) return false;
    cr_buf_byte(b, '"');
    return true;
}

/* One key: value member (with the separator before it unless first). */
static bool enc_member(Enc *e, Val k, Val v, bool *first)
{
    size_t before = e->out.len;
    if (!*first) put_item_sep(e);
    bool skip;
    if (!put_key(e, k, &skip)) return false;
    if (skip) {
        cr_buf_truncate(&e->out, before);
        return true;
    }
    *first = false;
    cr_buf_append(&e->out, e->key_sep);
    return enc_value(e, v);
}

static bool enc_dict(Enc *e, Val o)
{
    bool exact = vm_is_type(o, &vm_type_dict);
    if (e->pyish && !exact) {
        int t = vm_truthy(o);
        if (t < 0) return false;
        if (!t) {
            cr_buf_cstr(&e->out, "{}");
            return true;
        }
    } else if (vm_dict_len(o) == 0) {
        cr_buf_cstr(&e->out, "{}");
        return true;
    }
    if (!mark(e, o)) return false;
    cr_buf_byte(&e->out, '{');
    if (e->has_indent) {
        e->level++;
        newline_indent(e);
    }
    bool first = true;
    if (exact && !e->sort_keys) {
        /* A snapshot of the items, as CPython's encoder takes. */
        size_t n = vm_dict_len(o), pos = 0, i = 0;
        cr_vals kv;
        size_t n2;
        if (!cr_mul_ok(n, 2, &n2) || !cr_vals_init_cap(&kv, n2)) {
            vm_err_nomem();
            return false;
        }
        Val k, v;
        while (i < n && vm_dict_next(o, &pos, &k, &v)) {
            cr_vals_push(&kv, k);
            cr_vals_push(&kv, v);
            i++;
        }
        for (size_t j = 0; j + 1 < kv.len; j += 2)
            if (!enc_member(e, cr_vals_get(&kv, j), cr_vals_get(&kv, j + 1), &first)) return false;
    } else {
        Val items;
        if (exact) {
            items = vm_list_new(0);
            if (!items) return false;
            size_t pos = 0;
            Val k, v;
            while (vm_dict_next(o, &pos, &k, &v)) {
                Val t = vm_tuple_pack(2, k, v);
                if (!t || vm_list_append(items, t) < 0) return false;
            }
        } else {
            Val view = vm_call_method(o, "items", NULL, 0);
            if (!view) return false;
            items = vm_list_from_iter(view);
            if (!items) return false;
        }
        if (e->sort_keys && vm_list_sort(items, NULL, false) < 0) return false;
        for (size_t i = 0; i < vm_list_len(items); i++) {
            Val t = vm_list_get(items, i);
            if (!vm_is_tuple(t) || vm_tuple_len(t) != 2) {
                vm_err_str(&vm_exc_ValueError, "items must return 2-tuples");
                return false;
            }
            if (!enc_member(e, vm_tuple_get(t, 0), vm_tuple_get(t, 1), &first)) return false;
        }
    }
    if (e->has_indent) {
        e->level--;
        newline_indent(e);
    }
    cr_buf_byte(&e->out, '}');
    unmark(e);
    return true;
}

static const char *enc_where(const Enc *e)
{
    return e->pyish ? " while calling a Python object" : " while encoding a JSON object";
}

static bool enc_value(Enc *e, Val o)
{
    /* Out of memory: stop at once (no more default() calls). */
    if (e->out.failed) {
        vm_err_nomem();
        return false;
    }
    if (o == VM_None || o == VM_True || o == VM_False) {
        cr_buf_cstr(&e->out, o == VM_None ? "null" : o == VM_True ? "true" : "false");
        return true;
    }
    if (vm_is_str(o)) {
        put_string(&e->out, o, e->ensure_ascii);
        return true;
    }
    if (vm_is_int(o)) return put_int(e, o);
    if (vm_is_float(o)) return put_float(e, o);
    bool ok;
    if (vm_is_list(o) || vm_is_tuple(o)) {
        if (!vm_enter_recursion(enc_where(e))) return false;
        ok = enc_list(e, o);
        vm_leave_recursion();
        return ok;
    }
    if (vm_is_dict(o)) {
        if (!vm_enter_recursion(enc_where(e))) return false;
        ok = enc_dict(e, o);
        vm_leave_recursion();
        return ok;
    }
    if (!mark(e, o)) return false;
    Val r = vm_call1(e->default_fn, o);
    if (!r) return false;
    if (!vm_enter_recursion(enc_where(e))) return false;
    ok = enc_value(e, r);
    vm_leave_recursion();
    if (!ok) return false;
    unmark(e);
    return true;
}

static bool cfg_flag(Val cfg, size_t i, bool *out)
{
    int t = vm_truthy(vm_tuple_get(cfg, i));
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

/* encode(obj, cfg) */
static Val j_encode(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("encode", nargs, kwnames, 2, 2)) return NULL;
    Val o = args[0], cfg = args[1];
    if (!vm_is_tuple(cfg) || vm_tuple_len(cfg) != 10) return vm_err_str(&vm_exc_TypeError, "encode: bad configuration");
    Enc e;
    cr_buf_init(&e.out);
    cr_vals_init(&e.active);
    e.level = 0;
    if (!cfg_flag(cfg, 0, &e.check_circular) || !cfg_flag(cfg, 2, &e.ensure_ascii) ||
        !cfg_flag(cfg, 3, &e.allow_nan) || !cfg_flag(cfg, 4, &e.sort_keys) || !cfg_flag(cfg, 5, &e.skipkeys) ||
        !cfg_flag(cfg, 9, &e.pyish))
        return NULL;
    e.default_fn = vm_tuple_get(cfg, 1);
    Val indent = vm_tuple_get(cfg, 6), ks = vm_tuple_get(cfg, 7), is = vm_tuple_get(cfg, 8);
    e.has_indent = indent != VM_None;
    if ((e.has_indent && !vm_is_str(indent)) || !vm_is_str(ks) || !vm_is_str(is))
        return vm_err_str(&vm_exc_TypeError, "encode: bad configuration");
    e.indent = e.has_indent ? vm_str_span(indent) : cr_span_make(NULL, 0);
    e.key_sep = vm_str_span(ks);
    e.item_sep = vm_str_span(is);
    if (!enc_value(&e, o)) return NULL;
    /* ASCII output (ensure_ascii and ASCII separators, the usual case) needs
     * no code point count. */
    if (e.ensure_ascii && vm_str_is_ascii(ks) && vm_str_is_ascii(is) && (!e.has_indent || vm_str_is_ascii(indent))) {
        if (e.out.failed) return vm_err_nomem();
        return vm_str_from_known(cr_buf_span(&e.out), e.out.len, true);
    }
    return vm_str_from_buf(&e.out);
}

/* ------------------------------------------------------------------ */

static const vm_methoddef json_functions[] = {
    {"scan_once", j_scan_once, 0, "scan_once(cfg, string, idx) -> (value, end)"},
    {"scanstring", j_scanstring, 0, "scanstring(string, end, strict=True) -> (string, end)"},
    {"encode_basestring_ascii", j_encode_basestring_ascii, 0, "encode_basestring_ascii(string) -> string"},
    {"encode_basestring", j_encode_basestring, 0, "encode_basestring(string) -> string"},
    {"encode", j_encode, 0, "encode(obj, cfg) -> str"},
    {NULL, NULL, 0, NULL},
};

static int json_init(Val module) { return vm_module_add_functions(module, json_functions); }

int md_json_register(void)
{
    vm_register_builtin_module("_json", json_init);
    return 0;
}
