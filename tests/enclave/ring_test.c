/* The shared-memory call ring (src/host/ring.h) alone, run by
 * tests/enclave/run.sh against BUILD_DIR/libpyclave.a:
 *   - two threads stream 32 MiB through one direction in random chunk
 *     sizes (wrapping the 256 KiB ring many times) with doorbells on a
 *     socketpair, the consumer sometimes slow (so both sides block);
 *     the bytes must arrive exactly;
 *   - a peer that corrupts the counters (tail too far ahead, head ahead
 *     of tail) is detected (HS_RING_HOSTILE), never used as an index;
 *   - a closed doorbell ends a blocked reader with HS_RING_EOF.
 * Prints `N passed, M failed`. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "host/ring.h"

static int passed, failed;
static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL ring: %s\n", what);
    }
}

typedef struct {
    int fd;
} bell;

static int block(void *ctx)
{
    uint8_t b[64];
    ssize_t r = read(((bell *)ctx)->fd, b, sizeof b);
    return r > 0 ? HS_RING_OK : r == 0 ? HS_RING_EOF : HS_RING_ERROR;
}

static bool ring_it(void *ctx)
{
    uint8_t b = 1;
    return write(((bell *)ctx)->fd, &b, 1) == 1;
}

static hs_ring *R;
static int sv[2];
static const size_t TOTAL = 32u << 20;

static uint8_t byte_at(size_t i) { return (uint8_t)(i * 2654435761u >> 13); }

static void *producer(void *arg)
{
    (void)arg;
    bell b = {sv[0]};
    hs_ring_end e;
    hs_ring_end_init(&e, R, true); /* host side writes req */
    e.block = block;
    e.ring = ring_it;
    e.ctx = &b;
    uint8_t buf[100000];
    size_t sent = 0;
    unsigned seed = 1;
    while (sent < TOTAL) {
        size_t k = 1 + (size_t)rand_r(&seed) % sizeof buf;
        if (k > TOTAL - sent) k = TOTAL - sent;
        for (size_t i = 0; i < k; i++) buf[i] = byte_at(sent + i);
        if (hs_ring_write(&e, buf, k) != HS_RING_OK) return (void *)1;
        sent += k;
    }
    return NULL;
}

int main(void)
{
    R = mmap(NULL, sizeof *R, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (R == MAP_FAILED || socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) return 2;
    pthread_t th;
    pthread_create(&th, NULL, producer, NULL);
    bell b = {sv[1]};
    hs_ring_end e;
    hs_ring_end_init(&e, R, false); /* enclave side reads req */
    e.block = block;
    e.ring = ring_it;
    e.ctx = &b;
    uint8_t buf[70000];
    size_t got = 0, bad = 0;
    unsigned seed = 7;
    int rc = HS_RING_OK;
    while (got < TOTAL && rc == HS_RING_OK) {
        size_t k = 1 + (size_t)rand_r(&seed) % sizeof buf;
        if (k > TOTAL - got) k = TOTAL - got;
        rc = hs_ring_read(&e, buf, k);
        for (size_t i = 0; rc == HS_RING_OK && i < k; i++) bad += buf[i] != byte_at(got + i);
        got += k;
        if (rand_r(&seed) % 64 == 0) { /* a slow consumer: the producer fills the ring and blocks */
            struct timespec ts = {0, 200000};
            nanosleep(&ts, NULL);
        }
    }
    void *pr;
    pthread_join(th, &pr);
    check(rc == HS_RING_OK && pr == NULL, "32 MiB streamed through the ring");
    check(bad == 0, "every byte arrives intact and in order");

    /* Hostile counters: tail more than a ring ahead of what we consumed. */
    uint64_t saved = R->req.tail;
    R->req.tail = e.in_head + HS_RING_CAP + 1;
    check(hs_ring_read(&e, buf, 1) == HS_RING_HOSTILE, "reader detects a corrupt tail");
    R->req.tail = e.in_head - 5; /* behind: wraps to a huge count */
    check(hs_ring_read(&e, buf, 1) == HS_RING_HOSTILE, "reader detects a tail behind the head");
    R->req.tail = saved;
    /* The writer's view: the consumer's head ahead of what was produced. */
    hs_ring_end w;
    hs_ring_end_init(&w, R, true);
    w.out_tail = saved;
    w.block = block;
    w.ring = ring_it;
    w.ctx = &b;
    R->req.head = saved + 10;
    check(hs_ring_write(&w, buf, 1) == HS_RING_HOSTILE, "writer detects a corrupt head");
    R->req.head = saved;
    /* A reader blocked on an empty ring ends when the doorbell closes. */
    close(sv[0]);
    e.spin = HS_RING_SPIN_MIN;
    check(hs_ring_read(&e, buf, 1) == HS_RING_EOF, "closed doorbell: end of file");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
