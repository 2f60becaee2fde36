/* The shared-memory call ring: see ring.h.  No libc (used in the sandbox
 * child too); the only primitives are compiler builtins. */
#include "host/ring.h"

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

void hs_ring_end_init(hs_ring_end *e, hs_ring *r, bool host_side)
{
    e->in = host_side ? &r->resp : &r->req;
    e->out = host_side ? &r->req : &r->resp;
    e->in_head = 0;
    e->out_tail = 0;
    e->spin = HS_RING_SPIN;
    e->probe = 0;
}

/* Something to read (or a corrupt counter, which the reader then detects). */
static bool can_read(hs_ring_end *e)
{
    return __atomic_load_n(&e->in->tail, __ATOMIC_ACQUIRE) != e->in_head;
}

/* Room to write (or a corrupt counter). */
static bool can_write(hs_ring_end *e)
{
    return e->out_tail - __atomic_load_n(&e->out->head, __ATOMIC_ACQUIRE) != HS_RING_CAP;
}

/* Spin, then block on the doorbell until ready(e).  *flag tells the peer to
 * ring; the store-fence-check order pairs with the peer's
 * publish-fence-check in notify(), so a doorbell cannot be lost. */
static int wait_until(hs_ring_end *e, uint32_t *flag, bool (*ready)(hs_ring_end *))
{
    /* Adaptive: a spin that succeeds lets the next one be longer (up to
     * HS_RING_SPIN); one that ends blocking halves it.  When the peer has a
     * core of its own, answers come within the spin and both sides stay
     * switchless; when the machine is busy (or calls are long) spinning
     * only steals time from the peer, so it shrinks towards a few polls. */
    /* A short spin rarely succeeds even when the peer answers in a few
     * microseconds, so the spin could never grow back once shrunk: every
     * HS_RING_PROBE_EVERY-th wait probes with the full spin. */
    unsigned budget = e->spin;
    if (budget < HS_RING_SPIN && ++e->probe % HS_RING_PROBE_EVERY == 0) budget = HS_RING_SPIN;
    for (unsigned i = 0; i < budget; i++) {
        if (ready(e)) {
            unsigned grown = budget * 2;
            e->spin = grown > HS_RING_SPIN ? HS_RING_SPIN : grown;
            return HS_RING_OK;
        }
        cpu_relax();
    }
    e->spin = e->spin / 2 < HS_RING_SPIN_MIN ? HS_RING_SPIN_MIN : e->spin / 2;
    for (;;) {
        __atomic_store_n(flag, 1, __ATOMIC_SEQ_CST);
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
        if (ready(e)) break;
        int r = e->block(e->ctx);
        if (r != HS_RING_OK) {
            __atomic_store_n(flag, 0, __ATOMIC_RELAXED);
            return r;
        }
        if (ready(e)) break;
        /* A stale doorbell (from an earlier wait): wait again. */
    }
    __atomic_store_n(flag, 0, __ATOMIC_RELAXED);
    return HS_RING_OK;
}

/* After publishing: wake the peer if it is blocked (or about to block). */
static bool notify(hs_ring_end *e, uint32_t *flag)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (__atomic_load_n(flag, __ATOMIC_RELAXED) && __atomic_exchange_n(flag, 0, __ATOMIC_ACQ_REL))
        return e->ring(e->ctx);
    return true;
}

int hs_ring_read(hs_ring_end *e, void *buf, size_t n)
{
    uint8_t *dst = buf;
    size_t done = 0;
    while (done < n) {
        uint64_t tail = __atomic_load_n(&e->in->tail, __ATOMIC_ACQUIRE);
        uint64_t avail = tail - e->in_head;
        if (avail > HS_RING_CAP) return HS_RING_HOSTILE; /* the peer wrote a corrupt counter */
        if (avail == 0) {
            int r = wait_until(e, &e->in->reader_waiting, can_read);
            if (r != HS_RING_OK) return r;
            continue;
        }
        uint64_t off = e->in_head & (HS_RING_CAP - 1);
        uint64_t k = HS_RING_CAP - off; /* contiguous bytes up to the end */
        if (k > avail) k = avail;
        if (k > n - done) k = n - done;
        /* Each byte is fetched from shared memory exactly once, into
         * private memory; off + k <= HS_RING_CAP by construction. */
        __builtin_memcpy(dst + done, &e->in->data[off], (size_t)k);
        done += (size_t)k;
        e->in_head += k;
        __atomic_store_n(&e->in->head, e->in_head, __ATOMIC_RELEASE);
        if (!notify(e, &e->in->writer_waiting)) return HS_RING_EOF;
    }
    return HS_RING_OK;
}

int hs_ring_write(hs_ring_end *e, const void *buf, size_t n)
{
    const uint8_t *src = buf;
    size_t done = 0;
    while (done < n) {
        uint64_t head = __atomic_load_n(&e->out->head, __ATOMIC_ACQUIRE);
        uint64_t used = e->out_tail - head;
        if (used > HS_RING_CAP) return HS_RING_HOSTILE;
        if (used == HS_RING_CAP) {
            int r = wait_until(e, &e->out->writer_waiting, can_write);
            if (r != HS_RING_OK) return r;
            continue;
        }
        uint64_t off = e->out_tail & (HS_RING_CAP - 1);
        uint64_t k = HS_RING_CAP - off;
        if (k > HS_RING_CAP - used) k = HS_RING_CAP - used;
        if (k > n - done) k = n - done;
        __builtin_memcpy(&e->out->data[off], src + done, (size_t)k);
        done += (size_t)k;
        e->out_tail += k;
        __atomic_store_n(&e->out->tail, e->out_tail, __ATOMIC_RELEASE);
        if (!notify(e, &e->out->reader_waiting)) return HS_RING_EOF;
    }
    return HS_RING_OK;
}
