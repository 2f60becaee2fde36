/* Frama-C half of the planted test: the same one-byte overflow between two
 * adjacent GC objects, on the analysis build of core/mem.c (PC_ANALYSIS:
 * every block is its own malloc object).  Compiled with -DPLANT=1 (overflow)
 * or -DPLANT=2 (underflow), EVA must report an invalid access; without PLANT
 * (control) it must report no alarm. */
#include "verify/drv_common.h"

int main(void)
{
    int anchor;
    cr_mem_init((size_t)16 << 20, &anchor);
    unsigned char *a = cr_alloc(32, CR_NOSCAN);
    unsigned char *b = cr_alloc(32, CR_NOSCAN);
    if (!a || !b) return 2;
#if PLANT == 1
    a[32] = 0x41;
#elif PLANT == 2
    b[-1] = 0x41;
#else
    a[31] = 0x41;
    b[0] = 0x42;
#endif
    return 0;
}
