/* Expression -> source text, for "from __future__ import annotations"
 * (compiler layer): a port of CPython 3.11's Python/ast_unparse.c, which
 * gives the exact strings stored in __annotations__.
 */
#include "compiler/compile_int.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND, PR_SHIFT,
    PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct {
    cr_buf out;
    bool failed; /* an exception is pending */
} unparser;

static void up_expr(unparser *u, cp_expr *e, int level);

static void s_(unparser *u, const char *s) { cr_buf_cstr(&u->out, s); }
static void span_(unparser *u, cr_span s) { cr_buf_append(&u->out, s); }
static void s_if(unparser *u, bool cond, const char *s)
{
    if (cond) s_(u, s);
}

static void val_repr(unparser *u, Val v)
{
    if (u->failed) return;
    if (!v) {
        u->failed = true;
        return;
    }
    Val r = vm_repr(v);
    if (!r) {
        u->failed = true;
        return;
    }
    cr_span sp = vm_str_span(r);
    if (vm_is_type(v, &vm_type_float) || vm_is_type(v, &vm_type_complex)) {
        /* inf is written 1e309 so that the text evaluates back to it */
        cr_span inf = cr_span_cstr("inf");
        size_t at = 0;
        for (;;) {
            int64_t k = cr_span_find(sp, inf, at);
            if (k < 0) break;
            span_(u, cr_span_sub(sp, at, (size_t)k - at));
            s_(u, "1e309");
            at = (size_t)k + 3;
        }
        span_(u, cr_span_from(sp, at));
        return;
    }
    span_(u, sp);
}

static void up_seq(unparser *u, cp_expr_seq seq, int level)
{
    for (size_t i = 0; i < seq.len; i++) {
        if (i) s_(u, ", ");
        up_expr(u, cp_expr_seq_get(seq, i), level);
    }
}

static const char *binop_str(cp_operator op, int *pr)
{
    switch (op) {
    case CP_Add: *pr = PR_ARITH; return " + ";
    case CP_Sub: *pr = PR_ARITH; return " - ";
    case CP_Mult: *pr = PR_TERM; return " * ";
    case CP_MatMult: *pr = PR_TERM; return " @ ";
    case CP_Div: *pr = PR_TERM; return " / ";
    case CP_Mod: *pr = PR_TERM; return " % ";
    case CP_LShift: *pr = PR_SHIFT; return " << ";
    case CP_RShift: *pr = PR_SHIFT; return " >> ";
    case CP_BitOr: *pr = PR_BOR; return " | ";
    case CP_BitXor: *pr = PR_BXOR; return " ^ ";
    case CP_BitAnd: *pr = PR_BAND; return " & ";
    case CP_FloorDiv: *pr = PR_TERM; return " // ";
    case CP_Pow: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ARITH;
    return " ? ";
}

static const char *cmpop_str(cp_cmpop op)
{
    switch (op) {
    case CP_Eq: return " == ";
    case CP_NotEq: return " != ";
    case CP_Lt: return " < ";
    case CP_LtE: return " <= ";
    case CP_Gt: return " > ";
    case CP_GtE: return " >= ";
    case CP_Is: return " is ";
    case CP_IsNot: return " is not ";
    case CP_In: return " in ";
    case CP_NotIn: return " not in ";
    }
    return " ? ";
}

static void up_arg(unparser *u, cp_arg *a)
{
    span_(u, a->arg);
    if (a->annotation) {
        s_(u, ": ");
        up_expr(u, a->annotation, PR_TEST);
    }
}

static void up_args(unparser *u, cp_arguments *a)
{
    bool first = true;
    size_t npos = a->posonlyargs.len, nargs = a->args.len, ndef = a->defaults.len;
    for (size_t i = 0; i < npos + nargs; i++) {
        if (!first) s_(u, ", ");
        first = false;
        up_arg(u, i < npos ? cp_arg_seq_get(a->posonlyargs, i) : cp_arg_seq_get(a->args, i - npos));
        int64_t di = (int64_t)i - (int64_t)(npos + nargs) + (int64_t)ndef;
        if (di >= 0) {
            s_(u, "=");
            up_expr(u, cp_expr_seq_get(a->defaults, (size_t)di), PR_TEST);
        }
        if (npos && i + 1 == npos) s_(u, ", /");
    }
    if (a->vararg || a->kwonlyargs.len) {
        if (!first) s_(u, ", ");
        first = false;
        s_(u, "*");
        if (a->vararg) up_arg(u, a->vararg);
    }
    size_t nkw = a->kwonlyargs.len, nkwd = a->kw_defaults.len;
    for (size_t i = 0; i < nkw; i++) {
        if (!first) s_(u, ", ");
        first = false;
        up_arg(u, cp_arg_seq_get(a->kwonlyargs, i));
        int64_t di = (int64_t)i - (int64_t)nkw + (int64_t)nkwd;
        if (di >= 0) {
            cp_expr *d = cp_expr_seq_get(a->kw_defaults, (size_t)di);
            if (d) {
                s_(u, "=");
                up_expr(u, d, PR_TEST);
            }
        }
    }
    if (a->kwarg) {
        if (!first) s_(u, ", ");
        s_(u, "**");
        up_arg(u, a->kwarg);
    }
}

static void up_comprehensions(unparser *u, cp_comprehension_seq gens)
{
    for (size_t i = 0; i < gens.len; i++) {
        cp_comprehension *g = cp_comprehension_seq_get(gens, i);
        s_(u, g->is_async ? " async for " : " for ");
        up_expr(u, g->target, PR_TUPLE);
        s_(u, " in ");
        up_expr(u, g->iter, PR_TEST + 1);
        for (size_t k = 0; k < g->ifs.len; k++) {
            s_(u, " if ");
            up_expr(u, cp_expr_seq_get(g->ifs, k), PR_TEST + 1);
        }
    }
}

static void up_fstring_element(unparser *u, cp_expr *e, bool is_format_spec);

/* The text inside an f-string's quotes (braces of literal parts doubled). */
static void up_fstring_body(unparser *u, cp_expr_seq values)
{
    for (size_t i = 0; i < values.len; i++) up_fstring_element(u, cp_expr_seq_get(values, i), true);
}

static void up_formatted_value(unparser *u, cp_expr *e)
{
    unparser inner;
    cr_buf_init(&inner.out);
    inner.failed = false;
    up_expr(&inner, e->v.FormattedValue.value, PR_TEST + 1);
    if (inner.failed) {
        u->failed = true;
        return;
    }
    cr_span t = cr_buf_span(&inner.out);
    s_(u, t.len && cr_span_at(t, 0) == '{' ? "{ " : "{");
    span_(u, t);
    switch (e->v.FormattedValue.conversion) {
    case 'a': s_(u, "!a"); break;
    case 'r': s_(u, "!r"); break;
    case 's': s_(u, "!s"); break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec) {
        s_(u, ":");
        up_fstring_element(u, e->v.FormattedValue.format_spec, true);
    }
    s_(u, "}");
}

static void up_fstring_element(unparser *u, cp_expr *e, bool is_format_spec)
{
    switch (e->kind) {
    case CP_EXPR_Constant: {
        cr_span t = e->v.Constant.value.text;
        for (size_t i = 0; i < t.len; i++) {
            uint8_t ch = cr_span_at(t, i);
            cr_buf_byte(&u->out, ch);
            if (ch == '{' || ch == '}') cr_buf_byte(&u->out, ch);
        }
        return;
    }
    case CP_EXPR_JoinedStr:
        if (is_format_spec) {
            up_fstring_body(u, e->v.JoinedStr.values);
            return;
        }
        break;
    case CP_EXPR_FormattedValue: up_formatted_value(u, e); return;
    default: break;
    }
    up_expr(u, e, PR_TEST);
}

static void up_joined_str(unparser *u, cp_expr *e)
{
    unparser body;
    cr_buf_init(&body.out);
    body.failed = false;
    up_fstring_body(&body, e->v.JoinedStr.values);
    if (body.failed || body.out.failed) {
        u->failed = true;
        return;
    }
    s_(u, "f");
    Val s = vm_str_decode_utf8(cr_buf_span(&body.out), "surrogatepass");
    val_repr(u, s);
}

static void up_call(unparser *u, cp_expr *e)
{
    up_expr(u, e->v.Call.func, PR_ATOM);
    cp_expr_seq args = e->v.Call.args;
    cp_keyword_seq kws = e->v.Call.keywords;
    if (args.len == 1 && kws.len == 0 && cp_expr_seq_get(args, 0)->kind == CP_EXPR_GeneratorExp) {
        up_expr(u, cp_expr_seq_get(args, 0), PR_TEST);
        return;
    }
    s_(u, "(");
    bool first = true;
    for (size_t i = 0; i < args.len; i++) {
        if (!first) s_(u, ", ");
        first = false;
        up_expr(u, cp_expr_seq_get(args, i), PR_TEST);
    }
    for (size_t i = 0; i < kws.len; i++) {
        cp_keyword *kw = cp_keyword_seq_get(kws, i);
        if (!first) s_(u, ", ");
        first = false;
        if (!cp_ident_present(kw->arg)) {
            s_(u, "**");
        } else {
            span_(u, kw->arg);
            s_(u, "=");
        }
        up_expr(u, kw->value, PR_TEST);
    }
    s_(u, ")");
}

static void up_expr_inner(unparser *u, cp_expr *e, int level)
{
    switch (e->kind) {
    case CP_EXPR_BoolOp: {
        int pr = e->v.BoolOp.op == CP_And ? PR_AND : PR_OR;
        s_if(u, level > pr, "(");
        for (size_t i = 0; i < e->v.BoolOp.values.len; i++) {
            if (i) s_(u, pr == PR_AND ? " and " : " or ");
            up_expr(u, cp_expr_seq_get(e->v.BoolOp.values, i), pr + 1);
        }
        s_if(u, level > pr, ")");
        return;
    }
    case CP_EXPR_BinOp: {
        int pr;
        const char *op = binop_str(e->v.BinOp.op, &pr);
        int rassoc = e->v.BinOp.op == CP_Pow;
        s_if(u, level > pr, "(");
        up_expr(u, e->v.BinOp.left, pr + rassoc);
        s_(u, op);
        up_expr(u, e->v.BinOp.right, pr + !rassoc);
        s_if(u, level > pr, ")");
        return;
    }
    case CP_EXPR_UnaryOp: {
        int pr = e->v.UnaryOp.op == CP_Not ? PR_NOT : PR_FACTOR;
        const char *op = e->v.UnaryOp.op == CP_Invert ? "~"
                         : e->v.UnaryOp.op == CP_Not  ? "not "
                         : e->v.UnaryOp.op == CP_UAdd ? "+"
                                                      : "-";
        s_if(u, level > pr, "(");
        s_(u, op);
        up_expr(u, e->v.UnaryOp.operand, pr);
        s_if(u, level > pr, ")");
        return;
    }
    case CP_EXPR_Lambda: {
        cp_arguments *a = e->v.Lambda.args;
        s_if(u, level > PR_TEST, "(");
        size_t n = a->posonlyargs.len + a->args.len + a->kwonlyargs.len + (a->vararg ? 1 : 0) + (a->kwarg ? 1 : 0);
        s_(u, n ? "lambda " : "lambda");
        up_args(u, a);
        s_(u, ": ");
        up_expr(u, e->v.Lambda.body, PR_TEST);
        s_if(u, level > PR_TEST, ")");
        return;
    }
    case CP_EXPR_IfExp:
        s_if(u, level > PR_TEST, "(");
        up_expr(u, e->v.IfExp.body, PR_TEST + 1);
        s_(u, " if ");
        up_expr(u, e->v.IfExp.test, PR_TEST + 1);
        s_(u, " else ");
        up_expr(u, e->v.IfExp.orelse, PR_TEST);
        s_if(u, level > PR_TEST, ")");
        return;
    case CP_EXPR_Dict:
        s_(u, "{");
        for (size_t i = 0; i < e->v.Dict.values.len; i++) {
            if (i) s_(u, ", ");
            cp_expr *k = i < e->v.Dict.keys.len ? cp_expr_seq_get(e->v.Dict.keys, i) : NULL;
            if (k) {
                up_expr(u, k, PR_TEST);
                s_(u, ": ");
                up_expr(u, cp_expr_seq_get(e->v.Dict.values, i), PR_TEST);
            } else {
                s_(u, "**");
                up_expr(u, cp_expr_seq_get(e->v.Dict.values, i), PR_EXPR);
            }
        }
        s_(u, "}");
        return;
    case CP_EXPR_Set:
        s_(u, "{");
        up_seq(u, e->v.Set.elts, PR_TEST);
        s_(u, "}");
        return;
    case CP_EXPR_GeneratorExp:
        s_(u, "(");
        up_expr(u, e->v.GeneratorExp.elt, PR_TEST);
        up_comprehensions(u, e->v.GeneratorExp.generators);
        s_(u, ")");
        return;
    case CP_EXPR_ListComp:
        s_(u, "[");
        up_expr(u, e->v.ListComp.elt, PR_TEST);
        up_comprehensions(u, e->v.ListComp.generators);
        s_(u, "]");
        return;
    case CP_EXPR_SetComp:
        s_(u, "{");
        up_expr(u, e->v.SetComp.elt, PR_TEST);
        up_comprehensions(u, e->v.SetComp.generators);
        s_(u, "}");
        return;
    case CP_EXPR_DictComp:
        s_(u, "{");
        up_expr(u, e->v.DictComp.key, PR_TEST);
        s_(u, ": ");
        up_expr(u, e->v.DictComp.value, PR_TEST);
        up_comprehensions(u, e->v.DictComp.generators);
        s_(u, "}");
        return;
    case CP_EXPR_Yield:
        if (!e->v.Yield.value) {
            s_(u, "(yield)");
            return;
        }
        s_(u, "(yield ");
        up_expr(u, e->v.Yield.value, PR_TEST);
        s_(u, ")");
        return;
    case CP_EXPR_YieldFrom:
        s_(u, "(yield from ");
        up_expr(u, e->v.YieldFrom.value, PR_TEST);
        s_(u, ")");
        return;
    case CP_EXPR_Await:
        s_if(u, level > PR_AWAIT, "(");
        s_(u, "await ");
        up_expr(u, e->v.Await.value, PR_ATOM);
        s_if(u, level > PR_AWAIT, ")");
        return;
    case CP_EXPR_Compare:
        s_if(u, level > PR_CMP, "(");
        up_expr(u, e->v.Compare.left, PR_CMP + 1);
        for (size_t i = 0; i < e->v.Compare.ops.len && i < e->v.Compare.comparators.len; i++) {
            s_(u, cmpop_str(cp_cmpop_seq_get(e->v.Compare.ops, i)));
            up_expr(u, cp_expr_seq_get(e->v.Compare.comparators, i), PR_CMP + 1);
        }
        s_if(u, level > PR_CMP, ")");
        return;
    case CP_EXPR_Call: up_call(u, e); return;
    case CP_EXPR_Constant:
        if (e->v.Constant.value.kind == CP_CONST_Ellipsis) {
            s_(u, "...");
            return;
        }
        span_(u, e->v.Constant.kind);
        val_repr(u, cp_constant_val(&e->v.Constant.value));
        return;
    case CP_EXPR_JoinedStr: up_joined_str(u, e); return;
    case CP_EXPR_FormattedValue: up_formatted_value(u, e); return;
    case CP_EXPR_Attribute: {
        cp_expr *v = e->v.Attribute.value;
        up_expr(u, v, PR_ATOM);
        /* integers need a space: "1 .real" */
        bool int_const = v->kind == CP_EXPR_Constant && v->v.Constant.value.kind == CP_CONST_Int;
        s_(u, int_const ? " ." : ".");
        span_(u, e->v.Attribute.attr);
        return;
    }
    case CP_EXPR_Subscript:
        up_expr(u, e->v.Subscript.value, PR_ATOM);
        s_(u, "[");
        up_expr(u, e->v.Subscript.slice, PR_TUPLE);
        s_(u, "]");
        return;
    case CP_EXPR_Starred:
        s_(u, "*");
        up_expr(u, e->v.Starred.value, PR_EXPR);
        return;
    case CP_EXPR_Name: span_(u, e->v.Name.id); return;
    case CP_EXPR_List:
        s_(u, "[");
        up_seq(u, e->v.List.elts, PR_TEST);
        s_(u, "]");
        return;
    case CP_EXPR_Tuple:
        if (e->v.Tuple.elts.len == 0) {
            s_(u, "()");
            return;
        }
        s_if(u, level > PR_TUPLE, "(");
        up_seq(u, e->v.Tuple.elts, PR_TEST);
        s_if(u, e->v.Tuple.elts.len == 1, ",");
        s_if(u, level > PR_TUPLE, ")");
        return;
    case CP_EXPR_NamedExpr:
        s_if(u, level > PR_TUPLE, "(");
        up_expr(u, e->v.NamedExpr.target, PR_ATOM);
        s_(u, " := ");
        up_expr(u, e->v.NamedExpr.value, PR_ATOM);
        s_if(u, level > PR_TUPLE, ")");
        return;
    case CP_EXPR_Slice:
        if (e->v.Slice.lower) up_expr(u, e->v.Slice.lower, PR_TEST);
        s_(u, ":");
        if (e->v.Slice.upper) up_expr(u, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            s_(u, ":");
            up_expr(u, e->v.Slice.step, PR_TEST);
        }
        return;
    }
}

static void up_expr(unparser *u, cp_expr *e, int level)
{
    if (u->failed) return;
    if (!cp_enter_recursion()) {
        u->failed = true;
        return;
    }
    up_expr_inner(u, e, level);
    cp_leave_recursion();
}

Val cp_unparse(cp_expr *e)
{
    unparser u;
    cr_buf_init(&u.out);
    u.failed = false;
    up_expr(&u, e, PR_TEST);
    if (u.failed) return NULL;
    if (u.out.failed) return vm_err_nomem();
    return vm_str_decode_utf8(cr_buf_span(&u.out), "surrogatepass");
}
