/* Host services: the only ways out of the trusted runtime (core layer).
 *
 * The interpreter never calls libc or the kernel.  Everything it needs from
 * the outside world goes through this table, which the embedding fills in:
 * the Linux host (src/host/linux_services.c) implements it with libc; the
 * enclave runtime implements it with OCALLs over its channel.  A NULL entry
 * means "not available here" and the caller raises a clear Python error.
 */
#ifndef PYCLAVE_CORE_HOST_H
#define PYCLAVE_CORE_HOST_H

#include <stddef.h>
#include <stdint.h>

enum { CR_STDIN = 0, CR_STDOUT = 1, CR_STDERR = 2 };

struct cr_host_stat;

typedef struct cr_host {
    /* Reserve n bytes of zeroed, readable and writable memory for the heap
     * (done once at start-up; pages may be committed lazily). */
    void *(*reserve)(size_t n);
    /* Write n bytes to stream (CR_STDOUT / CR_STDERR or a file handle);
     * returns bytes written, or a negative errno on failure (-32: the
     * reader of a pipe is gone), -1 when the cause is unknown. */
    int64_t (*write)(int64_t handle, const void *buf, size_t n);
    /* Read up to n bytes; 0 at end of file, -1 on error. */
    int64_t (*read)(int64_t handle, void *buf, size_t n);
    /* Open a file (Linux only); flags as the Python mode string; returns a
     * handle >= 0 or -errno. */
    int64_t (*open)(const char *path, const char *mode);
    int (*close)(int64_t handle);
    int64_t (*seek)(int64_t handle, int64_t off, int whence);
    /* Whole-file read for import; returns a cr_alloc'ed buffer or NULL. */
    void *(*read_file)(const char *path, size_t *len);
    int (*is_dir)(const char *path);
    int (*is_file)(const char *path);
    int (*isatty)(int64_t handle);
    /* Wall clock in nanoseconds since the epoch, monotonic clock in ns. */
    int64_t (*time_ns)(void);
    int64_t (*monotonic_ns)(void);
    /* Fill buf with random bytes; 0 on success. */
    int (*random)(void *buf, size_t n);
    /* Environment variable lookup (NULL if absent or not allowed). */
    const char *(*getenv)(const char *name);
    /* Terminate the process/enclave with a status. */
    void (*exit)(int status); /* must not return */
    /* Bytes of C stack the runtime may use (for the recursion guard). */
    size_t stack_limit;

    /* ---- file system and process services for the os module (Linux
     * only; all NULL inside the enclave, where `import os` raises
     * ImportError).  Paths are NUL-terminated UTF-8.  Functions returning
     * int/int64_t return >= 0 on success and -errno on failure.  List
     * results are NUL-separated entries written into buf (capacity n); the
     * return value is the total size needed, so a caller retries with a
     * larger buf when it is > n. ---- */
    int (*getcwd)(char *buf, size_t n);                   /* -ERANGE if n too small */
    int64_t (*listdir)(const char *path, char *buf, size_t n); /* names, no "." / ".." */
    int (*stat)(const char *path, struct cr_host_stat *st);    /* follows symlinks */
    int (*mkdir)(const char *path, int mode);
    int (*rmdir)(const char *path);
    int (*unlink)(const char *path);
    int (*rename)(const char *from, const char *to);     /* replaces an existing target */
    int64_t (*environ)(char *buf, size_t n);             /* "KEY=VALUE" entries */
    int64_t (*getpid)(void);
    int (*cpu_count)(void);                              /* <= 0 if unknown */
    const char *(*strerror)(int err);                    /* text of an errno value */
    /* Added for pathlib/shutil/tempfile (Linux only, NULL in the enclave). */
    int (*lstat)(const char *path, struct cr_host_stat *st);   /* does not follow symlinks */
    int64_t (*readlink)(const char *path, char *buf, size_t n); /* target length (may be > n) */
    int (*symlink)(const char *target, const char *linkpath);
    int (*chmod)(const char *path, int mode, int follow);      /* follow = 0: lchmod */
    int (*utime)(const char *path, int64_t atime_ns, int64_t mtime_ns, int follow); /* -1 ns: now */
    int (*chdir)(const char *path);
    int (*xopen)(const char *path, int flags, int mode);      /* os.open: Linux O_* flags, fd */
    int (*statvfs)(const char *path, int64_t out[3]);  /* bytes: total, free (f_bfree), available (f_bavail) */
} cr_host;

/* Result of the stat service (times in ns since the epoch). */
struct cr_host_stat {
    int64_t mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns;
};

extern const cr_host *cr_host_services;

#endif
