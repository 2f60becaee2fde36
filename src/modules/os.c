/* The posix module: the C half of lib/os.py (Linux mode only).
 *
 * Every call goes through the file-system services of the host table
 * (core/host.h).  Inside the enclave those services are NULL: `import
 * posix` then fails, and so does every module of linux_only[] below (they
 * are registered as built-in modules whose import raises
 * ModuleNotFoundError with the reason), so `import os` says clearly why it
 * is missing instead of failing later on a file operation.
 *
 * Paths are str only here: lib/os.py applies os.fspath first and decodes
 * bytes paths (surrogateescape), re-encoding names it returns.  Besides the
 * path calls there are minimal descriptor calls (open/close/read/write/
 * isatty) for tempfile.mkstemp and Path.touch.
 */
#include "core/host.h"
#include "modules/modules.h"

#define PFN(name) static Val p_##name(Val self, Val *args, size_t nargs, Val kwnames)

static const cr_host *H(void) { return cr_host_services; }

/* Raise the OSError subclass of CPython for errno err (filename may be
 * NULL; filename2 only for two-path calls). */
static Val os_error(int64_t err, Val filename, Val filename2)
{
    static const struct {
        int err;
        Type *t;
    } map[] = {{2, &vm_exc_FileNotFoundError}, {1, &vm_exc_PermissionError},   {13, &vm_exc_PermissionError},
               {17, &vm_exc_FileExistsError},  {21, &vm_exc_IsADirectoryError}, {20, &vm_exc_NotADirectoryError},
               {4, &vm_exc_InterruptedError},  {11, &vm_exc_BlockingIOError},   {32, &vm_exc_BrokenPipeError},
               {10, &vm_exc_ChildProcessError}, {3, &vm_exc_ProcessLookupError}, {110, &vm_exc_TimeoutError}};
    Type *t = &vm_exc_OSError;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].err == err) t = map[i].t;
    const char *text = H()->strerror ? H()->strerror((int)err) : NULL;
    Val msg = vm_str_cstr(text ? text : "Unknown error");
    if (!msg) return NULL;
    Val eargs[5] = {vm_int_from_i64(err), msg, filename ? filename : VM_None, VM_None, filename2};
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    Val e = vm_exc_new(t, vm_tuple_from(eargs, n));
    return e ? vm_err_set_val(e) : NULL;
}

static Val unavailable(void)
{
    return vm_err_str(&vm_exc_OSError, "this operating-system service is not available here");
}

/* The NUL-terminated UTF-8 of a path argument, or NULL with an error set. */
static const char *path_arg(const char *fname, Val p)
{
    if (!vm_is_str(p)) {
        vm_err_fmt(&vm_exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, vm_tname(p));
        return NULL;
    }
    if (cr_span_find_byte(vm_str_span(p), 0, 0) >= 0) {
        vm_err_str(&vm_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return vm_str_cstr_of(p);
}

/* Split the first `used` bytes of buf (NUL-separated entries) into a list
 * of str (as_bytes false) or bytes. */
static Val split_entries(cr_span data, bool as_bytes)
{
    Val l = vm_list_new(0);
    if (!l) return NULL;
    size_t pos = 0;
    while (pos < data.len) {
        int64_t end = cr_span_find_byte(data, 0, pos);
        size_t e = end < 0 ? data.len : (size_t)end;
        cr_span item = cr_span_sub(data, pos, e - pos);
        Val v = as_bytes ? vm_bytes_new(item) : vm_str_decode_utf8(item, "surrogateescape");
        if (!v || vm_list_append(l, v) < 0) return NULL;
        pos = e + 1;
    }
    return l;
}

/* Call a list-returning service, growing the buffer until it fits. */
static Val list_call(int64_t (*fn)(const char *, char *, size_t), int64_t (*fn0)(char *, size_t), const char *path,
                     Val pathval, bool as_bytes)
{
    size_t cap = 4096;
    for (int tries = 0; tries < 8; tries++) {
        cr_buf b;
        cr_buf_init(&b);
        if (!cr_buf_repeat(&b, 0, cap)) return vm_err_nomem();
        int64_t got = fn ? fn(path, (char *)b.ptr, b.len) : fn0((char *)b.ptr, b.len);
        if (got < 0) return os_error(-got, pathval, NULL);
        if ((uint64_t)got <= cap) return split_entries(cr_span_sub(cr_buf_span(&b), 0, (size_t)got), as_bytes);
        if (!cr_add_ok((size_t)got, 4096, &cap)) return vm_err_nomem();
    }
    return vm_err_str(&vm_exc_OSError, "the result kept growing");
}

PFN(getcwd)
{
    if (!vm_check_nargs("getcwd", nargs, kwnames, 0, 0)) return NULL;
    if (!H()->getcwd) return unavailable();
    for (size_t cap = 4096; cap <= 1u << 20; cap *= 4) {
        cr_buf b;
        cr_buf_init(&b);
        if (!cr_buf_repeat(&b, 0, cap)) return vm_err_nomem();
        int r = H()->getcwd((char *)b.ptr, b.len);
        if (r == -34) continue; /* ERANGE: the buffer was too small */
        if (r < 0) return os_error(-r, NULL, NULL);
        int64_t end = cr_span_find_byte(cr_buf_span(&b), 0, 0);
        return vm_str_decode_utf8(cr_span_sub(cr_buf_span(&b), 0, end < 0 ? b.len : (size_t)end), "surrogateescape");
    }
    return os_error(34, NULL, NULL);
}

PFN(listdir)
{
    if (!vm_check_nargs("listdir", nargs, kwnames, 0, 1)) return NULL;
    if (!H()->listdir) return unavailable();
    Val p = nargs ? args[0] : vm_str_cstr(".");
    const char *path = p ? path_arg("listdir", p) : NULL;
    if (!path) return NULL;
    return list_call(H()->listdir, NULL, path, p, false);
}

/* stat(path) / lstat(path) -> (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns) */
static Val stat_call(const char *fname, int (*fn)(const char *, struct cr_host_stat *), Val *args, size_t nargs,
                     Val kwnames)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 1, 1)) return NULL;
    if (!fn) return unavailable();
    const char *path = path_arg(fname, args[0]);
    if (!path) return NULL;
    struct cr_host_stat st = {0};
    int r = fn(path, &st);
    if (r < 0) return os_error(-r, args[0], NULL);
    int64_t f[10] = {st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, st.atime_ns, st.mtime_ns, st.ctime_ns};
    Val items[10];
    for (size_t i = 0; i < 10; i++) {
        items[i] = vm_int_from_i64(f[i]);
        if (!items[i]) return NULL;
    }
    return vm_tuple_from(items, 10);
}

PFN(stat) { return stat_call("stat", H()->stat, args, nargs, kwnames); }
PFN(lstat) { return stat_call("lstat", H()->lstat, args, nargs, kwnames); }

/* readlink(path) -> str */
PFN(readlink)
{
    if (!vm_check_nargs("readlink", nargs, kwnames, 1, 1)) return NULL;
    if (!H()->readlink) return unavailable();
    const char *path = path_arg("readlink", args[0]);
    if (!path) return NULL;
    for (size_t cap = 256; cap <= 1u << 20; cap *= 4) {
        cr_buf b;
        cr_buf_init(&b);
        if (!cr_buf_repeat(&b, 0, cap)) return vm_err_nomem();
        int64_t r = H()->readlink(path, (char *)b.ptr, b.len);
        if (r < 0) return os_error(-r, args[0], NULL);
        if ((uint64_t)r < cap) return vm_str_decode_utf8(cr_span_sub(cr_buf_span(&b), 0, (size_t)r), "surrogateescape");
    }
    return os_error(36, args[0], NULL);
}

/* symlink(src, dst): dst becomes a link to src */
PFN(symlink)
{
    if (!vm_check_nargs("symlink", nargs, kwnames, 2, 2)) return NULL;
    if (!H()->symlink) return unavailable();
    const char *from = path_arg("symlink", args[0]);
    if (!from) return NULL;
    const char *to = path_arg("symlink", args[1]);
    if (!to) return NULL;
    int r = H()->symlink(from, to);
    return r < 0 ? os_error(-r, args[0], args[1]) : VM_None;
}

/* Read the integer argument i (an int) into *out. */
static bool int_arg(Val *args, size_t i, int64_t *out)
{
    return vm_as_ssize(args[i], out, &vm_exc_OverflowError);
}

/* chmod(path, mode, follow) */
PFN(chmod)
{
    if (!vm_check_nargs("chmod", nargs, kwnames, 3, 3)) return NULL;
    if (!H()->chmod) return unavailable();
    const char *path = path_arg("chmod", args[0]);
    int64_t mode, follow;
    if (!path || !int_arg(args, 1, &mode) || !int_arg(args, 2, &follow)) return NULL;
    int r = H()->chmod(path, (int)(mode & 07777), (int)follow);
    return r < 0 ? os_error(-r, args[0], NULL) : VM_None;
}

/* utime(path, atime_ns, mtime_ns, follow); negative times mean "now" */
PFN(utime)
{
    if (!vm_check_nargs("utime", nargs, kwnames, 4, 4)) return NULL;
    if (!H()->utime) return unavailable();
    const char *path = path_arg("utime", args[0]);
    int64_t at, mt, follow;
    if (!path || !int_arg(args, 1, &at) || !int_arg(args, 2, &mt) || !int_arg(args, 3, &follow)) return NULL;
    int r = H()->utime(path, at, mt, (int)follow);
    return r < 0 ? os_error(-r, args[0], NULL) : VM_None;
}

/* open(path, flags, mode) -> fd */
PFN(open)
{
    if (!vm_check_nargs("open", nargs, kwnames, 3, 3)) return NULL;
    if (!H()->xopen) return unavailable();
    const char *path = path_arg("open", args[0]);
    int64_t flags, mode;
    if (!path || !int_arg(args, 1, &flags) || !int_arg(args, 2, &mode)) return NULL;
    if (flags < 0 || flags > 0x7fffffff) return vm_err_str(&vm_exc_OverflowError, "signed integer is greater than maximum");
    int r = H()->xopen(path, (int)flags, (int)(mode & 07777));
    return r < 0 ? os_error(-r, args[0], NULL) : vm_int_from_i64(r);
}

static bool fd_arg(Val *args, size_t i, int64_t *fd)
{
    if (!int_arg(args, i, fd)) return false;
    if (*fd < 0 || *fd > 0x7fffffff) {
        os_error(9, NULL, NULL);
        return false;
    }
    return true;
}

PFN(close)
{
    if (!vm_check_nargs("close", nargs, kwnames, 1, 1)) return NULL;
    int64_t fd;
    if (!fd_arg(args, 0, &fd)) return NULL;
    if (!H()->close) return unavailable();
    return H()->close(fd) < 0 ? os_error(9, NULL, NULL) : VM_None;
}

/* write(fd, bytes) -> count */
PFN(write)
{
    if (!vm_check_nargs("write", nargs, kwnames, 2, 2)) return NULL;
    int64_t fd;
    if (!fd_arg(args, 0, &fd)) return NULL;
    if (!vm_is_bytes(args[1])) return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(args[1]));
    cr_span d = vm_bytes_span(args[1]);
    int64_t n = H()->write(fd, d.ptr, d.len);
    return n < 0 ? os_error(9, NULL, NULL) : vm_int_from_i64(n);
}

/* read(fd, n) -> bytes */
PFN(read)
{
    if (!vm_check_nargs("read", nargs, kwnames, 2, 2)) return NULL;
    int64_t fd, n;
    if (!fd_arg(args, 0, &fd) || !int_arg(args, 1, &n)) return NULL;
    if (n < 0) return os_error(22, NULL, NULL);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_repeat(&b, 0, (size_t)n)) return vm_err_nomem();
    int64_t got = n ? H()->read(fd, b.ptr, b.len) : 0;
    if (got < 0) return os_error(9, NULL, NULL);
    return vm_bytes_new(cr_span_sub(cr_buf_span(&b), 0, (size_t)got));
}

PFN(isatty)
{
    if (!vm_check_nargs("isatty", nargs, kwnames, 1, 1)) return NULL;
    int64_t fd;
    if (!int_arg(args, 0, &fd)) return NULL;
    return vm_bool(fd >= 0 && fd <= 0x7fffffff && H()->isatty && H()->isatty(fd) > 0);
}

/* statvfs(path) -> (total, free, avail) in bytes */
PFN(statvfs)
{
    if (!vm_check_nargs("statvfs", nargs, kwnames, 1, 1)) return NULL;
    if (!H()->statvfs) return unavailable();
    const char *path = path_arg("statvfs", args[0]);
    if (!path) return NULL;
    int64_t out[3] = {0, 0, 0};
    int r = H()->statvfs(path, out);
    if (r < 0) return os_error(-r, args[0], NULL);
    Val items[3];
    for (size_t i = 0; i < 3; i++)
        if (!(items[i] = vm_int_from_i64(out[i]))) return NULL;
    return vm_tuple_from(items, 3);
}

PFN(mkdir)
{
    if (!vm_check_nargs("mkdir", nargs, kwnames, 1, 2)) return NULL;
    if (!H()->mkdir) return unavailable();
    const char *path = path_arg("mkdir", args[0]);
    if (!path) return NULL;
    int64_t mode = 0777;
    if (nargs == 2 && !vm_as_ssize(args[1], &mode, &vm_exc_OverflowError)) return NULL;
    int r = H()->mkdir(path, (int)(mode & 07777));
    return r < 0 ? os_error(-r, args[0], NULL) : VM_None;
}

/* rmdir / unlink: one path, one service. */
static Val one_path(const char *fname, int (*fn)(const char *), Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 1, 1)) return NULL;
    if (!fn) return unavailable();
    const char *path = path_arg(fname, args[0]);
    if (!path) return NULL;
    int r = fn(path);
    return r < 0 ? os_error(-r, args[0], NULL) : VM_None;
}

PFN(rmdir) { return one_path("rmdir", H()->rmdir, args, nargs, kwnames); }
PFN(unlink) { return one_path("unlink", H()->unlink, args, nargs, kwnames); }
PFN(chdir) { return one_path("chdir", H()->chdir, args, nargs, kwnames); }

PFN(rename)
{
    if (!vm_check_nargs("rename", nargs, kwnames, 2, 2)) return NULL;
    if (!H()->rename) return unavailable();
    const char *from = path_arg("rename", args[0]);
    if (!from) return NULL;
    const char *to = path_arg("rename", args[1]);
    if (!to) return NULL;
    int r = H()->rename(from, to);
    return r < 0 ? os_error(-r, args[0], args[1]) : VM_None;
}

/* environ() -> list of b"KEY=VALUE" */
PFN(environ)
{
    if (!vm_check_nargs("environ", nargs, kwnames, 0, 0)) return NULL;
    if (!H()->environ) return vm_list_new(0);
    return list_call(NULL, H()->environ, NULL, NULL, true);
}

PFN(getpid)
{
    if (!vm_check_nargs("getpid", nargs, kwnames, 0, 0)) return NULL;
    return H()->getpid ? vm_int_from_i64(H()->getpid()) : unavailable();
}

PFN(cpu_count)
{
    if (!vm_check_nargs("cpu_count", nargs, kwnames, 0, 0)) return NULL;
    int n = H()->cpu_count ? H()->cpu_count() : 0;
    return n > 0 ? vm_int_from_i64(n) : VM_None;
}

PFN(urandom)
{
    if (!vm_check_nargs("urandom", nargs, kwnames, 1, 1)) return NULL;
    int64_t n;
    if (!vm_as_ssize(args[0], &n, &vm_exc_OverflowError)) return NULL;
    if (n < 0) return vm_err_str(&vm_exc_ValueError, "negative argument not allowed");
    if (!H()->random) return unavailable();
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_repeat(&b, 0, (size_t)n)) return vm_err_nomem();
    if (n && H()->random(b.ptr, b.len) != 0) return os_error(5, NULL, NULL);
    return vm_bytes_new(cr_buf_span(&b));
}

PFN(strerror)
{
    if (!vm_check_nargs("strerror", nargs, kwnames, 1, 1)) return NULL;
    int64_t n;
    if (!vm_as_ssize(args[0], &n, &vm_exc_OverflowError)) return NULL;
    if (n < -2147483647 || n > 2147483647) return vm_err_str(&vm_exc_OverflowError, "signed integer is greater than maximum");
    const char *text = H()->strerror ? H()->strerror((int)n) : NULL;
    return vm_str_cstr(text ? text : "Unknown error");
}

static const vm_methoddef posix_functions[] = {
    {"getcwd", p_getcwd, 0, NULL},   {"listdir", p_listdir, 0, NULL}, {"stat", p_stat, 0, NULL},
    {"mkdir", p_mkdir, 0, NULL},     {"rmdir", p_rmdir, 0, NULL},     {"unlink", p_unlink, 0, NULL},
    {"remove", p_unlink, 0, NULL},   {"rename", p_rename, 0, NULL},   {"replace", p_rename, 0, NULL},
    {"environ", p_environ, 0, NULL}, {"getpid", p_getpid, 0, NULL},   {"cpu_count", p_cpu_count, 0, NULL},
    {"urandom", p_urandom, 0, NULL}, {"strerror", p_strerror, 0, NULL}, {"lstat", p_lstat, 0, NULL},
    {"readlink", p_readlink, 0, NULL}, {"symlink", p_symlink, 0, NULL}, {"chmod", p_chmod, 0, NULL},
    {"utime", p_utime, 0, NULL},     {"chdir", p_chdir, 0, NULL},     {"open", p_open, 0, NULL},
    {"close", p_close, 0, NULL},     {"write", p_write, 0, NULL},     {"read", p_read, 0, NULL},
    {"isatty", p_isatty, 0, NULL},   {"statvfs", p_statvfs, 0, NULL}, {NULL, NULL, 0, NULL},
};

/* The file system is there when the host offers its services. */
static bool have_fs(void) { return H() && H()->listdir && H()->stat && H()->getcwd; }

static Val not_in_enclave(Val module)
{
    Val name = ((ModuleObj *)(void *)val_obj(module))->name;
    return vm_err_fmt(&vm_exc_ModuleNotFoundError, "No module named %R: not available inside the enclave (no file system)",
                      name);
}

static int posix_init(Val module)
{
    if (!have_fs()) return not_in_enclave(module) ? 0 : -1;
    return vm_module_add_functions(module, posix_functions);
}

static int blocked_init(Val module) { return not_in_enclave(module) ? 0 : -1; }

/* Modules that need the operating system: inside the enclave (no file
 * system services) importing any of them raises ModuleNotFoundError. */
static const char *const linux_only[] = {"os",         "posixpath", "pathlib", "shutil", "tempfile",
                                         "subprocess", "socket",    "glob"};

int md_os_register(void)
{
    vm_register_builtin_module("posix", posix_init);
    if (!have_fs())
        for (size_t i = 0; i < sizeof linux_only / sizeof linux_only[0]; i++)
            vm_register_builtin_module(linux_only[i], blocked_init);
    return 0;
}
