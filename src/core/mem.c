/* The garbage-collected heap: size-classed pages in one fixed arena,
 * non-moving mark-sweep, conservative roots.  See mem.h for the contract. */
#include "core/mem.h"

#include "core/host.h"

#if defined(PC_ASAN)
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define REDZONE 16u
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define REDZONE 0u
#define NO_ASAN
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
    bool large_marked, large_noscan;
    uint64_t alloc[BITMAP_WORDS];
    uint64_t mark[BITMAP_WORDS];
    uint64_t noscan[BITMAP_WORDS];
} page_desc;

static struct {
    uint8_t *pages;       /* first page, PAGE_SIZE aligned */
    size_t npages;        /* pages in the arena */
    size_t hwm;           /* pages [0, hwm) have been handed out at least once */
    page_desc *desc;
    uintptr_t *mark_stack;
    size_t mark_top;
    bool mark_overflow;
    uint32_t class_pages[NCLASSES];
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

bool cr_mem_init(size_t heap_cap, void *stack_base)
{
    if (!cr_host_services || !cr_host_services->reserve) return false;
    size_t npages = heap_cap / PAGE_SIZE;
    if (npages < 16) npages = 16;
    size_t desc_bytes = npages * sizeof(page_desc);
    size_t ms_bytes = MARK_STACK_CAP * sizeof(uintptr_t);
    size_t total = desc_bytes + ms_bytes + (npages + 1) * PAGE_SIZE;
    uint8_t *mem = cr_host_services->reserve(total);
    if (!mem) return false;
    H.desc = (page_desc *)(void *)mem;
    H.mark_stack = (uintptr_t *)(void *)(mem + desc_bytes);
    uintptr_t p = (uintptr_t)(mem + desc_bytes + ms_bytes);
    p = (p + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
    H.pages = (uint8_t *)p;
    H.npages = npages;
    H.heap_cap = npages * PAGE_SIZE;
    POISON(H.pages, H.heap_cap);
    for (size_t c = 0; c < NCLASSES; c++) H.class_pages[c] = NO_PAGE;
    H.stack_base = (uint8_t *)stack_base;
    H.threshold = (size_t)8 << 20;
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

static uint8_t *page_addr(size_t i) { return H.pages + i * PAGE_SIZE; }

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
        if (H.desc[i].kind == PG_FREE) {
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
    if (H.hwm + n <= H.npages) {
        size_t first = H.hwm;
        H.hwm += n;
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

static void init_small_page(size_t pi, size_t cls)
{
    page_desc *d = &H.desc[pi];
    __builtin_memset(d, 0, sizeof *d);
    d->kind = PG_SMALL;
    d->cls = (uint8_t)cls;
    d->nslots = (uint16_t)(PAGE_SIZE / size_classes[cls]);
    d->next = H.class_pages[cls];
    d->in_list = true;
    H.class_pages[cls] = (uint32_t)pi;
}

static void *alloc_small(size_t cls, int kind)
{
    for (;;) {
        uint32_t pi = H.class_pages[cls];
        if (pi == NO_PAGE) {
            size_t np = take_pages(1);
            if (np == SIZE_MAX) return NULL;
            init_small_page(np, cls);
            continue;
        }
        page_desc *d = &H.desc[pi];
        if (d->used == d->nslots) {
            H.class_pages[cls] = d->next;
            d->in_list = false;
            continue;
        }
        size_t nw = ((size_t)d->nslots + 63) / 64;
        for (size_t w = 0; w < nw; w++) {
            uint64_t free_bits = ~d->alloc[w];
            if (w == nw - 1 && d->nslots % 64) free_bits &= ((uint64_t)1 << (d->nslots % 64)) - 1;
            if (!free_bits) continue;
            size_t bit = (size_t)__builtin_ctzll(free_bits);
            size_t slot = w * 64 + bit;
            d->alloc[w] |= (uint64_t)1 << bit;
            if (kind == CR_NOSCAN) d->noscan[w] |= (uint64_t)1 << bit;
            else d->noscan[w] &= ~((uint64_t)1 << bit);
            d->used++;
            uint8_t *p = page_addr(pi) + slot * size_classes[cls];
            return p;
        }
        cr_panic("heap page bitmap inconsistent");
    }
}

static void *alloc_large(size_t nbytes, int kind)
{
    size_t n = (nbytes + PAGE_SIZE - 1) / PAGE_SIZE;
    size_t pi = take_pages(n);
    if (pi == SIZE_MAX) return NULL;
    for (size_t i = 0; i < n; i++) {
        page_desc *d = &H.desc[pi + i];
        __builtin_memset(d, 0, sizeof *d);
        d->kind = i == 0 ? PG_LARGE_HEAD : PG_LARGE_CONT;
        d->npages = i == 0 ? (uint32_t)n : (uint32_t)pi;
    }
    H.desc[pi].large_noscan = kind == CR_NOSCAN;
    return page_addr(pi);
}

static size_t block_size_for(size_t nbytes)
{
    if (nbytes + REDZONE <= SMALL_MAX) return size_classes[class_of(nbytes + REDZONE)];
    return ((nbytes + REDZONE + PAGE_SIZE - 1) / PAGE_SIZE) * PAGE_SIZE;
}

void *cr_alloc(size_t nbytes, int kind)
{
    if (nbytes == 0) nbytes = 1;
    if (nbytes > H.heap_cap) return NULL;
    size_t bsize = block_size_for(nbytes);
    H.allocations++;
    if (H.enabled && !H.collecting) {
        if (H.torture && ++H.torture_count >= H.torture) {
            H.torture_count = 0;
            cr_gc_collect();
        } else if (H.since_gc + bsize > H.threshold) {
            cr_gc_collect();
        }
    }
    void *p = bsize <= SMALL_MAX ? alloc_small(class_of(bsize), kind) : alloc_large(bsize, kind);
    if (!p && H.enabled) {
        cr_gc_collect();
        p = bsize <= SMALL_MAX ? alloc_small(class_of(bsize), kind) : alloc_large(bsize, kind);
    }
    if (!p) return NULL;
    H.used_bytes += bsize;
    H.since_gc += bsize;
    UNPOISON(p, nbytes);
    __builtin_memset(p, 0, nbytes);
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
    if (block) __builtin_memcpy(p, block, old_nbytes < new_nbytes ? old_nbytes : new_nbytes);
    return p;
}

/* ---- marking ---- */

/* If w points into an allocated block, return the block's start and set
 * *noscan / *size; else 0. */
static uintptr_t find_block(uintptr_t w, size_t *pi_out, size_t *slot_out)
{
    uintptr_t lo = (uintptr_t)H.pages;
    if (w < lo || w >= lo + H.hwm * PAGE_SIZE) return 0;
    size_t pi = (w - lo) >> PAGE_SHIFT;
    page_desc *d = &H.desc[pi];
    switch (d->kind) {
    case PG_SMALL: {
        size_t sz = size_classes[d->cls];
        size_t slot = (w - (uintptr_t)page_addr(pi)) / sz;
        if (slot >= d->nslots) return 0;
        if (!(d->alloc[slot / 64] >> (slot % 64) & 1)) return 0;
        *pi_out = pi;
        *slot_out = slot;
        return (uintptr_t)page_addr(pi) + slot * sz;
    }
    case PG_LARGE_CONT:
        pi = d->npages;
        /* fallthrough */
    case PG_LARGE_HEAD:
        *pi_out = pi;
        *slot_out = SIZE_MAX;
        return (uintptr_t)page_addr(pi);
    default:
        return 0;
    }
}

static void mark_word(uintptr_t w)
{
    size_t pi, slot;
    uintptr_t b = find_block(w, &pi, &slot);
    if (!b) return;
    page_desc *d = &H.desc[pi];
    if (slot == SIZE_MAX) {
        if (d->large_marked) return;
        d->large_marked = true;
    } else {
        uint64_t bit = (uint64_t)1 << (slot % 64);
        if (d->mark[slot / 64] & bit) return;
        d->mark[slot / 64] |= bit;
    }
    if (H.mark_top < MARK_STACK_CAP) H.mark_stack[H.mark_top++] = b;
    else H.mark_overflow = true;
}

NO_ASAN static void scan_range(const uint8_t *lo, const uint8_t *hi)
{
    uintptr_t a = ((uintptr_t)lo + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    for (; a + sizeof(uintptr_t) <= (uintptr_t)hi; a += sizeof(uintptr_t))
        mark_word(*(const volatile uintptr_t *)a);
}

static void scan_block(uintptr_t b)
{
    size_t pi, slot;
    if (!find_block(b, &pi, &slot)) return;
    page_desc *d = &H.desc[pi];
    size_t size;
    bool noscan;
    if (slot == SIZE_MAX) {
        size = (size_t)d->npages * PAGE_SIZE;
        noscan = d->large_noscan;
    } else {
        size = size_classes[d->cls];
        noscan = (d->noscan[slot / 64] >> (slot % 64)) & 1;
    }
    if (noscan) size = sizeof(uintptr_t);
    scan_range((const uint8_t *)b, (const uint8_t *)b + size);
}

static void drain(void)
{
    while (H.mark_top > 0) scan_block(H.mark_stack[--H.mark_top]);
}

/* After a mark-stack overflow some marked blocks were never scanned:
 * rescan every marked block until no overflow happens. */
static void recover_overflow(void)
{
    while (H.mark_overflow) {
        H.mark_overflow = false;
        for (size_t pi = 0; pi < H.hwm; pi++) {
            page_desc *d = &H.desc[pi];
            if (d->kind == PG_SMALL) {
                for (size_t s = 0; s < d->nslots; s++)
                    if (d->mark[s / 64] >> (s % 64) & 1) {
                        scan_block((uintptr_t)page_addr(pi) + s * size_classes[d->cls]);
                        drain();
                    }
            } else if (d->kind == PG_LARGE_HEAD && d->large_marked) {
                scan_block((uintptr_t)page_addr(pi));
                drain();
            }
        }
    }
}

__attribute__((noinline)) NO_ASAN static void scan_stack(void)
{
    /* Spill callee-saved registers into this frame so they are scanned. */
    __builtin_unwind_init();
    volatile uintptr_t anchor = 0;
    const uint8_t *sp = (const uint8_t *)&anchor;
    if (H.stack_base && sp < H.stack_base) scan_range(sp, H.stack_base);
    drain();
}

static void sweep(void)
{
    size_t live = 0;
    R.n = 0;
    R.overflow = false;
    for (size_t c = 0; c < NCLASSES; c++) H.class_pages[c] = NO_PAGE;
    for (size_t pi = 0; pi < H.hwm; pi++) {
        page_desc *d = &H.desc[pi];
        if (d->kind == PG_SMALL) {
            size_t sz = size_classes[d->cls];
            unsigned used = 0;
            for (size_t w = 0; w < BITMAP_WORDS; w++) {
                uint64_t dead = d->alloc[w] & ~d->mark[w];
                while (dead) {
                    size_t bit = (size_t)__builtin_ctzll(dead);
                    dead &= dead - 1;
                    POISON(page_addr(pi) + (w * 64 + bit) * sz, sz);
                }
                d->alloc[w] &= d->mark[w];
                d->mark[w] = 0;
                used += (unsigned)__builtin_popcountll(d->alloc[w]);
            }
            d->used = (uint16_t)used;
            live += used * sz;
            if (used == 0) {
                d->kind = PG_FREE;
            } else if (used < d->nslots) {
                d->next = H.class_pages[d->cls];
                H.class_pages[d->cls] = (uint32_t)pi;
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
                POISON(page_addr(pi), n * PAGE_SIZE);
                for (size_t i = 0; i < n; i++) H.desc[pi + i].kind = PG_FREE;
            }
            pi += n - 1;
        }
    }
    /* Record the runs of free pages for take_pages. */
    size_t run_start = 0, run_len = 0;
    for (size_t pi = 0; pi < H.hwm; pi++) {
        if (H.desc[pi].kind == PG_FREE) {
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
    for (size_t i = 0; i < H.nroots; i++) {
        mark_word((uintptr_t)*H.roots[i]);
        drain();
    }
    for (size_t i = 0; i < H.nranges; i++) {
        scan_range(H.range_lo[i], H.range_hi[i]);
        drain();
    }
    scan_stack();
    recover_overflow();
    sweep();
    H.collections++;
    H.since_gc = 0;
    /* Next collection after as much allocation as is live now (min 8 MiB):
     * total GC work stays proportional to allocation. */
    H.threshold = H.live_after > ((size_t)8 << 20) ? H.live_after : ((size_t)8 << 20);
    H.collecting = false;
}
