/* Floats and complex numbers (vm layer): internals shared by float.c,
 * complex.c and fmtspec.c beyond what object.h declares. */
#ifndef PYCLAVE_VM_FLOAT_H
#define PYCLAVE_VM_FLOAT_H

#include "vm/object.h"

typedef struct {
    Obj base;
    double real, imag;
} ComplexObj;

/* Make the float / complex types ready (called at start-up). */
void vm_float_types_ready(void);
void vm_complex_types_ready(void);

/* CPython's _Py_HashDouble(inst, d): a nan hashes by the identity of inst. */
int64_t vm_hash_double_obj(Val inst, double d);
/* CPython's _Py_HashPointer. */
int64_t vm_hash_pointer(Val v);

/* float(x) for a str / bytes / bytearray argument (whitespace, underscores,
 * Unicode digits as CPython); ValueError "could not convert string to
 * float: ..." on failure. */
Val vm_float_from_string(Val s);
/* float.__new__(type, x) */
Val vm_float_construct(Type *t, Val x);

Val vm_complex_new(double real, double imag);
static inline bool vm_is_complex(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_type_complex); }
/* The parts of a complex (or subclass instance); always true for those. */
bool vm_complex_parts(Val v, double *re, double *im);

/* (ar + ai j) ** (br + bi j) with complex_pow's rules and errors. */
Val vm_complex_pow_parts(double ar, double ai, double br, double bi);

/* Float arithmetic helpers shared with complex and the math module:
 * x ** y with CPython's float_pow rules; NULL with the exception set. */
Val vm_float_pow(double x, double y);
/* divmod for floats; false with ZeroDivisionError set. */
bool vm_float_divmod(double vx, double wx, double *div, double *mod);

#endif
