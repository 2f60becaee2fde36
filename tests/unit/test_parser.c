/* Unit tests of the tokenizer and parser (src/compiler/tokenizer.c,
 * parser.c, parse_*.c): AST shapes and positions, constants, f-strings,
 * modes, SyntaxErrors with CPython 3.11's messages and locations (checked
 * with python3), and robustness (deep nesting, bad bytes, huge input).
 * The full comparison against CPython's ast module is tests/parser/check.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/parser.h"
#include "core/mem.h"
#include "host/linux.h"

static int passed, failed;

#define CHECK(cond, ...)                                    \
    do {                                                    \
        if (cond) {                                         \
            passed++;                                       \
        } else {                                            \
            failed++;                                       \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);     \
            printf(__VA_ARGS__);                            \
            printf("\n");                                   \
        }                                                   \
    } while (0)

static bool span_is(cr_span s, const char *want) { return s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0; }

static cp_mod *parse(const char *src, int mode)
{
    cp_error err;
    cp_mod *m = cp_parse(cr_span_make(src, strlen(src)), mode, &err);
    if (!m) printf("  unexpected error for %s: %.*s\n", src, (int)err.msg.len, (const char *)err.msg.ptr);
    return m;
}

static cp_stmt *first_stmt(const char *src)
{
    cp_mod *m = parse(src, CP_MODE_EXEC);
    if (!m || m->v.Module.body.len == 0) return NULL;
    return cp_stmt_seq_get(m->v.Module.body, 0);
}

static cp_expr *expr_of(const char *src)
{
    cp_mod *m = parse(src, CP_MODE_EVAL);
    return m ? m->v.Expression.body : NULL;
}

/* Expect a SyntaxError (kind k) with this message and location. */
static void check_error(const char *src, cp_error_kind k, const char *msg, int lineno, int offset, int end_lineno,
                        int end_offset)
{
    cp_error err;
    cp_mod *m = cp_parse(cr_span_make(src, strlen(src)), CP_MODE_EXEC, &err);
    bool ok = !m && err.kind == k && span_is(err.msg, msg) && err.lineno == lineno && err.offset == offset &&
              err.end_lineno == end_lineno && err.end_offset == end_offset;
    CHECK(ok, "error for %s: got kind %d '%.*s' %d:%d-%d:%d, want '%s' %d:%d-%d:%d", src, err.kind, (int)err.msg.len,
          (const char *)err.msg.ptr, err.lineno, err.offset, err.end_lineno, err.end_offset, msg, lineno, offset,
          end_lineno, end_offset);
}

static void test_statements(void)
{
    cp_stmt *s = first_stmt("x = y = 1\n");
    CHECK(s && s->kind == CP_STMT_Assign && s->v.Assign.targets.len == 2, "chained assignment");
    if (s) {
        cp_expr *t = cp_expr_seq_get(s->v.Assign.targets, 1);
        CHECK(t->kind == CP_EXPR_Name && span_is(t->v.Name.id, "y") && t->v.Name.ctx == CP_Store, "target y");
        CHECK(s->end_col_offset == 9 && s->col_offset == 0, "assign position");
    }
    s = first_stmt("a, *b = c\n");
    CHECK(s && s->kind == CP_STMT_Assign, "star assign");
    if (s) {
        cp_expr *t = cp_expr_seq_get(s->v.Assign.targets, 0);
        CHECK(t->kind == CP_EXPR_Tuple && t->v.Tuple.ctx == CP_Store &&
                  cp_expr_seq_get(t->v.Tuple.elts, 1)->kind == CP_EXPR_Starred,
              "tuple target with starred");
    }
    s = first_stmt("x: int = 3\n");
    CHECK(s && s->kind == CP_STMT_AnnAssign && s->v.AnnAssign.simple == 1, "annassign simple");
    s = first_stmt("(x): int\n");
    CHECK(s && s->kind == CP_STMT_AnnAssign && s->v.AnnAssign.simple == 0 && !s->v.AnnAssign.value, "annassign paren");
    s = first_stmt("x.y += 2\n");
    CHECK(s && s->kind == CP_STMT_AugAssign && s->v.AugAssign.op == CP_Add, "augassign");
    s = first_stmt("@dec\ndef f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a\n");
    CHECK(s && s->kind == CP_STMT_FunctionDef, "funcdef");
    if (s) {
        cp_arguments *a = s->v.FunctionDef.args;
        CHECK(a->posonlyargs.len == 1 && a->args.len == 1 && a->vararg && a->kwonlyargs.len == 2 && a->kwarg &&
                  a->defaults.len == 1 && a->kw_defaults.len == 2 && cp_expr_seq_get(a->kw_defaults, 0) == NULL,
              "parameter kinds");
        CHECK(s->lineno == 2 && s->v.FunctionDef.decorator_list.len == 1, "def line is the def, not the decorator");
    }
    s = first_stmt("from ..a.b import (c as d, e,)\n");
    CHECK(s && s->kind == CP_STMT_ImportFrom && s->v.ImportFrom.level == 2 && span_is(s->v.ImportFrom.module, "a.b") &&
              s->v.ImportFrom.names.len == 2,
          "import from");
    s = first_stmt("try:\n    pass\nexcept* E as e:\n    pass\n");
    CHECK(s && s->kind == CP_STMT_TryStar, "except*");
    s = first_stmt("with (a as b, c):\n    pass\n");
    CHECK(s && s->kind == CP_STMT_With && s->v.With.items.len == 2, "parenthesized with");
    s = first_stmt("match p:\n    case [1, *rest] | {'k': _, **kw} if rest:\n        pass\n    case C(x, y=2):\n        pass\n");
    CHECK(s && s->kind == CP_STMT_Match && s->v.Match.cases.len == 2, "match");
    if (s) {
        cp_match_case *c = cp_match_case_seq_get(s->v.Match.cases, 0);
        CHECK(c->pattern->kind == CP_PAT_MatchOr && c->guard, "or pattern with guard");
        c = cp_match_case_seq_get(s->v.Match.cases, 1);
        CHECK(c->pattern->kind == CP_PAT_MatchClass && c->pattern->v.MatchClass.kwd_attrs.len == 1, "class pattern");
    }
    s = first_stmt("match = 1\n");
    CHECK(s && s->kind == CP_STMT_Assign, "match as a name");
    s = first_stmt("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n");
    CHECK(s && s->kind == CP_STMT_If && s->v.If.orelse.len == 1 && cp_stmt_seq_get(s->v.If.orelse, 0)->kind == CP_STMT_If &&
              s->end_lineno == 6 && s->end_col_offset == 9,
          "elif chain and end position");
}

static void test_expressions(void)
{
    cp_expr *e = expr_of("a < b <= c not in d");
    CHECK(e && e->kind == CP_EXPR_Compare && e->v.Compare.ops.len == 3 &&
              cp_cmpop_seq_get(e->v.Compare.ops, 2) == CP_NotIn,
          "chained comparison");
    e = expr_of("-2 ** -1");
    CHECK(e && e->kind == CP_EXPR_UnaryOp && e->v.UnaryOp.operand->kind == CP_EXPR_BinOp, "power binds tighter");
    e = expr_of("a if b else c");
    CHECK(e && e->kind == CP_EXPR_IfExp, "ifexp");
    e = expr_of("[y := f(x), y**2]");
    CHECK(e && e->kind == CP_EXPR_List && cp_expr_seq_get(e->v.List.elts, 0)->kind == CP_EXPR_NamedExpr, "walrus");
    e = expr_of("f(a, *b, c=1, **d)");
    CHECK(e && e->kind == CP_EXPR_Call && e->v.Call.args.len == 2 && e->v.Call.keywords.len == 2 &&
              !cp_ident_present(cp_keyword_seq_get(e->v.Call.keywords, 1)->arg),
          "call arguments");
    e = expr_of("f(x for x in y)");
    CHECK(e && e->kind == CP_EXPR_Call && cp_expr_seq_get(e->v.Call.args, 0)->kind == CP_EXPR_GeneratorExp &&
              cp_expr_seq_get(e->v.Call.args, 0)->col_offset == 1,
          "bare generator argument");
    e = expr_of("a[1:2, *b]");
    CHECK(e && e->kind == CP_EXPR_Subscript && e->v.Subscript.slice->kind == CP_EXPR_Tuple, "3.11 starred subscript");
    e = expr_of("{**a, 'b': 1}");
    CHECK(e && e->kind == CP_EXPR_Dict && cp_expr_seq_get(e->v.Dict.keys, 0) == NULL, "dict unpacking key is NULL");
    e = expr_of("[x async for x in y if x]");
    CHECK(e && e->kind == CP_EXPR_ListComp && cp_comprehension_seq_get(e->v.ListComp.generators, 0)->is_async == 1,
          "async comprehension");
    e = expr_of("lambda a, *, b=2: a");
    CHECK(e && e->kind == CP_EXPR_Lambda && e->v.Lambda.args->kwonlyargs.len == 1, "lambda");
    e = expr_of("(yield)");
    CHECK(e == NULL || e->kind == CP_EXPR_Yield, "yield in parens parses");
}

static void test_constants(void)
{
    cp_expr *e = expr_of("0X_1_F");
    CHECK(e && e->v.Constant.value.kind == CP_CONST_Int && e->v.Constant.value.base == 16 &&
              span_is(e->v.Constant.value.text, "1f"),
          "hex int");
    e = expr_of("1_000.5e-3");
    CHECK(e && e->v.Constant.value.kind == CP_CONST_Float && span_is(e->v.Constant.value.text, "1000.5e-3"), "float");
    e = expr_of("3.5J");
    CHECK(e && e->v.Constant.value.kind == CP_CONST_Imag && span_is(e->v.Constant.value.text, "3.5"), "imag");
    e = expr_of("'a\\tb' \"\\x41\\u00e9\\N{DEGREE SIGN}\"");
    CHECK(e && e->v.Constant.value.kind == CP_CONST_Str && span_is(e->v.Constant.value.text, "a\tbA\xc3\xa9\xc2\xb0"),
          "string escapes and concatenation");
    e = expr_of("rb'\\x00' b'\\101'");
    CHECK(e && e->v.Constant.value.kind == CP_CONST_Bytes && span_is(e->v.Constant.value.text, "\\x00A"), "bytes");
    e = expr_of("u'x'");
    CHECK(e && span_is(e->v.Constant.kind, "u"), "u prefix kind");
    e = expr_of("'\\ud800'");
    CHECK(e && span_is(e->v.Constant.value.text, "\xed\xa0\x80"), "lone surrogate as generalised UTF-8");
    e = expr_of("f'a{b!r:>{w}}c{d=}'");
    CHECK(e && e->kind == CP_EXPR_JoinedStr && e->v.JoinedStr.values.len == 4, "f-string parts");
    if (e && e->v.JoinedStr.values.len == 4) {
        cp_expr *fv = cp_expr_seq_get(e->v.JoinedStr.values, 1);
        CHECK(fv->kind == CP_EXPR_FormattedValue && fv->v.FormattedValue.conversion == 'r' &&
                  fv->v.FormattedValue.format_spec && fv->v.FormattedValue.format_spec->kind == CP_EXPR_JoinedStr,
              "formatted value");
        CHECK(fv->v.FormattedValue.value->col_offset == 4, "f-string expression position");
        cp_expr *dbg = cp_expr_seq_get(e->v.JoinedStr.values, 2);
        CHECK(dbg->kind == CP_EXPR_Constant && span_is(dbg->v.Constant.value.text, "cd="), "debug text");
        fv = cp_expr_seq_get(e->v.JoinedStr.values, 3);
        CHECK(fv->v.FormattedValue.conversion == 'r', "= implies !r");
    }
}

static void test_modes(void)
{
    cp_mod *m = parse("x = 1; y = 2\n", CP_MODE_SINGLE);
    CHECK(m && m->kind == CP_MOD_Interactive && m->v.Interactive.body.len == 2, "single mode");
    m = parse("1 + 2", CP_MODE_EVAL);
    CHECK(m && m->kind == CP_MOD_Expression, "eval mode without newline");
    m = parse("", CP_MODE_EXEC);
    CHECK(m && m->kind == CP_MOD_Module && m->v.Module.body.len == 0, "empty module");
    m = parse("\xef\xbb\xbfx = 1\r\ny = 2\r", CP_MODE_EXEC);
    CHECK(m && m->v.Module.body.len == 2, "BOM and CRLF");
    /* a latin-1 coding declaration (bytes) and the same text as a str */
    const char *latin = "# -*- coding: latin-1 -*-\nx = '\xe9'\n";
    m = parse(latin, CP_MODE_EXEC);
    cp_stmt *s = m ? cp_stmt_seq_get(m->v.Module.body, 0) : NULL;
    CHECK(s && span_is(s->v.Assign.value->v.Constant.value.text, "\xc3\xa9"), "latin-1 source");
    cp_error err;
    m = cp_parse_ex(cr_span_make("# coding: foo\n", 14), CP_MODE_EXEC, 0, &err);
    CHECK(!m && span_is(err.msg, "unknown encoding: foo") && err.no_end_location, "unknown encoding");
    m = cp_parse_ex(cr_span_make("# coding: foo\n", 14), CP_MODE_EXEC, CP_PARSE_STR, &err);
    CHECK(m != NULL, "str sources ignore coding declarations");
    m = cp_parse(cr_span_make("x = 1\ny = 2\n", 12), CP_MODE_SINGLE, &err);
    CHECK(!m && span_is(err.msg, "multiple statements found while compiling a single statement") && err.lineno == 1 &&
              err.offset == 6,
          "single mode, two statements");
    m = cp_parse(cr_span_make("*a, b", 5), CP_MODE_EVAL, &err);
    CHECK(!m && span_is(err.msg, "invalid syntax"), "eval takes expressions, not star_expressions");
}

static void test_errors(void)
{
    check_error("1 = x\n", CP_ERR_SYNTAX, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2);
    check_error("f() = 1\n", CP_ERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1,
                1, 1, 4);
    check_error("a b\n", CP_ERR_SYNTAX, "invalid syntax", 1, 3, 1, 4);
    check_error("f(a b)\n", CP_ERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6);
    check_error("if x\n  pass\n", CP_ERR_SYNTAX, "expected ':'", 1, 5, 1, 5);
    check_error("foo(1, 2\n", CP_ERR_SYNTAX, "'(' was never closed", 1, 4, 1, 0);
    check_error("x = )\n", CP_ERR_SYNTAX, "unmatched ')'", 1, 5, 1, 5);
    check_error("x = [1, 2)\n", CP_ERR_SYNTAX, "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 1, 10);
    check_error("x = 'abc\n", CP_ERR_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    check_error("x = \"\"\"abc\ndef\n", CP_ERR_SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1,
                5, 1, 5);
    check_error("x = 1a\n", CP_ERR_SYNTAX, "invalid decimal literal", 1, 5, 1, 5);
    check_error("f(a=1, b)\n", CP_ERR_SYNTAX, "positional argument follows keyword argument", 1, 9, 1, 10);
    check_error("[*a for a in b]\n", CP_ERR_SYNTAX, "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4);
    check_error("del f()\n", CP_ERR_SYNTAX, "cannot delete function call", 1, 5, 1, 8);
    check_error("x = 5 \xe2\x82\xac\n", CP_ERR_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 7, 1, 7);
    check_error("f(x for x in y, 1)\n", CP_ERR_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1, 15);
    check_error("try:\n  pass\nx = 1\n", CP_ERR_SYNTAX, "expected 'except' or 'finally' block", 3, 1, 3, 2);
    check_error("if x:\n    a\n  b\n", CP_ERR_INDENTATION, "unindent does not match any outer indentation level", 3, 4, 3,
                -1);
    check_error("if 1:\npass\n", CP_ERR_INDENTATION, "expected an indented block after 'if' statement on line 1", 2, 1,
                2, 5);
    check_error(" x = 1\n", CP_ERR_INDENTATION, "unexpected indent", 1, 1, 1, -1);
    check_error("if 1:\n\tx\n        y\n", CP_ERR_TAB, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    check_error("print 'hello'\n", CP_ERR_SYNTAX, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1,
                1, 1, 14);
    check_error("x = f'{}'\n", CP_ERR_SYNTAX, "f-string: empty expression not allowed", 1, 10, 1, 10);
    check_error("x = '\xff'\n", CP_ERR_SYNTAX,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 8, 1, 8);
    /* null bytes: no location (lineno 0 stands for None) */
    cp_error err;
    cp_mod *m = cp_parse(cr_span_make("a\0b\n", 4), CP_MODE_EXEC, &err);
    CHECK(!m && err.kind == CP_ERR_SYNTAX && span_is(err.msg, "source code string cannot contain null bytes") &&
              err.no_location,
          "null bytes");
}

static void test_robustness(void)
{
    /* 201 nested parentheses: the tokenizer's limit */
    char buf[1024];
    size_t n = 0;
    for (int i = 0; i < 201; i++) buf[n++] = '(';
    for (int i = 0; i < 201; i++) buf[n++] = ')';
    buf[n++] = '\n';
    buf[n] = 0;
    check_error(buf, CP_ERR_SYNTAX, "too many nested parentheses", 1, 201, 1, 201);
    /* deep nesting without brackets: MemoryError, not a crash */
#ifdef PC_TORTURE_GC
    size_t big = 20000; /* collections at every few allocations are slow */
#else
    size_t big = 200000;
#endif
    char *deep = malloc(big + 8);
    memset(deep, '-', big);
    memcpy(deep + big, "1\n", 3);
    cp_error err;
    cp_mod *m = cp_parse(cr_span_make(deep, big + 2), CP_MODE_EXEC, &err);
    CHECK(!m && err.kind == CP_ERR_MEMORY, "deep unary chain gives MemoryError");
    for (size_t i = 0; i < big; i += 4) memcpy(deep + i, "not ", 4);
    m = cp_parse(cr_span_make(deep, big + 2), CP_MODE_EXEC, &err);
    CHECK(!m && err.kind == CP_ERR_MEMORY, "deep not chain gives MemoryError");
    free(deep);
    /* garbage bytes never crash */
    unsigned seed = 12345;
    int survived = 0;
    for (int round = 0; round < 300; round++) {
        char g[200];
        size_t len = (size_t)(round % 199) + 1;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            static const char alphabet[] = "()[]{}:=+-*/ \n\t'\"fbr0x1_.e#\\@!<>,;ab\xc3\xa9";
            g[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        cp_parse(cr_span_make(g, len), round % 3, &err);
        survived++;
    }
    CHECK(survived == 300, "random input");
    /* a large input */
#ifdef PC_TORTURE_GC
    size_t lines = 500;
#else
    size_t lines = 20000;
#endif
    char *src = malloc(lines * 16 + 1);
    size_t k = 0;
    for (size_t i = 0; i < lines; i++) k += (size_t)sprintf(src + k, "x%zu = [%zu]\n", i % 1000, i);
    m = cp_parse(cr_span_make(src, k), CP_MODE_EXEC, &err);
    CHECK(m && m->v.Module.body.len == lines, "many statements");
    free(src);
}

int main(void)
{
    hs_linux_install();
    if (!cr_mem_init((size_t)1 << 30, __builtin_frame_address(0))) {
        printf("cannot start the heap\n0 passed, 1 failed\n");
        return 1;
    }
    hs_linux_register_static_roots();
#ifdef PC_TORTURE_GC
    cr_gc_set_torture(50); /* collect very often: every tree must stay reachable */
#endif
    test_statements();
    test_expressions();
    test_constants();
    test_modes();
    test_errors();
    test_robustness();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
