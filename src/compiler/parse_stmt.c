/* Statements and blocks, following CPython 3.11's grammar (simple_stmt,
 * compound_stmt and their invalid_* rules). */
#include "compiler/parse_priv.h"

cp_pattern *cp_patterns(cp_parser *p);
cp_pattern *cp_pattern_(cp_parser *p);

static bool is_kw(const cp_token *t, int kw) { return t->type == CP_TOK_NAME && t->kw == kw; }

static cp_token *expect_name(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (p->error || t->type != CP_TOK_NAME || t->kw != 0) return NULL;
    p->mark++;
    return t;
}

static cp_expr *name_node(cp_parser *p, const cp_token *t, cp_expr_context ctx)
{
    cp_expr *e = cp_new_expr(CP_EXPR_Name, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    if (!e) return cp_nomem(p);
    if (!cp_name_ident(p, t, &e->v.Name.id)) return NULL;
    e->v.Name.ctx = ctx;
    return e;
}

/* ------------------------------------------------------------------ */
/* blocks                                                              */

/* block: NEWLINE INDENT statements DEDENT | simple_stmts.  what/line name
 * the statement for CPython's "expected an indented block after ..." */
static bool block(cp_parser *p, cp_stmt_seq *out, const char *what, int line)
{
    cp_pvec body = {0};
    if (cp_at(p, CP_TOK_NEWLINE)) {
        if (cp_peek(p, 1)->type != CP_TOK_INDENT) {
            if (p->invalid_pass && !p->error) {
                p->mark++;
                cp_cur(p);
                if (what)
                    cp_raise_last(p, CP_ERR_INDENTATION,
                                  cp_fmt("expected an indented block after %s on line %d", what, line));
                else
                    cp_raise_last(p, CP_ERR_INDENTATION, cr_span_cstr("expected an indented block"));
            }
            return false;
        }
        p->mark += 2;
        if (!cp_statements(p, &body, true)) return false;
        if (!cp_expect(p, CP_TOK_DEDENT)) return false;
    } else if (!cp_simple_stmts(p, &body)) {
        return false;
    }
    return cp_pvec_to_stmts(p, &body, out);
}

/* statements until DEDENT (or ENDMARKER) */
bool cp_statements(cp_parser *p, cp_pvec *out, bool until_dedent)
{
    size_t n0 = out->len;
    while (!p->error) {
        cp_tok_type t = cp_cur(p)->type;
        if (t == CP_TOK_ENDMARKER || (until_dedent && t == CP_TOK_DEDENT)) break;
        size_t m = p->mark;
        if (!cp_statement(p, out)) {
            p->mark = m;
            break;
        }
    }
    return !p->error && out->len > n0;
}

/* "expected ':'" (pass 2) when a header ends at NEWLINE instead of ':'. */
static bool colon(cp_parser *p)
{
    if (cp_expect(p, CP_TOK_COLON)) return true;
    if (p->invalid_pass && cp_at(p, CP_TOK_NEWLINE)) cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("expected ':'"));
    return false;
}

/* ------------------------------------------------------------------ */
/* simple statements                                                   */

static cp_operator augassign_op(cp_tok_type t)
{
    switch (t) {
    case CP_TOK_PLUSEQUAL: return CP_Add;
    case CP_TOK_MINEQUAL: return CP_Sub;
    case CP_TOK_STAREQUAL: return CP_Mult;
    case CP_TOK_ATEQUAL: return CP_MatMult;
    case CP_TOK_SLASHEQUAL: return CP_Div;
    case CP_TOK_PERCENTEQUAL: return CP_Mod;
    case CP_TOK_AMPEREQUAL: return CP_BitAnd;
    case CP_TOK_VBAREQUAL: return CP_BitOr;
    case CP_TOK_CIRCUMFLEXEQUAL: return CP_BitXor;
    case CP_TOK_LEFTSHIFTEQUAL: return CP_LShift;
    case CP_TOK_RIGHTSHIFTEQUAL: return CP_RShift;
    case CP_TOK_DOUBLESTAREQUAL: return CP_Pow;
    case CP_TOK_DOUBLESLASHEQUAL: return CP_FloorDiv;
    default: return 0;
    }
}

static cp_expr *rhs(cp_parser *p)
{
    if (cp_at_kw(p, CP_KW_yield)) return cp_yield_expr(p);
    return cp_star_expressions(p);
}

static cp_stmt *ann_assign(cp_parser *p, const cp_token *start, cp_expr *target, int simple)
{
    cp_expr *ann = cp_expression(p);
    if (!ann) return NULL;
    cp_expr *value = NULL;
    if (cp_expect(p, CP_TOK_EQUAL)) {
        value = rhs(p);
        if (!value) return NULL;
    }
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_AnnAssign, start);
    if (!s) return NULL;
    s->v.AnnAssign.target = target;
    s->v.AnnAssign.annotation = ann;
    s->v.AnnAssign.value = value;
    s->v.AnnAssign.simple = simple;
    return s;
}

/* assignment | star_expressions, as one rule: the left side is parsed as an
 * expression and turned into targets when '=' follows. */
static cp_stmt *assignment_or_expr(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (start->type == CP_TOK_NAME && start->kw == 0 && cp_peek(p, 1)->type == CP_TOK_COLON) {
        cp_expr *target = name_node(p, start, CP_Store);
        if (!target) return NULL;
        p->mark += 2;
        return ann_assign(p, start, target, 1);
    }
    cp_expr *e = rhs(p);
    if (!e) return NULL;
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_COLON) {
        bool ok = e->kind == CP_EXPR_Attribute || e->kind == CP_EXPR_Subscript ||
                  (e->kind == CP_EXPR_Name && start->type == CP_TOK_LPAR);
        if (!ok) return NULL;
        cp_invalid_target(e, CP_Store, true);
        p->mark++;
        return ann_assign(p, start, e, 0);
    }
    if (t->type == CP_TOK_EQUAL) {
        /* (star_targets '=')+ rhs: like CPython, stop at the first left side
         * that is no target, before parsing what follows its '=' */
        if (cp_invalid_target(e, CP_Store, false)) return NULL;
        cp_pvec items = {0};
        if (!cp_pvec_push(p, &items, e)) return NULL;
        while (cp_expect(p, CP_TOK_EQUAL)) {
            cp_expr *v = rhs(p);
            if (!v) return NULL;
            if (!cp_pvec_push(p, &items, v)) return NULL;
            if (cp_at(p, CP_TOK_EQUAL) && cp_invalid_target(v, CP_Store, false)) return NULL;
        }
        size_t nt = items.len - 1;
        for (size_t i = 0; i < nt; i++) {
            cp_expr *x = (cp_expr *)cp_pvec_get(&items, i);
            if (cp_invalid_target(x, CP_Store, false)) return NULL;
        }
        cp_stmt *s = cp_mk_stmt(p, CP_STMT_Assign, start);
        if (!s) return NULL;
        if (!cp_expr_seq_new(&s->v.Assign.targets, nt)) return cp_nomem(p);
        for (size_t i = 0; i < nt; i++) {
            cp_expr *x = (cp_expr *)cp_pvec_get(&items, i);
            cp_invalid_target(x, CP_Store, true);
            cp_expr_seq_set(s->v.Assign.targets, i, x);
        }
        s->v.Assign.value = (cp_expr *)cp_pvec_get(&items, nt);
        return s;
    }
    cp_operator op = augassign_op(t->type);
    if (op) {
        if (e->kind != CP_EXPR_Name && e->kind != CP_EXPR_Attribute && e->kind != CP_EXPR_Subscript) return NULL;
        p->mark++;
        cp_expr *v = rhs(p);
        if (!v) return NULL;
        cp_invalid_target(e, CP_Store, true);
        cp_stmt *s = cp_mk_stmt(p, CP_STMT_AugAssign, start);
        if (!s) return NULL;
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = op;
        s->v.AugAssign.value = v;
        return s;
    }
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_Expr, start);
    if (s) s->v.Expr.value = e;
    return s;
}

/* Would CPython's `assignment` rule have matched (or cut) at m?  Then its
 * invalid_assignment alternative is never tried. */
static bool cpython_assignment_commits(cp_parser *p, size_t m)
{
    p->mark = m;
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_NAME && t->kw == 0 && cp_peek(p, 1)->type == CP_TOK_COLON) {
        p->mark += 2;
        if (cp_expression(p) || p->error) return true;
    }
    p->mark = m;
    cp_expr *e = cp_primary(p);
    if (p->error) return true;
    bool single = e && (e->kind == CP_EXPR_Attribute || e->kind == CP_EXPR_Subscript ||
                        (e->kind == CP_EXPR_Name && (t->type == CP_TOK_NAME || t->type == CP_TOK_LPAR)));
    if (single) {
        size_t after = p->mark;
        bool annotated_ok = e->kind != CP_EXPR_Name || t->type == CP_TOK_LPAR;
        if (annotated_ok && cp_expect(p, CP_TOK_COLON) && (cp_expression(p) || p->error)) return true;
        p->mark = after;
        if (augassign_op(cp_cur(p)->type)) return true; /* the cut after augassign */
    }
    p->mark = m;
    return false;
}

/* CPython's invalid_assignment (pass 2, after the statement failed). */
static void invalid_assignment(cp_parser *p, size_t m)
{
    /* invalid_ann_assign_target ':' expression */
    p->mark = m;
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_LPAR || t->type == CP_TOK_LSQB) {
        cp_expr *a = cp_primary(p);
        if (a && (a->kind == CP_EXPR_List || a->kind == CP_EXPR_Tuple) && cp_expect(p, CP_TOK_COLON) &&
            cp_expression(p)) {
            cp_raise_node(p, a, cp_fmt("only single target (not %s) can be annotated",
                                       a->kind == CP_EXPR_List ? "list" : "tuple"));
            return;
        }
        if (p->error) return;
    }
    /* star_named_expression ',' star_named_expressions* ':' expression */
    p->mark = m;
    cp_expr *a = cp_star_named_expression(p);
    if (p->error) return;
    if (a && cp_expect(p, CP_TOK_COMMA)) {
        for (;;) {
            size_t m2 = p->mark;
            cp_expr *x = cp_star_named_expression(p);
            if (p->error) return;
            if (!x) {
                p->mark = m2;
                break;
            }
            if (!cp_expect(p, CP_TOK_COMMA)) break;
        }
        if (cp_expect(p, CP_TOK_COLON) && cp_expression(p)) {
            cp_raise_node(p, a, cr_span_cstr("only single target (not tuple) can be annotated"));
            return;
        }
        if (p->error) return;
    }
    /* expression ':' expression */
    p->mark = m;
    a = cp_expression(p);
    if (a && cp_expect(p, CP_TOK_COLON) && cp_expression(p)) {
        cp_raise_node(p, a, cr_span_cstr("illegal target for annotation"));
        return;
    }
    if (p->error) return;
    /* (star_targets '=')* star_expressions '=' */
    p->mark = m;
    for (;;) {
        size_t m2 = p->mark;
        cp_expr *x = cp_star_targets(p);
        if (p->error) return;
        if (!x || !cp_expect(p, CP_TOK_EQUAL)) {
            p->mark = m2;
            break;
        }
    }
    size_t after_targets = p->mark;
    a = cp_star_expressions(p);
    if (p->error) return;
    if (a && cp_at(p, CP_TOK_EQUAL)) {
        const cp_expr *bad = cp_find_invalid_target(a, CP_TARGETS_STAR);
        if (bad) {
            cp_raise_node(p, bad, cp_fmt("cannot assign to %s", cp_expr_name(bad)));
            return;
        }
    }
    /* (star_targets '=')* yield_expr '=' */
    p->mark = after_targets;
    if (cp_at_kw(p, CP_KW_yield)) {
        a = cp_yield_expr(p);
        if (a && cp_at(p, CP_TOK_EQUAL)) {
            cp_raise_node(p, a, cr_span_cstr("assignment to yield expression not possible"));
            return;
        }
        if (p->error) return;
    }
    /* star_expressions augassign (yield_expr | star_expressions) */
    p->mark = m;
    a = cp_star_expressions(p);
    if (a && augassign_op(cp_cur(p)->type)) {
        p->mark++;
        if (rhs(p)) {
            cp_raise_node(p, a, cp_fmt("'%s' is an illegal expression for augmented assignment", cp_expr_name(a)));
            return;
        }
    }
    if (!p->error) p->mark = m;
}

static bool dotted_name(cp_parser *p, cp_ident *out)
{
    cp_token *n = expect_name(p);
    if (!n) return false;
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_append(&b, cp_tok_text(p, n));
    while (cp_at(p, CP_TOK_DOT) && cp_peek(p, 1)->type == CP_TOK_NAME && cp_peek(p, 1)->kw == 0) {
        cp_token *x = cp_peek(p, 1);
        p->mark += 2;
        cr_buf_byte(&b, '.');
        cr_buf_append(&b, cp_tok_text(p, x));
    }
    if (b.failed) {
        cp_nomem(p);
        return false;
    }
    *out = cr_buf_span(&b);
    return true;
}

static cp_alias *mk_alias(cp_parser *p, const cp_token *start, cp_ident name, cp_ident asname)
{
    cp_token *last = cp_last(p);
    cp_alias *a = (cp_alias *)cr_alloc(sizeof(cp_alias), CR_SCAN);
    if (!a) return cp_nomem(p);
    a->name = name;
    a->asname = asname;
    a->lineno = start->lineno;
    a->col_offset = start->col_offset;
    a->end_lineno = last->end_lineno;
    a->end_col_offset = last->end_col_offset;
    return a;
}

static bool alias_seq(cp_parser *p, const cp_pvec *v, cp_alias_seq *out)
{
    if (!cp_alias_seq_new(out, v->len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < v->len; i++) cp_alias_seq_set(*out, i, (cp_alias *)cp_pvec_get(v, i));
    return true;
}

/* NAME ['as' NAME] (from-import) or dotted_name ['as' NAME] (import). */
static cp_alias *alias(cp_parser *p, bool dotted)
{
    cp_token *start = cp_cur(p);
    cp_ident name = {0}, asname = {0};
    if (dotted) {
        if (!dotted_name(p, &name)) return NULL;
    } else {
        cp_token *n = expect_name(p);
        if (!n || !cp_name_ident(p, n, &name)) return NULL;
    }
    if (cp_expect_kw(p, CP_KW_as)) {
        cp_token *n = expect_name(p);
        if (!n || !cp_name_ident(p, n, &asname)) return NULL;
    }
    return mk_alias(p, start, name, asname);
}

static cp_stmt *import_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_pvec names = {0};
    do {
        cp_alias *a = alias(p, true);
        if (!a || !cp_pvec_push(p, &names, a)) return NULL;
    } while (cp_expect(p, CP_TOK_COMMA));
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_Import, start);
    if (!s || !alias_seq(p, &names, &s->v.Import.names)) return NULL;
    return s;
}

static cp_stmt *from_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    int level = 0;
    for (;;) {
        if (cp_expect(p, CP_TOK_DOT)) level += 1;
        else if (cp_expect(p, CP_TOK_ELLIPSIS)) level += 3;
        else break;
    }
    cp_ident module = {0};
    if (!cp_at_kw(p, CP_KW_import)) {
        if (!dotted_name(p, &module)) return NULL;
    } else if (level == 0) {
        return NULL;
    }
    if (!cp_expect_kw(p, CP_KW_import)) return NULL;
    cp_pvec names = {0};
    cp_token *star = cp_expect(p, CP_TOK_STAR);
    if (star) {
        cp_alias *a = mk_alias(p, star, cr_span_cstr("*"), cr_span_make("", 0));
        if (!a || !cp_pvec_push(p, &names, a)) return NULL;
    } else if (cp_expect(p, CP_TOK_LPAR)) {
        do {
            if (cp_at(p, CP_TOK_RPAR) && names.len) break;
            cp_alias *a = alias(p, false);
            if (!a || !cp_pvec_push(p, &names, a)) return NULL;
        } while (cp_expect(p, CP_TOK_COMMA));
        if (!cp_expect(p, CP_TOK_RPAR)) return NULL;
    } else {
        for (;;) {
            cp_alias *a = alias(p, false);
            if (!a || !cp_pvec_push(p, &names, a)) return NULL;
            if (!cp_at(p, CP_TOK_COMMA)) break;
            p->mark++;
            if (cp_at(p, CP_TOK_NEWLINE)) {
                if (p->invalid_pass)
                    cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("trailing comma not allowed without surrounding parentheses"));
                return NULL;
            }
        }
    }
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_ImportFrom, start);
    if (!s || !alias_seq(p, &names, &s->v.ImportFrom.names)) return NULL;
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.level = level;
    return s;
}

static cp_stmt *names_stmt(cp_parser *p, cp_stmt_kind k)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_pvec names = {0};
    do {
        cp_token *n = expect_name(p);
        if (!n || !cp_pvec_push(p, &names, n)) return NULL;
    } while (cp_expect(p, CP_TOK_COMMA));
    cp_stmt *s = cp_mk_stmt(p, k, start);
    if (!s) return NULL;
    cp_ident_seq ids;
    if (!cp_ident_seq_new(&ids, names.len)) return cp_nomem(p);
    for (size_t i = 0; i < names.len; i++) {
        cp_ident id;
        if (!cp_name_ident(p, (cp_token *)cp_pvec_get(&names, i), &id)) return NULL;
        cp_ident_seq_set(ids, i, id);
    }
    if (k == CP_STMT_Global) s->v.Global.names = ids;
    else s->v.Nonlocal.names = ids;
    return s;
}

static bool at_stmt_end(cp_parser *p) { return cp_at(p, CP_TOK_SEMI) || cp_at(p, CP_TOK_NEWLINE); }

static cp_stmt *del_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    size_t m = p->mark;
    p->mark++;
    cp_pvec targets = {0};
    for (;;) {
        cp_token *t = cp_cur(p);
        if (t->type == CP_TOK_STAR) break;
        cp_expr *e = cp_primary(p);
        if (!e) break;
        cp_tok_type nt = cp_cur(p)->type;
        if (cp_invalid_target(e, CP_Del, false) || nt == CP_TOK_LPAR || nt == CP_TOK_LSQB || nt == CP_TOK_DOT) {
            targets.len = 0;
            break;
        }
        cp_invalid_target(e, CP_Del, true);
        if (!cp_pvec_push(p, &targets, e)) return NULL;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
        if (at_stmt_end(p)) break;
    }
    if (p->error) return NULL;
    if (targets.len == 0 || !at_stmt_end(p)) {
        if (p->invalid_pass) {
            /* invalid_del_stmt: 'del' star_expressions */
            p->mark = m + 1;
            cp_expr *a = cp_star_expressions(p);
            if (a) {
                const cp_expr *bad = cp_find_invalid_target(a, CP_TARGETS_DEL);
                if (bad) return cp_raise_node(p, bad, cp_fmt("cannot delete %s", cp_expr_name(bad)));
            }
        }
        return NULL;
    }
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_Delete, start);
    if (!s || !cp_pvec_to_exprs(p, &targets, &s->v.Delete.targets)) return NULL;
    return s;
}

static cp_stmt *simple_stmt(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (p->error) return NULL;
    size_t m = p->mark;
    cp_stmt *s;
    if (t->type == CP_TOK_NAME) {
        switch (t->kw) {
        case CP_KW_return: {
            p->mark++;
            cp_expr *v = NULL;
            if (!at_stmt_end(p)) {
                v = cp_star_expressions(p);
                if (!v) return NULL;
            }
            s = cp_mk_stmt(p, CP_STMT_Return, t);
            if (s) s->v.Return.value = v;
            return s;
        }
        case CP_KW_import: return import_stmt(p);
        case CP_KW_from: return from_stmt(p);
        case CP_KW_raise: {
            p->mark++;
            cp_expr *exc = NULL, *cause = NULL;
            if (!at_stmt_end(p)) {
                exc = cp_expression(p);
                if (!exc) return NULL;
                if (cp_expect_kw(p, CP_KW_from)) {
                    cause = cp_expression(p);
                    if (!cause) return NULL;
                }
            }
            s = cp_mk_stmt(p, CP_STMT_Raise, t);
            if (s) {
                s->v.Raise.exc = exc;
                s->v.Raise.cause = cause;
            }
            return s;
        }
        case CP_KW_pass:
        case CP_KW_break:
        case CP_KW_continue:
            p->mark++;
            return cp_mk_stmt(p, t->kw == CP_KW_pass ? CP_STMT_Pass : t->kw == CP_KW_break ? CP_STMT_Break
                                                                                          : CP_STMT_Continue, t);
        case CP_KW_del: return del_stmt(p);
        case CP_KW_assert: {
            p->mark++;
            cp_expr *test = cp_expression(p);
            if (!test) return NULL;
            cp_expr *msg = NULL;
            if (cp_expect(p, CP_TOK_COMMA)) {
                msg = cp_expression(p);
                if (!msg) return NULL;
            }
            s = cp_mk_stmt(p, CP_STMT_Assert, t);
            if (s) {
                s->v.Assert.test = test;
                s->v.Assert.msg = msg;
            }
            return s;
        }
        case CP_KW_global: return names_stmt(p, CP_STMT_Global);
        case CP_KW_nonlocal: return names_stmt(p, CP_STMT_Nonlocal);
        default: break;
        }
    }
    s = assignment_or_expr(p);
    if (p->error) return NULL;
    if (p->invalid_pass && (!s || s->kind == CP_STMT_Expr)) {
        /* CPython's `assignment` rule failed here: its invalid_assignment
         * alternative runs before the expression-statement one */
        size_t end = p->mark;
        if (!cpython_assignment_commits(p, m) && !p->error) invalid_assignment(p, m);
        if (p->error) return NULL;
        p->mark = s ? end : m;
        return s;
    }
    if (!s) p->mark = m;
    return s;
}

bool cp_simple_stmts(cp_parser *p, cp_pvec *out)
{
    cp_stmt *s = simple_stmt(p);
    if (!s || !cp_pvec_push(p, out, s)) return false;
    while (cp_expect(p, CP_TOK_SEMI)) {
        if (cp_at(p, CP_TOK_NEWLINE)) break;
        s = simple_stmt(p);
        if (!s || !cp_pvec_push(p, out, s)) return false;
    }
    return cp_expect(p, CP_TOK_NEWLINE) != NULL;
}

/* ------------------------------------------------------------------ */
/* compound statements                                                 */

static bool else_block(cp_parser *p, cp_stmt_seq *out)
{
    cp_token *e = cp_cur(p);
    if (!is_kw(e, CP_KW_else)) return true;
    p->mark++;
    if (!cp_expect_forced(p, CP_TOK_COLON, ":")) return false;
    return block(p, out, "'else' statement", e->lineno);
}

static cp_stmt *if_stmt(cp_parser *p, bool elif)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_expr *test = cp_named_expression(p);
    if (!test || !colon(p)) return NULL;
    cp_stmt *s = cp_new_stmt(CP_STMT_If, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    s->v.If.test = test;
    if (!block(p, &s->v.If.body, elif ? "'elif' statement" : "'if' statement", start->lineno)) return NULL;
    if (cp_at_kw(p, CP_KW_elif)) {
        cp_stmt *e = if_stmt(p, true);
        if (!e) return NULL;
        if (!cp_stmt_seq_new(&s->v.If.orelse, 1)) return cp_nomem(p);
        cp_stmt_seq_set(s->v.If.orelse, 0, e);
    } else if (!else_block(p, &s->v.If.orelse)) {
        return NULL;
    }
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_stmt *while_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_expr *test = cp_named_expression(p);
    if (!test || !colon(p)) return NULL;
    cp_stmt *s = cp_new_stmt(CP_STMT_While, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    s->v.While.test = test;
    if (!block(p, &s->v.While.body, "'while' statement", start->lineno)) return NULL;
    if (!else_block(p, &s->v.While.orelse)) return NULL;
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

/* invalid_for_target: 'for' star_expressions (pass 2) */
static void invalid_for_target(cp_parser *p, size_t after_for)
{
    p->mark = after_for;
    cp_expr *a = cp_star_expressions(p);
    if (!a) return;
    const cp_expr *bad = cp_find_invalid_target(a, CP_TARGETS_FOR);
    if (bad) cp_raise_node(p, bad, cp_fmt("cannot assign to %s", cp_expr_name(bad)));
}

static cp_stmt *for_stmt(cp_parser *p, const cp_token *start, bool is_async)
{
    p->mark++; /* 'for' */
    size_t after_for = p->mark;
    cp_expr *target = cp_star_targets(p);
    if (!target || !cp_expect_kw(p, CP_KW_in)) {
        if (p->invalid_pass && !p->error) invalid_for_target(p, after_for);
        return NULL;
    }
    cp_expr *iter = cp_star_expressions(p);
    if (!iter) return NULL;
    if (!colon(p)) return NULL;
    cp_stmt *s = cp_new_stmt(is_async ? CP_STMT_AsyncFor : CP_STMT_For, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    s->v.For.target = target;
    s->v.For.iter = iter;
    if (!block(p, &s->v.For.body, "'for' statement", start->lineno)) return NULL;
    if (!else_block(p, &s->v.For.orelse)) return NULL;
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_withitem *with_item(cp_parser *p)
{
    cp_expr *e = cp_expression(p);
    if (!e) return NULL;
    cp_withitem *w = (cp_withitem *)cr_alloc(sizeof(cp_withitem), CR_SCAN);
    if (!w) return cp_nomem(p);
    w->context_expr = e;
    if (cp_at_kw(p, CP_KW_as)) {
        size_t m = p->mark;
        p->mark++;
        cp_expr *t = cp_star_target(p);
        cp_tok_type nt = cp_cur(p)->type;
        if (t && (nt == CP_TOK_COMMA || nt == CP_TOK_RPAR || nt == CP_TOK_COLON)) {
            w->optional_vars = t;
        } else {
            if (p->error) return NULL;
            if (p->invalid_pass) {
                /* invalid_with_item: expression 'as' expression */
                p->mark = m + 1;
                cp_expr *a = cp_expression(p);
                nt = cp_cur(p)->type;
                if (a && (nt == CP_TOK_COMMA || nt == CP_TOK_RPAR || nt == CP_TOK_COLON)) {
                    const cp_expr *bad = cp_find_invalid_target(a, CP_TARGETS_STAR);
                    if (bad) return cp_raise_node(p, bad, cp_fmt("cannot assign to %s", cp_expr_name(bad)));
                }
            }
            p->mark = m;
        }
    }
    return w;
}

static bool with_items(cp_parser *p, cp_pvec *items, bool parens)
{
    for (;;) {
        cp_withitem *w = with_item(p);
        if (!w || !cp_pvec_push(p, items, w)) return false;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
        if (parens && cp_at(p, CP_TOK_RPAR)) break;
    }
    return true;
}

/* CPython's invalid_with_stmt: the items (without the lookahead after a
 * target), then NEWLINE instead of ':'. */
static void invalid_with_stmt(cp_parser *p, size_t after_with)
{
    for (int paren = 0; paren < 2 && !p->error; paren++) {
        p->mark = after_with;
        if (paren && !cp_expect(p, CP_TOK_LPAR)) return;
        bool ok = true;
        for (;;) {
            if (!cp_expression(p)) {
                ok = false;
                break;
            }
            if (cp_expect_kw(p, CP_KW_as) && !cp_star_target(p)) {
                ok = false;
                break;
            }
            if (!cp_expect(p, CP_TOK_COMMA)) break;
            if (paren && cp_at(p, CP_TOK_RPAR)) break;
        }
        if (!ok || p->error) continue;
        if (paren && !cp_expect(p, CP_TOK_RPAR)) continue;
        if (cp_at(p, CP_TOK_NEWLINE)) {
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("expected ':'"));
            return;
        }
    }
}

static cp_stmt *with_stmt(cp_parser *p, const cp_token *start, bool is_async)
{
    p->mark++; /* 'with' */
    size_t m = p->mark;
    cp_pvec items = {0};
    bool ok = false;
    if (cp_at(p, CP_TOK_LPAR)) {
        p->mark++;
        ok = with_items(p, &items, true) && cp_expect(p, CP_TOK_RPAR) && cp_at(p, CP_TOK_COLON);
        if (p->error) return NULL;
        if (!ok) {
            p->mark = m;
            items.len = 0;
        }
    }
    if (!ok && !with_items(p, &items, false)) {
        if (p->invalid_pass && !p->error) invalid_with_stmt(p, m);
        return NULL;
    }
    if (!cp_expect(p, CP_TOK_COLON)) {
        if (p->invalid_pass && !p->error) invalid_with_stmt(p, m);
        return NULL;
    }
    cp_stmt *s = cp_new_stmt(is_async ? CP_STMT_AsyncWith : CP_STMT_With, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    if (!cp_withitem_seq_new(&s->v.With.items, items.len)) return cp_nomem(p);
    for (size_t i = 0; i < items.len; i++)
        cp_withitem_seq_set(s->v.With.items, i, (cp_withitem *)cp_pvec_get(&items, i));
    if (!block(p, &s->v.With.body, "'with' statement", start->lineno)) return NULL;
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_excepthandler *except_block(cp_parser *p, bool *star)
{
    cp_token *start = cp_expect_kw(p, CP_KW_except);
    if (!start) return NULL;
    *star = cp_expect(p, CP_TOK_STAR) != NULL;
    cp_expr *type = NULL;
    cp_ident name = {0};
    if (!cp_at(p, CP_TOK_COLON)) {
        if (cp_at(p, CP_TOK_NEWLINE) && p->invalid_pass)
            return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr(*star ? "expected one or more exception types"
                                                                      : "expected ':'"));
        type = cp_expression(p);
        if (!type) return NULL;
        if (cp_at(p, CP_TOK_COMMA) && p->invalid_pass) {
            size_t m = p->mark;
            p->mark++;
            if (cp_expression(p)) {
                while (cp_expect(p, CP_TOK_COMMA))
                    if (!cp_expression(p)) break;
                if (cp_expect_kw(p, CP_KW_as)) expect_name(p);
                if (cp_at(p, CP_TOK_COLON)) {
                    cp_token *last = cp_last(p);
                    return cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("multiple exception types must be parenthesized"),
                                       type->lineno, type->col_offset, last->end_lineno, last->end_col_offset);
                }
            }
            if (p->error) return NULL;
            p->mark = m;
        }
        if (cp_expect_kw(p, CP_KW_as)) {
            cp_token *n = expect_name(p);
            if (!n || !cp_name_ident(p, n, &name)) return NULL;
        }
    } else if (*star) {
        if (p->invalid_pass) return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("expected one or more exception types"));
        return NULL;
    }
    if (!colon(p)) return NULL;
    cp_excepthandler *h = (cp_excepthandler *)cr_alloc(sizeof(cp_excepthandler), CR_SCAN);
    if (!h) return cp_nomem(p);
    h->kind = CP_EXCEPTHANDLER_ExceptHandler;
    h->v.ExceptHandler.type = type;
    h->v.ExceptHandler.name = name;
    if (!block(p, &h->v.ExceptHandler.body, *star ? "'except*' statement" : "'except' statement", start->lineno))
        return NULL;
    cp_token *last = cp_last(p);
    h->lineno = start->lineno;
    h->col_offset = start->col_offset;
    h->end_lineno = last->end_lineno;
    h->end_col_offset = last->end_col_offset;
    return h;
}

static cp_stmt *try_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    if (!cp_expect_forced(p, CP_TOK_COLON, ":")) return NULL;
    cp_stmt *s = cp_new_stmt(CP_STMT_Try, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    if (!block(p, &s->v.Try.body, "'try' statement", start->lineno)) return NULL;
    cp_pvec handlers = {0};
    int star_kind = -1; /* -1 unknown, 0 except, 1 except* */
    while (cp_at_kw(p, CP_KW_except)) {
        cp_token *et = cp_cur(p);
        bool star;
        size_t m = p->mark;
        cp_excepthandler *h = except_block(p, &star);
        if (!h) return NULL;
        if (star_kind >= 0 && star_kind != (int)star) {
            if (!p->invalid_pass) return NULL;
            p->mark = m;
            if (star) {
                cp_token *st = cp_peek(p, 1);
                return cp_raise_at(p, CP_ERR_SYNTAX,
                                   cr_span_cstr("cannot have both 'except' and 'except*' on the same 'try'"),
                                   et->lineno, et->col_offset, st->end_lineno, st->end_col_offset);
            }
            return cp_raise_tok(p, et, cr_span_cstr("cannot have both 'except' and 'except*' on the same 'try'"));
        }
        star_kind = star;
        if (!cp_pvec_push(p, &handlers, h)) return NULL;
    }
    if (star_kind == 1) s->kind = CP_STMT_TryStar;
    if (!cp_excepthandler_seq_new(&s->v.Try.handlers, handlers.len)) return cp_nomem(p);
    for (size_t i = 0; i < handlers.len; i++)
        cp_excepthandler_seq_set(s->v.Try.handlers, i, (cp_excepthandler *)cp_pvec_get(&handlers, i));
    if (handlers.len && !else_block(p, &s->v.Try.orelse)) return NULL;
    cp_token *f = cp_cur(p);
    if (is_kw(f, CP_KW_finally)) {
        p->mark++;
        if (!cp_expect_forced(p, CP_TOK_COLON, ":")) return NULL;
        if (!block(p, &s->v.Try.finalbody, "'finally' statement", f->lineno)) return NULL;
    } else if (handlers.len == 0) {
        if (p->invalid_pass) return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("expected 'except' or 'finally' block"));
        return NULL;
    }
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_stmt *funcdef(cp_parser *p, const cp_token *start, bool is_async, cp_expr_seq decorators)
{
    p->mark++; /* 'def' */
    cp_token *n = expect_name(p);
    if (!n) return NULL;
    if (!cp_expect_forced(p, CP_TOK_LPAR, "(")) return NULL;
    cp_arguments *args = cp_parameters(p, false, CP_TOK_RPAR);
    if (!args) return NULL;
    if (!cp_expect(p, CP_TOK_RPAR)) return NULL;
    cp_expr *returns = NULL;
    if (cp_expect(p, CP_TOK_RARROW)) {
        returns = cp_expression(p);
        if (!returns) {
            if (p->error) return NULL;
            p->mark--; /* ['->' expression] did not match */
        }
    }
    if (!cp_expect_forced(p, CP_TOK_COLON, ":")) return NULL;
    cp_stmt *s = cp_new_stmt(is_async ? CP_STMT_AsyncFunctionDef : CP_STMT_FunctionDef, start->lineno,
                             start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    if (!cp_name_ident(p, n, &s->v.FunctionDef.name)) return NULL;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.decorator_list = decorators;
    if (!block(p, &s->v.FunctionDef.body, "function definition", start->lineno)) return NULL;
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_stmt *classdef(cp_parser *p, cp_expr_seq decorators)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_token *n = expect_name(p);
    if (!n) return NULL;
    cp_stmt *s = cp_new_stmt(CP_STMT_ClassDef, start->lineno, start->col_offset, 0, 0);
    if (!s) return cp_nomem(p);
    if (!cp_name_ident(p, n, &s->v.ClassDef.name)) return NULL;
    s->v.ClassDef.decorator_list = decorators;
    cp_token *open = cp_expect(p, CP_TOK_LPAR);
    if (open) {
        if (!cp_call_args(p, open, &s->v.ClassDef.bases, &s->v.ClassDef.keywords, false)) return NULL;
    }
    if (!colon(p)) return NULL;
    if (!block(p, &s->v.ClassDef.body, "class definition", start->lineno)) return NULL;
    cp_token *last = cp_last(p);
    s->end_lineno = last->end_lineno;
    s->end_col_offset = last->end_col_offset;
    return s;
}

static cp_stmt *decorated(cp_parser *p)
{
    cp_pvec decs = {0};
    while (cp_expect(p, CP_TOK_AT)) {
        cp_expr *d = cp_named_expression(p);
        if (!d || !cp_expect(p, CP_TOK_NEWLINE)) return NULL;
        if (!cp_pvec_push(p, &decs, d)) return NULL;
    }
    cp_expr_seq ds;
    if (!cp_pvec_to_exprs(p, &decs, &ds)) return NULL;
    cp_token *t = cp_cur(p);
    if (is_kw(t, CP_KW_def)) return funcdef(p, t, false, ds);
    if (is_kw(t, CP_KW_async) && is_kw(cp_peek(p, 1), CP_KW_def)) {
        p->mark++;
        return funcdef(p, t, true, ds);
    }
    if (is_kw(t, CP_KW_class)) return classdef(p, ds);
    return NULL;
}

/* ---- match ---- */

static cp_expr *subject_expr(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    size_t m = p->mark;
    cp_expr *a = cp_star_named_expression(p);
    if (a && cp_at(p, CP_TOK_COMMA)) {
        cp_pvec elts = {0};
        if (!cp_pvec_push(p, &elts, a)) return NULL;
        while (cp_expect(p, CP_TOK_COMMA)) {
            size_t m2 = p->mark;
            cp_expr *b = cp_star_named_expression(p);
            if (!b) {
                if (p->error) return NULL;
                p->mark = m2;
                break;
            }
            if (!cp_pvec_push(p, &elts, b)) return NULL;
        }
        cp_expr *t = cp_mk_expr(p, CP_EXPR_Tuple, start);
        if (!t || !cp_pvec_to_exprs(p, &elts, &t->v.Tuple.elts)) return NULL;
        t->v.Tuple.ctx = CP_Load;
        return t;
    }
    if (p->error) return NULL;
    p->mark = m;
    return cp_named_expression(p);
}

static cp_match_case *case_block(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (!cp_at_soft(p, "case")) return NULL;
    p->mark++;
    cp_pattern *pat = cp_patterns(p);
    if (!pat) return NULL;
    cp_expr *guard = NULL;
    if (cp_expect_kw(p, CP_KW_if)) {
        guard = cp_named_expression(p);
        if (!guard) return NULL;
    }
    if (!colon(p)) return NULL;
    cp_match_case *c = (cp_match_case *)cr_alloc(sizeof(cp_match_case), CR_SCAN);
    if (!c) return cp_nomem(p);
    c->pattern = pat;
    c->guard = guard;
    if (!block(p, &c->body, "'case' statement", start->lineno)) return NULL;
    return c;
}

static cp_stmt *match_stmt(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    p->mark++;
    cp_expr *subject = subject_expr(p);
    if (!subject) return NULL;
    if (!cp_expect(p, CP_TOK_COLON)) {
        if (p->invalid_pass && cp_at(p, CP_TOK_NEWLINE))
            return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("expected ':'"));
        return NULL;
    }
    if (!cp_at(p, CP_TOK_NEWLINE)) return NULL;
    if (cp_peek(p, 1)->type != CP_TOK_INDENT) {
        if (p->invalid_pass) {
            p->mark++;
            cp_cur(p);
            return cp_raise_last(p, CP_ERR_INDENTATION,
                                 cp_fmt("expected an indented block after 'match' statement on line %d", start->lineno));
        }
        return NULL;
    }
    p->mark += 2;
    cp_pvec cases = {0};
    while (cp_at_soft(p, "case")) {
        cp_match_case *c = case_block(p);
        if (!c || !cp_pvec_push(p, &cases, c)) return NULL;
    }
    if (cases.len == 0 || !cp_expect(p, CP_TOK_DEDENT)) return NULL;
    cp_stmt *s = cp_mk_stmt(p, CP_STMT_Match, start);
    if (!s) return NULL;
    s->v.Match.subject = subject;
    if (!cp_match_case_seq_new(&s->v.Match.cases, cases.len)) return cp_nomem(p);
    for (size_t i = 0; i < cases.len; i++)
        cp_match_case_seq_set(s->v.Match.cases, i, (cp_match_case *)cp_pvec_get(&cases, i));
    return s;
}

static cp_stmt *compound_stmt(cp_parser *p, bool *is_compound)
{
    cp_token *t = cp_cur(p);
    *is_compound = true;
    cp_expr_seq none = {0};
    if (t->type == CP_TOK_AT) return decorated(p);
    if (t->type == CP_TOK_NAME) {
        switch (t->kw) {
        case CP_KW_def: return funcdef(p, t, false, none);
        case CP_KW_if: return if_stmt(p, false);
        case CP_KW_class: return classdef(p, none);
        case CP_KW_with: return with_stmt(p, t, false);
        case CP_KW_for: return for_stmt(p, t, false);
        case CP_KW_try: return try_stmt(p);
        case CP_KW_while: return while_stmt(p);
        case CP_KW_async: {
            cp_token *n = cp_peek(p, 1);
            if (is_kw(n, CP_KW_def)) { p->mark++; return funcdef(p, t, true, none); }
            if (is_kw(n, CP_KW_with)) { p->mark++; return with_stmt(p, t, true); }
            if (is_kw(n, CP_KW_for)) { p->mark++; return for_stmt(p, t, true); }
            break;
        }
        case 0:
            if (cp_at_soft(p, "match")) {
                size_t m = p->mark;
                cp_stmt *s = match_stmt(p);
                if (s || p->error) return s;
                p->mark = m;
            }
            break;
        default: break;
        }
    }
    *is_compound = false;
    return NULL;
}

bool cp_statement(cp_parser *p, cp_pvec *out)
{
    if (!cp_enter(p)) return false;
    bool compound;
    size_t m = p->mark;
    cp_stmt *s = compound_stmt(p, &compound);
    bool ok;
    if (s) {
        ok = cp_pvec_push(p, out, s);
    } else if (compound || p->error) {
        ok = false;
    } else {
        p->mark = m;
        ok = cp_simple_stmts(p, out);
    }
    cp_leave(p);
    return ok && !p->error;
}
