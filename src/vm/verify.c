/* The bytecode verifier (vm layer): vm_code_verify and the stack-effect table
 * shared with the compiler.
 *
 * Verification runs in two passes over the 16-bit units:
 *  1. decode: every unit is a known opcode, EXTENDED_ARG chains are short and
 *     end in a real instruction, every operand is in range, jump targets are
 *     instruction starts (the first unit of an instruction, i.e. its first
 *     EXTENDED_ARG prefix if it has any);
 *  2. flow: a worklist over instruction starts carrying the abstract state
 *     (value-stack depth, stack of block depths).  Every reachable
 *     instruction is visited once; every other path reaching it must bring
 *     the same state.  The depth never goes negative, never drops below the
 *     depth of the innermost block (so that unwinding to a handler only ever
 *     shrinks the stack), and no instruction falls off the end.
 * Both passes are linear in the code size and total on arbitrary input.
 */
#include "vm/codeutil.h"

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
               "code units are read as little-endian byte pairs");

int vm_opcode_argkind(int op)
{
    switch (op) {
    case OP_LOAD_CONST:
        return VM_ARG_CONST;
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
    case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        return VM_ARG_NAME;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        return VM_ARG_LOCAL;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
        return VM_ARG_CELL;
    case OP_FOR_ITER: case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
        return VM_ARG_JUMP;
    case OP_ROT_N: case OP_COPY: case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP:
    case OP_CONTAINS_OP: case OP_BUILD_SLICE: case OP_GEN_START: case OP_CALL_METHOD:
    case OP_CALL_FUNCTION: case OP_CALL_FUNCTION_KW: case OP_CALL_FUNCTION_EX:
    case OP_MAKE_FUNCTION: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_MAP: case OP_BUILD_CONST_KEY_MAP: case OP_BUILD_STRING:
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_MAP_ADD: case OP_LIST_EXTEND:
    case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
    case OP_UNPACK_SEQUENCE: case OP_UNPACK_EX: case OP_FORMAT_VALUE:
    case OP_RAISE_VARARGS: case OP_MATCH_CLASS: case OP_GET_AWAITABLE:
        return VM_ARG_INT;
    default:
        return VM_ARG_NONE;
    }
}

bool vm_opcode_is_terminal(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS ||
           op == OP_JUMP_FORWARD || op == OP_JUMP_ABSOLUTE;
}

/* Count arguments are bounded so that pop/push never overflow an int. */
#define COUNT_OK(a) ((a) >= 0 && (a) <= VM_CODE_MAX_STACK)

static bool set_effect(int *pop, int *push, int64_t p, int64_t q)
{
    if (p < 0 || q < 0 || p > 4 * (int64_t)VM_CODE_MAX_STACK || q > 4 * (int64_t)VM_CODE_MAX_STACK)
        return false;
    *pop = (int)p;
    *push = (int)q;
    return true;
}

bool vm_stack_effect(int op, int64_t arg, bool jump, int *pop, int *push)
{
    *pop = 0;
    *push = 0;
    if (arg < 0) return false;
    switch (op) {
    case OP_NOP: case OP_SETUP_ANNOTATIONS: case OP_POP_BLOCK:
    case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE:
    case OP_DELETE_NAME: case OP_DELETE_GLOBAL: case OP_DELETE_FAST: case OP_DELETE_DEREF:
        return set_effect(pop, push, 0, 0);
    case OP_POP_TOP: case OP_GEN_START: case OP_RETURN_VALUE: case OP_STORE_NAME:
    case OP_STORE_GLOBAL: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_DELETE_ATTR:
    case OP_POP_EXCEPT: case OP_RERAISE: case OP_IMPORT_STAR: case OP_PRINT_EXPR:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
        if (op == OP_GEN_START && arg > 2) return false;
        return set_effect(pop, push, 1, 0);
    case OP_ROT_TWO: return set_effect(pop, push, 2, 2);
    case OP_ROT_THREE: return set_effect(pop, push, 3, 3);
    case OP_ROT_FOUR: return set_effect(pop, push, 4, 4);
    case OP_ROT_N:
        if (arg < 1 || !COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg, arg);
    case OP_DUP_TOP: return set_effect(pop, push, 1, 2);
    case OP_DUP_TOP_TWO: return set_effect(pop, push, 2, 4);
    case OP_COPY:
        if (arg < 1 || !COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg, arg + 1);
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    case OP_GET_ITER: case OP_GET_YIELD_FROM_ITER: case OP_YIELD_VALUE: case OP_LOAD_ATTR:
    case OP_LIST_TO_TUPLE: case OP_GET_AITER:
        return set_effect(pop, push, 1, 1);
    case OP_GET_AWAITABLE:
        if (arg > 2) return false;
        return set_effect(pop, push, 1, 1);
    case OP_BINARY_OP:
        if ((arg & ~(int64_t)16) >= VM_OP_COUNT) return false;
        return set_effect(pop, push, 2, 1);
    case OP_COMPARE_OP:
        if (arg > VM_GE) return false;
        return set_effect(pop, push, 2, 1);
    case OP_IS_OP: case OP_CONTAINS_OP:
        if (arg > 1) return false;
        return set_effect(pop, push, 2, 1);
    case OP_BINARY_SUBSCR: case OP_YIELD_FROM: case OP_IMPORT_NAME: case OP_PREP_RERAISE_STAR:
        return set_effect(pop, push, 2, 1);
    case OP_STORE_SUBSCR: return set_effect(pop, push, 3, 0);
    case OP_DELETE_SUBSCR: case OP_STORE_ATTR: return set_effect(pop, push, 2, 0);
    case OP_BUILD_SLICE:
        if (arg != 2 && arg != 3) return false;
        return set_effect(pop, push, arg, 1);
    case OP_FOR_ITER:
        return jump ? set_effect(pop, push, 1, 0) : set_effect(pop, push, 1, 2);
    case OP_LOAD_CONST: case OP_LOAD_NAME: case OP_LOAD_GLOBAL: case OP_LOAD_FAST:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_BUILD_CLASS: case OP_LOAD_ASSERTION_ERROR:
        return set_effect(pop, push, 0, 1);
    case OP_LOAD_METHOD: case OP_IMPORT_FROM: case OP_GET_LEN: case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE: case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
        return set_effect(pop, push, 1, 2);
    case OP_CALL_METHOD:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 2, 1);
    case OP_CALL_FUNCTION:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 1, 1);
    case OP_CALL_FUNCTION_KW:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 2, 1);
    case OP_CALL_FUNCTION_EX:
        if (arg > 1) return false;
        return set_effect(pop, push, 2 + arg, 1);
    case OP_MAKE_FUNCTION: {
        if (arg > 15) return false;
        int n = 2 + (int)((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
        return set_effect(pop, push, n, 1);
    }
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg, 1);
    case OP_BUILD_MAP:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, 2 * arg, 1);
    case OP_BUILD_CONST_KEY_MAP:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 1, 1);
    /* The container is the arg-th item below the popped value(s) (3.10). */
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
        if (arg < 1 || !COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 1, arg);
    case OP_MAP_ADD:
        if (arg < 1 || !COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 2, arg);
    case OP_DICT_MERGE:
        /* 3.10: the called function (for error messages) sits 2 below the dict. */
        if (arg < 1 || !COUNT_OK(arg)) return false;
        return set_effect(pop, push, arg + 3, arg + 2);
    case OP_UNPACK_SEQUENCE:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, 1, arg);
    case OP_UNPACK_EX:
        if ((arg >> 8) > VM_CODE_MAX_STACK) return false;
        return set_effect(pop, push, 1, (arg & 0xff) + (arg >> 8) + 1);
    case OP_FORMAT_VALUE:
        if (arg > 7) return false;
        return set_effect(pop, push, (arg & 4) ? 2 : 1, 1);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? set_effect(pop, push, 1, 1) : set_effect(pop, push, 1, 0);
    case OP_SETUP_FINALLY:
        /* handler: [..., prev_exc, exc] on top of the depth at the setup */
        return jump ? set_effect(pop, push, 0, 2) : set_effect(pop, push, 0, 0);
    case OP_SETUP_WITH:
        /* [mgr] -> [exit, enter]; handler: [exit, prev_exc, exc] */
        return jump ? set_effect(pop, push, 1, 3) : set_effect(pop, push, 1, 2);
    case OP_SETUP_ASYNC_WITH:
        /* [exit, enter_result], block below enter_result; handler [exit, prev, exc] */
        return jump ? set_effect(pop, push, 2, 3) : set_effect(pop, push, 2, 2);
    case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH: case OP_MATCH_KEYS:
        if (op == OP_MATCH_KEYS) return set_effect(pop, push, 2, 4);
        return set_effect(pop, push, 2, 2);
    case OP_COPY_DICT_WITHOUT_KEYS: return set_effect(pop, push, 2, 2);
    case OP_WITH_EXCEPT_START: return set_effect(pop, push, 3, 4);
    case OP_RAISE_VARARGS:
        if (arg > 2) return false;
        return set_effect(pop, push, arg, 0);
    case OP_MATCH_CLASS:
        if (!COUNT_OK(arg)) return false;
        return set_effect(pop, push, 3, 2);
    case OP_END_ASYNC_FOR: return set_effect(pop, push, 3, 0);
    default:
        return false;
    }
}

/* ---- decoding ---- */

uint16_t vm_code_unit(const CodeObj *co, size_t i)
{
    size_t nbytes;
    if (!co->code || !cr_mul_ok(co->ncode, 2, &nbytes)) cr_panic_bounds();
    cr_span s = cr_span_make(co->code, nbytes);
    size_t lo;
    if (!cr_mul_ok(i, 2, &lo)) cr_panic_bounds();
    return (uint16_t)(cr_span_at(s, lo) | (cr_span_at(s, lo + 1) << 8));
}

typedef struct {
    const CodeObj *co;
    cr_span bytes; /* the code as 2 * ncode bytes */
    size_t ncode;
} decoder;

/* Decode the instruction starting at unit i (its first prefix): opcode, full
 * argument and the index of the next instruction.  Returns false for a
 * malformed chain (too long, or running off the end). */
static bool decode_at(const decoder *d, size_t i, int *op, int64_t *arg, size_t *next)
{
    int64_t a = 0;
    int prefixes = 0;
    for (;;) {
        if (i >= d->ncode) return false;
        int o = cr_span_at(d->bytes, 2 * i);
        int hi = cr_span_at(d->bytes, 2 * i + 1);
        a = (a << 8) | hi;
        i++;
        if (o != OP_EXTENDED_ARG) {
            *op = o;
            *arg = a;
            *next = i;
            return true;
        }
        if (++prefixes > VM_CODE_MAX_EXTENDED) return false;
    }
}

static bool bad(const char *what, size_t at)
{
    vm_err_fmt(&vm_exc_ValueError, "invalid bytecode: %s at instruction %zu", what, at);
    return false;
}

static bool tuple_of_str(Val t)
{
    if (!t || !vm_is_tuple(t)) return false;
    size_t n = vm_tuple_len(t);
    for (size_t i = 0; i < n; i++)
        if (!vm_is_str(vm_tuple_get(t, i))) return false;
    return true;
}

/* The header fields: tuples, counts and cell2arg. */
static bool check_header(const CodeObj *co)
{
    if (co->ncode == 0 || !co->code || !co->postab) return bad("empty code", 0);
    if (!vm_postab_valid(cr_span_make(co->postab, co->npostab), co->ncode)) return bad("bad position table", 0);
    if (co->ncode > (size_t)INT32_MAX) return bad("code too long", 0);
    if (!co->consts || !vm_is_tuple(co->consts)) return bad("co_consts is not a tuple", 0);
    if (!tuple_of_str(co->names)) return bad("co_names is not a tuple of str", 0);
    if (!tuple_of_str(co->varnames)) return bad("co_varnames is not a tuple of str", 0);
    if (!tuple_of_str(co->freevars)) return bad("co_freevars is not a tuple of str", 0);
    if (!tuple_of_str(co->cellvars)) return bad("co_cellvars is not a tuple of str", 0);
    if (!co->name || !vm_is_str(co->name) || !co->qualname || !vm_is_str(co->qualname) ||
        !co->filename || !vm_is_str(co->filename))
        return bad("name, qualname or filename is not a str", 0);
    if (co->nlocals < 0 || (size_t)co->nlocals != vm_tuple_len(co->varnames))
        return bad("co_nlocals does not match co_varnames", 0);
    if (co->argcount < 0 || co->posonlyargcount < 0 || co->kwonlyargcount < 0 ||
        co->posonlyargcount > co->argcount)
        return bad("bad argument counts", 0);
    int64_t nargs = (int64_t)co->argcount + co->kwonlyargcount +
                    ((co->flags & CO_VARARGS) ? 1 : 0) + ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    if (nargs > co->nlocals) return bad("more arguments than locals", 0);
    if (co->stacksize < 0 || co->stacksize > VM_CODE_MAX_STACK) return bad("bad stack size", 0);
    if (co->blockdepth < 0 || co->blockdepth > VM_CODE_MAX_BLOCKS) return bad("bad block depth", 0);
    size_t ncells = vm_tuple_len(co->cellvars);
    if (co->cell2arg) {
        size_t nbytes;
        if (!cr_mul_ok(ncells, sizeof(int), &nbytes)) return bad("too many cells", 0);
        cr_span s = cr_span_make(co->cell2arg, nbytes);
        for (size_t i = 0; i < ncells; i++) {
            uint32_t u = (uint32_t)cr_span_at(s, 4 * i) | ((uint32_t)cr_span_at(s, 4 * i + 1) << 8) |
                         ((uint32_t)cr_span_at(s, 4 * i + 2) << 16) |
                         ((uint32_t)cr_span_at(s, 4 * i + 3) << 24);
            int32_t v = (int32_t)u;
            if (v < -1 || v >= nargs) return bad("cell2arg out of range", 0);
        }
    }
    return true;
}

/* Pass 1: opcodes, chains, operands.  starts gets 1 at each instruction start. */
static bool check_units(const decoder *d, cr_buf *starts)
{
    const CodeObj *co = d->co;
    size_t nconsts = vm_tuple_len(co->consts), nnames = vm_tuple_len(co->names);
    size_t ncells = vm_tuple_len(co->cellvars) + vm_tuple_len(co->freevars);
    bool gen = (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    size_t i = 0;
    while (i < d->ncode) {
        int op;
        int64_t arg;
        size_t next;
        if (!decode_at(d, i, &op, &arg, &next)) return bad("malformed EXTENDED_ARG chain", i);
        if (op >= OP__COUNT) return bad("unknown opcode", i);
        cr_buf_set(starts, i, 1);
        bool ok = true;
        switch (vm_opcode_argkind(op)) {
        case VM_ARG_CONST: ok = (uint64_t)arg < nconsts; break;
        case VM_ARG_NAME: ok = (uint64_t)arg < nnames; break;
        case VM_ARG_LOCAL: ok = arg < co->nlocals; break;
        case VM_ARG_CELL: ok = (uint64_t)arg < ncells; break;
        case VM_ARG_JUMP: ok = (uint64_t)arg < d->ncode; break;
        default: break;
        }
        if (!ok) return bad("operand out of range", i);
        int pop, push;
        if (!vm_stack_effect(op, arg, false, &pop, &push)) return bad("invalid operand", i);
        if (!gen && (op == OP_YIELD_VALUE || op == OP_YIELD_FROM || op == OP_GEN_START))
            return bad("yield in non-generator code", i);
        i = next;
    }
    return true;
}

/* ---- pass 2: flow ---- */

typedef struct blk {
    int depth;  /* value-stack depth the handler truncates to */
    int count;  /* number of blocks up to and including this one */
    const struct blk *parent;
} blk;

static bool blk_eq(const blk *a, const blk *b)
{
    while (a != b) {
        if (!a || !b || a->depth != b->depth || a->count != b->count) return false;
        a = a->parent;
        b = b->parent;
    }
    return true;
}

typedef struct {
    const decoder *d;
    cr_buf *starts;
    cr_vals depth;  /* per unit: small int depth, or -1 when not reached yet */
    cr_vals blocks; /* per unit: the block stack (a blk pointer) or NULL */
    cr_vals work;   /* units still to process */
    int max_stack, max_blocks;
} flow;

static Val blk_val(const blk *b) { return b ? obj_val(b) : NULL; }
static const blk *val_blk(Val v) { return v ? (const blk *)(const void *)val_obj(v) : NULL; }

static bool reach(flow *f, size_t target, int64_t depth, const blk *b, size_t from)
{
    if (target >= f->d->ncode || cr_buf_get(f->starts, target) != 1)
        return bad("jump into the middle of an instruction", from);
    if (depth < 0) return bad("stack underflow", from);
    if (depth > VM_CODE_MAX_STACK) return bad("stack too deep", from);
    if (depth > f->max_stack) f->max_stack = (int)depth;
    int64_t have = val_small(cr_vals_get(&f->depth, target));
    if (have < 0) {
        cr_vals_set(&f->depth, target, val_from_small(depth));
        cr_vals_set(&f->blocks, target, blk_val(b));
        if (!cr_vals_push(&f->work, val_from_small((int64_t)target))) {
            vm_err_nomem();
            return false;
        }
        return true;
    }
    if (have != depth) return bad("inconsistent stack depth", target);
    if (!blk_eq(val_blk(cr_vals_get(&f->blocks, target)), b)) return bad("inconsistent block stack", target);
    return true;
}

static bool is_setup(int op) { return op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH; }

/* Items at the bottom of an instruction's popped window that stay in their
 * stack slots (the VM reads them in place and never pops them before it
 * may raise). */
static int kept_in_place(int op, int64_t arg)
{
    switch (op) {
    case OP_CHECK_EXC_MATCH: case OP_FOR_ITER: case OP_GET_LEN: case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE: case OP_COPY_DICT_WITHOUT_KEYS: case OP_IMPORT_FROM: case OP_GET_ANEXT:
        return 1;
    case OP_MATCH_KEYS: case OP_DUP_TOP_TWO: return 2;
    case OP_WITH_EXCEPT_START: return 3;
    case OP_DUP_TOP: return 1;
    case OP_COPY: case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_MAP_ADD:
        return (int)arg;
    case OP_DICT_MERGE: return (int)arg + 2;
    default: return 0;
    }
}

/* Instructions that never raise (value shuffles): exempt from the
 * block-depth rule. */
static bool cannot_raise(int op)
{
    return op == OP_POP_TOP || op == OP_ROT_TWO || op == OP_ROT_THREE || op == OP_ROT_FOUR ||
           op == OP_ROT_N || op == OP_RETURN_VALUE || op == OP_POP_EXCEPT;
}

static bool flow_one(flow *f, size_t i)
{
    int op;
    int64_t arg;
    size_t next;
    if (!decode_at(f->d, i, &op, &arg, &next)) return bad("malformed instruction", i);
    int64_t depth = val_small(cr_vals_get(&f->depth, i));
    const blk *b = val_blk(cr_vals_get(&f->blocks, i));
    int pop, push;
    if (!vm_stack_effect(op, arg, false, &pop, &push)) return bad("invalid operand", i);
    if (depth < pop) return bad("stack underflow", i);
    /* An exception raised by this instruction unwinds the stack to the
     * innermost block's depth: that must never be above what is left of
     * the stack at that point (values the instruction leaves in place by
     * contract are not consumed). */
    if (b && depth - (pop - kept_in_place(op, arg)) < b->depth && !cannot_raise(op))
        return bad("stack below the innermost block", i);
    if (!vm_opcode_is_terminal(op)) {
        const blk *nb = b;
        int64_t nd = depth - pop + push;
        if (is_setup(op)) {
            int pj, qj;
            if (!vm_stack_effect(op, arg, true, &pj, &qj)) return bad("invalid operand", i);
            if (depth < pj) return bad("stack underflow", i);
            blk *n = cr_alloc(sizeof(blk), CR_SCAN);
            if (!n) {
                vm_err_nomem();
                return false;
            }
            n->depth = (int)(depth - pj + qj - 2);
            n->count = (b ? b->count : 0) + 1;
            n->parent = b;
            if (n->count > VM_CODE_MAX_BLOCKS) return bad("too many nested blocks", i);
            if (n->count > f->max_blocks) f->max_blocks = n->count;
            nb = n;
        } else if (op == OP_POP_BLOCK) {
            if (!b) return bad("POP_BLOCK without a block", i);
            nb = b->parent;
        }
        if (next >= f->d->ncode) return bad("execution falls off the end", i);
        if (!reach(f, next, nd, nb, i)) return false;
    }
    if (vm_opcode_argkind(op) == VM_ARG_JUMP) {
        if (!vm_stack_effect(op, arg, true, &pop, &push)) return bad("invalid operand", i);
        if (depth < pop) return bad("stack underflow", i);
        /* A handler starts with the blocks outside its own. */
        if (!reach(f, (size_t)arg, depth - pop + push, b, i)) return false;
    }
    return true;
}

bool vm_code_flow(const CodeObj *co, int *max_stack, int *max_blocks)
{
    if (!check_header(co)) return false;
    decoder d;
    d.co = co;
    d.ncode = co->ncode;
    d.bytes = cr_span_make(co->code, co->ncode * 2); /* ncode <= INT32_MAX */
    cr_buf starts;
    cr_buf_init(&starts);
    if (!cr_buf_repeat(&starts, 0, co->ncode)) {
        vm_err_nomem();
        return false;
    }
    if (!check_units(&d, &starts)) return false;

    flow f;
    f.d = &d;
    f.starts = &starts;
    f.max_stack = 0;
    f.max_blocks = 0;
    cr_vals_init(&f.depth);
    cr_vals_init(&f.blocks);
    cr_vals_init(&f.work);
    if (!cr_vals_resize(&f.depth, co->ncode, val_from_small(-1)) ||
        !cr_vals_resize(&f.blocks, co->ncode, NULL)) {
        vm_err_nomem();
        return false;
    }
    bool gen = (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    /* A generator frame starts with the first sent value (None) pushed;
     * GEN_START pops it (3.10). */
    if (!reach(&f, 0, gen ? 1 : 0, NULL, 0)) return false;
    while (f.work.len > 0) {
        size_t i = (size_t)val_small(cr_vals_get(&f.work, f.work.len - 1));
        cr_vals_remove(&f.work, f.work.len - 1);
        if (!flow_one(&f, i)) return false;
    }
    *max_stack = f.max_stack;
    *max_blocks = f.max_blocks;
    return true;
}

bool vm_code_verify(CodeObj *co)
{
    if (!co) {
        vm_err_str(&vm_exc_SystemError, "invalid bytecode: no code object");
        return false;
    }
    int ms, mb;
    if (!vm_code_flow(co, &ms, &mb)) return false;
    if (ms > co->stacksize) return bad("stack size too small", 0);
    if (mb > co->blockdepth) return bad("block depth too small", 0);
    co->verified = true;
    return true;
}
