/* Python values <-> the CBOR call format (trusted side).  The bytes are
 * first validated by the core decoder (bounded depth and item count), then
 * turned into values; nothing here trusts the input. */
#include "core/cbor.h"
#include "enclave/convert.h"
#include "vm/float.h"
#include "vm/int.h"

static Val cbor_err(int code)
{
    return vm_err_fmt(&vm_exc_ValueError, "bad call arguments: %s", cr_cbor_strerror(code));
}

/* Big-endian magnitude bytes -> int, through hex text (bounded size). */
static Val int_from_magnitude(cr_span mag)
{
    if (mag.len > 65536) return vm_err_str(&vm_exc_ValueError, "bad call arguments: bignum too large");
    static const char hexd[] = "0123456789abcdef";
    cr_buf hex;
    cr_buf_init(&hex);
    if (!cr_buf_byte(&hex, '0')) return vm_err_nomem();
    for (size_t i = 0; i < mag.len; i++) {
        uint8_t c = cr_span_at(mag, i);
        if (!cr_buf_byte(&hex, (uint8_t)hexd[c >> 4]) || !cr_buf_byte(&hex, (uint8_t)hexd[c & 15]))
            return vm_err_nomem();
    }
    return vm_int_from_str(cr_buf_span(&hex), 16);
}

static Val decode(cr_cbor_reader *r);

static Val decode_array(cr_cbor_reader *r, uint64_t n, bool tuple)
{
    Val l = vm_list_new(0);
    if (!l) return NULL;
    for (uint64_t i = 0; i < n; i++) {
        Val x = decode(r);
        if (!x || vm_list_append(l, x) < 0) return NULL;
    }
    return tuple ? vm_list_as_tuple(l) : l;
}

static Val decode(cr_cbor_reader *r)
{
    cr_cbor_item it;
    int e = cr_cbor_next(r, &it);
    if (e) return cbor_err(e);
    switch (it.kind) {
    case CR_CBOR_UINT: return vm_int_from_u64(it.arg);
    case CR_CBOR_NEGINT: {
        /* -1 - arg, which may not fit in int64. */
        Val a = vm_int_from_u64(it.arg);
        if (!a) return NULL;
        Val neg = vm_unary(a, VM_UOP_NEG);
        return neg ? vm_binop(neg, val_from_small(1), VM_OP_SUB) : NULL;
    }
    case CR_CBOR_BYTES: return vm_bytes_new(it.data);
    case CR_CBOR_TEXT: return vm_str_decode_utf8(it.data, "strict");
    case CR_CBOR_ARRAY: return decode_array(r, it.arg, false);
    case CR_CBOR_MAP: {
        Val d = vm_dict_new();
        if (!d) return NULL;
        for (uint64_t i = 0; i < it.arg; i++) {
            Val k = decode(r);
            Val v = k ? decode(r) : NULL;
            if (!v || vm_dict_set(d, k, v) < 0) return NULL;
        }
        return d;
    }
    case CR_CBOR_TAG: {
        cr_cbor_item inner;
        if (it.arg == CR_CBOR_TAG_TUPLE) {
            e = cr_cbor_next(r, &inner);
            if (e) return cbor_err(e);
            if (inner.kind != CR_CBOR_ARRAY) return cbor_err(CR_CBOR_EUNSUPPORTED);
            return decode_array(r, inner.arg, true);
        }
        e = cr_cbor_next(r, &inner);
        if (e) return cbor_err(e);
        if (inner.kind != CR_CBOR_BYTES) return cbor_err(CR_CBOR_EUNSUPPORTED);
        Val m = int_from_magnitude(inner.data);
        if (!m || it.arg == 2) return m;
        Val neg = vm_unary(m, VM_UOP_NEG);
        return neg ? vm_binop(neg, val_from_small(1), VM_OP_SUB) : NULL;
    }
    case CR_CBOR_FALSE: return VM_False;
    case CR_CBOR_TRUE: return VM_True;
    case CR_CBOR_NULL: return VM_None;
    case CR_CBOR_FLOAT: return vm_float_new(it.f);
    default: return cbor_err(CR_CBOR_EUNSUPPORTED);
    }
}

Val en_cbor_decode(cr_span data)
{
    int e = cr_cbor_validate(data, EN_CBOR_MAX_DEPTH, EN_CBOR_MAX_ITEMS);
    if (e) return cbor_err(e);
    cr_cbor_reader r = {data, 0};
    return decode(&r);
}

/* ---- encoding ---- */

static int nomem(void)
{
    vm_err_nomem();
    return -1;
}

static int hexval(uint8_t c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

/* A non-negative int as a bignum byte string (big-endian magnitude). */
static int put_bignum(Val mag, bool negative, cr_buf *out)
{
    Val hex = vm_int_to_str(mag, 16);
    if (!hex) return -1;
    cr_span h = vm_str_span(hex);
    cr_buf bytes;
    cr_buf_init(&bytes);
    size_t i = 0;
    if (h.len % 2) {
        if (!cr_buf_byte(&bytes, (uint8_t)hexval(cr_span_at(h, 0)))) return nomem();
        i = 1;
    }
    for (; i + 1 < h.len + 1 && i < h.len; i += 2)
        if (!cr_buf_byte(&bytes, (uint8_t)(hexval(cr_span_at(h, i)) << 4 | hexval(cr_span_at(h, i + 1)))))
            return nomem();
    cr_span mb = cr_buf_span(&bytes);
    if (mb.len <= 8) {
        /* Preferred serialisation: up to 64 bits go in the head. */
        uint64_t u = 0;
        for (size_t k = 0; k < mb.len; k++) u = u << 8 | cr_span_at(mb, k);
        return cr_cbor_put_head(out, negative ? CR_CBOR_NEGINT : CR_CBOR_UINT, u) ? 0 : nomem();
    }
    if (!cr_cbor_put_head(out, CR_CBOR_TAG, negative ? 3 : 2) || !cr_cbor_put_bytes(out, mb))
        return nomem();
    return 0;
}

static int encode_int(Val v, cr_buf *out)
{
    int64_t i;
    if (vm_int_as_i64(v, &i) == 0) return cr_cbor_put_int(out, i) ? 0 : nomem();
    vm_err_clear();
    if (vm_int_sign(v) >= 0) return put_bignum(v, false, out);
    /* -1 - v */
    Val m = vm_unary(v, VM_UOP_NEG);
    m = m ? vm_binop(m, val_from_small(1), VM_OP_SUB) : NULL;
    return m ? put_bignum(m, true, out) : -1;
}

static int encode(Val v, cr_buf *out);

static int encode_seq(Val v, bool tuple, cr_buf *out)
{
    size_t n = tuple ? vm_tuple_len(v) : vm_list_len(v);
    if (tuple && !cr_cbor_put_head(out, CR_CBOR_TAG, CR_CBOR_TAG_TUPLE)) return nomem();
    if (!cr_cbor_put_head(out, CR_CBOR_ARRAY, n)) return nomem();
    for (size_t i = 0; i < n; i++) {
        /* A list may shrink while its items are converted (__index__ etc. do
         * not run here, but stay safe). */
        if (!tuple && i >= vm_list_len(v)) return vm_err_str(&vm_exc_RuntimeError, "list changed size during conversion"), -1;
        if (encode(tuple ? vm_tuple_get(v, i) : vm_list_get(v, i), out) < 0) return -1;
    }
    return 0;
}

static int encode_inner(Val v, cr_buf *out)
{
    if (v == VM_None) return cr_cbor_put_simple(out, CR_CBOR_NULL) ? 0 : nomem();
    if (v == VM_True || v == VM_False)
        return cr_cbor_put_simple(out, v == VM_True ? CR_CBOR_TRUE : CR_CBOR_FALSE) ? 0 : nomem();
    if (vm_is_int(v)) return encode_int(v, out);
    if (vm_is_float(v)) return cr_cbor_put_float(out, vm_float_value(v)) ? 0 : nomem();
    if (vm_is_str(v)) return cr_cbor_put_text(out, vm_str_span(v)) ? 0 : nomem();
    if (vm_isinstance_t(v, &vm_type_bytes) || vm_isinstance_t(v, &vm_type_bytearray))
        return cr_cbor_put_bytes(out, vm_bytes_span(v)) ? 0 : nomem();
    if (vm_is_tuple(v)) return encode_seq(v, true, out);
    if (vm_is_list(v)) return encode_seq(v, false, out);
    if (vm_is_dict(v)) {
        size_t n = vm_dict_len(v), pos = 0, count = 0;
        Val k, x;
        if (!cr_cbor_put_head(out, CR_CBOR_MAP, n)) return nomem();
        while (vm_dict_next(v, &pos, &k, &x)) {
            if (++count > n) break;
            if (encode(k, out) < 0 || encode(x, out) < 0) return -1;
        }
        if (count != n) {
            vm_err_str(&vm_exc_RuntimeError, "dictionary changed size during conversion");
            return -1;
        }
        return 0;
    }
    vm_err_fmt(&vm_exc_TypeError, "cannot return a value of type '%s' from an enclave call", vm_tname(v));
    return -1;
}

static int encode(Val v, cr_buf *out)
{
    if (!vm_enter_recursion(" while encoding a result")) return -1;
    int r = encode_inner(v, out);
    vm_leave_recursion();
    return r;
}

int en_cbor_encode(Val v, cr_buf *out) { return encode(v, out); }
