/* The enclave subcommands of the pyclave command (untrusted side):
 *
 *   pyclave build APP.py [--module M ...] [--config pyclave.toml] [--sign KEY] -o APP.pce
 *   pyclave measure APP.pce
 *   pyclave call [--budget N] [--timeout MS] [--keyfile F] [--ring|--channel] APP.pce FUNCTION [JSON-ARG...]
 *   pyclave serve [--budget N] [--timeout MS] [--keyfile F] [--ring|--channel] APP.pce
 *   pyclave verify-report [--keyfile F] REPORT
 *   pyclave genkey KEYFILE          (a developer signing key for --sign)
 *   pyclave sgx-config (APP.pce | --defaults) [-o Enclave.config.xml]
 *
 * Exit codes: 0 success; 1 the called function raised (traceback on
 * stderr) or its budget ran out, or a report does not verify; 2 usage
 * errors; 3 the enclave was refused or failed (bad image, not exported,
 * crash, timeout, key file problem). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/enclave_json.h"
#include "compiler/compile.h"
#include "enclave/enclave.h"
#include "host/linux.h"
#include "pyclave/host.h"
#include "pyclave/runtime.h"
#include "vm/codeutil.h"
#include "vm/import.h"
#include "vm/marshal.h"
#include "vm/state.h"
#include "vm/traceback.h"

int cli_enclave_main(int argc, char **argv);
int hs_generate_p256(uint8_t priv[32]);

enum { EXIT_EXC = 1, EXIT_USAGE = 2, EXIT_ENCLAVE = 3 };

static void hex(FILE *f, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) fprintf(f, "%02x", p[i]);
}

static uint8_t *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    cli_bytes b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) cli_bytes_put(&b, buf, n);
    fclose(f);
    if (!b.p) cli_bytes_put(&b, "", 0);
    *len = b.len;
    return b.p;
}

/* ---- build ---- */

typedef struct {
    char *name;
    char *path;    /* file in the app directory, or NULL for frozen */
    const vm_frozen_module *frozen;
    int flags;
    cli_bytes code;
} bmod;

static bmod mods[EN_MAX_MODULES];
static size_t nmods;
static const char *app_dir;
static bool build_failed;

static bmod *find_mod(const char *name)
{
    for (size_t i = 0; i < nmods; i++)
        if (strcmp(mods[i].name, name) == 0) return &mods[i];
    return NULL;
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static void print_pending(const char *what)
{
    Val exc = vm_err_fetch();
    Val s = exc ? vm_format_exception(exc) : NULL;
    fprintf(stderr, "pyclave build: %s\n", what);
    if (s) fprintf(stderr, "%s", vm_str_cstr_of(s));
    vm_err_clear();
}

static void scan_imports(Val code, const char *modname, bool is_pkg);

/* A frozen module's code, compiled and marshalled when this binary was
 * built (tools/freeze.c): the image gets those bytes unchanged. */
static Val frozen_code(bmod *m)
{
    cr_span bytes = cr_span_make(m->frozen->code, m->frozen->code_length);
    Val code = vm_marshal_load(bytes);
    if (!code) {
        print_pending("the frozen code does not load");
        return NULL;
    }
    cli_bytes_put(&m->code, bytes.ptr, bytes.len);
    return code;
}

static Val compiled_code(bmod *m, cr_span src, Val fname)
{
    Val code = fname ? cp_compile(src, fname, CP_MODE_EXEC, 0) : NULL;
    if (!code) {
        print_pending("compilation failed");
        return NULL;
    }
    cr_buf out;
    cr_buf_init(&out);
    if (vm_marshal_dump(code, &out) < 0 || out.failed) {
        print_pending("cannot serialise the code");
        return NULL;
    }
    /* Round trip through the loader: the image holds only what the enclave
     * will accept (and the bytecode verifier passes). */
    if (!vm_marshal_load(cr_buf_span(&out))) {
        print_pending("the serialised code does not load back");
        return NULL;
    }
    cli_bytes_put(&m->code, out.ptr, out.len);
    return code;
}

/* Compile one module and queue the modules it imports. */
static bool add_module(const char *name, bool required)
{
    if (find_mod(name)) return true;
    if (nmods >= EN_MAX_MODULES) {
        fprintf(stderr, "pyclave build: too many modules\n");
        build_failed = true;
        return false;
    }
    /* name a.b.c -> DIR/a/b/c.py or DIR/a/b/c/__init__.py */
    char rel[PATH_MAX], path[PATH_MAX * 2];
    snprintf(rel, sizeof rel, "%s", name);
    for (char *c = rel; *c; c++)
        if (*c == '.') *c = '/';
    bmod m = {0};
    char relfile[PATH_MAX + 16];
    snprintf(relfile, sizeof relfile, "%s/__init__.py", rel);
    snprintf(path, sizeof path, "%s/%s", app_dir, relfile);
    if (is_file(path)) {
        m.flags = EN_MOD_PACKAGE;
    } else {
        snprintf(relfile, sizeof relfile, "%s.py", rel);
        snprintf(path, sizeof path, "%s/%s", app_dir, relfile);
        if (!is_file(path)) {
            for (size_t i = 0; i < vm_frozen_count; i++)
                if (strcmp(vm_frozen_modules[i].name, name) == 0) m.frozen = &vm_frozen_modules[i];
            if (!m.frozen) {
                if (required) {
                    /* A C built-in module needs no code in the image. */
                    Val names = vm_builtin_module_names();
                    bool builtin = false;
                    for (size_t i = 0; names && i < vm_tuple_len(names); i++)
                        if (strcmp(vm_str_cstr_of(vm_tuple_get(names, i)), name) == 0) builtin = true;
                    /* Modules that exist from start-up (builtins, sys) need nothing either. */
                    Val loaded = vm_dict_get_cstr(vm->modules, name);
                    vm_err_clear();
                    if (loaded) builtin = true;
                    if (!builtin && strcmp(name, "enclave") != 0)
                        fprintf(stderr, "pyclave build: warning: module '%s' not found (ImportError at run time)\n", name);
                }
                return true;
            }
            if (m.frozen->is_package) m.flags = EN_MOD_PACKAGE;
        }
    }
    m.name = strdup(name);
    cr_span src;
    Val fname;
    if (m.frozen) {
        src = cr_span_make(m.frozen->source, m.frozen->length);
        fname = vm_frozen_filename(name, m.frozen->is_package);
    } else {
        size_t len;
        uint8_t *data = slurp(path, &len);
        if (!data) {
            fprintf(stderr, "pyclave build: cannot read %s\n", path);
            build_failed = true;
            return false;
        }
        m.path = strdup(path);
        src = cr_span_make(data, len);
        /* The image records paths relative to the app directory, so the
         * build does not depend on where the sources live. */
        fname = vm_str_cstr(relfile);
    }
    Val code = m.frozen && m.frozen->code ? frozen_code(&m) : compiled_code(&m, src, fname);
    if (!code) {
        build_failed = true;
        return false;
    }
    mods[nmods++] = m;
    scan_imports(code, name, m.flags & EN_MOD_PACKAGE);
    return true;
}

static void add_with_parents(const char *full, bool required)
{
    char buf[PATH_MAX];
    size_t n = strlen(full);
    if (n >= sizeof buf) return;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && full[i] != '.') continue;
        memcpy(buf, full, i);
        buf[i] = 0;
        if (!add_module(buf, required)) return;
    }
}

/* Walk the bytecode for IMPORT_NAME: the two LOAD_CONSTs before it hold the
 * level and the fromlist. */
static void scan_imports(Val codev, const char *modname, bool is_pkg)
{
    CodeObj *co = (CodeObj *)(void *)val_obj(codev);
    Val consts[2] = {NULL, NULL};
    uint32_t ext = 0;
    for (size_t i = 0; i < co->ncode; i++) {
        uint16_t u = vm_code_unit(co, i);
        int op = u & 0xff;
        uint32_t arg = ext << 8 | (u >> 8);
        if (op == OP_EXTENDED_ARG) {
            ext = arg;
            continue;
        }
        ext = 0;
        if (op == OP_LOAD_CONST && arg < vm_tuple_len(co->consts)) {
            consts[0] = consts[1];
            consts[1] = vm_tuple_get(co->consts, arg);
            continue;
        }
        if (op == OP_IMPORT_NAME && arg < vm_tuple_len(co->names)) {
            const char *name = vm_str_cstr_of(vm_tuple_get(co->names, arg));
            int64_t level = consts[0] && val_is_small(consts[0]) ? val_small(consts[0]) : 0;
            char full[PATH_MAX];
            if (level > 0) {
                char base[PATH_MAX / 2];
                snprintf(base, sizeof base, "%s", modname);
                int64_t strip = is_pkg ? level - 1 : level;
                for (int64_t l = 0; l < strip; l++) {
                    char *dot = strrchr(base, '.');
                    if (!dot) {
                        base[0] = 0;
                        break;
                    }
                    *dot = 0;
                }
                if (!base[0]) continue;
                snprintf(full, sizeof full, "%s%s%s", base, name[0] ? "." : "", name);
            } else {
                snprintf(full, sizeof full, "%s", name);
            }
            add_with_parents(full, true);
            Val from = consts[1];
            if (from && vm_is_tuple(from))
                for (size_t k = 0; k < vm_tuple_len(from); k++) {
                    Val it = vm_tuple_get(from, k);
                    if (!vm_is_str(it) || vm_str_eq_cstr(it, "*")) continue;
                    char sub[PATH_MAX * 2];
                    snprintf(sub, sizeof sub, "%s.%s", full, vm_str_cstr_of(it));
                    add_module(sub, false);
                }
        }
        consts[0] = consts[1] = NULL;
    }
    for (size_t i = 0; i < vm_tuple_len(co->consts); i++) {
        Val c = vm_tuple_get(co->consts, i);
        if (vm_is_type(c, &vm_type_code)) scan_imports(c, modname, is_pkg);
    }
}

static int cmp_mod(const void *a, const void *b)
{
    const bmod *x = a, *y = b;
    return strcmp(x->name, y->name);
}

/* pyclave.toml: a small TOML subset, `key = value` lines (an [enclave]
 * table header is accepted), ints, booleans, strings, arrays of strings. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = 0;
    return s;
}

static bool parse_int(const char *v, int64_t *out)
{
    char *end;
    errno = 0;
    long long x = strtoll(v, &end, 0);
    if (errno || end == v) return false;
    int64_t mul = 1;
    if (*end == 'K' || *end == 'k') mul = 1024, end++;
    else if (*end == 'M' || *end == 'm') mul = 1024 * 1024, end++;
    else if (*end == 'G' || *end == 'g') mul = 1024 * 1024 * 1024, end++;
    if (*end) return false;
    *out = (int64_t)x * mul;
    return true;
}

static char *exports_store[EN_MAX_EXPORTS];

static bool parse_config(const char *path, en_manifest *m)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "pyclave build: cannot read config %s: %s\n", path, strerror(errno));
        return false;
    }
    char line[4096];
    int lineno = 0;
    bool ok = true;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash && !strchr(line, '"')) *hash = 0;
        char *s = trim(line);
        if (!*s || (s[0] == '[' && strcmp(s, "[enclave]") == 0)) continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            fprintf(stderr, "%s:%d: expected key = value\n", path, lineno);
            ok = false;
            continue;
        }
        *eq = 0;
        char *key = trim(s), *val = trim(eq + 1);
        int64_t iv;
        bool bv = strcmp(val, "true") == 0;
        bool is_bool = bv || strcmp(val, "false") == 0;
        if (strcmp(key, "heap_max_size") == 0 && parse_int(val, &iv) && iv > 0) m->heap_size = (uint64_t)iv;
        else if (strcmp(key, "stack_max_size") == 0 && parse_int(val, &iv) && iv > 0) m->stack_max = (uint32_t)iv;
        else if (strcmp(key, "budget") == 0 && parse_int(val, &iv)) m->budget = iv;
        else if (strcmp(key, "prod_id") == 0 && parse_int(val, &iv) && iv >= 0 && iv <= 65535) m->prod_id = (uint16_t)iv;
        else if (strcmp(key, "isv_svn") == 0 && parse_int(val, &iv) && iv >= 0 && iv <= 65535) m->isv_svn = (uint16_t)iv;
        else if (strcmp(key, "debug") == 0 && is_bool) m->debug = bv;
        else if (strcmp(key, "disable_debug") == 0 && is_bool) m->debug = !bv;
        else if ((strcmp(key, "services") == 0 || strcmp(key, "exports") == 0) && val[0] == '[') {
            bool services = key[0] == 's';
            if (services) m->services = 0;
            char *p = val + 1;
            for (;;) {
                char *q = strchr(p, '"');
                if (!q) break;
                char *e = strchr(q + 1, '"');
                if (!e) break;
                *e = 0;
                const char *item = q + 1;
                if (services) {
                    if (strcmp(item, "log") == 0) m->services |= EN_SVC_LOG;
                    else if (strcmp(item, "time") == 0) m->services |= EN_SVC_TIME;
                    else if (strcmp(item, "random") == 0) m->services |= EN_SVC_RANDOM;
                    else {
                        fprintf(stderr, "%s:%d: unknown host service '%s' (log, time, random)\n", path, lineno, item);
                        ok = false;
                    }
                } else if (m->nexports < EN_MAX_EXPORTS) {
                    exports_store[m->nexports] = strdup(item);
                    m->exports[m->nexports] = cr_span_make(exports_store[m->nexports], strlen(item));
                    m->nexports++;
                }
                p = e + 1;
            }
        } else {
            fprintf(stderr, "%s:%d: unknown key or bad value: %s\n", path, lineno, key);
            ok = false;
        }
    }
    fclose(f);
    return ok;
}

static bool read_signing_key(const char *path, uint8_t priv[32])
{
    size_t n;
    uint8_t *d = slurp(path, &n);
    if (!d) {
        fprintf(stderr, "pyclave build: cannot read signing key %s: %s\n", path, strerror(errno));
        return false;
    }
    bool ok = false;
    if (n >= 64) {
        ok = true;
        for (int i = 0; i < 32 && ok; i++) {
            unsigned v;
            char two[3] = {(char)d[2 * i], (char)d[2 * i + 1], 0};
            if (sscanf(two, "%2x", &v) != 1) ok = false;
            priv[i] = (uint8_t)v;
        }
    }
    free(d);
    uint8_t pub[65];
    if (!ok || !en_ec_pub_from_priv(priv, pub)) {
        fprintf(stderr, "pyclave build: %s is not a P-256 signing key (64 hex digits; make one with `pyclave genkey`)\n", path);
        return false;
    }
    return true;
}

/* stack_base: the top of cli_enclave_main's frame, so that every frame of the build
 * (which holds heap pointers) lies inside the conservatively scanned range. */
static int cmd_build(int argc, char **argv, void *stack_base)
{
    const char *app = NULL, *out = NULL, *config = NULL, *signkey = NULL;
    const char *extra[256];
    size_t nextra = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && i + 1 < argc) out = argv[++i];
        else if (strcmp(a, "--module") == 0 && i + 1 < argc && nextra < 256) extra[nextra++] = argv[++i];
        else if (strcmp(a, "--config") == 0 && i + 1 < argc) config = argv[++i];
        else if (strcmp(a, "--sign") == 0 && i + 1 < argc) signkey = argv[++i];
        else if (a[0] != '-' && !app) app = a;
        else {
            fprintf(stderr, "usage: pyclave build APP.py [--module M ...] [--config pyclave.toml] [--sign KEY] -o APP.pce\n");
            return EXIT_USAGE;
        }
    }
    if (!app || !out) {
        fprintf(stderr, "usage: pyclave build APP.py [--module M ...] [--config pyclave.toml] [--sign KEY] -o APP.pce\n");
        return EXIT_USAGE;
    }
    en_manifest m = {0};
    m.heap_size = (uint64_t)256 << 20;
    m.stack_max = 1000;
    m.budget = 1000000000;
    m.services = EN_SVC_LOG | EN_SVC_TIME | EN_SVC_RANDOM;
    if (config && !parse_config(config, &m)) return EXIT_USAGE;
    uint8_t priv[32];
    if (signkey && !read_signing_key(signkey, priv)) return EXIT_USAGE;
    if (hs_linux_init_build_runtime(stack_base, "pyclave-build") < 0) return EXIT_ENCLAVE;

    char *appcopy = strdup(app);
    char *slash = strrchr(appcopy, '/');
    char *base = slash ? slash + 1 : appcopy;
    if (slash) *slash = 0;
    app_dir = slash ? (appcopy[0] ? appcopy : "/") : ".";
    size_t bl = strlen(base);
    if (bl < 4 || strcmp(base + bl - 3, ".py") != 0) {
        fprintf(stderr, "pyclave build: the app must be a .py file\n");
        return EXIT_USAGE;
    }
    base[bl - 3] = 0;
    char appfile[PATH_MAX];
    snprintf(appfile, sizeof appfile, "%s/%s.py", app_dir, base);
    if (!is_file(appfile)) {
        fprintf(stderr, "pyclave build: cannot open %s\n", app);
        return EXIT_USAGE;
    }
    /* The app itself must be a module file, not a package __init__. */
    add_module(base, true);
    bmod *am = find_mod(base);
    if (!am || build_failed) return EXIT_EXC;
    am->flags |= EN_MOD_APP;
    for (size_t i = 0; i < nextra; i++) {
        add_with_parents(extra[i], true);
        if (!find_mod(extra[i]) && !build_failed) {
            fprintf(stderr, "pyclave build: --module %s: not found\n", extra[i]);
            return EXIT_USAGE;
        }
    }
    if (build_failed) return EXIT_EXC;
    qsort(mods, nmods, sizeof mods[0], cmp_mod);
    m.app = cr_span_make(base, strlen(base));
    m.signed_build = signkey != NULL;

    cr_buf img;
    cr_buf_init(&img);
    cr_buf_append(&img, cr_span_make(EN_IMAGE_MAGIC, 4));
    uint8_t ver[4] = {EN_IMAGE_VERSION, 0, 0, 0};
    cr_buf_append(&img, cr_span_make(ver, 4));
    cr_buf man;
    cr_buf_init(&man);
    en_manifest_write(&m, &man);
    en_section_begin(&img, EN_SEC_MANIFEST, man.len);
    cr_buf_append(&img, cr_buf_span(&man));
    for (size_t i = 0; i < nmods; i++) {
        size_t nl = strlen(mods[i].name);
        en_section_begin(&img, EN_SEC_MODULE, 2 + nl + 1 + 4 + mods[i].code.len);
        uint8_t h[2] = {(uint8_t)nl, (uint8_t)(nl >> 8)};
        cr_buf_append(&img, cr_span_make(h, 2));
        cr_buf_append(&img, cr_span_make(mods[i].name, nl));
        cr_buf_byte(&img, (uint8_t)mods[i].flags);
        uint8_t cl[4];
        for (int k = 0; k < 4; k++) cl[k] = (uint8_t)(mods[i].code.len >> (8 * k));
        cr_buf_append(&img, cr_span_make(cl, 4));
        cr_buf_append(&img, cr_span_make(mods[i].code.p, mods[i].code.len));
    }
    uint8_t mre[32], mrs[32];
    en_mrenclave(cr_buf_span(&img), mre);
    if (signkey) {
        uint8_t pub[65], sig[64];
        if (!en_ec_pub_from_priv(priv, pub) || !en_ecdsa_sign(priv, mre, sig)) {
            fprintf(stderr, "pyclave build: signing failed\n");
            return EXIT_ENCLAVE;
        }
        en_section_begin(&img, EN_SEC_SIGNATURE, 65 + 64);
        cr_buf_append(&img, cr_span_make(pub, 65));
        cr_buf_append(&img, cr_span_make(sig, 64));
    }
    if (img.failed) {
        fprintf(stderr, "pyclave build: out of memory\n");
        return EXIT_ENCLAVE;
    }
    static en_image check;
    const char *why = en_image_verify(cr_buf_span(&img), &check, mre, mrs);
    if (why) {
        fprintf(stderr, "pyclave build: internal error, the image does not verify: %s\n", why);
        return EXIT_ENCLAVE;
    }
    FILE *f = fopen(out, "wb");
    if (!f || fwrite(img.ptr, 1, img.len, f) != img.len || fclose(f) != 0) {
        fprintf(stderr, "pyclave build: cannot write %s: %s\n", out, strerror(errno));
        return EXIT_ENCLAVE;
    }
    printf("built %s: %zu module%s, %zu bytes\n", out, nmods, nmods == 1 ? "" : "s", img.len);
    printf("MRENCLAVE ");
    hex(stdout, mre, 32);
    printf("\nMRSIGNER  ");
    hex(stdout, mrs, 32);
    printf("\n");
    return 0;
}

/* ---- measure ---- */

static int cmd_measure(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pyclave measure APP.pce\n");
        return EXIT_USAGE;
    }
    size_t n;
    uint8_t *d = slurp(argv[2], &n);
    if (!d) {
        fprintf(stderr, "pyclave measure: cannot read %s: %s\n", argv[2], strerror(errno));
        return EXIT_ENCLAVE;
    }
    uint8_t mre[32], mrs[32];
    pyclave_error err = {0};
    if (pyclave_image_measure(d, n, mre, mrs, &err) != PYCLAVE_OK) {
        fprintf(stderr, "pyclave measure: %s\n", err.message);
        return EXIT_ENCLAVE;
    }
    printf("MRENCLAVE ");
    hex(stdout, mre, 32);
    printf("\nMRSIGNER  ");
    hex(stdout, mrs, 32);
    printf("\n");
    free(d);
    return 0;
}

/* ---- call / serve ---- */

typedef struct {
    int64_t budget;
    int timeout_ms;
    const char *keyfile;
    pyclave_transport transport;
    int first; /* index of the first positional argument */
} run_opts;

static bool parse_run_opts(int argc, char **argv, run_opts *o)
{
    o->budget = 0;
    o->timeout_ms = 0;
    o->keyfile = NULL;
    o->transport = PYCLAVE_TRANSPORT_DEFAULT;
    int i = 2;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--budget") == 0 && i + 1 < argc) o->budget = atoll(argv[++i]);
        else if (strcmp(argv[i], "--timeout") == 0 && i + 1 < argc) o->timeout_ms = atoi(argv[++i]);
        else if (strcmp(argv[i], "--keyfile") == 0 && i + 1 < argc) o->keyfile = argv[++i];
        else if (strcmp(argv[i], "--ring") == 0) o->transport = PYCLAVE_TRANSPORT_RING;
        else if (strcmp(argv[i], "--channel") == 0) o->transport = PYCLAVE_TRANSPORT_CHANNEL;
        else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else break;
    }
    o->first = i;
    return true;
}

static pyclave_enclave *open_enclave(const char *cmd, const char *path, const run_opts *o, int *rc)
{
    pyclave_enclave_options opts = {
        .keyfile = o->keyfile, .timeout_ms = o->timeout_ms, .budget = o->budget, .transport = o->transport};
    pyclave_enclave *e = NULL;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_create(path, NULL, 0, &opts, &e, &err);
    if (st != PYCLAVE_OK) {
        fprintf(stderr, "pyclave %s: %s: %s\n", cmd, pyclave_status_str(st), err.message ? err.message : "");
        pyclave_error_clear(&err);
        *rc = EXIT_ENCLAVE;
        return NULL;
    }
    return e;
}

static int cmd_call(int argc, char **argv)
{
    run_opts o;
    parse_run_opts(argc, argv, &o);
    if (argc - o.first < 2) {
        fprintf(stderr, "usage: pyclave call [--budget N] [--timeout MS] [--keyfile F] [--ring|--channel] APP.pce FUNCTION [JSON-ARG...]\n");
        return EXIT_USAGE;
    }
    const char *image = argv[o.first], *fn = argv[o.first + 1];
    cli_bytes args = {0};
    int nargs = argc - o.first - 2;
    if (nargs > 255) {
        fprintf(stderr, "pyclave call: at most 255 arguments\n");
        return EXIT_USAGE;
    }
    uint8_t hb = (uint8_t)(0x80 | (nargs < 24 ? nargs : 24));
    cli_bytes_byte(&args, hb);
    if (nargs >= 24) cli_bytes_byte(&args, (uint8_t)nargs);
    for (int i = o.first + 2; i < argc; i++) {
        const char *jerr = NULL;
        jv *v = cli_json_parse(argv[i], strlen(argv[i]), &jerr);
        bool ok = v && cli_json_to_cbor(v, &args, &jerr);
        cli_json_free(v);
        if (!ok) {
            fprintf(stderr, "pyclave call: argument %d: %s\n", i - o.first - 1, jerr);
            return EXIT_USAGE;
        }
    }
    int rc = 0;
    pyclave_enclave *e = open_enclave("call", image, &o, &rc);
    if (!e) return rc;
    uint8_t *res = NULL;
    size_t rlen = 0;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call(e, fn, args.p, args.len, &res, &rlen, &err);
    if (st == PYCLAVE_OK) {
        cli_bytes js = {0};
        if (!cli_cbor_to_json(res, rlen, &js)) {
            fprintf(stderr, "pyclave call: the enclave returned a malformed result (or one with dict keys that are "
                            "containers nested more than 4 deep, which JSON cannot show)\n");
            rc = EXIT_ENCLAVE;
        } else {
            printf("%s\n", js.p);
        }
        free(js.p);
    } else if (st == PYCLAVE_E_EXCEPTION || st == PYCLAVE_E_BUDGET) {
        fflush(stdout);
        if (err.traceback && err.traceback[0]) fputs(err.traceback, stderr);
        else fprintf(stderr, "%s: %s\n", err.type ? err.type : "Error", err.message ? err.message : "");
        rc = EXIT_EXC;
    } else {
        fprintf(stderr, "pyclave call: %s: %s%s%s\n", pyclave_status_str(st), err.type ? err.type : "",
                err.type ? ": " : "", err.message ? err.message : "");
        rc = EXIT_ENCLAVE;
    }
    free(res);
    pyclave_error_clear(&err);
    pyclave_enclave_destroy(e);
    return rc;
}

static const char *status_name(pyclave_status st)
{
    switch (st) {
    case PYCLAVE_OK: return "ok";
    case PYCLAVE_E_EXCEPTION: return "exception";
    case PYCLAVE_E_BUDGET: return "budget";
    case PYCLAVE_E_NOT_EXPORTED: return "not_exported";
    case PYCLAVE_E_BAD_ARGS: return "bad_args";
    case PYCLAVE_E_CRASHED: return "crashed";
    case PYCLAVE_E_TIMEOUT: return "timeout";
    case PYCLAVE_E_PROTOCOL: return "protocol";
    case PYCLAVE_E_DEAD: return "dead";
    case PYCLAVE_E_CANCELLED: return "cancelled";
    default: return "error";
    }
}

static void serve_error(pyclave_status st, const pyclave_error *err)
{
    cli_bytes o = {0};
    cli_bytes_put(&o, "{\"error\": {\"status\": ", 21);
    const char *sn = status_name(st);
    cli_json_string(&o, sn, strlen(sn));
    const char *fields[3] = {"type", "message", "traceback"};
    const char *vals[3] = {err ? err->type : NULL, err ? err->message : NULL, err ? err->traceback : NULL};
    if (st != PYCLAVE_OK && !vals[1]) vals[1] = pyclave_status_str(st);
    for (int i = 0; i < 3; i++) {
        if (!vals[i]) continue;
        cli_bytes_put(&o, ", ", 2);
        cli_json_string(&o, fields[i], strlen(fields[i]));
        cli_bytes_put(&o, ": ", 2);
        cli_json_string(&o, vals[i], strlen(vals[i]));
    }
    cli_bytes_put(&o, "}}", 2);
    printf("%s\n", o.p);
    fflush(stdout);
    free(o.p);
}

/* One request per line: {"fn": NAME, "args": [...], "budget": N} -> one line
 * {"result": X} or {"error": {...}}.  Debug requests (debug enclaves):
 * {"debug": "pid"} (the sandbox child's pid, answered by the host),
 * {"debug": "panic"}, {"debug": "garbage"}, {"debug": "syscall"} (a system
 * call the sandbox forbids: the child must be killed). */
static int cmd_serve(int argc, char **argv)
{
    run_opts o;
    parse_run_opts(argc, argv, &o);
    if (argc - o.first != 1) {
        fprintf(stderr, "usage: pyclave serve [--budget N] [--timeout MS] [--keyfile F] [--ring|--channel] APP.pce\n");
        return EXIT_USAGE;
    }
    int rc = 0;
    pyclave_enclave *e = open_enclave("serve", argv[o.first], &o, &rc);
    if (!e) return rc;
    int64_t default_budget = o.budget;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    jv *req = NULL; /* the current request, freed when the next one is read */
    while ((n = getline(&line, &cap, stdin)) > 0) {
        cli_json_free(req);
        req = NULL;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (!n) continue;
        const char *jerr = NULL;
        req = cli_json_parse(line, (size_t)n, &jerr);
        jv *fn = cli_json_get(req, "fn"), *args = cli_json_get(req, "args"), *dbg = cli_json_get(req, "debug");
        jv *budget = cli_json_get(req, "budget");
        pyclave_error err = {0};
        if (dbg && dbg->type == JV_STR) {
            if (strcmp(dbg->s, "pid") == 0) {
                printf("{\"result\": %d}\n", pyclave_enclave_pid(e));
                fflush(stdout);
                continue;
            }
            int op = strcmp(dbg->s, "panic") == 0     ? EN_DEBUG_PANIC
                     : strcmp(dbg->s, "garbage") == 0 ? EN_DEBUG_GARBAGE
                     : strcmp(dbg->s, "syscall") == 0 ? EN_DEBUG_SYSCALL
                                                      : 0;
            pyclave_status st = pyclave_enclave_debug(e, op, &err);
            serve_error(st, &err);
            pyclave_error_clear(&err);
            continue;
        }
        if (!req || !fn || fn->type != JV_STR || (args && args->type != JV_ARRAY)) {
            err.message = strdup(jerr ? jerr : "expected {\"fn\": NAME, \"args\": [...]}");
            serve_error(PYCLAVE_E_INVALID, &err);
            pyclave_error_clear(&err);
            continue;
        }
        cli_bytes cb = {0};
        jv empty = {.type = JV_ARRAY};
        if (!cli_json_to_cbor(args ? args : &empty, &cb, &jerr)) {
            err.message = strdup(jerr);
            serve_error(PYCLAVE_E_INVALID, &err);
            pyclave_error_clear(&err);
            continue;
        }
        pyclave_enclave_set_budget(e, budget && budget->type == JV_INT ? atoll(budget->s) : default_budget);
        uint8_t *res = NULL;
        size_t rlen = 0;
        pyclave_status st = pyclave_enclave_call(e, fn->s, cb.p, cb.len, &res, &rlen, &err);
        free(cb.p);
        if (st == PYCLAVE_OK) {
            cli_bytes js = {0};
            if (cli_cbor_to_json(res, rlen, &js)) printf("{\"result\": %s}\n", js.p);
            else serve_error(PYCLAVE_E_PROTOCOL, NULL);
            fflush(stdout);
            free(js.p);
        } else {
            serve_error(st, &err);
        }
        free(res);
        pyclave_error_clear(&err);
    }
    cli_json_free(req);
    free(line);
    pyclave_enclave_destroy(e);
    return 0;
}

/* ---- verify-report ---- */

static bool unhex(const char *s, cli_bytes *out)
{
    size_t n = strlen(s);
    if (n % 2) return false;
    for (size_t i = 0; i < n; i += 2) {
        unsigned v;
        char two[3] = {s[i], s[i + 1], 0};
        if (!strchr("0123456789abcdefABCDEF", two[0]) || !strchr("0123456789abcdefABCDEF", two[1])) return false;
        sscanf(two, "%2x", &v);
        cli_bytes_byte(out, (uint8_t)v);
    }
    return true;
}

/* REPORT: a file (raw bytes, or JSON {"$bytes": ...} as printed by call),
 * or the report as hex or base64 on the command line. */
static bool load_report(const char *arg, cli_bytes *out)
{
    size_t n;
    uint8_t *d = is_file(arg) ? slurp(arg, &n) : NULL;
    const char *text = arg;
    if (d) {
        if (n == EN_REPORT_SIZE) {
            cli_bytes_put(out, d, n);
            free(d);
            return true;
        }
        text = (const char *)d;
    }
    size_t tl = strlen(text);
    while (tl && (text[tl - 1] == '\n' || text[tl - 1] == ' ')) tl--;
    const char *jerr;
    jv *v = cli_json_parse(text, tl, &jerr);
    if (v && v->type == JV_STR) return cli_unbase64(v->s, v->n, out) || unhex(v->s, out);
    jv *b = cli_json_get(v, "$bytes");
    if (!b) b = cli_json_get(cli_json_get(v, "result"), "$bytes");
    if (b && b->type == JV_STR) return cli_unbase64(b->s, b->n, out);
    char *copy = strndup(text, tl);
    bool ok = unhex(copy, out);
    if (!ok) {
        out->len = 0;
        ok = cli_unbase64(copy, tl, out);
    }
    free(copy);
    return ok;
}

static int cmd_verify_report(int argc, char **argv)
{
    const char *keyfile = NULL, *report = NULL, *expect = NULL;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--keyfile") == 0 && i + 1 < argc) keyfile = argv[++i];
        else if (strcmp(argv[i], "--mrenclave") == 0 && i + 1 < argc) expect = argv[++i];
        else if (!report) report = argv[i];
        else {
            report = NULL;
            break;
        }
    }
    if (!report) {
        fprintf(stderr, "usage: pyclave verify-report [--keyfile F] [--mrenclave HEX] REPORT\n");
        return EXIT_USAGE;
    }
    cli_bytes r = {0};
    if (!load_report(report, &r)) {
        fprintf(stderr, "pyclave verify-report: cannot read the report (file, hex, base64 or {\"$bytes\": ...})\n");
        return EXIT_USAGE;
    }
    pyclave_report_info info;
    pyclave_error err = {0};
    pyclave_status st = pyclave_verify_report(r.p, r.len, keyfile, &info, &err);
    if (st != PYCLAVE_OK) {
        printf("{\"valid\": false}\n");
        fprintf(stderr, "pyclave verify-report: %s\n", err.message ? err.message : pyclave_status_str(st));
        pyclave_error_clear(&err);
        return st == PYCLAVE_E_KEYS ? EXIT_ENCLAVE : EXIT_EXC;
    }
    char mre[65];
    for (int i = 0; i < 32; i++) snprintf(mre + 2 * i, 3, "%02x", info.mrenclave[i]);
    printf("{\"valid\": true, \"mrenclave\": \"%s\", \"mrsigner\": \"", mre);
    hex(stdout, info.mrsigner, 32);
    printf("\", \"prod_id\": %u, \"isv_svn\": %u, \"debug\": %s, \"report_data\": \"", info.prod_id, info.isv_svn,
           info.debug ? "true" : "false");
    hex(stdout, info.report_data, 64);
    printf("\"}\n");
    if (expect && strcasecmp(expect, mre) != 0) {
        fprintf(stderr, "pyclave verify-report: MRENCLAVE differs from the expected one\n");
        return EXIT_EXC;
    }
    return 0;
}

/* ---- sgx-config: Enclave.config.xml from an image's manifest ---- */

/* The SGX SDK's enclave configuration for the `sgx` backend (backends/sgx,
 * docs/ENCLAVE.md): HeapMaxSize = the manifest's GC heap plus a margin for
 * the bridge and the SDK; StackMaxSize = the C stack the interpreter gets in
 * the sandbox (the manifest's stack_max_size is the Python recursion limit,
 * enforced inside); one TCS (the runtime is single-threaded); ProdID,
 * ISVSVN and DisableDebug from the manifest. */
static int cmd_sgx_config(int argc, char **argv)
{
    const char *image = NULL, *out = NULL;
    bool defaults = false;
    for (int i = 2; i < argc; i++) {
        if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) && i + 1 < argc) out = argv[++i];
        else if (strcmp(argv[i], "--defaults") == 0) defaults = true;
        else if (argv[i][0] != '-' && !image) image = argv[i];
        else image = NULL, defaults = false, i = argc;
    }
    if (!image == !defaults) {
        fprintf(stderr, "usage: pyclave sgx-config (APP.pce | --defaults) [-o Enclave.config.xml]\n");
        return EXIT_USAGE;
    }
    en_manifest m = {0};
    m.heap_size = (uint64_t)256 << 20;
    m.stack_max = 1000;
    uint8_t mre[32] = {0}, mrs[32] = {0};
    static en_image img;
    if (image) {
        size_t n;
        uint8_t *d = slurp(image, &n);
        if (!d) {
            fprintf(stderr, "pyclave sgx-config: cannot read %s: %s\n", image, strerror(errno));
            return EXIT_ENCLAVE;
        }
        const char *why = en_image_verify(cr_span_make(d, n), &img, mre, mrs);
        if (why) {
            fprintf(stderr, "pyclave sgx-config: enclave image refused: %s\n", why);
            free(d);
            return EXIT_ENCLAVE;
        }
        m = img.m;
        free(d);
    }
    const uint64_t margin = (uint64_t)32 << 20, stack = (uint64_t)8 << 20;
    uint64_t heap = (m.heap_size + margin + 4095) & ~(uint64_t)4095;
    FILE *f = out ? fopen(out, "w") : stdout;
    if (!f) {
        fprintf(stderr, "pyclave sgx-config: cannot write %s: %s\n", out, strerror(errno));
        return EXIT_ENCLAVE;
    }
    fprintf(f, "<!-- Enclave.config.xml for the Pyclave sgx backend, generated by `pyclave sgx-config`");
    if (image) {
        fprintf(f, "\n     from an image with MRENCLAVE ");
        hex(f, mre, 32);
        fprintf(f, " (Pyclave's measurement;\n     the SGX MRENCLAVE of the signed enclave is another one)");
    }
    fprintf(f, ".\n     HeapMaxSize = GC heap %llu bytes + 32 MiB; StackMaxSize = the C stack of the sandbox. -->\n",
            (unsigned long long)m.heap_size);
    fprintf(f, "<EnclaveConfiguration>\n");
    fprintf(f, "  <ProdID>%u</ProdID>\n", (unsigned)m.prod_id);
    fprintf(f, "  <ISVSVN>%u</ISVSVN>\n", (unsigned)m.isv_svn);
    fprintf(f, "  <StackMaxSize>0x%llX</StackMaxSize>\n", (unsigned long long)stack);
    fprintf(f, "  <HeapMaxSize>0x%llX</HeapMaxSize>\n", (unsigned long long)heap);
    fprintf(f, "  <TCSNum>1</TCSNum>\n");
    fprintf(f, "  <TCSPolicy>1</TCSPolicy>\n");
    fprintf(f, "  <DisableDebug>%d</DisableDebug>\n", m.debug ? 0 : 1);
    fprintf(f, "  <MiscSelect>0</MiscSelect>\n");
    fprintf(f, "  <MiscMask>0xFFFFFFFF</MiscMask>\n");
    fprintf(f, "</EnclaveConfiguration>\n");
    if (out && fclose(f) != 0) {
        fprintf(stderr, "pyclave sgx-config: cannot write %s\n", out);
        return EXIT_ENCLAVE;
    }
    return 0;
}

static int cmd_genkey(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pyclave genkey KEYFILE\n");
        return EXIT_USAGE;
    }
    uint8_t priv[32];
    if (hs_generate_p256(priv) < 0) {
        fprintf(stderr, "pyclave genkey: key generation failed\n");
        return EXIT_ENCLAVE;
    }
    int fd = open(argv[2], O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        fprintf(stderr, "pyclave genkey: cannot create %s: %s\n", argv[2], strerror(errno));
        return EXIT_ENCLAVE;
    }
    char text[66];
    for (int i = 0; i < 32; i++) snprintf(text + 2 * i, 3, "%02x", priv[i]);
    text[64] = '\n';
    bool ok = write(fd, text, 65) == 65;
    if (close(fd) != 0 || !ok) {
        fprintf(stderr, "pyclave genkey: cannot write %s\n", argv[2]);
        return EXIT_ENCLAVE;
    }
    uint8_t pub[65], mrs[32];
    en_ec_pub_from_priv(priv, pub);
    en_sha256(cr_span_make(pub, 65), cr_span_make(NULL, 0), mrs);
    printf("MRSIGNER  ");
    hex(stdout, mrs, 32);
    printf("\n");
    return 0;
}

int cli_enclave_main(int argc, char **argv)
{
    const char *c = argv[1];
    /* This frame's top, not a local in it: cmd_build may be inlined here,
     * and its locals may then lie above any local of ours. */
    if (strcmp(c, "build") == 0) return cmd_build(argc, argv, __builtin_frame_address(0));
    if (strcmp(c, "measure") == 0) return cmd_measure(argc, argv);
    if (strcmp(c, "call") == 0) return cmd_call(argc, argv);
    if (strcmp(c, "serve") == 0) return cmd_serve(argc, argv);
    if (strcmp(c, "verify-report") == 0) return cmd_verify_report(argc, argv);
    if (strcmp(c, "genkey") == 0) return cmd_genkey(argc, argv);
    if (strcmp(c, "sgx-config") == 0) return cmd_sgx_config(argc, argv);
    return -1;
}
