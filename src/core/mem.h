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
#ifdef PC_ANALYSIS
/*@ requires \true; */
#elif defined(PC_VERIFY_STACK_BYTES)
/*@ ensures too_big: heap_cap / 8192 > 4294967294 ==> \result == \false; */
#endif
bool cr_mem_init(size_t heap_cap, void *stack_base);

/* Contracts (ACSL, checked by Frama-C at every call and every return in the
 * analysed code, verify/).  The heap's
 * state (the arena, the roots, the flags) is private to mem.c, so the
 * contracts speak only of arguments and results: the requires hold for both
 * heaps; the arena build ensures the 16 bytes every block has at least
 * (the smallest size class): EVA is not relational, so it cannot tie the
 * block's extent to nbytes after the size classes are joined.  The analysis
 * allocator (PC_ANALYSIS, one object per block, verify/drv_buf.c etc.)
 * ensures the exact extent (see docs/SECURITY.md, section 1).  The
 * contracts are visible only where mem.c's body is analysed (the mem
 * target, PC_VERIFY_STACK_BYTES; the PC_ANALYSIS model): elsewhere
 * (freestanding, libm) the kernel would generate assigns clauses for the
 * bodiless prototypes that nothing proves. */
#ifdef PC_ANALYSIS
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    ensures \result == \null || \valid((char *)\result + (0 .. (nbytes == 0 ? 0 : nbytes - 1)));
*/
#elif defined(PC_VERIFY_STACK_BYTES)
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    ensures \result == \null || \valid((char *)\result + (0 .. 15)); */
#endif
void *cr_alloc(size_t nbytes, int kind);
/* nitems * itemsize with overflow check (NULL on overflow). */
#ifdef PC_ANALYSIS
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN; */
#elif defined(PC_VERIFY_STACK_BYTES)
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    ensures \result == \null || \valid((char *)\result + (0 .. 15)); */
#endif
void *cr_alloc_array(size_t nitems, size_t itemsize, int kind);
/* Grow or shrink a block allocated by cr_alloc; contents up to the smaller
 * size are kept, new bytes are zero.  The old block stays valid (it is just
 * garbage once unreferenced).  Returns NULL on failure, old block untouched. */
#ifdef PC_ANALYSIS
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    requires block == \null || \valid_read((char *)block + (0 .. old_nbytes - 1));
*/
#elif defined(PC_VERIFY_STACK_BYTES)
/*@ requires kind == CR_SCAN || kind == CR_NOSCAN;
    requires block == \null || \valid_read((char *)block + (0 .. old_nbytes - 1));
    ensures \result == \null || \valid((char *)\result + (0 .. 15)); */
#endif
void *cr_realloc(void *block, size_t old_nbytes, size_t new_nbytes, int kind);

/* Register a static slot (a global Val or pointer) as a root (at most
 * 4096 slots, then cr_panic). */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \valid_read((void **)slot_address); */
#endif
void cr_gc_add_root(void *slot_address);
/* Register a static memory range (e.g. the program's data and bss) that is
 * scanned conservatively at every collection (at most 16, then cr_panic). */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \valid_read((const char *)start + (0 .. (const char *)end - (const char *)start - 1)); */
#endif
void cr_gc_add_root_range(const void *start, const void *end);
/* Torture mode: collect at every n-th allocation (0 = off); n grows in
 * proportion to the live heap beyond 512 KiB (see mem.c).  Any argument. */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \true; */
#endif
void cr_gc_set_torture(unsigned every);
/* A collection (nothing before cr_mem_init, nothing while collecting). */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \true; */
#endif
void cr_gc_collect(void);
/* Collections inside allocation on (the default) or off. */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \true; */
#endif
void cr_gc_enable(bool on);
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \true; */
#endif
bool cr_gc_enabled(void);

typedef struct {
    size_t heap_cap, heap_used, live_after_last_gc, collections, allocations;
} cr_mem_stats;
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ requires \true; */
#endif
cr_mem_stats cr_mem_get_stats(void);

/* A broken internal invariant: stops the runtime cleanly (never returns). */
#if defined(PC_ANALYSIS) || defined(PC_VERIFY_STACK_BYTES)
/*@ assigns \nothing;
    ensures \false; */
#endif
_Noreturn void cr_panic(const char *why);

#endif
