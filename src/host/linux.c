/* Host services for plain Linux (untrusted side): libc and system calls
 * implementing the table of core/host.h. */
#define _GNU_SOURCE
#include "host/linux.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/mem.h"

static int64_t hs_write(int64_t h, const void *buf, size_t n)
{
    for (;;) {
        ssize_t r = write((int)h, buf, n);
        if (r < 0 && errno == EINTR) continue;
        return r;
    }
}

static int64_t hs_read(int64_t h, void *buf, size_t n)
{
    for (;;) {
        ssize_t r = read((int)h, buf, n);
        if (r < 0 && errno == EINTR) continue;
        return r;
    }
}

static int64_t hs_open(const char *path, const char *mode)
{
    int flags = 0;
    bool plus = mode[0] && mode[1] == '+';
    switch (mode[0]) {
    case 'r': flags = plus ? O_RDWR : O_RDONLY; break;
    case 'w': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC; break;
    case 'a': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND; break;
    case 'x': flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL; break;
    default: return -EINVAL;
    }
    int fd = open(path, flags | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

static int hs_close(int64_t h) { return close((int)h); }
static int64_t hs_seek(int64_t h, int64_t off, int whence) { return lseek((int)h, off, whence); }

static void *hs_read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = cr_alloc(cap, CR_NOSCAN);
    while (buf) {
        if (n == cap) {
            char *nb = cr_realloc(buf, cap, cap * 2, CR_NOSCAN);
            buf = nb;
            cap *= 2;
            if (!buf) break;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        n += (size_t)r;
    }
    close(fd);
    *len = n;
    return buf;
}

static int hs_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int hs_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int hs_isatty(int64_t h) { return isatty((int)h); }

static int64_t hs_time_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t hs_monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int hs_random(void *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t r = getrandom((char *)buf + done, n - done, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        done += (size_t)r;
    }
    return 0;
}

static const char *hs_getenv(const char *name) { return getenv(name); }
static void hs_exit(int status) { _exit(status); }

static void *hs_reserve(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static const cr_host linux_host = {
    .reserve = hs_reserve,
    .write = hs_write,
    .read = hs_read,
    .open = hs_open,
    .close = hs_close,
    .seek = hs_seek,
    .read_file = hs_read_file,
    .is_dir = hs_is_dir,
    .is_file = hs_is_file,
    .isatty = hs_isatty,
    .time_ns = hs_time_ns,
    .monotonic_ns = hs_monotonic_ns,
    .random = hs_random,
    .getenv = hs_getenv,
    .exit = hs_exit,
};

const cr_host *cr_host_services;

void hs_linux_install(void) { cr_host_services = &linux_host; }

/* The program's data and bss: scanned as GC roots (static Types and
 * globals hold heap pointers). */
extern char __data_start[], _end[];
void hs_linux_register_static_roots(void) { cr_gc_add_root_range(__data_start, _end); }
