/* Exact conversions between doubles and text (core layer, prefix cr_).
 *
 * Behaviour is CPython's (Python/dtoa.c + Python/pystrtod.c): repr() gives the
 * shortest string that reads back to the same double; 'e', 'f', 'g'
 * formatting is correctly rounded (ties to even on exact binary ties) with any
 * precision; parsing is correctly rounded (round half to even).
 *
 * The algorithms are exact: a small fixed-capacity big-number type is used
 * for digit generation (Steele-White / Burger-Dybvig free-format with the
 * shortest-digit stopping condition) and for the string -> double fall-back
 * (exact long division of the decimal value to 54 bits plus a sticky bit).
 * Nothing here allocates; all buffers are fixed-size and every loop is
 * bounded, so the file can be analysed with Frama-C EVA.
 */
#ifndef PYCLAVE_CORE_DTOA_H
#define PYCLAVE_CORE_DTOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The exact decimal expansion of a double has at most 767 significant
 * digits, so 800 digit slots hold any correctly rounded result. */
#define CR_DTOA_MAXDIGITS 800

enum { CR_DT_FINITE = 0, CR_DT_INF = 1, CR_DT_NAN = 2 };

typedef struct {
    char digits[CR_DTOA_MAXDIGITS + 2]; /* '0'..'9', no NUL, no trailing zeros */
    int ndigits;                        /* may be 0 (mode 3 rounding to zero) */
    int decpt;                          /* value = 0.DIGITS * 10**decpt */
    bool negative;                      /* sign bit (also for -0.0) */
    int kind;                           /* CR_DT_* */
} cr_dtoa_result;

/* Digit generation like _Py_dg_dtoa:
 *   mode 0: shortest digits that round-trip (ndigits ignored);
 *   mode 2: max(ndigits, 1) significant digits, correctly rounded;
 *   mode 3: ndigits digits after the decimal point (negative: rounded to a
 *           multiple of 10**-ndigits; ndigits >= -INT32_MAX, so that
 *           decpt = -ndigits below is an int).
 * Zero gives "0" with decpt 1.  In mode 3 a result that rounds to zero has
 * no digits and decpt = -ndigits.
 * (The ACSL contracts in this file are checked by `make verify`, target
 * dtoa: every call in the analysed code must meet the requires clauses,
 * every return the ensures clauses.) */
/*@ requires \valid(out);
    requires mode == 0 || mode == 2 || (mode == 3 && ndigits >= -INT32_MAX);
    ensures ndigits: 0 <= out->ndigits <= CR_DTOA_MAXDIGITS;
    ensures kind: out->kind == CR_DT_FINITE || out->kind == CR_DT_INF || out->kind == CR_DT_NAN; */
void cr_dtoa(double v, int mode, int64_t ndigits, cr_dtoa_result *out);

/* Flags of cr_double_to_string (as CPython's Py_DTSF_*). */
enum {
    CR_DTSF_SIGN = 1,      /* always add a sign */
    CR_DTSF_ADD_DOT_0 = 2, /* "1.0" rather than "1" */
    CR_DTSF_ALT = 4,       /* '#' alternate form: keep the point and zeros */
    CR_DTSF_NO_NEG_0 = 8,  /* 'z': negative zero (after rounding) prints as zero */
};

/* PyOS_double_to_string: code is one of 'e' 'E' 'f' 'F' 'g' 'G' 'r'
 * (precision must be 0 for 'r').  Writes at most cap bytes (no NUL) to out
 * and returns the length of the complete result; when that is > cap the
 * caller must call again with a large enough buffer.  *kind receives
 * CR_DT_*.  Returns 0 for an invalid code. */
/*@ requires \valid(out + (0 .. cap - 1));
    requires kind == \null || \valid(kind);
    ensures kind != \null ==> *kind == CR_DT_FINITE || *kind == CR_DT_INF || *kind == CR_DT_NAN; */
size_t cr_double_to_string(double v, char code, int64_t precision, unsigned flags,
                           char *out, size_t cap, int *kind);

/* repr(float): at most 24 characters ("-2.2250738585072014e-308"). */
#define CR_REPR_BUFSIZE 32
/*@ requires \valid(out + (0 .. CR_REPR_BUFSIZE - 1)); */
size_t cr_float_repr(double v, char out[CR_REPR_BUFSIZE]);

/* Upper bound of the length of cr_double_to_string's result. */
size_t cr_double_to_string_bound(double v, char code, int64_t precision);

/* ---- text -> double ---- */
enum { CR_STRTOD_UNDERSCORES = 1 }; /* allow '_' between digits (float(str)) */

/* Parse exactly s[0:len] as a float literal the way float() does after
 * stripping whitespace: [sign] digits [. digits] [e [sign] digits], or
 * [sign] inf / infinity / nan in any case.  Returns true and sets *out on
 * success; false for invalid syntax.  Overflow gives +-inf, underflow 0. */
/*@ requires \valid_read(s + (0 .. len - 1));
    requires \valid(out);
    ensures \result ==> \initialized(out); */
bool cr_strtod(const char *s, size_t len, unsigned flags, double *out);

/* Prefix parse for compilers/tokenizers: parse the longest valid decimal
 * literal (no sign, no inf/nan) at the start of s; returns bytes consumed
 * (0 if none). */
/*@ requires \valid_read(s + (0 .. len - 1));
    requires \valid(out);
    ensures consumed: \result <= len;
    ensures set: \result != 0 ==> \initialized(out); */
size_t cr_strtod_prefix(const char *s, size_t len, double *out);

/* PyOS_string_to_double(s, &end) as a prefix parse: [sign] decimal literal,
 * or [sign] inf / infinity / nan (any case).  Returns the bytes consumed,
 * 0 when there is no number at the start of s (complex() parsing). */
/*@ requires \valid_read(s + (0 .. len - 1));
    requires \valid(out);
    ensures consumed: \result <= len;
    ensures set: \result != 0 ==> \initialized(out); */
size_t cr_strtod_prefix_signed(const char *s, size_t len, double *out);

/* CPython's rule for underscores in numeric strings: each '_' between two
 * digits, none at the ends. */
/*@ requires \valid_read(s + (0 .. len - 1)); */
bool cr_underscores_ok(const char *s, size_t len);

/* float.hex(): at most 24 characters. */
#define CR_HEX_BUFSIZE 32
/*@ requires \valid(out + (0 .. CR_HEX_BUFSIZE - 1)); */
size_t cr_double_to_hex(double v, char out[CR_HEX_BUFSIZE]);

/* float.fromhex() of s[0:len] (whitespace around allowed). */
enum { CR_HEX_OK = 0, CR_HEX_INVALID = 1, CR_HEX_OVERFLOW = 2 };
/*@ requires \valid_read(s + (0 .. len - 1));
    requires \valid(out);
    ensures \result == CR_HEX_OK || \result == CR_HEX_INVALID || \result == CR_HEX_OVERFLOW;
    ensures \result == CR_HEX_OK ==> \initialized(out); */
int cr_hex_to_double(const char *s, size_t len, double *out);

/* Correctly rounded round(x, ndigits) as CPython's double_round (which
 * rounds through a decimal string).  *overflow is set when the result
 * overflows (CPython raises OverflowError "rounded value too large to
 * represent").  ndigits >= -INT32_MAX (float.__round__ passes -308..323). */
/*@ requires ndigits >= -INT32_MAX;
    requires \valid(overflow);
    ensures \initialized(overflow); */
double cr_double_round(double x, int ndigits, bool *overflow);

/* Bit-level helpers (no libm needed). */
uint64_t cr_double_bits(double d);
double cr_double_from_bits(uint64_t u);
/* Classification on the bits (no floating-point operation on a nan or an
 * infinity, which analysers report). */
static inline bool cr_isnan(double d) { return (cr_double_bits(d) << 1) > ((uint64_t)0x7ff << 53); }
static inline bool cr_isinf(double d) { return (cr_double_bits(d) << 1) == ((uint64_t)0x7ff << 53); }
static inline bool cr_isfinite(double d) { return ((cr_double_bits(d) >> 52) & 0x7ff) != 0x7ff; }

#endif
