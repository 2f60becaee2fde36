/* Value representation: one machine word.
 *
 * A Val is either a tagged small integer (low bit 1, the integer in the upper
 * 63 bits) or a pointer to a heap object (16-byte aligned, low bits 0), or
 * NULL, which never denotes a value: it is the error return ("an exception is
 * pending").  Val is a pointer to an incomplete struct so that it cannot be
 * dereferenced, cannot be mixed up with plain integers, and compares with ==.
 *
 * Only this header turns integers into pointers and back.
 */
#ifndef PYCLAVE_CORE_VAL_H
#define PYCLAVE_CORE_VAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct cr_opaque_value *Val;

/* Small ints hold 62 bits plus sign so that a + b of two small ints never
 * overflows int64_t before the range check. */
#define CR_SMALL_MAX ((int64_t)(((uint64_t)1 << 61) - 1))
#define CR_SMALL_MIN (-CR_SMALL_MAX - 1)

static inline bool val_is_small(Val v) { return ((uintptr_t)v & 1u) != 0; }
static inline int64_t val_small(Val v) { return (int64_t)(intptr_t)v >> 1; }
static inline bool cr_small_fits(int64_t i) { return i >= CR_SMALL_MIN && i <= CR_SMALL_MAX; }
/* Precondition: cr_small_fits(i). */
static inline Val val_from_small(int64_t i) { return (Val)(uintptr_t)(((uint64_t)i << 1) | 1u); }

#endif
