/* The format-spec mini-language (vm layer): format(value, spec) for the
 * built-in int, float, complex and str types, exactly as CPython 3.11's
 * Python/formatter_unicode.c:
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
#ifndef PYCLAVE_VM_FMTSPEC_H
#define PYCLAVE_VM_FMTSPEC_H

#include "vm/object.h"

typedef struct {
    uint32_t fill;      /* a code point, default ' ' */
    uint32_t align;     /* '<' '>' '^' '=' */
    uint32_t sign;      /* 0, '+', '-', ' ' */
    bool no_neg_0;      /* 'z' */
    bool alternate;     /* '#' */
    int64_t width;      /* -1 when not given */
    int thousands;      /* 0, ',', '_' or VM_FMT_UNDER4 ('_' in b/o/x/X) */
    int64_t precision;  /* -1 when not given */
    uint32_t type;      /* 0 when not given (float, complex) */
} vm_fmtspec;

enum { VM_FMT_UNDER4 = 4 };

/* Parse spec (a str) for formatting obj (its type name goes into the error
 * messages).  false with ValueError set on a bad spec. */
bool vm_fmtspec_parse(Val spec, Val obj, uint32_t default_type, uint32_t default_align,
                      vm_fmtspec *out);

/* int.__format__ (ints and bools; e E f F g G % convert to float). */
Val vm_format_int(Val v, Val spec);
/* float.__format__: the object's type name is used in messages. */
Val vm_format_float_obj(Val v, Val spec);
/* The same for a plain double (messages say 'float'). */
Val vm_format_float(double d, Val spec);
/* str.__format__ */
Val vm_format_str(Val s, Val spec);
/* complex.__format__ */
Val vm_format_complex(Val v, Val spec);

/* PyOS_double_to_string as a str (code 'e' 'E' 'f' 'F' 'g' 'G' 'r', flags
 * CR_DTSF_* from core/dtoa.h); for %-formatting and repr.  NULL +
 * MemoryError when the result is too large. */
Val vm_double_to_str(double d, char code, int64_t precision, unsigned flags);
/* The same appended to a byte buffer; false when out of memory. */
bool vm_double_to_buf(cr_buf *b, double d, char code, int64_t precision, unsigned flags);

/* Pad the str s to width code points with fill, aligned '<' '>' '^'
 * (CPython's calc_padding/fill_padding); s itself when no padding is needed. */
Val vm_format_pad(Val s, int64_t width, uint32_t align, uint32_t fill);

#endif
