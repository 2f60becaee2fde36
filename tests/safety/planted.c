/* A planted one-byte overflow between two adjacent GC objects (issue 4).
 *
 *   planted control    writes the last byte of object a (legal)
 *   planted overflow   writes one byte past the end of a
 *   planted underflow  writes one byte before the start of b
 *
 * a and b are 32-byte blocks taken one after the other from the same
 * size-class page, so in a plain build a[32] IS b[0]: the overflow silently
 * corrupts the neighbour and no tool can see it (it stays inside the one
 * arena object).  Built with PC_ASAN or PC_VALGRIND, core/mem.c poisons free
 * memory and ends every block with a poisoned redzone, so ASan / memcheck
 * must report both planted writes.  Linked with src/core/mem.c only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/host.h"
#include "core/mem.h"

static void *host_reserve(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}
static int64_t host_write(int64_t h, const void *buf, size_t n) { return write(h == CR_STDOUT ? 1 : 2, buf, n); }
static void host_exit(int status) { _exit(status); }
static const cr_host host = {.reserve = host_reserve, .write = host_write, .exit = host_exit};
const cr_host *cr_host_services = &host;

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "control";
    int anchor;
    if (!cr_mem_init((size_t)16 << 20, &anchor)) return 2;
    cr_gc_enable(false);
    unsigned char *a = cr_alloc(32, CR_NOSCAN);
    unsigned char *b = cr_alloc(32, CR_NOSCAN);
    if (!a || !b) return 2;
    volatile unsigned char *va = a, *vb = b;
    long gap = (long)(b - a);
    if (!strcmp(mode, "overflow")) va[32] = 0x41;
    else if (!strcmp(mode, "underflow")) vb[-1] = 0x41;
    else va[31] = 0x41;
    /* In a plain build the overflow lands in b (gap == 32). */
    printf("%s: b - a = %ld, b[0] = %#x\n", mode, gap, (unsigned)vb[0]);
    return 0;
}
