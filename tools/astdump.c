/* astdump: parse a Python file with Pyclave's parser and print the tree in
 * the format of Python's ast.dump(tree) (or ast.dump(tree,
 * include_attributes=True) with -a), or the SyntaxError as
 *   ERROR Kind|msg|lineno|offset|end_lineno|end_offset
 * with None for absent numbers.  A host-side tool (uses libc).
 *
 * usage: astdump [-a] [-q] [--str] [-m exec|eval|single] FILE
 *        (--str: the source is a str: no coding declaration; -H MB: heap cap)   (-q: parse only;
 *        -s KB: the host's stack_limit)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/parser.h"
#include "core/host.h"
#include "core/mem.h"
#include "host/linux.h"
#ifdef ASTDUMP_UCD
#include "vm/unicode_db.h"
#endif

static int with_attrs, quiet;

/* ---------------- constants ---------------- */

static void put_span(cr_span s) { fwrite(s.ptr, 1, s.len, stdout); }

/* Decimal text of digits in base (arbitrary size). */
static void print_int(cr_span digits, int base)
{
    size_t n = digits.len;
    uint32_t *limbs = calloc(n / 9 + 2 + n, sizeof(uint32_t)); /* base 1e9, little endian */
    size_t nl = 0;
    for (size_t i = 0; i < n; i++) {
        int c = digits.ptr[i];
        int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < nl; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[nl++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    if (nl == 0) {
        printf("0");
    } else {
        printf("%u", limbs[nl - 1]);
        for (size_t k = nl - 1; k-- > 0;) printf("%09u", limbs[k]);
    }
    free(limbs);
}

/* Python's repr(float). */
static void float_repr(double x, char *out, size_t outsz)
{
    if (isinf(x)) {
        snprintf(out, outsz, x > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(x)) {
        snprintf(out, outsz, "nan");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    /* buf = d.ddde[+-]XX : digits and exponent */
    char digits[32];
    int nd = 0;
    const char *q = buf;
    int neg = 0;
    if (*q == '-') {
        neg = 1;
        q++;
    }
    for (; *q && *q != 'e'; q++)
        if (*q != '.') digits[nd++] = *q;
    digits[nd] = 0;
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp10 >= -5 + 1 && exp10 < 16) {
        if (exp10 < 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -exp10 - 1; i++) *o++ = '0';
            for (int i = 0; i < nd; i++) *o++ = digits[i];
        } else {
            for (int i = 0; i <= exp10; i++) *o++ = i < nd ? digits[i] : '0';
            *o++ = '.';
            if (nd > exp10 + 1)
                for (int i = exp10 + 1; i < nd; i++) *o++ = digits[i];
            else
                *o++ = '0';
        }
        *o = 0;
    } else {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            for (int i = 1; i < nd; i++) *o++ = digits[i];
        }
        snprintf(o, outsz - (size_t)(o - out), "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

static double span_to_double(cr_span s)
{
    char buf[512];
    size_t n = s.len < sizeof buf - 1 ? s.len : sizeof buf - 1;
    memcpy(buf, s.ptr, n);
    buf[n] = 0;
    return strtod(buf, NULL);
}

static int printable_approx(uint32_t c);

static int printable(uint32_t c)
{
#ifdef ASTDUMP_UCD
    return vm_ucd_isprintable(c);
#else
    return printable_approx(c);
#endif
}

static int printable_approx(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return 0;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)) return 0;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return 0;
    if ((c >= 0xD800 && c <= 0xF8FF) || c > 0x10FFFF || c == 0x1680) return 0;
    if (c >= 0xFFF0 && c <= 0xFFFF && c != 0xFFFD) return 0;
    if (c >= 0xE0000) return 0;
    return 1;
}

static uint32_t next_cp(cr_span s, size_t *i)
{
    uint8_t c = s.ptr[*i];
    int n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    uint32_t cp = n == 0 ? c : n == 1 ? (c & 0x1Fu) : n == 2 ? (c & 0x0Fu) : (c & 0x07u);
    (*i)++;
    for (int k = 0; k < n && *i < s.len; k++) cp = (cp << 6) | (s.ptr[(*i)++] & 0x3Fu);
    return cp;
}

static void str_repr(cr_span s, int bytes)
{
    int has_sq = 0, has_dq = 0;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] == '\'') has_sq = 1;
        if (s.ptr[i] == '"') has_dq = 1;
    }
    char q = has_sq && !has_dq ? '"' : '\'';
    if (bytes) putchar('b');
    putchar(q);
    size_t i = 0;
    while (i < s.len) {
        uint32_t c = bytes ? s.ptr[i++] : next_cp(s, &i);
        if (c == (uint32_t)q || c == '\\') printf("\\%c", (char)c);
        else if (c == '\t') printf("\\t");
        else if (c == '\n') printf("\\n");
        else if (c == '\r') printf("\\r");
        else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) printf("\\x%02x", c);
        else if (c < 0x80) putchar((int)c);
        else if (printable(c)) {
            char tmp[4];
            int n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (n == 2) { tmp[0] = (char)(0xC0 | (c >> 6)); tmp[1] = (char)(0x80 | (c & 0x3F)); }
            else if (n == 3) { tmp[0] = (char)(0xE0 | (c >> 12)); tmp[1] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[2] = (char)(0x80 | (c & 0x3F)); }
            else { tmp[0] = (char)(0xF0 | (c >> 18)); tmp[1] = (char)(0x80 | ((c >> 12) & 0x3F)); tmp[2] = (char)(0x80 | ((c >> 6) & 0x3F)); tmp[3] = (char)(0x80 | (c & 0x3F)); }
            fwrite(tmp, 1, (size_t)n, stdout);
        } else if (c <= 0xFF) printf("\\x%02x", c);
        else if (c <= 0xFFFF) printf("\\u%04x", c);
        else printf("\\U%08x", c);
    }
    putchar(q);
}

static void constant(const cp_constant *c)
{
    char buf[64];
    switch (c->kind) {
    case CP_CONST_None: printf("None"); break;
    case CP_CONST_True: printf("True"); break;
    case CP_CONST_False: printf("False"); break;
    case CP_CONST_Ellipsis: printf("Ellipsis"); break;
    case CP_CONST_Int: print_int(c->text, c->base); break;
    case CP_CONST_Float: float_repr(span_to_double(c->text), buf, sizeof buf); printf("%s", buf); break;
    case CP_CONST_Imag: {
        float_repr(span_to_double(c->text), buf, sizeof buf);
        size_t n = strlen(buf);
        if (n > 2 && strcmp(buf + n - 2, ".0") == 0) buf[n - 2] = 0;
        printf("%sj", buf);
        break;
    }
    case CP_CONST_Str: str_repr(c->text, 0); break;
    case CP_CONST_Bytes: str_repr(c->text, 1); break;
    default: printf("?"); break;
    }
}

/* ---------------- nodes ---------------- */

static void expr(const cp_expr *e);
static void stmt(const cp_stmt *s);
static void pattern(const cp_pattern *p);

#define OPEN(name) printf("%s(", name)
#define F(name) printf("%s%s=", nfields++ ? ", " : "", name)

static void ident(cr_span s) { str_repr(s, 0); }

static void attrs(int lineno, int col, int endl, int endc, int count)
{
    if (!with_attrs) return;
    if (count) printf(", ");
    printf("lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", lineno, col, endl, endc);
}

#define SEQ(seqv, getter, fn)                                       \
    do {                                                            \
        printf("[");                                                \
        for (size_t i_ = 0; i_ < (seqv).len; i_++) {                \
            if (i_) printf(", ");                                   \
            fn(getter((seqv), i_));                                 \
        }                                                           \
        printf("]");                                                \
    } while (0)

static void expr_or_none(const cp_expr *e) { if (e) expr(e); else printf("None"); }
static void exprs(cp_expr_seq s) { SEQ(s, cp_expr_seq_get, expr_or_none); }
static void stmts(cp_stmt_seq s) { SEQ(s, cp_stmt_seq_get, stmt); }
static void idents(cp_ident_seq s) { SEQ(s, cp_ident_seq_get, ident); }
static void patterns(cp_pattern_seq s) { SEQ(s, cp_pattern_seq_get, pattern); }

static void ctx(cp_expr_context c) { printf("%s()", cp_expr_context_name(c)); }

static void arg(const cp_arg *a)
{
    printf("arg(arg=");
    ident(a->arg);
    if (a->annotation) { printf(", annotation="); expr(a->annotation); }
    attrs(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset, 1);
    printf(")");
}
static void args_seq(cp_arg_seq s) { SEQ(s, cp_arg_seq_get, arg); }

static void arguments(const cp_arguments *a)
{
    printf("arguments(posonlyargs=");
    args_seq(a->posonlyargs);
    printf(", args=");
    args_seq(a->args);
    if (a->vararg) { printf(", vararg="); arg(a->vararg); }
    printf(", kwonlyargs=");
    args_seq(a->kwonlyargs);
    printf(", kw_defaults=");
    exprs(a->kw_defaults);
    if (a->kwarg) { printf(", kwarg="); arg(a->kwarg); }
    printf(", defaults=");
    exprs(a->defaults);
    printf(")");
}

static void keyword(const cp_keyword *k)
{
    printf("keyword(");
    int n = 0;
    if (cp_ident_present(k->arg)) { printf("arg="); ident(k->arg); n++; }
    printf("%svalue=", n ? ", " : "");
    expr(k->value);
    attrs(k->lineno, k->col_offset, k->end_lineno, k->end_col_offset, 1);
    printf(")");
}
static void keywords(cp_keyword_seq s) { SEQ(s, cp_keyword_seq_get, keyword); }

static void comprehension(const cp_comprehension *c)
{
    printf("comprehension(target=");
    expr(c->target);
    printf(", iter=");
    expr(c->iter);
    printf(", ifs=");
    exprs(c->ifs);
    printf(", is_async=%d)", c->is_async);
}
static void comps(cp_comprehension_seq s) { SEQ(s, cp_comprehension_seq_get, comprehension); }

static void alias(const cp_alias *a)
{
    printf("alias(name=");
    ident(a->name);
    if (cp_ident_present(a->asname)) { printf(", asname="); ident(a->asname); }
    attrs(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset, 1);
    printf(")");
}
static void aliases(cp_alias_seq s) { SEQ(s, cp_alias_seq_get, alias); }

static void withitem(const cp_withitem *w)
{
    printf("withitem(context_expr=");
    expr(w->context_expr);
    if (w->optional_vars) { printf(", optional_vars="); expr(w->optional_vars); }
    printf(")");
}

static void handler(const cp_excepthandler *h)
{
    printf("ExceptHandler(");
    int n = 0;
    if (h->v.ExceptHandler.type) { printf("type="); expr(h->v.ExceptHandler.type); n++; }
    if (cp_ident_present(h->v.ExceptHandler.name)) { printf("%sname=", n++ ? ", " : ""); ident(h->v.ExceptHandler.name); }
    printf("%sbody=", n ? ", " : "");
    stmts(h->v.ExceptHandler.body);
    attrs(h->lineno, h->col_offset, h->end_lineno, h->end_col_offset, 1);
    printf(")");
}

static void match_case(const cp_match_case *c)
{
    printf("match_case(pattern=");
    pattern(c->pattern);
    if (c->guard) { printf(", guard="); expr(c->guard); }
    printf(", body=");
    stmts(c->body);
    printf(")");
}

static void pattern(const cp_pattern *p)
{
    int n = 0;
    printf("%s(", cp_pattern_kind_name(p->kind));
    switch (p->kind) {
    case CP_PAT_MatchValue: printf("value="); expr(p->v.MatchValue.value); n = 1; break;
    case CP_PAT_MatchSingleton: printf("value="); constant(&p->v.MatchSingleton.value); n = 1; break;
    case CP_PAT_MatchSequence: printf("patterns="); patterns(p->v.MatchSequence.patterns); n = 1; break;
    case CP_PAT_MatchMapping:
        printf("keys="); exprs(p->v.MatchMapping.keys);
        printf(", patterns="); patterns(p->v.MatchMapping.patterns);
        if (cp_ident_present(p->v.MatchMapping.rest)) { printf(", rest="); ident(p->v.MatchMapping.rest); }
        n = 1;
        break;
    case CP_PAT_MatchClass:
        printf("cls="); expr(p->v.MatchClass.cls);
        printf(", patterns="); patterns(p->v.MatchClass.patterns);
        printf(", kwd_attrs="); idents(p->v.MatchClass.kwd_attrs);
        printf(", kwd_patterns="); patterns(p->v.MatchClass.kwd_patterns);
        n = 1;
        break;
    case CP_PAT_MatchStar:
        if (cp_ident_present(p->v.MatchStar.name)) { printf("name="); ident(p->v.MatchStar.name); n = 1; }
        break;
    case CP_PAT_MatchAs:
        if (p->v.MatchAs.pattern) { printf("pattern="); pattern(p->v.MatchAs.pattern); n = 1; }
        if (cp_ident_present(p->v.MatchAs.name)) { printf("%sname=", n ? ", " : ""); ident(p->v.MatchAs.name); n = 1; }
        break;
    case CP_PAT_MatchOr: printf("patterns="); patterns(p->v.MatchOr.patterns); n = 1; break;
    }
    attrs(p->lineno, p->col_offset, p->end_lineno, p->end_col_offset, n);
    printf(")");
}

static void expr(const cp_expr *e)
{
    int nfields = 0;
    const char *name = cp_expr_kind_name(e->kind);
    OPEN(name);
    switch (e->kind) {
    case CP_EXPR_BoolOp: F("op"); printf("%s()", cp_boolop_name(e->v.BoolOp.op)); F("values"); exprs(e->v.BoolOp.values); break;
    case CP_EXPR_NamedExpr: F("target"); expr(e->v.NamedExpr.target); F("value"); expr(e->v.NamedExpr.value); break;
    case CP_EXPR_BinOp:
        F("left"); expr(e->v.BinOp.left);
        F("op"); printf("%s()", cp_operator_name(e->v.BinOp.op));
        F("right"); expr(e->v.BinOp.right);
        break;
    case CP_EXPR_UnaryOp: F("op"); printf("%s()", cp_unaryop_name(e->v.UnaryOp.op)); F("operand"); expr(e->v.UnaryOp.operand); break;
    case CP_EXPR_Lambda: F("args"); arguments(e->v.Lambda.args); F("body"); expr(e->v.Lambda.body); break;
    case CP_EXPR_IfExp: F("test"); expr(e->v.IfExp.test); F("body"); expr(e->v.IfExp.body); F("orelse"); expr(e->v.IfExp.orelse); break;
    case CP_EXPR_Dict: F("keys"); exprs(e->v.Dict.keys); F("values"); exprs(e->v.Dict.values); break;
    case CP_EXPR_Set: F("elts"); exprs(e->v.Set.elts); break;
    case CP_EXPR_ListComp: case CP_EXPR_SetComp: case CP_EXPR_GeneratorExp:
        F("elt"); expr(e->v.ListComp.elt); F("generators"); comps(e->v.ListComp.generators); break;
    case CP_EXPR_DictComp:
        F("key"); expr(e->v.DictComp.key); F("value"); expr(e->v.DictComp.value);
        F("generators"); comps(e->v.DictComp.generators); break;
    case CP_EXPR_Await: F("value"); expr(e->v.Await.value); break;
    case CP_EXPR_Yield: if (e->v.Yield.value) { F("value"); expr(e->v.Yield.value); } break;
    case CP_EXPR_YieldFrom: F("value"); expr(e->v.YieldFrom.value); break;
    case CP_EXPR_Compare: {
        F("left"); expr(e->v.Compare.left);
        F("ops"); printf("[");
        for (size_t i = 0; i < e->v.Compare.ops.len; i++)
            printf("%s%s()", i ? ", " : "", cp_cmpop_name(cp_cmpop_seq_get(e->v.Compare.ops, i)));
        printf("]");
        F("comparators"); exprs(e->v.Compare.comparators);
        break;
    }
    case CP_EXPR_Call: F("func"); expr(e->v.Call.func); F("args"); exprs(e->v.Call.args); F("keywords"); keywords(e->v.Call.keywords); break;
    case CP_EXPR_FormattedValue:
        F("value"); expr(e->v.FormattedValue.value);
        F("conversion"); printf("%d", e->v.FormattedValue.conversion);
        if (e->v.FormattedValue.format_spec) { F("format_spec"); expr(e->v.FormattedValue.format_spec); }
        break;
    case CP_EXPR_JoinedStr: F("values"); exprs(e->v.JoinedStr.values); break;
    case CP_EXPR_Constant:
        F("value"); constant(&e->v.Constant.value);
        if (cp_ident_present(e->v.Constant.kind)) { F("kind"); ident(e->v.Constant.kind); }
        break;
    case CP_EXPR_Attribute: F("value"); expr(e->v.Attribute.value); F("attr"); ident(e->v.Attribute.attr); F("ctx"); ctx(e->v.Attribute.ctx); break;
    case CP_EXPR_Subscript: F("value"); expr(e->v.Subscript.value); F("slice"); expr(e->v.Subscript.slice); F("ctx"); ctx(e->v.Subscript.ctx); break;
    case CP_EXPR_Starred: F("value"); expr(e->v.Starred.value); F("ctx"); ctx(e->v.Starred.ctx); break;
    case CP_EXPR_Name: F("id"); ident(e->v.Name.id); F("ctx"); ctx(e->v.Name.ctx); break;
    case CP_EXPR_List: F("elts"); exprs(e->v.List.elts); F("ctx"); ctx(e->v.List.ctx); break;
    case CP_EXPR_Tuple: F("elts"); exprs(e->v.Tuple.elts); F("ctx"); ctx(e->v.Tuple.ctx); break;
    case CP_EXPR_Slice:
        if (e->v.Slice.lower) { F("lower"); expr(e->v.Slice.lower); }
        if (e->v.Slice.upper) { F("upper"); expr(e->v.Slice.upper); }
        if (e->v.Slice.step) { F("step"); expr(e->v.Slice.step); }
        break;
    }
    attrs(e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, nfields);
    printf(")");
}

static void stmt(const cp_stmt *s)
{
    int nfields = 0;
    OPEN(cp_stmt_kind_name(s->kind));
    switch (s->kind) {
    case CP_STMT_FunctionDef: case CP_STMT_AsyncFunctionDef:
        F("name"); ident(s->v.FunctionDef.name);
        F("args"); arguments(s->v.FunctionDef.args);
        F("body"); stmts(s->v.FunctionDef.body);
        F("decorator_list"); exprs(s->v.FunctionDef.decorator_list);
        if (s->v.FunctionDef.returns) { F("returns"); expr(s->v.FunctionDef.returns); }
        break;
    case CP_STMT_ClassDef:
        F("name"); ident(s->v.ClassDef.name);
        F("bases"); exprs(s->v.ClassDef.bases);
        F("keywords"); keywords(s->v.ClassDef.keywords);
        F("body"); stmts(s->v.ClassDef.body);
        F("decorator_list"); exprs(s->v.ClassDef.decorator_list);
        break;
    case CP_STMT_Return: if (s->v.Return.value) { F("value"); expr(s->v.Return.value); } break;
    case CP_STMT_Delete: F("targets"); exprs(s->v.Delete.targets); break;
    case CP_STMT_Assign: F("targets"); exprs(s->v.Assign.targets); F("value"); expr(s->v.Assign.value); break;
    case CP_STMT_AugAssign:
        F("target"); expr(s->v.AugAssign.target);
        F("op"); printf("%s()", cp_operator_name(s->v.AugAssign.op));
        F("value"); expr(s->v.AugAssign.value);
        break;
    case CP_STMT_AnnAssign:
        F("target"); expr(s->v.AnnAssign.target);
        F("annotation"); expr(s->v.AnnAssign.annotation);
        if (s->v.AnnAssign.value) { F("value"); expr(s->v.AnnAssign.value); }
        F("simple"); printf("%d", s->v.AnnAssign.simple);
        break;
    case CP_STMT_For: case CP_STMT_AsyncFor:
        F("target"); expr(s->v.For.target); F("iter"); expr(s->v.For.iter);
        F("body"); stmts(s->v.For.body); F("orelse"); stmts(s->v.For.orelse);
        break;
    case CP_STMT_While: F("test"); expr(s->v.While.test); F("body"); stmts(s->v.While.body); F("orelse"); stmts(s->v.While.orelse); break;
    case CP_STMT_If: F("test"); expr(s->v.If.test); F("body"); stmts(s->v.If.body); F("orelse"); stmts(s->v.If.orelse); break;
    case CP_STMT_With: case CP_STMT_AsyncWith:
        F("items"); SEQ(s->v.With.items, cp_withitem_seq_get, withitem);
        F("body"); stmts(s->v.With.body);
        break;
    case CP_STMT_Match: F("subject"); expr(s->v.Match.subject); F("cases"); SEQ(s->v.Match.cases, cp_match_case_seq_get, match_case); break;
    case CP_STMT_Raise:
        if (s->v.Raise.exc) { F("exc"); expr(s->v.Raise.exc); }
        if (s->v.Raise.cause) { F("cause"); expr(s->v.Raise.cause); }
        break;
    case CP_STMT_Try: case CP_STMT_TryStar:
        F("body"); stmts(s->v.Try.body);
        F("handlers"); SEQ(s->v.Try.handlers, cp_excepthandler_seq_get, handler);
        F("orelse"); stmts(s->v.Try.orelse);
        F("finalbody"); stmts(s->v.Try.finalbody);
        break;
    case CP_STMT_Assert: F("test"); expr(s->v.Assert.test); if (s->v.Assert.msg) { F("msg"); expr(s->v.Assert.msg); } break;
    case CP_STMT_Import: F("names"); aliases(s->v.Import.names); break;
    case CP_STMT_ImportFrom:
        if (cp_ident_present(s->v.ImportFrom.module)) { F("module"); ident(s->v.ImportFrom.module); }
        F("names"); aliases(s->v.ImportFrom.names);
        F("level"); printf("%d", s->v.ImportFrom.level);
        break;
    case CP_STMT_Global: F("names"); idents(s->v.Global.names); break;
    case CP_STMT_Nonlocal: F("names"); idents(s->v.Nonlocal.names); break;
    case CP_STMT_Expr: F("value"); expr(s->v.Expr.value); break;
    case CP_STMT_Pass: case CP_STMT_Break: case CP_STMT_Continue: break;
    }
    attrs(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset, nfields);
    printf(")");
}

static void num_or_none(int v, int is_none)
{
    if (is_none) printf("None");
    else printf("%d", v);
}

int main(int argc, char **argv)
{
    int stack_base;
    long stack_kb = 0;
    int str_input = 0;
    long heap_mb = 1024;
    static cr_host host;
    const char *mode = "exec";
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) with_attrs = 1;
        else if (strcmp(argv[i], "-q") == 0) quiet = 1;
        else if (strcmp(argv[i], "--str") == 0) str_input = 1;
        else if (strcmp(argv[i], "-H") == 0 && i + 1 < argc) heap_mb = atol(argv[++i]);
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) stack_kb = atol(argv[++i]);
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) mode = argv[++i];
        else path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [-a] [-m exec|eval|single] FILE\n");
        return 2;
    }
    hs_linux_install();
#ifdef ASTDUMP_UCD
    /* the runtime's character database, as the VM installs it */
    static const cp_unicode_hooks uh = {vm_ucd_isxidstart, vm_ucd_isxidcontinue, vm_ucd_isprintable, NULL};
    cp_set_unicode_hooks(&uh);
#endif
    if (stack_kb > 0) {
        /* pretend the host grants this much C stack to the runtime */
        host = *cr_host_services;
        host.stack_limit = (size_t)stack_kb * 1024;
        cr_host_services = &host;
    }
    if (!cr_mem_init((size_t)heap_mb << 20, &stack_base)) {
        fprintf(stderr, "astdump: cannot initialise the heap\n");
        return 2;
    }
    hs_linux_register_static_roots();
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *data = malloc(cap);
    size_t n;
    while ((n = fread(data + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) data = realloc(data, cap *= 2);
    }
    fclose(f);
    int m = strcmp(mode, "eval") == 0 ? CP_MODE_EVAL : strcmp(mode, "single") == 0 ? CP_MODE_SINGLE : CP_MODE_EXEC;
    cp_error err;
    cp_mod *mod = cp_parse_ex(cr_span_make(data, len), m, str_input ? CP_PARSE_STR : 0, &err);
    if (!mod) {
        static const char *const kinds[] = {"None", "SyntaxError", "IndentationError", "TabError", "MemoryError"};
        printf("ERROR %s|", kinds[err.kind]);
        put_span(err.msg);
        printf("|");
        int none = err.no_location;
        int end_none = none || err.no_end_location;
        num_or_none(err.lineno, none); printf("|");
        num_or_none(err.offset, none); printf("|");
        num_or_none(err.end_lineno, end_none); printf("|");
        num_or_none(err.end_offset, end_none); printf("\n");
        return 1;
    }
    if (quiet) return 0;
    switch (mod->kind) {
    case CP_MOD_Module: printf("Module(body="); stmts(mod->v.Module.body); printf(", type_ignores=[])\n"); break;
    case CP_MOD_Interactive: printf("Interactive(body="); stmts(mod->v.Interactive.body); printf(")\n"); break;
    case CP_MOD_Expression: printf("Expression(body="); expr(mod->v.Expression.body); printf(")\n"); break;
    }
    return 0;
}
