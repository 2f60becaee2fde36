/* Shared set-up of the libFuzzer targets in fuzz/ (built by `make fuzz`).
 *
 * The runtime is started once per process, from LLVMFuzzerInitialize, with
 * the Linux host services and a bounded heap.  The conservative GC scans the
 * C stack from cfg.stack_base downwards: libFuzzer calls
 * LLVMFuzzerTestOneInput from frames below the one that called
 * LLVMFuzzerInitialize, so the initialiser's frame address covers every Val
 * the targets hold. */
#ifndef PYCLAVE_FUZZ_COMMON_H
#define PYCLAVE_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/object.h"
#include "vm/state.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef FUZZ_HEAP_CAP
#define FUZZ_HEAP_CAP ((size_t)256 << 20)
#endif

/* Remove builtins that would let fuzzed Python code block or touch the
 * file system (input() waits on stdin, open() can create files). */
static inline void fuzz_drop_builtin(const char *name)
{
    Val k = vm_str_cstr(name);
    if (k && vm_dict_del(vm->builtins, k) < 0) vm_err_clear();
    vm_err_clear();
}

static inline void fuzz_start_runtime(void)
{
    static int started;
    if (started) return;
    started = 1;
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {0};
    cfg.heap_cap = FUZZ_HEAP_CAP;
    /* The caller's frame (FuzzerDriver) encloses every later call of
     * LLVMFuzzerTestOneInput. */
    cfg.stack_base = __builtin_frame_address(0);
    cfg.c_stack_limit = (size_t)4 << 20;
    cfg.hashseed = "0";
    cfg.isolated = true;
    cfg.ignore_environment = true;
    cfg.quiet = true;
    if (pyclave_init(&cfg) < 0) {
        fprintf(stderr, "fuzz: cannot start the runtime\n");
        abort();
    }
    fuzz_drop_builtin("input");
    fuzz_drop_builtin("open");
    fuzz_drop_builtin("breakpoint");
    fuzz_drop_builtin("help");
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_start_runtime();
    return 0;
}

/* Python text from fuzzer bytes: invalid UTF-8 becomes lone surrogates, as
 * os.fsdecode would produce, so the str paths see those too. */
static inline Val fuzz_text(const uint8_t *data, size_t size)
{
    Val s = vm_str_decode_utf8(cr_span_make(data, size), "surrogateescape");
    if (!s) {
        vm_err_clear();
        s = vm_str_decode_utf8(cr_span_make(data, size), "replace");
    }
    if (!s) vm_err_clear();
    return s;
}

#endif
