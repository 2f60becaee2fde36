/* The sandbox backend: the trusted runtime in a child process that can make
 * no system call but read/write on its channel and exit.
 *
 * Child set-up, in order:
 *   1. the channel, two pipes (requests in on descriptor 0, answers out on
 *      descriptor 1: a pipe round trip costs about half of a socketpair's
 *      here), is moved into place and every other descriptor is closed;
 *   2. the trusted runtime starts (en_trusted_entry, the only entry of the
 *      freestanding trusted object linked into this binary; sanitizer
 *      builds call the in-binary copy en_trusted_main): it reserves its fixed
 *      heap (one MAP_NORESERVE mapping, committed lazily by page faults,
 *      which are not system calls) and initialises the interpreter;
 *   3. it calls lockdown(): by default a seccomp filter allowing read on
 *      descriptor 0, write on descriptor 1, exit and rt_sigreturn
 *      (child_lockdown_filter);
 *      with PYCLAVE_SECCOMP=strict, prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT):
 *      read, write, _exit and sigreturn only, and the time stamp counter
 *      disabled.  Anything else kills the child.  Either way time is an
 *      OCALL answered by the host (the filter leaves rdtsc usable, but it is
 *      no trusted clock and the runtime offers no API for it).
 * The child exits with the raw exit system call (glibc's _exit uses
 * exit_group, which strict mode forbids). */
#define _GNU_SOURCE
#include "host/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "enclave/enclave.h"
#include "host/linux.h"
#include "host/ring.h"

enum { CHAN_IN = 0, CHAN_OUT = 1 };

extern char __data_start[], _end[]; /* the program's data and bss (linker) */

/* Channel reads go through a small read-ahead buffer: a request's header
 * and payload usually arrive together and then cost one system call. */
static char rbuf[16384];
static size_t rpos, rlen;

static bool child_read(void *buf, size_t n)
{
    char *p = buf;
    if (rpos < rlen) {
        size_t k = rlen - rpos < n ? rlen - rpos : n;
        memcpy(p, rbuf + rpos, k);
        rpos += k;
        p += k;
        n -= k;
    }
    while (n >= sizeof rbuf / 2) { /* large: straight into the caller's buffer */
        ssize_t r = read(CHAN_IN, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= (size_t)r;
    }
    while (n) {
        ssize_t r = read(CHAN_IN, rbuf, sizeof rbuf);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        rlen = (size_t)r;
        size_t k = rlen < n ? rlen : n;
        memcpy(p, rbuf, k);
        rpos = k;
        p += k;
        n -= k;
    }
    return true;
}

static bool child_write(const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t r = write(CHAN_OUT, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= (size_t)r;
    }
    return true;
}

/* Ring mode (hs_sandbox_spawn with a ring): frames travel through the
 * shared-memory ring (host/ring.h); the pipes only carry doorbells. */
static hs_ring_end child_ring;

static int child_ring_block(void *ctx)
{
    uint8_t drain[64];
    for (;;) {
        ssize_t r = read(CHAN_IN, drain, sizeof drain);
        if (r < 0 && errno == EINTR) continue;
        return r > 0 ? HS_RING_OK : r == 0 ? HS_RING_EOF : HS_RING_ERROR;
    }
}

static bool child_ring_ring(void *ctx)
{
    static const uint8_t bell = 1;
    for (;;) {
        ssize_t r = write(CHAN_OUT, &bell, 1);
        if (r < 0 && errno == EINTR) continue;
        return r == 1;
    }
}

static bool child_ring_read(void *buf, size_t n) { return hs_ring_read(&child_ring, buf, n) == HS_RING_OK; }
static bool child_ring_write(const void *buf, size_t n) { return hs_ring_write(&child_ring, buf, n) == HS_RING_OK; }

#if defined(PC_ASAN)
/* Sanitizer builds: the ASan/UBSan runtime makes system calls of its own
 * (stack bounds on noreturn calls, error reports), which strict mode would
 * punish with SIGKILL; those builds run the child without seccomp. */
static bool child_lockdown(void) { return true; }
#else
/* The child's confinement: the seccomp filter below (default) or strict
 * mode (PYCLAVE_SECCOMP=strict); chosen in child_main, before lockdown. */
static bool child_use_filter;

/* Seccomp filter mode: the same system calls as strict mode, narrower
 * (read on descriptor 0 and write on descriptor 1 only, exit,
 * rt_sigreturn); anything else kills the process.  Unlike strict mode it
 * leaves the time stamp counter enabled, which makes each switch into and
 * out of the child cheaper (the enclave still has no trusted time: rdtsc
 * is not a trusted clock). */
static bool child_lockdown_filter(void)
{
    /* Jump offsets count instructions after the jump: keep them in step
     * with the numbered layout. */
    struct sock_filter prog[] = {
        /* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        /* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        /* 2 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        /* 3 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        /* 4 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit, 11, 0),         /* -> 16 allow */
        /* 5 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_rt_sigreturn, 10, 0), /* -> 16 allow */
        /* 6 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_read, 0, 2),          /* -> 7, else 9 */
        /* 7 */ BPF_STMT(BPF_LDX | BPF_W | BPF_IMM, CHAN_IN),
        /* 8 */ BPF_STMT(BPF_JMP | BPF_JA, 2), /* -> 11 */
        /* 9 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 0, 5), /* -> 10, else 15 kill */
        /* 10 */ BPF_STMT(BPF_LDX | BPF_W | BPF_IMM, CHAN_OUT),
        /* 11: the descriptor, args[0], must equal X (high half zero) */
        /* 11 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]) + 4),
        /* 12 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2), /* -> 13, else 15 kill */
        /* 13 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        /* 14 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_X, 0, 1, 0), /* -> 16 allow, else 15 */
        /* 15 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        /* 16 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog fprog = {.len = (unsigned short)(sizeof prog / sizeof prog[0]), .filter = prog};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0u, &fprog) == 0;
}

static bool child_lockdown(void)
{
    if (child_use_filter) return child_lockdown_filter();
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0) == 0;
}
#endif

static void child_exit(int status)
{
    for (;;) syscall(SYS_exit, status);
}

static void *child_reserve(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void close_other_fds(void)
{
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 2u, ~0u, 0u) == 0) return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (long fd = 2; fd < max; fd++) close((int)fd);
}

static _Noreturn void child_main(int in, int out, size_t heap_size, const volatile uint8_t *cancel, hs_ring *ring)
{
    /* The host's death ends the enclave too. */
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    /* Out of the way of 0 and 1 first (either may be one of them), then
     * into place. */
    in = fcntl(in, F_DUPFD, 3);
    out = fcntl(out, F_DUPFD, 3);
    if (in < 0 || out < 0 || dup2(in, CHAN_IN) < 0 || dup2(out, CHAN_OUT) < 0) child_exit(5);
    close_other_fds();
    static en_channel ch;
    ch.read = child_read;
    ch.write = child_write;
    if (ring) {
        hs_ring_end_init(&child_ring, ring, false);
        child_ring.block = child_ring_block;
        child_ring.ring = child_ring_ring;
        ch.read = child_ring_read;
        ch.write = child_ring_write;
    }
    ch.lockdown = child_lockdown;
#if !defined(PC_ASAN)
    {
        const char *mode = getenv("PYCLAVE_SECCOMP");
        child_use_filter = !(mode && strcmp(mode, "strict") == 0);
    }
#endif
    ch.exit = child_exit;
    ch.reserve = child_reserve;
    ch.heap_size = heap_size;
    ch.cancel = cancel;
    struct rlimit rl;
    size_t stack = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) stack = rl.rlim_cur;
    ch.c_stack_limit = stack > (2u << 20) ? stack - (1u << 20) : stack / 2;
    ch.stack_base = __builtin_frame_address(0);
    if (getrandom(ch.boot_seed, sizeof ch.boot_seed, 0) != (ssize_t)sizeof ch.boot_seed) child_exit(5);
    /* The program's data and bss (which hold the trusted object's static
     * data too) are GC roots: static types and slots hold heap pointers. */
    ch.static_start = __data_start;
    ch.static_end = _end;
#if defined(PC_TRUSTED_OBJ) && PC_TRUSTED_OBJ
    /* The freestanding trusted object (pyclave-trusted.o, `make trusted`):
     * the code measured into MRENCLAVE, not the Linux-mode copies. */
    en_trusted_entry(&ch);
#else
    /* Sanitizer builds: the instrumented in-binary copy (docs/ENCLAVE.md). */
    en_trusted_main(&ch);
#endif
}

static void close_pair(int p[2])
{
    if (p[0] >= 0) close(p[0]);
    if (p[1] >= 0) close(p[1]);
}

pid_t hs_sandbox_spawn(size_t heap_size, hs_ring *ring, int *rfd, int *wfd, volatile uint8_t **cancel)
{
    int req[2] = {-1, -1}, resp[2] = {-1, -1};
    void *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) return -1;
    *cancel = shared;
    /* The host reads answers without blocking (then polls): O_NONBLOCK on
     * its end only (the flag belongs to the open pipe end, not shared with
     * the child's). */
    if (pipe2(req, O_CLOEXEC) < 0 || pipe2(resp, O_CLOEXEC) < 0 ||
        fcntl(resp[0], F_SETFL, fcntl(resp[0], F_GETFL) | O_NONBLOCK) < 0) {
        int e = errno;
        close_pair(req);
        close_pair(resp);
        munmap(shared, 4096);
        errno = e;
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close_pair(req);
        close_pair(resp);
        munmap(shared, 4096);
        errno = e;
        return -1;
    }
    if (pid == 0) {
        close(req[1]);
        close(resp[0]);
        child_main(req[0], resp[1], heap_size, shared, ring);
    }
    close(req[0]);
    close(resp[1]);
    *rfd = resp[0];
    *wfd = req[1];
    return pid;
}
