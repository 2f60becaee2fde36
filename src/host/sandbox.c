/* The sandbox backend: the trusted runtime in a child process that can make
 * no system call but read/write on its channel and exit.
 *
 * Child set-up, in order:
 *   1. the channel (one end of a socketpair) is moved to descriptor 0 and
 *      every other descriptor is closed;
 *   2. the trusted runtime starts (en_trusted_main): it reserves its fixed
 *      heap (one MAP_NORESERVE mapping, committed lazily by page faults,
 *      which are not system calls) and initialises the interpreter;
 *   3. it calls lockdown(): prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT).
 *      From then on read, write, _exit and sigreturn are the only system
 *      calls; anything else kills the child with SIGKILL.  Strict mode also
 *      disables the time stamp counter (rdtsc faults), so the enclave has no
 *      clock of its own: time is an OCALL answered by the host.
 * The child exits with the raw exit system call (glibc's _exit uses
 * exit_group, which strict mode forbids). */
#define _GNU_SOURCE
#include "host/sandbox.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "enclave/enclave.h"
#include "host/linux.h"

enum { CHAN_FD = 0 };

static bool child_read(void *buf, size_t n)
{
    char *p = buf;
    while (n) {
        ssize_t r = read(CHAN_FD, p, n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        p += r;
        n -= (size_t)r;
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

#if defined(PC_ASAN)
/* Sanitizer builds: the ASan/UBSan runtime makes system calls of its own
 * (stack bounds on noreturn calls, error reports), which strict mode would
 * punish with SIGKILL; those builds run the child without seccomp. */
static bool child_lockdown(void) { return true; }
#else
static bool child_lockdown(void) { return prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0) == 0; }
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

static _Noreturn void child_main(int fd, size_t heap_size, const volatile uint8_t *cancel)
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
    ch.lockdown = child_lockdown;
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
    /* The program's data and bss hold GC roots (static types and slots). */
    hs_linux_register_static_roots();
    en_trusted_main(&ch);
}

pid_t hs_sandbox_spawn(size_t heap_size, int *fd, volatile uint8_t **cancel)
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
        child_main(sv[1], heap_size, shared);
    }
    close(sv[1]);
    *fd = sv[0];
    return pid;
}
