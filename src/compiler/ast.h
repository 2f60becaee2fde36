/* The abstract syntax tree (compiler layer, prefix cp_).
 *
 * STABLE INTERFACE: the compiler is written against this header.  Existing
 * names, fields and enum values do not change; only additions are allowed.
 *
 * It mirrors CPython 3.11's Parser/Python.asdl exactly: the same node kinds,
 * the same field names (as C struct members), the same enum members.  A node
 * kind K of sum type T is CP_<T>_K (CP_EXPR_BinOp, CP_STMT_If, CP_PAT_MatchAs,
 * CP_MOD_Module) and its fields live in node->v.K (e->v.BinOp.left).
 * Enumerations (operators, contexts) are CP_<Member> (CP_Add, CP_Load, CP_Eq),
 * numbered from 1 in ASDL order as in CPython, so 0 means "unset".
 *
 * Positions are CPython's: lineno / end_lineno are 1-based lines;
 * col_offset / end_col_offset are 0-based UTF-8 BYTE offsets in the line.
 *
 * Optional fields ("expr?") are NULL pointers when absent; optional
 * identifiers are empty spans (len == 0).  Sequences ("expr*") are a count
 * plus an array, read and written only through the bounds-checked accessors
 * cp_<elem>_seq_get / _set.  The only sequence whose items may be NULL is
 * Dict.keys (NULL key = "**mapping" item), as in CPython.
 *
 * The AST does not depend on the object system: identifiers are UTF-8 byte
 * spans (copied into the GC heap, not pointing into the source) and
 * constants are the tagged cp_constant below.  Every node is GC-allocated
 * (cr_alloc), like everything else: nothing is ever freed by hand.
 */
#ifndef PYCLAVE_COMPILER_AST_H
#define PYCLAVE_COMPILER_AST_H

#include "core/buf.h"

/* ---- sequences ---- */

#define CP_DEFINE_SEQ(SEQ, T)                                                       \
    typedef struct {                                                                \
        size_t len;                                                                 \
        T *items;                                                                   \
    } SEQ;                                                                          \
    static inline T SEQ##_get(SEQ s, size_t i)                                      \
    {                                                                               \
        if (i >= s.len) cr_panic_bounds();                                          \
        return s.items[i];                                                          \
    }                                                                               \
    static inline void SEQ##_set(SEQ s, size_t i, T x)                              \
    {                                                                               \
        if (i >= s.len) cr_panic_bounds();                                          \
        s.items[i] = x;                                                             \
    }                                                                               \
    /* A new sequence of n items, all zero (NULL); false when out of memory. */      \
    static inline bool SEQ##_new(SEQ *out, size_t n)                                \
    {                                                                               \
        out->len = 0;                                                               \
        out->items = NULL;                                                          \
        if (n == 0) return true;                                                    \
        out->items = (T *)cr_alloc_array(n, sizeof(T), CR_SCAN);                    \
        if (!out->items) return false;                                              \
        out->len = n;                                                               \
        return true;                                                                \
    }

/* An identifier: UTF-8 bytes.  Absent optional identifier: len == 0. */
typedef cr_span cp_ident;
static inline bool cp_ident_present(cp_ident id) { return id.len != 0; }

typedef struct cp_mod cp_mod;
typedef struct cp_stmt cp_stmt;
typedef struct cp_expr cp_expr;
typedef struct cp_comprehension cp_comprehension;
typedef struct cp_excepthandler cp_excepthandler;
typedef struct cp_arguments cp_arguments;
typedef struct cp_arg cp_arg;
typedef struct cp_keyword cp_keyword;
typedef struct cp_alias cp_alias;
typedef struct cp_withitem cp_withitem;
typedef struct cp_match_case cp_match_case;
typedef struct cp_pattern cp_pattern;

/* ---- enumerations (ASDL order, from 1) ---- */

typedef enum { CP_Load = 1, CP_Store, CP_Del } cp_expr_context;
typedef enum { CP_And = 1, CP_Or } cp_boolop;
typedef enum {
    CP_Add = 1, CP_Sub, CP_Mult, CP_MatMult, CP_Div, CP_Mod, CP_Pow,
    CP_LShift, CP_RShift, CP_BitOr, CP_BitXor, CP_BitAnd, CP_FloorDiv
} cp_operator;
typedef enum { CP_Invert = 1, CP_Not, CP_UAdd, CP_USub } cp_unaryop;
typedef enum {
    CP_Eq = 1, CP_NotEq, CP_Lt, CP_LtE, CP_Gt, CP_GtE, CP_Is, CP_IsNot, CP_In, CP_NotIn
} cp_cmpop;

CP_DEFINE_SEQ(cp_stmt_seq, cp_stmt *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_expr_seq, cp_expr *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_comprehension_seq, cp_comprehension *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_excepthandler_seq, cp_excepthandler *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_arg_seq, cp_arg *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_keyword_seq, cp_keyword *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_alias_seq, cp_alias *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_withitem_seq, cp_withitem *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_match_case_seq, cp_match_case *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_pattern_seq, cp_pattern *) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_ident_seq, cp_ident) /* boundary: checked accessor: index tested against len first */
CP_DEFINE_SEQ(cp_cmpop_seq, cp_cmpop) /* boundary: checked accessor: index tested against len first */

/* ---- constants (not Vals) ----
 *
 * CP_CONST_Int:   text = the digits only: no 0x/0o/0b prefix, no underscores,
 *                 letters lower-cased; base = 10, 16, 8 or 2.  Never negative
 *                 (-1 is UnaryOp(USub, 1) as in CPython).  "0" / "00" have base 10.
 * CP_CONST_Float: text = the literal without underscores ("1.5", "1e10",
 *                 "1.", ".5", "1E+5"); parse it with the core's float reader.
 * CP_CONST_Imag:  text = the literal without the j/J suffix and without
 *                 underscores (a float or decimal literal: "1", "1.5e3");
 *                 the value is complex(0.0, float(text)).
 * CP_CONST_Str:   text = the decoded string as UTF-8, escapes processed,
 *                 adjacent literals concatenated.  A lone surrogate (only
 *                 possible through "\ud800"-style escapes) is encoded as the
 *                 3-byte generalized UTF-8 sequence ED A0..BF xx.
 * CP_CONST_Bytes: text = the decoded bytes.
 * None / True / False / Ellipsis carry no text.
 */
typedef enum {
    CP_CONST_None = 1, CP_CONST_True, CP_CONST_False, CP_CONST_Ellipsis,
    CP_CONST_Int, CP_CONST_Float, CP_CONST_Imag, CP_CONST_Str, CP_CONST_Bytes
} cp_const_kind;

typedef struct {
    cp_const_kind kind;
    int base;    /* CP_CONST_Int only */
    cr_span text;
} cp_constant;

/* ---- mod ---- */

typedef enum { CP_MOD_Module = 1, CP_MOD_Interactive, CP_MOD_Expression } cp_mod_kind;

struct cp_mod {
    cp_mod_kind kind;
    union {
        struct { cp_stmt_seq body; } Module; /* type_ignores: always empty */
        struct { cp_stmt_seq body; } Interactive;
        struct { cp_expr *body; } Expression;
    } v;
};

/* ---- stmt ---- */

typedef enum {
    CP_STMT_FunctionDef = 1, CP_STMT_AsyncFunctionDef, CP_STMT_ClassDef, CP_STMT_Return,
    CP_STMT_Delete, CP_STMT_Assign, CP_STMT_AugAssign, CP_STMT_AnnAssign, CP_STMT_For,
    CP_STMT_AsyncFor, CP_STMT_While, CP_STMT_If, CP_STMT_With, CP_STMT_AsyncWith,
    CP_STMT_Match, CP_STMT_Raise, CP_STMT_Try, CP_STMT_TryStar, CP_STMT_Assert,
    CP_STMT_Import, CP_STMT_ImportFrom, CP_STMT_Global, CP_STMT_Nonlocal, CP_STMT_Expr,
    CP_STMT_Pass, CP_STMT_Break, CP_STMT_Continue
} cp_stmt_kind;

struct cp_stmt {
    cp_stmt_kind kind;
    union {
        /* FunctionDef and AsyncFunctionDef share this layout. */
        struct {
            cp_ident name;
            cp_arguments *args;
            cp_stmt_seq body;
            cp_expr_seq decorator_list;
            cp_expr *returns;
        } FunctionDef, AsyncFunctionDef;
        struct {
            cp_ident name;
            cp_expr_seq bases;
            cp_keyword_seq keywords;
            cp_stmt_seq body;
            cp_expr_seq decorator_list;
        } ClassDef;
        struct { cp_expr *value; } Return;
        struct { cp_expr_seq targets; } Delete;
        struct { cp_expr_seq targets; cp_expr *value; } Assign;
        struct { cp_expr *target; cp_operator op; cp_expr *value; } AugAssign;
        struct { cp_expr *target; cp_expr *annotation; cp_expr *value; int simple; } AnnAssign;
        /* For and AsyncFor share this layout. */
        struct {
            cp_expr *target;
            cp_expr *iter;
            cp_stmt_seq body;
            cp_stmt_seq orelse;
        } For, AsyncFor;
        struct { cp_expr *test; cp_stmt_seq body; cp_stmt_seq orelse; } While;
        struct { cp_expr *test; cp_stmt_seq body; cp_stmt_seq orelse; } If;
        /* With and AsyncWith share this layout. */
        struct { cp_withitem_seq items; cp_stmt_seq body; } With, AsyncWith;
        struct { cp_expr *subject; cp_match_case_seq cases; } Match;
        struct { cp_expr *exc; cp_expr *cause; } Raise;
        /* Try and TryStar share this layout. */
        struct {
            cp_stmt_seq body;
            cp_excepthandler_seq handlers;
            cp_stmt_seq orelse;
            cp_stmt_seq finalbody;
        } Try, TryStar;
        struct { cp_expr *test; cp_expr *msg; } Assert;
        struct { cp_alias_seq names; } Import;
        struct { cp_ident module; cp_alias_seq names; int level; } ImportFrom;
        struct { cp_ident_seq names; } Global;
        struct { cp_ident_seq names; } Nonlocal;
        struct { cp_expr *value; } Expr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* ---- expr ---- */

typedef enum {
    CP_EXPR_BoolOp = 1, CP_EXPR_NamedExpr, CP_EXPR_BinOp, CP_EXPR_UnaryOp, CP_EXPR_Lambda,
    CP_EXPR_IfExp, CP_EXPR_Dict, CP_EXPR_Set, CP_EXPR_ListComp, CP_EXPR_SetComp,
    CP_EXPR_DictComp, CP_EXPR_GeneratorExp, CP_EXPR_Await, CP_EXPR_Yield, CP_EXPR_YieldFrom,
    CP_EXPR_Compare, CP_EXPR_Call, CP_EXPR_FormattedValue, CP_EXPR_JoinedStr,
    CP_EXPR_Constant, CP_EXPR_Attribute, CP_EXPR_Subscript, CP_EXPR_Starred, CP_EXPR_Name,
    CP_EXPR_List, CP_EXPR_Tuple, CP_EXPR_Slice
} cp_expr_kind;

struct cp_expr {
    cp_expr_kind kind;
    union {
        struct { cp_boolop op; cp_expr_seq values; } BoolOp;
        struct { cp_expr *target; cp_expr *value; } NamedExpr;
        struct { cp_expr *left; cp_operator op; cp_expr *right; } BinOp;
        struct { cp_unaryop op; cp_expr *operand; } UnaryOp;
        struct { cp_arguments *args; cp_expr *body; } Lambda;
        struct { cp_expr *test; cp_expr *body; cp_expr *orelse; } IfExp;
        struct { cp_expr_seq keys; cp_expr_seq values; } Dict; /* key NULL: **value */
        struct { cp_expr_seq elts; } Set;
        /* ListComp, SetComp and GeneratorExp share this layout. */
        struct { cp_expr *elt; cp_comprehension_seq generators; } ListComp, SetComp, GeneratorExp;
        struct { cp_expr *key; cp_expr *value; cp_comprehension_seq generators; } DictComp;
        struct { cp_expr *value; } Await;
        struct { cp_expr *value; } Yield; /* value may be NULL */
        struct { cp_expr *value; } YieldFrom;
        struct { cp_expr *left; cp_cmpop_seq ops; cp_expr_seq comparators; } Compare;
        struct { cp_expr *func; cp_expr_seq args; cp_keyword_seq keywords; } Call;
        /* conversion: -1 (none) or 's', 'r', 'a'; format_spec: a JoinedStr or NULL. */
        struct { cp_expr *value; int conversion; cp_expr *format_spec; } FormattedValue;
        struct { cp_expr_seq values; } JoinedStr;
        /* kind: "u" for u"..." strings, else empty. */
        struct { cp_constant value; cp_ident kind; } Constant;
        struct { cp_expr *value; cp_ident attr; cp_expr_context ctx; } Attribute;
        struct { cp_expr *value; cp_expr *slice; cp_expr_context ctx; } Subscript;
        struct { cp_expr *value; cp_expr_context ctx; } Starred;
        struct { cp_ident id; cp_expr_context ctx; } Name;
        struct { cp_expr_seq elts; cp_expr_context ctx; } List;
        struct { cp_expr_seq elts; cp_expr_context ctx; } Tuple;
        struct { cp_expr *lower; cp_expr *upper; cp_expr *step; } Slice;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* ---- the product types ---- */

struct cp_comprehension {
    cp_expr *target;
    cp_expr *iter;
    cp_expr_seq ifs;
    int is_async;
};

/* excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) */
typedef enum { CP_EXCEPTHANDLER_ExceptHandler = 1 } cp_excepthandler_kind;
struct cp_excepthandler {
    cp_excepthandler_kind kind;
    union {
        struct { cp_expr *type; cp_ident name; cp_stmt_seq body; } ExceptHandler;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct cp_arguments {
    cp_arg_seq posonlyargs;
    cp_arg_seq args;
    cp_arg *vararg;           /* may be NULL */
    cp_arg_seq kwonlyargs;
    cp_expr_seq kw_defaults;  /* one per kwonlyarg; an item is NULL when that
                                 argument has no default (as in CPython) */
    cp_arg *kwarg;            /* may be NULL */
    cp_expr_seq defaults;     /* for the last len(defaults) of posonlyargs+args */
};

struct cp_arg {
    cp_ident arg;
    cp_expr *annotation; /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct cp_keyword {
    cp_ident arg; /* empty for **kwargs */
    cp_expr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct cp_alias {
    cp_ident name;   /* dotted name "a.b.c", or "*" */
    cp_ident asname; /* may be empty */
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct cp_withitem {
    cp_expr *context_expr;
    cp_expr *optional_vars; /* may be NULL */
};

struct cp_match_case {
    cp_pattern *pattern;
    cp_expr *guard; /* may be NULL */
    cp_stmt_seq body;
};

/* ---- pattern ---- */

typedef enum {
    CP_PAT_MatchValue = 1, CP_PAT_MatchSingleton, CP_PAT_MatchSequence, CP_PAT_MatchMapping,
    CP_PAT_MatchClass, CP_PAT_MatchStar, CP_PAT_MatchAs, CP_PAT_MatchOr
} cp_pattern_kind;

struct cp_pattern {
    cp_pattern_kind kind;
    union {
        struct { cp_expr *value; } MatchValue;
        struct { cp_constant value; } MatchSingleton; /* None, True or False */
        struct { cp_pattern_seq patterns; } MatchSequence;
        struct { cp_expr_seq keys; cp_pattern_seq patterns; cp_ident rest; } MatchMapping;
        struct {
            cp_expr *cls;
            cp_pattern_seq patterns;
            cp_ident_seq kwd_attrs;
            cp_pattern_seq kwd_patterns;
        } MatchClass;
        struct { cp_ident name; } MatchStar;                 /* name empty: *_ */
        struct { cp_pattern *pattern; cp_ident name; } MatchAs; /* both absent: _ */
        struct { cp_pattern_seq patterns; } MatchOr;
    } v;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* ---- allocation helpers (ast.c); NULL when out of memory ---- */

cp_mod *cp_new_mod(cp_mod_kind kind);
cp_stmt *cp_new_stmt(cp_stmt_kind kind, int lineno, int col, int end_lineno, int end_col);
cp_expr *cp_new_expr(cp_expr_kind kind, int lineno, int col, int end_lineno, int end_col);
cp_pattern *cp_new_pattern(cp_pattern_kind kind, int lineno, int col, int end_lineno, int end_col);
/* Copy bytes into a new GC block (identifiers, constant text). */
bool cp_ident_from(cr_span bytes, cp_ident *out);

/* Names of enum members as CPython spells them ("Add", "Load", "NotIn"). */
const char *cp_operator_name(cp_operator op);
const char *cp_unaryop_name(cp_unaryop op);
const char *cp_cmpop_name(cp_cmpop op);
const char *cp_boolop_name(cp_boolop op);
const char *cp_expr_context_name(cp_expr_context ctx);
/* Node kind names ("BinOp", "If", "MatchAs", "Module"). */
const char *cp_expr_kind_name(cp_expr_kind k);
const char *cp_stmt_kind_name(cp_stmt_kind k);
const char *cp_pattern_kind_name(cp_pattern_kind k);

#endif
