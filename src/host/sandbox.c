/* The sandbox backend: the trusted runtime in a child process that can make
 * no system call but read/write on its channel and exit.
 *
 * Child set-up, in order:
 *   1. the channel (one end of a socketpair) is moved to descriptor 0 and
 *      every other descriptor is closed;
 *   2. the trusted runtime starts (en_trusted_entry, the only entry of the
 *      freestanding trusted object linked into this binary; sanitizer
 *      builds call the in-binary copy en_trusted_main): it reserves its fixed
 *      heap (one MAP_NORESERVE mapping, committed lazily by page faults,
 *      which are not system calls) and initialises the interpreter;
 *   3. it calls lockdown(): by default a seccomp filter allowing read and
 *      write on descriptor 0, exit and rt_sigreturn (child_lockdown_filter);
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
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "enclave/enclave.h"
#include "host/linux.h"
#include "host/ring.h"

enum { CHAN_FD = 0 };

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
        ssize_t r = read(CHAN_FD, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= (size_t)r;
    }
    while (n) {
        ssize_t r = read(CHAN_FD, rbuf, sizeof rbuf);
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
        ssize_t r = write(CHAN_FD, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= (size_t)r;
    }
    return true;
}

/* Ring mode (hs_sandbox_spawn with a ring): frames travel through the
 * shared-memory ring (host/ring.h); descriptor 0 only carries doorbells. */
static hs_ring_end child_ring;

static int child_ring_block(void *ctx)
{
    uint8_t drain[64];
    for (;;) {
        ssize_t r = read(CHAN_FD, drain, sizeof drain);
        if (r < 0 && errno == EINTR) continue;
        return r > 0 ? HS_RING_OK : r == 0 ? HS_RING_EOF : HS_RING_ERROR;
    }
}

static bool child_ring_ring(void *ctx)
{
    static const uint8_t bell = 1;
    for (;;) {
        ssize_t r = write(CHAN_FD, &bell, 1);
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
 * (read and write on descriptor 0 only, exit, rt_sigreturn); anything else
 * kills the process.  Unlike strict mode it leaves the time stamp counter
 * enabled, which makes each switch into and out of the child cheaper (the
 * enclave still has no trusted time: rdtsc is not a trusted clock). */
static bool child_lockdown_filter(void)
{
    /* Jump offsets count instructions after the jump: keep them in step
     * with the layout (ALLOW is the last instruction, KILL the one before). */
    struct sock_filter prog[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_exit, 8, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_rt_sigreturn, 7, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_read, 1, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_write, 0, 4),
        /* read/write: descriptor 0 only (low and high halves of args[0]) */
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, CHAN_FD, 0, 2),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]) + 4),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
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
    if (syscall(SYS_close_range, 1u, ~0u, 0u) == 0) return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (long fd = 1; fd < max; fd++) close((int)fd);
}

static _Noreturn void child_main(int fd, size_t heap_size, const volatile uint8_t *cancel, hs_ring *ring)
{
    volatile int stack_anchor = 0;
    /* The host's death ends the enclave too. */
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (fd != CHAN_FD) {
        if (dup2(fd, CHAN_FD) < 0) child_exit(5);
    }
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
    ch.stack_base = (void *)&stack_anchor;
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

pid_t hs_sandbox_spawn(size_t heap_size, hs_ring *ring, int *fd, volatile uint8_t **cancel)
{
    int sv[2];
    void *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) return -1;
    *cancel = shared;
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
        munmap(shared, 4096);
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(sv[0]);
        close(sv[1]);
        munmap(shared, 4096);
        errno = e;
        return -1;
    }
    if (pid == 0) {
        close(sv[0]);
        child_main(sv[1], heap_size, shared, ring);
    }
    close(sv[1]);
    *fd = sv[0];
    return pid;
}
