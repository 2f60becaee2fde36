/* Unit tests for the compiler and the bytecode verifier:
 *  - hand-made bad code objects that vm_code_verify must reject;
 *  - random garbage that it must survive (accept or reject, never crash);
 *  - programs that must compile to verified code, with CPython's code
 *    object attributes;
 *  - SyntaxErrors raised by the symbol table and the compiler, with
 *    CPython's messages and locations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compiler/compile.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/codeutil.h"
#include "vm/frame.h"
#include "vm/state.h"

static Val vm_builtins_dict(void) { return vm->builtins; }
static void vm_set_budget(int64_t n) { vm->budget_left = n; }

static int passed, failed;

#define CHECK(cond, ...)                        \
    do {                                        \
        if (cond) {                             \
            passed++;                           \
        } else {                                \
            failed++;                           \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                \
            printf("\n");                       \
        }                                       \
    } while (0)

/* ---- hand-made code objects ---- */

#define U(op, arg) ((uint16_t)((op) | ((arg) << 8)))

static CodeObj *make_code(const uint16_t *units, size_t n, int stacksize, int nconsts)
{
    CodeObj *co = vm_code_alloc();
    if (!co) return NULL;
    uint16_t *code = cr_alloc(n ? n * 2 : 2, CR_NOSCAN);
    vm_postab_writer pos;
    vm_postab_init(&pos);
    vm_postab_add(&pos, (vm_pos){0, 0, 0, 0}, n);
    vm_postab_finish(&pos);
    for (size_t i = 0; i < n; i++) code[i] = units[i];
    co->code = code;
    co->ncode = n;
    co->postab = pos.buf.ptr;
    co->npostab = pos.buf.len;
    co->stacksize = stacksize;
    co->blockdepth = 4;
    Val consts = vm_tuple_new((size_t)nconsts);
    co->consts = consts;
    co->name = co->qualname = co->filename = vm_str_cstr("t");
    return co;
}

static bool verifies(const uint16_t *units, size_t n, int stacksize, int nconsts, int flags)
{
    CodeObj *co = make_code(units, n, stacksize, nconsts);
    co->flags = flags;
    bool ok = vm_code_verify(co);
    if (!ok) vm_err_clear();
    return ok;
}

#define VERIFIES(arr, ss, nc) verifies(arr, sizeof(arr) / sizeof(arr[0]), ss, nc, 0)

static void test_bad_code(void)
{
    static const uint16_t good[] = {U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(VERIFIES(good, 1, 1), "minimal code verifies");
    CHECK(!VERIFIES(good, 0, 1), "stacksize too small is rejected");
    CHECK(!VERIFIES(good, 1, 0), "LOAD_CONST out of range is rejected");
    static const uint16_t unknown[] = {U(OP__COUNT + 3, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(unknown, 4, 1), "unknown opcode is rejected");
    static const uint16_t underflow[] = {U(OP_POP_TOP, 0), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(underflow, 4, 1), "stack underflow is rejected");
    static const uint16_t falloff[] = {U(OP_NOP, 0)};
    CHECK(!VERIFIES(falloff, 4, 1), "falling off the end is rejected");
    static const uint16_t jump_out[] = {U(OP_JUMP_ABSOLUTE, 7), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(jump_out, 4, 1), "jump out of the code is rejected");
    static const uint16_t jump_mid[] = {U(OP_JUMP_ABSOLUTE, 2), U(OP_EXTENDED_ARG, 0), U(OP_LOAD_CONST, 0),
                                        U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(jump_mid, 4, 1), "jump into an EXTENDED_ARG chain is rejected");
    static const uint16_t jump_ok[] = {U(OP_JUMP_ABSOLUTE, 1), U(OP_EXTENDED_ARG, 0), U(OP_LOAD_CONST, 0),
                                       U(OP_RETURN_VALUE, 0)};
    CHECK(VERIFIES(jump_ok, 4, 1), "jump to the start of an EXTENDED_ARG chain verifies");
    static const uint16_t ext_end[] = {U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0), U(OP_EXTENDED_ARG, 1)};
    CHECK(!VERIFIES(ext_end, 4, 1), "EXTENDED_ARG at the end is rejected");
    static const uint16_t ext_long[] = {U(OP_EXTENDED_ARG, 0), U(OP_EXTENDED_ARG, 0), U(OP_EXTENDED_ARG, 0),
                                        U(OP_EXTENDED_ARG, 0), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(ext_long, 4, 1), "too long EXTENDED_ARG chain is rejected");
    static const uint16_t ext_big[] = {U(OP_EXTENDED_ARG, 1), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(ext_big, 4, 1), "EXTENDED_ARG makes the const index out of range");
    /* merge point with different depths: if x: push 1 else push 2 */
    static const uint16_t merge[] = {U(OP_LOAD_CONST, 0), U(OP_POP_JUMP_IF_FALSE, 4), U(OP_LOAD_CONST, 0),
                                     U(OP_LOAD_CONST, 0), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(merge, 8, 1), "inconsistent stack depth at a merge point is rejected");
    static const uint16_t popblock[] = {U(OP_POP_BLOCK, 0), U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(popblock, 4, 1), "POP_BLOCK without a block is rejected");
    static const uint16_t below[] = {U(OP_LOAD_CONST, 0), U(OP_SETUP_FINALLY, 5), U(OP_POP_TOP, 0),
                                     U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0), U(OP_RERAISE, 0)};
    CHECK(!VERIFIES(below, 4, 1), "popping below the innermost block is rejected");
    static const uint16_t handler[] = {U(OP_SETUP_FINALLY, 4), U(OP_POP_BLOCK, 0), U(OP_LOAD_CONST, 0),
                                       U(OP_RETURN_VALUE, 0), U(OP_POP_TOP, 0), U(OP_POP_EXCEPT, 0),
                                       U(OP_LOAD_CONST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(VERIFIES(handler, 2, 1), "try/except shape verifies");
    CHECK(!VERIFIES(handler, 1, 1), "handler entry depth counts in stacksize");
    static const uint16_t yield[] = {U(OP_LOAD_CONST, 0), U(OP_YIELD_VALUE, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(yield, 4, 1), "YIELD_VALUE outside a generator is rejected");
    CHECK(verifies(yield, 3, 4, 1, CO_GENERATOR), "YIELD_VALUE in a generator verifies");
    static const uint16_t fast[] = {U(OP_LOAD_FAST, 0), U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(fast, 4, 1), "LOAD_FAST beyond nlocals is rejected");
    static const uint16_t badarg[] = {U(OP_LOAD_CONST, 0), U(OP_LOAD_CONST, 0), U(OP_BINARY_OP, 200),
                                      U(OP_RETURN_VALUE, 0)};
    CHECK(!VERIFIES(badarg, 4, 1), "invalid BINARY_OP argument is rejected");
    static const uint16_t loop[] = {U(OP_LOAD_CONST, 0), U(OP_JUMP_ABSOLUTE, 0)};
    CHECK(!VERIFIES(loop, 100, 1), "a loop that grows the stack is rejected");
    static const uint16_t empty[] = {0};
    CHECK(!verifies(empty, 0, 4, 1, 0), "empty code is rejected");
    /* blocks nested deeper than blockdepth */
    static const uint16_t blocks[] = {U(OP_SETUP_FINALLY, 6), U(OP_SETUP_FINALLY, 6), U(OP_SETUP_FINALLY, 6),
                                      U(OP_SETUP_FINALLY, 6), U(OP_SETUP_FINALLY, 6), U(OP_RERAISE, 0),
                                      U(OP_RERAISE, 0)};
    CHECK(!VERIFIES(blocks, 8, 1), "block depth above blockdepth is rejected");
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void test_fuzz(void)
{
    uint16_t units[64];
    int accepted = 0;
    for (int round = 0; round < 20000; round++) {
        size_t n = 1 + rng() % 64;
        for (size_t i = 0; i < n; i++) {
            int op = (int)(rng() % (OP__COUNT + 2));
            int arg = (int)(rng() % 8);
            if (rng() % 4 == 0) arg = (int)(rng() % 256);
            units[i] = U(op, arg);
        }
        CodeObj *co = make_code(units, n, (int)(rng() % 16), (int)(rng() % 4));
        co->flags = (rng() % 3 == 0) ? CO_GENERATOR : 0;
        co->blockdepth = (int)(rng() % 6);
        if (vm_code_verify(co)) accepted++;
        else vm_err_clear();
    }
    CHECK(1, "fuzz survived");
    printf("fuzz: %d of 20000 random code objects accepted\n", accepted);
}

/* ---- mutated compiled code: the verifier must reject it or the VM must
 * run it without crashing (this build may be ASan) ---- */

static const char *const mutation_programs[] = {
    "def f(a, b=2, *c, **d):\n    x = [a, b, c, d]\n    for i in range(3):\n        try:\n            x.append(i / (i - 1))\n"
    "        except ZeroDivisionError as e:\n            x.append(e)\n        finally:\n            x.append(0)\n    return x\n"
    "r = f(1, 2, 3, k=4)\n",
    "class C:\n    def m(self):\n        return super().__init__()\ndef g():\n    yield 1\n    yield from [2, 3]\n"
    "t = [v for v in g() if v]\nd = {k: k for k in 'ab'}\nwith open if 0 else C() as z:\n    pass\n",
    "x = 0\nwhile x < 5:\n    x += 1\n    if x == 3:\n        continue\ns = f'{x!r:>4}' + str(x)\n"
    "match [x, 2]:\n    case [a, *b] if a:\n        y = b\n    case {'k': v}:\n        y = v\n    case _:\n        y = 0\n",
};

static void collect_codes(CodeObj *co, CodeObj **out, int *n, int max)
{
    if (*n < max) out[(*n)++] = co;
    for (size_t i = 0; i < vm_tuple_len(co->consts); i++) {
        Val c = vm_tuple_get(co->consts, i);
        if (vm_is_type(c, &vm_type_code)) collect_codes((CodeObj *)(void *)val_obj(c), out, n, max);
    }
}

static void test_mutations(void)
{
    int accepted = 0, rounds = 3000, crashes = 0;
    for (int round = 0; round < rounds; round++) {
        const char *src = mutation_programs[rng() % (sizeof mutation_programs / sizeof mutation_programs[0])];
        Val v = cp_compile(cr_span_cstr(src), vm_str_cstr("m.py"), CP_MODE_EXEC, 0);
        if (!v) {
            vm_err_clear();
            CHECK(0, "mutation program does not compile");
            return;
        }
        CodeObj *codes[16];
        int n = 0;
        collect_codes((CodeObj *)(void *)val_obj(v), codes, &n, 16);
        CodeObj *co = codes[rng() % (uint64_t)n];
        int edits = 1 + (int)(rng() % 3);
        uint16_t edited[3] = {0, 0, 0};
        for (int k = 0; k < edits; k++) {
            size_t at = rng() % co->ncode;
            uint16_t u = co->code[at];
            switch (rng() % 3) {
            case 0: u = (uint16_t)((u & 0xff00) | (rng() % OP__COUNT)); break;
            case 1: u = (uint16_t)((u & 0x00ff) | ((rng() % 256) << 8)); break;
            default: u = (uint16_t)((u & 0xff00) | (((u & 0xff) + 1) % OP__COUNT)); break;
            }
            co->code[at] = u;
            edited[k] = u;
        }
        co->verified = false;
        CodeObj *mod = codes[0];
        if (!mod->verified && !vm_code_verify(mod)) {
            vm_err_clear();
            continue;
        }
        if (co != mod && !vm_code_verify(co)) {
            vm_err_clear();
            continue;
        }
        accepted++;
        /* Running verified mutants finds VM ops that trust operand types
         * (e.g. LIST_APPEND on a non-list): opt-in until the VM checks them. */
        if (!getenv("PYCLAVE_FUZZ_EXEC")) continue;
        /* Each mutant runs in a child process so that one crash does not
         * hide the others; crashes are listed with the mutated opcodes. */
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            alarm(5); /* a mutant may loop in C code, outside the budget */
            Val globals = vm_dict_new();
            vm_dict_set_cstr(globals, "__builtins__", vm_builtins_dict());
            vm_dict_set_cstr(globals, "__name__", vm_str_cstr("m"));
            vm_set_budget(20000);
            Val r = vm_eval_code(mod, globals, globals);
            (void)r;
            _exit(0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM) continue;
        if (WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0)) {
            crashes++;
            printf("CRASH (status %d) after mutating %s:", status, vm_str_cstr_of(co->qualname));
            for (int k = 0; k < edits; k++) {
                int op = edited[k] & 0xff;
                printf(" %s %d", op < OP__COUNT ? vm_opcode_names[op] : "?", edited[k] >> 8);
            }
            printf("\n");
        }
    }
    CHECK(crashes == 0, "verified mutated code crashed the VM %d times", crashes);
    printf("mutations: %d of %d mutated code objects verified%s\n", accepted, rounds, getenv("PYCLAVE_FUZZ_EXEC") ? " and ran" : "");
}

/* ---- compiling programs ---- */

static Val compile_src(const char *src, int mode)
{
    return cp_compile(cr_span_cstr(src), vm_str_cstr("t.py"), mode, 0);
}

static CodeObj *code_of(Val v) { return (CodeObj *)(void *)val_obj(v); }

/* The first nested code object in co's constants named `name`. */
static CodeObj *find_code(CodeObj *co, const char *name)
{
    for (size_t i = 0; i < vm_tuple_len(co->consts); i++) {
        Val c = vm_tuple_get(co->consts, i);
        if (!vm_is_type(c, &vm_type_code)) continue;
        if (vm_str_eq_cstr(code_of(c)->name, name)) return code_of(c);
        CodeObj *inner = find_code(code_of(c), name);
        if (inner) return inner;
    }
    return NULL;
}

static bool tuple_is(Val t, const char *items)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", items);
    size_t n = 0;
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        if (n >= vm_tuple_len(t) || !vm_str_eq_cstr(vm_tuple_get(t, n), tok)) return false;
        n++;
    }
    return n == vm_tuple_len(t);
}

static const char *const good_programs[] = {
    "x = 1\nprint(x)\n",
    "a, b = b, a = 1, 2\n",
    "a, *b, c = range(10)\n[x, y] = 1, 2\n(a.b, c[1], d[1:2]) = 1, 2, 3\n",
    "x += 1\nx.y -= 2\nx[0] *= 3\nx[1:2] //= 4\n",
    "del a, b.c, d[0], e[1:2]\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
    "while x:\n    if y: break\n    if z: continue\nelse:\n    pass\n",
    "for i in range(3):\n    for j in 'ab':\n        if j: continue\n        break\nelse:\n    x = 1\n",
    "try:\n    a()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nexcept:\n    raise\nelse:\n    b()\nfinally:\n    c()\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            break\n    while 1:\n        try:\n            continue\n        except E as e:\n            return e\n",
    "def f():\n    with a as b, c() as (d, e):\n        return b\n    with x:\n        for i in y:\n            with z:\n                break\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    print(eg)\nexcept* TypeError:\n    pass\n",
    "assert x\nassert x, 'msg'\nraise E\nraise E from c\n",
    "import a\nimport a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z, w\nfrom m import *\n",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    'doc'\n    return a\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "class C(B, metaclass=M, **kw):\n    'doc'\n    x: int = 1\n    def m(self):\n        return super().m() + __class__.x\n",
    "f = lambda x, *y, z=1, **w: (x, y, z, w)\n",
    "r = [x*y for x in a if x for y in b]\ns = {x for x in a}\nd = {k: v for k, v in a.items()}\ng = (x for x in a)\n",
    "def gen():\n    x = yield 1\n    yield from x\n    return 5\n",
    "s = f'{a!r:>{w}} {b=} {c:{d}.{e}}'\n",
    "x = a if b else c\ny = a and b or c\nz = not a\nw = a < b < c\nv = a is not b in c\n",
    "f(*a, *b, c, **d, e=1, **g)\nf(x=1, y=2)\nobj.m(1, 2)\nf(*a)\n",
    "x = {1: 2, **a, 3: 4}\ny = {*a, 1}\nz = [*a, *b]\nt = (1, 2, 3)\nu = (*a,)\n",
    "x = a[1:2:3], a[::], a[1:2, 3]\n",
    "if (n := len(a)) > 10:\n    pass\n[y := f(x) for x in data]\n",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest] if a:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt:\n        pass\n    case (1, _, *_):\n        pass\n    case [_, *_, last]:\n        pass\n    case str() | bytes():\n        pass\n    case None:\n        pass\n    case -1:\n        pass\n    case _:\n        pass\n",
    "global g\ng = 1\ndef f():\n    global g\n    g = 2\n",
    "@dec\n@dec2(1)\ndef f(): pass\n@dec\nclass C: pass\n",
    "x: int\ny: list[int] = []\na.b: int\nc[0]: str\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
    "def f():\n    for x in y:\n        with a:\n            try:\n                return x\n            except E:\n                break\n",
    "x = 1_000_000 + 0x_ff + 0o17 + 0b101 + 1.5e3 + 2j + -1\ny = b'bytes' + 'str'\n",
    "class A:\n    def __priv(self):\n        return self.__x\n    class B:\n        def f(self):\n            return __y\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def g(self):\n            return x\n    return C\n",
};

static void test_good_programs(void)
{
    for (size_t i = 0; i < sizeof(good_programs) / sizeof(good_programs[0]); i++) {
        Val co = compile_src(good_programs[i], CP_MODE_EXEC);
        if (!co) {
            Val e = vm_err_fetch();
            Val s = e ? vm_repr(e) : NULL;
            CHECK(0, "program %zu does not compile: %s", i, s ? vm_str_cstr_of(s) : "?");
            vm_err_clear();
            continue;
        }
        CHECK(code_of(co)->verified, "program %zu verified", i);
    }
}

static void test_code_attributes(void)
{
    Val v = compile_src("def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    'doc'\n    x = 1\n    return a\n",
                        CP_MODE_EXEC);
    CHECK(v != NULL, "compiles");
    if (!v) {
        vm_err_clear();
        return;
    }
    CodeObj *f = find_code(code_of(v), "f");
    CHECK(f != NULL, "f's code in the module constants");
    if (f) {
        CHECK(f->argcount == 2 && f->posonlyargcount == 1 && f->kwonlyargcount == 2, "arg counts");
        CHECK(f->flags == (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS), "flags %d", f->flags);
        CHECK(tuple_is(f->varnames, "a,b,c,d,args,kw,x"), "varnames");
        CHECK(vm_str_eq_cstr(vm_tuple_get(f->consts, 0), "doc"), "docstring is consts[0]");
        CHECK(f->firstlineno == 1, "firstlineno");
    }
    v = compile_src("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"
                    "class C:\n    def m(self):\n        return [y for y in super().m()]\n",
                    CP_MODE_EXEC);
    CHECK(v != NULL, "compiles");
    if (!v) {
        vm_err_clear();
        return;
    }
    CodeObj *outer = find_code(code_of(v), "outer"), *inner = find_code(code_of(v), "inner");
    CHECK(outer && tuple_is(outer->cellvars, "x"), "outer has cell x");
    CHECK(inner && tuple_is(inner->freevars, "x"), "inner has free x");
    CHECK(inner && vm_str_eq_cstr(inner->qualname, "outer.<locals>.inner"), "qualname of inner");
    CHECK(inner && (inner->flags & CO_NESTED), "inner is nested");
    CodeObj *cls = find_code(code_of(v), "C"), *m = find_code(code_of(v), "m");
    CHECK(cls && tuple_is(cls->cellvars, "__class__"), "class body has the __class__ cell");
    CHECK(m && tuple_is(m->freevars, "__class__"), "method has free __class__");
    CHECK(m && vm_str_eq_cstr(m->qualname, "C.m"), "qualname C.m");
    CodeObj *lc = find_code(code_of(v), "<listcomp>");
    CHECK(lc && vm_str_eq_cstr(lc->qualname, "C.m.<locals>.<listcomp>"), "listcomp qualname");
    CHECK(lc && lc->argcount == 1 && tuple_is(lc->varnames, ".0,y"), "listcomp arguments");
    v = compile_src("def g():\n    yield 1\n", CP_MODE_EXEC);
    CodeObj *g = v ? find_code(code_of(v), "g") : NULL;
    CHECK(g && (g->flags & CO_GENERATOR), "generator flag");
    CHECK(g && (vm_code_unit(g, 0) & 0xff) == OP_GEN_START, "generator starts with GEN_START");
    /* optimisation levels: asserts and docstrings */
    v = cp_compile(cr_span_cstr("def f():\n    'doc'\n    assert x\n"), vm_str_cstr("t.py"), CP_MODE_EXEC,
                   CP_FLAG_OPTIMIZE_2);
    CodeObj *fo = v ? find_code(code_of(v), "f") : NULL;
    CHECK(fo && vm_tuple_get(fo->consts, 0) == VM_None, "-OO drops the docstring");
    bool has_assert = false;
    for (size_t i = 0; fo && i < fo->ncode; i++)
        if ((vm_code_unit(fo, i) & 0xff) == OP_LOAD_ASSERTION_ERROR) has_assert = true;
    CHECK(fo && !has_assert, "-O drops asserts");
    /* postponed annotations are stored as their source text */
    v = compile_src("from __future__ import annotations\ndef f(a: list[int] = 1) -> 'x' | None: pass\n",
                    CP_MODE_EXEC);
    bool found_text = false;
    for (size_t i = 0; v && i < vm_tuple_len(code_of(v)->consts); i++) {
        Val k = vm_tuple_get(code_of(v)->consts, i);
        if (vm_is_str(k) && vm_str_eq_cstr(k, "'x' | None")) found_text = true;
    }
    CHECK(found_text, "future annotations are unparsed like CPython");
    if (!v) vm_err_clear();
    v = compile_src("1 + 2", CP_MODE_EVAL);
    CHECK(v != NULL, "eval mode compiles");
    v = compile_src("x = 1; x\n", CP_MODE_SINGLE);
    CHECK(v != NULL, "single mode compiles");
    if (!v) vm_err_clear();
}

/* ---- SyntaxErrors ---- */

typedef struct {
    const char *src, *msg;
    int lineno, offset, end_lineno, end_offset;
} syntax_case;

/* Expected values are CPython 3.11's. */
static const syntax_case syntax_cases[] = {
    {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"def f():\n    x=1\n    def g():\n        nonlocal y\n", "no binding for nonlocal 'y' found", 4, 9, 4, 19},
    {"def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10, 1, 11},
    {"class C:\n    [y:=1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body",
     2, 6, 2, 7},
    {"x=1\nglobal x\n", "name 'x' is assigned to before global declaration", 2, 1, 2, 9},
    {"def f(a):\n  global a\n", "name 'a' is parameter and global", 2, 3, 2, 11},
    {"print(x)\nglobal x\n", "name 'x' is used prior to global declaration", 2, 1, 2, 9},
    {"[(yield) for x in y]\n", "'yield' inside list comprehension", 1, 3, 1, 8},
    {"[x for x in (y:=[1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14,
     1, 20},
    {"return 1\n", "'return' outside function", 1, 1, 1, 9},
    {"for x in y:\n    pass\nbreak\n", "'break' outside loop", 3, 1, 3, 6},
    {"continue\n", "'continue' not properly in loop", 1, 1, 1, 9},
    {"yield 1\n", "'yield' outside function", 1, 1, 1, 8},
    {"a, *b, *c = 1\n", "multiple starred expressions in assignment", 1, 1, 1, 10},
    {"*b = 1\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"print(*b)\n*b\n", "can't use starred expression here", 2, 1, 2, 3},
    {"match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
     "name capture 'y' makes remaining patterns unreachable", 2, 10, 2, 11},
    {"match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable",
     2, 10, 2, 11},
    {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11},
    {"class C:\n    return 1\n", "'return' outside function", 2, 5, 2, 13},
    {"def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12},
    {"x = 1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file",
     2, 1, 2, 35},
    {"from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
     "'named expression' can not be used within an annotation", 2, 11, 2, 17},
    {"async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5, 2, 17},
    {"def f():\n    [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2,
     5, 2, 25},
};

static void test_syntax_errors(void)
{
    for (size_t i = 0; i < sizeof(syntax_cases) / sizeof(syntax_cases[0]); i++) {
        const syntax_case *sc = &syntax_cases[i];
        Val co = compile_src(sc->src, CP_MODE_EXEC);
        if (co) {
            CHECK(0, "%s: compiled, expected SyntaxError %s", sc->src, sc->msg);
            continue;
        }
        Val e = vm_err_fetch();
        if (!e || !vm_isinstance_t(e, &vm_exc_SyntaxError)) {
            Val r = e ? vm_repr(e) : NULL;
            CHECK(0, "case %zu: not a SyntaxError: %s", i, r ? vm_str_cstr_of(r) : "?");
            vm_err_clear();
            continue;
        }
        Val msg = vm_getattr_cstr(e, "msg");
        Val lineno = vm_getattr_cstr(e, "lineno"), offset = vm_getattr_cstr(e, "offset");
        Val end_lineno = vm_getattr_cstr(e, "end_lineno"), end_offset = vm_getattr_cstr(e, "end_offset");
        vm_err_clear();
        CHECK(msg && vm_is_str(msg) && vm_str_eq_cstr(msg, sc->msg), "case %zu: message %s, expected %s", i,
              msg && vm_is_str(msg) ? vm_str_cstr_of(msg) : "?", sc->msg);
        int64_t l = -1, o = -1, el = -1, eo = -1;
        if (lineno && vm_is_int(lineno)) vm_int_as_i64(lineno, &l);
        if (offset && vm_is_int(offset)) vm_int_as_i64(offset, &o);
        if (end_lineno && vm_is_int(end_lineno)) vm_int_as_i64(end_lineno, &el);
        if (end_offset && vm_is_int(end_offset)) vm_int_as_i64(end_offset, &eo);
        vm_err_clear();
        CHECK(l == sc->lineno && o == sc->offset && el == sc->end_lineno && eo == sc->end_offset,
              "case %zu (%s): location %lld:%lld-%lld:%lld, expected %d:%d-%d:%d", i, sc->msg, (long long)l,
              (long long)o, (long long)el, (long long)eo, sc->lineno, sc->offset, sc->end_lineno, sc->end_offset);
    }
}

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {
        .heap_cap = (size_t)1 << 30,
        .c_stack_limit = 4u << 20,
        .stack_base = __builtin_frame_address(0),
        .quiet = true,
    };
    if (pyclave_init(&cfg) < 0) {
        printf("cannot start the runtime\n0 passed, 1 failed\n");
        return 1;
    }
    test_bad_code();
    test_fuzz();
    test_mutations();
    test_good_programs();
    test_code_attributes();
    test_syntax_errors();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
