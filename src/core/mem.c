/* The garbage-collected heap: size-classed pages in one fixed arena,
 * non-moving mark-sweep, conservative roots.  See mem.h for the contract. */
#include "core/mem.h"

#include "core/host.h"

/* Instrumented builds.  An overflow that stays inside the one big arena is
 * invisible to ASan, valgrind and Frama-C alike, so:
 *  - PC_ASAN / PC_VALGRIND: free and never-allocated arena memory is poisoned
 *    (no access) and every block ends in a REDZONE-byte poisoned tail, so a
 *    one-byte overflow from one block into its neighbour is reported;
 *  - PC_ANALYSIS (Frama-C): every block is its own malloc object (EVA's
 *    allocation builtin), see the end of this file. */
#if defined(PC_ASAN)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define REDZONE 16u
#define NO_ASAN __attribute__((no_sanitize_address))
#elif defined(PC_VALGRIND)
#include <valgrind/memcheck.h>
#define POISON(p, n) ((void)VALGRIND_MAKE_MEM_NOACCESS((p), (n)))
#define UNPOISON(p, n) ((void)VALGRIND_MAKE_MEM_UNDEFINED((p), (n)))
#define REDZONE 16u
#define NO_ASAN
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define REDZONE 0u
#define NO_ASAN
#endif

#if defined(PC_ASAN) || defined(PC_VALGRIND)
/* Poisoning all of a 4 GB arena up front writes 512 MB of ASan shadow in
 * every process (0.7-1 s and 537 MB RSS for an empty script): instrumented
 * builds poison POISON_AHEAD pages past the high-water mark and more as it
 * rises (take_pages).  An access further than that beyond the highest page
 * ever used is no longer reported; everything that was ever handed out is. */
#define POISON_LAZILY 1
#define POISON_AHEAD ((size_t)4096)
#endif

#define PAGE_SHIFT 13
#define PAGE_SIZE ((size_t)1 << PAGE_SHIFT)
#define MAX_SLOTS (PAGE_SIZE / 16)
#define BITMAP_WORDS (MAX_SLOTS / 64)
#define MARK_STACK_CAP ((size_t)1 << 20)
#define MAX_ROOTS 4096
#define MAX_RANGES 16

enum { PG_FREE, PG_SMALL, PG_LARGE_HEAD, PG_LARGE_CONT };

static const uint32_t size_classes[] = {
    16,  32,  48,  64,  80,  96,  112, 128, 160, 192,  224,  256,  320,
    384, 448, 512, 640, 768, 896, 1024, 1360, 1632, 2048, 2720, 4096,
};
#define NCLASSES (sizeof size_classes / sizeof size_classes[0])
#define SMALL_MAX 4096u

typedef struct {
    uint8_t kind;
    uint8_t cls;
    uint16_t nslots;
    uint32_t next;   /* next page with free slots of this class, or UINT32_MAX */
    uint32_t npages; /* large head: pages in the run; cont: index of the head */
    uint16_t used;   /* allocated slots (small) */
    bool in_list;
    bool small_noscan; /* small page: its blocks are CR_NOSCAN (pages are per kind) */
    bool large_marked, large_noscan;
} page_desc;

/* The slot bitmaps of a small page, in an array of their own beside the
 * page_desc array (same index): a bitmap word written at an index the
 * analysis knows only as a range can then only be confused with other
 * bitmap words, never with a page's kind, class or flags. */
typedef struct {
    uint64_t alloc[BITMAP_WORDS];  /* allocated slots */
    uint64_t mark[BITMAP_WORDS];   /* marked in this collection */
    uint64_t noscan[BITMAP_WORDS]; /* CR_NOSCAN slots */
} page_bits;

static struct {
    uint8_t *pages;       /* first page, PAGE_SIZE aligned */
    size_t npages;        /* pages in the arena */
    size_t hwm;           /* pages [0, hwm) have been handed out at least once */
#ifdef POISON_LAZILY
    size_t poisoned; /* pages [0, poisoned) have been poisoned (>= hwm) */
#endif
    page_desc *desc;
    page_bits *bits;      /* bits[i]: the bitmaps of page i */
    uintptr_t *mark_stack;
    size_t mark_top;
    bool mark_overflow;
    uint32_t class_pages[2][NCLASSES]; /* [kind][class]: pages with free slots */
    uint8_t *stack_base;
    void **roots[MAX_ROOTS];
    size_t nroots;
    const uint8_t *range_lo[MAX_RANGES], *range_hi[MAX_RANGES];
    size_t nranges;
    size_t used_bytes, since_gc, threshold, live_after;
    size_t collections, allocations;
    unsigned torture, torture_count;
    bool enabled, collecting;
    size_t heap_cap;
} H;

#define NO_PAGE UINT32_MAX

_Noreturn void cr_panic(const char *why)
{
    static const char prefix[] = "Fatal Pyclave error: ";
    if (cr_host_services && cr_host_services->write) {
        size_t n = 0;
        while (why[n]) n++;
        cr_host_services->write(CR_STDERR, prefix, sizeof prefix - 1);
        cr_host_services->write(CR_STDERR, why, n);
        cr_host_services->write(CR_STDERR, "\n", 1);
    }
    if (cr_host_services && cr_host_services->exit) cr_host_services->exit(70);
    __builtin_trap();
}

#if !defined(PC_ANALYSIS)

/* Page indices are stored in uint32_t fields (NO_PAGE is UINT32_MAX), so an
 * arena has fewer pages than that; the bound also keeps every size computed
 * from the page count far from overflowing size_t. */
#define MAX_PAGES ((size_t)UINT32_MAX - 1)

static size_t class_of(size_t n)
{
    size_t lo = 0, hi = NCLASSES - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (size_classes[mid] >= n) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* Size class for a request of n bytes (n <= SMALL_MAX) is
 * class_for16[(n + 15) / 16]: a table instead of a search per allocation. */
static uint8_t class_for16[SMALL_MAX / 16 + 1];

/* Allocation cursors, one per (kind, class): the page at the head of that
 * class list and the still-free slots of one of its bitmap words, so that
 * most allocations take a bit from a word without searching.  Every sweep
 * resets them (the lists are rebuilt). */
typedef struct {
    uint32_t page; /* NO_PAGE: none */
    uint32_t word; /* bitmap word the free bits come from */
    uint64_t free; /* free slots of that word not yet handed out */
} alloc_cursor;
static alloc_cursor CUR[2][NCLASSES];

static void reset_cursors(void)
{
    for (size_t k = 0; k < 2; k++)
        for (size_t c = 0; c < NCLASSES; c++) {
            H.class_pages[k][c] = NO_PAGE;
            CUR[k][c].page = NO_PAGE;
            CUR[k][c].word = 0;
            CUR[k][c].free = 0;
        }
}

/* ---- addresses as integers ----
 * The collector classifies arbitrary words (stack slots, block contents) as
 * arena addresses or not.  That is integer arithmetic on addresses, done in
 * these two functions only; the rest of the collector works with arena
 * offsets and page indices that it bounds-checks itself.  Frama-C uses
 * their contracts (proved by WP) instead of their bodies: see
 * docs/SECURITY.md, section 1, "mem". */

/* Bytes from address a up to the next multiple of align. */
/*@ requires align > 0;
    assigns \result \from indirect: a, indirect: align;
    ensures \result < align; */
static inline size_t pad_to(uintptr_t a, size_t align)
{
    return (size_t)((0 - a) % align);
}

/* The offset of address w from the first page if w lies in the pages
 * handed out so far ([0, hwm)), else SIZE_MAX. */
/*@ requires H.hwm <= MAX_PAGES;
    assigns \result \from indirect: w, indirect: H.pages, indirect: H.hwm;
    ensures in_arena: \result != SIZE_MAX ==> \result < H.hwm * PAGE_SIZE; */
static inline size_t arena_offset(uintptr_t w)
{
    uintptr_t off = w - (uintptr_t)H.pages;
    return off < H.hwm * PAGE_SIZE ? (size_t)off : SIZE_MAX;
}

bool cr_mem_init(size_t heap_cap, void *stack_base)
{
    if (!cr_host_services || !cr_host_services->reserve) return false;
    size_t npages = heap_cap / PAGE_SIZE;
    if (npages < 16) npages = 16;
    if (npages > MAX_PAGES) return false;
    /* desc_bytes is a multiple of 8: the bitmaps after it are aligned. */
    size_t desc_bytes = (npages * sizeof(page_desc) + 7) & ~(size_t)7;
    size_t bits_bytes = npages * sizeof(page_bits);
    size_t ms_bytes = MARK_STACK_CAP * sizeof(uintptr_t);
    size_t total = desc_bytes + bits_bytes + ms_bytes + (npages + 1) * PAGE_SIZE;
    uint8_t *mem = cr_host_services->reserve(total);
    if (!mem) return false;
    H.desc = (page_desc *)(void *)mem;
    H.bits = (page_bits *)(void *)(mem + desc_bytes);
    H.mark_stack = (uintptr_t *)(void *)(mem + desc_bytes + bits_bytes);
    /* The pages start at the first PAGE_SIZE boundary after the mark stack
     * (the extra page of the reservation leaves room for the padding). */
    uint8_t *first = mem + desc_bytes + bits_bytes + ms_bytes;
    H.pages = first + pad_to((uintptr_t)first, PAGE_SIZE);
    H.npages = npages;
    H.heap_cap = npages * PAGE_SIZE;
#ifdef POISON_LAZILY
    H.poisoned = npages < POISON_AHEAD ? npages : POISON_AHEAD;
    POISON(H.pages, H.poisoned * PAGE_SIZE);
#endif
    reset_cursors();
    for (size_t c = 0; c <= SMALL_MAX / 16; c++) class_for16[c] = (uint8_t)class_of(c * 16);
    H.stack_base = (uint8_t *)stack_base;
    H.threshold = (size_t)4 << 20;
    H.enabled = true;
    return true;
}

void cr_gc_set_torture(unsigned every) { H.torture = every; }

/* A collection marks and sweeps the whole heap, so a fixed interval made
 * programs with a big live heap (decimal, argparse, dataclasses imported)
 * hundreds of times slower than small ones.  The interval is H.torture
 * while at most TORTURE_BASE_LIVE bytes survive, and grows in proportion
 * beyond: every program pays about the same marking work per allocation. */
enum { TORTURE_BASE_LIVE = 512 << 10 };
static size_t torture_interval(void)
{
    size_t scale = H.live_after / TORTURE_BASE_LIVE;
    return scale > 1 ? (size_t)H.torture * scale : H.torture;
}

void cr_gc_enable(bool on) { H.enabled = on; }
bool cr_gc_enabled(void) { return H.enabled; }

void cr_gc_add_root(void *slot_address)
{
    if (H.nroots >= MAX_ROOTS) cr_panic("too many GC roots");
    H.roots[H.nroots++] = (void **)slot_address;
}

void cr_gc_add_root_range(const void *start, const void *end)
{
    if (H.nranges >= MAX_RANGES) cr_panic("too many GC root ranges");
    H.range_lo[H.nranges] = (const uint8_t *)start;
    H.range_hi[H.nranges] = (const uint8_t *)end;
    H.nranges++;
}

cr_mem_stats cr_mem_get_stats(void)
{
    cr_mem_stats s = {H.heap_cap, H.used_bytes, H.live_after, H.collections, H.allocations};
    return s;
}

/* Page descriptors and page addresses are reached through these checks:
 * a page index outside the arena is a broken invariant (it never happens;
 * the check is what lets the analysis see that it never happens). */
static inline page_desc *desc_at(size_t pi)
{
    if (pi >= H.npages) cr_panic("heap page index out of range");
    return &H.desc[pi];
}

static inline page_bits *bits_at(size_t pi)
{
    if (pi >= H.npages) cr_panic("heap page index out of range");
    return &H.bits[pi];
}

static inline uint8_t *page_addr(size_t pi)
{
    if (pi >= H.npages) cr_panic("heap page index out of range");
    return H.pages + pi * PAGE_SIZE;
}

/* The block size of small page d. */
static inline size_t class_size(const page_desc *d)
{
    if (d->cls >= NCLASSES) cr_panic("heap size class out of range");
    return size_classes[d->cls];
}

/* Free page runs below the high-water mark, rebuilt by every sweep and
 * consumed first-fit by allocation (runs only shrink between sweeps). */
#define MAX_RUNS 4096
static struct {
    size_t start[MAX_RUNS], len[MAX_RUNS];
    size_t n;
    bool overflow; /* more runs existed than fit: a full scan may find more */
} R;

static size_t scan_for_run(size_t n)
{
    size_t run = 0, start = 0;
    for (size_t i = 0; i < H.hwm; i++) {
        if (desc_at(i)->kind == PG_FREE) {
            if (run == 0) start = i;
            if (++run == n) return start;
        } else {
            run = 0;
        }
    }
    return SIZE_MAX;
}

/* Find n contiguous free pages: a recorded free run, else fresh pages above
 * the high-water mark, else (run list overflowed) a scan.  SIZE_MAX if none. */
static size_t take_pages(size_t n)
{
    for (size_t r = 0; r < R.n; r++) {
        if (R.len[r] < n) continue;
        size_t first = R.start[r];
        R.start[r] += n;
        R.len[r] -= n;
        return first;
    }
    size_t first = H.hwm, end = H.hwm + n;
    if (end <= H.npages) {
        H.hwm = end;
#ifdef POISON_LAZILY
        if (end + POISON_AHEAD / 2 > H.poisoned && H.poisoned < H.npages) {
            size_t upto = H.npages - end > POISON_AHEAD ? end + POISON_AHEAD : H.npages;
            POISON(page_addr(H.poisoned), (upto - H.poisoned) * PAGE_SIZE);
            H.poisoned = upto;
        }
#endif
        return first;
    }
    if (R.overflow) return scan_for_run(n);
    return SIZE_MAX;
}

static void record_free_run(size_t start, size_t len)
{
    if (R.n < MAX_RUNS) {
        R.start[R.n] = start;
        R.len[R.n] = len;
        R.n++;
    } else {
        R.overflow = true;
    }
}

/* kind is 0 (scan) or 1 (no-scan): small pages hold blocks of one kind. */
static void init_small_page(size_t pi, size_t cls, int kind)
{
    page_desc *d = desc_at(pi);
    page_bits *b = bits_at(pi);
    __builtin_memset(d, 0, sizeof *d);
    __builtin_memset(b->alloc, 0, sizeof b->alloc);
    __builtin_memset(b->mark, 0, sizeof b->mark);
    __builtin_memset(b->noscan, kind ? 0xff : 0, sizeof b->noscan);
    d->kind = PG_SMALL;
    d->cls = (uint8_t)cls;
    d->nslots = (uint16_t)(PAGE_SIZE / size_classes[cls]);
    d->small_noscan = kind != 0;
    d->next = H.class_pages[kind][cls];
    d->in_list = true;
    H.class_pages[kind][cls] = (uint32_t)pi;
}

/* Free slots of bitmap word w of small page pi. */
static uint64_t free_bits_of(size_t pi, size_t w)
{
    const page_desc *d = desc_at(pi);
    if (w >= BITMAP_WORDS || d->nslots <= w * 64) return 0;
    uint64_t f = ~H.bits[pi].alloc[w];
    size_t valid = d->nslots - w * 64; /* slots from this word on */
    if (valid < 64) f &= ((uint64_t)1 << valid) - 1;
    return f;
}

/* Give cursor c more free bits: the next word of its page with free slots,
 * else the next page of the class list (the exhausted page, which is the
 * list head, is full and leaves the list), else a fresh page.  False when
 * the heap has no page left. */
static bool refill_cursor(alloc_cursor *c, size_t cls, int kind)
{
    if (c->page != NO_PAGE) {
        page_desc *d = desc_at(c->page);
        size_t nw = ((size_t)d->nslots + 63) / 64;
        while (++c->word < nw) {
            uint64_t f = free_bits_of(c->page, c->word);
            if (f) {
                c->free = f;
                return true;
            }
        }
        if (H.class_pages[kind][cls] != c->page) cr_panic("heap class list inconsistent");
        H.class_pages[kind][cls] = d->next;
        d->in_list = false;
        c->page = NO_PAGE;
    }
    uint32_t pi = H.class_pages[kind][cls];
    if (pi == NO_PAGE) {
        size_t np = take_pages(1);
        if (np == SIZE_MAX) return false;
        init_small_page(np, cls, kind);
        pi = (uint32_t)np;
    }
    c->page = pi;
    c->word = 0;
    c->free = free_bits_of(pi, 0);
    return true; /* free may still be 0: the caller loops */
}

/* Hand out free slot `bit` of bitmap word w of small page pi, whose blocks
 * have bsize bytes: the block's address.  Out of range is a broken
 * invariant (the checks also bound the block for the analysis).  This is
 * the allocation fast path, so two checks only: w >= BITMAP_WORDS makes
 * in_page >= PAGE_SIZE (bsize >= 16), so the in_page check catches it, and
 * the bitmap index is masked (a no-op when w is in range) to bound it for
 * the analysis without a third branch. */
static inline uint8_t *take_slot(size_t pi, size_t w, size_t bit, size_t bsize)
{
    size_t in_page = (w * 64 + bit) * bsize;
    if (pi >= H.npages || in_page > PAGE_SIZE - bsize)
        cr_panic("heap slot out of range");
    H.bits[pi].alloc[w % BITMAP_WORDS] |= (uint64_t)1 << bit;
    H.desc[pi].used++;
    return H.pages + pi * PAGE_SIZE + in_page;
}

static void *alloc_small(size_t cls, int kind)
{
    alloc_cursor *c = &CUR[kind][cls];
    uint64_t f;
    while ((f = c->free) == 0)
        if (!refill_cursor(c, cls, kind)) return NULL;
    size_t bit = (size_t)__builtin_ctzll(f);
    c->free = f & (f - 1);
    return take_slot(c->page, c->word, bit, size_classes[cls]);
}

/* A run of pages for a block of bsize bytes (a multiple of PAGE_SIZE),
 * zeroed (and unpoisoned) page by page. */
static void *alloc_large(size_t bsize, int kind)
{
    size_t n = bsize / PAGE_SIZE;
    size_t pi = take_pages(n);
    if (pi == SIZE_MAX) return NULL;
    if (n > H.npages || pi > H.npages - n) cr_panic("heap page run out of range");
    for (size_t i = 0; i < n; i++) {
        page_desc *d = desc_at(pi + i);
        __builtin_memset(d, 0, sizeof *d);
        d->kind = i == 0 ? PG_LARGE_HEAD : PG_LARGE_CONT;
        d->npages = i == 0 ? (uint32_t)n : (uint32_t)pi;
        uint8_t *p = page_addr(pi + i);
        UNPOISON(p, PAGE_SIZE);
        __builtin_memset(p, 0, PAGE_SIZE);
    }
    desc_at(pi)->large_noscan = kind != 0;
    return page_addr(pi);
}

/* Zero the n bytes (a multiple of 8) at p: small blocks with word stores,
 * much cheaper than a call for the usual 16..64-byte objects. */
static inline void zero_block(void *p, size_t n)
{
    uint64_t *w = (uint64_t *)p;
    switch (n / 8) {
    case 8: w[7] = 0; /* fallthrough */
    case 7: w[6] = 0; /* fallthrough */
    case 6: w[5] = 0; /* fallthrough */
    case 5: w[4] = 0; /* fallthrough */
    case 4: w[3] = 0; /* fallthrough */
    case 3: w[2] = 0; /* fallthrough */
    case 2: w[1] = 0; /* fallthrough */
    case 1: w[0] = 0; break;
    default: __builtin_memset(p, 0, n); break;
    }
}

/* Ready a small block of bsize bytes for a request of nbytes: zero all of
 * it, not only the request.  Scanning reads the whole block (its size
 * class), so words left in the slack by the block's previous occupant would
 * keep old objects alive (seen on deltablue: the live heap grew ~100 KB per
 * collection through such stale words).  Instrumented builds re-poison the
 * slack, which includes the redzone. */
static inline void prepare_block(uint8_t *p, size_t nbytes, size_t bsize)
{
    UNPOISON(p, bsize);
    zero_block(p, bsize);
    if (bsize > nbytes) POISON(p + nbytes, bsize - nbytes);
}

/* The common case of cr_alloc: a small block whose cursor has a free slot
 * and no collection due.  NULL: take the general path. */
static inline void *alloc_fast(size_t nbytes, int kind)
{
    size_t cls = class_for16[(nbytes + REDZONE + 15) / 16], bsize;
    //@ split cls;
    bsize = size_classes[cls];
    alloc_cursor *c = &CUR[kind][cls];
    uint64_t f = c->free;
    if (f == 0 || H.since_gc + bsize > H.threshold || H.torture) return NULL;
    size_t bit = (size_t)__builtin_ctzll(f);
    c->free = f & (f - 1);
    uint8_t *p = take_slot(c->page, c->word, bit, bsize);
    H.allocations++;
    H.used_bytes += bsize;
    H.since_gc += bsize;
    prepare_block(p, nbytes, bsize);
    return p;
}

/* A zeroed block for a request of nbytes: of class cls, or for cls ==
 * NCLASSES a run of large_bsize bytes of pages.  NULL if the heap has no
 * room.  (The analysis follows each class separately from here on: the
 * split lets it relate the block's offset in its page to its size.) */
static uint8_t *alloc_block(size_t nbytes, size_t cls, size_t large_bsize, int kind)
{
    //@ split cls;
    if (cls < NCLASSES) {
        uint8_t *p = alloc_small(cls, kind);
        if (p) prepare_block(p, nbytes, size_classes[cls]);
        return p;
    }
    uint8_t *p = alloc_large(large_bsize, kind); /* pages zeroed there */
    if (p && large_bsize > nbytes) POISON(p + nbytes, large_bsize - nbytes);
    return p;
}

/* Everything else: collection, refilling cursors, large blocks. */
__attribute__((noinline)) static void *alloc_general(size_t nbytes, int kind)
{
    if (nbytes == 0) nbytes = 1;
    if (nbytes > H.heap_cap) return NULL;
    nbytes = (nbytes + 7) & ~(size_t)7; /* whole words (all classes are multiples of 16) */
    kind = kind == CR_NOSCAN ? 1 : 0;
    size_t need = nbytes + REDZONE;
    size_t cls = need <= SMALL_MAX ? class_for16[(need + 15) / 16] : NCLASSES;
    size_t bsize = cls < NCLASSES ? size_classes[cls] : ((need + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
    H.allocations++;
    if (H.enabled && !H.collecting) {
        if (H.torture && ++H.torture_count >= torture_interval()) {
            H.torture_count = 0;
            cr_gc_collect();
        } else if (H.since_gc + bsize > H.threshold) {
            cr_gc_collect();
        }
    }
    uint8_t *p = alloc_block(nbytes, cls, bsize, kind);
    if (!p && H.enabled) {
        cr_gc_collect();
        p = alloc_block(nbytes, cls, bsize, kind);
    }
    if (!p) return NULL;
    H.used_bytes += bsize;
    H.since_gc += bsize;
    return p;
}

void *cr_alloc(size_t nbytes, int kind)
{
    if (nbytes - 1 < SMALL_MAX - REDZONE - 8) {
        void *p = alloc_fast((nbytes + 7) & ~(size_t)7, kind == CR_NOSCAN);
        if (p) return p;
    }
    return alloc_general(nbytes, kind);
}

void *cr_alloc_array(size_t nitems, size_t itemsize, int kind)
{
    size_t n;
    if (__builtin_mul_overflow(nitems, itemsize, &n)) return NULL;
    return cr_alloc(n, kind);
}

void *cr_realloc(void *block, size_t old_nbytes, size_t new_nbytes, int kind)
{
    void *p = cr_alloc(new_nbytes, kind);
    if (!p) return NULL;
    /* memmove: both blocks lie in the one arena object, so the analysis
     * cannot show they are disjoint (they are: p is a new block). */
    if (block) __builtin_memmove(p, block, old_nbytes < new_nbytes ? old_nbytes : new_nbytes);
    return p;
}

/* ---- marking ----
 * Blocks are named by their offset from the first page (the mark stack
 * holds offsets); only arena_offset turns an address into one. */

/* If arena offset off lies in an allocated block, return the block's offset
 * and set *pi_out (its first page) and *slot_out (SIZE_MAX for a large
 * block); else SIZE_MAX. */
static inline size_t find_block(size_t off, size_t *pi_out, size_t *slot_out)
{
    size_t pi = off >> PAGE_SHIFT;
    if (pi >= H.npages) return SIZE_MAX; /* never: off < hwm * PAGE_SIZE */
    const page_desc *d = &H.desc[pi];
    switch (d->kind) {
    case PG_SMALL: {
        size_t sz = class_size(d);
        size_t slot = (off & (PAGE_SIZE - 1)) / sz;
        if (slot >= d->nslots) return SIZE_MAX;
        if (!(H.bits[pi].alloc[slot / 64] >> (slot % 64) & 1)) return SIZE_MAX;
        *pi_out = pi;
        *slot_out = slot;
        return pi * PAGE_SIZE + slot * sz;
    }
    case PG_LARGE_CONT:
        pi = d->npages; /* the head of the run */
        /* fallthrough */
    case PG_LARGE_HEAD:
        *pi_out = pi;
        *slot_out = SIZE_MAX;
        return pi * PAGE_SIZE;
    default:
        return SIZE_MAX;
    }
}

static void mark_word(uintptr_t w)
{
    size_t off = arena_offset(w);
    if (off == SIZE_MAX) return;
    size_t pi = 0, slot = 0;
    size_t b = find_block(off, &pi, &slot);
    if (b == SIZE_MAX) return;
    page_desc *d = desc_at(pi);
    if (slot >= MAX_SLOTS) { /* SIZE_MAX: a large block */
        if (d->large_marked) return;
        d->large_marked = true;
    } else {
        uint64_t bit = (uint64_t)1 << (slot % 64);
        page_bits *pb = bits_at(pi);
        if (pb->mark[slot / 64] & bit) return;
        pb->mark[slot / 64] |= bit;
    }
    if (H.mark_top < MARK_STACK_CAP) H.mark_stack[H.mark_top++] = b;
    else H.mark_overflow = true;
}

/* Scan the memory [lo, hi) outside the arena (root ranges, the stack):
 * every aligned word in it.  The loops bound the word's offset directly
 * (o <= last, never o + 8 <= end, which could wrap): the analysis then
 * sees each read inside the range. */
NO_ASAN static void scan_range(const uint8_t *lo, const uint8_t *hi)
{
    uintptr_t l = (uintptr_t)lo, h = (uintptr_t)hi;
    size_t span = h > l ? (size_t)(h - l) : 0;
    if (span < sizeof(uintptr_t)) return;
    size_t last = span - sizeof(uintptr_t); /* the last offset a word fits at */
#if defined(PC_VALGRIND)
    /* Conservative scanning reads redzones, block slack and uninitialised
     * stack words on purpose: silence memcheck for this range only, and make
     * each word defined so no undefinedness leaks into the mark bitmaps. */
    VALGRIND_DISABLE_ADDR_ERROR_REPORTING_IN_RANGE(lo, span);
    for (size_t o = pad_to(l, sizeof(uintptr_t)); o <= last; o += sizeof(uintptr_t)) {
        volatile uintptr_t w = *(const volatile uintptr_t *)(const void *)(lo + o);
        (void)VALGRIND_MAKE_MEM_DEFINED(&w, sizeof w);
        mark_word(w);
    }
    VALGRIND_ENABLE_ADDR_ERROR_REPORTING_IN_RANGE(lo, span);
#else
    /* Most words are not heap pointers: reject them before the call. */
    uintptr_t heap_lo = (uintptr_t)H.pages, heap_len = H.hwm * PAGE_SIZE;
    for (size_t o = pad_to(l, sizeof(uintptr_t)); o <= last; o += sizeof(uintptr_t)) {
        uintptr_t w = *(const volatile uintptr_t *)(const void *)(lo + o);
        if (w - heap_lo < heap_len) mark_word(w);
    }
#endif
}

/* Scan the size bytes (a multiple of 8, at least 8) of the block at arena
 * offset start (word aligned). */
NO_ASAN static void scan_arena(size_t start, size_t size)
{
    size_t last = start + size - sizeof(uintptr_t); /* the block's last word */
    if (size < sizeof(uintptr_t) || last < start || last > H.npages * PAGE_SIZE - sizeof(uintptr_t))
        cr_panic("heap block out of range");
    const uint8_t *base = H.pages;
#if defined(PC_VALGRIND)
    VALGRIND_DISABLE_ADDR_ERROR_REPORTING_IN_RANGE(base + start, size);
    for (size_t o = start; o <= last; o += sizeof(uintptr_t)) {
        volatile uintptr_t w = *(const volatile uintptr_t *)(const void *)(base + o);
        (void)VALGRIND_MAKE_MEM_DEFINED(&w, sizeof w);
        mark_word(w);
    }
    VALGRIND_ENABLE_ADDR_ERROR_REPORTING_IN_RANGE(base + start, size);
#else
    uintptr_t heap_lo = (uintptr_t)base, heap_len = H.hwm * PAGE_SIZE;
    for (size_t o = start; o <= last; o += sizeof(uintptr_t)) {
        uintptr_t w = *(const volatile uintptr_t *)(const void *)(base + o);
        if (w - heap_lo < heap_len) mark_word(w);
    }
#endif
}

static void scan_block(size_t b)
{
    size_t pi = 0, slot = 0;
    size_t start = find_block(b, &pi, &slot);
    if (start == SIZE_MAX) return;
    const page_desc *d = desc_at(pi);
    size_t size;
    bool noscan;
    if (slot >= MAX_SLOTS) { /* SIZE_MAX: a large block */
        size = (size_t)d->npages * PAGE_SIZE;
        noscan = d->large_noscan;
    } else {
        size = class_size(d);
        noscan = (bits_at(pi)->noscan[slot / 64] >> (slot % 64)) & 1;
    }
    if (noscan) size = sizeof(uintptr_t);
    scan_arena(start, size);
}

static void drain(void)
{
    while (H.mark_top > 0) scan_block(H.mark_stack[--H.mark_top]);
}

/* After a mark-stack overflow some marked blocks were never scanned:
 * rescan every marked block, then drain what that pushed, until no
 * overflow happens.  This terminates: a pass overflows only when it marks
 * a block that was not marked before.  (One drain per pass, not one per
 * block: the analysis then needs no fixpoint of drain inside the loops.) */
static void recover_overflow(void)
{
    while (H.mark_overflow) {
        H.mark_overflow = false;
        for (size_t pi = 0; pi < H.hwm; pi++) {
            const page_desc *d = desc_at(pi);
            if (d->kind == PG_SMALL) {
                const page_bits *b = bits_at(pi);
                size_t sz = class_size(d);
                for (size_t s = 0; s < d->nslots; s++)
                    if (b->mark[s / 64] >> (s % 64) & 1) scan_block(pi * PAGE_SIZE + s * sz);
            } else if (d->kind == PG_LARGE_HEAD && d->large_marked) {
                scan_block(pi * PAGE_SIZE);
            }
        }
        drain();
    }
}

__attribute__((noinline)) NO_ASAN static void scan_stack(void)
{
    /* Spill callee-saved registers into this frame so they are scanned. */
    __builtin_unwind_init();
    volatile uintptr_t anchor = 0;
#if defined(PC_VERIFY_STACK_BYTES)
    /* Frama-C (verify/drv_mem.c): each C frame is its own object to the
     * analysis, so the walk from this frame up to stack_base cannot be
     * analysed; the stack is modelled by the PC_VERIFY_STACK_BYTES bytes
     * below stack_base (the driver's array of local roots). */
    (void)anchor;
    const uint8_t *sp = H.stack_base ? H.stack_base - PC_VERIFY_STACK_BYTES : NULL;
#else
    const uint8_t *sp = (const uint8_t *)&anchor;
#endif
    if (H.stack_base && sp < H.stack_base) scan_range(sp, H.stack_base);
    drain();
}

static void sweep(void)
{
    size_t live = 0;
    R.n = 0;
    R.overflow = false;
    reset_cursors();
    for (size_t pi = 0; pi < H.hwm; pi++) {
        page_desc *d = desc_at(pi);
        if (d->kind == PG_SMALL) {
            size_t sz = class_size(d);
            page_bits *b = bits_at(pi);
            unsigned used = 0;
            for (size_t w = 0; w < BITMAP_WORDS; w++) {
                uint64_t dead = b->alloc[w] & ~b->mark[w];
                while (dead) {
                    size_t bit = (size_t)__builtin_ctzll(dead);
                    dead &= dead - 1;
                    POISON(H.pages + pi * PAGE_SIZE + (w * 64 + bit) * sz, sz);
                }
                b->alloc[w] &= b->mark[w];
                b->mark[w] = 0;
                used += (unsigned)__builtin_popcountll(b->alloc[w]);
            }
            d->used = (uint16_t)used;
            live += used * sz;
            if (used == 0) {
                d->kind = PG_FREE;
            } else if (used < d->nslots) {
                d->next = H.class_pages[d->small_noscan][d->cls];
                H.class_pages[d->small_noscan][d->cls] = (uint32_t)pi;
                d->in_list = true;
            } else {
                d->in_list = false;
            }
        } else if (d->kind == PG_LARGE_HEAD) {
            size_t n = d->npages;
            if (d->large_marked) {
                d->large_marked = false;
                live += n * PAGE_SIZE;
            } else {
                POISON(H.pages + pi * PAGE_SIZE, n * PAGE_SIZE);
                for (size_t i = 0; i < n; i++) desc_at(pi + i)->kind = PG_FREE;
            }
            pi += n - 1;
        }
    }
    /* Record the runs of free pages for take_pages. */
    size_t run_start = 0, run_len = 0;
    for (size_t pi = 0; pi < H.hwm; pi++) {
        if (desc_at(pi)->kind == PG_FREE) {
            if (run_len == 0) run_start = pi;
            run_len++;
        } else if (run_len) {
            record_free_run(run_start, run_len);
            run_len = 0;
        }
    }
    if (run_len) {
        /* A free tail lowers the high-water mark instead. */
        H.hwm = run_start;
    }
    H.used_bytes = live;
    H.live_after = live;
}

void cr_gc_collect(void)
{
    if (H.collecting || !H.pages) return;
    H.collecting = true;
    H.mark_top = 0;
    H.mark_overflow = false;
    /* Drain after each root: the mark stack stays short (its pages are
     * touched only as deep as it gets). */
    for (size_t i = 0; i < H.nroots; i++) {
        void **slot = H.roots[i];
        if (slot) mark_word((uintptr_t)*slot);
        drain();
    }
    for (size_t i = 0; i < H.nranges; i++) {
        if (H.range_lo[i] && H.range_hi[i]) scan_range(H.range_lo[i], H.range_hi[i]);
        drain();
    }
    scan_stack();
    recover_overflow();
    sweep();
    H.collections++;
    H.since_gc = 0;
    /* Next collection after allocating half as much as is live now (min
     * 4 MiB): total GC work stays proportional to allocation, and the peak
     * heap is about 1.5x the live data.  The factor was 1 (peak 2x), which
     * put programs with a large live heap above CPython's peak memory;
     * a lower floor costs small-heap programs much more time (json_bench:
     * 2 MiB took 18% more instructions than 8 MiB). */
    H.threshold = H.live_after / 2 > ((size_t)4 << 20) ? H.live_after / 2 : ((size_t)4 << 20);
    H.collecting = false;
}

#else /* PC_ANALYSIS */

/* Analysis build (Frama-C): every block is its own object, allocated with
 * malloc (EVA's allocation builtin), so an overflow from one block into the
 * next is an out-of-bounds access of that object and EVA reports it.  Nothing
 * is ever reclaimed (the analysis proves spatial safety; temporal safety is
 * the collector's job and is tested under ASan, valgrind and the torture GC).
 * Same contract as the arena: zeroed memory, NULL beyond the heap cap or when
 * malloc fails. */
#include <stdlib.h>
#include <string.h>

bool cr_mem_init(size_t heap_cap, void *stack_base)
{
    H.heap_cap = heap_cap;
    H.stack_base = (uint8_t *)stack_base;
    H.enabled = true;
    return true;
}

void cr_gc_set_torture(unsigned every) { H.torture = every; }
void cr_gc_enable(bool on) { H.enabled = on; }
bool cr_gc_enabled(void) { return H.enabled; }

void cr_gc_add_root(void *slot_address)
{
    if (H.nroots >= MAX_ROOTS) cr_panic("too many GC roots");
    H.roots[H.nroots++] = (void **)slot_address;
}

void cr_gc_add_root_range(const void *start, const void *end)
{
    if (H.nranges >= MAX_RANGES) cr_panic("too many GC root ranges");
    H.range_lo[H.nranges] = (const uint8_t *)start;
    H.range_hi[H.nranges] = (const uint8_t *)end;
    H.nranges++;
}

cr_mem_stats cr_mem_get_stats(void)
{
    cr_mem_stats s = {H.heap_cap, H.used_bytes, H.live_after, H.collections, H.allocations};
    return s;
}

void *cr_alloc(size_t nbytes, int kind)
{
    if (nbytes == 0) nbytes = 1;
    if (nbytes > H.heap_cap - H.used_bytes) return NULL;
    void *p = calloc(nbytes, 1);
    if (!p) return NULL;
    H.used_bytes += nbytes;
    H.allocations++;
    return p;
}

void *cr_alloc_array(size_t nitems, size_t itemsize, int kind)
{
    size_t n;
    if (__builtin_mul_overflow(nitems, itemsize, &n)) return NULL;
    return cr_alloc(n, kind);
}

void *cr_realloc(void *block, size_t old_nbytes, size_t new_nbytes, int kind)
{
    void *p = cr_alloc(new_nbytes, kind);
    if (!p) return NULL;
    if (block) memcpy(p, block, old_nbytes < new_nbytes ? old_nbytes : new_nbytes);
    return p;
}

void cr_gc_collect(void) { H.collections++; }

#endif /* PC_ANALYSIS */
