/* Analysis driver for the arena allocator and collector of src/core/mem.c
 * (the production code, without PC_ANALYSIS): initialise a heap of any cap
 * up to 1 MiB, allocate blocks of any size (small classes and large runs)
 * and kind, store pointers between them, grow one with cr_realloc, register
 * roots, and collect.  Here the whole arena is one object (the blind spot
 * the per-object analysis build removes); what this run checks is that the
 * allocator's and collector's own accesses (page descriptors, bitmaps, mark
 * stack, free-run list) stay in bounds. */
#include "verify/drv_common.h"

static void *root;

int main(void)
{
    int anchor;
    if (!cr_mem_init(Frama_C_size_t_interval(0, (size_t)1 << 20), &anchor)) return 0;
    cr_gc_add_root(&root);
    void *prev = NULL;
    for (int i = 0; i < 4; i++) {
        size_t n = Frama_C_size_t_interval(0, 3 * 8192);
        void **p = cr_alloc(n, Frama_C_interval(CR_SCAN, CR_NOSCAN));
        if (!p) break;
        if (n >= sizeof(void *)) p[0] = prev; /* a heap pointer for the marker */
        prev = p;
    }
    root = prev;
    if (prev) {
        size_t n = Frama_C_size_t_interval(0, 64);
        cr_realloc(prev, Frama_C_size_t_interval(0, 8), n, CR_SCAN);
    }
    cr_gc_collect();
    cr_alloc(Frama_C_size_t_interval(0, 5000), CR_NOSCAN);
    cr_mem_get_stats();
    return 0;
}
