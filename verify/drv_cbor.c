/* Analysis driver for src/core/cbor.c (the enclave wire decoder): hostile
 * input of every length up to MAXN with unknown bytes, any depth and item
 * limits; the encoder with any arguments.  The input span ends exactly at
 * the end of its object, so a read one byte past it is an alarm. */
#define MAXN 12
#define DRV_BUF_MAXCAP 4
#include "verify/drv_bufstate.h"
#include "core/cbor.h"

static uint8_t wire[MAXN];

/* Each input length is analysed separately (the caller splits on it). */
static cr_span input_of_len(size_t len)
{
    drv_unknown(wire, sizeof wire);
    return cr_span_make(wire + (MAXN - len), len);
}

static void drv_decode(void)
{
    size_t len = Frama_C_size_t_interval(0, MAXN);
    //@ split len;
    cr_span s = input_of_len(len);
    cr_cbor_reader r = {s, 0};
    cr_cbor_item it;
    /* Walk the items the way src/enclave/convert.c does, until an error. */
    for (int i = 0; i < MAXN + 1; i++)
        if (cr_cbor_next(&r, &it) != CR_CBOR_OK) break;
}

static void drv_validate(void)
{
    size_t len = Frama_C_size_t_interval(0, MAXN);
    //@ split len;
    cr_span s = input_of_len(len);
    cr_cbor_validate(s, Frama_C_int_interval(INT32_MIN, INT32_MAX), Frama_C_size_t_interval(0, SIZE_MAX));
}

/* The encoder on every buffer state cr_buf_ok allows, any arguments. */
static uint8_t text[MAXN];
static void op_head(cr_buf *b)
{
    cr_cbor_put_head(b, Frama_C_int_interval(0, 7), Frama_C_unsigned_long_interval(0, UINT64_MAX));
}
static void op_uint(cr_buf *b) { cr_cbor_put_uint(b, Frama_C_unsigned_long_interval(0, UINT64_MAX)); }
static void op_int(cr_buf *b) { cr_cbor_put_int(b, Frama_C_long_interval(INT64_MIN, INT64_MAX)); }
static void op_bytes(cr_buf *b)
{
    size_t n = Frama_C_size_t_interval(0, MAXN);
    //@ split n;
    cr_cbor_put_bytes(b, cr_span_make(text + (MAXN - n), n));
}
static void op_text(cr_buf *b)
{
    size_t n = Frama_C_size_t_interval(0, MAXN);
    //@ split n;
    cr_cbor_put_text(b, cr_span_make(text + (MAXN - n), n));
}
static void op_simple(cr_buf *b) { cr_cbor_put_simple(b, Frama_C_int_interval(INT32_MIN, INT32_MAX)); }
static void op_float(cr_buf *b)
{
    uint64_t bits;
    drv_unknown(&bits, sizeof bits);
    cr_cbor_put_float(b, cr_double_from_bits_drv(bits));
}
static void c_head(void) { with_buf(op_head); }
static void c_uint(void) { with_buf(op_uint); }
static void c_int(void) { with_buf(op_int); }
static void c_bytes(void) { with_buf(op_bytes); }
static void c_text(void) { with_buf(op_text); }
static void c_simple(void) { with_buf(op_simple); }
static void c_float(void) { with_buf(op_float); }
static void c_strerror(void) { cr_cbor_strerror(Frama_C_int_interval(INT32_MIN, INT32_MAX)); }

/* Independent analysis cases (each from the initial state). */
static void (*const cases[])(void) = {
    drv_decode, drv_validate, c_strerror, c_head, c_uint, c_int, c_bytes, c_text, c_simple, c_float,
};
#define NCASES (sizeof cases / sizeof cases[0])

int main(void)
{
    int anchor;
    drv_init_heap(&anchor);
    drv_unknown(text, sizeof text);
#ifdef DRV_PART /* one case only (to measure or debug it) */
    cases[DRV_PART]();
#else
    cases[Frama_C_size_t_interval(0, NCASES - 1)]();
#endif
    return 0;
}
