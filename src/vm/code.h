/* Code objects and the bytecode (vm layer).  The contract between the
 * compiler (src/compiler), the verifier and the interpreter loop (ceval.c).
 *
 * Instructions are 16-bit units: low byte opcode, high byte argument, with
 * EXTENDED_ARG prefixes for arguments > 255 (as CPython 3.10 "wordcode").
 * Jump arguments are absolute instruction indices (unit index, not bytes).
 * Semantics follow CPython 3.10's opcodes of the same name unless described
 * here; stack effects are written [before] -> [after], TOS last.
 *
 * Exceptions (differs from 3.10, closer to 3.11):
 *  - SETUP_FINALLY t / SETUP_WITH t push a block {handler t, stack depth}.
 *    POP_BLOCK pops it.  When an exception is raised in the frame, the VM
 *    pops blocks until one is found; if none, the frame exits with the
 *    exception.  Otherwise it truncates the value stack to the block's
 *    depth, pushes the previously handled exception (the value of
 *    sys.exception(), or None) and then the new exception instance, makes
 *    the new one the handled exception and jumps to the handler.
 *    So a handler starts with [..., prev_exc, exc].
 *  - POP_EXCEPT: [..., prev_exc] -> [...]; the handled exception becomes
 *    prev_exc again.
 *  - RERAISE: [..., exc] -> raise exc again (traceback kept).
 *  - CHECK_EXC_MATCH: [exc, type] -> [exc, bool]; TypeError if type is not
 *    an exception class or tuple of them ("catching classes that do not
 *    inherit from BaseException is not allowed").
 *  - CHECK_EG_MATCH (except*): [exc, type] -> [rest, match] where match is
 *    None when nothing matched (then rest is exc unchanged).
 *  - PREP_RERAISE_STAR: [orig, list_of_raised] -> [exc_or_None].
 *  - SETUP_WITH t: [mgr] -> [exit_bound, enter_result] and pushes a block
 *    at the depth below enter_result (so a handler sees [..., exit_bound,
 *    prev_exc, exc]).  WITH_EXCEPT_START: [exit, prev, exc] ->
 *    [exit, prev, exc, result of exit(type(exc), exc, exc.__traceback__)].
 *    BEFORE_WITH is not used.
 * Generators: the frame is heap-allocated; YIELD_VALUE suspends it.
 */
#ifndef PYCLAVE_VM_CODE_H
#define PYCLAVE_VM_CODE_H

#include "vm/object.h"

#define VM_OPCODES(X)                                                                      \
    X(NOP)              /* */                                                              \
    X(POP_TOP)          /* [a] -> [] */                                                    \
    X(ROT_TWO)          /* [a b] -> [b a] */                                               \
    X(ROT_THREE)        /* [a b c] -> [c a b] */                                           \
    X(ROT_FOUR)         /* [a b c d] -> [d a b c] */                                       \
    X(ROT_N)            /* arg n: TOS moves down to position n */                          \
    X(DUP_TOP)          /* [a] -> [a a] */                                                 \
    X(DUP_TOP_TWO)      /* [a b] -> [a b a b] */                                           \
    X(COPY)             /* arg i >= 1: push a copy of the i-th item (1 = TOS) */           \
    X(UNARY_POSITIVE)   X(UNARY_NEGATIVE) X(UNARY_NOT) X(UNARY_INVERT)                     \
    X(BINARY_OP)        /* arg: VM_OP_*, +16 for the in-place form. [a b] -> [a op b] */  \
    X(COMPARE_OP)       /* arg: VM_LT..VM_GE. [a b] -> [a op b] */                         \
    X(IS_OP)            /* arg 0 is, 1 is not -> bool */                                   \
    X(CONTAINS_OP)      /* arg 0 in, 1 not in: [a b] -> [a in b] */                        \
    X(BINARY_SUBSCR)    /* [o k] -> [o[k]] */                                              \
    X(STORE_SUBSCR)     /* [v o k] -> [] ; o[k] = v */                                     \
    X(DELETE_SUBSCR)    /* [o k] -> [] */                                                  \
    X(BUILD_SLICE)      /* arg 2 or 3 */                                                   \
    X(GET_ITER)         /* [o] -> [iter(o)] */                                             \
    X(FOR_ITER)         /* arg target: [it] -> [it, next] or pop it and jump when done */  \
    X(GET_YIELD_FROM_ITER)                                                                 \
    X(YIELD_VALUE)      /* [v] -> [sent]: suspends the generator with v */                 \
    X(YIELD_FROM)       /* [iter, sent] -> [] or [result]: 3.10 semantics */               \
    X(GEN_START)        /* arg kind: first instruction of a generator; pops initial None */\
    X(RETURN_VALUE)     /* [v] -> return v */                                              \
    X(LOAD_CONST)       /* arg: consts index */                                            \
    X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME)       /* arg: names index */                 \
    X(LOAD_GLOBAL) X(STORE_GLOBAL) X(DELETE_GLOBAL) /* arg: names index */                 \
    X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST)       /* arg: local index */                 \
    X(LOAD_DEREF) X(STORE_DEREF) X(DELETE_DEREF)    /* arg: cell index (cells then frees)*/\
    X(LOAD_CLOSURE)     /* arg: cell index; pushes the cell itself */                      \
    X(LOAD_CLASSDEREF)  /* class body: name in locals, else the cell */                    \
    X(LOAD_ATTR) X(STORE_ATTR) X(DELETE_ATTR)       /* arg: names index */                 \
    X(LOAD_METHOD)      /* arg: names index. [o] -> [meth, o] or [marker, bound] (an inert marker object, never NULL) */ \
    X(CALL_METHOD)      /* arg nargs: [meth|NULL, self|callable, args...] -> [result] */   \
    X(CALL_FUNCTION)    /* arg nargs: [f, args...] -> [f(*args)] */                        \
    X(CALL_FUNCTION_KW) /* arg nargs (incl. kw): [f, args..., kwnames tuple] */            \
    X(CALL_FUNCTION_EX) /* arg 1 if kwargs: [f, args tuple, (kwargs dict)] */              \
    X(MAKE_FUNCTION)    /* flags 1 defaults 2 kwdefaults 4 annotations 8 closure;   */     \
                        /* [defaults? kwdefaults? annotations? closure? code qualname] */  \
    X(LOAD_BUILD_CLASS)                                                                    \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET)       /* arg n */                            \
    X(BUILD_MAP)        /* arg n: [k1 v1 ... kn vn] -> [dict] */                           \
    X(BUILD_CONST_KEY_MAP) /* arg n: [v1..vn keys_tuple] -> [dict] */                      \
    X(BUILD_STRING)     /* arg n: concatenates n strs */                                   \
    X(LIST_APPEND) X(SET_ADD) X(MAP_ADD) /* arg i: container is i-th below (3.10) */       \
    X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) /* arg i (3.10) */           \
    X(LIST_TO_TUPLE)                                                                       \
    X(UNPACK_SEQUENCE)  /* arg n */                                                        \
    X(UNPACK_EX)        /* arg: before | after << 8 */                                     \
    X(FORMAT_VALUE)     /* arg: conversion (0 none,1 str,2 repr,3 ascii) | 4 if spec */    \
    X(JUMP_FORWARD) X(JUMP_ABSOLUTE)                /* arg target */                       \
    X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE)                                               \
    X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP)                                         \
    X(POP_JUMP_IF_NONE) X(POP_JUMP_IF_NOT_NONE)                                            \
    X(SETUP_FINALLY) X(SETUP_WITH) X(POP_BLOCK) X(POP_EXCEPT) X(RERAISE)                   \
    X(CHECK_EXC_MATCH) X(CHECK_EG_MATCH) X(PREP_RERAISE_STAR)                              \
    X(WITH_EXCEPT_START)                                                                   \
    X(RAISE_VARARGS)    /* arg 0 re-raise, 1 [exc], 2 [exc cause] */                       \
    X(LOAD_ASSERTION_ERROR)                                                                \
    X(IMPORT_NAME)      /* arg names idx: [level fromlist] -> [module] */                  \
    X(IMPORT_FROM)      /* arg names idx: [module] -> [module attr] */                     \
    X(IMPORT_STAR)      /* [module] -> [] */                                               \
    X(SETUP_ANNOTATIONS)                                                                   \
    X(PRINT_EXPR)       /* REPL: [v] -> []; prints repr, sets builtins._ */                \
    X(GET_LEN) X(MATCH_MAPPING) X(MATCH_SEQUENCE) X(MATCH_KEYS) X(MATCH_CLASS)            \
    X(COPY_DICT_WITHOUT_KEYS)                                                              \
    X(GET_AWAITABLE) X(GET_AITER) X(GET_ANEXT) X(END_ASYNC_FOR) X(BEFORE_ASYNC_WITH)      \
    X(SETUP_ASYNC_WITH)                                                                    \
    X(EXTENDED_ARG)

enum {
#define VM_OPC_ENUM(name) OP_##name,
    VM_OPCODES(VM_OPC_ENUM)
#undef VM_OPC_ENUM
    OP__COUNT
};
extern const char *const vm_opcode_names[OP__COUNT];

/* co_flags, CPython's values */
enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
};

/* Source position of one instruction (1-based lines, 0-based UTF-8 byte
 * columns as in CPython's co_positions; 0 lines = unknown). */
typedef struct {
    int32_t line, end_line, col, end_col;
} vm_pos;

typedef struct {
    Obj base;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals;     /* = len(varnames) */
    int stacksize;   /* max value-stack depth (verified) */
    int blockdepth;  /* max block-stack depth (verified) */
    int flags;       /* CO_* */
    int firstlineno;
    uint16_t *code;  /* instructions (NOSCAN block) */
    size_t ncode;    /* number of 16-bit units */
    /* Source positions, compact (vm_postab_*): runs of units that share one
     * position (NOSCAN block of npostab bytes).  pos_cache remembers where
     * the last lookup's run starts, so repeated and forward lookups (a
     * loop raising at one place, a traceback walk) do not rescan. */
    uint8_t *postab;
    size_t npostab;
    struct { size_t at, unit; int32_t prev_line; } pos_cache;
    Val consts, names, varnames, freevars, cellvars; /* tuples */
    Val filename, name, qualname; /* str */
    /* cell2arg: for each cellvar, the argument index it copies, or -1. */
    int *cell2arg;
    bool verified;
    /* Frame layout cached by vm_frame_new (ceval.c) at the first frame, 0
     * until then: total frame Vals (low 32 bits) and the index of the first
     * value-stack slot (high 32 bits).  Derived from nlocals, the cell and
     * free tuples, stacksize and blockdepth, which never change after the
     * code is built (code.replace copies it with the layout unchanged). */
    uint64_t frame_layout;
} CodeObj;

/* ---- position tables ----
 * A sequence of entries, one per run of consecutive units with the same
 * position: run length (LEB128, >= 1), then zigzag LEB128 of line minus the
 * previous entry's line (0 before the first), end_line - line, col, and
 * end_col - col.  Decoding is bounds-checked; a table is valid when its runs
 * cover exactly ncode units with every field in int32 range. */
typedef struct {
    cr_buf buf;
    vm_pos prev;    /* the last entry written (its line is the delta base) */
    vm_pos pending; /* the run being collected */
    size_t run;
} vm_postab_writer;
void vm_postab_init(vm_postab_writer *w);
/* Append units units at position p (merged with the run before if equal). */
void vm_postab_add(vm_postab_writer *w, vm_pos p, size_t units);
/* Flush; the table is w->buf (check w->buf.failed). */
void vm_postab_finish(vm_postab_writer *w);
bool vm_postab_valid(cr_span tab, size_t ncode);
/* Iteration over runs: start with a zeroed reader over tab. */
typedef struct {
    cr_span tab;
    size_t at;         /* byte offset of the next entry */
    size_t unit;       /* first unit of the next run */
    int32_t prev_line; /* line of the run before the next one */
} vm_postab_reader;
/* The next run: its units [*first, *first + *len) have position *p.  False
 * at the end or on a malformed entry. */
bool vm_postab_next(vm_postab_reader *r, size_t *first, size_t *len, vm_pos *p);

/* Verify code before it may run: every instruction known, arguments in
 * range (consts/names/locals/cells), jump targets inside the code and at
 * instruction starts, stack depth consistent on every path and within
 * stacksize, block depth within blockdepth.  Returns false with SystemError
 * or ValueError set ("invalid bytecode: ...") if it is not sound. */
bool vm_code_verify(CodeObj *co);

/* Contract details settled by the compiler/verifier (3.10 behaviour where the
 * text above is silent).  Helpers: vm/codeutil.h.
 *  - Jumps: JUMP_FORWARD and JUMP_ABSOLUTE both take absolute targets; the
 *    compiler uses JUMP_FORWARD for forward and JUMP_ABSOLUTE for backward
 *    jumps.  A target is the first unit of an instruction (its first
 *    EXTENDED_ARG prefix, if any); at most 3 prefixes per instruction.
 *  - Generators: a code object with CO_GENERATOR / CO_COROUTINE /
 *    CO_ASYNC_GENERATOR starts with the first sent value (None) on the stack
 *    (depth 1); its first instruction is GEN_START, which pops it.
 *    YIELD_VALUE / YIELD_FROM / GEN_START are rejected in other code.
 *  - Block depths: the verifier guarantees that, before every instruction
 *    except RETURN_VALUE, (stack depth - values it pops) >= the depth
 *    recorded by the innermost SETUP_* block, so unwinding to a handler only
 *    ever truncates the stack.  SETUP_FINALLY records the current depth;
 *    SETUP_WITH the depth after replacing mgr by exit; SETUP_ASYNC_WITH
 *    [exit, res] -> same, block below res, handler [exit, prev_exc, exc].
 *  - LIST_APPEND/SET_ADD/LIST_EXTEND/SET_UPDATE/DICT_UPDATE arg i >= 1:
 *    the container is PEEK(i) after popping the value; MAP_ADD pops 2 first;
 *    DICT_MERGE i: as DICT_UPDATE, and the called function is PEEK(i + 2)
 *    (for its error messages).  The verifier checks these depths.
 *  - CALL_FUNCTION_EX: the positional argument may be any iterable when the
 *    call is f(*x) (3.10: converted with tuple(), error "argument after *
 *    must be an iterable"); the kwargs value is always a fresh dict.
 *  - MAKE_FUNCTION flag 4 gets a dict of annotations.  Function code objects
 *    (def, lambda) always have co_consts[0]: the docstring if it is a str,
 *    else None; __doc__ = co_consts[0] if it is a str.
 *  - CHECK_EG_MATCH makes match the handled exception when it is not None
 *    (3.11).  MATCH_KEYS: [subject keys] -> [subject keys values_or_None
 *    bool]; MATCH_CLASS n: [subject cls names] -> [attrs_or_subject bool];
 *    COPY_DICT_WITHOUT_KEYS: [subject keys] -> [subject rest] (3.10).
 *  - cell2arg: NULL when no cell variable is an argument, else one int per
 *    cellvar (argument index or -1).
 *  - POP_EXCEPT / RERAISE may see any value if code is hand-made: the VM
 *    must type-check (the verifier tracks depths, not types).
 */

#endif
