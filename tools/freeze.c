/* Build tool: freezes the modules of lib/ into the binary as the frozen
 * module table (vm/import.h).  For each FILE.py it writes the source (for
 * tracebacks, inspect and `pyclave build`) and the module's code object,
 * compiled and marshalled here, at build time: importing a frozen module
 * then only loads (and re-verifies) its bytecode instead of parsing and
 * compiling it at every start (import decimal cost 231M instructions).
 *
 * It is linked with the interpreter library itself minus the frozen table,
 * which is defined empty below, so the bytecode is exactly what the
 * compiler of this build produces.
 * Usage: freeze OUT.c LIBDIR FILE.py...
 * Module names come from the paths relative to LIBDIR; pkg/__init__.py is
 * the package pkg. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/import.h"
#include "vm/marshal.h"
#include "vm/traceback.h"

const vm_frozen_module vm_frozen_modules[] = {{0, false, 0, 0, 0, 0}};
const size_t vm_frozen_count = 0;

static void module_name(const char *libdir, const char *path, char *out, size_t cap, int *is_pkg)
{
    size_t n = strlen(libdir);
    const char *rel = path + n;
    while (*rel == '/') rel++;
    snprintf(out, cap, "%s", rel);
    size_t len = strlen(out);
    if (len > 3 && strcmp(out + len - 3, ".py") == 0) out[len - 3] = 0;
    len = strlen(out);
    *is_pkg = 0;
    if (len >= 9 && strcmp(out + len - 9, "/__init__") == 0) {
        out[len - 9] = 0;
        *is_pkg = 1;
    }
    for (char *p = out; *p; p++)
        if (*p == '/') *p = '.';
}

static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

/* As a string literal (three-digit octal escapes where needed): compilers
 * read a 20 MB file of those ten times faster than a list of numbers.  The
 * array has the literal's NUL at the end, so its length is sizeof - 1. */
static void emit_array(FILE *out, const char *kind, int i, const unsigned char *p, size_t n)
{
    fprintf(out, "static const uint8_t %s_%d[%zu] =\n\"", kind, i, n + 1);
    size_t col = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned c = p[k];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            fputc((int)c, out);
            col++;
        } else {
            fprintf(out, "\\%03o", c);
            col += 4;
        }
        if (col >= 120 && k + 1 < n) {
            fprintf(out, "\"\n\"");
            col = 0;
        }
    }
    fprintf(out, "\";\n");
}

/* Compile one module as import would (filename: its virtual path,
 * vm_frozen_filename) and return its marshalled code in out; false with
 * the error printed. */
static bool compile_module(const char *name, bool is_pkg, const unsigned char *src, size_t len, cr_buf *out)
{
    Val fname = vm_frozen_filename(name, is_pkg);
    Val code = fname ? cp_compile(cr_span_make(src, len), fname, CP_MODE_EXEC, 0) : NULL;
    cr_buf_init(out);
    if (code && vm_marshal_dump(code, out) == 0 && !out->failed && vm_marshal_load(cr_buf_span(out))) return true;
    Val exc = vm_err_fetch();
    Val s = exc ? vm_format_exception(exc) : NULL;
    fprintf(stderr, "freeze: cannot freeze %s\n%s", name, s ? vm_str_cstr_of(s) : "");
    return false;
}

/* All code blobs form one array and all sources another, so that the
 * pages imports touch (code) are not interleaved with the source pages only
 * tracebacks read: the kernel maps file pages around each fault, and mixed
 * pages counted source text into every process's resident size. */
static int run(int argc, char **argv, void *stack_base)
{
    if (hs_linux_init_build_runtime(stack_base, "pyclave-freeze") < 0) return 1;
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    int nmod = argc - 3;
    size_t *src_off = calloc((size_t)nmod + 1, sizeof *src_off), *code_off = calloc((size_t)nmod + 1, sizeof *code_off);
    cr_buf all_src, all_code;
    cr_buf_init(&all_src);
    cr_buf_init(&all_code);
    if (!src_off || !code_off) return 1;
    for (int i = 3; i < argc; i++) {
        char name[512];
        int is_pkg;
        module_name(argv[2], argv[i], name, sizeof name, &is_pkg);
        size_t len = 0;
        unsigned char *src = slurp(argv[i], &len);
        if (!src) {
            perror(argv[i]);
            return 1;
        }
        cr_buf code;
        if (!compile_module(name, is_pkg != 0, src, len, &code)) return 1;
        cr_buf_append(&all_src, cr_span_make(src, len));
        cr_buf_append(&all_code, cr_buf_span(&code));
        src_off[i - 2] = all_src.len;
        code_off[i - 2] = all_code.len;
        free(src);
    }
    if (all_src.failed || all_code.failed) {
        fprintf(stderr, "freeze: out of memory\n");
        return 1;
    }
    fprintf(out, "/* Generated by tools/freeze.c from lib/: do not edit. */\n#include \"vm/import.h\"\n\n");
    emit_array(out, "frozen_code", 0, all_code.ptr, all_code.len);
    emit_array(out, "frozen_src", 0, all_src.ptr, all_src.len);
    fprintf(out, "\nconst vm_frozen_module vm_frozen_modules[] = {\n");
    for (int i = 3; i < argc; i++) {
        char name[512];
        int is_pkg;
        module_name(argv[2], argv[i], name, sizeof name, &is_pkg);
        size_t k = (size_t)(i - 3);
        fprintf(out, "    {\"%s\", %s, frozen_src_0 + %zu, %zu, frozen_code_0 + %zu, %zu},\n", name,
                is_pkg ? "true" : "false", src_off[k], src_off[k + 1] - src_off[k], code_off[k],
                code_off[k + 1] - code_off[k]);
    }
    fprintf(out, "    {0, false, 0, 0, 0, 0}\n};\nconst size_t vm_frozen_count = %d;\n", nmod);
    free(src_off);
    free(code_off);
    return fclose(out) == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: freeze OUT.c LIBDIR FILE.py...\n");
        return 2;
    }
    hs_linux_install();
    /* This frame's top: every frame of the compilation lies below it, inside
     * the conservatively scanned range. */
    return run(argc, argv, __builtin_frame_address(0));
}
