/* The int and bool types (vm layer): representation and internal API.
 *
 * An int value is one of:
 *  - a tagged small int (core/val.h), for every exact int in
 *    CR_SMALL_MIN..CR_SMALL_MAX: results are always normalised, so an exact
 *    int in that range is never a heap object;
 *  - an IntObj of type int (a "big int"), allocated CR_NOSCAN with its limbs
 *    inline (digits points at inl);
 *  - an IntObj whose type is a subclass of int (class MyInt(int)), allocated
 *    CR_SCAN (its instance __dict__ is the dict field), with its limbs in a
 *    separate NOSCAN block; any value, small or not;
 *  - a bool: the static BoolObj vm_true_obj / vm_false_obj (object.h).
 * Every function here accepts all four.
 */
#ifndef PYCLAVE_VM_INT_H
#define PYCLAVE_VM_INT_H

#include "core/bigint.h"
#include "vm/object.h"

struct IntObj {
    Obj base;
    Val dict;        /* instance __dict__ of subclass instances (else NULL) */
    int32_t sign;    /* -1, 0, 1 */
    uint32_t unused;
    size_t n;        /* limbs in use: digits[n-1] != 0 unless n == 0 */
    cr_limb *digits; /* the magnitude, little-endian 32-bit limbs */
    cr_limb inl[];   /* exact big ints keep their limbs here */
};

#define VM_INT_DICT_OFFSET offsetof(struct IntObj, dict)

/* The int value of any int instance as an exact int (small or big); for an
 * exact int, v itself.  Never fails for ints except MemoryError. */
Val vm_int_exact(Val v);
/* An instance of int subclass t (bool excluded) holding the value of the
 * int intval.  For type.c and int.__new__. */
Val vm_int_subclass_new(Type *t, Val intval);

/* Arithmetic on ints (any kind, incl. bool and subclasses); a non-int
 * operand gives VM_NotImplemented.  Results are exact ints.  The
 * interpreter loop may call these directly for BINARY_OP. */
Val vm_int_add(Val a, Val b);
Val vm_int_sub(Val a, Val b);
Val vm_int_mul(Val a, Val b);
Val vm_int_floordiv(Val a, Val b);
Val vm_int_mod(Val a, Val b);
Val vm_int_truediv(Val a, Val b);
Val vm_int_divmod(Val a, Val b);
Val vm_int_pow(Val a, Val b);
Val vm_int_pow3(Val a, Val b, Val mod);
Val vm_int_lshift(Val a, Val b);
Val vm_int_rshift(Val a, Val b);
Val vm_int_and(Val a, Val b);
Val vm_int_or(Val a, Val b);
Val vm_int_xor(Val a, Val b);
Val vm_int_neg(Val a);
Val vm_int_invert(Val a);
Val vm_int_abs(Val a);
/* Rich comparison of two ints (VM_LT..VM_GE) as a bool; NotImplemented
 * for non-ints. */
Val vm_int_richcmp(Val a, Val b, int op);
/* Compare ints: -1, 0, 1 (both must be ints). */
int vm_int_compare(Val a, Val b);

/* Exact comparison of an int with a double (CPython's float_richcompare):
 * returns -1 (i < d), 0 (equal), 1 (i > d), or VM_INT_UNORDERED when d is
 * a NaN. */
#define VM_INT_UNORDERED 2
int vm_int_float_compare(Val i, double d);

/* int <-> text.  vm_int_from_text parses like int(obj, base) where the text
 * came from obj (a str, bytes or bytearray, used for the error message). */
Val vm_int_from_text(cr_span text, int base, Val obj);
/* decimal repr (with the int_max_str_digits limit). */
Val vm_int_repr(Val v);
/* True when v fits int64 (no exception). */
bool vm_int_fits_i64(Val v);
/* Number of significant bits of |v|. */
uint64_t vm_int_bit_length(Val v);

/* sys.get_int_max_str_digits / sys.set_int_max_str_digits: the limit (0 =
 * none) and its setter with CPython's checks (-1 + ValueError
 * "maxdigits must be 0 or larger than 640", OverflowError outside C int). */
extern int vm_int_max_str_digits;
#define VM_INT_MAX_STR_DIGITS_DEFAULT 4300
#define VM_INT_MAX_STR_DIGITS_THRESHOLD 640
int vm_int_set_max_str_digits(int64_t maxdigits);

/* Inline fast paths for two small ints (falling back to the full function). */
static inline Val vm_int_add_fast(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t r = val_small(a) + val_small(b);
        if (cr_small_fits(r)) return val_from_small(r);
    }
    return vm_int_add(a, b);
}
static inline Val vm_int_sub_fast(Val a, Val b)
{
    if (val_is_small(a) && val_is_small(b)) {
        int64_t r = val_small(a) - val_small(b);
        if (cr_small_fits(r)) return val_from_small(r);
    }
    return vm_int_sub(a, b);
}
static inline int vm_int_small_cmp(Val a, Val b)
{
    int64_t x = val_small(a), y = val_small(b);
    return (x > y) - (x < y);
}

#endif
