/* Expressions, targets, call arguments, parameters and comprehensions,
 * following CPython 3.11's grammar rules of the same names. */
#include "compiler/parse_priv.h"

static cp_expr *atom(cp_parser *p);
static cp_expr *lambdef(cp_parser *p);
static bool at_for(cp_parser *p);
static bool display_items(cp_parser *p, cp_pvec *elts, cp_tok_type closer);
static void invalid_comp_target(cp_parser *p);
static cp_expr *comparison(cp_parser *p);

/* ------------------------------------------------------------------ */
/* small helpers                                                       */

static cp_expr *seq_node(cp_parser *p, cp_expr_kind k, const cp_token *start, const cp_pvec *elts,
                         cp_expr_context ctx)
{
    cp_expr *e = cp_mk_expr(p, k, start);
    if (!e) return NULL;
    cp_expr_seq s;
    if (!cp_pvec_to_exprs(p, elts, &s)) return NULL;
    if (k == CP_EXPR_Tuple) {
        e->v.Tuple.elts = s;
        e->v.Tuple.ctx = ctx;
    } else if (k == CP_EXPR_List) {
        e->v.List.elts = s;
        e->v.List.ctx = ctx;
    } else {
        e->v.Set.elts = s;
    }
    return e;
}

static cp_expr *name_expr(cp_parser *p, const cp_token *t, cp_expr_context ctx)
{
    cp_expr *e = cp_new_expr(CP_EXPR_Name, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    if (!e) return cp_nomem(p);
    if (!cp_name_ident(p, t, &e->v.Name.id)) return NULL;
    e->v.Name.ctx = ctx;
    return e;
}

/* A NAME token that is not a keyword. */
static cp_token *expect_name(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (p->error || t->type != CP_TOK_NAME || t->kw != 0) return NULL;
    p->mark++;
    return t;
}

static bool is_soft_kw(cp_parser *p, const cp_token *t)
{
    if (t->type != CP_TOK_NAME || t->kw != 0) return false;
    cr_span s = cp_tok_text(p, t);
    return cr_span_eq(s, cr_span_cstr("match")) || cr_span_eq(s, cr_span_cstr("case")) ||
           cr_span_eq(s, cr_span_cstr("_"));
}

/* Run a rule with the invalid_* rules switched off (CPython's
 * *_without_invalid rules). */
static cp_expr *without_invalid(cp_parser *p, cp_expr *(*rule)(cp_parser *))
{
    bool saved = p->invalid_pass;
    p->invalid_pass = false;
    cp_expr *e = rule(p);
    p->invalid_pass = saved;
    return e;
}

/* ------------------------------------------------------------------ */
/* star_expressions / named expressions                                */

cp_expr *cp_star_expressions(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = cp_star_expression(p);
    if (!a) return NULL;
    if (!cp_at(p, CP_TOK_COMMA)) return a;
    cp_pvec elts = {0};
    if (!cp_pvec_push(p, &elts, a)) return NULL;
    while (cp_expect(p, CP_TOK_COMMA)) {
        size_t m = p->mark;
        cp_expr *b = cp_star_expression(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (!cp_pvec_push(p, &elts, b)) return NULL;
    }
    return seq_node(p, CP_EXPR_Tuple, start, &elts, CP_Load);
}

cp_expr *cp_star_expression(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (cp_expect(p, CP_TOK_STAR)) {
        cp_expr *v = cp_bitwise_or(p);
        if (!v) {
            p->mark--;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_Starred, start);
        if (!e) return NULL;
        e->v.Starred.value = v;
        e->v.Starred.ctx = CP_Load;
        return e;
    }
    return cp_expression(p);
}

cp_expr *cp_star_named_expression(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (cp_expect(p, CP_TOK_STAR)) {
        cp_expr *v = cp_bitwise_or(p);
        if (!v) {
            p->mark--;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_Starred, start);
        if (!e) return NULL;
        e->v.Starred.value = v;
        e->v.Starred.ctx = CP_Load;
        return e;
    }
    return cp_named_expression(p);
}

static const char *const NO_TARGET_NAMES[] = {"True", "None", "False"};

/* CPython's invalid_named_expression. */
static void invalid_named_expression_at(cp_parser *p);

/* The error pass re-parses the same tokens at every nesting level; bounding
 * how deeply these re-parses nest keeps hostile input like "[[[[...def"
 * linear instead of exponential (deeper errors report plain
 * "invalid syntax"). */
static void invalid_named_expression(cp_parser *p)
{
    static int depth;
    if (depth >= 3) return;
    depth++;
    invalid_named_expression_at(p);
    depth--;
}

static void invalid_named_expression_at(cp_parser *p)
{
    size_t m = p->mark;
    cp_expr *a = cp_expression(p);
    if (a && cp_at(p, CP_TOK_COLONEQUAL)) {
        p->mark++;
        if (cp_expression(p)) {
            cp_raise_node(p, a, cp_fmt("cannot use assignment expressions with %s", cp_expr_name(a)));
            return;
        }
    }
    if (p->error) return;
    p->mark = m;
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_NAME && t->kw == 0 && cp_peek(p, 1)->type == CP_TOK_EQUAL) {
        cp_expr *n = name_expr(p, t, CP_Load);
        p->mark += 2;
        cp_expr *b = n ? cp_bitwise_or(p) : NULL;
        if (b && !cp_at(p, CP_TOK_EQUAL) && !cp_at(p, CP_TOK_COLONEQUAL)) {
            cp_raise_range(p, n, b, cr_span_cstr("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
            return;
        }
        if (p->error) return;
    }
    p->mark = m;
    /* !(list|tuple|genexp|'True'|'None'|'False') */
    if (t->type == CP_TOK_LSQB || t->type == CP_TOK_LPAR) {
        cp_expr *x = atom(p);
        bool at_open = x && x->lineno == t->lineno && x->col_offset == t->col_offset;
        bool skip = at_open && (x->kind == CP_EXPR_List || x->kind == CP_EXPR_Tuple || x->kind == CP_EXPR_GeneratorExp);
        if (p->error) return;
        p->mark = m;
        if (skip) return;
    }
    if (t->type == CP_TOK_NAME && t->kw != 0) {
        cr_span s = cp_tok_text(p, t);
        for (size_t i = 0; i < 3; i++)
            if (cr_span_eq(s, cr_span_cstr(NO_TARGET_NAMES[i]))) return;
    }
    a = cp_bitwise_or(p);
    if (a && cp_expect(p, CP_TOK_EQUAL)) {
        cp_expr *b = cp_bitwise_or(p);
        if (b && !cp_at(p, CP_TOK_EQUAL) && !cp_at(p, CP_TOK_COLONEQUAL)) {
            cp_raise_node(p, a, cp_fmt("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                       cp_expr_name(a)));
            return;
        }
    }
    p->mark = m;
}

static cp_expr *assignment_expression(cp_parser *p, bool *cut)
{
    cp_token *t = cp_cur(p);
    *cut = false;
    if (t->type != CP_TOK_NAME || t->kw != 0 || cp_peek(p, 1)->type != CP_TOK_COLONEQUAL) return NULL;
    size_t m = p->mark;
    p->mark += 2;
    *cut = true;
    cp_expr *v = cp_expression(p);
    if (!v) {
        p->mark = m;
        return NULL;
    }
    cp_expr *target = name_expr(p, t, CP_Store);
    cp_expr *e = target ? cp_mk_expr(p, CP_EXPR_NamedExpr, t) : NULL;
    if (!e) return NULL;
    e->v.NamedExpr.target = target;
    e->v.NamedExpr.value = v;
    return e;
}

cp_expr *cp_named_expression(cp_parser *p)
{
    bool cut;
    size_t m = p->mark;
    cp_expr *e = assignment_expression(p, &cut);
    if (e || p->error) return e;
    if (cut) return NULL;
    if (p->invalid_pass) {
        invalid_named_expression(p);
        if (p->error) return NULL;
        p->mark = m;
    }
    e = cp_expression(p);
    if (e && cp_at(p, CP_TOK_COLONEQUAL)) {
        p->mark = m;
        return NULL;
    }
    return e;
}

/* ------------------------------------------------------------------ */
/* expression                                                          */

static bool is_legacy_name(cp_parser *p, const cp_expr *a)
{
    if (a->kind != CP_EXPR_Name) return false;
    cp_ident id = a->v.Name.id;
    return cr_span_eq(id, cr_span_cstr("print")) || cr_span_eq(id, cr_span_cstr("exec"));
}

static cp_expr *expression_plain(cp_parser *p);

/* CPython's invalid_expression and invalid_legacy_expression. */
static void invalid_expression(cp_parser *p)
{
    size_t m = p->mark;
    cp_token *t0 = cp_cur(p);
    /* like CPython, look at the second token only after a NAME (keywords
     * are other tokens there) */
    cp_token *t1 = t0->type == CP_TOK_NAME && t0->kw == 0 ? cp_peek(p, 1) : t0;
    bool skip = (t0->type == CP_TOK_NAME && t0->kw == 0 && t1->type == CP_TOK_STRING) || is_soft_kw(p, t0);
    if (!skip) {
        cp_expr *a = cp_disjunction(p);
        if (a) {
            cp_expr *b = without_invalid(p, expression_plain);
            if (b && !is_legacy_name(p, a) && cp_tok_at(p, p->mark - 1)->level != 0) {
                cp_raise_range(p, a, b, cr_span_cstr("invalid syntax. Perhaps you forgot a comma?"));
                return;
            }
        }
        if (p->error) return;
        p->mark = m;
    }
    cp_expr *a = cp_disjunction(p);
    if (a && cp_expect_kw(p, CP_KW_if)) {
        cp_expr *b = cp_disjunction(p);
        if (b && !cp_at_kw(p, CP_KW_else) && !cp_at(p, CP_TOK_COLON)) {
            cp_raise_range(p, a, b, cr_span_cstr("expected 'else' after 'if' expression"));
            return;
        }
    }
    if (p->error) return;
    p->mark = m;
    if (t0->type == CP_TOK_NAME && t0->kw == 0 && t1->type != CP_TOK_LPAR) {
        /* invalid_legacy_expression: a=NAME !'(' b=star_expressions, then
         * the check of the name */
        cp_expr *n = name_expr(p, t0, CP_Load);
        p->mark++;
        cp_expr *b = n ? cp_star_expressions(p) : NULL;
        if (b && is_legacy_name(p, n)) {
            cp_raise_range(p, n, b, cp_fmt("Missing parentheses in call to '%S'. Did you mean %S(...)?",
                                            n->v.Name.id, n->v.Name.id));
            return;
        }
    }
    if (p->error) return;
    p->mark = m;
}

static cp_expr *expression_plain(cp_parser *p)
{
    if (!cp_enter(p)) return NULL;
    cp_token *start = cp_cur(p);
    cp_expr *r = NULL;
    if (p->invalid_pass) {
        invalid_expression(p);
        if (p->error) goto out;
    }
    if (cp_at_kw(p, CP_KW_lambda)) {
        r = lambdef(p);
        goto out;
    }
    r = cp_disjunction(p);
    if (r && cp_at_kw(p, CP_KW_if)) {
        size_t m = p->mark;
        p->mark++;
        cp_expr *b = cp_disjunction(p);
        if (b && cp_expect_kw(p, CP_KW_else)) {
            cp_expr *c = cp_expression(p);
            if (c) {
                cp_expr *e = cp_mk_expr(p, CP_EXPR_IfExp, start);
                if (e) {
                    e->v.IfExp.test = b;
                    e->v.IfExp.body = r;
                    e->v.IfExp.orelse = c;
                }
                r = e;
                goto out;
            }
        }
        if (p->error) r = NULL;
        p->mark = m;
    }
out:
    cp_leave(p);
    return p->error ? NULL : r;
}

cp_expr *cp_expression(cp_parser *p) { return expression_plain(p); }

cp_expr *cp_yield_expr(cp_parser *p)
{
    cp_token *start = cp_expect_kw(p, CP_KW_yield);
    if (!start) return NULL;
    if (cp_expect_kw(p, CP_KW_from)) {
        cp_expr *v = cp_expression(p);
        if (!v) {
            p->mark -= 2;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_YieldFrom, start);
        if (e) e->v.YieldFrom.value = v;
        return e;
    }
    size_t m = p->mark;
    cp_expr *v = cp_star_expressions(p);
    if (!v) {
        if (p->error) return NULL;
        p->mark = m;
    }
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Yield, start);
    if (e) e->v.Yield.value = v;
    return e;
}

/* ------------------------------------------------------------------ */
/* boolean operators                                                   */

static cp_expr *boolop_chain(cp_parser *p, int kw, cp_boolop op, cp_expr *(*sub)(cp_parser *))
{
    cp_token *start = cp_cur(p);
    cp_expr *a = sub(p);
    if (!a || !cp_at_kw(p, kw)) return a;
    cp_pvec vals = {0};
    if (!cp_pvec_push(p, &vals, a)) return NULL;
    while (cp_at_kw(p, kw)) {
        size_t m = p->mark;
        p->mark++;
        cp_expr *b = sub(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (!cp_pvec_push(p, &vals, b)) return NULL;
    }
    if (vals.len == 1) return a;
    cp_expr *e = cp_mk_expr(p, CP_EXPR_BoolOp, start);
    if (!e) return NULL;
    e->v.BoolOp.op = op;
    if (!cp_pvec_to_exprs(p, &vals, &e->v.BoolOp.values)) return NULL;
    return e;
}

static cp_expr *inversion(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (cp_at_kw(p, CP_KW_not)) {
        if (!cp_enter(p)) return NULL;
        p->mark++;
        cp_expr *v = inversion(p);
        cp_leave(p);
        if (!v) {
            if (!p->error) p->mark--;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_UnaryOp, start);
        if (!e) return NULL;
        e->v.UnaryOp.op = CP_Not;
        e->v.UnaryOp.operand = v;
        return e;
    }
    return comparison(p);
}

static cp_expr *conjunction(cp_parser *p) { return boolop_chain(p, CP_KW_and, CP_And, inversion); }

/* Alternatives re-parse the same text (the display rules, and in pass 2
 * the invalid_* rules at each level): memoise disjunction and bitwise_or
 * by position, as CPython does, so that nesting cannot make it
 * exponential.  The table is cleared at the start of each pass. */
typedef struct {
    size_t mark, end;
    cp_expr *result;
    int rule; /* 0 = empty slot */
} memo_entry;

enum { MEMO_SLOTS = 1024 };

static cp_expr *memoised(cp_parser *p, int rule, cp_expr *(*fn)(cp_parser *))
{
    rule = rule * 2 + (p->invalid_pass ? 1 : 0);
    if (!p->memo) {
        p->memo = cr_alloc_array(MEMO_SLOTS, sizeof(memo_entry), CR_SCAN);
        if (!p->memo) return cp_nomem(p);
    }
    memo_entry *tab = (memo_entry *)p->memo;
    size_t slot = (p->mark * 4 + (size_t)rule) % MEMO_SLOTS;
    if (slot >= MEMO_SLOTS) cr_panic_bounds(); /* the table has MEMO_SLOTS entries */
    memo_entry *me = &tab[slot]; /* boundary: parser-internal table, index bounded by its length */
    if (me->rule == rule && me->mark == p->mark) {
        if (me->result) p->mark = me->end;
        return me->result;
    }
    size_t m = p->mark;
    cp_expr *r = fn(p);
    if (p->error) return NULL;
    me = &tab[slot]; /* boundary: parser-internal table, index bounded by its length */
    me->mark = m;
    me->end = p->mark;
    me->result = r;
    me->rule = rule;
    return r;
}

static cp_expr *disjunction_raw(cp_parser *p) { return boolop_chain(p, CP_KW_or, CP_Or, conjunction); }
cp_expr *cp_disjunction(cp_parser *p) { return memoised(p, 1, disjunction_raw); }

/* ------------------------------------------------------------------ */
/* comparison and binary operators                                     */

static int compare_op(cp_parser *p, size_t *ntok)
{
    cp_token *t = cp_cur(p);
    *ntok = 1;
    switch (t->type) {
    case CP_TOK_EQEQUAL: return CP_Eq;
    case CP_TOK_NOTEQUAL:
        /* "<>" is only valid with barry_as_FLUFL */
        if (cr_span_eq(cp_tok_text(p, t), cr_span_cstr("<>"))) return 0;
        return CP_NotEq;
    case CP_TOK_LESSEQUAL: return CP_LtE;
    case CP_TOK_LESS: return CP_Lt;
    case CP_TOK_GREATEREQUAL: return CP_GtE;
    case CP_TOK_GREATER: return CP_Gt;
    case CP_TOK_NAME:
        if (t->kw == CP_KW_in) return CP_In;
        if (t->kw == CP_KW_not && cp_peek(p, 1)->type == CP_TOK_NAME && cp_peek(p, 1)->kw == CP_KW_in) {
            *ntok = 2;
            return CP_NotIn;
        }
        if (t->kw == CP_KW_is) {
            if (cp_peek(p, 1)->type == CP_TOK_NAME && cp_peek(p, 1)->kw == CP_KW_not) {
                *ntok = 2;
                return CP_IsNot;
            }
            return CP_Is;
        }
        return 0;
    default: return 0;
    }
}

static cp_expr *comparison(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = cp_bitwise_or(p);
    if (!a) return NULL;
    cp_pvec ops = {0}, cmps = {0};
    for (;;) {
        size_t n;
        int op = compare_op(p, &n);
        if (!op) break;
        size_t m = p->mark;
        p->mark += n;
        cp_expr *b = cp_bitwise_or(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        /* store the operator as a small pointer-sized number */
        if (!cp_pvec_push(p, &ops, (void *)(uintptr_t)op) || !cp_pvec_push(p, &cmps, b)) return NULL; /* boundary: parser-internal table, index bounded by its length */
    }
    if (cmps.len == 0) return a;
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Compare, start);
    if (!e) return NULL;
    e->v.Compare.left = a;
    if (!cp_cmpop_seq_new(&e->v.Compare.ops, ops.len)) return cp_nomem(p);
    for (size_t i = 0; i < ops.len; i++)
        cp_cmpop_seq_set(e->v.Compare.ops, i, (cp_cmpop)(uintptr_t)cp_pvec_get(&ops, i));
    if (!cp_pvec_to_exprs(p, &cmps, &e->v.Compare.comparators)) return NULL;
    return e;
}

typedef struct {
    cp_tok_type tok;
    cp_operator op;
} binop_map;

static const binop_map OR_OPS[] = {{CP_TOK_VBAR, CP_BitOr}};
static const binop_map XOR_OPS[] = {{CP_TOK_CIRCUMFLEX, CP_BitXor}};
static const binop_map AND_OPS[] = {{CP_TOK_AMPER, CP_BitAnd}};
static const binop_map SHIFT_OPS[] = {{CP_TOK_LEFTSHIFT, CP_LShift}, {CP_TOK_RIGHTSHIFT, CP_RShift}};
static const binop_map SUM_OPS[] = {{CP_TOK_PLUS, CP_Add}, {CP_TOK_MINUS, CP_Sub}};
static const binop_map TERM_OPS[] = {{CP_TOK_STAR, CP_Mult},
                                     {CP_TOK_SLASH, CP_Div},
                                     {CP_TOK_DOUBLESLASH, CP_FloorDiv},
                                     {CP_TOK_PERCENT, CP_Mod},
                                     {CP_TOK_AT, CP_MatMult}};

static cp_expr *factor(cp_parser *p);
static cp_expr *term(cp_parser *p);
static cp_expr *sum(cp_parser *p);
static cp_expr *shift_expr(cp_parser *p);
static cp_expr *bitwise_and(cp_parser *p);
static cp_expr *bitwise_xor(cp_parser *p);

/* Left-associative binary operator levels. */
static cp_expr *binary_level(cp_parser *p, const binop_map *ops, size_t nops, cp_expr *(*sub)(cp_parser *))
{
    cp_token *start = cp_cur(p);
    cp_expr *a = sub(p);
    if (!a) return NULL;
    for (;;) {
        cp_tok_type tt = cp_cur(p)->type;
        int op = 0;
        for (size_t i = 0; i < nops; i++)
            if (ops[i].tok == tt) op = (int)ops[i].op; /* boundary: parser-internal table, index bounded by its length */
        if (!op) return a;
        size_t m = p->mark;
        p->mark++;
        cp_expr *b = sub(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            return a;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_BinOp, start);
        if (!e) return NULL;
        e->v.BinOp.left = a;
        e->v.BinOp.op = (cp_operator)op;
        e->v.BinOp.right = b;
        a = e;
    }
}

static cp_expr *bitwise_or_raw(cp_parser *p) { return binary_level(p, OR_OPS, 1, bitwise_xor); }
cp_expr *cp_bitwise_or(cp_parser *p) { return memoised(p, 2, bitwise_or_raw); }
static cp_expr *bitwise_xor(cp_parser *p) { return binary_level(p, XOR_OPS, 1, bitwise_and); }
static cp_expr *bitwise_and(cp_parser *p) { return binary_level(p, AND_OPS, 1, shift_expr); }
static cp_expr *shift_expr(cp_parser *p) { return binary_level(p, SHIFT_OPS, 2, sum); }
static cp_expr *sum(cp_parser *p) { return binary_level(p, SUM_OPS, 2, term); }
static cp_expr *term(cp_parser *p) { return binary_level(p, TERM_OPS, 5, factor); }

static cp_expr *power(cp_parser *p);

static cp_expr *factor(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_unaryop op = 0;
    if (start->type == CP_TOK_PLUS) op = CP_UAdd;
    else if (start->type == CP_TOK_MINUS) op = CP_USub;
    else if (start->type == CP_TOK_TILDE) op = CP_Invert;
    if (!op) return power(p);
    if (!cp_enter(p)) return NULL;
    p->mark++;
    cp_expr *v = factor(p);
    cp_leave(p);
    if (!v) {
        if (!p->error) p->mark--;
        return NULL;
    }
    cp_expr *e = cp_mk_expr(p, CP_EXPR_UnaryOp, start);
    if (!e) return NULL;
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    return e;
}

static cp_expr *await_primary(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (cp_at_kw(p, CP_KW_await)) {
        p->mark++;
        cp_expr *v = cp_primary(p);
        if (!v) {
            if (!p->error) p->mark--;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_Await, start);
        if (e) e->v.Await.value = v;
        return e;
    }
    return cp_primary(p);
}

static cp_expr *power(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = await_primary(p);
    if (!a || !cp_at(p, CP_TOK_DOUBLESTAR)) return a;
    size_t m = p->mark;
    p->mark++;
    if (!cp_enter(p)) return NULL;
    cp_expr *b = factor(p);
    cp_leave(p);
    if (!b) {
        if (p->error) return NULL;
        p->mark = m;
        return a;
    }
    cp_expr *e = cp_mk_expr(p, CP_EXPR_BinOp, start);
    if (!e) return NULL;
    e->v.BinOp.left = a;
    e->v.BinOp.op = CP_Pow;
    e->v.BinOp.right = b;
    return e;
}

/* ------------------------------------------------------------------ */
/* primary: atom followed by trailers                                  */

static cp_expr *slices(cp_parser *p);
static const cp_expr *last_comp_item(cp_comprehension_seq gens)
{
    cp_comprehension *c = cp_comprehension_seq_get(gens, gens.len - 1);
    if (c->ifs.len) return cp_expr_seq_get(c->ifs, c->ifs.len - 1);
    return c->iter;
}

cp_expr *cp_primary(cp_parser *p)
{
    if (!cp_enter(p)) return NULL;
    cp_token *start = cp_cur(p);
    cp_expr *a = atom(p);
    while (a) {
        cp_token *t = cp_cur(p);
        if (t->type == CP_TOK_DOT) {
            cp_token *n = cp_peek(p, 1);
            if (n->type != CP_TOK_NAME || n->kw != 0) break;
            p->mark += 2;
            cp_expr *e = cp_mk_expr(p, CP_EXPR_Attribute, start);
            if (!e || !cp_name_ident(p, n, &e->v.Attribute.attr)) { a = NULL; break; }
            e->v.Attribute.value = a;
            e->v.Attribute.ctx = CP_Load;
            a = e;
        } else if (t->type == CP_TOK_LPAR) {
            size_t m = p->mark;
            p->mark++;
            cp_expr_seq args = {0};
            cp_keyword_seq kws = {0};
            if (!cp_call_args(p, t, &args, &kws, true)) {
                if (!p->error) p->mark = m;
                break;
            }
            cp_expr *e = cp_mk_expr(p, CP_EXPR_Call, start);
            if (!e) { a = NULL; break; }
            e->v.Call.func = a;
            e->v.Call.args = args;
            e->v.Call.keywords = kws;
            a = e;
        } else if (t->type == CP_TOK_LSQB) {
            size_t m = p->mark;
            p->mark++;
            cp_expr *s = slices(p);
            if (!s || !cp_expect(p, CP_TOK_RSQB)) {
                if (!p->error) p->mark = m;
                break;
            }
            cp_expr *e = cp_mk_expr(p, CP_EXPR_Subscript, start);
            if (!e) { a = NULL; break; }
            e->v.Subscript.value = a;
            e->v.Subscript.slice = s;
            e->v.Subscript.ctx = CP_Load;
            a = e;
        } else {
            break;
        }
    }
    cp_leave(p);
    return p->error ? NULL : a;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static cp_expr *slice(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    size_t m = p->mark;
    cp_expr *lower = NULL;
    if (!cp_at(p, CP_TOK_COLON)) {
        if (cp_cur(p)->type == CP_TOK_NAME && cp_cur(p)->kw == 0 && cp_peek(p, 1)->type == CP_TOK_COLONEQUAL)
            return cp_named_expression(p);
        lower = cp_expression(p);
        if (!lower) {
            if (p->error || !p->invalid_pass) return NULL;
            p->mark = m;
            return cp_named_expression(p);
        }
        if (!cp_at(p, CP_TOK_COLON)) {
            /* the named_expression alternative; pass 2 re-parses it for the
             * invalid_named_expression rule (memoised, so cheap) */
            if (p->invalid_pass || cp_at(p, CP_TOK_COLONEQUAL)) {
                p->mark = m;
                return cp_named_expression(p);
            }
            return lower;
        }
    }
    if (!cp_expect(p, CP_TOK_COLON)) return NULL;
    cp_expr *upper = NULL, *step = NULL;
    size_t m2 = p->mark;
    upper = cp_expression(p);
    if (!upper) {
        if (p->error) return NULL;
        p->mark = m2;
    }
    if (cp_expect(p, CP_TOK_COLON)) {
        m2 = p->mark;
        step = cp_expression(p);
        if (!step) {
            if (p->error) return NULL;
            p->mark = m2;
        }
    }
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Slice, start);
    if (!e) return NULL;
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

/* starred_expression: '*' expression */
static cp_expr *starred_expression(cp_parser *p)
{
    cp_token *start = cp_expect(p, CP_TOK_STAR);
    if (!start) return NULL;
    cp_expr *v = cp_expression(p);
    if (!v) {
        if (!p->error) p->mark--;
        return NULL;
    }
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Starred, start);
    if (!e) return NULL;
    e->v.Starred.value = v;
    e->v.Starred.ctx = CP_Load;
    return e;
}

static cp_expr *slices(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = cp_at(p, CP_TOK_STAR) ? starred_expression(p) : slice(p);
    if (a && !cp_at(p, CP_TOK_COMMA) && a->kind != CP_EXPR_Starred) return a;
    if (a && a->kind == CP_EXPR_Starred && !cp_at(p, CP_TOK_COMMA)) {
        cp_pvec one = {0};
        if (!cp_pvec_push(p, &one, a)) return NULL;
        return seq_node(p, CP_EXPR_Tuple, start, &one, CP_Load);
    }
    if (p->error || !a) return NULL;
    cp_pvec elts = {0};
    if (!cp_pvec_push(p, &elts, a)) return NULL;
    if (!cp_expect(p, CP_TOK_COMMA)) return NULL;
    for (;;) {
        size_t m2 = p->mark;
        if (cp_at(p, CP_TOK_RSQB)) break;
        cp_expr *x = cp_at(p, CP_TOK_STAR) ? starred_expression(p) : slice(p);
        if (!x) {
            if (p->error) return NULL;
            p->mark = m2;
            break;
        }
        if (!cp_pvec_push(p, &elts, x)) return NULL;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (elts.len == 0) return NULL;
    return seq_node(p, CP_EXPR_Tuple, start, &elts, CP_Load);
}

/* ------------------------------------------------------------------ */
/* call arguments                                                      */

static cp_keyword *mk_keyword(cp_parser *p, const cp_token *start, const cp_token *name, cp_expr *value)
{
    cp_token *last = cp_last(p);
    cp_keyword *k = (cp_keyword *)cr_alloc(sizeof(cp_keyword), CR_SCAN);
    if (!k) return cp_nomem(p);
    k->lineno = start->lineno;
    k->col_offset = start->col_offset;
    k->end_lineno = last->end_lineno;
    k->end_col_offset = last->end_col_offset;
    k->value = value;
    if (name && !cp_name_ident(p, name, &k->arg)) return NULL;
    return k;
}

/* CPython's invalid_kwarg, at a NAME/expression followed by '='. */
static bool invalid_kwarg(cp_parser *p)
{
    size_t m = p->mark;
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_STAR || t->type == CP_TOK_DOUBLESTAR) return false;
    bool named = t->type == CP_TOK_NAME &&
                 (t->kw == 0 || t->kw == CP_KW_True || t->kw == CP_KW_False || t->kw == CP_KW_None);
    cp_token *t1 = named ? cp_peek(p, 1) : t;
    if (t->type == CP_TOK_NAME && (t->kw == CP_KW_True || t->kw == CP_KW_False || t->kw == CP_KW_None) &&
        t1->type == CP_TOK_EQUAL) {
        cp_raise_at(p, CP_ERR_SYNTAX, cp_fmt("cannot assign to %S", cp_tok_text(p, t)), t->lineno, t->col_offset,
                    t1->end_lineno, t1->end_col_offset);
        return true;
    }
    if (t->type == CP_TOK_NAME && t->kw == 0 && t1->type == CP_TOK_EQUAL) {
        p->mark += 2;
        cp_expr *v = cp_expression(p);
        if (v && (cp_at_kw(p, CP_KW_for) || (cp_at_kw(p, CP_KW_async) && cp_peek(p, 1)->kw == CP_KW_for))) {
            cp_comprehension_seq gens;
            if (cp_for_if_clauses(p, &gens)) {
                cp_raise_at(p, CP_ERR_SYNTAX,
                            cr_span_cstr("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
                            t->lineno, t->col_offset, t1->end_lineno, t1->end_col_offset);
                return true;
            }
        }
        if (p->error) return true;
        p->mark = m;
        return false;
    }
    if (!(t->type == CP_TOK_NAME && t1->type == CP_TOK_EQUAL)) {
        cp_expr *a = cp_expression(p);
        cp_token *eq = cp_cur(p);
        if (a && eq->type == CP_TOK_EQUAL) {
            cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("expression cannot contain assignment, perhaps you meant \"==\"?"),
                        a->lineno, a->col_offset, eq->end_lineno, eq->end_col_offset);
            return true;
        }
        if (p->error) return true;
    }
    p->mark = m;
    return false;
}

/* After '(' of a call: the arguments and the closing ')'.  Returns false
 * (with the mark anywhere) when they do not parse. */
bool cp_call_args(cp_parser *p, const cp_token *open, cp_expr_seq *args_out, cp_keyword_seq *kws_out, bool genexp_ok)
{
    cp_pvec args = {0}, kws = {0};
    bool seen_kw = false, seen_dstar = false;
    const char *order_error = NULL;
    size_t nitems = 0;
    while (!cp_at(p, CP_TOK_RPAR)) {
        cp_token *t = cp_cur(p);
        if (p->invalid_pass) {
            if (invalid_kwarg(p)) return false;
        }
        if (t->type == CP_TOK_STAR) {
            cp_expr *e = starred_expression(p);
            if (!e && !p->error && p->invalid_pass && (args.len || kws.len))
                return cp_raise_tok(p, t, cr_span_cstr("iterable argument unpacking follows keyword argument unpacking"));
            if (!e) return false;
            if (seen_dstar) {
                if (!p->invalid_pass) return false;
                return cp_raise_tok(p, t, cr_span_cstr("iterable argument unpacking follows keyword argument unpacking"));
            }
            if (!cp_pvec_push(p, &args, e)) return false;
        } else if (t->type == CP_TOK_DOUBLESTAR) {
            p->mark++;
            cp_expr *v = cp_expression(p);
            if (!v) return false;
            cp_keyword *k = mk_keyword(p, t, NULL, v);
            if (!k || !cp_pvec_push(p, &kws, k)) return false;
            seen_dstar = true;
        } else if (t->type == CP_TOK_NAME && t->kw == 0 && cp_peek(p, 1)->type == CP_TOK_EQUAL) {
            p->mark += 2;
            cp_expr *v = cp_expression(p);
            if (!v) return false;
            cp_keyword *k = mk_keyword(p, t, t, v);
            if (!k || !cp_pvec_push(p, &kws, k)) return false;
            seen_kw = true;
        } else {
            bool cut;
            size_t m = p->mark;
            cp_expr *e = assignment_expression(p, &cut);
            if (!e && !p->error && !cut) {
                p->mark = m;
                e = cp_expression(p);
                if (e && cp_at(p, CP_TOK_COLONEQUAL)) e = NULL;
            }
            if (!e) return false;
            if (cp_at_kw(p, CP_KW_for) || (cp_at_kw(p, CP_KW_async) && cp_peek(p, 1)->kw == CP_KW_for)) {
                if (!genexp_ok) return false;
                cp_comprehension_seq gens;
                if (!cp_for_if_clauses(p, &gens)) return false;
                bool alone = nitems == 0 && args.len == 0 && kws.len == 0;
                if (!alone || !cp_at(p, CP_TOK_RPAR)) {
                    if (!p->invalid_pass) return false;
                    if (!alone || cp_at(p, CP_TOK_COMMA))
                        return cp_raise_range(p, e, last_comp_item(gens),
                                              cr_span_cstr("Generator expression must be parenthesized"));
                    return false;
                }
                p->mark++;
                cp_expr *g = cp_mk_expr(p, CP_EXPR_GeneratorExp, open);
                if (!g) return false;
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = gens;
                if (!cp_pvec_push(p, &args, g)) return false;
                if (!cp_pvec_to_exprs(p, &args, args_out)) return false;
                kws_out->len = 0;
                kws_out->items = NULL;
                return true;
            }
            if (cp_at(p, CP_TOK_EQUAL)) return false;
            if (seen_kw || seen_dstar) {
                if (!p->invalid_pass) return false;
                /* CPython's `args ',' args`: the rest of the arguments are
                 * parsed, then the error is at the last token read */
                if (!order_error)
                    order_error = seen_dstar ? "positional argument follows keyword argument unpacking"
                                             : "positional argument follows keyword argument";
            }
            if (!cp_pvec_push(p, &args, e)) return false;
        }
        nitems++;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (order_error) {
        cp_cur(p);
        return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr(order_error));
    }
    if (!cp_expect(p, CP_TOK_RPAR)) return false;
    if (!cp_pvec_to_exprs(p, &args, args_out)) return false;
    if (!cp_keyword_seq_new(kws_out, kws.len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < kws.len; i++) cp_keyword_seq_set(*kws_out, i, (cp_keyword *)cp_pvec_get(&kws, i));
    return true;
}

/* ------------------------------------------------------------------ */
/* comprehensions                                                      */

bool cp_for_if_clauses(cp_parser *p, cp_comprehension_seq *out)
{
    cp_pvec gens = {0};
    for (;;) {
        size_t m = p->mark;
        int is_async = 0;
        if (cp_at_kw(p, CP_KW_async) && cp_peek(p, 1)->type == CP_TOK_NAME && cp_peek(p, 1)->kw == CP_KW_for) {
            is_async = 1;
            p->mark++;
        }
        if (!cp_expect_kw(p, CP_KW_for)) {
            p->mark = m;
            break;
        }
        size_t tm = p->mark;
        cp_expr *target = cp_star_targets(p);
        if (!target || !cp_expect_kw(p, CP_KW_in)) {
            if (p->error) return false;
            if (p->invalid_pass) {
                /* invalid_for_target */
                p->mark = tm;
                cp_expr *a = cp_star_expressions(p);
                if (a) {
                    const cp_expr *bad = cp_find_invalid_target(a, CP_TARGETS_FOR);
                    if (bad) {
                        cp_raise_node(p, bad, cp_fmt("cannot assign to %s", cp_expr_name(bad)));
                        return false;
                    }
                }
                if (p->error) return false;
            }
            p->mark = m;
            break;
        }
        /* cut: after 'in' the clause must complete */
        cp_expr *iter = cp_disjunction(p);
        if (!iter) return false;
        cp_pvec ifs = {0};
        while (cp_at_kw(p, CP_KW_if)) {
            size_t im = p->mark;
            p->mark++;
            cp_expr *c = cp_disjunction(p);
            if (!c) {
                if (p->error) return false;
                p->mark = im;
                break;
            }
            if (!cp_pvec_push(p, &ifs, c)) return false;
        }
        cp_comprehension *g = (cp_comprehension *)cr_alloc(sizeof(cp_comprehension), CR_SCAN);
        if (!g) return cp_nomem(p);
        g->target = target;
        g->iter = iter;
        g->is_async = is_async;
        if (!cp_pvec_to_exprs(p, &ifs, &g->ifs)) return false;
        if (!cp_pvec_push(p, &gens, g)) return false;
    }
    if (gens.len == 0) return false;
    if (!cp_comprehension_seq_new(out, gens.len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < gens.len; i++)
        cp_comprehension_seq_set(*out, i, (cp_comprehension *)cp_pvec_get(&gens, i));
    return true;
}

static cp_expr *comp_node(cp_parser *p, cp_expr_kind k, const cp_token *start, cp_expr *elt)
{
    cp_comprehension_seq gens;
    if (elt->kind == CP_EXPR_Starred) {
        if (p->invalid_pass && cp_for_if_clauses(p, &gens))
            return cp_raise_node(p, elt, cr_span_cstr("iterable unpacking cannot be used in comprehension"));
        return NULL;
    }
    if (!cp_for_if_clauses(p, &gens)) return NULL;
    cp_tok_type closer = k == CP_EXPR_ListComp ? CP_TOK_RSQB : k == CP_EXPR_SetComp ? CP_TOK_RBRACE : CP_TOK_RPAR;
    if (!cp_expect(p, closer)) return NULL;
    cp_expr *e = cp_mk_expr(p, k, start);
    if (!e) return NULL;
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = gens;
    return e;
}


/* ------------------------------------------------------------------ */
/* atoms                                                               */

static cp_expr *constant_kw(cp_parser *p, const cp_token *t, cp_const_kind k)
{
    cp_expr *e = cp_new_expr(CP_EXPR_Constant, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    if (!e) return cp_nomem(p);
    e->v.Constant.value.kind = k;
    return e;
}

/* After '(': tuple, group or generator expression. */
static cp_expr *paren_atom(cp_parser *p, cp_token *open)
{
    if (cp_expect(p, CP_TOK_RPAR)) {
        cp_pvec none = {0};
        return seq_node(p, CP_EXPR_Tuple, open, &none, CP_Load);
    }
    if (cp_at_kw(p, CP_KW_yield)) {
        cp_expr *y = cp_yield_expr(p);
        if (!y || !cp_expect(p, CP_TOK_RPAR)) return NULL;
        return y;
    }
    cp_expr *first = cp_star_named_expression(p);
    if (!first) return NULL;
    if (cp_at_kw(p, CP_KW_for) || (cp_at_kw(p, CP_KW_async) && cp_peek(p, 1)->kw == CP_KW_for)) {
        if (first->kind == CP_EXPR_NamedExpr || first->kind != CP_EXPR_Starred)
            return comp_node(p, CP_EXPR_GeneratorExp, open, first);
        return comp_node(p, CP_EXPR_GeneratorExp, open, first);
    }
    if (cp_expect(p, CP_TOK_RPAR)) {
        if (first->kind == CP_EXPR_Starred) {
            if (p->invalid_pass) return cp_raise_node(p, first, cr_span_cstr("cannot use starred expression here"));
            return NULL;
        }
        return first; /* a group: the parentheses are not part of the node */
    }
    if (!cp_at(p, CP_TOK_COMMA)) return NULL;
    cp_pvec elts = {0};
    if (!cp_pvec_push(p, &elts, first)) return NULL;
    while (cp_expect(p, CP_TOK_COMMA)) {
        if (cp_at(p, CP_TOK_RPAR)) break;
        cp_expr *x = cp_star_named_expression(p);
        if (!x) return NULL;
        if (!cp_pvec_push(p, &elts, x)) return NULL;
    }
    if (!cp_expect(p, CP_TOK_RPAR)) return NULL;
    return seq_node(p, CP_EXPR_Tuple, open, &elts, CP_Load);
}

static cp_expr *list_atom(cp_parser *p, cp_token *open)
{
    size_t m = p->mark;
    cp_pvec elts = {0};
    if (display_items(p, &elts, CP_TOK_RSQB)) return seq_node(p, CP_EXPR_List, open, &elts, CP_Load);
    if (p->error) return NULL;
    p->mark = m;
    cp_expr *first = cp_star_named_expression(p);
    if (first && at_for(p)) {
        cp_expr *r = comp_node(p, CP_EXPR_ListComp, open, first);
        if (r || p->error) return r;
    }
    if (p->error) return NULL;
    if (p->invalid_pass) {
        p->mark = m;
        invalid_comp_target(p);
    }
    return NULL;
}

/* double_starred_kvpair: '**' bitwise_or | expression ':' expression */
static bool kvpair(cp_parser *p, cp_expr **k, cp_expr **v)
{
    *k = NULL;
    if (cp_expect(p, CP_TOK_DOUBLESTAR)) {
        *v = cp_bitwise_or(p);
        return *v != NULL;
    }
    *k = cp_expression(p);
    if (!*k || !cp_expect(p, CP_TOK_COLON)) return false;
    *v = cp_expression(p);
    return *v != NULL;
}

/* CPython's invalid_kvpair and the last two invalid_double_starred_kvpairs
 * alternatives (the same checks). first: at the first item. */
static void invalid_kvpair(cp_parser *p, bool first)
{
    size_t m = p->mark;
    cp_expr *a = cp_expression(p);
    if (!a) {
        if (!p->error) p->mark = m;
        return;
    }
    cp_token *colon = cp_cur(p);
    if (colon->type != CP_TOK_COLON) {
        if (!first)
            cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("':' expected after dictionary key"), a->lineno,
                        a->end_col_offset - 1, a->end_lineno, -1);
        else
            p->mark = m;
        return;
    }
    p->mark++;
    cp_token *star = cp_cur(p);
    if (star->type == CP_TOK_STAR) {
        p->mark++;
        if (cp_bitwise_or(p)) {
            cp_token *last = cp_tok_at(p, p->fill - 1);
            cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("cannot use a starred expression in a dictionary value"),
                        star->lineno, star->col_offset, last->end_lineno, last->end_col_offset - 1);
            return;
        }
        if (p->error) return;
    } else if (star->type == CP_TOK_RBRACE || star->type == CP_TOK_COMMA) {
        cp_raise_tok(p, colon, cr_span_cstr("expression expected after dictionary key and ':'"));
        return;
    }
    p->mark = m;
}

/* CPython's invalid_double_starred_kvpairs (pass 2), after '{'. */
static void invalid_dict(cp_parser *p)
{
    size_t m = p->mark;
    cp_expr *k, *v;
    if (kvpair(p, &k, &v)) {
        for (;;) {
            size_t save = p->mark;
            if (!cp_expect(p, CP_TOK_COMMA) || !kvpair(p, &k, &v)) {
                if (p->error) return;
                p->mark = save;
                break;
            }
        }
        if (cp_expect(p, CP_TOK_COMMA)) {
            invalid_kvpair(p, false);
            if (p->error) return;
        }
    }
    if (p->error) return;
    p->mark = m;
    invalid_kvpair(p, true);
    if (!p->error) p->mark = m;
}

/* '{' [double_starred_kvpairs] '}' after '{' */
static cp_expr *dict_display(cp_parser *p, cp_token *open)
{
    cp_pvec keys = {0}, vals = {0};
    while (!cp_at(p, CP_TOK_RBRACE)) {
        cp_expr *k, *v;
        if (!kvpair(p, &k, &v)) return NULL;
        if (!cp_pvec_push(p, &keys, k) || !cp_pvec_push(p, &vals, v)) return NULL;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (!cp_expect(p, CP_TOK_RBRACE)) return NULL;
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Dict, open);
    if (!e) return NULL;
    if (!cp_pvec_to_exprs(p, &keys, &e->v.Dict.keys) || !cp_pvec_to_exprs(p, &vals, &e->v.Dict.values)) return NULL;
    return e;
}

static bool at_for(cp_parser *p)
{
    return cp_at_kw(p, CP_KW_for) || (cp_at_kw(p, CP_KW_async) && cp_peek(p, 1)->kw == CP_KW_for);
}

/* star_named_expressions up to closer (consumed); NULL elts on failure. */
static bool display_items(cp_parser *p, cp_pvec *elts, cp_tok_type closer)
{
    while (!cp_at(p, closer)) {
        cp_expr *x = cp_star_named_expression(p);
        if (!x || !cp_pvec_push(p, elts, x)) return false;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    return cp_expect(p, closer) != NULL;
}

/* CPython's invalid_comprehension alternatives 2 and 3, after '[' or '{'. */
static void invalid_comp_target(cp_parser *p)
{
    size_t m = p->mark;
    cp_expr *a = cp_star_named_expression(p);
    cp_token *comma = a ? cp_expect(p, CP_TOK_COMMA) : NULL;
    if (comma) {
        cp_comprehension_seq g;
        size_t after = p->mark;
        cp_expr *last = NULL;
        for (;;) {
            size_t s = p->mark;
            cp_expr *x = cp_star_named_expression(p);
            if (!x) {
                if (p->error) return;
                p->mark = s;
                break;
            }
            last = x;
            if (!cp_expect(p, CP_TOK_COMMA)) break;
        }
        if (last && at_for(p) && cp_for_if_clauses(p, &g)) {
            cp_raise_range(p, a, last, cr_span_cstr("did you forget parentheses around the comprehension target?"));
            return;
        }
        if (p->error) return;
        p->mark = after;
        if (at_for(p) && cp_for_if_clauses(p, &g)) {
            cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("did you forget parentheses around the comprehension target?"),
                        a->lineno, a->col_offset, comma->end_lineno, comma->end_col_offset);
            return;
        }
    }
    if (!p->error) p->mark = m;
}

/* After '{': dict | set | dictcomp | setcomp, in CPython's order.  The
 * memo makes the re-parses of the first item cheap. */
static cp_expr *brace_atom(cp_parser *p, cp_token *open)
{
    size_t m = p->mark;
    cp_expr *r = dict_display(p, open);
    if (r || p->error) return r;
    if (p->invalid_pass) {
        p->mark = m;
        invalid_dict(p);
        if (p->error) return NULL;
    }
    p->mark = m;
    cp_pvec elts = {0};
    if (display_items(p, &elts, CP_TOK_RBRACE)) return seq_node(p, CP_EXPR_Set, open, &elts, CP_Load);
    if (p->error) return NULL;
    /* dictcomp: '{' kvpair for_if_clauses '}' */
    p->mark = m;
    cp_expr *k, *v;
    cp_token *t = cp_cur(p);
    if (t->type != CP_TOK_DOUBLESTAR && kvpair(p, &k, &v) && at_for(p)) {
        cp_comprehension_seq gens;
        if (cp_for_if_clauses(p, &gens) && cp_expect(p, CP_TOK_RBRACE)) {
            cp_expr *e = cp_mk_expr(p, CP_EXPR_DictComp, open);
            if (!e) return NULL;
            e->v.DictComp.key = k;
            e->v.DictComp.value = v;
            e->v.DictComp.generators = gens;
            return e;
        }
    }
    if (p->error) return NULL;
    p->mark = m;
    if (p->invalid_pass && t->type == CP_TOK_DOUBLESTAR) {
        /* invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
        p->mark++;
        cp_comprehension_seq g;
        if (cp_bitwise_or(p) && at_for(p) && cp_for_if_clauses(p, &g) && cp_at(p, CP_TOK_RBRACE))
            return cp_raise_tok(p, t, cr_span_cstr("dict unpacking cannot be used in dict comprehension"));
        if (p->error) return NULL;
        p->mark = m;
    }
    /* setcomp */
    cp_expr *first = cp_star_named_expression(p);
    if (first && at_for(p)) return comp_node(p, CP_EXPR_SetComp, open, first);
    if (p->error) return NULL;
    if (p->invalid_pass) {
        p->mark = m;
        invalid_comp_target(p);
    }
    return NULL;
}

static cp_expr *atom(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (p->error) return NULL;
    size_t m = p->mark;
    cp_expr *r = NULL;
    switch (t->type) {
    case CP_TOK_NAME:
        switch (t->kw) {
        case 0: p->mark++; return name_expr(p, t, CP_Load);
        case CP_KW_True: p->mark++; return constant_kw(p, t, CP_CONST_True);
        case CP_KW_False: p->mark++; return constant_kw(p, t, CP_CONST_False);
        case CP_KW_None: p->mark++; return constant_kw(p, t, CP_CONST_None);
        default: return NULL;
        }
    case CP_TOK_NUMBER:
        p->mark++;
        return cp_number(p, t);
    case CP_TOK_STRING:
        return cp_strings(p);
    case CP_TOK_ELLIPSIS:
        p->mark++;
        return constant_kw(p, t, CP_CONST_Ellipsis);
    case CP_TOK_LPAR:
        if (!cp_enter(p)) return NULL;
        p->mark++;
        r = paren_atom(p, t);
        cp_leave(p);
        break;
    case CP_TOK_LSQB:
        if (!cp_enter(p)) return NULL;
        p->mark++;
        r = list_atom(p, t);
        cp_leave(p);
        break;
    case CP_TOK_LBRACE:
        if (!cp_enter(p)) return NULL;
        p->mark++;
        r = brace_atom(p, t);
        cp_leave(p);
        break;
    default:
        return NULL;
    }
    if (!r && !p->error) p->mark = m;
    return r;
}

/* ------------------------------------------------------------------ */
/* lambda and parameters                                               */

static cp_arg *mk_arg(cp_parser *p, const cp_token *name, cp_expr *annotation)
{
    cp_token *last = cp_last(p);
    cp_arg *a = (cp_arg *)cr_alloc(sizeof(cp_arg), CR_SCAN);
    if (!a) return cp_nomem(p);
    a->lineno = name->lineno;
    a->col_offset = name->col_offset;
    a->end_lineno = last->end_lineno;
    a->end_col_offset = last->end_col_offset;
    a->annotation = annotation;
    if (!cp_name_ident(p, name, &a->arg)) return NULL;
    return a;
}

/* One parameter: NAME [':' annotation]. star: the annotation may be
 * a star_expression (3.11's *args: *Ts). */
static cp_arg *param(cp_parser *p, bool lambda, bool star)
{
    cp_token *n = expect_name(p);
    if (!n) return NULL;
    cp_expr *ann = NULL;
    if (!lambda && cp_expect(p, CP_TOK_COLON)) {
        ann = star ? cp_star_expression(p) : cp_expression(p);
        if (!ann) return NULL;
    }
    return mk_arg(p, n, ann);
}

static bool args_from(cp_parser *p, const cp_pvec *v, cp_arg_seq *out)
{
    if (!cp_arg_seq_new(out, v->len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < v->len; i++) cp_arg_seq_set(*out, i, (cp_arg *)cp_pvec_get(v, i));
    return true;
}

static void *param_error(cp_parser *p, const cp_token *t, const char *msg)
{
    if (!p->invalid_pass) return NULL;
    return cp_raise_tok(p, t, cr_span_cstr(msg));
}

/* "(a, b)" in a parameter list: CPython's parenthesized-parameters error. */
static void *paren_params_error(cp_parser *p, bool lambda)
{
    cp_token *open = cp_cur(p);
    size_t k = 1, n = 0;
    for (;;) {
        cp_token *t = cp_peek(p, k);
        if (t->type != CP_TOK_NAME || t->kw != 0) break;
        n++;
        k++;
        if (cp_peek(p, k)->type != CP_TOK_COMMA) break;
        k++;
    }
    cp_token *close = cp_peek(p, k);
    if (n == 0 || close->type != CP_TOK_RPAR) return NULL;
    return cp_raise_at(p, CP_ERR_SYNTAX,
                       cr_span_cstr(lambda ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized"),
                       open->lineno, open->col_offset, close->end_lineno, close->end_col_offset);
}

/* Parameters up to (not including) closer: ')' for def, ':' for lambda.
 * Returns NULL when they do not parse. */
cp_arguments *cp_parameters(cp_parser *p, bool lambda, cp_tok_type closer)
{
    cp_pvec posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    cp_arg *vararg = NULL, *kwarg = NULL;
    bool seen_slash = false, seen_star = false, seen_default = false;
    while (!cp_at(p, closer)) {
        cp_token *t = cp_cur(p);
        if (kwarg) return param_error(p, t, "arguments cannot follow var-keyword argument");
        if (t->type == CP_TOK_SLASH) {
            if (seen_slash) return param_error(p, t, "/ may appear only once");
            if (seen_star) return param_error(p, t, "/ must be ahead of *");
            if (args.len == 0) {
                if (p->invalid_pass && cp_peek(p, 1)->type == CP_TOK_COMMA)
                    return param_error(p, t, "at least one argument must precede /");
                return NULL;
            }
            p->mark++;
            seen_slash = true;
            for (size_t i = 0; i < args.len; i++)
                if (!cp_pvec_push(p, &posonly, cp_pvec_get(&args, i))) return NULL;
            args.len = 0;
        } else if (t->type == CP_TOK_STAR) {
            if (seen_star) return param_error(p, t, "* argument may appear only once");
            p->mark++;
            seen_star = true;
            if (cp_at(p, CP_TOK_COMMA)) {
                cp_token *n2 = cp_peek(p, 1);
                if (n2->type == CP_TOK_DOUBLESTAR || n2->type == closer) {
                    if (lambda && p->invalid_pass)
                        return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("named arguments must follow bare *"));
                    return param_error(p, t, "named arguments must follow bare *");
                }
            } else if (cp_at(p, closer)) {
                if (lambda && p->invalid_pass)
                    return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("named arguments must follow bare *"));
                return param_error(p, t, "named arguments must follow bare *");
            } else {
                vararg = param(p, lambda, true);
                if (!vararg) return NULL;
                if (cp_at(p, CP_TOK_EQUAL)) return param_error(p, cp_cur(p), "var-positional argument cannot have default value");
            }
        } else if (t->type == CP_TOK_DOUBLESTAR) {
            p->mark++;
            kwarg = param(p, lambda, false);
            if (!kwarg) return NULL;
            if (cp_at(p, CP_TOK_EQUAL)) return param_error(p, cp_cur(p), "var-keyword argument cannot have default value");
        } else {
            if (t->type == CP_TOK_LPAR && p->invalid_pass) return paren_params_error(p, lambda);
            cp_arg *a = param(p, lambda, false);
            if (!a) return NULL;
            cp_expr *d = NULL;
            if (cp_expect(p, CP_TOK_EQUAL)) {
                d = cp_expression(p);
                if (!d) return NULL;
            }
            if (seen_star) {
                if (!cp_pvec_push(p, &kwonly, a) || !cp_pvec_push(p, &kwdefaults, d)) return NULL;
            } else {
                if (d) {
                    seen_default = true;
                    if (!cp_pvec_push(p, &defaults, d)) return NULL;
                } else if (seen_default) {
                    if (!p->invalid_pass) return NULL;
                    return cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("non-default argument follows default argument"),
                                       a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
                }
                if (!cp_pvec_push(p, &args, a)) return NULL;
            }
        }
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (!cp_at(p, closer)) return NULL;
    cp_arguments *r = (cp_arguments *)cr_alloc(sizeof(cp_arguments), CR_SCAN);
    if (!r) return cp_nomem(p);
    if (!args_from(p, &posonly, &r->posonlyargs) || !args_from(p, &args, &r->args) ||
        !args_from(p, &kwonly, &r->kwonlyargs) || !cp_pvec_to_exprs(p, &defaults, &r->defaults) ||
        !cp_pvec_to_exprs(p, &kwdefaults, &r->kw_defaults))
        return NULL;
    r->vararg = vararg;
    r->kwarg = kwarg;
    return r;
}

static cp_expr *lambdef(cp_parser *p)
{
    cp_token *start = cp_expect_kw(p, CP_KW_lambda);
    if (!start) return NULL;
    cp_arguments *a = cp_parameters(p, true, CP_TOK_COLON);
    if (!a || !cp_expect(p, CP_TOK_COLON)) return NULL;
    cp_expr *body = cp_expression(p);
    if (!body) return NULL;
    cp_expr *e = cp_mk_expr(p, CP_EXPR_Lambda, start);
    if (!e) return NULL;
    e->v.Lambda.args = a;
    e->v.Lambda.body = body;
    return e;
}

/* ------------------------------------------------------------------ */
/* targets                                                             */

const cp_expr *cp_invalid_target(cp_expr *e, cp_expr_context ctx, bool set)
{
    switch (e->kind) {
    case CP_EXPR_Name:
        if (set) e->v.Name.ctx = ctx;
        return NULL;
    case CP_EXPR_Attribute:
        if (set) e->v.Attribute.ctx = ctx;
        return NULL;
    case CP_EXPR_Subscript:
        if (set) e->v.Subscript.ctx = ctx;
        return NULL;
    case CP_EXPR_Starred: {
        if (ctx == CP_Del) return e;
        const cp_expr *bad = cp_invalid_target(e->v.Starred.value, ctx, set);
        if (!bad && set) e->v.Starred.ctx = ctx;
        return bad;
    }
    case CP_EXPR_Tuple:
    case CP_EXPR_List: {
        cp_expr_seq elts = e->kind == CP_EXPR_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        for (size_t i = 0; i < elts.len; i++) {
            const cp_expr *bad = cp_invalid_target(cp_expr_seq_get(elts, i), ctx, false);
            if (bad) return bad;
        }
        if (set) {
            for (size_t i = 0; i < elts.len; i++) cp_invalid_target(cp_expr_seq_get(elts, i), ctx, true);
            if (e->kind == CP_EXPR_Tuple) e->v.Tuple.ctx = ctx;
            else e->v.List.ctx = ctx;
        }
        return NULL;
    }
    default:
        return e;
    }
}

const cp_expr *cp_find_invalid_target(const cp_expr *e, int type)
{
    if (!e) return NULL;
    switch (e->kind) {
    case CP_EXPR_List:
    case CP_EXPR_Tuple: {
        cp_expr_seq elts = e->kind == CP_EXPR_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        for (size_t i = 0; i < elts.len; i++) {
            const cp_expr *bad = cp_find_invalid_target(cp_expr_seq_get(elts, i), type);
            if (bad) return bad;
        }
        return NULL;
    }
    case CP_EXPR_Starred:
        if (type == CP_TARGETS_DEL) return e;
        return cp_find_invalid_target(e->v.Starred.value, type);
    case CP_EXPR_Compare:
        /* in "for a in b" the "a in b" parses as a comparison */
        if (type == CP_TARGETS_FOR) {
            if (cp_cmpop_seq_get(e->v.Compare.ops, 0) == CP_In)
                return cp_find_invalid_target(e->v.Compare.left, type);
            return NULL;
        }
        return e;
    case CP_EXPR_Name:
    case CP_EXPR_Subscript:
    case CP_EXPR_Attribute:
        return NULL;
    default:
        return e;
    }
}

/* t_lookahead: '(' | '[' | '.' */
static bool t_lookahead(cp_parser *p)
{
    cp_tok_type t = cp_cur(p)->type;
    return t == CP_TOK_LPAR || t == CP_TOK_LSQB || t == CP_TOK_DOT;
}

/* target_with_star_atom / star_atom: a primary that is a valid target. */
static cp_expr *target_atom(cp_parser *p, cp_expr_context ctx)
{
    size_t m = p->mark;
    cp_token *t = cp_cur(p);
    if (t->type != CP_TOK_NAME && t->type != CP_TOK_LPAR && t->type != CP_TOK_LSQB && t->type != CP_TOK_STRING &&
        t->type != CP_TOK_NUMBER && t->type != CP_TOK_LBRACE && t->type != CP_TOK_ELLIPSIS)
        return NULL;
    cp_expr *e = cp_primary(p);
    if (!e) return NULL;
    if (t_lookahead(p) || cp_invalid_target(e, ctx, false)) {
        p->mark = m;
        return NULL;
    }
    /* a primary that is Name/Attribute/Subscript/Tuple/List */
    if (e->kind == CP_EXPR_Starred) {
        p->mark = m;
        return NULL;
    }
    cp_invalid_target(e, ctx, true);
    return e;
}

cp_expr *cp_star_target(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (cp_expect(p, CP_TOK_STAR)) {
        if (cp_at(p, CP_TOK_STAR)) {
            p->mark--;
            return NULL;
        }
        if (!cp_enter(p)) return NULL;
        cp_expr *v = cp_star_target(p);
        cp_leave(p);
        if (!v) {
            if (!p->error) p->mark--;
            return NULL;
        }
        cp_expr *e = cp_mk_expr(p, CP_EXPR_Starred, start);
        if (!e) return NULL;
        e->v.Starred.value = v;
        e->v.Starred.ctx = CP_Store;
        return e;
    }
    return target_atom(p, CP_Store);
}

cp_expr *cp_star_targets(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = cp_star_target(p);
    if (!a) return NULL;
    if (!cp_at(p, CP_TOK_COMMA)) return a;
    cp_pvec elts = {0};
    if (!cp_pvec_push(p, &elts, a)) return NULL;
    while (cp_expect(p, CP_TOK_COMMA)) {
        size_t m = p->mark;
        cp_expr *b = cp_star_target(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (!cp_pvec_push(p, &elts, b)) return NULL;
    }
    return seq_node(p, CP_EXPR_Tuple, start, &elts, CP_Store);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
cp_expr *cp_single_target(cp_parser *p)
{
    size_t m = p->mark;
    cp_expr *e = cp_primary(p);
    if (!e) return NULL;
    if (e->kind == CP_EXPR_Name || e->kind == CP_EXPR_Attribute || e->kind == CP_EXPR_Subscript) {
        cp_invalid_target(e, CP_Store, true);
        return e;
    }
    p->mark = m;
    return NULL;
}
