/* The trusted enclave runtime (prefix en_): start-up, the channel protocol,
 * host services as OCALLs, image loading, ECALL dispatch and the import
 * hook that serves modules from the image.
 *
 * Everything the host sends is hostile: frames are length-checked, the
 * image is parsed with bounds-checked spans and its bytecode re-verified,
 * call arguments go through the core CBOR decoder, OCALL answers are checked
 * for size.  No libc: the backend hands us raw channel primitives
 * (en_channel) and all else goes through the core. */
#include "core/cbor.h"
#include "core/host.h"
#include "enclave/convert.h"
#include "enclave/enclave.h"
#include "enclave/trusted.h"
#include "pyclave/runtime.h"
#include "vm/frame.h"
#include "vm/marshal.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/traceback.h"

static const en_channel *chan;
enum { EN_FRAME_TOO_BIG = 0xff }; /* recv_frame: the frame did not fit in memory */
static en_image image; /* spans point into image_bytes */
static Val image_bytes;  /* the image as received (bytes object, rooted) */
static Val image_modules; /* dict: name -> (code, flags) */
static Val exports;       /* dict: name -> function */
static Val app_module;
en_identity en_id;

/* ---- framing ---- */

static void send_frame2(uint8_t type, cr_span a, cr_span b)
{
    size_t n;
    if (!cr_add_ok(a.len, b.len, &n) || n > EN_FRAME_MAX) cr_panic("enclave: outgoing frame too large");
    /* Small frames (results of most calls) leave in one write: one system
     * call on the channel, one publication on the ring. */
    uint8_t small[1024];
    if (n <= sizeof small - 5) {
        small[0] = (uint8_t)n;
        small[1] = (uint8_t)(n >> 8);
        small[2] = (uint8_t)(n >> 16);
        small[3] = (uint8_t)(n >> 24);
        small[4] = type;
        for (size_t i = 0; i < a.len; i++) small[5 + i] = cr_span_at(a, i); /* boundary: n <= sizeof small - 5 */
        for (size_t i = 0; i < b.len; i++) small[5 + a.len + i] = cr_span_at(b, i); /* boundary: n <= sizeof small - 5 */
        if (!chan->write(small, 5 + n)) chan->exit(EN_EXIT_CHANNEL);
        return;
    }
    uint8_t hdr[5] = {(uint8_t)n, (uint8_t)(n >> 8), (uint8_t)(n >> 16), (uint8_t)(n >> 24), type};
    bool ok = chan->write(hdr, 5) && (a.len == 0 || chan->write(a.ptr, a.len)) &&
              (b.len == 0 || chan->write(b.ptr, b.len));
    if (!ok) chan->exit(EN_EXIT_CHANNEL); /* the host went away */
}

void en_send_frame(uint8_t type, cr_span payload) { send_frame2(type, payload, cr_span_make(NULL, 0)); }

/* The request and answer buffers of calls are kept from one call to the
 * next (an allocation less each way), unless a large frame made them big:
 * one large call must not hold on to the heap. */
enum { KEEP_BUF_MAX = 64 * 1024 };
static cr_buf call_req, call_out;

static void buf_recycle(cr_buf *b)
{
    if (b->failed || b->cap > KEEP_BUF_MAX) cr_buf_init(b);
    else cr_buf_truncate(b, 0);
}

/* Read one frame into out (a valid buffer, emptied first); returns its
 * type.  A closed channel ends the enclave; an oversized frame is a
 * protocol violation. */
static uint8_t recv_frame_into(cr_buf *out)
{
    uint8_t hdr[5];
    if (!chan->read(hdr, 5)) chan->exit(EN_EXIT_CHANNEL);
    uint32_t n = en_frame_len(cr_span_make(hdr, 5));
    if (n > EN_FRAME_MAX) cr_panic("enclave: incoming frame too large (protocol violation)");
    buf_recycle(out);
    if (!cr_buf_repeat(out, 0, n)) {
        /* Too big for this enclave's heap: consume it (the channel stays in
         * step) and tell the caller, who answers with an error. */
        uint8_t sink[4096];
        for (uint32_t left = n; left > 0;) {
            uint32_t k = left > sizeof sink ? (uint32_t)sizeof sink : left;
            if (!chan->read(sink, k)) chan->exit(EN_EXIT_CHANNEL);
            left -= k;
        }
        cr_buf_init(out);
        return EN_FRAME_TOO_BIG;
    }
    if (n && !chan->read(out->ptr, n)) chan->exit(EN_EXIT_CHANNEL);
    return hdr[4];
}

static uint8_t recv_frame(cr_buf *out)
{
    cr_buf_init(out);
    return recv_frame_into(out);
}

/* ---- host services (OCALLs) ---- */

static const char *service_name(uint8_t service)
{
    return service == EN_OCALL_TIME ? "time" : service == EN_OCALL_MONOTONIC ? "monotonic time" : "random";
}

/* One OCALL: send the request, wait for the REPLY of exactly want bytes.
 * The answer is untrusted: only its form is checked; the value is what the
 * host says.  A malformed answer (another frame type, another size, too
 * large for the heap) is consumed whole, so the channel stays in step, and
 * becomes an OSError in the enclave: the host cannot crash the enclave by
 * answering nonsense.  (A frame longer than EN_FRAME_MAX cannot be skipped
 * and stays a protocol violation.) */
static int ocall(uint8_t service, size_t want, cr_buf *reply)
{
    en_send_frame(EN_E_OCALL, cr_span_make(&service, 1));
    uint8_t t = recv_frame(reply);
    if (t == EN_H_REPLY && reply->len == want) return 0;
    vm_err_fmt(&vm_exc_OSError,
               "host service '%s' answered nonsense (frame type %d, %zu bytes; expected a %zu-byte reply): "
               "the host is untrusted",
               service_name(service), (int)t, t == EN_FRAME_TOO_BIG ? (size_t)0 : reply->len, want);
    return -1;
}

int en_host_time(uint8_t service, int64_t *out)
{
    *out = 0;
    if (!(image.m.services & EN_SVC_TIME)) return 0;
    cr_buf reply;
    if (ocall(service, 8, &reply) < 0) return -1;
    uint64_t v = 0;
    for (size_t i = 0; i < 8; i++) v |= (uint64_t)cr_buf_get(&reply, i) << (8 * i);
    *out = (int64_t)v;
    return 0;
}

/* The core's clock services have no error path: a malformed answer reads
 * as 0 (no time).  enclave.untrusted_time() raises instead. */
static int64_t ocall_i64(uint8_t service)
{
    int64_t v;
    if (en_host_time(service, &v) < 0) {
        vm_err_clear();
        return 0;
    }
    return v;
}

static bool mixed_this_call;

/* Mix 32 bytes of fresh host randomness into the DRBG, once per ECALL, when
 * the manifest allows the random service.  Host bytes cannot lower the
 * DRBG's entropy (it was seeded at creation); they add forward secrecy
 * against a later compromise of the enclave state. */
int en_mix_host_random(void)
{
    if (mixed_this_call || !(image.m.services & EN_SVC_RANDOM)) return 0;
    cr_buf reply;
    if (ocall(EN_OCALL_RANDOM, 32, &reply) < 0) return -1;
    mixed_this_call = true;
    en_drbg_mix(cr_buf_span(&reply));
    return 0;
}

static int64_t svc_time_ns(void) { return ocall_i64(EN_OCALL_TIME); }
static int64_t svc_monotonic_ns(void) { return ocall_i64(EN_OCALL_MONOTONIC); }

/* ---- Gramine's attestation pseudo-files ----
 * open("/dev/attestation/user_report_data", "wb") and write (at most) 64
 * bytes, then open("/dev/attestation/report", "rb").read() gives a signed
 * report over them (the format of enclave.report, EN_REPORT_SIZE bytes);
 * /dev/attestation/attestation_type reads "pyclave-sandbox".  Any other
 * path: FileNotFoundError (there is no file system inside).  Handles are
 * small numbers beyond the standard streams; standard input reads fail. */
enum { PF_NONE, PF_USER_DATA_W, PF_READ };
enum { PF_FIRST = 100, PF_MAX = 8, ENOENT_ = 2, EINVAL_ = 22, EMFILE_ = 24 };
typedef struct {
    uint8_t kind;
    size_t pos;
    cr_buf content; /* what a read handle returns */
} pseudo_file;
static pseudo_file pfiles[PF_MAX];
static uint8_t user_report_data[64];
static cr_host trusted_services;
static int64_t svc_read(int64_t handle, void *buf, size_t n);

/* The read service exists only while a pseudo-file is open for reading,
 * so that reading standard input keeps its clear "no standard input"
 * error (src/modules/io.c) the rest of the time. */
static void update_read_service(void)
{
    bool any = false;
    for (size_t i = 0; i < PF_MAX; i++) any = any || pfiles[i].kind == PF_READ; /* boundary: i < PF_MAX */
    trusted_services.read = any ? svc_read : NULL;
}

static pseudo_file *pf_get(int64_t handle)
{
    if (handle < PF_FIRST || handle >= PF_FIRST + PF_MAX) return NULL;
    pseudo_file *f = &pfiles[handle - PF_FIRST]; /* boundary: handle - PF_FIRST < PF_MAX checked above */
    return f->kind == PF_NONE ? NULL : f;
}

static bool path_is(const char *path, const char *want) { return cr_span_eq(cr_span_cstr(path), cr_span_cstr(want)); }

static int64_t svc_open(const char *path, const char *mode)
{
    cr_span ms = cr_span_cstr(mode);
    bool reading = ms.len >= 1 && cr_span_at(ms, 0) == 'r' && !(ms.len >= 2 && cr_span_at(ms, 1) == '+');
    size_t slot = PF_MAX;
    for (size_t i = 0; i < PF_MAX && slot == PF_MAX; i++)
        if (pfiles[i].kind == PF_NONE) slot = i; /* boundary: i < PF_MAX */
    uint8_t kind = PF_NONE;
    cr_buf content;
    cr_buf_init(&content);
    if (path_is(path, "/dev/attestation/user_report_data")) {
        if (reading) {
            kind = PF_READ;
            cr_buf_append(&content, cr_span_make(user_report_data, 64));
        } else {
            kind = PF_USER_DATA_W;
            for (size_t i = 0; i < 64; i++) user_report_data[i] = 0; /* boundary: fixed-size buffer */
        }
    } else if (path_is(path, "/dev/attestation/report") && reading) {
        kind = PF_READ;
        if (en_make_report(cr_span_make(user_report_data, 64), &content) < 0) {
            vm_err_clear();
            return -EINVAL_;
        }
    } else if (path_is(path, "/dev/attestation/attestation_type") && reading) {
        kind = PF_READ;
        cr_buf_cstr(&content, "pyclave-sandbox");
    } else {
        return -ENOENT_;
    }
    if (slot == PF_MAX) return -EMFILE_;
    if (content.failed) return -EINVAL_;
    pfiles[slot].kind = kind; /* boundary: slot < PF_MAX */
    pfiles[slot].pos = 0;
    pfiles[slot].content = content;
    update_read_service();
    return PF_FIRST + (int64_t)slot;
}

static int svc_close(int64_t handle)
{
    pseudo_file *f = pf_get(handle);
    if (!f) return -1;
    f->kind = PF_NONE;
    cr_buf_init(&f->content);
    update_read_service();
    return 0;
}

static int64_t pf_write(pseudo_file *f, const void *buf, size_t n)
{
    /* user_report_data holds 64 bytes; writing more is an error (EINVAL in
     * Gramine), fewer leaves the rest zero. */
    if (f->kind != PF_USER_DATA_W || n > 64 - f->pos) return -1;
    cr_span src = cr_span_make(buf, n);
    for (size_t i = 0; i < n; i++) user_report_data[f->pos + i] = cr_span_at(src, i); /* boundary: pos + n <= 64 */
    f->pos += n;
    return (int64_t)n;
}

static int64_t svc_read(int64_t handle, void *buf, size_t n)
{
    pseudo_file *f = pf_get(handle);
    if (!f || f->kind != PF_READ) return -1; /* standard input too: there is none inside */
    cr_span all = cr_buf_span(&f->content);
    size_t k = all.len - f->pos < n ? all.len - f->pos : n;
    uint8_t *out = buf;
    for (size_t i = 0; i < k; i++) out[i] = cr_span_at(all, f->pos + i); /* boundary: k <= n, the caller's buffer size */
    f->pos += k;
    return (int64_t)k;
}

static int64_t svc_write(int64_t handle, const void *buf, size_t n)
{
    pseudo_file *pf = pf_get(handle);
    if (pf) return pf_write(pf, buf, n);
    if (handle != CR_STDOUT && handle != CR_STDERR) return -1;
    if (!(image.m.services & EN_SVC_LOG) && image_bytes) return (int64_t)n; /* logging not allowed: dropped */
    uint8_t stream = (uint8_t)handle;
    size_t done = 0;
    cr_span all = cr_span_make(buf, n);
    while (done < n) {
        size_t k = n - done > (1u << 20) ? (1u << 20) : n - done;
        send_frame2(EN_E_LOG, cr_span_make(&stream, 1), cr_span_sub(all, done, k));
        done += k;
    }
    return (int64_t)n;
}

static int svc_random(void *buf, size_t n)
{
    /* Before the DRBG is seeded (interpreter start-up: the str hash seed)
     * the backend's boot randomness is used; see en_trusted_main. */
    cr_buf tmp;
    cr_buf_init(&tmp);
    en_drbg_fill(&tmp, n);
    if (tmp.failed) return -1;
    cr_span s = cr_buf_span(&tmp);
    uint8_t *out = buf;
    for (size_t i = 0; i < n; i++) out[i] = cr_span_at(s, i); /* boundary: fixed-size buffer, constant bound from its declaration */
    return 0;
}

static void *svc_reserve(size_t n) { return chan->reserve ? chan->reserve(n) : NULL; }
static void svc_exit(int status) { chan->exit(status); }

static cr_host trusted_services = {
    .reserve = svc_reserve,
    .write = svc_write,
    /* .open/.close (and .read while one is open) serve only Gramine's
     * /dev/attestation pseudo-files: there is no file system and no
     * standard input inside (reading sys.stdin raises OSError). */
    .open = svc_open,
    .close = svc_close,
    .time_ns = svc_time_ns,
    .monotonic_ns = svc_monotonic_ns,
    .random = svc_random,
    .exit = svc_exit,
};

/* ---- start-up failures ---- */

static _Noreturn void fail(const char *why, Val detail)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, why);
    if (detail && vm_is_str(detail)) {
        cr_buf_cstr(&b, ": ");
        cr_buf_append(&b, vm_str_span(detail));
    }
    en_send_frame(EN_E_FAIL, cr_buf_span(&b));
    chan->exit(EN_EXIT_REFUSED);
    for (;;) {
    }
}

static Val exc_text(Val exc)
{
    Val s = exc ? vm_format_exception(exc) : NULL;
    if (!s) {
        vm_err_clear();
        s = exc ? vm_str_fmt("%s", vm_tname(exc)) : vm_str_cstr("unknown error");
    }
    return s;
}

/* ---- modules from the image ---- */

static Val image_module_entry(Val name)
{
    Val e = vm_dict_get(image_modules, name);
    if (!e) vm_err_clear();
    return e;
}

/* Execute image module `full` (if it is one and not yet imported). */
static int preload(Val full)
{
    Val m = vm_dict_get(vm->modules, full);
    if (m) return 0;
    if (vm_err_occurred()) return -1;
    Val entry = image_module_entry(full);
    if (!entry) return 0;
    /* Parent package first. */
    cr_span fs = vm_str_span(full);
    int64_t dot = cr_span_rfind(fs, cr_span_make(".", 1));
    Val parent = NULL, last = full;
    if (dot > 0) {
        Val pname = vm_str_new(cr_span_sub(fs, 0, (size_t)dot));
        if (!pname || preload(pname) < 0) return -1;
        parent = vm_dict_get(vm->modules, pname);
        if (!parent && vm_err_occurred()) return -1;
        last = vm_str_new(cr_span_from(fs, (size_t)dot + 1));
        if (!last) return -1;
    }
    Val code = vm_tuple_get(entry, 0);
    bool pkg = vm_tuple_get(entry, 1) == VM_True;
    m = vm_module_new(full);
    if (!m) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(m))->dict;
    Val fname = vm_str_fmt("<enclave %U>", full);
    if (!fname || vm_dict_set_cstr(d, "__pyclave_origin__", vm_str_cstr("enclave image")) < 0) return -1;
    if (vm_dict_set_cstr(d, "__builtins__", vm->builtins_module) < 0) return -1;
    if (pkg) {
        Val p = vm_list_new(0);
        if (!p || vm_dict_set_cstr(d, "__path__", p) < 0 || vm_dict_set_cstr(d, "__package__", full) < 0) return -1;
    } else {
        Val pkgname = dot > 0 ? vm_str_new(cr_span_sub(fs, 0, (size_t)dot)) : vm_str_cstr("");
        if (!pkgname || vm_dict_set_cstr(d, "__package__", pkgname) < 0) return -1;
    }
    if (vm_dict_set(vm->modules, full, m) < 0) return -1;
    if (!vm_eval_code((CodeObj *)(void *)val_obj(code), d, d)) {
        Val exc = vm_err_fetch();
        vm_dict_pop_opt(vm->modules, full, NULL);
        vm_err_restore(exc);
        return -1;
    }
    if (parent && vm_setattr(parent, last, m) < 0) return -1;
    return 0;
}

/* The absolute name of a relative import (as importlib resolves it). */
static Val absolute_name(Val name, Val globals, int64_t level)
{
    if (level <= 0) return name;
    Val pkg = globals && vm_is_dict(globals) ? vm_dict_get_cstr(globals, "__package__") : NULL;
    if (!pkg || !vm_is_str(pkg)) {
        vm_err_clear();
        return NULL; /* let the real import report the error */
    }
    cr_span p = vm_str_span(pkg);
    size_t end = p.len;
    for (int64_t l = 1; l < level; l++) {
        int64_t dot = cr_span_rfind(cr_span_sub(p, 0, end), cr_span_make(".", 1));
        if (dot < 0) return NULL;
        end = (size_t)dot;
    }
    Val base = vm_str_new(cr_span_sub(p, 0, end));
    if (!base) return NULL;
    if (vm_str_len(name) == 0) return base;
    return vm_str_fmt("%U.%U", base, name);
}

/* builtins.__import__ inside the enclave: image modules are executed on
 * first import, then the ordinary machinery finds them in sys.modules. */
static Val en_import(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"_self", "name", "globals", "locals", "fromlist", "level", NULL};
    Val a[6];
    if (!vm_parse_args("__import__", args, nargs, kwnames, kw, 0, 2, 6, a)) return NULL;
    Val name = a[1];
    if (!vm_is_str(name)) return vm_err_fmt(&vm_exc_TypeError, "module name must be str, not %s", vm_tname(name));
    Val globals = a[2] && a[2] != VM_None ? a[2] : NULL;
    Val fromlist = a[4] ? a[4] : VM_None;
    int64_t level = 0;
    if (a[5] && vm_int_as_i64(a[5], &level) < 0) return NULL;
    Val full = absolute_name(name, globals, level);
    if (full) {
        cr_span fs = vm_str_span(full);
        for (size_t i = 0; i <= fs.len; i++) {
            if (i < fs.len && cr_span_at(fs, i) != '.') continue;
            Val prefix = vm_str_new(cr_span_sub(fs, 0, i));
            if (!prefix || preload(prefix) < 0) return NULL;
        }
        if (fromlist != VM_None && vm_is_tuple(fromlist)) {
            for (size_t i = 0; i < vm_tuple_len(fromlist); i++) {
                Val item = vm_tuple_get(fromlist, i);
                if (!vm_is_str(item)) continue;
                Val sub = vm_str_fmt("%U.%U", full, item);
                if (!sub || preload(sub) < 0) return NULL;
            }
        }
    } else {
        vm_err_clear();
    }
    return vm_import(name, globals, fromlist, (int)level);
}

static const vm_methoddef import_def = {"__import__", en_import, 0, NULL};

static int install_import_hook(void)
{
    /* A method object, not a plain built-in, so that IMPORT_NAME calls it
     * instead of taking its fast path into vm_import. */
    Val f = vm_builtin_new(&import_def, NULL);
    Val m = f ? vm_method_new(f, VM_None) : NULL;
    if (!m) return -1;
    if (vm_dict_set_cstr(vm->builtins, "__import__", m) < 0) return -1;
    /* No file system inside: nothing is imported from sys.path. */
    Val empty = vm_list_new(0);
    return empty ? vm_dict_set_cstr(vm->sys_dict, "path", empty) : -1;
}

static void load_image_modules(void)
{
    image_modules = vm_dict_new();
    if (!image_modules) fail("out of memory loading the image", NULL);
    for (size_t i = 0; i < image.nmodules; i++) {
        const en_module_entry *e = &image.modules[i];
        Val name = vm_str_decode_utf8(e->name, "strict");
        Val code = name ? vm_marshal_load(e->code) : NULL;
        if (!code || !vm_is_type(code, &vm_type_code)) {
            Val exc = vm_err_fetch();
            Val msg = exc ? vm_str(exc) : NULL;
            vm_err_clear();
            fail("image refused: bad module code", msg);
        }
        Val entry = vm_tuple_pack(2, code, vm_bool((e->flags & EN_MOD_PACKAGE) != 0));
        if (!entry || vm_dict_set(image_modules, name, entry) < 0) fail("out of memory loading the image", NULL);
    }
}

/* The callable surface: the manifest's list, else __all__, else the app
 * module's public top-level functions (defined in the app itself). */
static void compute_exports(void)
{
    exports = vm_dict_new();
    Val d = ((ModuleObj *)(void *)val_obj(app_module))->dict;
    Val names = NULL;
    if (image.m.nexports) {
        names = vm_list_new(0);
        for (size_t i = 0; names && i < image.m.nexports; i++) {
            Val s = vm_str_decode_utf8(image.m.exports[i], "strict");
            if (!s || vm_list_append(names, s) < 0) names = NULL;
        }
    } else {
        Val all = vm_dict_get_cstr(d, "__all__");
        if (all) names = vm_list_from_iter(all);
    }
    if (!exports || vm_err_occurred()) fail("cannot compute the exported functions", exc_text(vm_err_fetch()));
    if (names) {
        for (size_t i = 0; i < vm_list_len(names); i++) {
            Val n = vm_list_get(names, i);
            Val f = vm_is_str(n) ? vm_dict_get(d, n) : NULL;
            if (!f) fail("exported name is not defined in the app module", vm_is_str(n) ? n : NULL);
            if (vm_dict_set(exports, n, f) < 0) fail("out of memory", NULL);
        }
        return;
    }
    size_t pos = 0;
    Val k, v;
    Val appname = ((ModuleObj *)(void *)val_obj(app_module))->name;
    while (vm_dict_next(d, &pos, &k, &v)) {
        if (!vm_is_str(k) || !vm_is_type(v, &vm_type_function)) continue;
        cr_span ks = vm_str_span(k);
        if (ks.len == 0 || cr_span_at(ks, 0) == '_') continue;
        Val mod = vm_getattr_cstr(v, "__module__");
        if (!mod) {
            vm_err_clear();
            continue;
        }
        if (!vm_is_str(mod) || !vm_str_eq(mod, appname)) continue;
        if (vm_dict_set(exports, k, v) < 0) fail("out of memory", NULL);
    }
}

/* ---- calls ---- */

static int64_t budget_rest; /* beyond the current slice; -1 unlimited */
static bool call_cancelled;

static void budget_hook(void)
{
    if (chan->cancel && *chan->cancel) {
        call_cancelled = true;
        return; /* budget stays 0: the interpreter raises */
    }
    if (budget_rest < 0) {
        vm->budget_left = EN_BUDGET_SLICE;
    } else if (budget_rest > 0) {
        int64_t s = budget_rest < EN_BUDGET_SLICE ? budget_rest : EN_BUDGET_SLICE;
        budget_rest -= s;
        vm->budget_left = s;
    }
}

static void start_budget(int64_t budget)
{
    call_cancelled = false;
    vm->budget_hook = budget_hook;
    if (budget < 0) {
        budget_rest = -1;
        vm->budget_left = EN_BUDGET_SLICE;
    } else {
        int64_t s = budget < EN_BUDGET_SLICE ? budget : EN_BUDGET_SLICE;
        vm->budget_left = s;
        budget_rest = budget - s;
    }
}


static void send_error(uint8_t kind, const char *type, Val message, Val tb)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, kind);
    cr_cbor_put_head(&b, CR_CBOR_ARRAY, 3);
    cr_cbor_put_text(&b, cr_span_cstr(type));
    cr_cbor_put_text(&b, message && vm_is_str(message) ? vm_str_span(message) : cr_span_cstr(""));
    cr_cbor_put_text(&b, tb && vm_is_str(tb) ? vm_str_span(tb) : cr_span_cstr(""));
    if (b.failed) {
        /* Out of memory while reporting: a minimal fixed answer. */
        static const uint8_t minimal[] = {EN_ERR_EXCEPTION, 0x83, 0x6b, 'M', 'e', 'm', 'o', 'r', 'y',
                                          'E', 'r', 'r', 'o', 'r', 0x60, 0x60};
        en_send_frame(EN_E_ERROR, cr_span_make(minimal, sizeof minimal));
        return;
    }
    en_send_frame(EN_E_ERROR, cr_buf_span(&b));
}

static void send_exception(Val exc, bool budget_hit)
{
    vm->budget_left = -1;
    if (budget_hit && call_cancelled) {
        send_error(EN_ERR_CANCELLED, "Cancelled", vm_str_cstr("call cancelled by the host"), exc_text(exc));
        return;
    }
    const char *type = exc ? vm_tname(exc) : "SystemError";
    Val msg = exc ? vm_str(exc) : NULL;
    if (!msg) {
        vm_err_clear();
        msg = vm_str_cstr("");
    }
    Val tb = exc_text(exc);
    send_error(budget_hit ? EN_ERR_BUDGET : EN_ERR_EXCEPTION, budget_hit ? "BudgetExhausted" : type,
               budget_hit ? vm_str_cstr("instruction budget exhausted") : msg, tb);
}

/* Frame header: payload length (checked against EN_FRAME_MAX by callers). */
uint32_t en_frame_len(cr_span hdr)
{
    uint32_t n = 0;
    for (size_t i = 0; i < 4; i++) n |= (uint32_t)cr_span_at(hdr, i) << (8 * i);
    return n;
}

/* A CALL payload: i64 budget, u16 n, name[n], CBOR arguments (spans into p).
 * False when malformed.  Fuzzed with the CBOR decoder (fuzz/fuzz_frame.c). */
bool en_call_parse(cr_span p, int64_t *budget, cr_span *name, cr_span *args)
{
    if (p.len < 10) return false;
    uint64_t b = 0;
    for (size_t i = 0; i < 8; i++) b |= (uint64_t)cr_span_at(p, i) << (8 * i);
    size_t nlen = (size_t)cr_span_at(p, 8) | ((size_t)cr_span_at(p, 9) << 8);
    if (nlen > p.len - 10) return false;
    *budget = (int64_t)b;
    *name = cr_span_sub(p, 10, nlen);
    *args = cr_span_from(p, 10 + nlen);
    return true;
}

/* The exported function a call names, or NULL with NotExported sent.  The
 * exports never change after start-up, so the last name looked up and its
 * function are kept: a host calling the same function again skips decoding
 * and hashing the name (a fifth of an empty call's cost in the enclave). */
static Val last_name, last_fn;

static Val export_named(cr_span name_bytes)
{
    if (last_name && cr_span_eq(name_bytes, vm_str_span(last_name))) return last_fn;
    Val name = vm_str_decode_utf8(name_bytes, "strict");
    Val fn = name ? vm_dict_get(exports, name) : NULL;
    if (!fn) {
        vm_err_clear();
        Val msg = name ? vm_str_fmt("function %R is not exported by the enclave", name)
                       : vm_str_cstr("function name is not valid UTF-8");
        send_error(EN_ERR_REFUSED, "NotExported", msg, NULL);
        return NULL;
    }
    last_name = name;
    last_fn = fn;
    return fn;
}

/* CBOR [] (a call without arguments) skips the decoder. */
static Val no_args;

static bool is_empty_array(cr_span a) { return a.len == 1 && cr_span_at(a, 0) == 0x80; }

static void handle_call(cr_span p)
{
    int64_t budget;
    cr_span name_bytes, arg_bytes;
    if (!en_call_parse(p, &budget, &name_bytes, &arg_bytes)) {
        send_error(EN_ERR_BADARGS, "ValueError", vm_str_cstr("malformed call request"), NULL);
        return;
    }
    Val fn = export_named(name_bytes);
    if (!fn) return;
    Val args = is_empty_array(arg_bytes) ? no_args : en_cbor_decode(arg_bytes);
    if (args && !vm_is_list(args)) {
        args = NULL;
        vm_err_str(&vm_exc_ValueError, "bad call arguments: expected an array");
    }
    if (!args) {
        Val exc = vm_err_fetch();
        Val msg = exc ? vm_str(exc) : NULL;
        vm_err_clear();
        send_error(EN_ERR_BADARGS, "ValueError", msg, NULL);
        return;
    }
    size_t n = vm_list_len(args);
    Val argt = n ? vm_list_as_tuple(args) : NULL;
    if (n && !argt) {
        send_exception(vm_err_fetch(), false);
        return;
    }
    mixed_this_call = false;
    start_budget((int64_t)budget);
    Val r = vm_call(fn, n ? vm_tuple_items(argt).items : NULL, n, NULL);
    bool budget_hit = !r && vm->budget_left == 0;
    vm->budget_left = -1;
    cr_buf *out = &call_out;
    buf_recycle(out);
    Val exc = NULL;
    if (r && (en_cbor_encode(r, out) < 0 || out->failed)) {
        if (!vm_err_occurred()) vm_err_nomem();
        r = NULL;
    }
    if (!r) exc = vm_err_fetch();
    /* Output printed by the call reaches the host before its answer (the
     * flush clears any pending error, hence the fetch above). */
    pyclave_flush();
    if (r) en_send_frame(EN_E_RESULT, cr_buf_span(out));
    else send_exception(exc, budget_hit);
    vm_err_clear();
    vm->handled_exc = NULL;
}

static void handle_debug(cr_span p)
{
    if (!image.m.debug || p.len != 1) {
        send_error(EN_ERR_REFUSED, "PermissionError", vm_str_cstr("debug requests need a debug enclave"), NULL);
        return;
    }
    uint8_t op = cr_span_at(p, 0);
    if (op == EN_DEBUG_PANIC) cr_panic("debug panic requested by the host (test)");
    if (op == EN_DEBUG_GARBAGE) {
        /* Send the host a malformed frame (tests the host's defences). */
        uint8_t junk[5] = {0xff, 0xff, 0xff, 0x7f, 0xee};
        if (!chan->write(junk, 5)) chan->exit(EN_EXIT_CHANNEL);
        return;
    }
    if (op == EN_DEBUG_SYSCALL) {
        /* Enter the sandbox a second time: its first system call (prctl)
         * is one the sandbox forbids, so the backend must kill us here.
         * Surviving means the enclave is not confined. */
        (void)chan->lockdown();
        send_error(EN_ERR_REFUSED, "SystemError", vm_str_cstr("a forbidden system call was allowed: the enclave is not confined"), NULL);
        return;
    }
    send_error(EN_ERR_BADARGS, "ValueError", vm_str_cstr("unknown debug request"), NULL);
}

/* ---- start-up ---- */

_Noreturn void en_trusted_main(const en_channel *ch)
{
    chan = ch;
    cr_gc_add_root(&image_bytes);
    cr_gc_add_root(&image_modules);
    cr_gc_add_root(&exports);
    cr_gc_add_root(&app_module);
    cr_gc_add_root(&last_name);
    cr_gc_add_root(&last_fn);
    cr_gc_add_root(&no_args);
    cr_gc_add_root(&call_req.ptr);
    cr_gc_add_root(&call_out.ptr);
    if (ch->static_start) cr_gc_add_root_range(ch->static_start, ch->static_end);
    trusted_services.stack_limit = ch->c_stack_limit;
    cr_host_services = &trusted_services;
    /* Until the image's key material arrives, the DRBG is seeded with the
     * backend's start-up randomness (used for the str hash seed only). */
    en_drbg_seed(cr_span_make(ch->boot_seed, sizeof ch->boot_seed));
    vm_register_builtin_module("enclave", en_module_init);
    static const char *const argv[] = {"enclave"};
    pyclave_config cfg = {
        .heap_cap = ch->heap_size,
        .c_stack_limit = ch->c_stack_limit,
        .stack_base = ch->stack_base,
        .argc = 1,
        .argv = argv,
        .isolated = true,
        .ignore_environment = true,
        .executable = "enclave",
    };
    if (pyclave_init(&cfg) < 0) fail("the runtime could not start (heap reservation failed?)", NULL);
    trusted_services.reserve = NULL;
    if (!ch->lockdown()) fail("could not enter the sandbox (seccomp)", NULL);

    cr_buf init;
    uint8_t t = recv_frame(&init);
    if (t != EN_H_INIT || init.len < 112) fail("protocol violation: expected INIT", NULL);
    cr_span ip = cr_buf_span(&init);
    for (size_t i = 0; i < 32; i++) en_id.platform_secret[i] = cr_span_at(ip, i);
    for (size_t i = 0; i < 32; i++) en_id.report_key[i] = cr_span_at(ip, 32 + i);
    image_bytes = vm_bytes_new(cr_span_from(ip, 112));
    if (!image_bytes) fail("out of memory receiving the image", NULL);
    const char *err = en_image_verify(vm_bytes_span(image_bytes), &image, en_id.mrenclave, en_id.mrsigner);
    if (err) fail("image refused", vm_str_cstr(err));
    if (image.m.heap_size != ch->heap_size) fail("image refused", vm_str_cstr("heap size differs from the manifest"));
    en_id.prod_id = image.m.prod_id;
    en_id.isv_svn = image.m.isv_svn;
    en_id.debug = image.m.debug;
    if (!(image.m.services & EN_SVC_TIME)) {
        /* Without the time service there is no clock at all: time.time()
         * reads 0.0 and time.sleep() raises OSError instead of spinning
         * forever on a clock that never moves. */
        trusted_services.time_ns = NULL;
        trusted_services.monotonic_ns = NULL;
    }
    /* Seed the DRBG from the host's randomness and the enclave identity. */
    en_drbg_mix(cr_span_sub(ip, 64, 48));
    en_drbg_mix(cr_span_make(en_id.mrenclave, 32));
    vm->recursion_limit = (int)image.m.stack_max;

    load_image_modules();
    if (install_import_hook() < 0) fail("cannot install the import hook", exc_text(vm_err_fetch()));
    Val appname = vm_str_decode_utf8(image.m.app, "strict");
    if (!appname || preload(appname) < 0) fail("the app module raised during start-up", exc_text(vm_err_fetch()));
    pyclave_flush();
    app_module = vm_dict_get(vm->modules, appname);
    if (!app_module) fail("the app module is missing after start-up", NULL);
    compute_exports();
    no_args = vm_list_new(0);
    if (!no_args) fail("out of memory", NULL);

    uint8_t ready[64];
    for (size_t i = 0; i < 32; i++) ready[i] = en_id.mrenclave[i];
    for (size_t i = 0; i < 32; i++) ready[32 + i] = en_id.mrsigner[i];
    en_send_frame(EN_E_READY, cr_span_make(ready, 64));

    for (;;) {
        t = recv_frame_into(&call_req);
        if (t == EN_FRAME_TOO_BIG)
            send_error(EN_ERR_BADARGS, "MemoryError", vm_str_cstr("request too large for the enclave heap"), NULL);
        else if (t == EN_H_CALL) handle_call(cr_buf_span(&call_req));
        else if (t == EN_H_DEBUG) handle_debug(cr_buf_span(&call_req));
        else cr_panic("enclave: unexpected frame type (protocol violation)");
    }
}

#if defined(PC_TRUSTED) && PC_TRUSTED
/* The freestanding trusted object's only global symbol (the Makefile
 * localises every other one, so the object links beside the Linux-mode
 * copies of the same code without clashing). */
_Noreturn void en_trusted_entry(const en_channel *ch) { en_trusted_main(ch); }
#endif
