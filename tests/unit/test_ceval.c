/* Unit tests of the interpreter loop, functions, generators, the recursion
 * and budget guards and the traceback printer, with hand-assembled code
 * objects (so they do not depend on the compiler).  Expected messages are
 * CPython 3.11's. */
#include <stdio.h>
#include <string.h>

#include "core/host.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/ceval_internal.h"
#include "vm/codeutil.h"

static int passed, failed;

static void check(bool ok, const char *what, const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s (got %s)\n", what, got ? got : "NULL");
}

static const char *cs(Val v) { return v ? vm_str_cstr_of(v) : "<error>"; }

static const char *show(Val v)
{
    static char buf[600];
    if (v == NULL) {
        Val e = vm_err_fetch();
        if (e == NULL) return "<NULL without exception>";
        Val s = vm_str(e);
        snprintf(buf, sizeof buf, "%s: %s", vm_tname(e), s ? cs(s) : "?");
        return buf;
    }
    Val r = vm_repr(v);
    if (r == NULL) return show(NULL);
    snprintf(buf, sizeof buf, "%s", cs(r));
    return buf;
}

static void expect(const char *what, Val v, const char *want)
{
    const char *got = show(v);
    check(strcmp(got, want) == 0, what, got);
}

static void expect_text(const char *what, Val v, const char *want)
{
    const char *got = v != NULL && vm_is_str(v) ? cs(v) : show(v);
    check(strcmp(got, want) == 0, what, got);
}

static Val I(int64_t i) { return vm_int_from_i64(i); }
static Val S(const char *s) { return vm_intern_cstr(s); }

/* ---- a tiny assembler ---- */

typedef struct {
    int op, arg;
} ins;

#define END {-1, 0}

typedef struct {
    const char *name;
    int argcount, posonly, kwonly, nlocals, flags;
    Val consts, names, varnames, cellvars, freevars;
} codespec;

static CodeObj *assemble(const codespec *sp, const ins *code)
{
    size_t n = 0;
    while (code[n].op >= 0) n++;
    CodeObj *co = vm_code_alloc();
    if (co == NULL) return NULL;
    size_t u = 0, nins = n;
    for (size_t i = 0; i < nins; i++) {
        if (code[i].arg > 255) n++; /* room for one EXTENDED_ARG */
    }
    uint16_t *units = cr_alloc_array(n ? n : 1, sizeof(uint16_t), CR_NOSCAN);
    vm_postab_writer pos;
    vm_postab_init(&pos);
    for (size_t i = 0; code[i].op >= 0; i++) {
        if (code[i].arg > 255) units[u++] = (uint16_t)(OP_EXTENDED_ARG | ((code[i].arg >> 8) << 8));
        units[u++] = (uint16_t)(code[i].op | ((code[i].arg & 0xff) << 8));
    }
    vm_postab_add(&pos, (vm_pos){1, 1, 0, 0}, u);
    vm_postab_finish(&pos);
    co->code = units;
    co->postab = pos.buf.ptr;
    co->npostab = pos.buf.len;
    co->ncode = n;
    co->argcount = sp->argcount;
    co->posonlyargcount = sp->posonly;
    co->kwonlyargcount = sp->kwonly;
    co->nlocals = sp->nlocals;
    co->flags = sp->flags;
    co->firstlineno = 1;
    if (sp->consts) co->consts = sp->consts;
    if (sp->names) co->names = sp->names;
    if (sp->varnames) co->varnames = sp->varnames;
    if (sp->cellvars) co->cellvars = sp->cellvars;
    if (sp->freevars) co->freevars = sp->freevars;
    co->filename = S("<test>");
    co->name = S(sp->name);
    co->qualname = S(sp->name);
    int ms, mb;
    if (!vm_code_flow(co, &ms, &mb)) {
        printf("assemble %s: %s\n", sp->name, show(NULL));
        return NULL;
    }
    co->stacksize = ms;
    co->blockdepth = mb;
    if (!vm_code_verify(co)) {
        printf("verify %s: %s\n", sp->name, show(NULL));
        return NULL;
    }
    return co;
}

static Val run_module(CodeObj *co, Val globals)
{
    if (co == NULL) return vm_err_str(&vm_exc_SystemError, "no code");
    return vm_eval_code(co, globals, globals);
}

static Val new_globals(void)
{
    Val g = vm_dict_new();
    vm_dict_set_cstr(g, "__name__", S("__main__"));
    return g;
}

/* def NAME(params...): body -> a function object in globals */
static Val make_func(const codespec *sp, const ins *code, Val globals, Val defaults)
{
    CodeObj *co = assemble(sp, code);
    if (co == NULL) return NULL;
    Val f = vm_function_new(co, globals, S(sp->name));
    if (f != NULL && defaults != NULL) vm_func_obj(f)->defaults = defaults;
    return f;
}

/* ---- tests ---- */

static void test_arith(void)
{
    codespec sp = {.name = "<module>", .consts = vm_tuple_pack(3, I(2), I(3), I(7))};
    ins code[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_BINARY_OP, VM_OP_ADD}, {OP_LOAD_CONST, 2},
                  {OP_BINARY_OP, VM_OP_MUL}, {OP_RETURN_VALUE, 0}, END};
    expect("2+3*7 order", run_module(assemble(&sp, code), new_globals()), "35");

    codespec sp2 = {.name = "<module>", .consts = vm_tuple_pack(2, I(-7), I(2))};
    ins fd[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_BINARY_OP, VM_OP_FLOORDIV}, {OP_RETURN_VALUE, 0}, END};
    expect("-7//2", run_module(assemble(&sp2, fd), new_globals()), "-4");
    ins md[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_BINARY_OP, VM_OP_MOD}, {OP_RETURN_VALUE, 0}, END};
    expect("-7%2", run_module(assemble(&sp2, md), new_globals()), "1");
    ins cmp[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_COMPARE_OP, VM_LT}, {OP_RETURN_VALUE, 0}, END};
    expect("-7<2", run_module(assemble(&sp2, cmp), new_globals()), "True");
    ins neg[] = {{OP_LOAD_CONST, 0}, {OP_UNARY_NEGATIVE, 0}, {OP_UNARY_INVERT, 0}, {OP_RETURN_VALUE, 0}, END};
    expect("~-(-7)", run_module(assemble(&sp2, neg), new_globals()), "-8");

    codespec sp3 = {.name = "<module>", .consts = vm_tuple_pack(2, I(1), I(0))};
    ins dz[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_BINARY_OP, VM_OP_TRUEDIV}, {OP_RETURN_VALUE, 0}, END};
    expect("1/0", run_module(assemble(&sp3, dz), new_globals()), "ZeroDivisionError: division by zero");
}

static void test_loop(void)
{
    /* i = 0; s = 0
     * while i < 100: s += i; i += 1
     * return s */
    codespec sp = {.name = "<module>", .consts = vm_tuple_pack(3, I(0), I(100), I(1)),
                   .names = vm_tuple_pack(2, S("i"), S("s"))};
    ins code[] = {
        {OP_LOAD_CONST, 0}, {OP_STORE_NAME, 0}, {OP_LOAD_CONST, 0}, {OP_STORE_NAME, 1},
        /* 4 */ {OP_LOAD_NAME, 0}, {OP_LOAD_CONST, 1}, {OP_COMPARE_OP, VM_LT}, {OP_POP_JUMP_IF_FALSE, 18},
        /* 8 */ {OP_LOAD_NAME, 1}, {OP_LOAD_NAME, 0}, {OP_BINARY_OP, VM_OP_ADD + 16}, {OP_STORE_NAME, 1},
        /* 12 */ {OP_LOAD_NAME, 0}, {OP_LOAD_CONST, 2}, {OP_BINARY_OP, VM_OP_ADD + 16}, {OP_STORE_NAME, 0},
        /* 16 */ {OP_JUMP_ABSOLUTE, 4}, {OP_NOP, 0},
        /* 18 */ {OP_LOAD_NAME, 1}, {OP_RETURN_VALUE, 0}, END};
    Val g = new_globals();
    expect("while loop sum", run_module(assemble(&sp, code), g), "4950");
    expect("global i", vm_dict_get_cstr(g, "i"), "100");

    /* the budget stops an endless loop */
    ins forever[] = {{OP_NOP, 0}, {OP_JUMP_ABSOLUTE, 0}, END};
    codespec sp2 = {.name = "<module>"};
    vm->budget_left = 10000;
    expect("budget", run_module(assemble(&sp2, forever), new_globals()),
           "RuntimeError: instruction budget exhausted");
    vm->budget_left = -1;
    check(vm->recursion_depth == 0, "depth after budget", NULL);
}

static int hook_calls;
static void refill_once(void)
{
    if (hook_calls++ == 0) vm->budget_left = 500;
}

static void test_budget_hook_and_interrupt(void)
{
    ins forever[] = {{OP_NOP, 0}, {OP_JUMP_ABSOLUTE, 0}, END};
    codespec sp = {.name = "<module>"};
    CodeObj *co = assemble(&sp, forever);
    hook_calls = 0;
    vm->budget_hook = refill_once;
    vm->budget_left = 100;
    expect("budget hook refills once", run_module(co, new_globals()), "RuntimeError: instruction budget exhausted");
    check(hook_calls == 2, "hook called twice", NULL);
    vm->budget_hook = NULL;
    vm->budget_left = -1;
    vm->interrupt_pending = true;
    expect("interrupt", run_module(co, new_globals()), "KeyboardInterrupt: ");
    check(!vm->interrupt_pending, "interrupt consumed", NULL);
    /* C-level recursion guard */
    int saved = vm->recursion_limit, depth = vm->recursion_depth;
    vm->recursion_limit = depth + 2;
    check(vm_enter_recursion(" while testing"), "enter 1", NULL);
    check(vm_enter_recursion(" while testing"), "enter 2", NULL);
    check(!vm_enter_recursion(" while testing"), "enter 3 fails", NULL);
    Val rexc = vm_err_fetch();
    vm_leave_recursion();
    vm_leave_recursion();
    vm->recursion_limit = saved;
    if (rexc != NULL) vm_err_restore(rexc);
    expect("C recursion message", NULL, "RecursionError: maximum recursion depth exceeded while testing");
    check(vm->recursion_depth == depth, "C recursion depth restored", NULL);
}

static void test_closures_and_yield_from(void)
{
    Val g = new_globals();
    /* def inner(): return x   (x a free variable) */
    codespec isp = {.name = "inner", .freevars = vm_tuple_pack(1, S("x"))};
    ins icode[] = {{OP_LOAD_DEREF, 0}, {OP_RETURN_VALUE, 0}, END};
    CodeObj *ico = assemble(&isp, icode);
    /* def outer(x): return inner-closure   (x a cell copied from argument 0) */
    codespec osp = {.name = "outer", .argcount = 1, .nlocals = 1, .varnames = vm_tuple_pack(1, S("x")),
                    .cellvars = vm_tuple_pack(1, S("x")), .consts = vm_tuple_pack(2, obj_val(ico), S("inner"))};
    ins ocode[] = {{OP_LOAD_CLOSURE, 0}, {OP_BUILD_TUPLE, 1}, {OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1},
                   {OP_MAKE_FUNCTION, 8}, {OP_RETURN_VALUE, 0}, END};
    CodeObj *oco = assemble(&osp, ocode);
    if (oco == NULL) return;
    int *c2a = cr_alloc_array(1, sizeof(int), CR_NOSCAN);
    c2a[0] = 0;
    oco->cell2arg = c2a;
    Val outer = vm_function_new(oco, g, S("outer"));
    Val inner = vm_call1(outer, I(42));
    expect("closure", inner != NULL ? vm_call0(inner) : NULL, "42");

    /* def sub(): yield 1; yield 2; return 3
     * def deleg(): r = yield from sub(); yield r */
    codespec ssp = {.name = "sub", .flags = CO_GENERATOR, .consts = vm_tuple_pack(3, I(1), I(2), I(3))};
    ins scode[] = {{OP_GEN_START, 0}, {OP_LOAD_CONST, 0}, {OP_YIELD_VALUE, 0}, {OP_POP_TOP, 0},
                   {OP_LOAD_CONST, 1}, {OP_YIELD_VALUE, 0}, {OP_POP_TOP, 0}, {OP_LOAD_CONST, 2},
                   {OP_RETURN_VALUE, 0}, END};
    Val sub = make_func(&ssp, scode, g, NULL);
    vm_dict_set_cstr(g, "sub", sub);
    codespec dsp = {.name = "deleg", .flags = CO_GENERATOR, .names = vm_tuple_pack(1, S("sub")),
                    .consts = vm_tuple_pack(1, VM_None)};
    ins dcode[] = {{OP_GEN_START, 0}, {OP_LOAD_GLOBAL, 0}, {OP_CALL_FUNCTION, 0}, {OP_GET_YIELD_FROM_ITER, 0},
                   {OP_LOAD_CONST, 0}, {OP_YIELD_FROM, 0}, {OP_YIELD_VALUE, 0}, {OP_POP_TOP, 0},
                   {OP_LOAD_CONST, 0}, {OP_RETURN_VALUE, 0}, END};
    Val deleg = make_func(&dsp, dcode, g, NULL);
    Val it = vm_call0(deleg);
    Val items = it != NULL ? vm_list_from_iter(it) : NULL;
    expect("yield from", items, "[1, 2, 3]");
}

static Val call_kw(Val f, Val *args, size_t npos, Val kwnames) { return vm_call(f, args, npos, kwnames); }

static void test_functions(void)
{
    Val g = new_globals();
    /* def f(a, b=10): return a - b */
    codespec sp = {.name = "f", .argcount = 2, .nlocals = 2, .varnames = vm_tuple_pack(2, S("a"), S("b"))};
    ins code[] = {{OP_LOAD_FAST, 0}, {OP_LOAD_FAST, 1}, {OP_BINARY_OP, VM_OP_SUB}, {OP_RETURN_VALUE, 0}, END};
    Val f = make_func(&sp, code, g, vm_tuple_pack(1, I(10)));
    Val a1[3] = {I(1), I(2), I(3)};
    expect("f(1)", vm_call(f, a1, 1, NULL), "-9");
    expect("f(1,2)", vm_call(f, a1, 2, NULL), "-1");
    expect("f()", vm_call(f, a1, 0, NULL), "TypeError: f() missing 1 required positional argument: 'a'");
    expect("f(1,2,3)", vm_call(f, a1, 3, NULL),
           "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
    Val kw[2] = {I(1), I(5)};
    expect("f(b=1,a=5)", call_kw(f, kw, 0, vm_tuple_pack(2, S("b"), S("a"))), "4");
    expect("f(1,a=2)", call_kw(f, a1, 1, vm_tuple_pack(1, S("a"))),
           "TypeError: f() got multiple values for argument 'a'");
    expect("f(z=1)", call_kw(f, a1, 0, vm_tuple_pack(1, S("z"))),
           "TypeError: f() got an unexpected keyword argument 'z'");
    vm_func_obj(f)->defaults = NULL;
    expect("f() two missing", vm_call(f, a1, 0, NULL),
           "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
    expect("f(1,2,3) no defaults", vm_call(f, a1, 3, NULL),
           "TypeError: f() takes 2 positional arguments but 3 were given");

    /* def p(a, /, b, *, k): return k */
    codespec sp2 = {.name = "p", .argcount = 2, .posonly = 1, .kwonly = 1, .nlocals = 3,
                    .varnames = vm_tuple_pack(3, S("a"), S("b"), S("k"))};
    ins code2[] = {{OP_LOAD_FAST, 2}, {OP_RETURN_VALUE, 0}, END};
    Val p = make_func(&sp2, code2, g, NULL);
    Val pa[3] = {I(1), I(2), I(3)};
    expect("p(a=1,b=2,k=3)", call_kw(p, pa, 0, vm_tuple_pack(3, S("a"), S("b"), S("k"))),
           "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'");
    expect("p(1,2)", vm_call(p, pa, 2, NULL), "TypeError: p() missing 1 required keyword-only argument: 'k'");
    expect("p(1,2,k=3)", call_kw(p, pa, 2, vm_tuple_pack(1, S("k"))), "3");
    Val pa4[4] = {I(1), I(2), I(3), I(3)};
    expect("p(1,2,3,k=3)", call_kw(p, pa4, 3, vm_tuple_pack(1, S("k"))),
           "TypeError: p() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given");

    /* def v(*args, **kw): return (args, kw) */
    codespec sp3 = {.name = "v", .nlocals = 2, .flags = CO_VARARGS | CO_VARKEYWORDS,
                    .varnames = vm_tuple_pack(2, S("args"), S("kw"))};
    ins code3[] = {{OP_LOAD_FAST, 0}, {OP_LOAD_FAST, 1}, {OP_BUILD_TUPLE, 2}, {OP_RETURN_VALUE, 0}, END};
    Val v = make_func(&sp3, code3, g, NULL);
    expect("v(1,2,x=3)", call_kw(v, pa, 2, vm_tuple_pack(1, S("x"))), "((1, 2), {'x': 3})");
    expect("repr(v)", vm_is_str(vm_repr(v)) && strncmp(cs(vm_repr(v)), "<function v at 0x", 17) == 0 ? S("ok") : NULL,
           "'ok'");

    /* bound methods insert self */
    Val m = vm_method_new(f, I(100));
    vm_func_obj(f)->defaults = vm_tuple_pack(1, I(10));
    expect("method()", vm_call0(m), "90");
    expect("method(1)", vm_call1(m, I(1)), "99");

    /* not callable */
    expect("1()", vm_call0(I(1)), "TypeError: 'int' object is not callable");
}

static void test_exceptions(void)
{
    /* try: raise ValueError('x') except ValueError: return 'caught' */
    codespec sp = {.name = "<module>", .consts = vm_tuple_pack(2, S("x"), S("caught")),
                   .names = vm_tuple_pack(1, S("ValueError"))};
    ins code[] = {
        {OP_SETUP_FINALLY, 6}, {OP_LOAD_NAME, 0}, {OP_LOAD_CONST, 0}, {OP_CALL_FUNCTION, 1},
        {OP_RAISE_VARARGS, 1}, {OP_POP_BLOCK, 0},
        /* 6 */ {OP_LOAD_NAME, 0}, {OP_CHECK_EXC_MATCH, 0}, {OP_POP_JUMP_IF_FALSE, 13}, {OP_POP_TOP, 0},
        {OP_POP_EXCEPT, 0}, {OP_LOAD_CONST, 1}, {OP_RETURN_VALUE, 0},
        /* 13 */ {OP_RERAISE, 0}, END};
    expect("try/except", run_module(assemble(&sp, code), new_globals()), "'caught'");
    check(vm->handled_exc == NULL, "handled restored", NULL);

    /* uncaught through a function: traceback entries */
    Val g = new_globals();
    codespec fsp = {.name = "f", .consts = vm_tuple_pack(2, I(1), I(0))};
    ins fcode[] = {{OP_LOAD_CONST, 0}, {OP_LOAD_CONST, 1}, {OP_BINARY_OP, VM_OP_TRUEDIV}, {OP_RETURN_VALUE, 0}, END};
    Val f = make_func(&fsp, fcode, g, NULL);
    vm_dict_set_cstr(g, "f", f);
    codespec msp = {.name = "<module>", .names = vm_tuple_pack(1, S("f"))};
    ins mcode[] = {{OP_LOAD_NAME, 0}, {OP_CALL_FUNCTION, 0}, {OP_RETURN_VALUE, 0}, END};
    Val r = run_module(assemble(&msp, mcode), g);
    check(r == NULL, "uncaught returns NULL", NULL);
    Val exc = vm_err_fetch();
    Val text = exc ? vm_format_exception(exc) : NULL;
    expect_text("traceback text", text,
                "Traceback (most recent call last):\n  File \"<test>\", line 1, in <module>\n"
                "  File \"<test>\", line 1, in f\nZeroDivisionError: division by zero\n");

    /* context chaining */
    Val e1 = vm_exc_new_msg(&vm_exc_KeyError, "k");
    Val e2 = vm_exc_new_msg(&vm_exc_ValueError, "v");
    ((ExcObj *)(void *)val_obj(e2))->context = e1;
    expect_text("chained text", vm_format_exception(e2),
                "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n"
                "ValueError: v\n");
    ((ExcObj *)(void *)val_obj(e2))->cause = e1;
    ((ExcObj *)(void *)val_obj(e2))->suppress_context = true;
    expect_text("cause text", vm_format_exception(e2),
                "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n"
                "ValueError: v\n");

    /* unpacking errors */
    codespec usp = {.name = "<module>", .consts = vm_tuple_pack(1, vm_tuple_pack(3, I(1), I(2), I(3)))};
    ins ucode[] = {{OP_LOAD_CONST, 0}, {OP_UNPACK_SEQUENCE, 2}, {OP_BUILD_TUPLE, 2}, {OP_RETURN_VALUE, 0}, END};
    expect("unpack too many", run_module(assemble(&usp, ucode), new_globals()),
           "ValueError: too many values to unpack (expected 2)");
    ins ucode2[] = {{OP_LOAD_CONST, 0}, {OP_UNPACK_SEQUENCE, 3}, {OP_BUILD_TUPLE, 3}, {OP_RETURN_VALUE, 0}, END};
    expect("unpack ok (reversed onto the stack)", run_module(assemble(&usp, ucode2), new_globals()), "(3, 2, 1)");
    ins ucode3[] = {{OP_LOAD_CONST, 0}, {OP_UNPACK_EX, 1 | (1 << 8)}, {OP_BUILD_TUPLE, 3}, {OP_RETURN_VALUE, 0}, END};
    expect("unpack ex", run_module(assemble(&usp, ucode3), new_globals()), "(3, [2], 1)");

    /* NameError */
    codespec nsp = {.name = "<module>", .names = vm_tuple_pack(1, S("nope"))};
    ins ncode[] = {{OP_LOAD_NAME, 0}, {OP_RETURN_VALUE, 0}, END};
    expect("NameError", run_module(assemble(&nsp, ncode), new_globals()), "NameError: name 'nope' is not defined");
}

static void test_recursion(void)
{
    Val g = new_globals();
    codespec sp = {.name = "rec", .names = vm_tuple_pack(1, S("rec"))};
    ins code[] = {{OP_LOAD_GLOBAL, 0}, {OP_CALL_FUNCTION, 0}, {OP_RETURN_VALUE, 0}, END};
    Val f = make_func(&sp, code, g, NULL);
    vm_dict_set_cstr(g, "rec", f);
    expect("recursion", vm_call0(f), "RecursionError: maximum recursion depth exceeded");
    check(vm->recursion_depth == 0, "depth restored", NULL);
    /* Python-to-Python calls use no C stack: a deep limit works */
    int saved = vm->recursion_limit;
    vm->recursion_limit = 200000;
    expect("deep recursion", vm_call0(f), "RecursionError: maximum recursion depth exceeded");
    vm->recursion_limit = saved;
    check(vm->recursion_depth == 0, "depth restored after deep recursion", NULL);
}

static void test_generators(void)
{
    Val g = new_globals();
    /* def gen(): x = yield 1; yield x; return 'r' */
    codespec sp = {.name = "gen", .flags = CO_GENERATOR, .nlocals = 1, .varnames = vm_tuple_pack(1, S("x")),
                   .consts = vm_tuple_pack(2, I(1), S("r"))};
    ins code[] = {{OP_GEN_START, 0}, {OP_LOAD_CONST, 0}, {OP_YIELD_VALUE, 0}, {OP_STORE_FAST, 0},
                  {OP_LOAD_FAST, 0}, {OP_YIELD_VALUE, 0}, {OP_POP_TOP, 0}, {OP_LOAD_CONST, 1},
                  {OP_RETURN_VALUE, 0}, END};
    Val gf = make_func(&sp, code, g, NULL);
    Val gen = vm_call0(gf);
    check(gen != NULL && vm_is_type(gen, &vm_type_generator), "generator created", show(gen));
    if (gen == NULL) return;
    Val nine = I(9);
    expect("send(5) before start", vm_call_method(gen, "send", &nine, 1),
           "TypeError: can't send non-None value to a just-started generator");
    expect("next", vm_next(gen), "1");
    expect("send 9", vm_call_method(gen, "send", &nine, 1), "9");
    expect("return -> StopIteration", vm_call_method(gen, "send", &nine, 1), "StopIteration: r");
    expect("exhausted", vm_call_method(gen, "send", &nine, 1), "StopIteration: ");
    Val gen2 = vm_call0(gf);
    vm_next(gen2);
    expect("close", vm_call_method(gen2, "close", NULL, 0), "None");
    expect("after close", vm_next(gen2) == NULL && !vm_err_occurred() ? S("done") : NULL, "'done'");
    Val gen3 = vm_call0(gf);
    vm_next(gen3);
    Val ve = obj_val(&vm_exc_ValueError);
    expect("throw", vm_call_method(gen3, "throw", &ve, 1), "ValueError: ");
}

static void test_descriptors(void)
{
    Val l = vm_list_new(0);
    Val append = vm_getattr(obj_val(&vm_type_list), S("append"));
    expect("repr method descr", append, "<method 'append' of 'list' objects>");
    Val args[2] = {l, I(3)};
    expect("list.append(l, 3)", vm_call(append, args, 2, NULL), "None");
    expect("l", l, "[3]");
    Val bad[2] = {I(1), I(2)};
    expect("list.append(1, 2)", vm_call(append, bad, 2, NULL),
           "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    expect("list.append()", vm_call(append, bad, 0, NULL), "TypeError: unbound method list.append() needs an argument");
    Val bound = vm_getattr(l, S("append"));
    const char *r = show(bound);
    check(strncmp(r, "<built-in method append of list object at 0x", 44) == 0, "bound builtin repr", r);
}

int main(void)
{
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {.heap_cap = (size_t)512 << 20, .c_stack_limit = 4u << 20, .stack_base = __builtin_frame_address(0),
                          .hashseed = "0"};
    if (pyclave_init(&cfg) < 0) printf("note: pyclave_init reported a failure; continuing\n");
    vm_err_clear();
    test_arith();
    test_loop();
    test_functions();
    test_exceptions();
    test_recursion();
    test_generators();
    test_descriptors();
    test_budget_hook_and_interrupt();
    test_closures_and_yield_from();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
