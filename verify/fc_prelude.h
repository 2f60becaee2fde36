/* Frama-C prelude: force-included (-include) before every analysed file.
 *
 * The core uses a few GCC builtins that Frama-C 25 has no specification for.
 * Map each to the libc function (or Frama-C builtin) of identical semantics,
 * which EVA models precisely and checks (validity of every byte read or
 * written, initialisation, overlap for memcpy).  Nothing here weakens a
 * check: a call through these names is verified exactly as the builtin would
 * be if Frama-C knew it. */
#ifndef PC_FC_PRELUDE_H
#define PC_FC_PRELUDE_H
#include <string.h>
#include <math.h>
#include <stdint.h>
#include <stddef.h>
#include "__fc_gcc_builtins.h"

#define __builtin_memcpy memcpy
#define __builtin_memmove memmove
#define __builtin_memset memset
#define __builtin_memcmp memcmp
/* The core applies the type-generic overflow builtins to size_t only. */
#define __builtin_add_overflow(a, b, r) __builtin_uaddl_overflow((a), (b), (r))
#define __builtin_mul_overflow(a, b, r) __builtin_umull_overflow((a), (b), (r))
#define __builtin_inf() ((double)INFINITY)
#define __builtin_nan(s) ((double)NAN)
/* Reached only after the host's exit(), which does not return. */
#define __builtin_trap() Frama_C_abort_unreachable()
/*@ requires unreachable: \false;
    assigns \nothing;
    ensures \false; */
void Frama_C_abort_unreachable(void);
#define __builtin_unwind_init() ((void)0)

/* cr_panic (src/core/mem.c) reports and stops the runtime.  Targets other
 * than mem use this contract instead of its body (-eva-use-spec cr_panic):
 * the body is analysed in the mem target.  (No `requires` on the message:
 * its call sites in mem.c are not reached from the other drivers, and the
 * report would count that never-evaluated precondition as unproved.) */
/*@ assigns \nothing;
    ensures \false; */
_Noreturn void cr_panic(const char *why);
#endif
