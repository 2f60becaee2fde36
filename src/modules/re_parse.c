/* The pattern parser of the _re module: CPython 3.11's re._parser in C.
 *
 * The pattern (str, or bytes read as latin-1) is decoded into code points;
 * a tokenizer mirrors re._parser.Tokenizer (a token is one character or a
 * backslash and the character after it) so that every error carries
 * CPython's message and position.  The result is a tree of ReNode (see
 * re_engine.h).  Nesting is handled by C recursion guarded with
 * vm_enter_recursion (RecursionError on absurdly deep patterns).
 */
#include "modules/re_engine.h"
#include "vm/dict.h"
#include "vm/import.h"
#include "vm/str.h"
#include "vm/unicode_db.h"

typedef struct {
    Val pattern, errcls;
    cr_vals src;           /* the pattern's code points (small ints) */
    size_t n;
    bool istext;
    /* tokenizer */
    size_t index;
    uint32_t c0, c1;       /* the next token: c0, or '\\' c1 */
    int nlen;              /* 0: end, 1: plain char, 2: escape */
    /* state */
    int flags;
    cr_vals gw_lo, gw_hi;  /* group widths, -1 while the group is open */
    Val groupdict;
    int64_t lookbehindgroups; /* -1: None */
    Val grouprefpos;       /* dict int -> pos */
} P;

static uint32_t cp_at(const P *p, size_t i) { return (uint32_t)val_small(cr_vals_get(&p->src, i)); }
static size_t tell(const P *p) { return p->index - (size_t)p->nlen; }

/* The pattern slice [a, b) as a str (bytes patterns read as latin-1). */
static Val slice_str(const P *p, size_t a, size_t b)
{
    cr_buf bf;
    cr_buf_init(&bf);
    for (size_t i = a; i < b && i < p->n; i++) vm_sb_cp(&bf, cp_at(p, i));
    return vm_str_from_buf(&bf);
}

/* Raise re.error(msg, pattern, pos); for bytes patterns the message is
 * ascii-backslashreplaced as CPython does. */
static bool raise_msg(const P *p, Val msg, int64_t pos)
{
    if (!msg) return false;
    if (!p->istext) {
        cr_span s = vm_str_span(msg);
        cr_buf bf;
        cr_buf_init(&bf);
        size_t i = 0;
        while (i < s.len) {
            uint32_t c = cr_utf8_next(s, &i);
            if (c < 128) {
                cr_buf_byte(&bf, (uint8_t)c);
            } else {
                static const char hex[] = "0123456789abcdef";
                cr_buf_byte(&bf, '\\');
                cr_buf_byte(&bf, 'x');
                cr_buf_byte(&bf, (uint8_t)hex[(c >> 4) & 15]);
                cr_buf_byte(&bf, (uint8_t)hex[c & 15]);
            }
        }
        msg = vm_str_from_buf(&bf);
        if (!msg) return false;
    }
    Val args[3] = {msg, p->pattern, vm_int_from_i64(pos)};
    Val exc = vm_call(p->errcls, args, 3, NULL);
    if (exc) vm_err_set_val(exc);
    return false;
}

/* source.error(msg % ..., offset) */
static bool perr(const P *p, int64_t offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Val msg = vm_str_vfmt(fmt, ap);
    va_end(ap);
    return raise_msg(p, msg, (int64_t)tell(p) - offset);
}

/* Tokenizer.__next */
static bool tk_next(P *p)
{
    size_t index = p->index;
    if (index >= p->n) {
        p->nlen = 0;
        return true;
    }
    uint32_t c = cp_at(p, index);
    p->c0 = c;
    p->nlen = 1;
    if (c == '\\') {
        index++;
        if (index >= p->n) {
            p->nlen = 0;
            return raise_msg(p, vm_str_cstr("bad escape (end of pattern)"), (int64_t)p->n - 1);
        }
        p->c1 = cp_at(p, index);
        p->nlen = 2;
    }
    p->index = index + 1;
    return true;
}

static bool tk_is(const P *p, uint32_t c) { return p->nlen == 1 && p->c0 == c; }
/* Tokenizer.match: consumes c if it is next; -1 error, 0 no, 1 yes. */
static int tk_match(P *p, uint32_t c)
{
    if (!tk_is(p, c)) return 0;
    return tk_next(p) ? 1 : -1;
}
static void tk_seek(P *p, size_t index) { p->index = index; (void)tk_next(p); }

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
static bool is_hex(uint32_t c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static bool is_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int hexval(uint32_t c) { return is_digit(c) ? (int)(c - '0') : (int)((c | 32) - 'a' + 10); }

/* getwhile(n, charset) on single-character tokens; returns how many. */
static int tk_getwhile(P *p, int n, bool (*ok)(uint32_t), uint32_t *value, int base)
{
    int k = 0;
    for (; k < n; k++) {
        if (p->nlen != 1 || !ok(p->c0)) break;
        *value = *value * (uint32_t)base + (uint32_t)hexval(p->c0);
        if (!tk_next(p)) return -1;
    }
    return k;
}

/* getuntil(terminator, name): the name's slice [*a, *b). */
static bool tk_getuntil(P *p, uint32_t term, const char *name, size_t *a, size_t *b)
{
    size_t start = tell(p);
    size_t count = 0;
    for (;;) {
        int len = p->nlen;
        uint32_t c = p->c0;
        size_t here = tell(p);
        if (!tk_next(p)) return false;
        if (len == 0) {
            if (count == 0) return perr(p, 0, "missing %s", name);
            return perr(p, (int64_t)count, "missing %c, unterminated name", (int)term);
        }
        if (len == 1 && c == term) {
            if (count == 0) return perr(p, 1, "missing %s", name);
            *a = start;
            *b = here;
            return true;
        }
        count += (size_t)len;
    }
}

static int isidentifier(Val name)
{
    Val r = vm_call_method(name, "isidentifier", NULL, 0);
    if (!r) return -1;
    return r == VM_True;
}

/* re._parser's warnings go through re._warn(msg, future) (set by re.py),
 * which calls warnings.warn with the stack level of the user's call. */
Val re_warn_fn;

static bool warn(Val msg, bool future)
{
    if (!msg) return false;
    if (!re_warn_fn) return true;
    return vm_call2(re_warn_fn, msg, vm_bool(future)) != NULL;
}

static bool checkgroupname(P *p, Val name, int64_t offset)
{
    int ok = isidentifier(name);
    if (ok < 0) return false;
    if (!ok) return perr(p, (int64_t)vm_str_len(name) + offset, "bad character in group name %R", name);
    if (!p->istext && !vm_str_is_ascii(name))
        return warn(vm_str_fmt("bad character in group name %A at position %lld", name,
                               (long long)((int64_t)tell(p) - (int64_t)vm_str_len(name) - offset)), false);
    return true;
}

/* ---- state ---- */
static int64_t ngroups(const P *p) { return (int64_t)p->gw_lo.len; }
static bool checkgroup(const P *p, int64_t gid)
{
    return gid < ngroups(p) && val_small(cr_vals_get(&p->gw_hi, (size_t)gid)) >= 0;
}

static bool checklookbehindgroup(P *p, int64_t gid)
{
    if (p->lookbehindgroups >= 0) {
        if (!checkgroup(p, gid)) return perr(p, 0, "cannot refer to an open group");
        if (gid >= p->lookbehindgroups)
            return perr(p, 0, "cannot refer to group defined in the same lookbehind subpattern");
    }
    return true;
}

static ReNode *node_new(int kind)
{
    ReNode *n = cr_alloc(sizeof(ReNode), CR_SCAN);
    if (!n) {
        vm_err_nomem();
        return NULL;
    }
    n->kind = kind;
    n->wlo = -1;
    return n;
}

static ReItem *item_new(int kind, uint32_t lo, uint32_t hi)
{
    ReItem *it = cr_alloc(sizeof(ReItem), CR_SCAN);
    if (!it) {
        vm_err_nomem();
        return NULL;
    }
    it->kind = kind;
    it->lo = lo;
    it->hi = hi;
    return it;
}

/* ---- widths (SubPattern.getwidth) ---- */
static int64_t sat(int64_t x) { return x > RE_MAXREPEAT ? RE_MAXREPEAT : x; }
static int64_t satmul(int64_t a, int64_t b)
{
    if (a == 0 || b == 0) return 0;
    if (a > RE_MAXREPEAT / b) return RE_MAXREPEAT;
    return sat(a * b);
}

static bool seq_width(const P *p, ReNode *head, int64_t *lo, int64_t *hi);

static bool node_width(const P *p, ReNode *n, int64_t *lo, int64_t *hi)
{
    int64_t i = 0, j = 0, l, h;
    switch (n->kind) {
    case RN_LIT: case RN_NOTLIT: case RN_ANY: case RN_IN:
        i = j = 1;
        break;
    case RN_AT: case RN_ASSERT: case RN_ASSERT_NOT:
        break;
    case RN_BRANCH:
        i = RE_MAXREPEAT - 1;
        for (ReNode *a = n->child; a; a = a->next) {
            if (!seq_width(p, a->child, &l, &h)) return false;
            if (l < i) i = l;
            if (h > j) j = h;
        }
        break;
    case RN_SEQ: case RN_GROUP: case RN_ATOMIC:
        if (!seq_width(p, n->child, &i, &j)) return false;
        break;
    case RN_REPEAT:
        if (!seq_width(p, n->child, &l, &h)) return false;
        i = satmul(l, n->min);
        j = satmul(h, n->max);
        break;
    case RN_GROUPREF:
        if (p) {
            i = val_small(cr_vals_get(&p->gw_lo, n->c));
            j = val_small(cr_vals_get(&p->gw_hi, n->c));
        } else {
            i = n->wlo;
            j = n->whi;
        }
        break;
    case RN_CONDREF:
        if (!seq_width(p, n->child->child, &i, &j)) return false;
        if (n->child2) {
            if (!seq_width(p, n->child2->child, &l, &h)) return false;
            if (l < i) i = l;
            if (h > j) j = h;
        } else {
            i = 0;
        }
        break;
    }
    *lo = i;
    *hi = j;
    return true;
}

static bool seq_width(const P *p, ReNode *head, int64_t *lo, int64_t *hi)
{
    if (!vm_enter_recursion(" while computing a regular expression's width")) return false;
    int64_t a = 0, b = 0;
    for (ReNode *n = head; n; n = n->next) {
        int64_t i, j;
        if (n->kind == RN_SEQ && n->wlo >= 0) {
            i = n->wlo;
            j = n->whi;
        } else if (!node_width(p, n, &i, &j)) {
            vm_leave_recursion();
            return false;
        }
        a = sat(a + i);
        b = sat(b + j);
    }
    vm_leave_recursion();
    *lo = a >= RE_MAXREPEAT ? RE_MAXREPEAT - 1 : a;
    *hi = b;
    return true;
}

bool re_seq_width(const ReNode *head, int64_t *lo, int64_t *hi)
{
    return seq_width(NULL, (ReNode *)head, lo, hi); /* GROUPREF widths were recorded at parse time */
}

/* ---- escapes ---- */
typedef struct {
    int kind;        /* RN_LIT, RN_AT, RN_IN (category), RN_GROUPREF */
    uint32_t value;
} Esc;

static bool category_escape(uint32_t c, Esc *e)
{
    switch (c) {
    case 'd': e->kind = RN_IN; e->value = RC_DIGIT; return true;
    case 'D': e->kind = RN_IN; e->value = RC_NOT_DIGIT; return true;
    case 's': e->kind = RN_IN; e->value = RC_SPACE; return true;
    case 'S': e->kind = RN_IN; e->value = RC_NOT_SPACE; return true;
    case 'w': e->kind = RN_IN; e->value = RC_WORD; return true;
    case 'W': e->kind = RN_IN; e->value = RC_NOT_WORD; return true;
    }
    return false;
}

static bool at_escape(uint32_t c, Esc *e)
{
    switch (c) {
    case 'A': e->value = RA_BEGINNING_STRING; break;
    case 'b': e->value = RA_BOUNDARY; break;
    case 'B': e->value = RA_NON_BOUNDARY; break;
    case 'Z': e->value = RA_END_STRING; break;
    default: return false;
    }
    e->kind = RN_AT;
    return true;
}

static bool simple_escape(uint32_t c, Esc *e)
{
    uint32_t v;
    switch (c) {
    case 'a': v = 7; break;
    case 'b': v = 8; break;
    case 'f': v = 12; break;
    case 'n': v = 10; break;
    case 'r': v = 13; break;
    case 't': v = 9; break;
    case 'v': v = 11; break;
    case '\\': v = '\\'; break;
    default: return false;
    }
    e->kind = RN_LIT;
    e->value = v;
    return true;
}

static bool bad_escape(P *p, size_t estart)
{
    Val s = slice_str(p, estart, tell(p));
    if (!s) return false;
    return perr(p, (int64_t)(tell(p) - estart), "bad escape %U", s);
}

/* \x \u \U \N: 1 handled, 0 not one of these, -1 error. */
static int hex_or_name_escape(P *p, uint32_t c, size_t estart, Esc *e)
{
    int want = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (want == 0 && c != 'N') return 0;
    if (c != 'x' && !p->istext) return 0;
    if (want) {
        uint32_t v = 0;
        int got = tk_getwhile(p, want, is_hex, &v, 16);
        if (got < 0) return -1;
        if (got != want) {
            Val s = slice_str(p, estart, tell(p));
            if (!s) return -1;
            perr(p, (int64_t)(tell(p) - estart), "incomplete escape %U", s);
            return -1;
        }
        if (c == 'U' && v > 0x10FFFF) return bad_escape(p, estart) ? 1 : -1;
        e->kind = RN_LIT;
        e->value = v;
        return 1;
    }
    int m = tk_match(p, '{');
    if (m < 0) return -1;
    if (!m) {
        perr(p, 0, "missing {");
        return -1;
    }
    size_t a, b;
    if (!tk_getuntil(p, '}', "character name", &a, &b)) return -1;
    Val name = slice_str(p, a, b);
    if (!name) return -1;
    Val mod = vm_import_module("unicodedata");
    Val ch = NULL;
    if (mod) {
        Val args[1] = {name};
        ch = vm_call_method(mod, "lookup", args, 1);
    }
    if (!ch || !vm_is_str(ch) || vm_str_len(ch) != 1) {
        if (!vm_err_matches(&vm_exc_KeyError) && !vm_err_matches(&vm_exc_TypeError) &&
            !vm_err_matches(&vm_exc_ImportError) && vm_err_occurred())
            return -1;
        vm_err_clear();
        perr(p, (int64_t)vm_str_len(name) + 4, "undefined character name %R", name);
        return -1;
    }
    e->kind = RN_LIT;
    e->value = vm_str_at(ch, 0);
    return 1;
}

/* _class_escape: the escape token has just been consumed. */
static bool class_escape(P *p, uint32_t c, size_t estart, Esc *e)
{
    if (simple_escape(c, e) || category_escape(c, e)) return true;
    int r = hex_or_name_escape(p, c, estart, e);
    if (r < 0) return false;
    if (r > 0) return true;
    if (is_oct(c)) {
        uint32_t v = c - '0';
        if (tk_getwhile(p, 2, is_oct, &v, 8) < 0) return false;
        if (v > 0377) {
            Val s = slice_str(p, estart, tell(p));
            if (!s) return false;
            return perr(p, (int64_t)(tell(p) - estart), "octal escape value %U outside of range 0-0o377", s);
        }
        e->kind = RN_LIT;
        e->value = v;
        return true;
    }
    if (is_digit(c) || is_letter(c)) return bad_escape(p, estart);
    e->kind = RN_LIT;
    e->value = c;
    return true;
}

/* _escape (outside classes). */
static bool escape(P *p, uint32_t c, size_t estart, Esc *e)
{
    if (at_escape(c, e) || category_escape(c, e) || simple_escape(c, e)) return true;
    int r = hex_or_name_escape(p, c, estart, e);
    if (r < 0) return false;
    if (r > 0) return true;
    if (c == '0') {
        uint32_t v = 0;
        if (tk_getwhile(p, 2, is_oct, &v, 8) < 0) return false;
        e->kind = RN_LIT;
        e->value = v;
        return true;
    }
    if (is_digit(c)) {
        uint32_t c2 = 0;
        bool two = false;
        if (p->nlen == 1 && is_digit(p->c0)) {
            c2 = p->c0;
            two = true;
            if (!tk_next(p)) return false;
            if (is_oct(c) && is_oct(c2) && p->nlen == 1 && is_oct(p->c0)) {
                uint32_t v = (c - '0') * 64 + (c2 - '0') * 8 + (p->c0 - '0');
                if (!tk_next(p)) return false;
                if (v > 0377) {
                    Val s = slice_str(p, estart, tell(p));
                    if (!s) return false;
                    return perr(p, (int64_t)(tell(p) - estart), "octal escape value %U outside of range 0-0o377", s);
                }
                e->kind = RN_LIT;
                e->value = v;
                return true;
            }
        }
        int64_t group = two ? (int64_t)(c - '0') * 10 + (c2 - '0') : (int64_t)(c - '0');
        int64_t elen = two ? 3 : 2;
        if (group < ngroups(p)) {
            if (!checkgroup(p, group)) return perr(p, elen, "cannot refer to an open group");
            if (!checklookbehindgroup(p, group)) return false;
            e->kind = RN_GROUPREF;
            e->value = (uint32_t)group;
            return true;
        }
        return perr(p, elen - 1, "invalid group reference %d", (int)group);
    }
    if (is_letter(c)) return bad_escape(p, estart);
    e->kind = RN_LIT;
    e->value = c;
    return true;
}

static ReNode *esc_node(const Esc *e)
{
    ReNode *n = node_new(e->kind);
    if (!n) return NULL;
    if (e->kind == RN_IN) {
        n->items = item_new(RS_CAT, e->value, 0);
        if (!n->items) return NULL;
    } else {
        n->c = e->value;
    }
    return n;
}

/* ---- the grammar ---- */
typedef struct {
    ReNode *head, *tail;
} Seq;

static void seq_add(Seq *s, ReNode *n)
{
    n->next = NULL;
    if (s->tail) s->tail->next = n;
    else s->head = n;
    s->tail = n;
}

static ReNode *seq_node(Seq *s)
{
    ReNode *n = node_new(RN_SEQ);
    if (n) n->child = s->head;
    return n;
}

static ReNode *parse_sub(P *p, bool verbose, int nested);
static ReNode *parse_seq(P *p, bool verbose, int nested, bool first);

static bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static ReNode *parse_sub(P *p, bool verbose, int nested)
{
    if (!vm_enter_recursion(NULL)) return NULL; /* CPython: a plain Python RecursionError in sre_parse */
    ReNode *first = NULL, *last = NULL;
    int count = 0;
    for (;;) {
        ReNode *item = parse_seq(p, verbose, nested + 1, nested == 0 && count == 0);
        if (!item) {
            vm_leave_recursion();
            return NULL;
        }
        if (last) last->next = item;
        else first = item;
        last = item;
        count++;
        int m = tk_match(p, '|');
        if (m < 0) {
            vm_leave_recursion();
            return NULL;
        }
        if (!m) break;
        if (!nested) verbose = (p->flags & RE_F_VERBOSE) != 0;
    }
    vm_leave_recursion();
    if (count == 1) return first;
    ReNode *br = node_new(RN_BRANCH);
    ReNode *seq = node_new(RN_SEQ);
    if (!br || !seq) return NULL;
    br->child = first;
    seq->child = br;
    return seq;
}

/* The flags of (?flags) / (?flags:...); returns 1 for global flags (state
 * updated), 0 for scoped flags (*add, *del), -1 on error.  char was just
 * consumed. */
static int flag_bit(uint32_t c)
{
    switch (c) {
    case 'i': return RE_F_IGNORECASE;
    case 'L': return RE_F_LOCALE;
    case 'm': return RE_F_MULTILINE;
    case 's': return RE_F_DOTALL;
    case 'x': return RE_F_VERBOSE;
    case 'a': return RE_F_ASCII;
    case 't': return RE_F_TEMPLATE;
    case 'u': return RE_F_UNICODE;
    }
    return 0;
}
#define TYPE_FLAGS (RE_F_ASCII | RE_F_LOCALE | RE_F_UNICODE)
#define GLOBAL_FLAGS (RE_F_DEBUG | RE_F_TEMPLATE)

/* Consume one token; *c and *len describe it (len 0 = end). */
static bool tk_get(P *p, uint32_t *c, int *len)
{
    *c = p->c0;
    *len = p->nlen;
    return tk_next(p);
}

static bool is_alpha_tok(uint32_t c, int len)
{
    if (len != 1) return false;
    return c < 128 ? is_letter(c) : vm_ucd_isalpha(c);
}

static int parse_flags(P *p, uint32_t ch, int len, int *add_out, int *del_out)
{
    int add = 0, del = 0;
    if (!(len == 1 && ch == '-')) {
        for (;;) {
            int flag = flag_bit(ch);
            if (p->istext) {
                if (ch == 'L') {
                    perr(p, 0, "bad inline flags: cannot use 'L' flag with a str pattern");
                    return -1;
                }
            } else if (ch == 'u') {
                perr(p, 0, "bad inline flags: cannot use 'u' flag with a bytes pattern");
                return -1;
            }
            add |= flag;
            if ((flag & TYPE_FLAGS) && (add & TYPE_FLAGS) != flag) {
                perr(p, 0, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                return -1;
            }
            if (!tk_get(p, &ch, &len)) return -1;
            if (len == 0) {
                perr(p, 0, "missing -, : or )");
                return -1;
            }
            if (len == 1 && (ch == ')' || ch == '-' || ch == ':')) break;
            if (len != 1 || !flag_bit(ch)) {
                perr(p, len, is_alpha_tok(ch, len) ? "unknown flag" : "missing -, : or )");
                return -1;
            }
        }
    }
    if (ch == ')') {
        p->flags |= add;
        return 1;
    }
    if (add & GLOBAL_FLAGS) {
        perr(p, 1, "bad inline flags: cannot turn on global flag");
        return -1;
    }
    if (ch == '-') {
        if (!tk_get(p, &ch, &len)) return -1;
        if (len == 0) {
            perr(p, 0, "missing flag");
            return -1;
        }
        if (len != 1 || !flag_bit(ch)) {
            perr(p, len, is_alpha_tok(ch, len) ? "unknown flag" : "missing flag");
            return -1;
        }
        for (;;) {
            int flag = flag_bit(ch);
            if (flag & TYPE_FLAGS) {
                perr(p, 0, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                return -1;
            }
            del |= flag;
            if (!tk_get(p, &ch, &len)) return -1;
            if (len == 0) {
                perr(p, 0, "missing :");
                return -1;
            }
            if (len == 1 && ch == ':') break;
            if (len != 1 || !flag_bit(ch)) {
                perr(p, len, is_alpha_tok(ch, len) ? "unknown flag" : "missing :");
                return -1;
            }
        }
    }
    if (del & GLOBAL_FLAGS) {
        perr(p, 1, "bad inline flags: cannot turn off global flag");
        return -1;
    }
    if (add & del) {
        perr(p, 1, "bad inline flags: flag turned on and off");
        return -1;
    }
    *add_out = add;
    *del_out = del;
    return 0;
}

/* [ ... ]: the '[' was consumed at position here. */
static ReNode *parse_class(P *p, size_t here)
{
    ReItem *head = NULL, *tail = NULL;
    int count = 0;
    if (tk_is(p, '[') && !warn(vm_str_fmt("Possible nested set at position %zu", tell(p)), true)) return NULL;
    int neg = tk_match(p, '^');
    if (neg < 0) return NULL;
    for (;;) {
        uint32_t c;
        int len;
        size_t tstart = tell(p);
        if (!tk_get(p, &c, &len)) return NULL;
        if (len == 0) {
            perr(p, (int64_t)(tell(p) - here), "unterminated character set");
            return NULL;
        }
        if (len == 1 && c == ']' && count > 0) break;
        Esc e1;
        if (len == 2) {
            if (!class_escape(p, cp_at(p, tstart + 1), tstart, &e1)) return NULL;
        } else {
            if (count > 0 && (c == '-' || c == '&' || c == '~' || c == '|') && tk_is(p, c)) {
                const char *what = c == '-' ? "difference" : c == '&' ? "intersection" : c == '~' ? "symmetric difference" : "union";
                if (!warn(vm_str_fmt("Possible set %s at position %zu", what, tell(p) - 1), true)) return NULL;
            }
            e1.kind = RN_LIT;
            e1.value = c;
        }
        size_t tend = tell(p);
        ReItem *it = NULL;
        int m = tk_match(p, '-');
        if (m < 0) return NULL;
        if (m) {
            uint32_t c2;
            int len2;
            size_t t2 = tell(p);
            if (!tk_get(p, &c2, &len2)) return NULL;
            if (len2 == 0) {
                perr(p, (int64_t)(tell(p) - here), "unterminated character set");
                return NULL;
            }
            if (len2 == 1 && c2 == ']') {
                ReItem *a = e1.kind == RN_IN ? item_new(RS_CAT, e1.value, 0) : item_new(RS_LIT, e1.value, 0);
                ReItem *b = item_new(RS_LIT, '-', 0);
                if (!a || !b) return NULL;
                a->next = b;
                if (tail) tail->next = a;
                else head = a;
                tail = b;
                count += 2;
                break;
            }
            Esc e2;
            if (len2 == 2) {
                if (!class_escape(p, cp_at(p, t2 + 1), t2, &e2)) return NULL;
            } else {
                if (c2 == '-' && !warn(vm_str_fmt("Possible set difference at position %zu", tell(p) - 2), true))
                    return NULL;
                e2.kind = RN_LIT;
                e2.value = c2;
            }
            if (e1.kind != RN_LIT || e2.kind != RN_LIT || e2.value < e1.value) {
                Val a = slice_str(p, tstart, tend);
                Val b = slice_str(p, t2, tell(p));
                if (!a || !b) return NULL;
                perr(p, (int64_t)(tell(p) - tstart), "bad character range %U-%U", a, b);
                return NULL;
            }
            it = item_new(RS_RANGE, e1.value, e2.value);
        } else {
            it = e1.kind == RN_IN ? item_new(RS_CAT, e1.value, 0) : item_new(RS_LIT, e1.value, 0);
        }
        if (!it) return NULL;
        if (tail) tail->next = it;
        else head = it;
        tail = it;
        count++;
    }
    if (count == 1 && head->kind == RS_LIT) {
        ReNode *n = node_new(neg ? RN_NOTLIT : RN_LIT);
        if (n) n->c = head->lo;
        return n;
    }
    ReNode *n = node_new(RN_IN);
    if (!n) return NULL;
    n->items = head;
    n->negate = neg != 0;
    return n;
}

/* Parse the decimal digits of a {m,n} bound (saturating). */
static int64_t read_number(P *p, bool *any)
{
    int64_t v = 0;
    *any = false;
    while (p->nlen == 1 && is_digit(p->c0)) {
        *any = true;
        if (v < ((int64_t)1 << 40)) v = v * 10 + (p->c0 - '0');
        if (!tk_next(p)) return -1;
    }
    return v;
}

/* A quantifier: this (one of * + ? {) was consumed; here = tell() after it. */
static int parse_repeat(P *p, Seq *s, uint32_t this_c, size_t here)
{
    int64_t min = 0, max = RE_MAXREPEAT;
    if (this_c == '?') max = 1;
    else if (this_c == '+') min = 1;
    else if (this_c == '{') {
        if (tk_is(p, '}')) {
            ReNode *n = node_new(RN_LIT);
            if (!n) return -1;
            n->c = '{';
            seq_add(s, n);
            return 0;
        }
        bool anylo, anyhi;
        int64_t lo = read_number(p, &anylo), hi;
        if (lo < 0) return -1;
        int m = tk_match(p, ',');
        if (m < 0) return -1;
        if (m) {
            hi = read_number(p, &anyhi);
            if (hi < 0) return -1;
        } else {
            hi = lo;
            anyhi = anylo;
        }
        m = tk_match(p, '}');
        if (m < 0) return -1;
        if (!m) {
            ReNode *n = node_new(RN_LIT);
            if (!n) return -1;
            n->c = '{';
            seq_add(s, n);
            tk_seek(p, here);
            return vm_err_occurred() ? -1 : 0;
        }
        if (anylo) {
            min = lo;
            if (min >= RE_MAXREPEAT) {
                vm_err_str(&vm_exc_OverflowError, "the repetition number is too large");
                return -1;
            }
        }
        if (anyhi) {
            max = hi;
            if (max >= RE_MAXREPEAT) {
                vm_err_str(&vm_exc_OverflowError, "the repetition number is too large");
                return -1;
            }
            if (max < min) {
                perr(p, (int64_t)(tell(p) - here), "min repeat greater than max repeat");
                return -1;
            }
        }
    }
    ReNode *item = s->tail;
    if (!item || item->kind == RN_AT) {
        perr(p, (int64_t)(tell(p) - here) + 1, "nothing to repeat");
        return -1;
    }
    if (item->kind == RN_REPEAT) {
        perr(p, (int64_t)(tell(p) - here) + 1, "multiple repeat");
        return -1;
    }
    int greedy = RG_GREEDY;
    int m = tk_match(p, '?');
    if (m < 0) return -1;
    if (m) greedy = RG_LAZY;
    else {
        m = tk_match(p, '+');
        if (m < 0) return -1;
        if (m) greedy = RG_POSSESSIVE;
    }
    /* The repeated item becomes the child; the tail node turns into the
     * repeat (so the sequence's links stay valid). */
    ReNode *inner = node_new(RN_SEQ);
    if (!inner) return -1;
    *inner = *item;
    inner->next = NULL;
    ReNode *wrap = inner;
    ReNode *saved_next = item->next;
    ReNode blank = {0};
    *item = blank;
    item->kind = RN_REPEAT;
    item->wlo = -1;
    item->min = min;
    item->max = max;
    item->greedy = greedy;
    item->child = wrap;
    item->next = saved_next;
    return 0;
}

/* Handles "(" ... ")" constructs; start = position of "(".  Returns 1 when
 * a node was added, 0 when nothing was (comment, global flags), -1 error. */
static int parse_paren(P *p, Seq *s, bool *verbose, int nested, bool first, size_t start)
{
    bool capture = true, atomic = false;
    Val name = NULL;
    int add = 0, del = 0;
    int m = tk_match(p, '?');
    if (m < 0) return -1;
    if (m) {
        uint32_t ch;
        int len;
        if (!tk_get(p, &ch, &len)) return -1;
        if (len == 0) {
            perr(p, 0, "unexpected end of pattern");
            return -1;
        }
        if (len == 1 && ch == 'P') {
            if ((m = tk_match(p, '<')) != 0) {
                if (m < 0) return -1;
                size_t a, b;
                if (!tk_getuntil(p, '>', "group name", &a, &b)) return -1;
                name = slice_str(p, a, b);
                if (!name || !checkgroupname(p, name, 1)) return -1;
            } else if ((m = tk_match(p, '=')) != 0) {
                if (m < 0) return -1;
                size_t a, b;
                if (!tk_getuntil(p, ')', "group name", &a, &b)) return -1;
                name = slice_str(p, a, b);
                if (!name || !checkgroupname(p, name, 1)) return -1;
                Val gid = vm_dict_get(p->groupdict, name);
                if (!gid) {
                    if (vm_err_occurred()) return -1;
                    perr(p, (int64_t)vm_str_len(name) + 1, "unknown group name %R", name);
                    return -1;
                }
                if (!checkgroup(p, val_small(gid))) {
                    perr(p, (int64_t)vm_str_len(name) + 1, "cannot refer to an open group");
                    return -1;
                }
                if (!checklookbehindgroup(p, val_small(gid))) return -1;
                ReNode *n = node_new(RN_GROUPREF);
                if (!n) return -1;
                n->c = (uint32_t)val_small(gid);
                n->wlo = val_small(cr_vals_get(&p->gw_lo, n->c));
                n->whi = val_small(cr_vals_get(&p->gw_hi, n->c));
                seq_add(s, n);
                return 1;
            } else {
                if (!tk_get(p, &ch, &len)) return -1;
                if (len == 0) {
                    perr(p, 0, "unexpected end of pattern");
                    return -1;
                }
                Val tok = slice_str(p, tell(p) - (size_t)len, tell(p));
                if (!tok) return -1;
                perr(p, len + 2, "unknown extension ?P%U", tok);
                return -1;
            }
        } else if (len == 1 && ch == ':') {
            capture = false;
        } else if (len == 1 && ch == '#') {
            for (;;) {
                if (p->nlen == 0) {
                    perr(p, (int64_t)(tell(p) - start), "missing ), unterminated comment");
                    return -1;
                }
                uint32_t c;
                int l;
                if (!tk_get(p, &c, &l)) return -1;
                if (l == 1 && c == ')') break;
            }
            return 0;
        } else if (len == 1 && (ch == '=' || ch == '!' || ch == '<')) {
            int dir = 1;
            int64_t saved_lbg = p->lookbehindgroups;
            if (ch == '<') {
                if (!tk_get(p, &ch, &len)) return -1;
                if (len == 0) {
                    perr(p, 0, "unexpected end of pattern");
                    return -1;
                }
                if (!(len == 1 && (ch == '=' || ch == '!'))) {
                    Val tok = slice_str(p, tell(p) - (size_t)len, tell(p));
                    if (!tok) return -1;
                    perr(p, len + 2, "unknown extension ?<%U", tok);
                    return -1;
                }
                dir = -1;
                if (saved_lbg < 0) p->lookbehindgroups = ngroups(p);
            }
            ReNode *sub = parse_sub(p, *verbose, nested + 1);
            if (!sub) return -1;
            if (dir < 0 && saved_lbg < 0) p->lookbehindgroups = -1;
            if ((m = tk_match(p, ')')) <= 0) {
                if (m == 0) perr(p, (int64_t)(tell(p) - start), "missing ), unterminated subpattern");
                return -1;
            }
            ReNode *n = node_new(ch == '=' ? RN_ASSERT : RN_ASSERT_NOT);
            if (!n) return -1;
            n->min = dir;
            n->child = sub;
            if (dir < 0) {
                int64_t lo, hi;
                if (!seq_width(p, sub, &lo, &hi)) return -1;
                n->wlo = lo;
                n->whi = hi;
            }
            seq_add(s, n);
            return 1;
        } else if (len == 1 && ch == '(') {
            size_t a, b;
            if (!tk_getuntil(p, ')', "group name", &a, &b)) return -1;
            Val cname = slice_str(p, a, b);
            if (!cname) return -1;
            int64_t cond;
            int ident = isidentifier(cname);
            if (ident < 0) return -1;
            if (ident) {
                if (!checkgroupname(p, cname, 1)) return -1;
                Val gid = vm_dict_get(p->groupdict, cname);
                if (!gid) {
                    if (vm_err_occurred()) return -1;
                    perr(p, (int64_t)vm_str_len(cname) + 1, "unknown group name %R", cname);
                    return -1;
                }
                cond = val_small(gid);
            } else {
                Val iv = vm_call1(obj_val(&vm_type_int), cname);
                if (!iv || vm_int_sign(iv) < 0) {
                    if (iv || vm_err_matches(&vm_exc_ValueError)) {
                        vm_err_clear();
                        perr(p, (int64_t)vm_str_len(cname) + 1, "bad character in group name %R", cname);
                    }
                    return -1;
                }
                if (vm_int_sign(iv) == 0) {
                    perr(p, (int64_t)vm_str_len(cname) + 1, "bad group number");
                    return -1;
                }
                if (vm_int_as_i64(iv, &cond) < 0 || cond >= RE_MAXGROUPS) {
                    vm_err_clear();
                    Val rs = vm_repr(iv);
                    if (!rs) return -1;
                    perr(p, (int64_t)vm_str_len(cname) + 1, "invalid group reference %U", rs);
                    return -1;
                }
                bool plain = vm_str_is_ascii(cname);
                cr_span cs = vm_str_span(cname);
                for (size_t k = 0; k < cs.len && plain; k++) plain = is_digit(cr_span_at(cs, k));
                if (!plain &&
                    !warn(vm_str_fmt(p->istext ? "bad character in group name %R at position %lld"
                                               : "bad character in group name %A at position %lld",
                                     cname, (long long)((int64_t)tell(p) - (int64_t)vm_str_len(cname) - 1)), false))
                    return -1;
                Val key = vm_int_from_i64(cond);
                Val have = vm_dict_get(p->grouprefpos, key);
                if (!have) {
                    if (vm_err_occurred()) return -1;
                    if (vm_dict_set(p->grouprefpos, key, vm_int_from_i64((int64_t)tell(p) - (int64_t)vm_str_len(cname) - 1)) < 0)
                        return -1;
                }
            }
            if (!checklookbehindgroup(p, cond)) return -1;
            ReNode *yes = parse_seq(p, *verbose, nested + 1, false);
            if (!yes) return -1;
            ReNode *no = NULL;
            if ((m = tk_match(p, '|')) != 0) {
                if (m < 0) return -1;
                no = parse_seq(p, *verbose, nested + 1, false);
                if (!no) return -1;
                if (tk_is(p, '|')) {
                    perr(p, 0, "conditional backref with more than two branches");
                    return -1;
                }
            }
            if ((m = tk_match(p, ')')) <= 0) {
                if (m == 0) perr(p, (int64_t)(tell(p) - start), "missing ), unterminated subpattern");
                return -1;
            }
            ReNode *n = node_new(RN_CONDREF);
            if (!n) return -1;
            n->c = (uint32_t)cond;
            n->child = yes;
            n->child2 = no;
            seq_add(s, n);
            return 1;
        } else if (len == 1 && ch == '>') {
            capture = false;
            atomic = true;
        } else if (len == 1 && (flag_bit(ch) || ch == '-')) {
            int r = parse_flags(p, ch, len, &add, &del);
            if (r < 0) return -1;
            if (r == 1) {
                if (!first || s->head) {
                    perr(p, (int64_t)(tell(p) - start), "global flags not at the start of the expression");
                    return -1;
                }
                *verbose = (p->flags & RE_F_VERBOSE) != 0;
                return 0;
            }
            capture = false;
        } else {
            Val tok = slice_str(p, tell(p) - (size_t)len, tell(p));
            if (!tok) return -1;
            perr(p, len + 1, "unknown extension ?%U", tok);
            return -1;
        }
    }
    int64_t gid = 0;
    if (capture) {
        gid = ngroups(p);
        if (!cr_vals_push(&p->gw_lo, val_from_small(-1)) || !cr_vals_push(&p->gw_hi, val_from_small(-1))) {
            vm_err_nomem();
            return -1;
        }
        if (ngroups(p) > RE_MAXGROUPS) {
            perr(p, name ? (int64_t)vm_str_len(name) + 1 : 1, "too many groups");
            return -1;
        }
        if (name) {
            Val og = vm_dict_get(p->groupdict, name);
            if (og) {
                perr(p, (int64_t)vm_str_len(name) + 1, "redefinition of group name %R as group %d; was group %d",
                     name, (int)gid, (int)val_small(og));
                return -1;
            }
            if (vm_err_occurred() || vm_dict_set(p->groupdict, name, vm_int_from_i64(gid)) < 0) return -1;
        }
    }
    bool sub_verbose = (*verbose || (add & RE_F_VERBOSE)) && !(del & RE_F_VERBOSE);
    ReNode *sub = parse_sub(p, sub_verbose, nested + 1);
    if (!sub) return -1;
    if ((m = tk_match(p, ')')) <= 0) {
        if (m == 0) perr(p, (int64_t)(tell(p) - start), "missing ), unterminated subpattern");
        return -1;
    }
    if (capture) {
        int64_t lo, hi;
        if (!seq_width(p, sub, &lo, &hi)) return -1;
        cr_vals_set(&p->gw_lo, (size_t)gid, val_from_small(lo));
        cr_vals_set(&p->gw_hi, (size_t)gid, val_from_small(hi));
    }
    ReNode *n = node_new(atomic ? RN_ATOMIC : (capture || add || del) ? RN_GROUP : RN_SEQ);
    if (!n) return -1;
    n->c = (uint32_t)gid;
    n->add_flags = add;
    n->del_flags = del;
    n->child = sub;
    seq_add(s, n);
    return 1;
}

/* _parse: a sequence up to '|', ')' or the end.  Returns an RN_SEQ. */
static ReNode *parse_seq(P *p, bool verbose, int nested, bool first)
{
    Seq s = {NULL, NULL};
    for (;;) {
        if (p->nlen == 0) break;
        if (p->nlen == 1 && (p->c0 == '|' || p->c0 == ')')) break;
        size_t tstart = tell(p);
        uint32_t c;
        int len;
        if (!tk_get(p, &c, &len)) return NULL;
        if (verbose && len == 1) {
            if (is_ws(c)) continue;
            if (c == '#') {
                for (;;) {
                    uint32_t c2;
                    int l2;
                    if (!tk_get(p, &c2, &l2)) return NULL;
                    if (l2 == 0 || (l2 == 1 && c2 == '\n')) break;
                }
                continue;
            }
        }
        if (len == 2) {
            Esc e;
            /* the escaped character is the second code point of the token */
            uint32_t ec = cp_at(p, tstart + 1);
            if (!escape(p, ec, tstart, &e)) return NULL;
            ReNode *n = esc_node(&e);
            if (!n) return NULL;
            if (n->kind == RN_GROUPREF) {
                n->wlo = val_small(cr_vals_get(&p->gw_lo, n->c));
                n->whi = val_small(cr_vals_get(&p->gw_hi, n->c));
            }
            seq_add(&s, n);
            continue;
        }
        switch (c) {
        case '[': {
            ReNode *n = parse_class(p, tstart);
            if (!n) return NULL;
            seq_add(&s, n);
            break;
        }
        case '*': case '+': case '?': case '{':
            if (parse_repeat(p, &s, c, tell(p)) < 0) return NULL;
            break;
        case '.': {
            ReNode *n = node_new(RN_ANY);
            if (!n) return NULL;
            seq_add(&s, n);
            break;
        }
        case '(':
            if (parse_paren(p, &s, &verbose, nested, first, tstart) < 0) return NULL;
            break;
        case '^': case '$': {
            ReNode *n = node_new(RN_AT);
            if (!n) return NULL;
            n->c = c == '^' ? RA_BEGINNING : RA_END;
            seq_add(&s, n);
            break;
        }
        default: {
            ReNode *n = node_new(RN_LIT);
            if (!n) return NULL;
            n->c = c;
            seq_add(&s, n);
        }
        }
    }
    return seq_node(&s);
}

bool re_parse(Val pattern, int flags, Val errcls, ReParsed *out)
{
    P p = {0};
    p.pattern = pattern;
    p.errcls = errcls;
    p.istext = vm_is_str(pattern);
    cr_vals_init(&p.src);
    cr_vals_init(&p.gw_lo);
    cr_vals_init(&p.gw_hi);
    if (p.istext) {
        cr_span s = vm_str_span(pattern);
        if (!cr_vals_reserve(&p.src, vm_str_len(pattern))) {
            vm_err_nomem();
            return false;
        }
        size_t i = 0;
        while (i < s.len) cr_vals_push(&p.src, val_from_small(cr_utf8_next(s, &i)));
    } else {
        cr_span s = vm_bytes_span(pattern);
        if (!cr_vals_reserve(&p.src, s.len)) {
            vm_err_nomem();
            return false;
        }
        for (size_t i = 0; i < s.len; i++) cr_vals_push(&p.src, val_from_small(cr_span_at(s, i)));
    }
    p.n = p.src.len;
    p.flags = flags;
    p.lookbehindgroups = -1;
    p.groupdict = vm_dict_new();
    p.grouprefpos = vm_dict_new();
    if (!p.groupdict || !p.grouprefpos) return false;
    if (!cr_vals_push(&p.gw_lo, val_from_small(0)) || !cr_vals_push(&p.gw_hi, val_from_small(0))) {
        vm_err_nomem();
        return false;
    }
    if (!tk_next(&p)) return false;
    ReNode *root = parse_sub(&p, (flags & RE_F_VERBOSE) != 0, 0);
    if (!root) return false;
    /* fix_flags */
    int f = p.flags;
    if (p.istext) {
        if (f & RE_F_LOCALE) {
            vm_err_str(&vm_exc_ValueError, "cannot use LOCALE flag with a str pattern");
            return false;
        }
        if (!(f & RE_F_ASCII)) f |= RE_F_UNICODE;
        else if (f & RE_F_UNICODE) {
            vm_err_str(&vm_exc_ValueError, "ASCII and UNICODE flags are incompatible");
            return false;
        }
    } else {
        if (f & RE_F_UNICODE) {
            vm_err_str(&vm_exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
            return false;
        }
        if ((f & RE_F_LOCALE) && (f & RE_F_ASCII)) {
            vm_err_str(&vm_exc_ValueError, "ASCII and LOCALE flags are incompatible");
            return false;
        }
    }
    if (p.nlen != 0) {
        perr(&p, 0, "unbalanced parenthesis");
        return false;
    }
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(p.grouprefpos, &pos, &k, &v)) {
        int64_t g;
        if (vm_int_as_i64(k, &g) < 0) return false;
        if (g >= ngroups(&p)) {
            Val msg = vm_str_fmt("invalid group reference %lld", (long long)g);
            return raise_msg(&p, msg, val_small(v));
        }
    }
    /* GROUPREF widths for the compiler's look-behind check. */
    out->root = root;
    out->flags = f;
    out->groups = ngroups(&p);
    out->groupindex = p.groupdict;
    out->istext = p.istext;
    out->gw_lo = p.gw_lo;
    out->gw_hi = p.gw_hi;
    return true;
}
