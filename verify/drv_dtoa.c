/* Analysis driver for src/core/dtoa.c: every public function with any
 * double (from 64 unknown bits: NaNs, infinities, subnormals, -0.0), any
 * mode/precision/flags/format code, output buffers of exactly the capacity
 * passed, and text inputs of every length up to MAXN with unknown bytes
 * ending exactly at the end of their object. */
#include <stdlib.h>
#include "__fc_builtin.h"
#include "core/dtoa.h"

#define MAXN 12

static double any_double(void)
{
    union { uint64_t u; double d; } x;
    Frama_C_make_unknown((char *)&x.u, sizeof x.u);
    return x.d;
}

static void to_text(void)
{
    double v = any_double();
    static cr_dtoa_result r;
    int mode = Frama_C_nondet(Frama_C_nondet(0, 2), 3);
    int64_t nd = Frama_C_long_interval(mode == 3 ? 0 : INT64_MIN, INT64_MAX);
    cr_dtoa(v, mode, nd, &r);
    static char repr[CR_REPR_BUFSIZE], hex[CR_HEX_BUFSIZE];
    cr_float_repr(v, repr);
    cr_double_to_hex(v, hex);
    char code = (char)Frama_C_nondet(Frama_C_nondet(Frama_C_nondet('e', 'E'), Frama_C_nondet('f', 'F')),
                                     Frama_C_nondet(Frama_C_nondet('g', 'G'), Frama_C_nondet('r', 'x')));
    int64_t prec = code == 'r' ? 0 : Frama_C_long_interval(INT64_MIN, INT64_MAX);
    unsigned flags = Frama_C_unsigned_int_interval(0, 15);
    size_t cap = Frama_C_size_t_interval(0, 4 * CR_DTOA_MAXDIGITS);
    char *out = malloc(cap); /* exactly cap bytes */
    int kind;
    if (out || cap == 0) cr_double_to_string(v, code, prec, flags, out, cap, &kind);
    cr_double_to_string_bound(v, code, prec);
    bool ovf;
    cr_double_round(v, Frama_C_int_interval(INT32_MIN, INT32_MAX), &ovf);
}

static char text[MAXN];

static void from_text(void)
{
    size_t len = Frama_C_size_t_interval(0, MAXN);
    //@ split len;
    Frama_C_make_unknown(text, sizeof text);
    const char *s = text + (MAXN - len);
    double d;
    cr_strtod(s, len, Frama_C_unsigned_int_interval(0, 1), &d);
    cr_strtod_prefix(s, len, &d);
    cr_strtod_prefix_signed(s, len, &d);
    cr_underscores_ok(s, len);
    cr_hex_to_double(s, len, &d);
}

int main(void)
{
    if (Frama_C_interval(0, 1)) to_text();
    else from_text();
    return 0;
}
