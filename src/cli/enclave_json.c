/* JSON <-> CBOR conversion for `pyclave call` / `pyclave serve`
 * (untrusted side: plain libc). */
#include "cli/enclave_json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cbor.h"

void cli_bytes_put(cli_bytes *b, const void *data, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) cap *= 2;
        uint8_t *np = realloc(b->p, cap);
        if (!np) {
            fprintf(stderr, "pyclave: out of memory\n");
            exit(3);
        }
        b->p = np;
        b->cap = cap;
    }
    if (n) memcpy(b->p + b->len, data, n);
    b->len += n;
    b->p[b->len] = 0;
}

void cli_bytes_byte(cli_bytes *b, uint8_t c) { cli_bytes_put(b, &c, 1); }

/* ---- JSON parser ---- */

typedef struct {
    const char *s;
    size_t n, i;
    int depth;
    const char *err;
} jp;

static void ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r')) p->i++;
}

static jv *mk(int type)
{
    jv *v = calloc(1, sizeof *v);
    if (!v) exit(3);
    v->type = type;
    return v;
}

static void push_item(jv *v, jv *item, char *key, size_t keylen)
{
    v->items = realloc(v->items, (v->count + 1) * sizeof *v->items);
    v->keys = realloc(v->keys, (v->count + 1) * sizeof *v->keys);
    v->keylens = realloc(v->keylens, (v->count + 1) * sizeof *v->keylens);
    if (!v->items || !v->keys || !v->keylens) exit(3);
    v->items[v->count] = item;
    v->keys[v->count] = key;
    v->keylens[v->count] = keylen;
    v->count++;
}

static int hex4(jp *p, unsigned *out)
{
    if (p->i + 4 > p->n) return -1;
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->s[p->i++];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static void put_utf8(cli_bytes *b, unsigned cp)
{
    if (cp < 0x80) {
        cli_bytes_byte(b, (uint8_t)cp);
    } else if (cp < 0x800) {
        cli_bytes_byte(b, (uint8_t)(0xc0 | cp >> 6));
        cli_bytes_byte(b, (uint8_t)(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        cli_bytes_byte(b, (uint8_t)(0xe0 | cp >> 12));
        cli_bytes_byte(b, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        cli_bytes_byte(b, (uint8_t)(0x80 | (cp & 0x3f)));
    } else {
        cli_bytes_byte(b, (uint8_t)(0xf0 | cp >> 18));
        cli_bytes_byte(b, (uint8_t)(0x80 | ((cp >> 12) & 0x3f)));
        cli_bytes_byte(b, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
        cli_bytes_byte(b, (uint8_t)(0x80 | (cp & 0x3f)));
    }
}

static bool parse_string(jp *p, char **out, size_t *outlen)
{
    p->i++; /* opening quote */
    cli_bytes b = {0};
    cli_bytes_put(&b, "", 0);
    while (p->i < p->n) {
        unsigned char c = (unsigned char)p->s[p->i++];
        if (c == '"') {
            *out = (char *)b.p;
            *outlen = b.len;
            return true;
        }
        if (c < 0x20) break;
        if (c != '\\') {
            cli_bytes_byte(&b, c);
            continue;
        }
        if (p->i >= p->n) break;
        char e = p->s[p->i++];
        unsigned cp;
        switch (e) {
        case '"': cli_bytes_byte(&b, '"'); break;
        case '\\': cli_bytes_byte(&b, '\\'); break;
        case '/': cli_bytes_byte(&b, '/'); break;
        case 'b': cli_bytes_byte(&b, '\b'); break;
        case 'f': cli_bytes_byte(&b, '\f'); break;
        case 'n': cli_bytes_byte(&b, '\n'); break;
        case 'r': cli_bytes_byte(&b, '\r'); break;
        case 't': cli_bytes_byte(&b, '\t'); break;
        case 'u':
            if (hex4(p, &cp) < 0) goto bad;
            if (cp >= 0xd800 && cp < 0xdc00 && p->i + 6 <= p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
                size_t save = p->i;
                unsigned lo;
                p->i += 2;
                if (hex4(p, &lo) == 0 && lo >= 0xdc00 && lo < 0xe000) cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                else p->i = save;
            }
            if (cp >= 0xd800 && cp < 0xe000) {
                p->err = "lone surrogate in JSON string (not representable in the call format)";
                free(b.p);
                return false;
            }
            put_utf8(&b, cp);
            break;
        default: goto bad;
        }
    }
bad:
    free(b.p);
    p->err = "bad JSON string";
    return false;
}

static jv *parse_value(jp *p);

static jv *parse_number(jp *p)
{
    size_t start = p->i;
    bool is_float = false;
    if (p->s[p->i] == '-') p->i++;
    size_t digits = p->i;
    while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++;
    if (p->i == digits) {
        p->err = "bad JSON number";
        return NULL;
    }
    if (p->i < p->n && p->s[p->i] == '.') {
        is_float = true;
        p->i++;
        while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++;
    }
    if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
        is_float = true;
        p->i++;
        if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-')) p->i++;
        while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9') p->i++;
    }
    size_t len = p->i - start;
    char *text = malloc(len + 1);
    if (!text) exit(3);
    memcpy(text, p->s + start, len);
    text[len] = 0;
    jv *v = mk(is_float ? JV_FLOAT : JV_INT);
    if (is_float) {
        v->f = strtod(text, NULL);
        free(text);
    } else {
        v->s = text;
        v->n = len;
    }
    return v;
}

static bool lit(jp *p, const char *w)
{
    size_t k = strlen(w);
    if (p->i + k <= p->n && memcmp(p->s + p->i, w, k) == 0) {
        p->i += k;
        return true;
    }
    return false;
}

void cli_json_free(jv *v)
{
    if (!v) return;
    for (size_t i = 0; i < v->count; i++) {
        cli_json_free(v->items[i]);
        free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->keylens);
    free(v->s);
    free(v);
}

/* The members of an array or object up to its closing bracket (the opening
 * one is consumed); false with p->err set. */
static bool parse_members(jp *p, jv *v, bool obj)
{
    ws(p);
    if (p->i < p->n && p->s[p->i] == (obj ? '}' : ']')) {
        p->i++;
        return true;
    }
    for (;;) {
        char *key = NULL;
        size_t kl = 0;
        if (obj) {
            ws(p);
            if (p->i >= p->n || p->s[p->i] != '"' || !parse_string(p, &key, &kl)) {
                if (!p->err) p->err = "expected a string key in JSON object";
                return false;
            }
            ws(p);
            if (p->i >= p->n || p->s[p->i] != ':') {
                free(key);
                p->err = "expected ':' in JSON object";
                return false;
            }
            p->i++;
        }
        jv *item = parse_value(p);
        if (!item) {
            free(key);
            return false;
        }
        push_item(v, item, key, kl);
        ws(p);
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->i < p->n && p->s[p->i] == (obj ? '}' : ']')) {
            p->i++;
            return true;
        }
        p->err = obj ? "expected ',' or '}' in JSON object" : "expected ',' or ']' in JSON array";
        return false;
    }
}

static jv *parse_value(jp *p)
{
    ws(p);
    if (p->i >= p->n) {
        p->err = "unexpected end of JSON";
        return NULL;
    }
    if (++p->depth > 200) {
        p->err = "JSON nested too deeply";
        return NULL;
    }
    jv *v = NULL;
    char c = p->s[p->i];
    if (c == '{' || c == '[') {
        v = mk(c == '{' ? JV_OBJECT : JV_ARRAY);
        p->i++;
        if (!parse_members(p, v, c == '{')) {
            cli_json_free(v);
            return NULL;
        }
    } else if (c == '"') {
        v = mk(JV_STR);
        if (!parse_string(p, &v->s, &v->n)) {
            cli_json_free(v);
            return NULL;
        }
    } else if (lit(p, "-Infinity")) { /* before numbers: it starts with '-' */
        v = mk(JV_FLOAT);
        v->f = -INFINITY;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        v = parse_number(p);
    } else if (lit(p, "null")) {
        v = mk(JV_NULL);
    } else if (lit(p, "true")) {
        v = mk(JV_TRUE);
    } else if (lit(p, "false")) {
        v = mk(JV_FALSE);
    } else if (lit(p, "NaN")) {
        v = mk(JV_FLOAT);
        v->f = NAN;
    } else if (lit(p, "Infinity")) {
        v = mk(JV_FLOAT);
        v->f = INFINITY;
    } else {
        p->err = "invalid JSON";
    }
    p->depth--;
    return v;
}

jv *cli_json_parse(const char *text, size_t len, const char **err)
{
    jp p = {text, len, 0, 0, NULL};
    jv *v = parse_value(&p);
    if (v) {
        ws(&p);
        if (p.i != p.n) {
            cli_json_free(v);
            v = NULL;
            p.err = "extra data after JSON value";
        }
    }
    if (!v) *err = p.err ? p.err : "invalid JSON";
    return v;
}

jv *cli_json_get(const jv *obj, const char *key)
{
    if (!obj || obj->type != JV_OBJECT) return NULL;
    for (size_t i = 0; i < obj->count; i++)
        if (obj->keylens[i] == strlen(key) && memcmp(obj->keys[i], key, obj->keylens[i]) == 0) return obj->items[i];
    return NULL;
}

/* ---- base64 ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void cli_base64(cli_bytes *out, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], i + 1 < n ? b64[(v >> 6) & 63] : '=', i + 2 < n ? b64[v & 63] : '='};
        cli_bytes_put(out, q, 4);
    }
}

bool cli_unbase64(const char *s, size_t n, cli_bytes *out)
{
    uint32_t acc = 0;
    int bits = 0;
    size_t pad = 0;
    cli_bytes_put(out, "", 0);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '=') {
            pad++;
            continue;
        }
        if (pad) return false;
        const char *k = strchr(b64, c);
        if (!k || !c) return false;
        acc = acc << 6 | (uint32_t)(k - b64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            cli_bytes_byte(out, (uint8_t)(acc >> bits));
        }
    }
    return pad <= 2 && (n % 4 == 0 || pad == 0);
}

/* ---- JSON -> CBOR ---- */

/* Decimal digits -> big-endian magnitude bytes. */
static void decimal_to_bytes(const char *d, size_t n, cli_bytes *out)
{
    uint8_t *mag = calloc(n / 2 + 2, 1); /* little-endian base 256 */
    size_t len = 0;
    if (!mag) exit(3);
    for (size_t i = 0; i < n; i++) {
        unsigned carry = (unsigned)(d[i] - '0');
        for (size_t k = 0; k < len; k++) {
            unsigned v = mag[k] * 10u + carry;
            mag[k] = (uint8_t)v;
            carry = v >> 8;
        }
        while (carry) {
            mag[len++] = (uint8_t)carry;
            carry >>= 8;
        }
    }
    for (size_t k = len; k > 0; k--) cli_bytes_byte(out, mag[k - 1]);
    free(mag);
}

static void cb_head(cli_bytes *out, int major, uint64_t arg)
{
    uint8_t hb[9];
    /* Encoded by hand: the core encoder writes to cr_buf, which lives on the
     * GC heap, and the host side of the CLI does not start the runtime. */
    size_t n;
    uint8_t m = (uint8_t)(major << 5);
    if (arg < 24) {
        hb[0] = (uint8_t)(m | arg);
        n = 1;
    } else {
        size_t w = arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffffffu ? 4 : 8;
        hb[0] = (uint8_t)(m | (w == 1 ? 24 : w == 2 ? 25 : w == 4 ? 26 : 27));
        for (size_t i = 0; i < w; i++) hb[1 + i] = (uint8_t)(arg >> (8 * (w - 1 - i)));
        n = 1 + w;
    }
    cli_bytes_put(out, hb, n);
}

bool cli_json_to_cbor(const jv *v, cli_bytes *out, const char **err)
{
    switch (v->type) {
    case JV_NULL: cli_bytes_byte(out, 0xf6); return true;
    case JV_FALSE: cli_bytes_byte(out, 0xf4); return true;
    case JV_TRUE: cli_bytes_byte(out, 0xf5); return true;
    case JV_FLOAT: {
        union {
            double d;
            uint64_t u;
        } x;
        x.d = v->f;
        cli_bytes_byte(out, 0xfb);
        for (int i = 7; i >= 0; i--) cli_bytes_byte(out, (uint8_t)(x.u >> (8 * i)));
        return true;
    }
    case JV_INT: {
        bool neg = v->s[0] == '-';
        const char *d = v->s + neg;
        size_t n = v->n - neg;
        while (n > 1 && *d == '0') d++, n--;
        if (n <= 19) {
            uint64_t u = strtoull(d, NULL, 10);
            if (n < 19 || u <= 9223372036854775807ull) {
                if (!neg) cb_head(out, 0, u);
                else if (u == 0) cb_head(out, 0, 0);
                else cb_head(out, 1, u - 1);
                return true;
            }
        }
        /* Bignum: tag 2 (n) or 3 (-1 - n). */
        cli_bytes mag = {0};
        decimal_to_bytes(d, n, &mag);
        if (neg) { /* magnitude - 1 */
            for (size_t k = mag.len; k > 0; k--) {
                if (mag.p[k - 1]--) break;
            }
        }
        size_t skip = 0;
        while (skip < mag.len && mag.p[skip] == 0) skip++;
        cb_head(out, 6, neg ? 3 : 2);
        cb_head(out, 2, mag.len - skip);
        cli_bytes_put(out, mag.p + skip, mag.len - skip);
        free(mag.p);
        return true;
    }
    case JV_STR:
        cb_head(out, 3, v->n);
        cli_bytes_put(out, v->s, v->n);
        return true;
    case JV_ARRAY:
        cb_head(out, 4, v->count);
        for (size_t i = 0; i < v->count; i++)
            if (!cli_json_to_cbor(v->items[i], out, err)) return false;
        return true;
    case JV_OBJECT: {
        jv *b = cli_json_get(v, "$bytes");
        if (b && v->count == 1) {
            if (b->type != JV_STR) {
                *err = "\"$bytes\" must be a base64 string";
                return false;
            }
            cli_bytes raw = {0};
            if (!cli_unbase64(b->s, b->n, &raw)) {
                free(raw.p);
                *err = "bad base64 in \"$bytes\"";
                return false;
            }
            cb_head(out, 2, raw.len);
            cli_bytes_put(out, raw.p, raw.len);
            free(raw.p);
            return true;
        }
        jv *t = cli_json_get(v, "$tuple");
        if (t && v->count == 1) {
            if (t->type != JV_ARRAY) {
                *err = "\"$tuple\" must be an array";
                return false;
            }
            cb_head(out, 6, CR_CBOR_TAG_TUPLE);
            return cli_json_to_cbor(t, out, err);
        }
        cb_head(out, 5, v->count);
        for (size_t i = 0; i < v->count; i++) {
            cb_head(out, 3, v->keylens[i]);
            cli_bytes_put(out, v->keys[i], v->keylens[i]);
            if (!cli_json_to_cbor(v->items[i], out, err)) return false;
        }
        return true;
    }
    }
    *err = "bad JSON value";
    return false;
}

/* ---- CBOR -> JSON ---- */

void cli_json_string(cli_bytes *out, const char *s, size_t n)
{
    cli_bytes_byte(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        switch (c) {
        case '"': cli_bytes_put(out, "\\\"", 2); break;
        case '\\': cli_bytes_put(out, "\\\\", 2); break;
        case '\n': cli_bytes_put(out, "\\n", 2); break;
        case '\r': cli_bytes_put(out, "\\r", 2); break;
        case '\t': cli_bytes_put(out, "\\t", 2); break;
        case '\b': cli_bytes_put(out, "\\b", 2); break;
        case '\f': cli_bytes_put(out, "\\f", 2); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                snprintf(esc, sizeof esc, "\\u%04x", c);
                cli_bytes_put(out, esc, 6);
            } else {
                cli_bytes_byte(out, c);
            }
        }
    }
    cli_bytes_byte(out, '"');
}

/* Python's float repr: shortest round-trip digits, exponent form outside
 * 1e-4 <= |x| < 1e16; json.dumps spellings for the special values. */
static void put_float(cli_bytes *out, double d)
{
    if (isnan(d)) {
        cli_bytes_put(out, "NaN", 3);
        return;
    }
    if (isinf(d)) {
        if (d < 0) cli_bytes_put(out, "-Infinity", 9);
        else cli_bytes_put(out, "Infinity", 8);
        return;
    }
    char buf[64];
    int prec = 1;
    for (; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) break;
    }
    /* buf: [-]D[.DDD]e[+-]XX */
    char digits[32];
    size_t nd = 0;
    const char *q = buf;
    bool neg = *q == '-';
    if (neg) q++;
    for (; *q && *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    char res[80];
    size_t k = 0;
    if (neg) res[k++] = '-';
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            res[k++] = '0';
            res[k++] = '.';
            for (int z = -1; z > exp; z--) res[k++] = '0';
            for (size_t i = 0; i < nd; i++) res[k++] = digits[i];
        } else {
            for (int i = 0; i <= exp; i++) res[k++] = (size_t)i < nd ? digits[i] : '0';
            res[k++] = '.';
            if ((size_t)exp + 1 < nd)
                for (size_t i = (size_t)exp + 1; i < nd; i++) res[k++] = digits[i];
            else
                res[k++] = '0';
        }
        res[k] = 0;
    } else {
        res[k++] = digits[0];
        if (nd > 1) {
            res[k++] = '.';
            for (size_t i = 1; i < nd; i++) res[k++] = digits[i];
        }
        k += (size_t)snprintf(res + k, sizeof res - k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    cli_bytes_put(out, res, strlen(res));
}

/* Big-endian magnitude -> decimal digits. */
static void put_bignum(cli_bytes *out, cr_span mag, bool neg)
{
    size_t n = mag.len;
    uint8_t *m = malloc(n ? n : 1);
    if (!m) exit(3);
    if (n) memcpy(m, mag.ptr, n);
    if (neg) { /* -1 - n: add one to the magnitude */
        size_t k = n;
        for (; k > 0; k--)
            if (++m[k - 1] != 0) break;
        if (k == 0) {
            uint8_t *m2 = malloc(n + 1);
            if (!m2) exit(3);
            m2[0] = 1;
            memcpy(m2 + 1, m, n);
            free(m);
            m = m2;
            n++;
        }
    }
    char *dig = malloc(n * 3 + 2);
    size_t nd = 0;
    size_t start = 0;
    while (start < n && m[start] == 0) start++;
    while (start < n) {
        unsigned rem = 0;
        for (size_t i = start; i < n; i++) {
            unsigned v = rem * 256 + m[i];
            m[i] = (uint8_t)(v / 10);
            rem = v % 10;
        }
        dig[nd++] = (char)('0' + rem);
        while (start < n && m[start] == 0) start++;
    }
    if (nd == 0) dig[nd++] = '0';
    if (neg) cli_bytes_byte(out, '-');
    for (size_t i = nd; i > 0; i--) cli_bytes_byte(out, (uint8_t)dig[i - 1]);
    free(dig);
    free(m);
}

/* A map key that is not text becomes its JSON text inside a JSON string,
 * which escapes every quote and backslash of it again: each level of such
 * keys inside keys can double the size, so a small hostile result could
 * ask for gigabytes.  Deeper key nesting than this is refused. */
enum { MAX_KEY_NESTING = 4 };

static bool to_json(cr_cbor_reader *r, cli_bytes *out, int key_nesting)
{
    cr_cbor_item it;
    if (cr_cbor_next(r, &it) != CR_CBOR_OK) return false;
    char buf[32];
    switch (it.kind) {
    case CR_CBOR_UINT:
        snprintf(buf, sizeof buf, "%llu", (unsigned long long)it.arg);
        cli_bytes_put(out, buf, strlen(buf));
        return true;
    case CR_CBOR_NEGINT:
        if (it.arg == UINT64_MAX) snprintf(buf, sizeof buf, "-18446744073709551616");
        else snprintf(buf, sizeof buf, "-%llu", (unsigned long long)it.arg + 1);
        cli_bytes_put(out, buf, strlen(buf));
        return true;
    case CR_CBOR_BYTES:
        cli_bytes_put(out, "{\"$bytes\": \"", 12);
        cli_base64(out, it.data.ptr, it.data.len);
        cli_bytes_put(out, "\"}", 2);
        return true;
    case CR_CBOR_TEXT: cli_json_string(out, (const char *)it.data.ptr, it.data.len); return true;
    case CR_CBOR_ARRAY:
        cli_bytes_byte(out, '[');
        for (uint64_t i = 0; i < it.arg; i++) {
            if (i) cli_bytes_put(out, ", ", 2);
            if (!to_json(r, out, key_nesting)) return false;
        }
        cli_bytes_byte(out, ']');
        return true;
    case CR_CBOR_MAP:
        cli_bytes_byte(out, '{');
        for (uint64_t i = 0; i < it.arg; i++) {
            if (i) cli_bytes_put(out, ", ", 2);
            /* Keys: text as is, anything else as its JSON text in a string. */
            size_t save = r->pos;
            cr_cbor_item k;
            if (cr_cbor_next(r, &k) != CR_CBOR_OK) return false;
            if (k.kind == CR_CBOR_TEXT) {
                cli_json_string(out, (const char *)k.data.ptr, k.data.len);
            } else {
                r->pos = save;
                cli_bytes tmp = {0};
                if (key_nesting >= MAX_KEY_NESTING || !to_json(r, &tmp, key_nesting + 1)) {
                    free(tmp.p);
                    return false;
                }
                cli_json_string(out, (const char *)tmp.p, tmp.len);
                free(tmp.p);
            }
            cli_bytes_put(out, ": ", 2);
            if (!to_json(r, out, key_nesting)) return false;
        }
        cli_bytes_byte(out, '}');
        return true;
    case CR_CBOR_TAG:
        if (it.arg == CR_CBOR_TAG_TUPLE) {
            cli_bytes_put(out, "{\"$tuple\": ", 11);
            if (!to_json(r, out, key_nesting)) return false;
            cli_bytes_byte(out, '}');
            return true;
        } else {
            cr_cbor_item b;
            if (cr_cbor_next(r, &b) != CR_CBOR_OK || b.kind != CR_CBOR_BYTES) return false;
            put_bignum(out, b.data, it.arg == 3);
            return true;
        }
    case CR_CBOR_FALSE: cli_bytes_put(out, "false", 5); return true;
    case CR_CBOR_TRUE: cli_bytes_put(out, "true", 4); return true;
    case CR_CBOR_NULL: cli_bytes_put(out, "null", 4); return true;
    case CR_CBOR_FLOAT: put_float(out, it.f); return true;
    }
    return false;
}

bool cli_cbor_to_json(const uint8_t *p, size_t n, cli_bytes *out)
{
    cr_span s = cr_span_make(p, n);
    if (cr_cbor_validate(s, CR_CBOR_MAX_DEPTH, (size_t)1 << 24) != CR_CBOR_OK) return false;
    cr_cbor_reader r = {s, 0};
    return to_json(&r, out, 0);
}
