/* Host services for plain Linux (untrusted side): libc and system calls
 * implementing the table of core/host.h. */
#define _GNU_SOURCE
#include "host/linux.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "core/mem.h"
#include "pyclave/runtime.h"

static int64_t hs_write(int64_t h, const void *buf, size_t n)
{
    for (;;) {
        ssize_t r = write((int)h, buf, n);
        if (r < 0 && errno == EINTR) continue;
        return r < 0 ? -errno : r;
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

/* ---- file system and process services for the os module ---- */

static int hs_getcwd(char *buf, size_t n) { return getcwd(buf, n) ? 0 : -errno; }

/* Append s and its NUL to buf at *used if it fits; always count it. */
static void put_entry(char *buf, size_t n, size_t *used, const char *s)
{
    size_t len = strlen(s) + 1;
    if (*used + len <= n) memcpy(buf + *used, s, len);
    *used += len;
}

static int64_t hs_listdir(const char *path, char *buf, size_t n)
{
    DIR *d = opendir(path);
    if (!d) return -errno;
    size_t used = 0;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) break;
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        put_entry(buf, n, &used, e->d_name);
    }
    int err = errno;
    closedir(d);
    return err ? -err : (int64_t)used;
}

static int hs_stat(const char *path, struct cr_host_stat *out)
{
    struct stat st;
    if (stat(path, &st) != 0) return -errno;
    out->mode = st.st_mode;
    out->ino = (int64_t)st.st_ino;
    out->dev = (int64_t)st.st_dev;
    out->nlink = (int64_t)st.st_nlink;
    out->uid = st.st_uid;
    out->gid = st.st_gid;
    out->size = st.st_size;
    out->atime_ns = (int64_t)st.st_atim.tv_sec * 1000000000 + st.st_atim.tv_nsec;
    out->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    out->ctime_ns = (int64_t)st.st_ctim.tv_sec * 1000000000 + st.st_ctim.tv_nsec;
    return 0;
}

static int hs_mkdir(const char *path, int mode) { return mkdir(path, (mode_t)mode) == 0 ? 0 : -errno; }
static int hs_rmdir(const char *path) { return rmdir(path) == 0 ? 0 : -errno; }
static int hs_unlink(const char *path) { return unlink(path) == 0 ? 0 : -errno; }
static int hs_rename(const char *from, const char *to) { return rename(from, to) == 0 ? 0 : -errno; }

extern char **environ;
static int64_t hs_environ(char *buf, size_t n)
{
    size_t used = 0;
    for (char **e = environ; e && *e; e++) put_entry(buf, n, &used, *e);
    return (int64_t)used;
}

static int64_t hs_getpid(void) { return getpid(); }
static int hs_cpu_count(void)
{
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c > 0 && c < 1 << 20 ? (int)c : 0;
}
static const char *hs_strerror(int err) { return strerror(err); }

static void fill_stat(const struct stat *st, struct cr_host_stat *out)
{
    out->mode = st->st_mode;
    out->ino = (int64_t)st->st_ino;
    out->dev = (int64_t)st->st_dev;
    out->nlink = (int64_t)st->st_nlink;
    out->uid = st->st_uid;
    out->gid = st->st_gid;
    out->size = st->st_size;
    out->atime_ns = (int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec;
    out->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    out->ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec;
}

static int hs_lstat(const char *path, struct cr_host_stat *out)
{
    struct stat st;
    if (lstat(path, &st) != 0) return -errno;
    fill_stat(&st, out);
    return 0;
}

static int64_t hs_readlink(const char *path, char *buf, size_t n)
{
    ssize_t r = readlink(path, buf, n);
    if (r < 0) return -errno;
    /* a result filling the buffer may be truncated: ask for more */
    return (size_t)r < n ? (int64_t)r : (int64_t)n + 1;
}

static int hs_symlink(const char *target, const char *linkpath) { return symlink(target, linkpath) == 0 ? 0 : -errno; }

static int hs_chmod(const char *path, int mode, int follow)
{
    int r = fchmodat(AT_FDCWD, path, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return r == 0 ? 0 : -errno;
}

static int hs_utime(const char *path, int64_t atime_ns, int64_t mtime_ns, int follow)
{
    struct timespec ts[2];
    int64_t t[2] = {atime_ns, mtime_ns};
    for (int i = 0; i < 2; i++) {
        if (t[i] < 0) {
            ts[i].tv_sec = 0;
            ts[i].tv_nsec = UTIME_NOW;
        } else {
            ts[i].tv_sec = (time_t)(t[i] / 1000000000);
            ts[i].tv_nsec = (long)(t[i] % 1000000000);
        }
    }
    return utimensat(AT_FDCWD, path, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW) == 0 ? 0 : -errno;
}

static int hs_chdir(const char *path) { return chdir(path) == 0 ? 0 : -errno; }

static int hs_xopen(const char *path, int flags, int mode)
{
    int fd = open(path, flags | O_CLOEXEC, (mode_t)mode);
    return fd >= 0 ? fd : -errno;
}

static int hs_statvfs(const char *path, int64_t out[3])
{
    struct statvfs s;
    if (statvfs(path, &s) != 0) return -errno;
    out[0] = (int64_t)s.f_blocks * (int64_t)s.f_frsize;
    out[1] = (int64_t)s.f_bfree * (int64_t)s.f_frsize;
    out[2] = (int64_t)s.f_bavail * (int64_t)s.f_frsize;
    return 0;
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
    .getcwd = hs_getcwd,
    .listdir = hs_listdir,
    .stat = hs_stat,
    .mkdir = hs_mkdir,
    .rmdir = hs_rmdir,
    .unlink = hs_unlink,
    .rename = hs_rename,
    .environ = hs_environ,
    .getpid = hs_getpid,
    .cpu_count = hs_cpu_count,
    .strerror = hs_strerror,
    .lstat = hs_lstat,
    .readlink = hs_readlink,
    .symlink = hs_symlink,
    .chmod = hs_chmod,
    .utime = hs_utime,
    .chdir = hs_chdir,
    .xopen = hs_xopen,
    .statvfs = hs_statvfs,
};

const cr_host *cr_host_services;

void hs_linux_install(void) { cr_host_services = &linux_host; }

/* The program's data and bss: scanned as GC roots (static Types and
 * globals hold heap pointers). */
extern char __data_start[], _end[];
void hs_linux_register_static_roots(void) { cr_gc_add_root_range(__data_start, _end); }

int hs_linux_init_build_runtime(void *stack_base, const char *argv0)
{
    static const char *argv[1];
    argv[0] = argv0;
    pyclave_config cfg = {
        .heap_cap = (size_t)1 << 30,
        .c_stack_limit = 4u << 20,
        .stack_base = stack_base,
        .argc = 1,
        .argv = argv,
        .isolated = true,
        .ignore_environment = true,
        .executable = "pyclave",
        .hashseed = "0",
    };
    hs_linux_register_static_roots();
    return pyclave_init(&cfg);
}
