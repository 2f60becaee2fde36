/* Private to the parser files (parser.c, parse_*.c). */
#ifndef PYCLAVE_COMPILER_PARSE_PRIV_H
#define PYCLAVE_COMPILER_PARSE_PRIV_H

#include "compiler/tokenizer.h"

/* Bound on the parser's C recursion (CPython: MAXSTACK, a MemoryError). */
enum { CP_MAX_DEPTH = 1200 };

typedef struct {
    cp_tokenizer tok;
    cp_token *toks;        /* tokens read so far */
    size_t ntoks, cap;
    size_t mark;           /* the current token */
    size_t fill;           /* tokens fetched (CPython's p->fill) */
    cr_span src;           /* the normalised source */
    cr_span err_src;       /* where error lines come from */
    cp_error *err;
    bool error;            /* an error was raised (err is filled) */
    bool invalid_pass;     /* second pass: look for CPython's invalid_* rules */
    bool fstring;          /* parsing an f-string expression */
    int depth;
    int mode;
    /* location of a known error token for the full-source check */
    int known_err_line;
    void *memo;            /* pass-2 memo table (parse_expr.c) */
    uintptr_t stack_base;  /* address of a local in cp_parse (stack guard) */
    size_t stack_budget;   /* bytes of C stack the parser may use */
    bool empty_input;
    bool skip_invalid_expression; /* expression_without_invalid */      /* the source was empty (CPython reports line 0) */
} cp_parser;

/* ---- temporary pointer vectors ---- */
typedef struct {
    void **items;
    size_t len, cap;
} cp_pvec;

bool cp_pvec_push(cp_parser *p, cp_pvec *v, void *x);
void *cp_pvec_get(const cp_pvec *v, size_t i);
bool cp_pvec_to_exprs(cp_parser *p, const cp_pvec *v, cp_expr_seq *out);
bool cp_pvec_to_stmts(cp_parser *p, const cp_pvec *v, cp_stmt_seq *out);

/* ---- tokens ---- */
cp_token *cp_tok_at(cp_parser *p, size_t i);
static inline cp_token *cp_cur(cp_parser *p) { return cp_tok_at(p, p->mark); }
static inline cp_token *cp_peek(cp_parser *p, size_t k) { return cp_tok_at(p, p->mark + k); }
cp_token *cp_last(cp_parser *p); /* the last consumed token */
bool cp_at(cp_parser *p, cp_tok_type t);
bool cp_at_kw(cp_parser *p, int kw);
bool cp_at_soft(cp_parser *p, const char *name);
cp_token *cp_expect(cp_parser *p, cp_tok_type t);
cp_token *cp_expect_kw(cp_parser *p, int kw);
/* Forced token (CPython's &&'x'): raises "expected 'x'" when absent. */
cp_token *cp_expect_forced(cp_parser *p, cp_tok_type t, const char *text);
cr_span cp_tok_text(cp_parser *p, const cp_token *t);
bool cp_name_ident(cp_parser *p, const cp_token *t, cp_ident *out);

/* ---- errors ---- */
/* All return NULL for convenience.  Columns are 0-based byte columns as in
 * AST nodes (CPython's RAISE_ERROR_KNOWN_LOCATION adds 1); end_col may be
 * -1 (CPython's -1 -> 0 after adding 1). */
void *cp_raise_at(cp_parser *p, cp_error_kind kind, cr_span msg, int lineno, int col, int end_lineno,
                  int end_col);
void *cp_raise_node(cp_parser *p, const cp_expr *e, cr_span msg);
void *cp_raise_range(cp_parser *p, const cp_expr *a, const cp_expr *b, cr_span msg);
void *cp_raise_tok(cp_parser *p, const cp_token *t, cr_span msg);
/* CPython's RAISE_SYNTAX_ERROR: at the last token fetched. */
void *cp_raise_last(cp_parser *p, cp_error_kind kind, cr_span msg);
void *cp_nomem(cp_parser *p);
bool cp_enter(cp_parser *p);
static inline void cp_leave(cp_parser *p) { p->depth--; }

/* ---- node helpers ---- */
cp_expr *cp_mk_expr(cp_parser *p, cp_expr_kind k, const cp_token *start);
cp_expr *cp_mk_expr_from(cp_parser *p, cp_expr_kind k, const cp_expr *start);
cp_stmt *cp_mk_stmt(cp_parser *p, cp_stmt_kind k, const cp_token *start);
void cp_end_at_last(cp_parser *p, cp_expr *e);
const char *cp_expr_name(const cp_expr *e);

/* ---- expressions (parse_expr.c) ---- */
cp_expr *cp_star_expressions(cp_parser *p);
cp_expr *cp_star_expression(cp_parser *p);
cp_expr *cp_expression(cp_parser *p);
cp_expr *cp_named_expression(cp_parser *p);
cp_expr *cp_star_named_expression(cp_parser *p);
cp_expr *cp_disjunction(cp_parser *p);
cp_expr *cp_bitwise_or(cp_parser *p);
cp_expr *cp_yield_expr(cp_parser *p);
cp_expr *cp_primary(cp_parser *p);
cp_expr *cp_star_targets(cp_parser *p);
cp_expr *cp_star_target(cp_parser *p);
cp_expr *cp_single_target(cp_parser *p);
bool cp_call_args(cp_parser *p, const cp_token *open, cp_expr_seq *args, cp_keyword_seq *kws, bool genexp_ok);
cp_arguments *cp_parameters(cp_parser *p, bool lambda, cp_tok_type closer);
bool cp_for_if_clauses(cp_parser *p, cp_comprehension_seq *out);
/* Turn an expression into an assignment/del target (in place).  Returns
 * the first invalid sub-expression, or NULL when e is a valid target. */
const cp_expr *cp_invalid_target(cp_expr *e, cp_expr_context ctx, bool set);
/* CPython's _PyPegen_get_invalid_target, for error messages. */
enum { CP_TARGETS_STAR, CP_TARGETS_DEL, CP_TARGETS_FOR };
const cp_expr *cp_find_invalid_target(const cp_expr *e, int type);
cp_expr *cp_strings(cp_parser *p);
cp_expr *cp_number(cp_parser *p, const cp_token *t);

/* ---- statements (parse_stmt.c) ---- */
bool cp_statements(cp_parser *p, cp_pvec *out, bool until_dedent);
bool cp_statement(cp_parser *p, cp_pvec *out);
bool cp_simple_stmts(cp_parser *p, cp_pvec *out);

/* ---- strings (parse_string.c) ---- */
cp_expr *cp_concat_strings(cp_parser *p, size_t first, size_t last);
/* Parse an f-string expression text "(...)" (for parse_string.c). */
cp_expr *cp_parse_fstring_expr(cp_parser *parent, cr_span text, int lineno, int col);

#endif
