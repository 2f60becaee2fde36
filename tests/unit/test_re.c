/* Unit tests of the re engine's bounds (src/modules/re_*.c): a catastrophic
 * pattern is stopped by the instruction budget (and by an interrupt), a
 * backtracking stack beyond the heap cap is a MemoryError, absurd nesting
 * is a RecursionError, and the runtime keeps working afterwards.  These
 * cannot be differential tests: CPython would run them for hours. */
#include <stdio.h>
#include <string.h>

#include "core/host.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/import.h"
#include "vm/state.h"

static int passed, failed;
static Val re_mod;

static void check(bool ok, const char *what, const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s (got %s)\n", what, got ? got : "NULL");
}

/* "TypeName: message" of the pending exception (cleared), or the repr. */
static const char *show(Val v)
{
    static char buf[300];
    if (v == NULL) {
        Val e = vm_err_fetch();
        if (e == NULL) return "<NULL without exception>";
        Val s = vm_str(e);
        snprintf(buf, sizeof buf, "%s: %s", vm_tname(e), s ? vm_str_cstr_of(s) : "?");
        return buf;
    }
    Val r = vm_repr(v);
    if (!r) return show(NULL);
    snprintf(buf, sizeof buf, "%s", vm_str_cstr_of(r));
    return buf;
}

static Val rep(const char *s, size_t n)
{
    Val one = vm_str_cstr(s);
    return one ? vm_binop(one, vm_int_from_i64((int64_t)n), VM_OP_MUL) : NULL;
}

static Val call2(const char *fn, Val a, Val b)
{
    if (!a || !b) return NULL;
    Val args[2] = {a, b};
    return vm_call_method(re_mod, fn, args, 2);
}

static void expect(const char *what, Val v, const char *want)
{
    const char *got = show(v);
    check(strncmp(got, want, strlen(want)) == 0, what, got);
}

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {.heap_cap = (size_t)96 << 20, .c_stack_limit = 4u << 20, .stack_base = __builtin_frame_address(0),
                          .hashseed = "0"};
    if (pyclave_init(&cfg) < 0) printf("note: pyclave_init reported a failure; continuing\n");
    vm_err_clear();
    re_mod = vm_import_module("re");
    check(re_mod != NULL, "import re", show(re_mod));
    if (!re_mod) {
        printf("%d passed, %d failed\n", passed, failed + 1);
        return 1;
    }

    expect("sanity", call2("match", vm_str_cstr("(a*)*b"), vm_str_cstr("aab")),
           "<re.Match object; span=(0, 3), match='aab'>");

    /* (a*)*b on 'a'*30: exponential backtracking, stopped by the budget. */
    vm->budget_left = 200000;
    expect("catastrophic pattern: budget", call2("match", vm_str_cstr("(a*)*b"), rep("a", 30)),
           "RuntimeError: instruction budget exhausted");
    vm->budget_left = -1;
    expect("nested quantifiers: budget (search)",
           (vm->budget_left = 100000, call2("search", vm_str_cstr("(x+x+)+y"), rep("x", 40))),
           "RuntimeError: instruction budget exhausted");
    vm->budget_left = -1;

    /* An asynchronous interrupt is honoured inside the matcher. */
    vm->interrupt_pending = true;
    expect("interrupt", call2("match", vm_str_cstr("(a|aa)*c"), rep("a", 40)), "KeyboardInterrupt");
    vm->interrupt_pending = false;

    /* The backtracking stack lives on the GC heap: beyond the cap it is a
     * MemoryError, not a crash. */
    expect("stack beyond the heap cap", call2("match", vm_str_cstr("(?:(a)|b)*c"), rep("a", 2000000)),
           "MemoryError");
    expect("works after MemoryError", call2("search", vm_str_cstr("b+"), vm_str_cstr("abbc")),
           "<re.Match object; span=(1, 3), match='bb'>");

    /* Deep nesting of groups in the pattern: RecursionError. */
    Val deep = vm_binop(rep("(", 20000), rep(")", 20000), VM_OP_ADD);
    expect("deep nesting", call2("compile", deep, vm_int_from_i64(0)), "RecursionError");
    check(vm->recursion_depth == 0, "recursion depth restored", NULL);

    /* Long inputs need no C recursion. */
    expect("long subject", call2("fullmatch", vm_str_cstr("(?:ab|cd)*"), rep("ab", 100000)),
           "<re.Match object; span=(0, 200000), match='ababababababababababababababababababababababab");
    expect("long lazy subject", call2("match", vm_str_cstr("(.)*?x"), vm_binop(rep("y", 100000), vm_str_cstr("x"), VM_OP_ADD)),
           "<re.Match object; span=(0, 100001)");
    vm->budget_left = -1;
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
