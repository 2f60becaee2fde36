/* The garbage-collected heap (core layer, prefix cr_).
 *
 * One fixed arena, reserved at start (its size is the heap cap).  Objects are
 * never moved.  The collector is a tracing mark-sweep collector that finds
 * roots conservatively: the C stack and registers of the running thread, and
 * the registered root slots.  Heap blocks are scanned conservatively too,
 * word by word, unless allocated with CR_NOSCAN, in which case only their
 * first word (an object's type pointer) is scanned.  A word that points into
 * (or just at) an allocated block keeps that block alive, so C code may hold
 * Vals and interior pointers in local variables across any call: a missed
 * root cannot become a use-after-free.
 *
 * Allocation returns zeroed memory, or NULL when the heap cap is reached (the
 * caller raises MemoryError).  There is no free: memory is reclaimed by the
 * collector only.  cr_gc_collect() may run inside any allocation.
 */
#ifndef PYCLAVE_CORE_MEM_H
#define PYCLAVE_CORE_MEM_H

#include "core/val.h"

enum { CR_SCAN = 0, CR_NOSCAN = 1 };

/* Initialise the heap with the given cap in bytes (memory comes from
 * cr_host_services->reserve); stack_base is the top of the outermost frame
 * that will call into the runtime: __builtin_frame_address(0) there, not the
 * address of one of its locals (functions inlined into that frame may keep
 * heap pointers in slots above any given local, which the scan would miss). */
bool cr_mem_init(size_t heap_cap, void *stack_base);

/* Contracts (ACSL, checked by Frama-C at every call in the analysed code,
 * verify/): the requires hold for both heaps; the ensures are those of the
 * analysis allocator (PC_ANALYSIS, one object per block), which the
 * single-arena analysis cannot state (see docs/SECURITY.md, section 1). */
#ifdef PC_ANALYSIS
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    ensures \result == \null || \valid((char *)\result + (0 .. (nbytes == 0 ? 0 : nbytes - 1)));
*/
#else
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN; */
#endif
void *cr_alloc(size_t nbytes, int kind);
/* nitems * itemsize with overflow check (NULL on overflow). */
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN; */
void *cr_alloc_array(size_t nitems, size_t itemsize, int kind);
/* Grow or shrink a block allocated by cr_alloc; contents up to the smaller
 * size are kept, new bytes are zero.  The old block stays valid (it is just
 * garbage once unreferenced).  Returns NULL on failure, old block untouched. */
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    requires block == \null || \valid_read((char *)block + (0 .. old_nbytes - 1));
*/
void *cr_realloc(void *block, size_t old_nbytes, size_t new_nbytes, int kind);

/* Register a static slot (a global Val or pointer) as a root. */
/*@ requires \valid_read((void **)slot_address); */
void cr_gc_add_root(void *slot_address);
/* Register a static memory range (e.g. the program's data and bss) that is
 * scanned conservatively at every collection. */
/*@ requires \valid_read((const char *)start + (0 .. (const char *)end - (const char *)start - 1)); */
void cr_gc_add_root_range(const void *start, const void *end);
/* Torture mode: collect at every n-th allocation (0 = off); n grows in
 * proportion to the live heap beyond 512 KiB (see mem.c). */
void cr_gc_set_torture(unsigned every);
void cr_gc_collect(void);
void cr_gc_enable(bool on);
bool cr_gc_enabled(void);

typedef struct {
    size_t heap_cap, heap_used, live_after_last_gc, collections, allocations;
} cr_mem_stats;
cr_mem_stats cr_mem_get_stats(void);

/* A broken internal invariant: stops the runtime cleanly (never returns). */
_Noreturn void cr_panic(const char *why);

#endif
