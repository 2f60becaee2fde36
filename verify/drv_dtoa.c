/* Analysis driver for src/core/dtoa.c: every public function with any
 * double (from 64 unknown bits: NaNs, infinities, subnormals, -0.0), any
 * mode/precision/flags/format code (invalid codes included), output
 * buffers of every capacity up to CAPMAX, and text inputs of every length
 * up to MAXN with unknown bytes ending exactly at the end of their object.
 * Each group of calls is an independent analysis case (a table called
 * through one nondeterministic index); -DDRV_PART=i analyses case i alone.
 *
 * Sizes: `make verify` uses MAXN 24; the CI gate (verify/run.sh --ci)
 * passes -DDRV_MAXN=9 (every inf/nan word with a sign) for its time
 * budget.  Longer inputs take the same code paths (the digit buffers are
 * fixed-size, every read is checked against len).  Output capacities
 * 0..CAPMAX (16; CI: 8) each get their own state; larger capacities take
 * the same paths (each write is tested against the capacity). */
#include <limits.h>
#include <stdlib.h>
#include "__fc_builtin.h"
#include "core/dtoa.h"

#ifdef DRV_MAXN
#define MAXN DRV_MAXN
#else
#define MAXN 24
#endif
#ifdef DRV_CAPMAX
#define CAPMAX DRV_CAPMAX
#else
#define CAPMAX 16
#endif

static double any_double(void)
{
    union { uint64_t u; double d; } x;
    Frama_C_make_unknown((char *)&x.u, sizeof x.u);
    return x.d;
}

/* cr_dtoa in every mode and with every ndigits its contract allows. */
static void c_dtoa(void)
{
    static cr_dtoa_result r;
    int mode = Frama_C_nondet(Frama_C_nondet(0, 2), 3);
    int64_t nd = Frama_C_long_interval(mode == 3 ? -INT32_MAX : INT64_MIN, INT64_MAX);
    cr_dtoa(any_double(), mode, nd, &r);
}

/* Fixed-size outputs: objects of exactly the documented size. */
static void c_repr_hex(void)
{
    static char repr[CR_REPR_BUFSIZE], hex[CR_HEX_BUFSIZE];
    double v = any_double();
    cr_float_repr(v, repr);
    cr_double_to_hex(v, hex);
}

/* cr_double_to_string into a buffer of every capacity 0..CAPMAX, each its
 * own state in a fresh object of exactly cap bytes (so each write is
 * checked against that capacity), or NULL with capacity 0; kind NULL or
 * not.  (The writer's own contracts, writes within out[0:cap] for every
 * capacity, are also proved by WP in the same run.) */
static void c_to_string(void)
{
    double v = any_double();
    char code = (char)Frama_C_nondet(Frama_C_nondet(Frama_C_nondet('e', 'E'), Frama_C_nondet('f', 'F')),
                                     Frama_C_nondet(Frama_C_nondet('g', 'G'), Frama_C_nondet('r', 'x')));
    int64_t prec = code == 'r' ? 0 : Frama_C_long_interval(INT64_MIN, INT64_MAX);
    unsigned flags = Frama_C_unsigned_int_interval(0, 15);
    static int kind;
    int with_kind = Frama_C_nondet(0, 1);
    size_t cap = Frama_C_size_t_interval(0, CAPMAX);
    char *out;
    //@ split with_kind;
    //@ split cap;
    out = cap == 0 && Frama_C_nondet(0, 1) ? NULL : malloc(cap + (cap == 0));
    if (!out && cap != 0) return; /* malloc failed */
    cr_double_to_string(v, code, prec, flags, out, cap, with_kind ? &kind : NULL);
}

static void c_bound_round(void)
{
    double v = any_double();
    bool ovf;
    cr_double_to_string_bound(v, (char)Frama_C_char_interval(CHAR_MIN, CHAR_MAX),
                              Frama_C_long_interval(INT64_MIN, INT64_MAX));
    cr_double_round(v, Frama_C_int_interval(-INT32_MAX, INT32_MAX), &ovf);
}

static char text[MAXN];

/* Every parser on text of every length 0..MAXN (each length its own state),
 * unknown bytes ending exactly at the end of the object. */
static void c_from_text(void)
{
    size_t len = Frama_C_size_t_interval(0, MAXN);
    const char *s;
    double d;
    //@ split len;
    Frama_C_make_unknown(text, sizeof text);
    s = text + (MAXN - len);
    cr_strtod(s, len, Frama_C_unsigned_int_interval(0, 1), &d);
    cr_strtod_prefix(s, len, &d);
    cr_strtod_prefix_signed(s, len, &d);
    cr_underscores_ok(s, len);
    cr_hex_to_double(s, len, &d);
}

static void (*const cases[])(void) = {c_dtoa, c_repr_hex, c_to_string, c_bound_round, c_from_text};
#define NCASES (sizeof cases / sizeof cases[0])

int main(void)
{
#ifdef DRV_PART /* one case only (to measure or debug it) */
    cases[DRV_PART]();
#else
    cases[Frama_C_size_t_interval(0, NCASES - 1)]();
#endif
    return 0;
}
