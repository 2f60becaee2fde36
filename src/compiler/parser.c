/* The parser driver: token buffer, errors, node helpers and cp_parse().
 *
 * The parser is a hand-written recursive-descent parser that follows
 * CPython 3.11's PEG grammar (Grammar/python.gram) rule by rule, with
 * backtracking over a buffer of tokens.  Like CPython it runs in two passes:
 * the first parses valid code; when it fails, a second pass re-parses with
 * the "invalid_*" rules enabled to produce CPython's specific messages, and
 * if none applies the error is a generic "invalid syntax" at the furthest
 * token the first pass fetched.  Finally, as CPython does, the rest of the
 * source is tokenized so that a tokenizer error anywhere wins.
 */
#include "compiler/parse_priv.h"
#include "core/host.h"

/* ------------------------------------------------------------------ */
/* vectors                                                             */

bool cp_pvec_push(cp_parser *p, cp_pvec *v, void *x)
{
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 8;
        size_t oldb, newb;
        if (!cr_mul_ok(v->cap, sizeof(void *), &oldb) || !cr_mul_ok(ncap, sizeof(void *), &newb)) {
            cp_nomem(p);
            return false;
        }
        void **n = v->items ? (void **)cr_realloc(v->items, oldb, newb, CR_SCAN)
                            : (void **)cr_alloc_array(ncap, sizeof(void *), CR_SCAN);
        if (!n) {
            cp_nomem(p);
            return false;
        }
        v->items = n;
        v->cap = ncap;
    }
    if (v->len >= v->cap) cr_panic_bounds();
    v->items[v->len++] = x; /* boundary: checked accessor: index tested against len first */
    return true;
}

void *cp_pvec_get(const cp_pvec *v, size_t i)
{
    if (i >= v->len) cr_panic_bounds();
    return v->items[i]; /* boundary: checked accessor: index tested against len first */
}

bool cp_pvec_to_exprs(cp_parser *p, const cp_pvec *v, cp_expr_seq *out)
{
    if (!cp_expr_seq_new(out, v->len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < v->len; i++) cp_expr_seq_set(*out, i, (cp_expr *)cp_pvec_get(v, i));
    return true;
}

bool cp_pvec_to_stmts(cp_parser *p, const cp_pvec *v, cp_stmt_seq *out)
{
    if (!cp_stmt_seq_new(out, v->len)) {
        cp_nomem(p);
        return false;
    }
    for (size_t i = 0; i < v->len; i++) cp_stmt_seq_set(*out, i, (cp_stmt *)cp_pvec_get(v, i));
    return true;
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static bool grow_tokens(cp_parser *p)
{
    size_t ncap = p->cap ? p->cap * 2 : 256;
    size_t oldb, newb;
    if (!cr_mul_ok(p->cap, sizeof(cp_token), &oldb) || !cr_mul_ok(ncap, sizeof(cp_token), &newb))
        return false;
    cp_token *n = p->toks ? (cp_token *)cr_realloc(p->toks, oldb, newb, CR_NOSCAN)
                          : (cp_token *)cr_alloc_array(ncap, sizeof(cp_token), CR_NOSCAN);
    if (!n) return false;
    p->toks = n;
    p->cap = ncap;
    return true;
}

static cp_token *tok_slot(cp_parser *p, size_t i)
{
    if (i >= p->ntoks) cr_panic_bounds();
    return &p->toks[i]; /* boundary: checked accessor: index tested against len first */
}

/* The token at index i, reading more from the tokenizer as needed.  Past
 * ENDMARKER (or an error) the last token repeats. */
cp_token *cp_tok_at(cp_parser *p, size_t i)
{
    while (i >= p->ntoks) {
        if (p->ntoks > 0) {
            cp_token *last = tok_slot(p, p->ntoks - 1);
            if (last->type == CP_TOK_ENDMARKER || last->type == CP_TOK_ERROR) {
                if (last->type == CP_TOK_ERROR && !p->error) p->error = true;
                if (p->fill < p->ntoks) p->fill = p->ntoks;
                return last;
            }
        }
        if (p->ntoks == p->cap && !grow_tokens(p)) {
            static cp_token eof_tok = {CP_TOK_ERROR, 0, 0, 0, 0, 0, 0, 0, 0};
            cp_nomem(p);
            return &eof_tok;
        }
        p->ntoks++;
        cp_token *slot = tok_slot(p, p->ntoks - 1);
        cp_tok_next(&p->tok, slot);
        if (slot->type == CP_TOK_ERROR) p->error = true;
    }
    if (i + 1 > p->fill) p->fill = i + 1;
    cp_token *t = tok_slot(p, i);
    if (t->type == CP_TOK_ERROR) p->error = true;
    return t;
}

/* The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER
 * (CPython's _PyPegen_get_last_nonnwhitespace_token, used for node ends). */
cp_token *cp_last(cp_parser *p)
{
    size_t m = p->mark;
    cp_token *t = cp_tok_at(p, m ? m - 1 : 0);
    while (m > 0) {
        t = tok_slot(p, m - 1);
        if (t->type != CP_TOK_NEWLINE && t->type != CP_TOK_INDENT && t->type != CP_TOK_DEDENT &&
            t->type != CP_TOK_ENDMARKER)
            break;
        m--;
    }
    return t;
}

bool cp_at(cp_parser *p, cp_tok_type t) { return cp_cur(p)->type == t; }

bool cp_at_kw(cp_parser *p, int kw)
{
    cp_token *t = cp_cur(p);
    return t->type == CP_TOK_NAME && t->kw == kw;
}

cr_span cp_tok_text(cp_parser *p, const cp_token *t)
{
    if (t->end < t->start || t->end > p->src.len) return cr_span_make("", 0);
    return cr_span_sub(p->src, t->start, t->end - t->start);
}

bool cp_at_soft(cp_parser *p, const char *name)
{
    cp_token *t = cp_cur(p);
    return t->type == CP_TOK_NAME && t->kw == 0 && cr_span_eq(cp_tok_text(p, t), cr_span_cstr(name));
}

cp_token *cp_expect(cp_parser *p, cp_tok_type type)
{
    cp_token *t = cp_cur(p);
    if (t->type != type || p->error) return NULL;
    p->mark++;
    return t;
}

cp_token *cp_expect_kw(cp_parser *p, int kw)
{
    cp_token *t = cp_cur(p);
    if (t->type != CP_TOK_NAME || t->kw != kw || p->error) return NULL;
    p->mark++;
    return t;
}

cp_token *cp_expect_forced(cp_parser *p, cp_tok_type type, const char *text)
{
    cp_token *t = cp_cur(p);
    if (p->error) return NULL;
    if (t->type != type) {
        cp_raise_tok(p, t, cp_fmt("expected '%s'", text));
        return NULL;
    }
    p->mark++;
    return t;
}

bool cp_name_ident(cp_parser *p, const cp_token *t, cp_ident *out)
{
    if (!cp_ident_from(cp_tok_text(p, t), out)) {
        cp_nomem(p);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

void *cp_nomem(cp_parser *p)
{
    if (!p->error || p->err->kind != CP_ERR_MEMORY) cp_error_memory(p->err);
    p->error = true;
    return NULL;
}

/* The recursion guard: a depth count and a measure of the C stack used
 * since cp_parse() (the address of a local compared with the one taken
 * there; only the difference is used).  Beyond either, the parse fails
 * with MemoryError, as CPython's parser does when its stack overflows. */
bool cp_enter(cp_parser *p)
{
    if (p->error) return false;
    char here;
    uintptr_t now = (uintptr_t)(void *)&here;
    size_t used = p->stack_base > now ? p->stack_base - now : now - p->stack_base;
    if (++p->depth > CP_MAX_DEPTH || used > p->stack_budget) {
        p->depth--;
        cp_nomem(p);
        return false;
    }
    return true;
}

void *cp_raise_at(cp_parser *p, cp_error_kind kind, cr_span msg, int lineno, int col, int end_lineno,
                  int end_col)
{
    if (p->error) return NULL;
    if (p->fstring) {
        /* CPython reports columns inside the "(expression)" text here */
        int first = p->tok.line_shift + 1;
        if (lineno == first) col -= p->tok.col_shift;
        if (end_lineno == first) end_col -= p->tok.col_shift;
        cp_error_set_peg(p->err, p->err_src, kind, cp_fmt("f-string: %S", msg), lineno, 0, end_lineno, 0);
        p->err->offset = col + 1;
        p->err->end_offset = end_col + 1;
        p->error = true;
        return NULL;
    }
    cp_error_set_peg(p->err, p->err_src, kind, msg, lineno, (long)col + 1, end_lineno, (long)end_col + 1);
    p->error = true;
    return NULL;
}

void *cp_raise_node(cp_parser *p, const cp_expr *e, cr_span msg)
{
    return cp_raise_at(p, CP_ERR_SYNTAX, msg, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
}

void *cp_raise_range(cp_parser *p, const cp_expr *a, const cp_expr *b, cr_span msg)
{
    return cp_raise_at(p, CP_ERR_SYNTAX, msg, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset);
}

/* Location of a token as CPython's _PyPegen_raise_error sees it: tokens
 * without columns (INDENT, DEDENT, ENDMARKER) use the tokenizer position,
 * kept in end_col_offset. */
void *cp_raise_tok(cp_parser *p, const cp_token *t, cr_span msg)
{
    if (t->col_offset < 0)
        return cp_raise_at(p, CP_ERR_SYNTAX, msg, t->lineno, t->end_col_offset - 1, t->end_lineno, -2);
    return cp_raise_at(p, CP_ERR_SYNTAX, msg, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
}

void *cp_raise_last(cp_parser *p, cp_error_kind kind, cr_span msg)
{
    cp_token *t = cp_tok_at(p, p->fill ? p->fill - 1 : 0);
    if (p->error) return NULL;
    if (t->col_offset < 0)
        return cp_raise_at(p, kind, msg, t->lineno, t->end_col_offset - 1, t->end_lineno, -2);
    return cp_raise_at(p, kind, msg, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
}

/* ------------------------------------------------------------------ */
/* node helpers                                                        */

cp_expr *cp_mk_expr(cp_parser *p, cp_expr_kind k, const cp_token *start)
{
    cp_token *last = cp_last(p);
    cp_expr *e = cp_new_expr(k, start->lineno, start->col_offset, last->end_lineno, last->end_col_offset);
    if (!e) cp_nomem(p);
    return e;
}

cp_expr *cp_mk_expr_from(cp_parser *p, cp_expr_kind k, const cp_expr *start)
{
    cp_token *last = cp_last(p);
    cp_expr *e = cp_new_expr(k, start->lineno, start->col_offset, last->end_lineno, last->end_col_offset);
    if (!e) cp_nomem(p);
    return e;
}

cp_stmt *cp_mk_stmt(cp_parser *p, cp_stmt_kind k, const cp_token *start)
{
    cp_token *last = cp_last(p);
    cp_stmt *s = cp_new_stmt(k, start->lineno, start->col_offset, last->end_lineno, last->end_col_offset);
    if (!s) cp_nomem(p);
    return s;
}

void cp_end_at_last(cp_parser *p, cp_expr *e)
{
    cp_token *last = cp_last(p);
    e->end_lineno = last->end_lineno;
    e->end_col_offset = last->end_col_offset;
}

/* CPython's _PyPegen_get_expr_name. */
const char *cp_expr_name(const cp_expr *e)
{
    switch (e->kind) {
    case CP_EXPR_Attribute: return "attribute";
    case CP_EXPR_Subscript: return "subscript";
    case CP_EXPR_Starred: return "starred";
    case CP_EXPR_Name: return "name";
    case CP_EXPR_List: return "list";
    case CP_EXPR_Tuple: return "tuple";
    case CP_EXPR_Lambda: return "lambda";
    case CP_EXPR_Call: return "function call";
    case CP_EXPR_BoolOp: case CP_EXPR_BinOp: case CP_EXPR_UnaryOp: return "expression";
    case CP_EXPR_GeneratorExp: return "generator expression";
    case CP_EXPR_Yield: case CP_EXPR_YieldFrom: return "yield expression";
    case CP_EXPR_Await: return "await expression";
    case CP_EXPR_ListComp: return "list comprehension";
    case CP_EXPR_SetComp: return "set comprehension";
    case CP_EXPR_DictComp: return "dict comprehension";
    case CP_EXPR_Dict: return "dict literal";
    case CP_EXPR_Set: return "set display";
    case CP_EXPR_JoinedStr: case CP_EXPR_FormattedValue: return "f-string expression";
    case CP_EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case CP_CONST_None: return "None";
        case CP_CONST_True: return "True";
        case CP_CONST_False: return "False";
        case CP_CONST_Ellipsis: return "ellipsis";
        default: return "literal";
        }
    case CP_EXPR_Compare: return "comparison";
    case CP_EXPR_IfExp: return "conditional expression";
    case CP_EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* ------------------------------------------------------------------ */
/* entry points                                                        */

static cp_mod *parse_file(cp_parser *p)
{
    cp_pvec body = {0};
    while (!p->error && !cp_at(p, CP_TOK_ENDMARKER)) {
        if (!cp_statement(p, &body)) return NULL;
    }
    if (p->error) return NULL;
    cp_mod *m = cp_new_mod(CP_MOD_Module);
    if (!m) return cp_nomem(p);
    if (!cp_pvec_to_stmts(p, &body, &m->v.Module.body)) return NULL;
    return m;
}

/* expressions: expression (',' expression)* [','] (no starred items) */
static cp_expr *expressions(cp_parser *p)
{
    cp_token *start = cp_cur(p);
    cp_expr *a = cp_expression(p);
    if (!a || !cp_at(p, CP_TOK_COMMA)) return a;
    cp_pvec elts = {0};
    if (!cp_pvec_push(p, &elts, a)) return NULL;
    while (cp_expect(p, CP_TOK_COMMA)) {
        size_t m = p->mark;
        cp_expr *b = cp_expression(p);
        if (!b) {
            if (p->error) return NULL;
            p->mark = m;
            break;
        }
        if (!cp_pvec_push(p, &elts, b)) return NULL;
    }
    cp_expr *t = cp_mk_expr(p, CP_EXPR_Tuple, start);
    if (!t || !cp_pvec_to_exprs(p, &elts, &t->v.Tuple.elts)) return NULL;
    t->v.Tuple.ctx = CP_Load;
    return t;
}

static cp_mod *parse_eval(cp_parser *p)
{
    cp_expr *e = expressions(p);
    if (!e) return NULL;
    while (cp_expect(p, CP_TOK_NEWLINE)) {}
    if (!cp_expect(p, CP_TOK_ENDMARKER)) return NULL;
    cp_mod *m = cp_new_mod(CP_MOD_Expression);
    if (!m) return cp_nomem(p);
    m->v.Expression.body = e;
    return m;
}

/* CPython's bad_single_statement: anything but blanks and comments after
 * the statement (from the tokenizer's position). */
static bool bad_single_statement(cp_parser *p, size_t from)
{
    size_t i = from;
    while (i < p->src.len) {
        uint8_t c = cr_span_at(p->src, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
            i++;
        } else if (c == '#') {
            while (i < p->src.len && cr_span_at(p->src, i) != '\n') i++;
        } else {
            return true;
        }
    }
    return false;
}

static cp_mod *parse_single(cp_parser *p)
{
    cp_pvec body = {0};
    cp_token *t = cp_cur(p);
    if (t->type == CP_TOK_NEWLINE || t->type == CP_TOK_ENDMARKER) {
        /* CPython: an empty interactive input is an error here */
        int line = p->empty_input ? 0 : t->lineno;
        cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("invalid syntax"), line, -1, line, -1);
        return NULL;
    }
    bool compound = t->type == CP_TOK_AT ||
                    (t->type == CP_TOK_NAME && (t->kw == CP_KW_def || t->kw == CP_KW_if || t->kw == CP_KW_class ||
                                                t->kw == CP_KW_with || t->kw == CP_KW_for || t->kw == CP_KW_try ||
                                                t->kw == CP_KW_while || t->kw == CP_KW_async));
    if (!cp_statement(p, &body)) return NULL;
    if (compound && body.len == 1) {
        cp_stmt *s = (cp_stmt *)cp_pvec_get(&body, 0);
        /* compound_stmt NEWLINE: the statement must end the input line */
        if (s->kind != CP_STMT_Expr && s->kind != CP_STMT_Assign && !cp_at(p, CP_TOK_NEWLINE) &&
            !cp_at(p, CP_TOK_ENDMARKER))
            return NULL;
    }
    cp_token *raw_last = cp_tok_at(p, p->mark ? p->mark - 1 : 0);
    if (raw_last->type != CP_TOK_NEWLINE && cp_expect(p, CP_TOK_NEWLINE)) raw_last = cp_tok_at(p, p->mark - 1);
    if (bad_single_statement(p, raw_last->end)) {
        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("multiple statements found while compiling a single statement"));
        return NULL;
    }
    cp_mod *m = cp_new_mod(CP_MOD_Interactive);
    if (!m) return cp_nomem(p);
    if (!cp_pvec_to_stmts(p, &body, &m->v.Interactive.body)) return NULL;
    return m;
}

static cp_mod *run_pass(cp_parser *p)
{
    p->mark = 0;
    p->depth = 0;
    p->memo = NULL;
    if (p->mode == CP_MODE_EVAL) return parse_eval(p);
    if (p->mode == CP_MODE_SINGLE) return parse_single(p);
    return parse_file(p);
}

/* After a parser error, tokenize the rest of the source: a tokenizer error
 * that raises replaces the parser's error (CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors). */
static void check_rest_of_source(cp_parser *p)
{
    if (p->err->kind != CP_ERR_SYNTAX && p->err->kind != CP_ERR_INDENTATION) return;
    if (p->ntoks == 0) return;
    cp_token *lastfetched = tok_slot(p, p->fill ? p->fill - 1 : 0);
    int current_err_line = p->known_err_line ? p->known_err_line : lastfetched->lineno;
    cp_token *last = tok_slot(p, p->ntoks - 1);
    if (last->type == CP_TOK_ENDMARKER || last->type == CP_TOK_ERROR) return;
    cp_error scratch = {0};
    p->tok.err = &scratch;
    for (;;) {
        cp_token t;
        cp_tok_next(&p->tok, &t);
        if (t.type == CP_TOK_ENDMARKER) break;
        if (t.type == CP_TOK_ERROR) {
            if (p->tok.errcode == CP_TOKERR_RAISED) {
                *p->err = scratch;
            } else if (p->tok.errcode == CP_TOKERR_EOF_IN_PARENS && current_err_line > scratch.lineno) {
                *p->err = scratch;
            }
            break;
        }
    }
    p->tok.err = p->err;
}

/* Newline translation (\r\n and \r become \n), BOM removal, and a final
 * newline for exec input, as CPython's string tokenizer does. */
static bool normalise(cr_span in, bool add_newline, cr_span *out)
{
    cr_buf b;
    cr_buf_init(&b);
    size_t i = 0;
    if (in.len >= 3 && cr_span_at(in, 0) == 0xEF && cr_span_at(in, 1) == 0xBB && cr_span_at(in, 2) == 0xBF)
        i = 3;
    if (!cr_buf_reserve(&b, in.len + 2)) return false;
    size_t run = i;
    for (; i < in.len; i++) {
        if (cr_span_at(in, i) != '\r') continue;
        cr_buf_append(&b, cr_span_sub(in, run, i - run));
        cr_buf_byte(&b, '\n');
        if (i + 1 < in.len && cr_span_at(in, i + 1) == '\n') i++;
        run = i + 1;
    }
    cr_buf_append(&b, cr_span_sub(in, run, in.len - run));
    if (add_newline && (b.len == 0 || cr_buf_get(&b, b.len - 1) != '\n')) cr_buf_byte(&b, '\n');
    if (b.failed) return false;
    *out = cr_buf_span(&b);
    if (out->ptr == NULL) *out = cr_span_make("", 0);
    return true;
}

static void init_parser(cp_parser *p, cr_span src, int mode, cp_error *err)
{
    cp_parser zero = {0};
    *p = zero;
    p->src = src;
    p->err_src = src;
    p->err = err;
    p->mode = mode;
    cp_tok_init(&p->tok, src, err);
}

/* ---- PEP 263 coding declarations ---- */

static bool is_cookie_char(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
}

/* The encoding named on a line "[ \t\f]*#...coding[:=][ \t]*NAME", or an
 * empty span.  *is_comment tells whether the line is blank or a comment. */
static cr_span line_cookie(cr_span line, bool *is_comment)
{
    size_t i = 0;
    while (i < line.len && (cr_span_at(line, i) == ' ' || cr_span_at(line, i) == '\t' || cr_span_at(line, i) == '\f'))
        i++;
    *is_comment = i >= line.len || cr_span_at(line, i) == '#' || cr_span_at(line, i) == '\n' ||
                  cr_span_at(line, i) == '\r';
    if (i >= line.len || cr_span_at(line, i) != '#') return cr_span_make("", 0);
    int64_t k = cr_span_find(line, cr_span_cstr("coding"), i);
    while (k >= 0) {
        size_t j = (size_t)k + 6;
        if (j < line.len && (cr_span_at(line, j) == ':' || cr_span_at(line, j) == '=')) {
            j++;
            while (j < line.len && (cr_span_at(line, j) == ' ' || cr_span_at(line, j) == '\t')) j++;
            size_t s = j;
            while (j < line.len && is_cookie_char(cr_span_at(line, j))) j++;
            if (j > s) return cr_span_sub(line, s, j - s);
        }
        k = cr_span_find(line, cr_span_cstr("coding"), (size_t)k + 1);
    }
    return cr_span_make("", 0);
}

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_CP1252, ENC_UNKNOWN };

/* windows-1252 bytes 0x80..0x9F (0 = undefined) */
static const uint16_t CP1252_HIGH[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/* CPython's get_normal_name plus the codec aliases we support. */
static int encoding_of(cr_span name, const char **normal)
{
    char buf[24];
    size_t n = 0;
    for (size_t i = 0; i < name.len && n < sizeof buf - 1; i++) {
        uint8_t c = cr_span_at(name, i);
        buf[n++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
    }
    buf[n] = 0;
    cr_span b = cr_span_make(buf, n);
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001"};
    static const char *const latin1[] = {"latin-1", "iso-8859-1", "iso-latin-1", "latin1", "l1", "iso8859-1",
                                         "8859", "cp819", "iso-ir-100", "latin"};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us"};
    for (size_t i = 0; i < sizeof utf8 / sizeof utf8[0]; i++)
        if (cr_span_eq(b, cr_span_cstr(utf8[i]))) { *normal = "utf-8"; return ENC_UTF8; }
    if (n > 6 && cr_span_eq(cr_span_sub(b, 0, 6), cr_span_cstr("utf-8-"))) { *normal = "utf-8"; return ENC_UTF8; }
    for (size_t i = 0; i < sizeof latin1 / sizeof latin1[0]; i++)
        if (cr_span_eq(b, cr_span_cstr(latin1[i]))) { *normal = "iso-8859-1"; return ENC_LATIN1; }
    for (size_t i = 0; i < sizeof ascii / sizeof ascii[0]; i++)
        if (cr_span_eq(b, cr_span_cstr(ascii[i]))) { *normal = "ascii"; return ENC_ASCII; }
    if (cr_span_eq(b, cr_span_cstr("cp1252")) || cr_span_eq(b, cr_span_cstr("windows-1252"))) {
        *normal = "cp1252";
        return ENC_CP1252;
    }
    *normal = NULL;
    return ENC_UNKNOWN;
}

static void error_no_line(cp_error *err, cr_span msg)
{
    err->kind = CP_ERR_SYNTAX;
    err->msg = msg;
    err->lineno = 0;
    err->offset = -1;
    err->end_lineno = 0;
    err->end_offset = 0;
    err->no_end_location = true;
    err->text = cr_span_make("", 0);
}

/* Apply a coding declaration: *out is the source as UTF-8.  false with
 * err filled on error. */
static bool decode_source(cr_span in, cp_error *err, cr_span *out)
{
    *out = in;
    bool bom = in.len >= 3 && cr_span_at(in, 0) == 0xEF && cr_span_at(in, 1) == 0xBB && cr_span_at(in, 2) == 0xBF;
    cr_span body = bom ? cr_span_from(in, 3) : in;
    int64_t nl = cr_span_find_byte(body, '\n', 0);
    cr_span line1 = nl < 0 ? body : cr_span_sub(body, 0, (size_t)nl + 1);
    bool comment1, comment2;
    cr_span name = line_cookie(line1, &comment1);
    if (name.len == 0 && comment1 && nl >= 0) {
        cr_span rest = cr_span_from(body, (size_t)nl + 1);
        int64_t nl2 = cr_span_find_byte(rest, '\n', 0);
        name = line_cookie(nl2 < 0 ? rest : cr_span_sub(rest, 0, (size_t)nl2 + 1), &comment2);
    }
    if (name.len == 0) return true;
    const char *normal;
    int enc = encoding_of(name, &normal);
    if (enc == ENC_UNKNOWN) {
        error_no_line(err, cp_fmt("unknown encoding: %S", name));
        return false;
    }
    if (bom && enc != ENC_UTF8) {
        error_no_line(err, cp_fmt("encoding problem: %s with BOM", normal));
        return false;
    }
    if (enc == ENC_UTF8) return true;
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < in.len; i++) {
        uint8_t c = cr_span_at(in, i);
        if (c >= 0x80 && enc == ENC_ASCII) {
            error_no_line(err, cp_fmt("'ascii' codec can't decode byte 0x%x in position %d: ordinal not in range(128)",
                                      (uint32_t)c, (int)i));
            return false;
        }
        uint32_t cp = c; /* latin-1: the byte is the code point */
        if (enc == ENC_CP1252 && c >= 0x80 && c <= 0x9F) {
            /* index checked by the range test */
            cp = CP1252_HIGH[c - 0x80];
            if (cp == 0) {
                error_no_line(err, cp_fmt("'charmap' codec can't decode byte 0x%x in position %d: character maps "
                                          "to <undefined>", (uint32_t)c, (int)i));
                return false;
            }
        }
        cr_buf_utf8(&b, cp);
    }
    if (b.failed) {
        cp_error_memory(err);
        return false;
    }
    *out = cr_buf_span(&b);
    return true;
}

cp_mod *cp_parse(cr_span source, int mode, cp_error *err) { return cp_parse_ex(source, mode, 0, err); }

cp_mod *cp_parse_ex(cr_span source, int mode, int flags, cp_error *err)
{
    cp_error zero = {0};
    *err = zero;
    if (cr_span_find_byte(source, 0, 0) >= 0) {
        err->kind = CP_ERR_SYNTAX;
        err->msg = cr_span_cstr((flags & CP_PARSE_FILE) ? "source code cannot contain null bytes"
                                                        : "source code string cannot contain null bytes");
        err->text = cr_span_make("", 0);
        err->no_location = true;
        return NULL;
    }
    if (source.len > CP_MAX_SOURCE / 2) {
        cp_error_memory(err);
        return NULL;
    }
    if (!(flags & CP_PARSE_STR) && !decode_source(source, err, &source)) return NULL;
    cr_span src;
    if (!normalise(source, mode != CP_MODE_EVAL, &src)) {
        cp_error_memory(err);
        return NULL;
    }
    cp_parser *p = (cp_parser *)cr_alloc(sizeof(cp_parser), CR_SCAN);
    if (!p) {
        cp_error_memory(err);
        return NULL;
    }
    if (mode == CP_MODE_EVAL && src.len == 0) {
        /* nothing to read: CPython reports line 0 */
        err->kind = CP_ERR_SYNTAX;
        err->msg = cr_span_cstr("invalid syntax");
        err->text = cr_span_make("", 0);
        return NULL;
    }
    init_parser(p, src, mode, err);
    p->empty_input = source.len == 0;
    char base;
    p->stack_base = (uintptr_t)(void *)&base;
    /* a quarter of what the host grants the runtime, 2 MB when unknown */
    p->stack_budget = cr_host_services && cr_host_services->stack_limit ? cr_host_services->stack_limit / 4
                                                                        : (size_t)2 << 20;
    cp_mod *m = run_pass(p);
    if (m && !p->error) return m;
    if (p->error) {
        /* a tokenizer error or an error raised in the first pass */
        if (p->tok.errcode == CP_TOKERR_NONE) check_rest_of_source(p);
        return NULL;
    }
    size_t fill1 = p->fill;
    p->invalid_pass = true;
    m = run_pass(p);
    if (p->error) {
        if (p->tok.errcode == CP_TOKERR_NONE) check_rest_of_source(p);
        return NULL;
    }
    /* generic error at the furthest token of the first pass; the check of
     * the rest of the source compares with the furthest token overall */
    cp_token *furthest = cp_tok_at(p, p->fill ? p->fill - 1 : 0);
    p->known_err_line = furthest->lineno;
    p->fill = fill1;
    cp_token *last = cp_tok_at(p, fill1 ? fill1 - 1 : 0);
    if (last->type == CP_TOK_INDENT || last->type == CP_TOK_DEDENT) {
        cp_raise_last(p, CP_ERR_INDENTATION,
                      cr_span_cstr(last->type == CP_TOK_INDENT ? "unexpected indent" : "unexpected unindent"));
        return NULL;
    }
    if (last->type == CP_TOK_ENDMARKER)
        cp_raise_at(p, CP_ERR_SYNTAX, cr_span_cstr("invalid syntax"), last->lineno, -1, last->end_lineno, -1);
    else
        cp_raise_tok(p, last, cr_span_cstr("invalid syntax"));
    if (p->tok.errcode == CP_TOKERR_NONE) check_rest_of_source(p);
    return NULL;
}

/* An f-string expression: text is "(" + expression source + ")"; its
 * tokens are placed at (lineno, col) of the '{' in the real source. */
cp_expr *cp_parse_fstring_expr(cp_parser *parent, cr_span text, int lineno, int col)
{
    cp_parser *p = (cp_parser *)cr_alloc(sizeof(cp_parser), CR_SCAN);
    if (!p) return cp_nomem(parent);
    init_parser(p, text, CP_MODE_EVAL, parent->err);
    p->err_src = parent->err_src;
    p->fstring = true;
    p->tok.err_src = parent->err_src;
    p->tok.line_shift = lineno - 1;
    p->tok.col_shift = col;
    p->tok.fstring_mode = true;
    p->depth = parent->depth;
    p->stack_base = parent->stack_base;
    p->stack_budget = parent->stack_budget;
    cp_expr *e = cp_star_expressions(p);
    if (e && !p->error && cp_at(p, CP_TOK_ENDMARKER)) return e;
    if (!p->error) {
        size_t fill1 = p->fill;
        p->invalid_pass = true;
        p->mark = 0;
        e = cp_star_expressions(p);
        if (!p->error) {
            p->fill = fill1;
            cp_token *last = cp_tok_at(p, fill1 ? fill1 - 1 : 0);
            cp_raise_tok(p, last, cr_span_cstr("invalid syntax"));
        }
    }
    parent->error = true;
    return NULL;
}
