/* Patterns of the match statement (CPython 3.11's pattern rules). */
#include "compiler/parse_priv.h"

cp_pattern *cp_patterns(cp_parser *p);
cp_pattern *cp_pattern_(cp_parser *p);

static cp_pattern *mk_pat(cp_parser *p, cp_pattern_kind k, const cp_token *start)
{
    cp_token *last = cp_last(p);
    cp_pattern *pt = cp_new_pattern(k, start->lineno, start->col_offset, last->end_lineno, last->end_col_offset);
    if (!pt) cp_nomem(p);
    return pt;
}

static bool pats_from(cp_parser *p, const cp_pvec *v, cp_pattern_seq *out)
{
    if (!cp_pattern_seq_new(out, v->len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < v->len; i++) cp_pattern_seq_set(*out, i, (cp_pattern *)cp_pvec_get(v, i));
    return true;
}

static bool is_name(const cp_token *t) { return t->type == CP_TOK_NAME && t->kw == 0; }

static bool tok_is(cp_parser *p, const cp_token *t, const char *s)
{
    return is_name(t) && cr_span_eq(cp_tok_text(p, t), cr_span_cstr(s));
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static cp_token *capture_target(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (!is_name(t) || tok_is(p, t, "_")) return NULL;
    cp_tok_type n = cp_peek(p, 1)->type;
    if (n == CP_TOK_DOT || n == CP_TOK_LPAR || n == CP_TOK_EQUAL) return NULL;
    p->mark++;
    return t;
}

/* NUMBER with a check on its kind (real or imaginary). */
static cp_expr *number(cp_parser *p, int want_imag)
{
    cp_token *t = cp_expect(p, CP_TOK_NUMBER);
    if (!t) return NULL;
    cp_expr *e = cp_number(p, t);
    if (!e) return NULL;
    bool imag = e->v.Constant.value.kind == CP_CONST_Imag;
    if (want_imag == 1 && !imag) return cp_raise_node(p, e, cr_span_cstr("imaginary number required in complex literal"));
    if (want_imag == 0 && imag) return cp_raise_node(p, e, cr_span_cstr("real number required in complex literal"));
    return e;
}

static cp_expr *neg(cp_parser *p, const cp_token *start, cp_expr *v)
{
    cp_expr *e = cp_mk_expr(p, CP_EXPR_UnaryOp, start);
    if (!e) return NULL;
    e->v.UnaryOp.op = CP_USub;
    e->v.UnaryOp.operand = v;
    return e;
}

/* signed_number, or complex_number when followed by '+'/'-'. */
static cp_expr *signed_or_complex(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    bool minus = cp_expect(p, CP_TOK_MINUS) != NULL;
    cp_token *nt = cp_cur(p);
    if (nt->type != CP_TOK_NUMBER) return NULL;
    cp_tok_type after = cp_peek(p, 1)->type;
    bool complex = after == CP_TOK_PLUS || after == CP_TOK_MINUS;
    cp_expr *v = number(p, complex ? 0 : -1);
    if (!v) return NULL;
    if (minus) {
        v = neg(p, start, v);
        if (!v) return NULL;
    }
    if (!complex) return v;
    cp_token *op = cp_cur(p);
    p->mark++;
    cp_expr *im = number(p, 1);
    if (!im) return NULL;
    cp_expr *e = cp_mk_expr(p, CP_EXPR_BinOp, start);
    if (!e) return NULL;
    e->v.BinOp.left = v;
    e->v.BinOp.op = op->type == CP_TOK_PLUS ? CP_Add : CP_Sub;
    e->v.BinOp.right = im;
    return e;
}

/* name_or_attr: NAME ('.' NAME)* as a Name / Attribute chain. */
static cp_expr *name_or_attr(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    if (!is_name(start)) return NULL;
    p->mark++;
    cp_expr *e = cp_new_expr(CP_EXPR_Name, start->lineno, start->col_offset, start->end_lineno, start->end_col_offset);
    if (!e) return cp_nomem(p);
    if (!cp_name_ident(p, start, &e->v.Name.id)) return NULL;
    e->v.Name.ctx = CP_Load;
    while (cp_at(p, CP_TOK_DOT) && is_name(cp_peek(p, 1))) {
        cp_token *n = cp_peek(p, 1);
        p->mark += 2;
        cp_expr *a = cp_mk_expr(p, CP_EXPR_Attribute, start);
        if (!a || !cp_name_ident(p, n, &a->v.Attribute.attr)) return NULL;
        a->v.Attribute.value = e;
        a->v.Attribute.ctx = CP_Load;
        e = a;
    }
    return e;
}

/* literal_expr | attr, for mapping keys */
static cp_expr *mapping_key(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_NUMBER || t->type == CP_TOK_MINUS) return signed_or_complex(p);
    if (t->type == CP_TOK_STRING) return cp_strings(p);
    if (t->type == CP_TOK_NAME && (t->kw == CP_KW_None || t->kw == CP_KW_True || t->kw == CP_KW_False)) {
        p->mark++;
        cp_expr *e = cp_new_expr(CP_EXPR_Constant, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
        if (!e) return cp_nomem(p);
        e->v.Constant.value.kind = t->kw == CP_KW_None ? CP_CONST_None : t->kw == CP_KW_True ? CP_CONST_True : CP_CONST_False;
        return e;
    }
    size_t m = p->mark;
    cp_expr *a = name_or_attr(p);
    if (a && a->kind == CP_EXPR_Attribute) return a;
    if (!p->error) p->mark = m;
    return NULL;
}

static cp_pattern *star_pattern(cp_parser *p)
{
    cp_token *start = cp_expect(p, CP_TOK_STAR);
    if (!start) return NULL;
    cp_ident name = {0};
    cp_token *t = capture_target(p);
    if (t) {
        if (!cp_name_ident(p, t, &name)) return NULL;
    } else if (tok_is(p, cp_cur(p), "_")) {
        p->mark++;
    } else {
        p->mark--;
        return NULL;
    }
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchStar, start);
    if (pt) pt->v.MatchStar.name = name;
    return pt;
}

static cp_pattern *maybe_star_pattern(cp_parser *p)
{
    if (cp_at(p, CP_TOK_STAR)) return star_pattern(p);
    return cp_pattern_(p);
}

/* ','.maybe_star_pattern+ ','? up to closer (not consumed) */
static bool sequence_items(cp_parser *p, cp_pvec *items, cp_tok_type closer)
{
    while (!cp_at(p, closer)) {
        cp_pattern *x = maybe_star_pattern(p);
        if (!x || !cp_pvec_push(p, items, x)) return false;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    return cp_at(p, closer);
}

static cp_pattern *mapping_pattern(cp_parser *p)
{
    cp_token *start = cp_expect(p, CP_TOK_LBRACE);
    if (!start) return NULL;
    cp_pvec keys = {0}, pats = {0};
    cp_ident rest = {0};
    while (!cp_at(p, CP_TOK_RBRACE)) {
        if (cp_expect(p, CP_TOK_DOUBLESTAR)) {
            cp_token *t = capture_target(p);
            if (!t || !cp_name_ident(p, t, &rest)) return NULL;
            cp_expect(p, CP_TOK_COMMA);
            break;
        }
        cp_expr *k = mapping_key(p);
        if (!k || !cp_expect(p, CP_TOK_COLON)) return NULL;
        cp_pattern *v = cp_pattern_(p);
        if (!v || !cp_pvec_push(p, &keys, k) || !cp_pvec_push(p, &pats, v)) return NULL;
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (!cp_expect(p, CP_TOK_RBRACE)) return NULL;
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchMapping, start);
    if (!pt) return NULL;
    if (!cp_pvec_to_exprs(p, &keys, &pt->v.MatchMapping.keys) || !pats_from(p, &pats, &pt->v.MatchMapping.patterns))
        return NULL;
    pt->v.MatchMapping.rest = rest;
    return pt;
}

static cp_pattern *class_pattern(cp_parser *p, const cp_token *start, cp_expr *cls)
{
    p->mark++; /* '(' */
    cp_pvec pos = {0}, kwnames = {0}, kwpats = {0};
    const cp_pattern *first_bad = NULL, *last_bad = NULL;
    while (!cp_at(p, CP_TOK_RPAR)) {
        cp_token *t = cp_cur(p);
        if (is_name(t) && cp_peek(p, 1)->type == CP_TOK_EQUAL) {
            p->mark += 2;
            cp_pattern *v = cp_pattern_(p);
            if (!v || !cp_pvec_push(p, &kwnames, t) || !cp_pvec_push(p, &kwpats, v)) return NULL;
        } else {
            cp_pattern *v = cp_pattern_(p);
            if (!v) return NULL;
            if (kwnames.len) {
                if (!first_bad) first_bad = v;
                last_bad = v;
            }
            if (!cp_pvec_push(p, &pos, v)) return NULL;
        }
        if (!cp_expect(p, CP_TOK_COMMA)) break;
    }
    if (first_bad) {
        if (!p->invalid_pass) return NULL;
        return cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("positional patterns follow keyword patterns"),
                           first_bad->lineno, first_bad->col_offset, last_bad->end_lineno, last_bad->end_col_offset);
    }
    if (!cp_expect(p, CP_TOK_RPAR)) return NULL;
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchClass, start);
    if (!pt) return NULL;
    pt->v.MatchClass.cls = cls;
    if (!pats_from(p, &pos, &pt->v.MatchClass.patterns) || !pats_from(p, &kwpats, &pt->v.MatchClass.kwd_patterns))
        return NULL;
    if (!cp_ident_seq_new(&pt->v.MatchClass.kwd_attrs, kwnames.len)) return cp_nomem(p);
    for (size_t i = 0; i < kwnames.len; i++) {
        cp_ident id;
        if (!cp_name_ident(p, (cp_token *)cp_pvec_get(&kwnames, i), &id)) return NULL;
        cp_ident_seq_set(pt->v.MatchClass.kwd_attrs, i, id);
    }
    return pt;
}

static cp_pattern *closed_pattern(cp_parser *p)
{
    cp_token *t = cp_cur(p);
    if (p->error) return NULL;
    if (t->type == CP_TOK_NUMBER || t->type == CP_TOK_MINUS || t->type == CP_TOK_STRING) {
        cp_expr *v = t->type == CP_TOK_STRING ? cp_strings(p) : signed_or_complex(p);
        if (!v) return NULL;
        cp_pattern *pt = mk_pat(p, CP_PAT_MatchValue, t);
        if (pt) pt->v.MatchValue.value = v;
        return pt;
    }
    if (t->type == CP_TOK_NAME && (t->kw == CP_KW_None || t->kw == CP_KW_True || t->kw == CP_KW_False)) {
        p->mark++;
        cp_pattern *pt = mk_pat(p, CP_PAT_MatchSingleton, t);
        if (pt)
            pt->v.MatchSingleton.value.kind = t->kw == CP_KW_None ? CP_CONST_None
                                             : t->kw == CP_KW_True ? CP_CONST_True
                                                                   : CP_CONST_False;
        return pt;
    }
    if (is_name(t)) {
        cp_token *ct = capture_target(p);
        if (ct) {
            cp_pattern *pt = mk_pat(p, CP_PAT_MatchAs, t);
            if (pt && !cp_name_ident(p, ct, &pt->v.MatchAs.name)) return NULL;
            return pt;
        }
        if (tok_is(p, t, "_") && cp_peek(p, 1)->type != CP_TOK_DOT && cp_peek(p, 1)->type != CP_TOK_LPAR) {
            p->mark++;
            return mk_pat(p, CP_PAT_MatchAs, t);
        }
        cp_expr *a = name_or_attr(p);
        if (!a) return NULL;
        if (cp_at(p, CP_TOK_LPAR)) return class_pattern(p, t, a);
        if (a->kind != CP_EXPR_Attribute || cp_at(p, CP_TOK_DOT) || cp_at(p, CP_TOK_EQUAL)) return NULL;
        cp_pattern *pt = mk_pat(p, CP_PAT_MatchValue, t);
        if (pt) pt->v.MatchValue.value = a;
        return pt;
    }
    if (t->type == CP_TOK_LPAR) {
        if (!cp_enter(p)) return NULL;
        p->mark++;
        cp_pattern *r = NULL;
        cp_pvec items = {0};
        if (cp_at(p, CP_TOK_RPAR)) {
            p->mark++;
            r = mk_pat(p, CP_PAT_MatchSequence, t);
        } else {
            cp_pattern *first = maybe_star_pattern(p);
            if (first && first->kind != CP_PAT_MatchStar && cp_expect(p, CP_TOK_RPAR)) {
                r = first; /* group_pattern */
            } else if (first && cp_expect(p, CP_TOK_COMMA)) {
                if (cp_pvec_push(p, &items, first) && sequence_items(p, &items, CP_TOK_RPAR)) {
                    p->mark++;
                    r = mk_pat(p, CP_PAT_MatchSequence, t);
                    if (r && !pats_from(p, &items, &r->v.MatchSequence.patterns)) r = NULL;
                }
            }
        }
        cp_leave(p);
        return r;
    }
    if (t->type == CP_TOK_LSQB) {
        if (!cp_enter(p)) return NULL;
        p->mark++;
        cp_pvec items = {0};
        cp_pattern *r = NULL;
        if (sequence_items(p, &items, CP_TOK_RSQB)) {
            p->mark++;
            r = mk_pat(p, CP_PAT_MatchSequence, t);
            if (r && !pats_from(p, &items, &r->v.MatchSequence.patterns)) r = NULL;
        }
        cp_leave(p);
        return r;
    }
    if (t->type == CP_TOK_LBRACE) {
        if (!cp_enter(p)) return NULL;
        cp_pattern *r = mapping_pattern(p);
        cp_leave(p);
        return r;
    }
    return NULL;
}

static cp_pattern *or_pattern(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_pattern *a = closed_pattern(p);
    if (!a || !cp_at(p, CP_TOK_VBAR)) return a;
    cp_pvec alts = {0};
    if (!cp_pvec_push(p, &alts, a)) return NULL;
    while (cp_expect(p, CP_TOK_VBAR)) {
        cp_pattern *b = closed_pattern(p);
        if (!b || !cp_pvec_push(p, &alts, b)) return NULL;
    }
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchOr, start);
    if (!pt || !pats_from(p, &alts, &pt->v.MatchOr.patterns)) return NULL;
    return pt;
}

/* pattern: as_pattern | or_pattern */
cp_pattern *cp_pattern_(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_pattern *a = or_pattern(p);
    if (!a || !cp_at_kw(p, CP_KW_as)) return a;
    p->mark++;
    cp_token *t = capture_target(p);
    if (!t) {
        if (p->invalid_pass) {
            cp_token *x = cp_cur(p);
            if (tok_is(p, x, "_")) return cp_raise_tok(p, x, cr_span_cstr("cannot use '_' as a target"));
            size_t m = p->mark;
            cp_expr *e = cp_expression(p);
            if (e) return cp_raise_node(p, e, cr_span_cstr("invalid pattern target"));
            if (!p->error) p->mark = m;
        }
        return NULL;
    }
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchAs, start);
    if (!pt) return NULL;
    pt->v.MatchAs.pattern = a;
    if (!cp_name_ident(p, t, &pt->v.MatchAs.name)) return NULL;
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
cp_pattern *cp_patterns(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_pattern *a = maybe_star_pattern(p);
    if (!a) return NULL;
    if (!cp_at(p, CP_TOK_COMMA)) {
        if (a->kind == CP_PAT_MatchStar) return NULL;
        return a;
    }
    cp_pvec items = {0};
    if (!cp_pvec_push(p, &items, a)) return NULL;
    while (cp_expect(p, CP_TOK_COMMA)) {
        cp_tok_type t = cp_cur(p)->type;
        if (t == CP_TOK_COLON || (t == CP_TOK_NAME && cp_cur(p)->kw == CP_KW_if)) break;
        cp_pattern *x = maybe_star_pattern(p);
        if (!x || !cp_pvec_push(p, &items, x)) return NULL;
    }
    cp_pattern *pt = mk_pat(p, CP_PAT_MatchSequence, start);
    if (!pt || !pats_from(p, &items, &pt->v.MatchSequence.patterns)) return NULL;
    return pt;
}
