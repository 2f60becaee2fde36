/* Analysis driver for the arena allocator and collector of src/core/mem.c
 * (the production code, without PC_ANALYSIS): the whole arena is one
 * object (the blind spot the per-object PC_ANALYSIS build removes); what
 * this run checks is that the allocator's and collector's own accesses
 * (page descriptors, bitmaps, mark stack, free-run list, block zeroing and
 * scanning, copies, root slots and ranges) stay in bounds, and the
 * contracts of core/mem.h.
 *
 * - Heap cap: every cap that gives an arena of 16 pages (0 .. 17 pages - 1
 *   byte: the minimum arena) and, in the full run, 17 pages
 *   (DRV_PAGES_MAX = 2), each its own state; every cap of more than
 *   MAX_PAGES pages (refused).  Caps in between are not enumerated: they
 *   differ only in the page count, and the arena must have an exact size
 *   for the analysis to bound page indices (docs/SECURITY.md).
 * - cr_alloc / cr_alloc_array: any size 0..SIZE_MAX (and any item count
 *   and size), either kind, DRV_ALLOCS times in a row, each block linked
 *   from the previous one and held in a root; the heap fills up, so the
 *   out-of-memory path, the collection inside allocation (threshold,
 *   torture interval, retry after a failed allocation) and the reuse of
 *   swept pages and free runs are reached.
 * - Collections: the roots are a registered slot, a registered range (its
 *   start unaligned), and the C stack, which under the analysis is the
 *   DRV_STACK_WORDS words below stack_base (PC_VERIFY_STACK_BYTES, see
 *   mem.c scan_stack): the real walk over the C stack is not analysed.
 *   Every word the collector reads from a root or a block is read through
 *   a volatile lvalue, i.e. as ANY 64-bit value, and classified by
 *   arena_offset (its contract, proved by WP): so marking is analysed for
 *   every possible word, pointer or not, not only for the driver's.  (So
 *   the driver stores no pointers in the blocks themselves: the words the
 *   collector reads there are covered whatever they are, and pointers
 *   stored at the imprecise offsets of the blocks would only fragment the
 *   analysis' model of the arena and slow it down.)
 * - cr_realloc (with the collector off: the collections inside cr_alloc
 *   are analysed in the allocation sequence): the new size in the range of each size class (and one or
 *   two pages of a large run), every class its own state, from a source
 *   outside the arena of any length its buffer allows, or from a block of
 *   the same class allocated just before (old and new sizes independent
 *   within the class), or from NULL with any sizes.
 * - cr_gc_set_torture (intervals 0..4), cr_gc_enable (either), stats, and
 *   the panics for too many roots / ranges. */
#include "verify/drv_common.h"

#ifndef DRV_PAGES_MAX
#define DRV_PAGES_MAX 2
#endif
#define DRV_STACK_WORDS 8
#ifndef DRV_ALLOCS
#define DRV_ALLOCS 3
#endif

static void *root;
static void *data[8];
static uint8_t src_buf[16384]; /* a realloc source outside the arena */
static const size_t classes[] = {
    16,  32,  48,  64,  80,  96,  112, 128, 160, 192,  224,  256,  320,
    384, 448, 512, 640, 768, 896, 1024, 1360, 1632, 2048, 2720, 4096,
};
#define NCL (sizeof classes / sizeof classes[0])

/* A size in the range of size class k (k == NCL: one page of a large run,
 * k == NCL + 1: two pages). */
static size_t class_range_size(size_t k)
{
    if (k == 0) return Frama_C_size_t_interval(0, classes[0]);
    if (k < NCL) return Frama_C_size_t_interval(classes[k - 1] + 1, classes[k]);
    if (k == NCL) return Frama_C_size_t_interval(4097, 8192);
    return Frama_C_size_t_interval(8193, 16384);
}

static int any_kind(void) { return Frama_C_interval(CR_SCAN, CR_NOSCAN); }

static void realloc_case(void)
{
    cr_gc_enable(false); /* collections inside cr_alloc: see main */
    size_t k = Frama_C_size_t_interval(0, NCL + 1);
    //@ split k;
    size_t nsz = class_range_size(k);
    switch (Frama_C_interval(0, 2)) {
    case 0: {
        size_t old = Frama_C_size_t_interval(0, sizeof src_buf);
        Frama_C_make_unknown((char *)src_buf, sizeof src_buf);
        cr_realloc(src_buf, old, nsz, any_kind());
        break;
    }
    case 1: {
        size_t old = class_range_size(k);
        void *b = cr_alloc(old, any_kind());
        if (b) cr_realloc(b, old, nsz, any_kind());
        break;
    }
    default:
        cr_realloc(NULL, Frama_C_size_t_interval(0, SIZE_MAX), Frama_C_size_t_interval(0, SIZE_MAX), any_kind());
        break;
    }
}

/* Allocations of any size and kind, collections in between (see above).
 * The stack array stands for the C stack (scan_stack under
 * PC_VERIFY_STACK_BYTES scans the 64 bytes below stack_base). */
static void alloc_sequence(uintptr_t *stack)
{
    /* Unrolled: each allocation is analysed once, from the heap the
     * previous ones left (no fixpoint over the heap's states). */
    //@ loop unroll DRV_ALLOCS;
    for (int i = 0; i < DRV_ALLOCS; i++) {
        uintptr_t *p = cr_alloc(Frama_C_size_t_interval(0, SIZE_MAX), any_kind());
        if (!p) continue;
        p[0] = p[1] = 0; /* every block has at least 16 bytes (cr_alloc's contract) */
        stack[i] = (uintptr_t)p;
        data[i] = p;
        root = p;
    }
    cr_alloc_array(Frama_C_size_t_interval(0, SIZE_MAX), Frama_C_size_t_interval(0, SIZE_MAX), any_kind());
    cr_gc_collect();
    stack[0] = 0;
    root = NULL;
    void *q = cr_alloc(Frama_C_size_t_interval(0, SIZE_MAX), any_kind());
    if (q) stack[1] = (uintptr_t)q;
    cr_gc_enable(true);
    cr_gc_collect();
    cr_mem_get_stats();
    cr_gc_enabled();
    /* Too many roots / ranges: cr_panic. */
    if (Frama_C_interval(0, 1)) {
        for (int i = 0; i < 4096; i++) cr_gc_add_root(&root);
    } else {
        for (int i = 0; i < 16; i++) cr_gc_add_root_range(data, data + 8);
    }
}

int main(void)
{
    uintptr_t stack[DRV_STACK_WORDS] = {0};
    if (Frama_C_interval(0, 1)) {
        /* Caps of more than MAX_PAGES (UINT32_MAX - 1) pages are refused
         * (cr_mem_init's postcondition too_big). */
        cr_mem_init(Frama_C_size_t_interval((size_t)UINT32_MAX * 8192, SIZE_MAX), stack + DRV_STACK_WORDS);
        return 0;
    }
    size_t pages = Frama_C_size_t_interval(16, 16 + DRV_PAGES_MAX - 1), cap;
    //@ split pages;
    cap = pages == 16 ? Frama_C_size_t_interval(0, 17 * 8192 - 1)
                             : Frama_C_size_t_interval(pages * 8192, pages * 8192 + 8191);
    if (!cr_mem_init(cap, stack + DRV_STACK_WORDS)) return 0; /* reserve failed */
    cr_gc_add_root(&root);
    cr_gc_add_root_range((const char *)data + 1, data + 8);
    cr_gc_set_torture(Frama_C_unsigned_int_interval(0, 4));
    cr_gc_enable(Frama_C_interval(0, 1));
    if (Frama_C_interval(0, 1)) realloc_case();
    else alloc_sequence(stack);
    return 0;
}
