/* Seed generator for the marshal fuzz target (not a fuzz target itself):
 * compiles each Python file given on the command line and writes its
 * marshal blob (vm/marshal.h) to OUTDIR/<n>.pcm, plus a few constants.
 * Usage: gen_marshal OUTDIR FILE.py... */
#include <stdio.h>
#include <stdlib.h>

#include "compiler/compile.h"
#include "fuzz_common.h"
#include "vm/marshal.h"

static int write_blob(const char *dir, int n, Val v)
{
    cr_buf out;
    cr_buf_init(&out);
    if (vm_marshal_dump(v, &out) < 0 || out.failed) {
        vm_err_clear();
        return 0;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/m%03d.pcm", dir, n);
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(out.ptr, 1, out.len, f);
    fclose(f);
    return 1;
}

int main(int argc, char **argv)
{
    fuzz_start_runtime();
    int n = 0;
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        static char src[1 << 16];
        size_t len = fread(src, 1, sizeof src, f);
        fclose(f);
        Val code = cp_compile(cr_span_make(src, len), vm_str_cstr(argv[i]), CP_MODE_EXEC, 0);
        if (!code) {
            vm_err_clear();
            continue;
        }
        n += write_blob(argv[1], n, code);
    }
    Val consts[] = {VM_None, vm_int_from_i64(-5), vm_float_new(2.5), vm_str_cstr("h\xc3\xa9"),
                    vm_int_from_str(cr_span_cstr("123456789012345678901234567890"), 10)};
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) n += write_blob(argv[1], n, consts[i]);
    printf("%d blobs\n", n);
    return 0;
}
