/* The shared-memory call ring (prefix hs_ring_): the analogue of SGX
 * switchless calls for the sandbox backend.
 *
 * One MAP_SHARED mapping, created by the host before fork and inherited by
 * the child, holds two single-producer/single-consumer byte rings: requests
 * (host -> enclave) and responses (enclave -> host).  Each carries exactly
 * the bytes the channel would carry (frames: u32 length, u8 type,
 * payload), so the trusted side parses them with the same code: it reads a
 * frame header into a private array and the payload into its own heap,
 * every byte fetched from shared memory once.
 *
 * Counters are free-running u64 byte counts (tail: bytes produced, head:
 * bytes consumed).  Each side keeps its own counter privately and only
 * publishes it; the other side's counter is read, range-checked (a hostile
 * peer may write anything there) and never used as an index: indices come
 * from the private counter modulo the capacity, so they are always in
 * bounds.
 *
 * Waiting: a side that finds its ring empty (or full) spins for a bounded,
 * adaptive number of iterations (both sides polling: fast when two cores
 * are free; shorter when spinning did not pay off last time), then raises its "waiting" flag and blocks reading the old channel
 * descriptor, which in ring mode carries nothing but one-byte doorbells.
 * The other side, after publishing, rings the doorbell if the flag is set.
 * Under seccomp strict mode (read, write, exit only) a read on a descriptor
 * it already holds is the only way to block, hence the doorbell.  A
 * spurious doorbell only causes one more check.
 *
 * No libc: this file is used in the sandbox child as well. */
#ifndef PYCLAVE_HOST_RING_H
#define PYCLAVE_HOST_RING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HS_RING_CAP ((uint64_t)256 << 10) /* bytes per direction (power of two) */
#define HS_RING_SPIN 1000u /* most polls before blocking on the doorbell (~65 us here: pause ~65 ns) */
#define HS_RING_SPIN_MIN 16u /* fewest (the spin adapts between the two) */
#define HS_RING_PROBE_EVERY 16u /* waits between full-length probes while the spin is short */

typedef struct {
    _Alignas(64) uint64_t tail;        /* bytes produced (written by the producer) */
    _Alignas(64) uint64_t head;        /* bytes consumed (written by the consumer) */
    _Alignas(64) uint32_t reader_waiting; /* consumer is (about to be) blocked: ring it */
    _Alignas(64) uint32_t writer_waiting; /* producer waits for space: ring it */
    _Alignas(64) uint8_t data[HS_RING_CAP];
} hs_ring_dir;

typedef struct {
    hs_ring_dir req;  /* host -> enclave */
    hs_ring_dir resp; /* enclave -> host */
} hs_ring;

/* Results of hs_ring_read/write and of the block callback. */
enum { HS_RING_OK = 1, HS_RING_EOF = 0, HS_RING_TIMEOUT = -1, HS_RING_ERROR = -2, HS_RING_HOSTILE = -3 };

/* One side's private view. */
typedef struct {
    hs_ring_dir *in, *out;
    uint64_t in_head;  /* private: bytes consumed from in */
    uint64_t out_tail; /* private: bytes produced into out */
    unsigned spin;
    unsigned probe; /* waits counted towards the next full-length probe */
    /* Block until the peer rings (HS_RING_OK), or EOF / timeout / error. */
    int (*block)(void *ctx);
    /* Ring the peer's doorbell (false: the peer is gone). */
    bool (*ring)(void *ctx);
    void *ctx;
} hs_ring_end;

/* The host's end (in = resp, out = req) or the enclave's (in = req, out = resp). */
void hs_ring_end_init(hs_ring_end *e, hs_ring *r, bool host_side);
/* Exactly n bytes: HS_RING_OK or an error code. */
int hs_ring_read(hs_ring_end *e, void *buf, size_t n);
int hs_ring_write(hs_ring_end *e, const void *buf, size_t n);

#endif
