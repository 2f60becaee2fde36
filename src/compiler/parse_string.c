/* Literals: numbers, strings, bytes and f-strings (CPython 3.11's
 * Parser/string_parser.c and action_helpers.c concatenate_strings). */
#include "compiler/parse_priv.h"



/* ------------------------------------------------------------------ */
/* numbers                                                             */

cp_expr *cp_number(cp_parser *p, const cp_token *t)
{
    cr_span text = cp_tok_text(p, t);
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < text.len; i++) {
        uint8_t c = cr_span_at(text, i);
        if (c != '_') cr_buf_byte(&b, c);
    }
    if (b.failed) return cp_nomem(p);
    cr_span s = cr_buf_span(&b);
    cp_expr *e = cp_new_expr(CP_EXPR_Constant, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset);
    if (!e) return cp_nomem(p);
    cp_constant *c = &e->v.Constant.value;
    uint8_t last = cr_span_at(s, s.len - 1);
    uint8_t second = s.len > 1 ? (uint8_t)(cr_span_at(s, 1) | 0x20) : 0;
    if (last == 'j' || last == 'J') {
        c->kind = CP_CONST_Imag;
        c->text = cr_span_sub(s, 0, s.len - 1);
    } else if (cr_span_at(s, 0) == '0' && (second == 'x' || second == 'o' || second == 'b')) {
        c->kind = CP_CONST_Int;
        c->base = second == 'x' ? 16 : second == 'o' ? 8 : 2;
        for (size_t i = 2; i < b.len; i++) {
            uint8_t d = cr_buf_get(&b, i);
            if (d >= 'A' && d <= 'F') cr_buf_set(&b, i, (uint8_t)(d | 0x20));
        }
        c->text = cr_span_from(cr_buf_span(&b), 2);
    } else {
        bool is_float = false;
        for (size_t i = 0; i < s.len; i++) {
            uint8_t d = cr_span_at(s, i);
            if (d == '.' || d == 'e' || d == 'E') is_float = true;
        }
        c->kind = is_float ? CP_CONST_Float : CP_CONST_Int;
        c->base = 10;
        c->text = s;
    }
    return e;
}

/* ------------------------------------------------------------------ */
/* string tokens                                                       */

typedef struct {
    bool bytes, raw, fstr, u;
    cr_span body;       /* between the quotes */
    size_t body_off;    /* offset of body in the source */
} str_tok;

static void split_string(cp_parser *p, const cp_token *t, str_tok *st)
{
    cr_span text = cp_tok_text(p, t);
    size_t i = 0;
    st->bytes = st->raw = st->fstr = st->u = false;
    for (;; i++) {
        uint8_t c = cr_span_at(text, i);
        if (c == '\'' || c == '"') break;
        c |= 0x20;
        if (c == 'b') st->bytes = true;
        else if (c == 'r') st->raw = true;
        else if (c == 'f') st->fstr = true;
        else if (c == 'u') st->u = true;
    }
    uint8_t q = cr_span_at(text, i);
    size_t qs = 1;
    if (text.len - i >= 6 && cr_span_at(text, i + 1) == q && cr_span_at(text, i + 2) == q) qs = 3;
    st->body = cr_span_sub(text, i + qs, text.len - i - 2 * qs);
    st->body_off = t->start + i + qs;
}

/* A small table for \N{...}; other names are reported as unknown. */
static const struct {
    const char *name;
    uint32_t cp;
} NAMED_CHARS[] = {
    {"NULL", 0x0}, {"LINE FEED", 0xA}, {"CARRIAGE RETURN", 0xD}, {"SPACE", 0x20},
    {"NO-BREAK SPACE", 0xA0}, {"COPYRIGHT SIGN", 0xA9}, {"DEGREE SIGN", 0xB0}, {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7}, {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER PI", 0x3C0}, {"EN DASH", 0x2013}, {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026}, {"EURO SIGN", 0x20AC}, {"BLACK STAR", 0x2605}, {"SNOWMAN", 0x2603},
    {"CHECK MARK", 0x2713}, {"REPLACEMENT CHARACTER", 0xFFFD}, {"ZERO WIDTH SPACE", 0x200B},
};

static bool lookup_name(cr_span name, uint32_t *cp)
{
    if (cp_unicode_lookup_name(name, cp)) return true;
    for (size_t k = 0; k < sizeof NAMED_CHARS / sizeof NAMED_CHARS[0]; k++) {
        cr_span n = cr_span_cstr(NAMED_CHARS[k].name);
        if (n.len != name.len) continue;
        bool eq = true;
        for (size_t i = 0; i < n.len && eq; i++) {
            uint8_t a = cr_span_at(n, i), b = cr_span_at(name, i);
            if (b >= 'a' && b <= 'z') b = (uint8_t)(b - 32);
            eq = a == b;
        }
        if (eq) {
            *cp = NAMED_CHARS[k].cp;
            return true;
        }
    }
    return false;
}

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Append a code point as (generalised) UTF-8: surrogates are encoded too. */
static void put_cp(cr_buf *b, uint32_t c)
{
    if (c >= 0xD800 && c <= 0xDFFF) {
        cr_buf_byte(b, (uint8_t)(0xE0 | (c >> 12)));
        cr_buf_byte(b, (uint8_t)(0x80 | ((c >> 6) & 0x3F)));
        cr_buf_byte(b, (uint8_t)(0x80 | (c & 0x3F)));
        return;
    }
    cr_buf_utf8(b, c);
}

/* Decode the escapes of a non-raw literal segment into b.  Returns false
 * with an error raised. */
static bool decode_escapes(cp_parser *p, cr_span s, bool bytes, cr_buf *b)
{
    size_t i = 0;
    while (i < s.len) {
        uint8_t c = cr_span_at(s, i);
        if (c != '\\' || i + 1 >= s.len) {
            cr_buf_byte(b, c);
            i++;
            continue;
        }
        size_t esc = i;
        uint8_t d = cr_span_at(s, i + 1);
        i += 2;
        switch (d) {
        case '\n': break;
        case '\\': cr_buf_byte(b, '\\'); break;
        case '\'': cr_buf_byte(b, '\''); break;
        case '"': cr_buf_byte(b, '"'); break;
        case 'a': cr_buf_byte(b, 7); break;
        case 'b': cr_buf_byte(b, 8); break;
        case 'f': cr_buf_byte(b, 12); break;
        case 'n': cr_buf_byte(b, '\n'); break;
        case 'r': cr_buf_byte(b, '\r'); break;
        case 't': cr_buf_byte(b, '\t'); break;
        case 'v': cr_buf_byte(b, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = (uint32_t)(d - '0');
            for (int k = 0; k < 2 && i < s.len; k++) {
                uint8_t o = cr_span_at(s, i);
                if (o < '0' || o > '7') break;
                v = v * 8 + (uint32_t)(o - '0');
                i++;
            }
            if (bytes) cr_buf_byte(b, (uint8_t)(v & 0xFF));
            else put_cp(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && d != 'x') {
                cr_buf_byte(b, '\\');
                cr_buf_byte(b, d);
                break;
            }
            int n = d == 'x' ? 2 : d == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < n && i < s.len; k++) {
                int h = hexval(cr_span_at(s, i));
                if (h < 0) break;
                v = v * 16 + (uint32_t)h;
                i++;
            }
            if (k < n) {
                if (bytes) {
                    cp_raise_last(p, CP_ERR_SYNTAX, cp_fmt("(value error) invalid \\x escape at position %d", (int)esc));
                    return false;
                }
                const char *what = d == 'x' ? "truncated \\xXX escape" : d == 'u' ? "truncated \\uXXXX escape"
                                                                                : "truncated \\UXXXXXXXX escape";
                cp_raise_last(p, CP_ERR_SYNTAX,
                              cp_fmt("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                     (int)esc, (int)i - 1, what));
                return false;
            }
            if (bytes) {
                cr_buf_byte(b, (uint8_t)v);
            } else if (v > 0x10FFFF) {
                cp_raise_last(p, CP_ERR_SYNTAX,
                              cp_fmt("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: "
                                     "illegal Unicode character", (int)esc, (int)i - 1));
                return false;
            } else {
                put_cp(b, v);
            }
            break;
        }
        case 'N': {
            if (bytes) {
                cr_buf_byte(b, '\\');
                cr_buf_byte(b, 'N');
                break;
            }
            int64_t close = -1;
            if (i < s.len && cr_span_at(s, i) == '{') close = cr_span_find_byte(s, '}', i);
            uint32_t v = 0;
            if (close < 0 || (size_t)close == i + 1 || !lookup_name(cr_span_sub(s, i + 1, (size_t)close - i - 1), &v)) {
                bool empty = close >= 0 && (size_t)close == i + 1; /* \N{} is malformed, as in CPython */
                const char *why = close < 0 || empty ? "malformed \\N character escape" : "unknown Unicode character name";
                size_t endpos = close < 0 ? s.len - 1 : empty ? (size_t)close - 1 : (size_t)close;
                cp_raise_last(p, CP_ERR_SYNTAX,
                              cp_fmt("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                     (int)esc, (int)endpos, why));
                return false;
            }
            put_cp(b, v);
            i = (size_t)close + 1;
            break;
        }
        default:
            /* an invalid escape stays as it is (CPython only warns) */
            cr_buf_byte(b, '\\');
            cr_buf_byte(b, d);
            break;
        }
    }
    return true;
}

/* Check the UTF-8 of a str literal's body; raise CPython's error. */
static bool check_utf8(cp_parser *p, cr_span body)
{
    int64_t bad = cr_utf8_validate(body);
    if (bad < 0) return true;
    cp_raise_last(p, CP_ERR_SYNTAX, cp_utf8_error_msg(body, (size_t)bad));
    return false;
}

/* Decode one literal segment (not an f-string's expressions). */
static bool decode_segment(cp_parser *p, cr_span s, bool raw, bool bytes, cr_buf *b)
{
    if (raw) return cr_buf_append(b, s) || (cp_nomem(p), false);
    if (!decode_escapes(p, s, bytes, b)) return false;
    if (b->failed) {
        cp_nomem(p);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ */
/* f-strings                                                           */

typedef struct {
    cr_buf last;        /* pending literal text */
    cp_pvec values;     /* Constant / FormattedValue nodes */
    int lineno, col, end_lineno, end_col; /* location of all the parts */
    bool u;             /* kind='u' */
} fstate;

static cp_expr *mk_str_const(cp_parser *p, fstate *st, cr_span text)
{
    cp_expr *e = cp_new_expr(CP_EXPR_Constant, st->lineno, st->col, st->end_lineno, st->end_col);
    if (!e) return cp_nomem(p);
    e->v.Constant.value.kind = CP_CONST_Str;
    cp_ident copy;
    if (!cp_ident_from(text, &copy)) return cp_nomem(p);
    e->v.Constant.value.text = copy.ptr ? copy : cr_span_make("", 0);
    if (st->u) e->v.Constant.kind = cr_span_cstr("u");
    return e;
}

static bool flush_literal(cp_parser *p, fstate *st)
{
    if (st->last.len == 0) return true;
    cp_expr *c = mk_str_const(p, st, cr_buf_span(&st->last));
    if (!c || !cp_pvec_push(p, &st->values, c)) return false;
    cr_buf_init(&st->last);
    return true;
}

static cp_expr *finish_joined(cp_parser *p, fstate *st)
{
    if (!flush_literal(p, st)) return NULL;
    cp_expr *e = cp_new_expr(CP_EXPR_JoinedStr, st->lineno, st->col, st->end_lineno, st->end_col);
    if (!e) return cp_nomem(p);
    if (!cp_pvec_to_exprs(p, &st->values, &e->v.JoinedStr.values)) return NULL;
    return e;
}

/* Line and column (bytes) of source offset off, inside token t. */
static void locate(cp_parser *p, const cp_token *t, size_t off, int *line, int *col)
{
    int l = t->lineno;
    int c = t->col_offset;
    for (size_t i = t->start; i < off; i++) {
        if (cr_span_at(p->src, i) == '\n') {
            l++;
            c = 0;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static bool fstring_body(cp_parser *p, fstate *st, const cp_token *t, const str_tok *s, size_t *pos, int lvl);

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* An expression part starting at body[*pos] == '{'. */
static bool fstring_expr(cp_parser *p, fstate *st, const cp_token *t, const str_tok *s, size_t *pos, int lvl)
{
    cr_span body = s->body;
    if (lvl >= 2) {
        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: expressions nested too deeply"));
        return false;
    }
    size_t brace = *pos;
    size_t i = brace + 1;
    size_t expr_start = i;
    uint8_t quote = 0;
    int string_type = 0;
    uint8_t stack[200];
    int depth = 0;
    uint8_t ch = 0;
    bool stopped = false;
    while (i < body.len) {
        ch = cr_span_at(body, i);
        i++;
        if (ch == '\\') {
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string expression part cannot include a backslash"));
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (i + 1 < body.len && cr_span_at(body, i) == ch && cr_span_at(body, i + 1) == ch) {
                        i += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 1 < body.len && cr_span_at(body, i) == ch && cr_span_at(body, i + 1) == ch) {
                string_type = 3;
                i += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: too many nested parenthesis"));
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string expression part cannot include '#'"));
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (i < body.len) {
                uint8_t next = cr_span_at(body, i);
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
                    (ch == '>' && next == '=')) {
                    i++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            stopped = true;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                cp_raise_last(p, CP_ERR_SYNTAX, cp_fmt("f-string: unmatched '%c'", ch));
                return false;
            }
            uint8_t open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                cp_raise_last(p, CP_ERR_SYNTAX,
                              cp_fmt("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                                     open));
                return false;
            }
        }
    }
    if (quote) {
        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: unterminated string"));
        return false;
    }
    if (depth) {
        cp_raise_last(p, CP_ERR_SYNTAX, cp_fmt("f-string: unmatched '%c'", stack[depth - 1]));
        return false;
    }
    if (!stopped) {
        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: expecting '}'"));
        return false;
    }
    i--; /* back to the stop character */
    size_t expr_end = i;
    bool blank = true;
    for (size_t k = expr_start; k < expr_end; k++)
        if (!is_space(cr_span_at(body, k))) blank = false;
    if (blank) {
        if (ch == '!' || ch == ':' || ch == '=')
            cp_raise_last(p, CP_ERR_SYNTAX, cp_fmt("f-string: expression required before '%c'", ch));
        else
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: empty expression not allowed"));
        return false;
    }
    /* compile "(" expr ")" placed at the '{' */
    cr_buf text;
    cr_buf_init(&text);
    cr_buf_byte(&text, '(');
    cr_buf_append(&text, cr_span_sub(body, expr_start, expr_end - expr_start));
    cr_buf_byte(&text, ')');
    if (text.failed) {
        cp_nomem(p);
        return false;
    }
    int line, col;
    /* CPython shifts columns only when the expression does not start with
     * a newline after the brace (fstring_find_expr_location) */
    bool newline_after_brace = true;
    for (size_t k = expr_start; k < expr_end; k++) {
        uint8_t c = cr_span_at(body, k);
        if (c == '}' || c == '\n') break;
        if (c != ' ' && c != '\t' && c != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    locate(p, t, s->body_off + brace, &line, &col);
    if (newline_after_brace) col = 0;
    cp_expr *value = cp_parse_fstring_expr(p, cr_buf_span(&text), line, col);
    if (!value) return false;
    /* '=' debugging form */
    bool debug = false;
    if (i < body.len && cr_span_at(body, i) == '=') {
        i++;
        while (i < body.len && is_space(cr_span_at(body, i))) i++;
        debug = true;
        if (!cr_buf_append(&st->last, cr_span_sub(body, expr_start, i - expr_start))) {
            cp_nomem(p);
            return false;
        }
    }
    int conversion = -1;
    if (i < body.len && cr_span_at(body, i) == '!') {
        i++;
        if (i >= body.len) {
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: expecting '}'"));
            return false;
        }
        conversion = cr_span_at(body, i);
        i++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            cp_raise_last(p, CP_ERR_SYNTAX,
                          cr_span_cstr("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
            return false;
        }
    }
    cp_expr *spec = NULL;
    if (i < body.len && cr_span_at(body, i) == ':') {
        i++;
        if (i >= body.len) {
            cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: expecting '}'"));
            return false;
        }
        fstate sub = {0};
        cr_buf_init(&sub.last);
        /* CPython locates a format spec at its own string token */
        sub.lineno = t->lineno;
        sub.col = t->col_offset;
        sub.end_lineno = t->end_lineno;
        sub.end_col = t->end_col_offset;
        sub.u = st->u;
        if (!fstring_body(p, &sub, t, s, &i, lvl + 1)) return false;
        spec = finish_joined(p, &sub);
        if (!spec) return false;
    }
    if (i >= body.len || cr_span_at(body, i) != '}') {
        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: expecting '}'"));
        return false;
    }
    i++;
    if (debug && !spec && conversion == -1) conversion = 'r';
    if (!flush_literal(p, st)) return false;
    cp_expr *fv = cp_new_expr(CP_EXPR_FormattedValue, st->lineno, st->col, st->end_lineno, st->end_col);
    if (!fv) {
        cp_nomem(p);
        return false;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    if (!cp_pvec_push(p, &st->values, fv)) return false;
    *pos = i;
    return true;
}

/* The literal and expression parts of an f-string body from *pos; at
 * lvl > 0 (a format spec) it stops before the closing '}'. */
static bool fstring_body(cp_parser *p, fstate *st, const cp_token *t, const str_tok *s, size_t *pos, int lvl)
{
    cr_span body = s->body;
    size_t i = *pos;
    while (i < body.len) {
        size_t lit = i;
        bool doubled = false;
        uint8_t ch = 0;
        while (i < body.len) {
            ch = cr_span_at(body, i);
            i++;
            if (!s->raw && ch == '\\' && i < body.len) {
                uint8_t d = cr_span_at(body, i);
                if (d == 'N') {
                    i++;
                    if (i < body.len && cr_span_at(body, i) == '{') {
                        i++;
                        while (i < body.len && cr_span_at(body, i) != '}') i++;
                        if (i < body.len) i++;
                    }
                    continue;
                }
                /* an escaped character never starts an expression */
                if (d != '{' && d != '}') i++;
                continue;
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (i < body.len && cr_span_at(body, i) == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("f-string: single '}' is not allowed"));
                        return false;
                    }
                }
                i--;
                break;
            }
        }
        /* the literal is body[lit : i] (with one brace when doubled) */
        size_t lit_end = i;
        if (lit_end > lit) {
            cr_span seg = cr_span_sub(body, lit, lit_end - lit);
            if (!decode_segment(p, seg, s->raw, false, &st->last)) return false;
        }
        if (doubled) {
            i++; /* skip the second brace */
            continue;
        }
        if (i >= body.len) break;
        ch = cr_span_at(body, i);
        if (ch == '}') break; /* end of a format spec */
        if (!fstring_expr(p, st, t, s, &i, lvl)) return false;
    }
    *pos = i;
    return true;
}

/* ------------------------------------------------------------------ */
/* concatenation                                                       */

cp_expr *cp_concat_strings(cp_parser *p, size_t first, size_t last)
{
    cp_token *t0 = cp_tok_at(p, first);
    cp_token *tn = cp_tok_at(p, last);
    str_tok s0;
    split_string(p, t0, &s0);
    bool bytesmode = s0.bytes, fmode = false;
    for (size_t k = first; k <= last; k++) {
        str_tok s;
        split_string(p, cp_tok_at(p, k), &s);
        if (s.bytes != bytesmode) return cp_raise_last(p, CP_ERR_SYNTAX, cr_span_cstr("cannot mix bytes and nonbytes literals"));
        if (s.fstr) fmode = true;
    }
    fstate st = {0};
    cr_buf_init(&st.last);
    st.lineno = t0->lineno;
    st.col = t0->col_offset;
    st.end_lineno = tn->end_lineno;
    st.end_col = tn->end_col_offset;
    st.u = cr_span_at(cp_tok_text(p, t0), 0) == 'u';
    for (size_t k = first; k <= last; k++) {
        cp_token *t = cp_tok_at(p, k);
        str_tok s;
        split_string(p, t, &s);
        if (bytesmode) {
            for (size_t i = 0; i < s.body.len; i++) {
                if (cr_span_at(s.body, i) >= 0x80)
                    return cp_raise_tok(p, t, cr_span_cstr("bytes can only contain ASCII literal characters"));
            }
        } else if (!check_utf8(p, s.body)) {
            return NULL;
        }
        if (s.fstr) {
            size_t pos = 0;
            if (!fstring_body(p, &st, t, &s, &pos, 0)) return NULL;
        } else if (!decode_segment(p, s.body, s.raw, bytesmode, &st.last)) {
            return NULL;
        }
    }
    if (fmode) return finish_joined(p, &st);
    cp_expr *e = cp_new_expr(CP_EXPR_Constant, st.lineno, st.col, st.end_lineno, st.end_col);
    if (!e) return cp_nomem(p);
    e->v.Constant.value.kind = bytesmode ? CP_CONST_Bytes : CP_CONST_Str;
    e->v.Constant.value.text = st.last.ptr ? cr_buf_span(&st.last) : cr_span_make("", 0);
    if (st.u) e->v.Constant.kind = cr_span_cstr("u");
    return e;
}

cp_expr *cp_strings(cp_parser *p)
{
    size_t first = p->mark;
    while (cp_at(p, CP_TOK_STRING)) p->mark++;
    if (p->mark == first) return NULL;
    /* CPython looks at the token after the strings before building them */
    cp_cur(p);
    return cp_concat_strings(p, first, p->mark - 1);
}
