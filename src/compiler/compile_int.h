/* Internal interface between the compile_*.c files (compiler layer). */
#ifndef PYCLAVE_COMPILER_COMPILE_INT_H
#define PYCLAVE_COMPILER_COMPILE_INT_H

#include "compiler/compile.h"
#include "compiler/symtable.h"
#include "vm/codeutil.h"

#define CP_MAXBLOCKS 20            /* CPython's CO_MAXBLOCKS */
#define CP_STACK_USE_GUIDELINE 30  /* CPython's STACK_USE_GUIDELINE */

/* Pseudo opcode: an unconditional jump, JUMP_FORWARD or JUMP_ABSOLUTE
 * depending on the direction, decided by the assembler. */
#define CP_OP_JUMP (OP__COUNT + 1)

typedef enum {
    CP_SCOPE_MODULE = 1, CP_SCOPE_CLASS, CP_SCOPE_FUNCTION, CP_SCOPE_ASYNC_FUNCTION, CP_SCOPE_LAMBDA,
    CP_SCOPE_COMPREHENSION
} cp_scope_type;

typedef enum {
    FB_WHILE_LOOP = 1, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_GROUP_HANDLER, FB_ASYNC_WITH, FB_ASYNC_COMPREHENSION
} cp_fblock_type;

typedef struct {
    cp_fblock_type type;
    int block, exit;        /* labels: loop start (continue) and exit (break) */
    const cp_stmt_seq *finalbody; /* FB_FINALLY_TRY */
    Val name;               /* FB_HANDLER_CLEANUP: the "as" name or NULL */
    vm_pos pos;             /* FB_WITH: position of the with statement */
} cp_fblock;

/* One code object being compiled. */
typedef struct cp_unit cp_unit;
struct cp_unit {
    cp_unit *parent;
    cp_ste *ste;
    cp_scope_type scope_type;
    Val name, qualname, private_name;
    Val consts, const_index;    /* list; dict key -> index */
    Val names, name_index;      /* list; dict str -> index */
    Val varnames, var_index;    /* list; dict str -> index */
    Val cellvars, freevars;     /* dicts str -> index (free: from 0, add ncells) */
    size_t ncells;
    cr_vals ins;                /* CP_INS_STRIDE Vals per instruction */
    size_t nins;
    cr_vals labels;             /* label -> instruction index, or -1 */
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    vm_pos pos;                 /* position given to emitted instructions */
    cp_fblock fb[CP_MAXBLOCKS];
    int nfblocks;
};
#define CP_INS_STRIDE 7 /* op, arg, label, line, end_line, col, end_col */

typedef struct {
    cp_symtable *st;
    cp_unit *u;
    Val filename;
    int mode;
    int flags;
    int nestlevel;
    bool interactive;
    cr_span source;          /* the source text (may be empty) */
    int optimize;            /* 0, 1 (no asserts, __debug__ False), 2 (no docstrings) */
    Val const_cache;         /* dict key -> constant: equal constants of all code objects are one object */
    bool future_annotations; /* from __future__ import annotations */
    int future_lineno;       /* line of the last leading future import */
    cp_cerror err;
} cp_compiler;

#define TRY(x) do { if (!(x)) return false; } while (0)

/* ---- compile.c: units, emission, names ---- */
bool cp_serror(cp_compiler *c, const char *msg);
bool cp_serror_name(cp_compiler *c, const char *fmt, Val name);
/* A SyntaxWarning at the current line, printed to sys.stderr as CPython's
 * warnings module shows it.  false only on a hard error. */
bool cp_warn(cp_compiler *c, const char *msg);
bool cp_emit(cp_compiler *c, int op, int64_t arg);
bool cp_emit_jump(cp_compiler *c, int op, int label);
int cp_new_label(cp_compiler *c); /* -1 on error (exception set) */
bool cp_bind(cp_compiler *c, int label);
bool cp_load_const(cp_compiler *c, Val v);
int64_t cp_add_const(cp_compiler *c, Val v);
int64_t cp_add_name(cp_compiler *c, Val name); /* name as given (no mangling) */
bool cp_emit_name(cp_compiler *c, int op, Val name); /* mangled */
bool cp_nameop(cp_compiler *c, Val name, cp_expr_context ctx);
bool cp_nameop_cstr(cp_compiler *c, const char *name, cp_expr_context ctx);
/* "cannot assign to __debug__" / "cannot delete __debug__": true (error set). */
bool cp_forbidden_name(cp_compiler *c, cr_span name, cp_expr_context ctx);
/* The same for every parameter name. */
bool cp_check_debug_args(cp_compiler *c, cp_arguments *a);
static inline vm_pos cp_pos_of(int lineno, int col, int end_lineno, int end_col)
{
    vm_pos p = {lineno, end_lineno, col, end_col};
    return p;
}
#define CP_SET_LOC(c, node) ((c)->u->pos = cp_pos_of((node)->lineno, (node)->col_offset, (node)->end_lineno, (node)->end_col_offset))

bool cp_enter_scope(cp_compiler *c, Val name, cp_scope_type type, const void *key, int lineno);
void cp_exit_scope(cp_compiler *c);
/* Assemble the current unit into a verified code object. */
CodeObj *cp_assemble(cp_compiler *c);
/* Push the function made from co (closure, MAKE_FUNCTION); flags are the
 * MAKE_FUNCTION flags for defaults/kwdefaults/annotations already pushed. */
bool cp_make_closure(cp_compiler *c, CodeObj *co, int flags, Val qualname);

bool cp_push_fblock(cp_compiler *c, cp_fblock_type t, int block, int exit);
cp_fblock *cp_top_fblock(cp_compiler *c);
void cp_pop_fblock(cp_compiler *c);
cp_fblock *cp_fblock_at(cp_compiler *c, int i);

/* ---- compile_expr.c ---- */
bool cp_visit_expr(cp_compiler *c, cp_expr *e);
bool cp_visit_exprs(cp_compiler *c, cp_expr_seq seq);
/* An iterated expression (for-loop iterable, "in" operand): constant list
 * and set displays become a constant tuple / frozenset. */
bool cp_visit_iterable(cp_compiler *c, cp_expr *e);
bool cp_jump_if(cp_compiler *c, cp_expr *e, int label, bool cond);
/* The value of a constant node (folding -x and tuples); NULL with no
 * exception when e is not constant. */
Val cp_const_value(cp_compiler *c, cp_expr *e);
Val cp_constant_val(const cp_constant *k);
bool cp_call_helper(cp_compiler *c, int n, cp_expr_seq args, cp_keyword_seq keywords);
bool cp_is_docstring(cp_stmt_seq body);
/* GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM */
bool cp_await(cp_compiler *c, int where);
int cp_binop_arg(cp_operator op); /* VM_OP_* */

/* ---- compile_stmt.c ---- */
bool cp_visit_stmt(cp_compiler *c, cp_stmt *s);
bool cp_visit_stmts(cp_compiler *c, cp_stmt_seq seq);
bool cp_body(cp_compiler *c, cp_stmt_seq body); /* module / class body with docstring */
bool cp_find_ann(cp_stmt_seq body);
bool cp_function_like(cp_compiler *c, cp_arguments *args, cp_expr *returns, bool lambda, int *flags);

/* ---- compile_unparse.c ---- */
/* The source text of an expression, as CPython's ast_unparse (for
 * postponed annotations).  NULL with an exception set on error. */
Val cp_unparse(cp_expr *e);
/* Push an annotation: its value, or its text under the future import. */
bool cp_visit_annotation(cp_compiler *c, cp_expr *e);

/* ---- compile_match.c ---- */
bool cp_match(cp_compiler *c, cp_stmt *s);

#endif
