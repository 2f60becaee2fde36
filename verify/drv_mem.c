/* Analysis driver for the arena allocator and collector of src/core/mem.c
 * (the production code, without PC_ANALYSIS): the whole arena is one
 * object (the blind spot the per-object PC_ANALYSIS build removes); what
 * this run checks is that the allocator's and collector's own accesses
 * (page descriptors, bitmaps, mark stack, free-run list, block zeroing and
 * scanning, root slots and ranges) stay in bounds.
 *
 * - Heap cap: DRV_PAGES_MAX arena sizes (16 pages, the minimum, for every
 *   cap below 17 pages, up to 16 + DRV_PAGES_MAX - 1 pages) each as its own
 *   state, and every cap of more than MAX_PAGES pages (refused).  Caps in
 *   between are not enumerated: they differ only in the page count, and the
 *   arena must have an exact size for the analysis to bound page indices.
 * - cr_alloc / cr_alloc_array: any size 0..SIZE_MAX, either kind; the heap
 *   fills up, so the out-of-memory path and the collection inside
 *   allocation are reached.
 * - cr_realloc: with the collector off (collections are covered above) and
 *   the old and new sizes in ranges of one size class each (or one page
 *   count), every class as its own state, so the copy's length relates to
 *   both blocks.
 * - Roots: a registered slot, a registered range (its start unaligned),
 *   and the C stack, which under the analysis is the DRV_STACK_WORDS words
 *   below stack_base (PC_VERIFY_STACK_BYTES, see mem.c scan_stack): the
 *   real walk over the C stack is not analysed (docs/SECURITY.md).
 * - cr_gc_set_torture (any interval), cr_gc_enable (either), collect,
 *   stats, and the panics for too many roots / ranges. */
#include "verify/drv_common.h"

#ifndef DRV_PAGES_MAX
#define DRV_PAGES_MAX 2
#endif
#define DRV_STACK_WORDS 8
#define DRV_ALLOCS 3

static void *root;
static void *data[8];
static const size_t classes[] = {
    16,  32,  48,  64,  80,  96,  112, 128, 160, 192,  224,  256,  320,
    384, 448, 512, 640, 768, 896, 1024, 1360, 1632, 2048, 2720, 4096,
};
#define NCL (sizeof classes / sizeof classes[0])

/* A size in the range of size class k (k == NCL: one page of a large run,
 * k == NCL + 1: two pages), every k its own state. */
static size_t class_range_size(void)
{
    size_t k = Frama_C_size_t_interval(0, NCL + 1);
    //@ split k;
    if (k == 0) return Frama_C_size_t_interval(0, classes[0]);
    if (k < NCL) return Frama_C_size_t_interval(classes[k - 1] + 1, classes[k]);
    if (k == NCL) return Frama_C_size_t_interval(4097, 8192);
    return Frama_C_size_t_interval(8193, 16384);
}

static void realloc_case(void)
{
    cr_gc_enable(false);
    size_t old = class_range_size();
    void *b = cr_alloc(old, Frama_C_interval(CR_SCAN, CR_NOSCAN));
    if (!b) return;
    cr_realloc(b, old, class_range_size(), Frama_C_interval(CR_SCAN, CR_NOSCAN));
    cr_realloc(NULL, 0, Frama_C_size_t_interval(0, SIZE_MAX), CR_SCAN);
}

int main(void)
{
    uintptr_t stack[DRV_STACK_WORDS] = {0}; /* stands for the C stack */
    size_t cap;
    if (Frama_C_interval(0, 1)) {
        size_t pages = Frama_C_size_t_interval(16, 16 + DRV_PAGES_MAX - 1);
        //@ split pages;
        cap = pages == 16 ? Frama_C_size_t_interval(0, 17 * 8192 - 1)
                          : Frama_C_size_t_interval(pages * 8192, pages * 8192 + 8191);
    } else {
        /* Caps of more than MAX_PAGES (UINT32_MAX - 1) pages are refused. */
        cap = Frama_C_size_t_interval((size_t)UINT32_MAX * 8192, SIZE_MAX);
    }
    if (!cr_mem_init(cap, stack + DRV_STACK_WORDS)) return 0;
    cr_gc_add_root(&root);
    cr_gc_add_root_range((const char *)data + 1, data + 8);
    cr_gc_set_torture(Frama_C_unsigned_int_interval(0, 4));
    cr_gc_enable(Frama_C_interval(0, 1));
    if (Frama_C_interval(0, 1)) {
        realloc_case();
        return 0;
    }
    void *prev = NULL;
    for (int i = 0; i < DRV_ALLOCS; i++) {
        size_t n = Frama_C_size_t_interval(0, SIZE_MAX);
        void **p = cr_alloc(n, Frama_C_interval(CR_SCAN, CR_NOSCAN));
        if (!p) continue;
        p[0] = prev; /* every block has at least 16 bytes */
        prev = p;
        stack[i] = (uintptr_t)p;
        data[i] = p;
    }
    root = prev;
    cr_alloc_array(Frama_C_size_t_interval(0, SIZE_MAX), Frama_C_size_t_interval(0, SIZE_MAX), CR_NOSCAN);
    cr_gc_collect();
    cr_alloc(Frama_C_size_t_interval(0, 5000), CR_SCAN);
    cr_gc_collect();
    cr_mem_get_stats();
    cr_gc_enabled();
    /* Too many roots / ranges: cr_panic. */
    if (Frama_C_interval(0, 1)) {
        for (int i = 0; i < 4096; i++) cr_gc_add_root(&root);
    } else {
        for (int i = 0; i < 16; i++) cr_gc_add_root_range(data, data + 8);
    }
    return 0;
}
