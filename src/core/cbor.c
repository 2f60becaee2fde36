/* CBOR subset decoder/encoder (core layer): see core/cbor.h. */
#include "core/cbor.h"

const char *cr_cbor_strerror(int code)
{
    switch (code) {
    case CR_CBOR_OK: return "ok";
    case CR_CBOR_ETRUNC: return "truncated CBOR input";
    case CR_CBOR_EUNSUPPORTED: return "CBOR item outside the supported subset";
    case CR_CBOR_EMALFORMED: return "malformed CBOR";
    case CR_CBOR_EDEPTH: return "CBOR nested too deeply";
    case CR_CBOR_ETOOBIG: return "CBOR item too large";
    case CR_CBOR_ETRAILING: return "trailing bytes after CBOR item";
    default: return "unknown CBOR error";
    }
}

/* Move past n bytes that the caller checked are there (n <= len - pos).
 * The end is compared with len once more so that pos <= len is evident to
 * the analyser (it does not relate n and pos). */
static void advance(cr_cbor_reader *r, size_t n)
{
    size_t end = r->pos + n;
    if (end < r->pos || end > r->s.len) cr_panic_bounds();
    r->pos = end;
}

static bool take(cr_cbor_reader *r, size_t n, uint64_t *out)
{
    if (n > r->s.len - r->pos) return false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) v = (v << 8) | cr_span_at(r->s, r->pos + i);
    advance(r, n);
    *out = v;
    return true;
}

static double half_to_double(uint32_t h)
{
    /* RFC 8949 appendix D. */
    int exp = (int)((h >> 10) & 0x1f);
    uint32_t mant = h & 0x3ff;
    double val;
    if (exp == 0) {
        val = (double)mant / 16777216.0; /* mant * 2^-24 */
    } else if (exp != 31) {
        double m = (double)(mant + 1024);
        int e = exp - 25;
        val = m;
        for (; e > 0; e--) val *= 2.0;
        for (; e < 0; e++) val /= 2.0;
    } else {
        val = mant == 0 ? __builtin_inf() : __builtin_nan("");
    }
    return (h & 0x8000) ? -val : val;
}

int cr_cbor_next(cr_cbor_reader *r, cr_cbor_item *it)
{
    uint64_t ib;
    /* The item is fully defined even when an error is returned. */
    it->kind = -1;
    it->arg = 0;
    it->f = 0;
    it->data = cr_span_make(r->s.ptr, 0);
    if (!take(r, 1, &ib)) return CR_CBOR_ETRUNC;
    int major = (int)(ib >> 5);
    unsigned ai = (unsigned)(ib & 0x1f);
    uint64_t arg = ai;
    if (ai == 24 || ai == 25 || ai == 26 || ai == 27) {
        size_t n = (size_t)1 << (ai - 24);
        if (!take(r, n, &arg)) return CR_CBOR_ETRUNC;
    } else if (ai == 31) {
        return CR_CBOR_EUNSUPPORTED; /* indefinite length / break */
    } else if (ai > 27) {
        return CR_CBOR_EMALFORMED;
    }
    it->arg = arg;
    it->f = 0;
    it->data = cr_span_make(r->s.ptr, 0);
    switch (major) {
    case 0: case 1: case 4: case 5: case 6:
        it->kind = major;
        return CR_CBOR_OK;
    case 2: case 3:
        it->kind = major;
        if (arg > r->s.len - r->pos) return CR_CBOR_ETRUNC;
        it->data = cr_span_sub(r->s, r->pos, (size_t)arg);
        advance(r, (size_t)arg);
        return CR_CBOR_OK;
    default: break;
    }
    /* major 7 */
    if (ai == 20) it->kind = CR_CBOR_FALSE;
    else if (ai == 21) it->kind = CR_CBOR_TRUE;
    else if (ai == 22) it->kind = CR_CBOR_NULL;
    else if (ai == 25 || ai == 26 || ai == 27) {
        it->kind = CR_CBOR_FLOAT;
        if (ai == 25) {
            it->f = half_to_double((uint32_t)arg);
        } else if (ai == 26) {
            union {
                float f;
                uint32_t u;
            } x;
            x.u = (uint32_t)arg;
            it->f = x.f;
        } else {
            union {
                double d;
                uint64_t u;
            } x;
            x.u = arg;
            it->f = x.d;
        }
    } else {
        return CR_CBOR_EUNSUPPORTED;
    }
    return CR_CBOR_OK;
}

/* Iterative validation: a small explicit stack of "items still expected"
 * per open container, so hostile nesting cannot exhaust the C stack. */
int cr_cbor_validate(cr_span s, int max_depth, size_t max_items)
{
    if (max_depth > CR_CBOR_MAX_DEPTH) max_depth = CR_CBOR_MAX_DEPTH;
    /* Zeroed in full (not just level 0) so that every slot is initialised,
     * which the analyser sees without tracking the depth relation. */
    uint64_t pending[CR_CBOR_MAX_DEPTH + 1] = {0};
    bool is_tag[CR_CBOR_MAX_DEPTH + 1] = {false};
    uint64_t tagno[CR_CBOR_MAX_DEPTH + 1] = {0};
    int depth = 0;
    pending[0] = 1;
    cr_cbor_reader r = {s, 0};
    size_t items = 0;
    for (;;) {
        while (depth > 0 && pending[depth] == 0) depth--;
        if (pending[depth] == 0) break;
        pending[depth]--;
        cr_cbor_item it;
        int e = cr_cbor_next(&r, &it);
        if (e) return e;
        if (++items > max_items) return CR_CBOR_ETOOBIG;
        /* What a tag may wrap. */
        if (is_tag[depth]) {
            uint64_t t = tagno[depth];
            if ((t == 2 || t == 3) && it.kind != CR_CBOR_BYTES) return CR_CBOR_EUNSUPPORTED;
            if (t == CR_CBOR_TAG_TUPLE && it.kind != CR_CBOR_ARRAY) return CR_CBOR_EUNSUPPORTED;
        }
        uint64_t children = 0;
        if (it.kind == CR_CBOR_ARRAY) {
            children = it.arg;
        } else if (it.kind == CR_CBOR_MAP) {
            if (it.arg > UINT64_MAX / 2) return CR_CBOR_ETOOBIG;
            children = it.arg * 2;
        } else if (it.kind == CR_CBOR_TAG) {
            if (it.arg != 2 && it.arg != 3 && it.arg != CR_CBOR_TAG_TUPLE) return CR_CBOR_EUNSUPPORTED;
            children = 1;
        } else {
            continue;
        }
        /* Every child takes at least one byte. */
        if (children > s.len - r.pos) return CR_CBOR_ETRUNC;
        if (children == 0) continue;
        if (depth + 1 > max_depth) return CR_CBOR_EDEPTH;
        depth++;
        pending[depth] = children;
        is_tag[depth] = it.kind == CR_CBOR_TAG;
        tagno[depth] = it.arg;
    }
    if (r.pos != s.len) return CR_CBOR_ETRAILING;
    return CR_CBOR_OK;
}

/* ---- encoder ---- */

bool cr_cbor_put_head(cr_buf *b, int major, uint64_t arg)
{
    uint8_t m = (uint8_t)(major << 5);
    uint8_t bytes[9];
    size_t n;
    if (arg < 24) {
        bytes[0] = (uint8_t)(m | arg);
        n = 1;
    } else {
        size_t w = arg <= 0xff ? 1 : arg <= 0xffff ? 2 : arg <= 0xffffffffu ? 4 : 8;
        bytes[0] = (uint8_t)(m | (w == 1 ? 24 : w == 2 ? 25 : w == 4 ? 26 : 27));
        for (size_t i = 0; i < w; i++) bytes[1 + i] = (uint8_t)(arg >> (8 * (w - 1 - i)));
        n = 1 + w;
    }
    return cr_buf_append(b, cr_span_make(bytes, n));
}

bool cr_cbor_put_uint(cr_buf *b, uint64_t u) { return cr_cbor_put_head(b, 0, u); }

bool cr_cbor_put_int(cr_buf *b, int64_t i)
{
    if (i >= 0) return cr_cbor_put_head(b, 0, (uint64_t)i);
    return cr_cbor_put_head(b, 1, (uint64_t)(-(i + 1)));
}

bool cr_cbor_put_bytes(cr_buf *b, cr_span s) { return cr_cbor_put_head(b, 2, s.len) && cr_buf_append(b, s); }
bool cr_cbor_put_text(cr_buf *b, cr_span s) { return cr_cbor_put_head(b, 3, s.len) && cr_buf_append(b, s); }

bool cr_cbor_put_simple(cr_buf *b, int kind)
{
    uint8_t v = kind == CR_CBOR_FALSE ? 0xf4 : kind == CR_CBOR_TRUE ? 0xf5 : 0xf6;
    return cr_buf_byte(b, v);
}

bool cr_cbor_put_float(cr_buf *b, double d)
{
    union {
        double d;
        uint64_t u;
    } x;
    x.d = d;
    uint8_t bytes[9];
    bytes[0] = 0xfb;
    for (int i = 0; i < 8; i++) bytes[1 + i] = (uint8_t)(x.u >> (8 * (7 - i)));
    return cr_buf_append(b, cr_span_make(bytes, 9));
}
