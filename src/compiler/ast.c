/* AST allocation helpers and enum names (see ast.h). */
#include "compiler/ast.h"

cp_mod *cp_new_mod(cp_mod_kind kind)
{
    cp_mod *m = (cp_mod *)cr_alloc(sizeof(cp_mod), CR_SCAN);
    if (m) m->kind = kind;
    return m;
}

cp_stmt *cp_new_stmt(cp_stmt_kind kind, int lineno, int col, int end_lineno, int end_col)
{
    cp_stmt *s = (cp_stmt *)cr_alloc(sizeof(cp_stmt), CR_SCAN);
    if (!s) return NULL;
    s->kind = kind;
    s->lineno = lineno;
    s->col_offset = col;
    s->end_lineno = end_lineno;
    s->end_col_offset = end_col;
    return s;
}

cp_expr *cp_new_expr(cp_expr_kind kind, int lineno, int col, int end_lineno, int end_col)
{
    cp_expr *e = (cp_expr *)cr_alloc(sizeof(cp_expr), CR_SCAN);
    if (!e) return NULL;
    e->kind = kind;
    e->lineno = lineno;
    e->col_offset = col;
    e->end_lineno = end_lineno;
    e->end_col_offset = end_col;
    return e;
}

cp_pattern *cp_new_pattern(cp_pattern_kind kind, int lineno, int col, int end_lineno, int end_col)
{
    cp_pattern *p = (cp_pattern *)cr_alloc(sizeof(cp_pattern), CR_SCAN);
    if (!p) return NULL;
    p->kind = kind;
    p->lineno = lineno;
    p->col_offset = col;
    p->end_lineno = end_lineno;
    p->end_col_offset = end_col;
    return p;
}

bool cp_ident_from(cr_span bytes, cp_ident *out)
{
    cr_buf b;
    cr_buf_init(&b);
    out->ptr = NULL;
    out->len = 0;
    if (bytes.len == 0) return true;
    if (!cr_buf_append(&b, bytes)) return false;
    *out = cr_buf_span(&b);
    return true;
}

/* Look a name up in a table indexed by enum value (1-based). */
static const char *name_at(const char *const *table, size_t n, int v)
{
    if (v < 1 || (size_t)v > n) return "?";
    size_t i = (size_t)v - 1;
    /* table is a static array: index checked above */
    return table[i]; /* boundary: checked accessor: index tested against len first */
}

#define NAME_FN(fn, T, ...)                                                   \
    const char *fn(T v)                                                       \
    {                                                                         \
        static const char *const names[] = {__VA_ARGS__};                     \
        return name_at(names, sizeof names / sizeof names[0], (int)v);        \
    }

NAME_FN(cp_operator_name, cp_operator, "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv")
NAME_FN(cp_unaryop_name, cp_unaryop, "Invert", "Not", "UAdd", "USub")
NAME_FN(cp_cmpop_name, cp_cmpop, "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In",
        "NotIn")
NAME_FN(cp_boolop_name, cp_boolop, "And", "Or")
NAME_FN(cp_expr_context_name, cp_expr_context, "Load", "Store", "Del")
NAME_FN(cp_expr_kind_name, cp_expr_kind, "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda",
        "IfExp", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await",
        "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr", "Constant",
        "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice")
NAME_FN(cp_stmt_kind_name, cp_stmt_kind, "FunctionDef", "AsyncFunctionDef", "ClassDef",
        "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "AsyncFor", "While",
        "If", "With", "AsyncWith", "Match", "Raise", "Try", "TryStar", "Assert", "Import",
        "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue")
NAME_FN(cp_pattern_kind_name, cp_pattern_kind, "MatchValue", "MatchSingleton",
        "MatchSequence", "MatchMapping", "MatchClass", "MatchStar", "MatchAs", "MatchOr")
