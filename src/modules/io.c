/* File objects: sys.stdin/stdout/stderr and open() (text and binary modes),
 * on top of the host's read/write/open services; the io module. */
#include "core/host.h"
#include "modules/modules.h"
#include "vm/import.h"
#include "vm/str.h"
#include "vm/type.h"

typedef struct FileObj FileObj;
struct FileObj {
    Obj base;
    Val dict;
    Val name, mode;  /* str */
    bool binary, readable, writable, line_buffered, is_std;
    bool no_close;   /* open(fd, closefd=False): close() leaves the descriptor open */
    /* The stream state: this object's own, or for a text file's .buffer
     * its text file's, so that bytes and text written (or read) through
     * either keep their order and share one read-ahead. */
    FileObj *io;
    Val buffer;      /* text files: the binary .buffer, made on first use */
    int64_t handle;  /* host handle, -1 when closed */
    bool closed;
    cr_buf out;      /* pending output */
    cr_buf in;       /* read-ahead input */
    size_t in_pos;
    bool eof;
    /* reconfigure(): text encoding and error handler (NULL: utf-8 and
     * strict, written as is), output newline (NULL: "\n"), write_through. */
    Val encoding, errors, newline;
    bool write_through;
};
#define FILE_(o) ((FileObj *)(void *)val_obj(o))

extern Type md_type_textio, md_type_bufferedio;

static bool unbuffered_flag;
void md_io_set_unbuffered(bool on) { unbuffered_flag = on; }

static Val closed_error(void) { return vm_err_str(&vm_exc_ValueError, "I/O operation on closed file."); }

static int flush_out(FileObj *f)
{
    size_t done = 0;
    while (done < f->io->out.len) {
        int64_t n = cr_host_services->write(f->io->handle, f->io->out.ptr + done, f->io->out.len - done); /* boundary: done < len */
        if (n <= 0) {
            f->io->out.len = 0;
            /* A closed pipe (SIGPIPE is ignored, as in CPython). */
            bool pipe = n == -32;
            Val eargs[2] = {vm_int_from_i64(pipe ? 32 : 5), vm_str_cstr(pipe ? "Broken pipe" : "Input/output error")};
            Val t = eargs[0] && eargs[1] ? vm_tuple_from(eargs, 2) : NULL;
            Val e = t ? vm_exc_new(pipe ? &vm_exc_BrokenPipeError : &vm_exc_OSError, t) : NULL;
            if (e) vm_err_set_val(e);
            else if (!vm_err_occurred()) vm_err_nomem();
            return -1;
        }
        done += (size_t)n;
    }
    f->io->out.len = 0;
    return 0;
}

/* io.UnsupportedOperation (lib/io.py: an OSError and ValueError) for a
 * read of a write-only file or the reverse, with CPython's messages:
 * binary files name the operation, text files say "not readable". */
static Val unsupported(const FileObj *f, bool reading)
{
    const char *msg = f->binary ? (reading ? "read" : "write") : (reading ? "not readable" : "not writable");
    Val io = vm_import_module("io");
    Val cls = io ? vm_getattr_cstr(io, "UnsupportedOperation") : NULL;
    if (!cls) {
        vm_err_clear();
        return vm_err_str(&vm_exc_ValueError, msg);
    }
    Val m = vm_str_cstr(msg);
    Val e = m ? vm_call(cls, &m, 1, NULL) : NULL;
    return e ? vm_err_set_val(e) : NULL;
}

static Val file_write(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("write", nargs, kwnames, 1, 1)) return NULL;
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    if (!f->writable) return unsupported(f, false);
    Val v = args[0];
    cr_span data;
    size_t count;
    if (f->binary) {
        int got = vm_buffer_get(v, &data);
        if (got < 0) return NULL;
        if (got == 0) return vm_err_fmt(&vm_exc_TypeError, "a bytes-like object is required, not '%s'", vm_tname(v));
        count = data.len;
    } else {
        if (!vm_is_str(v)) return vm_err_fmt(&vm_exc_TypeError, "write() argument must be str, not %s", vm_tname(v));
        count = vm_str_len(v);
        if (f->newline && cr_span_find_byte(vm_str_span(v), '\n', 0) >= 0) {
            Val nl[2] = {vm_str_cstr("\n"), f->newline};
            if (!nl[0] || !(v = vm_call_method(v, "replace", nl, 2))) return NULL;
        }
        data = vm_str_span(v);
        if (f->encoding || f->errors) {
            Val ea[2] = {f->encoding ? f->encoding : vm_str_cstr("utf-8"), f->errors ? f->errors : vm_str_cstr("strict")};
            Val enc = ea[0] && ea[1] ? vm_call_method(v, "encode", ea, 2) : NULL;
            if (!enc) return NULL;
            data = vm_bytes_span(enc);
        } else if (!vm_str_is_ascii(v) && cr_utf8_validate(data) >= 0) {
            /* Lone surrogates cannot be written as UTF-8. */
            Val enc = vm_call_method(v, "encode", NULL, 0);
            if (!enc) return NULL;
        }
    }
    if (!cr_buf_append(&f->io->out, data)) return vm_err_nomem();
    bool flush = (unbuffered_flag && f->is_std) || f->write_through;
    if (!flush && f->line_buffered && cr_span_find_byte(data, '\n', 0) >= 0) flush = true;
    if (!flush && f->io->out.len >= 8192) flush = true;
    if (flush && flush_out(f) < 0) return NULL;
    return vm_int_from_u64(count);
}

static Val file_flush(Val self, Val *args, size_t nargs, Val kwnames)
{
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    if (f->io->out.len && flush_out(f) < 0) return NULL;
    return VM_None;
}

/* Make at least one more byte available in the input buffer (false at EOF). */
static int fill_input(FileObj *f)
{
    if (f->io->eof) return 0;
    if (f->io->in_pos > 0) {
        size_t rest = f->io->in.len - f->io->in_pos;
        cr_buf_write_at(&f->io->in, 0, cr_span_sub(cr_buf_span(&f->io->in), f->io->in_pos, rest));
        cr_buf_truncate(&f->io->in, rest);
        f->io->in_pos = 0;
    }
    if (!cr_host_services->read) {
        /* The enclave has no standard input (docs/ENCLAVE.md). */
        vm_err_str(&vm_exc_OSError, "reading is not available inside the enclave (no standard input)");
        return -1;
    }
    uint8_t tmp[4096];
    int64_t n = cr_host_services->read(f->io->handle, tmp, sizeof tmp);
    if (n < 0) {
        vm_err_str(&vm_exc_OSError, "[Errno 5] Input/output error");
        return -1;
    }
    if (n == 0) {
        f->io->eof = true;
        return 0;
    }
    if (!cr_buf_append(&f->io->in, cr_span_make(tmp, (size_t)n))) {
        vm_err_nomem();
        return -1;
    }
    return 1;
}

static Val make_result(FileObj *f, cr_span data)
{
    if (f->binary) return vm_bytes_new(data);
    return vm_str_decode_utf8(data, "strict");
}

static Val file_readline(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("readline", nargs, kwnames, 0, 1)) return NULL;
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    if (!f->readable) return unsupported(f, true);
    int64_t limit = -1;
    if (nargs == 1 && args[0] != VM_None && !vm_as_ssize(args[0], &limit, &vm_exc_OverflowError)) return NULL;
    size_t scanned = 0;
    for (;;) {
        cr_span avail = cr_span_from(cr_buf_span(&f->io->in), f->io->in_pos);
        int64_t nl = cr_span_find_byte(avail, '\n', scanned);
        size_t take = 0;
        if (nl >= 0) take = (size_t)nl + 1;
        if (limit >= 0 && avail.len >= (uint64_t)limit && (nl < 0 || take > (size_t)limit)) take = (size_t)limit;
        if (take) {
            Val r = make_result(f, cr_span_sub(avail, 0, take));
            f->io->in_pos += take;
            return r;
        }
        scanned = avail.len;
        int got = fill_input(f);
        if (got < 0) return NULL;
        if (got == 0) {
            Val r = make_result(f, avail);
            f->io->in_pos += avail.len;
            return r;
        }
    }
}

static Val file_read(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("read", nargs, kwnames, 0, 1)) return NULL;
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    if (!f->readable) return unsupported(f, true);
    int64_t limit = -1;
    if (nargs == 1 && args[0] != VM_None && !vm_as_ssize(args[0], &limit, &vm_exc_OverflowError)) return NULL;
    for (;;) {
        size_t avail = f->io->in.len - f->io->in_pos;
        if (limit >= 0 && avail >= (uint64_t)limit) break;
        int got = fill_input(f);
        if (got < 0) return NULL;
        if (got == 0) break;
    }
    cr_span avail = cr_span_from(cr_buf_span(&f->io->in), f->io->in_pos);
    size_t take = limit >= 0 && (uint64_t)limit < avail.len ? (size_t)limit : avail.len;
    if (!f->binary && limit >= 0) {
        /* limit counts characters: extend over continuation bytes. */
        size_t cps = 0, i = 0;
        while (i < avail.len && cps < (size_t)limit) {
            i++;
            while (i < avail.len && (cr_span_at(avail, i) & 0xC0) == 0x80) i++;
            cps++;
        }
        take = i;
    }
    Val r = make_result(f, cr_span_sub(avail, 0, take));
    f->io->in_pos += take;
    return r;
}

static Val file_readlines(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val l = vm_list_new(0);
    if (!l) return NULL;
    for (;;) {
        Val line = file_readline(self, NULL, 0, NULL);
        if (!line) return NULL;
        if (vm_len(line) == 0) return l;
        if (vm_list_append(l, line) < 0) return NULL;
    }
}

static Val file_iternext(Val self)
{
    Val line = file_readline(self, NULL, 0, NULL);
    if (!line) return NULL;
    if (vm_len(line) == 0) return NULL;
    return line;
}

static Val file_iter(Val self)
{
    if (FILE_(self)->io->closed) return closed_error();
    return self;
}

static Val file_close(Val self, Val *args, size_t nargs, Val kwnames)
{
    FileObj *f = FILE_(self);
    if (f->io->closed) return VM_None;
    if (f->io->out.len && flush_out(f) < 0) return NULL;
    if (!f->is_std && !f->io->no_close && cr_host_services->close) cr_host_services->close(f->io->handle);
    f->io->closed = true;
    return VM_None;
}

static Val file_enter(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (FILE_(self)->io->closed) return closed_error();
    return self;
}
static Val file_exit(Val self, Val *args, size_t nargs, Val kwnames) { return file_close(self, NULL, 0, NULL) ? VM_False : NULL; }
static Val file_fileno(Val self, Val *args, size_t nargs, Val kwnames) { return vm_int_from_i64(FILE_(self)->io->handle); }
static Val file_isatty(Val self, Val *args, size_t nargs, Val kwnames)
{
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    return vm_bool(cr_host_services->isatty && cr_host_services->isatty(f->io->handle));
}
static Val file_readable(Val self, Val *args, size_t nargs, Val kwnames) { return vm_bool(FILE_(self)->readable); }
static Val file_writable(Val self, Val *args, size_t nargs, Val kwnames) { return vm_bool(FILE_(self)->writable); }
static Val file_seekable(Val self, Val *args, size_t nargs, Val kwnames) { return vm_bool(!FILE_(self)->is_std); }

static Val file_seek(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("seek", nargs, kwnames, 1, 2)) return NULL;
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    int64_t off, whence = 0;
    if (!vm_as_ssize(args[0], &off, &vm_exc_OverflowError)) return NULL;
    if (nargs == 2 && !vm_as_ssize(args[1], &whence, &vm_exc_OverflowError)) return NULL;
    if (f->io->out.len && flush_out(f) < 0) return NULL;
    if (whence == 1) off -= (int64_t)(f->io->in.len - f->io->in_pos);
    cr_buf_truncate(&f->io->in, 0);
    f->io->in_pos = 0;
    f->io->eof = false;
    if (!cr_host_services->seek) return vm_err_str(&vm_exc_OSError, "seek not supported");
    int64_t r = cr_host_services->seek(f->io->handle, off, (int)whence);
    if (r < 0) return vm_err_str(&vm_exc_OSError, "[Errno 22] Invalid argument");
    return vm_int_from_i64(r);
}

static Val file_tell(Val self, Val *args, size_t nargs, Val kwnames)
{
    FileObj *f = FILE_(self);
    if (f->io->closed) return closed_error();
    if (f->io->out.len && flush_out(f) < 0) return NULL;
    if (!cr_host_services->seek) return vm_err_str(&vm_exc_OSError, "tell not supported");
    int64_t r = cr_host_services->seek(f->io->handle, 0, 1);
    if (r < 0) return vm_err_str(&vm_exc_OSError, "[Errno 29] Illegal seek");
    return vm_int_from_i64(r - (int64_t)(f->io->in.len - f->io->in_pos));
}

static Val file_writelines(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("writelines", nargs, kwnames, 1, 1)) return NULL;
    Val it = vm_iter(args[0]);
    if (!it) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : VM_None;
        if (!file_write(self, &x, 1, NULL)) return NULL;
    }
}

static bool is_utf8_name(Val name)
{
    Val low = vm_call_method(name, "lower", NULL, 0);
    if (!low) return false;
    Val args[2] = {vm_str_cstr("_"), vm_str_cstr("-")};
    Val norm = args[0] && args[1] ? vm_call_method(low, "replace", args, 2) : NULL;
    if (!norm) return false;
    return vm_str_eq_cstr(norm, "utf-8") || vm_str_eq_cstr(norm, "utf8") || vm_str_eq_cstr(norm, "u8");
}

/* An optional str keyword of reconfigure(): NULL when absent or None. */
static bool opt_str_arg(Val v, const char *what, Val *out)
{
    *out = NULL;
    if (!v || v == VM_None) return true;
    if (!vm_is_str(v)) {
        vm_err_fmt(&vm_exc_TypeError, "reconfigure() argument '%s' must be str or None, not %s", what, vm_tname(v));
        return false;
    }
    *out = v;
    return true;
}

/* reconfigure(*, encoding=None, errors=None, newline=None,
 * line_buffering=None, write_through=None), as io.TextIOWrapper: pending
 * output is flushed first; a new encoding without errors resets errors to
 * strict.  Text is read as UTF-8 only, so a readable stream keeps UTF-8. */
static Val file_reconfigure(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    Val a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (nargs > 0) return vm_err_str(&vm_exc_TypeError, "reconfigure() takes no positional arguments");
    if (!vm_parse_args("reconfigure", args, nargs, kwnames, kw, 0, 0, 5, a)) return NULL;
    FileObj *f = FILE_(self);
    Val enc, errs, nl;
    if (!opt_str_arg(a[0], "encoding", &enc) || !opt_str_arg(a[1], "errors", &errs) ||
        !opt_str_arg(a[2], "newline", &nl))
        return NULL;
    if (nl && !vm_str_eq_cstr(nl, "") && !vm_str_eq_cstr(nl, "\n") && !vm_str_eq_cstr(nl, "\r") &&
        !vm_str_eq_cstr(nl, "\r\n"))
        return vm_err_fmt(&vm_exc_ValueError, "illegal newline value: %U", nl);
    int lb = -1, wt = -1;
    for (int k = 3; k < 5; k++) {
        if (!a[k] || a[k] == VM_None) continue;
        int64_t n;
        if (!vm_is_int(a[k]))
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(a[k]));
        if (vm_int_as_i64(a[k], &n) < 0) return NULL;
        if (k == 3) lb = n != 0;
        else wt = n != 0;
    }
    if (enc) {
        Val probe = vm_str_cstr("");
        if (!probe || !vm_call_method(probe, "encode", &enc, 1)) return NULL; /* LookupError: unknown encoding */
        bool utf8 = is_utf8_name(enc);
        if (vm_err_occurred()) return NULL;
        if (f->readable && !utf8)
            return vm_err_fmt(&vm_exc_ValueError, "pyclave reads text as UTF-8 only: a readable stream cannot use "
                                                  "encoding %R", enc);
    }
    if (f->writable && !f->io->closed && flush_out(f) < 0) return NULL;
    if (enc) {
        f->encoding = enc;
        f->errors = errs; /* a new encoding without errors means strict */
    } else if (errs) {
        f->errors = errs;
    }
    if (a[2]) f->newline = nl && (vm_str_eq_cstr(nl, "\r") || vm_str_eq_cstr(nl, "\r\n")) ? nl : NULL;
    if (lb >= 0) f->line_buffered = lb;
    if (wt >= 0) f->write_through = wt;
    return VM_None;
}

static const vm_methoddef file_methods[] = {
    {"write", file_write, 0, NULL},       {"flush", file_flush, 0, NULL},
    {"read", file_read, 0, NULL},         {"readline", file_readline, 0, NULL},
    {"readlines", file_readlines, 0, NULL}, {"writelines", file_writelines, 0, NULL},
    {"close", file_close, 0, NULL},       {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},     {"fileno", file_fileno, 0, NULL},
    {"isatty", file_isatty, 0, NULL},     {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL}, {"seekable", file_seekable, 0, NULL},
    {"seek", file_seek, 0, NULL},         {"tell", file_tell, 0, NULL},
    {"reconfigure", file_reconfigure, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Val file_get_name(Val self) { return FILE_(self)->name; }
static Val file_get_mode(Val self) { return FILE_(self)->mode; }
static Val file_get_closed(Val self) { return vm_bool(FILE_(self)->io->closed); }
static Val file_get_encoding(Val self) { return FILE_(self)->encoding ? FILE_(self)->encoding : vm_str_cstr("utf-8"); }
static Val file_get_errors(Val self) { return FILE_(self)->errors ? FILE_(self)->errors : vm_str_cstr("strict"); }
static Val file_get_line_buffering(Val self) { return vm_bool(FILE_(self)->line_buffered); }
static Val file_new(int64_t handle, Val name, Val mode, bool binary, bool rd, bool wr, bool is_std);

/* text.buffer: a binary file object over the same stream state. */
static Val file_get_buffer(Val self)
{
    FileObj *f = FILE_(self);
    if (f->binary) return vm_err_fmt(&vm_exc_AttributeError, "'%s' object has no attribute 'buffer'", vm_tname(self));
    if (!f->buffer) {
        Val mode = vm_str_cstr(f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb");
        if (!mode) return NULL;
        Val b = file_new(f->io->handle, f->name, mode, true, f->readable, f->writable, f->is_std);
        if (!b) return NULL;
        FILE_(b)->io = f->io;
        f->buffer = b;
    }
    return f->buffer;
}
static const vm_getsetdef file_getsets[] = {
    {"name", file_get_name, NULL},         {"mode", file_get_mode, NULL},
    {"closed", file_get_closed, NULL},     {"encoding", file_get_encoding, NULL},
    {"errors", file_get_errors, NULL},     {"line_buffering", file_get_line_buffering, NULL},
    {"buffer", file_get_buffer, NULL},     {NULL, NULL, NULL},
};

static Val file_repr(Val self)
{
    FileObj *f = FILE_(self);
    if (f->binary) return vm_str_fmt("<_io.BufferedIO name=%R>", f->name);
    return vm_str_fmt("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", f->name, f->mode);
}

Type md_type_textio = {.base = {&vm_type_type}, .name = "_io.TextIOWrapper", .basicsize = sizeof(FileObj),
                       .flags = VM_TF_HAS_DICT, .dict_offset = __builtin_offsetof(FileObj, dict),
                       .repr = file_repr, .iter = file_iter, .iternext = file_iternext,
                       .methods = file_methods, .getsets = file_getsets};
Type md_type_bufferedio = {.base = {&vm_type_type}, .name = "_io.BufferedIO", .basicsize = sizeof(FileObj),
                           .flags = VM_TF_HAS_DICT, .dict_offset = __builtin_offsetof(FileObj, dict),
                           .repr = file_repr, .iter = file_iter, .iternext = file_iternext,
                           .methods = file_methods, .getsets = file_getsets};

static Val file_new(int64_t handle, Val name, Val mode, bool binary, bool rd, bool wr, bool is_std)
{
    FileObj *f = vm_alloc_obj(binary ? &md_type_bufferedio : &md_type_textio, sizeof(FileObj), CR_SCAN);
    if (!f) return NULL;
    f->io = f;
    f->handle = handle;
    f->name = name;
    f->mode = mode;
    f->binary = binary;
    f->readable = rd;
    f->writable = wr;
    f->is_std = is_std;
    f->line_buffered = is_std && cr_host_services->isatty && cr_host_services->isatty(handle);
    cr_buf_init(&f->out);
    cr_buf_init(&f->in);
    return obj_val(f);
}

bool md_is_std_textio(Val v) { return !val_is_small(v) && vm_typeof(v) == &md_type_textio; }

Val md_std_stream(int which)
{
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    Val f = file_new(which, vm_str_cstr(names[which]), vm_str_cstr(which == 0 ? "r" : "w"), false, which == 0,
                     which != 0, true);
    if (f && which == CR_STDERR) FILE_(f)->line_buffered = true;
    return f;
}

int md_flush_std(Val f)
{
    if (!f || val_is_small(f) || (vm_typeof(f) != &md_type_textio && vm_typeof(f) != &md_type_bufferedio)) {
        Val r = f ? vm_call_method(f, "flush", NULL, 0) : VM_None;
        return r ? 0 : -1;
    }
    FileObj *fo = FILE_(f);
    if (fo->io->closed || !fo->io->out.len) return 0;
    return flush_out(fo);
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
Val md_open(Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                     "opener", NULL};
    Val a[8];
    if (!vm_parse_args("open", args, nargs, kwnames, kw, 0, 1, 8, a)) return NULL;
    if (!cr_host_services->open)
        return vm_err_str(&vm_exc_OSError, "open() is not available inside the enclave (no file system)");
    Val file = a[0];
    int64_t fd = -1;
    if (!vm_is_str(file)) {
        /* An open file descriptor (a C int, as CPython's FileIO). */
        if (!vm_is_int(file) || vm_int_as_i64(file, &fd) < 0 || fd > INT32_MAX || fd < INT32_MIN) {
            vm_err_clear();
            return vm_err_fmt(&vm_exc_TypeError, "expected str, bytes or os.PathLike object, not %s", vm_tname(file));
        }
        if (fd < 0) return vm_err_str(&vm_exc_ValueError, "negative file descriptor");
    }
    int closefd = a[6] ? vm_truthy(a[6]) : 1;
    if (closefd < 0) return NULL;
    if (fd < 0 && !closefd) return vm_err_str(&vm_exc_ValueError, "Cannot use closefd=False with file name");
    Val mode = a[1] ? a[1] : vm_str_cstr("r");
    if (!vm_is_str(mode))
        return vm_err_fmt(&vm_exc_TypeError, "open() argument 'mode' must be str, not %s", vm_tname(mode));
    cr_span m = vm_str_span(mode);
    int rw = 0, plus = 0, bin = 0, text = 0;
    char kind = 0;
    for (size_t i = 0; i < m.len; i++) {
        uint8_t c = cr_span_at(m, i);
        if (c == 'r' || c == 'w' || c == 'a' || c == 'x') {
            rw++;
            kind = (char)c;
        } else if (c == '+') plus++;
        else if (c == 'b') bin++;
        else if (c == 't') text++;
        else return vm_err_fmt(&vm_exc_ValueError, "invalid mode: '%U'", mode);
    }
    if (rw != 1 || plus > 1 || bin > 1 || text > 1) {
        if (bin && text) return vm_err_str(&vm_exc_ValueError, "can't have text and binary mode at once");
        if (rw > 1) return vm_err_str(&vm_exc_ValueError, "must have exactly one of create/read/write/append mode");
        if (rw == 0)
            return vm_err_str(&vm_exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return vm_err_fmt(&vm_exc_ValueError, "invalid mode: '%U'", mode);
    }
    if (bin && text) return vm_err_str(&vm_exc_ValueError, "can't have text and binary mode at once");
    if (bin && a[3] && a[3] != VM_None)
        return vm_err_str(&vm_exc_ValueError, "binary mode doesn't take an encoding argument");
    bool rd = kind == 'r' || plus, wr = kind != 'r' || plus;
    if (fd >= 0) {
        Val fo = file_new(fd, file, mode, bin, rd, wr, false);
        if (fo) FILE_(fo)->no_close = !closefd;
        return fo;
    }
    char cmode[4] = {kind, plus ? '+' : 0, 0, 0};
    int64_t h = cr_host_services->open(vm_str_cstr_of(file), cmode);
    if (h < 0) {
        int64_t err = -h;
        Type *t = err == 2 ? &vm_exc_FileNotFoundError : err == 13 ? &vm_exc_PermissionError
                : err == 17 ? &vm_exc_FileExistsError : err == 21 ? &vm_exc_IsADirectoryError
                : err == 20 ? &vm_exc_NotADirectoryError : &vm_exc_OSError;
        const char *msg = err == 2 ? "No such file or directory" : err == 13 ? "Permission denied"
                        : err == 17 ? "File exists" : err == 21 ? "Is a directory"
                        : err == 20 ? "Not a directory" : "Input/output error";
        Val eargs[3] = {vm_int_from_i64(err), vm_str_cstr(msg), file};
        Val e = vm_exc_new(t, vm_tuple_from(eargs, 3));
        return e ? vm_err_set_val(e) : NULL;
    }
    return file_new(h, file, mode, bin, rd, wr, false);
}

/* ---- the io module (StringIO/BytesIO come from lib/io.py later) ---- */

static Val io_open(Val self, Val *args, size_t nargs, Val kwnames) { return md_open(args, nargs, kwnames); }
static const vm_methoddef io_functions[] = {{"open", io_open, 0, NULL}, {NULL, NULL, 0, NULL}};

static int io_init(Val module)
{
    if (vm_module_add_functions(module, io_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_dict_set_cstr(d, "TextIOWrapper", obj_val(&md_type_textio)) < 0) return -1;
    /* lib/io.py registers it with io.BufferedIOBase. */
    if (vm_dict_set_cstr(d, "_BufferedIO", obj_val(&md_type_bufferedio)) < 0) return -1;
    if (vm_dict_set_cstr(d, "DEFAULT_BUFFER_SIZE", vm_int_from_i64(8192)) < 0) return -1;
    return 0;
}

int md_io_register(void)
{
    if (vm_type_ready(&md_type_textio) < 0 || vm_type_ready(&md_type_bufferedio) < 0) return -1;
    vm_register_builtin_module("_io", io_init);
    return 0;
}
