/* The evaluation loop proper: vm_eval_frame.
 *
 * Dispatch is a switch in debug/analysis builds and computed goto in release
 * builds with GCC/Clang.  Every opcode body ends with DISPATCH(); errors go
 * to the `error` label with an exception pending.  The attribute and
 * global lookup caches are in ceval_cache.c/.h.
 */
#include "vm/ceval_cache.h"

#include <limits.h>

#if defined(__GNUC__) && !defined(PC_SWITCH_DISPATCH) && !defined(PC_DEBUG) && !defined(__FRAMAC__)
#define USE_COMPUTED_GOTO 1
#endif

/* ---- value stack access (sp is an index into S) ---- */
#define PUSH(v) cr_valspan_set(S, sp++, (v))
#define POP() cr_valspan_get(S, --sp)
#define TOP() cr_valspan_get(S, sp - 1)
#define SECOND() cr_valspan_get(S, sp - 2)
#define THIRD() cr_valspan_get(S, sp - 3)
#define PEEK(n) cr_valspan_get(S, sp - (n))
#define SET_TOP(v) cr_valspan_set(S, sp - 1, (v))
#define SET_SECOND(v) cr_valspan_set(S, sp - 2, (v))
#define SET_PEEK(n, v) cr_valspan_set(S, sp - (n), (v))
#define GETLOCAL(i) cr_valspan_get(S, (i))
#define SETLOCAL(i, v) cr_valspan_set(S, (i), (v))
/* Pointer to the n values on top of the stack (vectorcall arguments). */
#define STACK_ARGS(n) (cr_valspan_sub(S, sp - (n), (n)).items)

#ifdef USE_COMPUTED_GOTO
#define TARGET(op) L_##op:
/* Each opcode body ends with its own copy of the fetch and the indirect
 * jump (one jump fewer per instruction than a shared dispatch block, and a
 * branch-predictor entry per opcode).  op < 256 indexes the 256-entry
 * label table: no range check is needed for it. */
#define DISPATCH()                                                                                  \
    do {                                                                                            \
        lasti = next;                                                                               \
        uint32_t unit_ = fetch(cu, next++);                                                         \
        op = unit_ & 0xffu;                                                                         \
        oparg = unit_ >> 8;                                                                         \
        f->lasti = lasti;                                                                           \
        goto *labels[op];                                                                           \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

/* The running code's instruction units, kept in the loop's locals (a
 * store through f would otherwise make the compiler reload co->code and
 * co->ncode for every fetch). */
typedef struct {
    const uint16_t *units;
    size_t len;
} code_units;

static inline code_units code_units_of(const CodeObj *co)
{
    code_units c = {co->code, co->ncode};
    return c;
}

static inline uint16_t fetch(code_units c, size_t i)
{
    if (i >= c.len) cr_panic_bounds();
    return c.units[i]; /* boundary: index checked against len just above */
}

/* The inline cache slots of the unit after lasti are free for the site at
 * lasti (ceval_cache.h, "Extension slots"). */
static inline bool next_slots_free(code_units cu, size_t lasti, cr_valspan c)
{
    size_t end;
    if (lasti + 1 >= cu.len || !cr_mul_ok(lasti + 2, 4, &end) || end > c.len) return false;
    uint32_t op = fetch(cu, lasti + 1) & 0xffu;
    return op != OP_LOAD_GLOBAL && op != OP_LOAD_ATTR && op != OP_STORE_ATTR && op != OP_LOAD_METHOD;
}

static inline int fast_truth(Val v)
{
    if (v == VM_True) return 1;
    if (v == VM_False || v == VM_None) return 0;
    if (val_is_small(v)) return val_small(v) != 0;
    return vm_truthy(v);
}

/* Small-int fast paths for BINARY_OP; NULL when not applicable. */
static inline Val small_binop(Val a, Val b, int op)
{
    int64_t x = val_small(a), y = val_small(b), r;
    switch (op) {
    case VM_OP_ADD: r = x + y; break; /* 62-bit payloads cannot overflow int64 */
    case VM_OP_SUB: r = x - y; break;
    case VM_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return NULL;
        break;
    case VM_OP_AND: return val_from_small(x & y);
    case VM_OP_OR: return val_from_small(x | y);
    case VM_OP_XOR: return val_from_small(x ^ y);
    case VM_OP_FLOORDIV:
        if (y == 0) return NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        break;
    case VM_OP_MOD:
        if (y == 0) return NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
    default: return NULL;
    }
    if (!cr_small_fits(r)) return NULL;
    return val_from_small(r);
}

/* Doubles are exact up to 2**53: a small int in that range converts to the
 * same double as CPython's int-to-float conversion, and a float op on it
 * gives CPython's result. */
#define EXACT_DBL_INT ((int64_t)1 << 53)
static inline bool small_exact_double(Val v, double *out)
{
    int64_t i = val_small(v);
    if (i > EXACT_DBL_INT || i < -EXACT_DBL_INT) return false;
    *out = (double)i;
    return true;
}

/* The operands of a float fast path: a float (exact type) or a small int
 * that converts exactly (the other operand being a float). */
static inline bool float_operand(Val v, double *out)
{
    if (val_is_small(v)) return small_exact_double(v, out);
    if (val_obj(v)->type != &vm_type_float) return false;
    *out = vm_float_value(v);
    return true;
}

/* x op y for the float operators computed inline; false: not handled here
 * (other operators, division by zero: the generic path raises). */
static inline bool float_arith(int op, double x, double y, double *z)
{
    switch (op) {
    case VM_OP_ADD: *z = x + y; return true;
    case VM_OP_SUB: *z = x - y; return true;
    case VM_OP_MUL: *z = x * y; return true;
    case VM_OP_TRUEDIV:
        if (y == 0.0) return false;
        *z = x / y;
        return true;
    default: return false;
    }
}

static inline Val small_compare(int64_t x, int64_t y, int op)
{
    bool r;
    switch (op) {
    case VM_LT: r = x < y; break;
    case VM_LE: r = x <= y; break;
    case VM_EQ: r = x == y; break;
    case VM_NE: r = x != y; break;
    case VM_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return vm_bool(r);
}

static inline Val float_compare(double x, double y, int op)
{
    bool r;
    switch (op) {
    case VM_LT: r = x < y; break;
    case VM_LE: r = x <= y; break;
    case VM_EQ: r = x == y; break;
    case VM_NE: r = x != y; break;
    case VM_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return vm_bool(r);
}

/* Call with the callable at args[-1] free for use: bound methods of Python
 * functions are called without copying by writing self into that slot. */
static inline Val call_stack(cr_valspan S, size_t sp, size_t nargs, Val kwnames)
{
    size_t total = nargs + (kwnames != NULL ? vm_tuple_len(kwnames) : 0);
    Val callable = cr_valspan_get(S, sp - total - 1);
    Type *t = vm_typeof(callable);
    if (t == &vm_type_function) return vm_func_call(callable, STACK_ARGS(total), nargs, kwnames);
    if (t == &vm_type_method) {
        MethodObj *m = (MethodObj *)(void *)val_obj(callable);
        cr_valspan_set(S, sp - total - 1, m->self);
        return vm_call(m->func, STACK_ARGS(total + 1), nargs + 1, kwnames);
    }
    return vm_call_uncounted(callable, STACK_ARGS(total), nargs, kwnames);
}

/* A call of this callable returns a brand-new generator that nobody else
 * references (a generator function, or a bound method of one). */
static inline bool is_gen_func(Val c)
{
    if (c == NULL || val_is_small(c)) return false;
    Type *t = vm_typeof(c);
    if (t == &vm_type_method) {
        c = ((MethodObj *)(void *)val_obj(c))->func;
        if (val_is_small(c)) return false;
        t = vm_typeof(c);
    }
    return t == &vm_type_function && (vm_func_obj(c)->code->flags & CO_GENERATOR) != 0;
}

/* CPython finalizes a generator as soon as a for loop that owned the only
 * reference drops it (break, return, exception): its finally blocks run
 * right then.  Generators created by the call feeding a for loop's GET_ITER
 * are marked loop_owned; dropping them from the stack closes them. */
static inline void drop_value(Val v)
{
    if (v != NULL && !val_is_small(v) && vm_typeof(v) == &vm_type_generator &&
        ((GenObj *)(void *)val_obj(v))->loop_owned)
        vm_gen_finalize(v);
}

/* A plain Python function whose call can run inside the current loop
 * invocation (no generator/coroutine, verified code). */
static inline FuncObj *inlinable(Val c)
{
    if (c == NULL || val_is_small(c) || vm_typeof(c) != &vm_type_function) return NULL;
    FuncObj *fn = vm_func_obj(c);
    CodeObj *co = fn->code;
    if ((co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) || !co->verified) return NULL;
    return fn;
}

/* ---- run-time type checks for verified code ----
 * The verifier proves depths and operand ranges, not the types of stack
 * values; code from an enclave image is untrusted, so every place where the
 * loop assumes a type checks it (one type compare on the fast paths) and
 * raises SystemError("invalid bytecode: ...") instead of misreading memory. */
static int bad_code(const char *what)
{
    vm_err_fmt(&vm_exc_SystemError, "invalid bytecode: %s", what);
    return -1;
}

static inline bool is_exact(Val v, Type *t) { return !val_is_small(v) && val_obj(v)->type == t; }

/* LOAD_METHOD's "no method" marker.  CPython pushes NULL; a NULL on the
 * value stack would crash any other opcode that hostile code points at it,
 * so a private object (an inert instance of object) stands in for it. */
static Obj no_method_obj = {&vm_type_object};
#define NO_METHOD obj_val(&no_method_obj)

/* The cell in cell/free slot i of f, or NULL with SystemError. */
static inline CellObj *frame_cell(cr_valspan S, FrameObj *f, size_t i)
{
    Val c = cr_valspan_get(S, f->ncells_start + i);
    if (c == NULL || !is_exact(c, &vm_type_cell)) {
        bad_code("cell slot does not hold a cell");
        return NULL;
    }
    return vm_cell_obj(c);
}

/* CALL_FUNCTION_KW: kwnames must be a tuple of str naming at most the
 * nargs values on the stack. */
static int check_kwnames(Val kwnames, size_t nargs)
{
    if (!is_exact(kwnames, &vm_type_tuple) || vm_tuple_len(kwnames) > nargs)
        return bad_code("CALL_FUNCTION_KW needs a tuple of keyword names");
    for (size_t i = 0; i < vm_tuple_len(kwnames); i++)
        if (!vm_is_str(vm_tuple_get(kwnames, i))) return bad_code("keyword names must be str");
    return 0;
}

/* An exception instance, or None when none is allowed. */
static inline bool is_exc_or(Val v, bool none_ok)
{
    if (none_ok && v == VM_None) return true;
    return !val_is_small(v) && (vm_typeof(v)->flags & VM_TF_EXC_SUBCLASS) != 0;
}

/* Push a block (handler, level) on f's block stack. */
static inline void block_push(FrameObj *f, size_t handler, size_t level)
{
    cr_valspan_set(f->blocks, 2 * f->nblocks, val_from_small((int64_t)handler));
    cr_valspan_set(f->blocks, 2 * f->nblocks + 1, val_from_small((int64_t)level));
    f->nblocks++;
}

/* A finished frame that Python code may still hold (a traceback, a
 * sys._getframe result) keeps its caller for f_back, as in CPython; the
 * caller must then never be recycled either.  Other frames let go. */
static void keep_or_drop_back(FrameObj *f)
{
    if (f->escaped && f->gen == NULL && f->back != NULL) vm_frame_mark_escaped(f->back);
    else f->back = NULL;
}

Val vm_eval_frame(FrameObj *f, Val throw_exc)
{
    if (vm->recursion_depth >= vm->recursion_limit || vm_c_stack_exhausted()) {
        if (!vm_enter_recursion("")) return NULL;
    } else {
        vm->recursion_depth++;
    }
    CodeObj *co = f->code;
    code_units cu = code_units_of(co);
    cr_valspan S = f->slots;
    size_t sp = f->sp;
    size_t next = f->next_instr;
    size_t lasti = next;
    Val globals = f->globals, builtins = f->builtins;
    Val retval = NULL;
    uint32_t op, oparg;
    size_t fresh_gen_at = SIZE_MAX; /* GET_ITER index right after a generator call */
    /* Float temporaries: the float that the BINARY_OP at fresh_float_at - 1
     * just created and pushed.  Until another instruction copies it, that
     * stack slot is its only reference, so a BINARY_OP consuming it right
     * away (at fresh_float_at, or one LOAD_FAST/LOAD_CONST later as the
     * left operand) may store its own float result in it instead of
     * allocating.  Every BINARY_OP and every frame switch resets this. */
    size_t fresh_float_at = SIZE_MAX;
    Val fresh_float = NULL;
    /* co->consts and co->names, checked once per frame: kept in f too, so
     * that returning from an inlined call reloads them with two loads. */
    cr_valspan constv = f->constv = vm_tuple_items(co->consts);
    cr_valspan namev = f->namev = vm_tuple_items(co->names);
    FrameObj *nf = NULL;             /* frame of an inlined call being entered */

    f->back = vm->frame;
    vm->frame = f;
    f->state = VM_FRAME_EXECUTING;
    f->inlined = false;
    f->saved_handled = vm->handled_exc;
    vm_gcache_take(f);

/* (Re)load the loop's cached state from frame f. */
#define LOAD_FRAME_STATE()                                                                          \
    do {                                                                                            \
        co = f->code;                                                                               \
        cu = code_units_of(co);                                                                     \
        S = f->slots;                                                                               \
        sp = f->sp;                                                                                 \
        next = f->next_instr;                                                                       \
        lasti = f->lasti;                                                                           \
        globals = f->globals;                                                                       \
        builtins = f->builtins;                                                                     \
        fresh_gen_at = SIZE_MAX;                                                                    \
        fresh_float_at = SIZE_MAX;                                                                  \
        constv = f->constv;                                                                         \
        namev = f->namev;                                                                           \
    } while (0)

    if (throw_exc != NULL) {
        f->in_yield_from = false;
        vm_err_restore(throw_exc);
        goto error;
    }
    if (f->in_yield_from) f->in_yield_from = false;

#ifdef USE_COMPUTED_GOTO
    /* 256 entries, one per possible opcode byte: the opcodes, then
     * bad_opcode for every byte that is no opcode.  The static assertion
     * keeps the padding in step with the opcode list. */
#define LABEL_ADDR(name) &&L_##name,
#define BAD1 &&bad_opcode,
#define BAD8 BAD1 BAD1 BAD1 BAD1 BAD1 BAD1 BAD1 BAD1
#define BAD64 BAD8 BAD8 BAD8 BAD8 BAD8 BAD8 BAD8 BAD8
    static const void *const labels[] = {VM_OPCODES(LABEL_ADDR) BAD64 BAD64 BAD8 BAD8 BAD1 BAD1 BAD1 BAD1 BAD1};
    _Static_assert(sizeof labels / sizeof labels[0] == 256, "the label table needs one entry per opcode byte");
#undef BAD64
#undef BAD8
#undef BAD1
#undef LABEL_ADDR
#endif

#ifdef USE_COMPUTED_GOTO
    DISPATCH(); /* the first instruction; each body dispatches the next */
#else
dispatch: {
    lasti = next;
    uint16_t unit = fetch(cu, next++);
    op = unit & 0xffu;
    oparg = unit >> 8;
    f->lasti = lasti;
}
#endif
dispatch_op:
#ifdef USE_COMPUTED_GOTO
    goto *labels[op & 0xffu];
#else
    switch (op) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(EXTENDED_ARG)
    {
        uint16_t unit = fetch(cu, next++);
        lasti = next - 1;
        f->lasti = lasti;
        op = unit & 0xffu;
        oparg = (oparg << 8) | (unit >> 8);
        goto dispatch_op;
    }

    TARGET(POP_TOP)
    {
        Val v = POP();
        drop_value(v);
        DISPATCH();
    }

    TARGET(ROT_TWO)
    {
        Val a = TOP(), b = SECOND();
        SET_TOP(b);
        SET_SECOND(a);
        DISPATCH();
    }

    TARGET(ROT_THREE)
    {
        Val top = TOP(), second = SECOND(), third = THIRD();
        SET_TOP(second);
        SET_SECOND(third);
        SET_PEEK(3, top);
        DISPATCH();
    }

    TARGET(ROT_FOUR)
    {
        Val top = TOP(), second = SECOND(), third = THIRD(), fourth = PEEK(4);
        SET_TOP(second);
        SET_SECOND(third);
        SET_PEEK(3, fourth);
        SET_PEEK(4, top);
        DISPATCH();
    }

    TARGET(ROT_N)
    {
        Val top = TOP();
        for (size_t i = 1; i < oparg; i++) SET_PEEK(i, PEEK(i + 1));
        if (oparg >= 1) SET_PEEK(oparg, top);
        DISPATCH();
    }

    TARGET(DUP_TOP)
    {
        Val v = TOP();
        PUSH(v);
        DISPATCH();
    }

    TARGET(DUP_TOP_TWO)
    {
        Val a = SECOND(), b = TOP();
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }

    TARGET(COPY)
    {
        Val v = PEEK(oparg);
        PUSH(v);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE)
    {
        Val r = vm_unary(TOP(), VM_UOP_POS);
        if (r == NULL) goto error;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE)
    {
        Val v = TOP(), r;
        if (val_is_small(v) && val_small(v) != CR_SMALL_MIN)
            r = val_from_small(-val_small(v));
        else
            r = vm_unary(v, VM_UOP_NEG);
        if (r == NULL) goto error;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(UNARY_NOT)
    {
        int t = fast_truth(TOP());
        if (t < 0) goto error;
        SET_TOP(vm_bool(!t));
        DISPATCH();
    }

    TARGET(UNARY_INVERT)
    {
        Val v = TOP(), r;
        if (val_is_small(v))
            r = val_from_small(~val_small(v));
        else
            r = vm_unary(v, VM_UOP_INVERT);
        if (r == NULL) goto error;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(BINARY_OP)
    {
        Val b = POP(), a = TOP(), r = NULL;
        int bop = (int)(oparg & 15u);
        double x, y, z;
        if (val_is_small(a) && val_is_small(b)) {
            r = small_binop(a, b, bop);
            /* int / int with both exact as doubles: CPython divides the doubles. */
            if (r == NULL && bop == VM_OP_TRUEDIV && small_exact_double(a, &x) &&
                small_exact_double(b, &y) && float_arith(bop, x, y, &z))
                goto float_result;
        } else if (float_operand(a, &x) && float_operand(b, &y) && float_arith(bop, x, y, &z)) {
        float_result:
            if (lasti == fresh_float_at && b == fresh_float) {
                r = b;
            } else if (lasti == fresh_float_at + 1 && a == fresh_float &&
                       ((fetch(cu, fresh_float_at) & 0xffu) == OP_LOAD_FAST ||
                        (fetch(cu, fresh_float_at) & 0xffu) == OP_LOAD_CONST)) {
                r = a;
            } else {
                r = vm_float_new(z);
                if (r == NULL) goto error;
            }
            ((FloatObj *)(void *)val_obj(r))->value = z;
            fresh_float = r;
            fresh_float_at = next;
            SET_TOP(r);
            DISPATCH();
        }
        fresh_float_at = SIZE_MAX;
        if (r == NULL) {
            if (oparg >= 16) r = vm_inplace(a, b, bop);
            else r = vm_binop(a, b, bop);
            if (r == NULL) goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(COMPARE_OP)
    {
        Val b = POP(), a = TOP(), r;
        double x, y;
        if (val_is_small(a) && val_is_small(b))
            r = small_compare(val_small(a), val_small(b), (int)oparg);
        else if (float_operand(a, &x) && float_operand(b, &y))
            r = float_compare(x, y, (int)oparg); /* ints within 2**53 compare exactly as doubles */
        else {
            r = vm_richcmp(a, b, (int)oparg);
            if (r == NULL) goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(IS_OP)
    {
        Val b = POP(), a = TOP();
        bool same = a == b;
        SET_TOP(vm_bool(oparg ? !same : same));
        DISPATCH();
    }

    TARGET(CONTAINS_OP)
    {
        Val b = POP(), a = TOP();
        int r = vm_contains(b, a);
        if (r < 0) goto error;
        SET_TOP(vm_bool(oparg ? !r : r));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR)
    {
        Val k = POP(), o = TOP(), r = NULL;
        if (val_is_small(k) && !val_is_small(o) && vm_typeof(o) == &vm_type_list) {
            int64_t i = val_small(k);
            size_t n = vm_list_len(o);
            if (i < 0) i += (int64_t)n;
            if (i >= 0 && (uint64_t)i < n) r = vm_list_get(o, (size_t)i);
        }
        if (r == NULL) {
            r = vm_getitem(o, k);
            if (r == NULL) goto error;
        }
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR)
    {
        Val k = POP(), o = POP(), v = POP();
        if (val_is_small(k) && !val_is_small(o) && vm_typeof(o) == &vm_type_list) {
            int64_t i = val_small(k);
            size_t n = vm_list_len(o);
            if (i < 0) i += (int64_t)n;
            if (i >= 0 && (uint64_t)i < n) {
                vm_list_set(o, (size_t)i, v);
                DISPATCH();
            }
        }
        if (vm_setitem(o, k, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR)
    {
        Val k = POP(), o = POP();
        if (vm_delitem(o, k) < 0) goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE)
    {
        Val step = oparg == 3 ? POP() : VM_None;
        Val stop = POP(), start = TOP();
        Val s = vm_slice_new(start, stop, step);
        if (s == NULL) goto error;
        SET_TOP(s);
        DISPATCH();
    }

    TARGET(GET_ITER)
    {
        if (lasti == fresh_gen_at && !val_is_small(TOP()) && vm_typeof(TOP()) == &vm_type_generator)
            ((GenObj *)(void *)val_obj(TOP()))->loop_owned = true;
        Val it = vm_iter(TOP());
        if (it == NULL) goto error;
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER)
    {
        Val v = TOP();
        Type *t = vm_typeof(v);
        if (t == &vm_type_coroutine) {
            if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                vm_err_str(&vm_exc_TypeError,
                           "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (t != &vm_type_generator) {
            Val it = vm_iter(v);
            if (it == NULL) goto error;
            SET_TOP(it);
        }
        DISPATCH();
    }

    TARGET(FOR_ITER)
    {
        Val it = TOP();
        Type *t = vm_typeof(it);
        Val v;
        if (t->iternext == NULL) {
            vm_err_fmt(&vm_exc_TypeError, "'%s' object is not an iterator", t->name);
            goto error;
        }
        v = t->iternext(it);
        if (v != NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (vm_err_occurred()) {
            if (!vm_err_matches(&vm_exc_StopIteration)) goto error;
            vm_err_clear();
        }
        sp--;
        next = oparg;
        DISPATCH();
    }

    TARGET(YIELD_VALUE)
    {
        retval = POP();
        if (co->flags & CO_ASYNC_GENERATOR) {
            retval = vm_async_gen_wrap(retval);
            if (retval == NULL) goto error;
        }
        f->state = VM_FRAME_SUSPENDED;
        goto suspend;
    }

    TARGET(YIELD_FROM)
    {
        Val v = POP();
        Val receiver = TOP();
        Val out = NULL;
        int st = vm_gen_send(receiver, v, &out);
        if (st < 0) goto error;
        if (st == 1) {
            SET_TOP(out);
            DISPATCH();
        }
        /* The receiver yielded: suspend here and come back to this
         * YIELD_FROM with the next sent value pushed. */
        retval = out;
        next = lasti;
        f->in_yield_from = true;
        f->state = VM_FRAME_SUSPENDED;
        goto suspend;
    }

    TARGET(GEN_START)
    {
        sp--;
        DISPATCH();
    }

    TARGET(RETURN_VALUE)
    {
        retval = POP();
        f->state = VM_FRAME_COMPLETED;
        goto exit_frame;
    }

    TARGET(LOAD_CONST)
    {
        PUSH(cr_valspan_get(constv, oparg));
        DISPATCH();
    }

    TARGET(LOAD_NAME)
    {
        Val name = cr_valspan_get(namev, oparg);
        Val v;
        if (f->locals == NULL) {
            vm_err_fmt(&vm_exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        v = vm_mapping_get(f->locals, name);
        if (v == NULL) {
            if (vm_err_occurred()) goto error;
            v = vm_dict_get(globals, name);
            if (v == NULL) {
                if (vm_err_occurred()) goto error;
                v = vm_mapping_get(builtins, name);
                if (v == NULL) {
                    if (!vm_err_occurred()) vm_err_name(name);
                    goto error;
                }
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME)
    {
        Val name = cr_valspan_get(namev, oparg);
        Val v = POP();
        if (f->locals == NULL) {
            vm_err_fmt(&vm_exc_SystemError, "no locals found when storing %R", name);
            goto error;
        }
        if (vm_mapping_set(f->locals, name, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME)
    {
        Val name = cr_valspan_get(namev, oparg);
        if (f->locals == NULL) {
            vm_err_fmt(&vm_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        int r;
        if (vm_typeof(f->locals) == &vm_type_dict) {
            Val old;
            r = vm_dict_pop_opt(f->locals, name, &old);
            if (r == 0) {
                vm_err_name(name);
                goto error;
            }
        } else {
            r = vm_delitem(f->locals, name);
            if (r < 0 && vm_err_matches(&vm_exc_KeyError)) {
                vm_err_clear();
                vm_err_name(name);
            }
        }
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL)
    {
        Val name = cr_valspan_get(namev, oparg);
        Val v = NULL;
        bool cacheable = vm_typeof(globals) == &vm_type_dict && builtins != NULL &&
                         vm_typeof(builtins) == &vm_type_dict;
        if (cacheable) {
            if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
            v = vm_gcache_lookup(f->gcache, 4 * lasti, globals, builtins, name);
            if (v != NULL) {
                PUSH(v);
                DISPATCH();
            }
        }
        v = vm_dict_get(globals, name);
        if (v == NULL) {
            if (vm_err_occurred()) goto error;
            v = vm_mapping_get(builtins, name);
            if (v == NULL) {
                if (!vm_err_occurred()) vm_err_name(name);
                goto error;
            }
        }
        if (cacheable) vm_gcache_fill(f->gcache, 4 * lasti, globals, builtins, name);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL)
    {
        Val name = cr_valspan_get(namev, oparg);
        Val v = POP();
        if (vm_dict_set(globals, name, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL)
    {
        Val name = cr_valspan_get(namev, oparg);
        Val old;
        int r = vm_dict_pop_opt(globals, name, &old);
        if (r < 0) goto error;
        if (r == 0) {
            vm_err_name(name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_FAST)
    {
        Val v = GETLOCAL(oparg);
        if (v == NULL) {
            vm_unbound_local(co, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST)
    {
        Val v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST)
    {
        if (GETLOCAL(oparg) == NULL) {
            vm_unbound_local(co, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_DEREF)
    {
        CellObj *cell = frame_cell(S, f, oparg);
        if (cell == NULL) goto error;
        Val v = cell->ref;
        if (v == NULL) {
            vm_deref_unbound(co, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF)
    {
        Val v = POP();
        CellObj *cell = frame_cell(S, f, oparg);
        if (cell == NULL) goto error;
        cell->ref = v;
        DISPATCH();
    }

    TARGET(DELETE_DEREF)
    {
        CellObj *cell = frame_cell(S, f, oparg);
        if (cell == NULL) goto error;
        if (cell->ref == NULL) {
            vm_deref_unbound(co, oparg);
            goto error;
        }
        cell->ref = NULL;
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE)
    {
        if (frame_cell(S, f, oparg) == NULL) goto error;
        PUSH(GETLOCAL(f->ncells_start + oparg));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF)
    {
        Val name = vm_cell_name(co, oparg);
        Val v = NULL;
        if (f->locals != NULL) {
            v = vm_mapping_get(f->locals, name);
            if (v == NULL && vm_err_occurred()) goto error;
        }
        if (v == NULL) {
            CellObj *cell = frame_cell(S, f, oparg);
            if (cell == NULL) goto error;
            v = cell->ref;
            if (v == NULL) {
                vm_deref_unbound(co, oparg);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_ATTR)
    {
        Val o = TOP(), name = cr_valspan_get(namev, oparg), v = NULL;
        if (!val_is_small(o) && vm_typeof(o)->getattr == vm_generic_getattr) {
            Type *t = vm_typeof(o);
            Val d = vm_exact_inst_dict(o, t);
            if (d != NULL) {
                if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
                int64_t ix = vm_icache_index(f->gcache, 4 * lasti, t, d, name);
                if (ix == -2) goto error;
                if (ix >= 0) v = cr_vals_get(&vm_dict_obj(d)->keys->entries, (size_t)ix * DK_ENTRY_WIDTH + DK_VALUE);
            } else if (t->dict_offset == 0 && f->gcache.len != 0) {
                /* __slots__ member: read the field (unset: the slow path raises). */
                size_t off = vm_member_cache_offset(f->gcache, 4 * lasti, t);
                if (off != 0) v = *vm_obj_field(o, off);
            }
            if (v == NULL) {
                v = vm_fast_getattr(o, name);
                if (v == NULL && vm_err_occurred()) goto error;
                if (v != NULL && d != NULL)
                    vm_icache_fill(f->gcache, 4 * lasti, t, d, name, next_slots_free(cu, lasti, f->gcache));
                else if (v != NULL && t->dict_offset == 0) {
                    if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
                    vm_member_cache_fill(f->gcache, 4 * lasti, t, name);
                }
            }
        }
        if (v == NULL) v = vm_getattr(o, name);
        if (v == NULL) goto error;
        SET_TOP(v);
        DISPATCH();
    }

    TARGET(STORE_ATTR)
    {
        Val o = POP(), v = POP();
        Val name = cr_valspan_get(namev, oparg);
        int r = 1;
        if (!val_is_small(o) && vm_typeof(o)->setattr == vm_generic_setattr) {
            Type *t = vm_typeof(o);
            Val d = vm_exact_inst_dict(o, t);
            if (d != NULL) {
                if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
                int64_t ix = vm_icache_index(f->gcache, 4 * lasti, t, d, name);
                if (ix == -2) goto error;
                if (ix >= 0) {
                    cr_vals_set(&vm_dict_obj(d)->keys->entries, (size_t)ix * DK_ENTRY_WIDTH + DK_VALUE, v);
                    DISPATCH();
                }
            } else if (t->dict_offset == 0 && f->gcache.len != 0) {
                /* __slots__ member: member_set's store, checks done at fill. */
                size_t off = vm_member_cache_offset(f->gcache, 4 * lasti, t);
                if (off != 0) {
                    *vm_obj_field(o, off) = v;
                    DISPATCH();
                }
            }
            r = vm_fast_setattr(o, name, v);
            if (r == 0 && d != NULL && vm_exact_inst_dict(o, t) == d)
                vm_icache_fill(f->gcache, 4 * lasti, t, d, name, next_slots_free(cu, lasti, f->gcache));
            else if (r == 0 && t->dict_offset == 0 && vm_typeof(o) == t) {
                if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
                vm_member_cache_fill(f->gcache, 4 * lasti, t, name);
            }
        }
        if (r > 0) r = vm_setattr(o, name, v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR)
    {
        Val o = POP();
        if (vm_delattr(o, cr_valspan_get(namev, oparg)) < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD)
    {
        Val obj = TOP(), name = cr_valspan_get(namev, oparg), meth, ver = NULL;
        Type *t = NULL;
        if (!val_is_small(obj)) {
            t = vm_typeof(obj);
            if (f->gcache.len == 0 && vm_gcache_alloc(f) < 0) goto error;
            meth = vm_mcache_method(f->gcache, 4 * lasti, obj, t, name);
            if (meth != NULL) {
                SET_TOP(meth);
                PUSH(obj);
                DISPATCH();
            }
            ver = vm_epoch_val();
        }
        int r = vm_load_method(obj, name, &meth);
        if (r < 0) goto error;
        if (r == 1) {
            if (t != NULL) vm_mcache_fill(f->gcache, 4 * lasti, t, ver, meth, next_slots_free(cu, lasti, f->gcache));
            SET_TOP(meth);
            PUSH(obj);
        } else {
            SET_TOP(NO_METHOD);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(CALL_METHOD)
    {
        Val r;
        Val meth = PEEK(oparg + 2);
        if (meth == NO_METHOD) meth = NULL;
        if (budget_tick() < 0) goto error;
        Val callee = meth != NULL ? meth : PEEK(oparg + 1);
        FuncObj *ifn = inlinable(callee);
        if (ifn != NULL) { /* never a generator function: inlinable excludes them */
            size_t n = meth != NULL ? oparg + 1 : oparg;
            nf = vm_func_make_frame_at(ifn, S, sp - n, n);
            sp -= oparg + 2;
            if (nf == NULL) goto error;
            goto enter_inlined;
        }
        if (is_gen_func(callee)) fresh_gen_at = next;
        if (meth == NULL) {
            r = call_stack(S, sp, oparg, NULL);
        } else if (vm_typeof(meth) == &vm_type_function) {
            r = vm_func_call(meth, STACK_ARGS(oparg + 1), oparg + 1, NULL);
        } else {
            r = vm_call_uncounted(meth, STACK_ARGS(oparg + 1), oparg + 1, NULL);
        }
        sp -= oparg + 2;
        if (r == NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION)
    {
        if (budget_tick() < 0) goto error;
        Val callable = PEEK(oparg + 1);
        FuncObj *ifn = inlinable(callable);
        if (ifn != NULL) { /* never a generator function: inlinable excludes them */
            nf = vm_func_make_frame_at(ifn, S, sp - oparg, oparg);
            sp -= oparg + 1;
            if (nf == NULL) goto error;
            goto enter_inlined;
        }
        if (!val_is_small(callable) && vm_typeof(callable) == &vm_type_method &&
            (ifn = inlinable(((MethodObj *)(void *)val_obj(callable))->func)) != NULL) {
            /* The callable's slot becomes self, as in call_stack. */
            cr_valspan_set(S, sp - oparg - 1, ((MethodObj *)(void *)val_obj(callable))->self);
            nf = vm_func_make_frame_at(ifn, S, sp - oparg - 1, oparg + 1);
            sp -= oparg + 1;
            if (nf == NULL) goto error;
            goto enter_inlined;
        }
        if (!val_is_small(callable) && vm_typeof(callable) == &vm_type_type &&
            (vm_as_type(callable)->flags & VM_TF_HEAPTYPE) != 0) {
            /* C(args) of a class with a Python __init__: make the instance,
             * then run __init__ inside this loop (exit_frame checks that it
             * returned None and pushes the instance). */
            Val init = NULL;
            /* The level vm_call counts for calling a class (built-in types
             * are called uncounted), with its RecursionError message; left
             * when the instance is pushed (exit_frame for an inlined
             * __init__) or before taking the normal call. */
            if (!vm_enter_recursion(" while calling a Python object")) {
                sp -= oparg + 1;
                goto error;
            }
            Val obj = vm_type_new_for_init(callable, STACK_ARGS(oparg), oparg, &init);
            if (obj != NULL && (ifn = inlinable(init)) != NULL) {
                cr_valspan_set(S, sp - oparg - 1, obj); /* the callable's slot becomes self */
                nf = vm_func_make_frame_at(ifn, S, sp - oparg - 1, oparg + 1);
                sp -= oparg + 1;
                if (nf == NULL) {
                    vm_leave_recursion();
                    goto error;
                }
                nf->init_self = obj;
                goto enter_inlined;
            }
            if (obj != NULL) { /* __init__ not inlinable (not yet verified...) */
                cr_valspan_set(S, sp - oparg - 1, obj);
                Val r = vm_call(init, STACK_ARGS(oparg + 1), oparg + 1, NULL);
                vm_leave_recursion();
                sp -= oparg + 1;
                if (r == NULL) goto error;
                if (r != VM_None) {
                    vm_err_fmt(&vm_exc_TypeError, "__init__() should return None, not '%s'", vm_tname(r));
                    goto error;
                }
                PUSH(obj);
                DISPATCH();
            }
            vm_leave_recursion();
            if (vm_err_occurred()) {
                sp -= oparg + 1;
                goto error;
            }
        }
        if (is_gen_func(callable)) fresh_gen_at = next;
        Val r = call_stack(S, sp, oparg, NULL);
        sp -= oparg + 1;
        if (r == NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_KW)
    {
        Val kwnames = POP();
        if (budget_tick() < 0) goto error;
        if (check_kwnames(kwnames, oparg) < 0) goto error;
        size_t nkw = vm_tuple_len(kwnames);
        if (is_gen_func(PEEK(oparg + 1))) fresh_gen_at = next;
        FuncObj *ifn = inlinable(PEEK(oparg + 1));
        if (ifn != NULL) {
            nf = vm_func_make_frame(ifn, STACK_ARGS(oparg), oparg - nkw, kwnames);
            sp -= oparg + 1;
            if (nf == NULL) goto error;
            goto enter_inlined;
        }
        Val r = call_stack(S, sp, oparg - nkw, kwnames);
        sp -= oparg + 1;
        if (r == NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX)
    {
        Val kwargs = (oparg & 1) ? POP() : NULL;
        Val args = POP();
        Val func = TOP();
        if (budget_tick() < 0) goto error;
        if (vm_op_call_ex_prepare(func, &args, &kwargs) < 0) goto error;
        Val self = NULL;
        FuncObj *ifn = inlinable(func);
        if (ifn == NULL && !val_is_small(func) && vm_typeof(func) == &vm_type_method &&
            (ifn = inlinable(((MethodObj *)(void *)val_obj(func))->func)) != NULL)
            self = ((MethodObj *)(void *)val_obj(func))->self;
        if (ifn != NULL) {
            nf = vm_op_frame_ex(ifn, self, args, kwargs);
            sp--;
            if (nf == NULL) goto error;
            goto enter_inlined;
        }
        Val r = vm_call_tuple_dict(func, args, kwargs);
        if (r == NULL) goto error;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION)
    {
        Val qualname = POP(), code = POP();
        Val closure = (oparg & 8) ? POP() : NULL;
        Val annotations = (oparg & 4) ? POP() : NULL;
        Val kwdefaults = (oparg & 2) ? POP() : NULL;
        Val defaults = (oparg & 1) ? POP() : NULL;
        Val fn = vm_op_make_function(code, qualname, globals, (int)oparg, defaults, kwdefaults,
                                     annotations, closure);
        if (fn == NULL) goto error;
        PUSH(fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS)
    {
        Val bc = vm_mapping_get(builtins, vm_intern_cstr("__build_class__"));
        if (bc == NULL) {
            if (!vm_err_occurred()) vm_err_str(&vm_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE)
    {
        /* `a, b = b, a`: a tuple display that the next instruction unpacks
         * into as many targets is never seen by anything: reverse the
         * values in place instead and skip the UNPACK_SEQUENCE. */
        if (oparg >= 2 && oparg <= 0xff && next < cu.len &&
            fetch(cu, next) == (uint16_t)(OP_UNPACK_SEQUENCE | (oparg << 8))) {
            for (size_t i = sp - oparg, j = sp - 1; i < j; i++, j--) {
                Val x = GETLOCAL(i);
                SETLOCAL(i, GETLOCAL(j));
                SETLOCAL(j, x);
            }
            next++;
            DISPATCH();
        }
        Val t = vm_tuple_from(STACK_ARGS(oparg), oparg);
        if (t == NULL) goto error;
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST)
    {
        Val l = vm_list_from(STACK_ARGS(oparg), oparg);
        if (l == NULL) goto error;
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET)
    {
        Val s = vm_set_new();
        if (s == NULL) goto error;
        for (size_t i = oparg; i >= 1; i--)
            if (vm_set_add(s, PEEK(i)) < 0) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP)
    {
        Val d = vm_dict_new();
        if (d == NULL) goto error;
        for (size_t i = 2 * (size_t)oparg; i >= 2; i -= 2)
            if (vm_dict_set(d, PEEK(i), PEEK(i - 1)) < 0) goto error;
        sp -= 2 * (size_t)oparg;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP)
    {
        Val keys = TOP();
        Val d = vm_dict_new();
        if (d == NULL) goto error;
        if (!vm_is_tuple(keys) || vm_tuple_len(keys) != oparg) {
            vm_err_str(&vm_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        for (size_t i = 0; i < oparg; i++)
            if (vm_dict_set(d, vm_tuple_get(keys, i), PEEK(oparg + 1 - i)) < 0) goto error;
        sp -= (size_t)oparg + 1;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING)
    {
        Val s = vm_op_build_string(S, sp - oparg, oparg);
        if (s == NULL) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND)
    {
        Val v = POP(), l = PEEK(oparg);
        if (!is_exact(l, &vm_type_list)) {
            bad_code("LIST_APPEND target is not a list");
            goto error;
        }
        if (vm_list_append(l, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD)
    {
        Val v = POP(), s = PEEK(oparg);
        if (!is_exact(s, &vm_type_set)) {
            bad_code("SET_ADD target is not a set");
            goto error;
        }
        if (vm_set_add(s, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD)
    {
        Val v = POP(), k = POP(), d = PEEK(oparg);
        if (!is_exact(d, &vm_type_dict)) {
            bad_code("MAP_ADD target is not a dict");
            goto error;
        }
        if (vm_dict_set(d, k, v) < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND)
    {
        Val it = POP(), l = PEEK(oparg);
        if (!is_exact(l, &vm_type_list)) {
            bad_code("LIST_EXTEND target is not a list");
            goto error;
        }
        if (vm_op_list_extend(l, it) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE)
    {
        Val it = POP(), s = PEEK(oparg);
        if (!is_exact(s, &vm_type_set)) {
            bad_code("SET_UPDATE target is not a set");
            goto error;
        }
        if (vm_set_update(s, it) < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE)
    {
        Val other = POP(), d = PEEK(oparg);
        if (!is_exact(d, &vm_type_dict)) {
            bad_code("DICT_UPDATE target is not a dict");
            goto error;
        }
        if (vm_op_dict_update(d, other) < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE)
    {
        Val other = POP(), d = PEEK(oparg);
        if (!is_exact(d, &vm_type_dict)) {
            bad_code("DICT_MERGE target is not a dict");
            goto error;
        }
        if (vm_op_dict_merge(d, other, PEEK(oparg + 2)) < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE)
    {
        if (!is_exact(TOP(), &vm_type_list)) {
            bad_code("LIST_TO_TUPLE operand is not a list");
            goto error;
        }
        Val t = vm_list_as_tuple(TOP());
        if (t == NULL) goto error;
        SET_TOP(t);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE)
    {
        Val seq = TOP();
        size_t n = oparg;
        if (!val_is_small(seq) && vm_typeof(seq) == &vm_type_tuple && vm_tuple_len(seq) == n) {
            sp--;
            for (size_t i = n; i >= 1; i--) PUSH(vm_tuple_get(seq, i - 1));
            DISPATCH();
        }
        if (!val_is_small(seq) && vm_typeof(seq) == &vm_type_list && vm_list_len(seq) == n) {
            sp--;
            for (size_t i = n; i >= 1; i--) PUSH(vm_list_get(seq, i - 1));
            DISPATCH();
        }
        sp--;
        if (vm_op_unpack(seq, n, 0, false, S, sp) < 0) goto error;
        sp += n;
        DISPATCH();
    }

    TARGET(UNPACK_EX)
    {
        Val seq = POP();
        size_t before = oparg & 0xffu, after = oparg >> 8;
        if (vm_op_unpack(seq, before, after, true, S, sp) < 0) goto error;
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE)
    {
        Val spec = (oparg & 4) ? POP() : NULL;
        if (spec != NULL && !vm_is_str(spec)) {
            bad_code("FORMAT_VALUE spec is not a str");
            goto error;
        }
        Val v = vm_op_format_value(TOP(), (int)(oparg & 3), spec);
        if (v == NULL) goto error;
        SET_TOP(v);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD)
    {
        next = oparg;
        DISPATCH();
    }

    TARGET(JUMP_ABSOLUTE)
    {
        if (oparg <= lasti && budget_tick() < 0) goto error;
        next = oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE)
    {
        Val v = POP();
        int t = fast_truth(v);
        if (t < 0) goto error;
        if (!t) {
            if (oparg <= lasti && budget_tick() < 0) goto error;
            next = oparg;
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE)
    {
        Val v = POP();
        int t = fast_truth(v);
        if (t < 0) goto error;
        if (t) {
            if (oparg <= lasti && budget_tick() < 0) goto error;
            next = oparg;
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        int t = fast_truth(TOP());
        if (t < 0) goto error;
        if (!t) next = oparg;
        else sp--;
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        int t = fast_truth(TOP());
        if (t < 0) goto error;
        if (t) next = oparg;
        else sp--;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE)
    {
        Val v = POP();
        if (v == VM_None) next = oparg;
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE)
    {
        Val v = POP();
        if (v != VM_None) next = oparg;
        DISPATCH();
    }

    TARGET(SETUP_FINALLY)
    {
        block_push(f, oparg, sp);
        DISPATCH();
    }

    TARGET(SETUP_WITH)
    {
        Val mgr = TOP();
        Val enter = vm_lookup_special(mgr, "__enter__");
        if (enter == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'%s' object does not support the context manager protocol",
                           vm_tname(mgr));
            goto error;
        }
        Val exitm = vm_lookup_special(mgr, "__exit__");
        if (exitm == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'%s' object does not support the context manager protocol "
                           "(missed __exit__ method)",
                           vm_tname(mgr));
            goto error;
        }
        SET_TOP(exitm);
        Val res = vm_call0(enter);
        if (res == NULL) goto error;
        block_push(f, oparg, sp);
        PUSH(res);
        DISPATCH();
    }

    TARGET(POP_BLOCK)
    {
        if (f->nblocks > 0) f->nblocks--;
        DISPATCH();
    }

    TARGET(POP_EXCEPT)
    {
        Val prev = POP();
        if (!is_exc_or(prev, true)) {
            bad_code("POP_EXCEPT expects an exception or None");
            goto error;
        }
        vm->handled_exc = prev == VM_None ? f->exc_base : prev;
        DISPATCH();
    }

    TARGET(RERAISE)
    {
        Val exc = POP();
        if (!is_exc_or(exc, false)) {
            bad_code("RERAISE expects an exception");
            goto error;
        }
        vm_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(CHECK_EXC_MATCH)
    {
        Val type = TOP(), exc = SECOND();
        if (!is_exc_or(exc, false)) {
            bad_code("CHECK_EXC_MATCH expects an exception");
            goto error;
        }
        if (vm_op_check_exc_match(type, false) < 0) goto error;
        int r = vm_exc_matches_type(exc, type);
        if (r < 0) goto error;
        SET_TOP(vm_bool(r));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH)
    {
        Val type = TOP(), exc = SECOND(), rest, match;
        if (!is_exc_or(exc, true)) {
            bad_code("CHECK_EG_MATCH expects an exception");
            goto error;
        }
        if (vm_op_check_exc_match(type, true) < 0) goto error;
        if (vm_op_eg_match(exc, type, &rest, &match) < 0) goto error;
        SET_SECOND(rest);
        SET_TOP(match);
        if (match != VM_None && is_exc_or(match, false)) vm->handled_exc = match;
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR)
    {
        Val list = POP(), orig = TOP();
        if (!is_exact(list, &vm_type_list) || !is_exc_or(orig, true)) {
            bad_code("PREP_RERAISE_STAR expects an exception and a list");
            goto error;
        }
        Val r = vm_op_prep_reraise_star(orig, list);
        if (r == NULL) goto error;
        SET_TOP(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START)
    {
        Val exc = TOP(), exitf = THIRD();
        Val tb = VM_None;
        if (!val_is_small(exc) && (vm_typeof(exc)->flags & VM_TF_EXC_SUBCLASS)) {
            Val t = ((ExcObj *)(void *)val_obj(exc))->traceback;
            if (t != NULL) tb = t;
        }
        Val args[3] = {obj_val(vm_typeof(exc)), exc, tb};
        Val r = vm_call(exitf, args, 3, NULL);
        if (r == NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS)
    {
        Val cause = NULL, exc = NULL;
        if (oparg == 2) cause = POP();
        if (oparg >= 1) exc = POP();
        int r = vm_op_do_raise(exc, cause);
        /* A bare "raise" re-raises without a new traceback entry. */
        if (r == 1) goto exception_unwind;
        goto error;
    }

    TARGET(LOAD_ASSERTION_ERROR)
    {
        PUSH(obj_val(&vm_exc_AssertionError));
        DISPATCH();
    }

    TARGET(IMPORT_NAME)
    {
        Val fromlist = POP(), level = TOP();
        if (!val_is_small(level) || val_small(level) < 0 || val_small(level) > INT_MAX ||
            (fromlist != VM_None && !is_exact(fromlist, &vm_type_tuple))) {
            bad_code("IMPORT_NAME expects a level int and a fromlist tuple");
            goto error;
        }
        Val m = vm_op_import_name(f, cr_valspan_get(namev, oparg), fromlist, level);
        if (m == NULL) goto error;
        SET_TOP(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM)
    {
        Val v = vm_op_import_from(TOP(), cr_valspan_get(namev, oparg));
        if (v == NULL) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR)
    {
        Val m = POP();
        if (vm_op_import_star(f, m) < 0) goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS)
    {
        if (vm_op_setup_annotations(f) == NULL) goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR)
    {
        Val v = POP();
        if (vm_op_print_expr(v) < 0) goto error;
        DISPATCH();
    }

    TARGET(GET_LEN)
    {
        int64_t n = vm_len(TOP());
        if (n < 0) goto error;
        Val v = vm_int_from_i64(n);
        if (v == NULL) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING)
    {
        int r = vm_op_match_mapping(TOP());
        if (r < 0) goto error;
        PUSH(vm_bool(r));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE)
    {
        int r = vm_op_match_sequence(TOP());
        if (r < 0) goto error;
        PUSH(vm_bool(r));
        DISPATCH();
    }

    TARGET(MATCH_KEYS)
    {
        /* 3.10: [subject keys] -> [subject keys values_or_None bool] */
        if (!is_exact(TOP(), &vm_type_tuple)) {
            bad_code("MATCH_KEYS expects a tuple of keys");
            goto error;
        }
        Val v = vm_op_match_keys(SECOND(), TOP());
        if (v == NULL) goto error;
        PUSH(v);
        PUSH(vm_bool(v != VM_None));
        DISPATCH();
    }

    TARGET(MATCH_CLASS)
    {
        /* 3.10: [subject type names] -> [attrs_or_subject bool] */
        Val names_t = POP(), type = TOP(), subject = SECOND();
        if (!is_exact(names_t, &vm_type_tuple)) {
            bad_code("MATCH_CLASS expects a tuple of attribute names");
            goto error;
        }
        Val attrs = vm_op_match_class(subject, type, oparg, names_t);
        if (attrs == NULL) goto error;
        if (attrs != VM_None) SET_SECOND(attrs);
        SET_TOP(vm_bool(attrs != VM_None));
        DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS)
    {
        if (!is_exact(TOP(), &vm_type_tuple)) {
            bad_code("COPY_DICT_WITHOUT_KEYS expects a tuple of keys");
            goto error;
        }
        Val d = vm_op_copy_dict_without_keys(SECOND(), TOP());
        if (d == NULL) goto error;
        SET_TOP(d);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE)
    {
        Val a = vm_op_get_awaitable(TOP(), (int)oparg);
        if (a == NULL) goto error;
        SET_TOP(a);
        DISPATCH();
    }

    TARGET(GET_AITER)
    {
        Val obj = TOP();
        Val m = vm_lookup_special(obj, "__aiter__");
        if (m == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'async for' requires an object with __aiter__ method, got %s",
                           vm_tname(obj));
            goto error;
        }
        Val it = vm_call0(m);
        if (it == NULL) goto error;
        if (vm_type_lookup_cstr(vm_typeof(it), "__anext__") == NULL) {
            vm_err_fmt(&vm_exc_TypeError,
                       "'async for' received an object from __aiter__ that does not "
                       "implement __anext__: %s",
                       vm_tname(it));
            goto error;
        }
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(GET_ANEXT)
    {
        Val it = TOP();
        Val m = vm_lookup_special(it, "__anext__");
        if (m == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'async for' requires an iterator with __anext__ method, got %s",
                           vm_tname(it));
            goto error;
        }
        Val aw = vm_call0(m);
        if (aw == NULL) goto error;
        Val a = vm_op_get_awaitable(aw, 3);
        if (a == NULL) {
            if (vm_err_matches(&vm_exc_TypeError)) {
                vm_err_clear();
                vm_err_fmt(&vm_exc_TypeError,
                           "'async for' received an invalid object from __anext__: %s",
                           vm_tname(aw));
            }
            goto error;
        }
        PUSH(a);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR)
    {
        /* [aiter, prev_exc, exc]: StopAsyncIteration ends the loop. */
        Val exc = POP();
        if (!is_exc_or(exc, false) || !is_exc_or(PEEK(1), true)) {
            bad_code("END_ASYNC_FOR expects an exception");
            goto error;
        }
        if (vm_isinstance_t(exc, &vm_exc_StopAsyncIteration)) {
            Val prev = POP();
            vm->handled_exc = prev == VM_None ? f->exc_base : prev;
            sp--; /* the async iterator */
            DISPATCH();
        }
        vm_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_ASYNC_WITH)
    {
        Val mgr = TOP();
        Val enter = vm_lookup_special(mgr, "__aenter__");
        if (enter == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'%s' object does not support the asynchronous context manager protocol",
                           vm_tname(mgr));
            goto error;
        }
        Val exitm = vm_lookup_special(mgr, "__aexit__");
        if (exitm == NULL) {
            if (!vm_err_occurred())
                vm_err_fmt(&vm_exc_TypeError,
                           "'%s' object does not support the asynchronous context manager "
                           "protocol (missed __aexit__ method)",
                           vm_tname(mgr));
            goto error;
        }
        SET_TOP(exitm);
        Val res = vm_call0(enter);
        if (res == NULL) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(SETUP_ASYNC_WITH)
    {
        /* [exit, enter_result] : the block sits below the awaited result. */
        Val res = POP();
        block_push(f, oparg, sp);
        PUSH(res);
        DISPATCH();
    }

#ifndef USE_COMPUTED_GOTO
    default:
        goto bad_opcode;
    }
#endif

enter_inlined:
    /* A Python-to-Python call: run the callee in this loop invocation, so
     * deep Python recursion does not use C stack (as CPython 3.11).  The
     * recursion limit still applies; a RecursionError is raised in the
     * caller, before the callee starts. */
    if (vm->recursion_depth >= vm->recursion_limit) {
        if (!vm_enter_recursion("")) goto error;
    } else {
        vm->recursion_depth++;
    }
    f->sp = sp;
    f->next_instr = next;
    nf->back = f;
    nf->inlined = true;
    nf->saved_handled = vm->handled_exc;
    nf->state = VM_FRAME_EXECUTING;
    nf->constv = vm_tuple_items(nf->code->consts);
    nf->namev = vm_tuple_items(nf->code->names);
    vm_gcache_take(nf);
    vm->frame = nf;
    f = nf;
    nf = NULL;
    LOAD_FRAME_STATE();
    DISPATCH();

bad_opcode:
    vm_err_fmt(&vm_exc_SystemError, "unknown opcode %u", (unsigned)op);
    goto error;

error:
    /* An exception is pending: record this frame in its traceback. */
    {
        Val exc = vm->cur_exc;
        if (exc == NULL) {
            vm_err_str(&vm_exc_SystemError, "error return without exception set");
            exc = vm->cur_exc;
        }
        if (exc != NULL) {
            vm_frame_mark_escaped(f); /* the traceback references f */
            vm_traceback_here(exc, f);
        }
    }

exception_unwind:
    if (f->nblocks > 0) {
        f->nblocks--;
        size_t handler = (size_t)val_small(cr_valspan_get(f->blocks, 2 * f->nblocks));
        size_t level = (size_t)val_small(cr_valspan_get(f->blocks, 2 * f->nblocks + 1));
        Val exc = vm_err_fetch();
        if (exc == NULL) {
            vm_err_str(&vm_exc_SystemError, "error return without exception set");
            exc = vm_err_fetch();
        }
        while (sp > level) {
            drop_value(cr_valspan_get(S, sp - 1));
            cr_valspan_set(S, --sp, NULL);
        }
        sp = level;
        Val prev = vm->handled_exc;
        PUSH(prev != NULL && prev != f->exc_base ? prev : VM_None);
        PUSH(exc);
        vm->handled_exc = exc;
        next = handler;
        DISPATCH();
    }
    /* No handler: the frame exits with the exception. */
    retval = NULL;
    f->state = VM_FRAME_COMPLETED;
    goto exit_frame;

suspend:
    f->sp = sp;
    f->next_instr = next;
    vm->frame = f->back;
    f->back = NULL;
    vm->recursion_depth--;
    return retval;

exit_frame:
    /* Drop the value stack so a finished frame keeps nothing alive. */
    while (sp > f->stack_base) {
        drop_value(cr_valspan_get(S, sp - 1));
        cr_valspan_set(S, --sp, NULL);
    }
    f->sp = sp;
    f->nblocks = 0;
    f->next_instr = next;
    vm->frame = f->back;
    if (f->gen == NULL) vm->handled_exc = f->saved_handled;
    vm->recursion_depth--;
    if (f->inlined) {
        /* Back to the caller inside this loop invocation. */
        FrameObj *caller = f->back;
        Val init_self = f->init_self;
        f->init_self = NULL;
        if (init_self != NULL) vm_leave_recursion(); /* the class call's level (CALL_FUNCTION) */
        keep_or_drop_back(f);
        f->inlined = false;
        vm_frame_release(f);
        f = caller;
        LOAD_FRAME_STATE();
        if (retval == NULL) goto error;
        if (init_self != NULL) { /* an inlined __init__ (CALL_FUNCTION): slot_init's check */
            if (retval != VM_None) {
                vm_err_fmt(&vm_exc_TypeError, "__init__() should return None, not '%s'", vm_tname(retval));
                goto error;
            }
            retval = init_self;
        }
        PUSH(retval);
        DISPATCH();
    }
    keep_or_drop_back(f);
    vm_frame_release(f);
    return retval;
}
