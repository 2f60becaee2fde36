/* Analysis driver for src/core/cbor.c (the enclave wire decoder): hostile
 * input of every length up to MAXN with unknown bytes, any depth and item
 * limits; the encoder with any arguments.  The input span ends exactly at
 * the end of its object, so a read one byte past it is an alarm. */
#include "verify/drv_common.h"
#include "core/cbor.h"

#define MAXN 12

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

static void drv_encode(void)
{
    static uint8_t text[MAXN];
    drv_unknown(text, sizeof text);
    cr_buf b;
    cr_buf_init(&b);
    cr_cbor_put_head(&b, Frama_C_int_interval(0, 7), Frama_C_unsigned_long_interval(0, UINT64_MAX));
    cr_cbor_put_uint(&b, Frama_C_unsigned_long_interval(0, UINT64_MAX));
    cr_cbor_put_int(&b, Frama_C_long_interval(INT64_MIN, INT64_MAX));
    size_t n = Frama_C_size_t_interval(0, MAXN);
    //@ split n;
    cr_cbor_put_bytes(&b, cr_span_make(text, n));
    cr_cbor_put_text(&b, cr_span_make(text, n));
    cr_cbor_put_simple(&b, Frama_C_int_interval(INT32_MIN, INT32_MAX));
    uint64_t bits;
    drv_unknown(&bits, sizeof bits);
    cr_cbor_put_float(&b, cr_double_from_bits_drv(bits));
}

int main(void)
{
    int anchor;
    drv_init_heap(&anchor);
    cr_cbor_strerror(Frama_C_int_interval(INT32_MIN, INT32_MAX));
    switch (Frama_C_interval(0, 2)) {
    case 0: drv_decode(); break;
    case 1: drv_validate(); break;
    default: drv_encode(); break;
    }
    return 0;
}
