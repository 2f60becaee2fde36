/* The compiler and matcher of the _re module.
 *
 * The parse tree becomes a graph of ReInst (each instruction points to its
 * continuation `next`, and to `alt` for a second path).  The matcher is a
 * loop over that graph; every choice point (an alternative, one more or one
 * fewer repetition) and every undo record (a group mark, a repeat counter,
 * lastindex) is pushed on one heap-allocated stack of fixed-size entries.
 * Failing pops the stack, undoing records until a choice point resumes.
 * Atomic groups, possessive repeats and lookarounds cut the stack back to
 * a barrier entry (keeping the undo records).  Nothing recurses in C while
 * matching; the stack grows on the GC heap (MemoryError at the heap cap),
 * and the work is charged to the interpreter's instruction budget so a
 * catastrophic pattern can be cancelled.
 */
#include "modules/re_engine.h"
#include "vm/frame.h"
#include "vm/unicode_db.h"

/* ---- character classes and case ---- */
uint32_t re_lower_uni(uint32_t c)
{
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t out[3];
    return vm_ucd_to_lower(c, out) >= 1 ? out[0] : c;
}
uint32_t re_upper_uni(uint32_t c)
{
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t out[3];
    return vm_ucd_to_upper(c, out) >= 1 ? out[0] : c;
}
static uint32_t lower_ascii(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static bool ascii_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool re_uni_word(uint32_t c) { return c < 128 ? ascii_word(c) : (c == '_' || vm_ucd_isalnum(c)); }
static bool uni_iscased(uint32_t c) { return re_lower_uni(c) != c || re_upper_uni(c) != c; }
static bool ascii_iscased(uint32_t c) { return c < 128 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')); }

/* The extra case equivalences of re._casefix (lowercase -> others). */
static const uint32_t casefix[][3] = {
    {0x69, 0x131, 0}, {0x73, 0x17f, 0}, {0xb5, 0x3bc, 0}, {0x131, 0x69, 0}, {0x17f, 0x73, 0},
    {0x345, 0x3b9, 0x1fbe}, {0x390, 0x1fd3, 0}, {0x3b0, 0x1fe3, 0}, {0x3b2, 0x3d0, 0}, {0x3b5, 0x3f5, 0},
    {0x3b8, 0x3d1, 0}, {0x3b9, 0x345, 0x1fbe}, {0x3ba, 0x3f0, 0}, {0x3bc, 0xb5, 0}, {0x3c0, 0x3d6, 0},
    {0x3c1, 0x3f1, 0}, {0x3c2, 0x3c3, 0}, {0x3c3, 0x3c2, 0}, {0x3c6, 0x3d5, 0}, {0x3d0, 0x3b2, 0},
    {0x3d1, 0x3b8, 0}, {0x3d5, 0x3c6, 0}, {0x3d6, 0x3c0, 0}, {0x3f0, 0x3ba, 0}, {0x3f1, 0x3c1, 0},
    {0x3f5, 0x3b5, 0}, {0x432, 0x1c80, 0}, {0x434, 0x1c81, 0}, {0x43e, 0x1c82, 0}, {0x441, 0x1c83, 0},
    {0x442, 0x1c84, 0x1c85}, {0x44a, 0x1c86, 0}, {0x463, 0x1c87, 0}, {0x1c80, 0x432, 0}, {0x1c81, 0x434, 0},
    {0x1c82, 0x43e, 0}, {0x1c83, 0x441, 0}, {0x1c84, 0x442, 0x1c85}, {0x1c85, 0x442, 0x1c84},
    {0x1c86, 0x44a, 0}, {0x1c87, 0x463, 0}, {0x1c88, 0xa64b, 0}, {0x1e61, 0x1e9b, 0}, {0x1e9b, 0x1e61, 0},
    {0x1fbe, 0x345, 0x3b9}, {0x1fd3, 0x390, 0}, {0x1fe3, 0x3b0, 0}, {0xa64b, 0x1c88, 0}, {0xfb05, 0xfb06, 0},
    {0xfb06, 0xfb05, 0},
};
#define NCASEFIX (sizeof casefix / sizeof casefix[0])

/* Index of c in casefix, or -1. */
static int casefix_find(uint32_t c)
{
    for (size_t i = 0; i < NCASEFIX; i++)
        if (casefix[i][0] == c) return (int)i;
    return -1;
}

/* Lowering modes of the ignore-case instructions. */
enum { LOW_NONE, LOW_ASCII, LOW_UNI };
static inline uint32_t lower_by(int mode, uint32_t c)
{
    return mode == LOW_UNI ? re_lower_uni(c) : mode == LOW_ASCII ? lower_ascii(c) : c;
}

/* Categories: the test of one category under the unicode or ascii rules. */
static bool cat_test(uint32_t cat, bool uni, uint32_t c)
{
    bool r;
    switch (cat & ~1u) {
    case RC_DIGIT: r = uni ? (c < 128 ? (c >= '0' && c <= '9') : vm_ucd_isdecimal(c)) : (c >= '0' && c <= '9'); break;
    case RC_SPACE:
        r = uni ? (c < 128 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : vm_ucd_isspace(c))
                : (c == ' ' || (c >= 9 && c <= 13));
        break;
    default: r = uni ? re_uni_word(c) : ascii_word(c); break;
    }
    return (cat & 1u) ? !r : r;
}

/* A compiled character set. */
/* 256 bits (a fixed array inside a struct: indexed with masked indices). */
typedef struct {
    uint32_t w[8];
} Bitmap;

typedef struct {
    Bitmap bm;         /* members below 256 */
    bool negate;
    int low;           /* LOW_*: the character is lowered before the test */
    bool uni;          /* categories follow the unicode rules */
    uint32_t cats;     /* bit (1 << RC_*) per category item */
    cr_vals ranges;    /* lo, hi pairs (small ints) for members >= 256 */
    bool range_upper;  /* non-BMP ranges also match upper(ch) (RANGE_UNI_IGNORE) */
} ReSet;

static inline bool bm_get(const Bitmap *b, uint32_t c) { return (b->w[(c >> 5) & 7] >> (c & 31)) & 1u; }

static bool set_has_raw(const ReSet *s, uint32_t c)
{
    if (c < 256) return bm_get(&s->bm, c);
    if (s->cats) {
        for (uint32_t k = 0; k < 6; k++)
            if ((s->cats >> k) & 1u)
                if (cat_test(k, s->uni, c)) return true;
    }
    size_t n = s->ranges.len;
    for (size_t i = 0; i + 1 < n; i += 2) {
        uint32_t lo = (uint32_t)val_small(cr_vals_get(&s->ranges, i));
        uint32_t hi = (uint32_t)val_small(cr_vals_get(&s->ranges, i + 1));
        if (c >= lo && c <= hi) return true;
        if (s->range_upper && lo >= 0x10000) {
            uint32_t u = re_upper_uni(c);
            if (u >= lo && u <= hi) return true;
        }
    }
    return false;
}

static inline bool set_has(const ReSet *s, uint32_t c)
{
    if (s->low != LOW_NONE) c = lower_by(s->low, c);
    return set_has_raw(s, c) != s->negate;
}

/* ---- instructions ---- */
enum {
    /* single-character tests */
    I_CHAR, I_CHAR_I, I_NOTCHAR, I_NOTCHAR_I, I_ANY, I_ANYALL, I_SET,
    I_AT, I_NOP, I_MATCH, I_SAVE, I_SPLIT, I_REP1, I_REP_INIT, I_REP_CHECK, I_REP_INC,
    I_REP_MORE, I_ATOMIC_START, I_ATOMIC_END, I_LOOK_START, I_LOOK_END, I_GROUPREF,
    I_GROUPREF_EXISTS
};

typedef struct ReInst ReInst;
struct ReInst {
    int op;
    int mode;          /* CHAR_I: LOW_*; AT: unicode words; REP*: RG_*; LOOK: negative; SPLIT: hint valid */
    uint32_t c;        /* char / AT kind / hint */
    int64_t min, max;  /* repeats; LOOK_START: look-behind width (-1 ahead) */
    int64_t reg;       /* repeat register, mark index, group */
    int64_t lit;       /* REP1: the character that must follow, or -1 */
    ReInst *next, *alt;
    ReInst *item;      /* REP1: the single-character test */
    ReSet *set;
};

struct ReProg {
    ReInst *start;
    int64_t groups;    /* including group 0 */
    int64_t nregs;     /* repeat registers (2 per general repeat) */
    bool anchored;     /* starts with \A or ^ (not multiline) */
    cr_vals prefix;    /* literal prefix (small ints) */
    bool first_ok;     /* first_bm is valid */
    Bitmap first_bm;
    bool first_other;  /* a character >= 256 may start a match */
    int64_t minwidth;
};

int64_t re_prog_groups(const ReProg *prog) { return prog->groups; }

static inline bool test_char(const ReInst *t, uint32_t ch)
{
    switch (t->op) {
    case I_CHAR: return ch == t->c;
    case I_CHAR_I: return lower_by(t->mode, ch) == t->c;
    case I_NOTCHAR: return ch != t->c;
    case I_NOTCHAR_I: return lower_by(t->mode, ch) != t->c;
    case I_ANY: return ch != '\n';
    case I_ANYALL: return true;
    default: return set_has(t->set, ch);
    }
}

/* ---- compiler ---- */
typedef struct {
    Val errcls;
    cr_vals all;       /* every instruction (for the NOP shortcut pass) */
    int64_t nregs;
} C;

typedef struct {
    ReInst *start, *exit; /* exit->next is to be linked */
} Frag;

static ReInst *inst(C *c, int op)
{
    ReInst *i = cr_alloc(sizeof(ReInst), CR_SCAN);
    if (!i) {
        vm_err_nomem();
        return NULL;
    }
    i->op = op;
    i->lit = -1;
    if (!cr_vals_push(&c->all, obj_val(i))) {
        vm_err_nomem();
        return NULL;
    }
    return i;
}

static int combine_flags(int flags, int add, int del)
{
    if (add & (RE_F_ASCII | RE_F_LOCALE | RE_F_UNICODE)) flags &= ~(RE_F_ASCII | RE_F_LOCALE | RE_F_UNICODE);
    return (flags | add) & ~del;
}

/* The ignore-case rules of the flags: LOW_* (LOW_NONE: case-sensitive). */
static int low_mode(int flags)
{
    if (!(flags & RE_F_IGNORECASE)) return LOW_NONE;
    if ((flags & RE_F_UNICODE) && !(flags & RE_F_LOCALE)) return LOW_UNI;
    return LOW_ASCII;
}
static bool uni_mode(int flags) { return (flags & RE_F_UNICODE) && !(flags & RE_F_LOCALE); }

static void bm_set(Bitmap *b, uint32_t c) { b->w[(c >> 5) & 7] |= 1u << (c & 31); }

/* Build a set from class items under the flags (re._compiler._optimize_charset
 * semantics, with ignore case). */
static ReSet *build_set(const ReItem *items, bool negate, int flags)
{
    ReSet *s = cr_alloc(sizeof(ReSet), CR_SCAN);
    if (!s) {
        vm_err_nomem();
        return NULL;
    }
    cr_vals_init(&s->ranges);
    s->negate = negate;
    s->uni = uni_mode(flags);
    int low = low_mode(flags);
    bool hascased = false;
    cr_buf wide; /* lowered BMP members >= 256 (bitmap of 65536 bits), when needed */
    cr_buf_init(&wide);
    for (const ReItem *it = items; it; it = it->next) {
        if (it->kind == RS_CAT) {
            s->cats |= 1u << it->lo;
            continue;
        }
        uint32_t lo = it->lo, hi = it->kind == RS_RANGE ? it->hi : it->lo;
        if (low == LOW_NONE) {
            for (uint32_t c = lo; c <= hi && c < 256; c++) bm_set(&s->bm, c);
            if (hi >= 256) {
                uint32_t a = lo < 256 ? 256 : lo;
                if (!cr_vals_push(&s->ranges, val_from_small(a)) || !cr_vals_push(&s->ranges, val_from_small(hi))) {
                    vm_err_nomem();
                    return NULL;
                }
            }
            continue;
        }
        uint32_t top = hi < 0x10000 ? hi : 0xFFFF;
        for (uint32_t c = lo; c <= top && lo <= 0xFFFF; c++) {
            uint32_t l = lower_by(low, c);
            if (!hascased) hascased = low == LOW_UNI ? uni_iscased(c) : ascii_iscased(c);
            uint32_t adds[3] = {l, 0, 0};
            int na = 1;
            if (low == LOW_UNI) {
                int k = casefix_find(l);
                if (k >= 0) {
                    adds[1] = casefix[k][1];
                    na = 2;
                    if (casefix[k][2]) {
                        adds[2] = casefix[k][2];
                        na = 3;
                    }
                }
            }
            for (int j = 0; j < na; j++) {
                uint32_t x = adds[j];
                if (x < 256) {
                    bm_set(&s->bm, x);
                } else if (x < 0x10000) {
                    if (wide.len == 0 && !cr_buf_repeat(&wide, 0, 8192)) {
                        vm_err_nomem();
                        return NULL;
                    }
                    cr_buf_set(&wide, x >> 3, (uint8_t)(cr_buf_get(&wide, x >> 3) | (1u << (x & 7))));
                } else {
                    if (!cr_vals_push(&s->ranges, val_from_small(x)) || !cr_vals_push(&s->ranges, val_from_small(x))) {
                        vm_err_nomem();
                        return NULL;
                    }
                }
            }
        }
        if (hi >= 0x10000) {
            uint32_t a = lo < 0x10000 ? 0x10000 : lo;
            if (low == LOW_UNI) {
                hascased = true;
                s->range_upper = true;
            }
            if (!cr_vals_push(&s->ranges, val_from_small(a)) || !cr_vals_push(&s->ranges, val_from_small(hi))) {
                vm_err_nomem();
                return NULL;
            }
        }
    }
    if (wide.len) {
        /* Members 256..0xFFFF as ranges. */
        uint32_t c = 256;
        while (c < 0x10000) {
            if (!((cr_buf_get(&wide, c >> 3) >> (c & 7)) & 1u)) {
                c++;
                continue;
            }
            uint32_t a = c;
            while (c < 0x10000 && ((cr_buf_get(&wide, c >> 3) >> (c & 7)) & 1u)) c++;
            if (!cr_vals_push(&s->ranges, val_from_small(a)) || !cr_vals_push(&s->ranges, val_from_small(c - 1))) {
                vm_err_nomem();
                return NULL;
            }
        }
    }
    if (low != LOW_NONE && hascased) s->low = low;
    else if (low != LOW_NONE) {
        /* No cased member: the plain test (the members were not changed by lowering). */
        s->low = LOW_NONE;
    }
    /* Categories below 256 go into the bitmap. */
    if (s->cats) {
        for (uint32_t c = 0; c < 256; c++)
            for (uint32_t k = 0; k < 6; k++)
                if (((s->cats >> k) & 1u) && cat_test(k, s->uni, c)) bm_set(&s->bm, c);
    }
    return s;
}

static bool frag1(C *c, ReInst *i, Frag *f)
{
    if (!i) return false;
    f->start = f->exit = i;
    return true;
}

/* Literal / not-literal with the flags. */
static bool compile_lit(C *c, uint32_t ch, bool negate, int flags, Frag *f)
{
    int low = low_mode(flags);
    bool cased = low == LOW_UNI ? uni_iscased(ch) : low == LOW_ASCII ? ascii_iscased(ch) : false;
    if (!cased) {
        ReInst *i = inst(c, negate ? I_NOTCHAR : I_CHAR);
        if (!i) return false;
        i->c = ch;
        return frag1(c, i, f);
    }
    uint32_t lo = lower_by(low, ch);
    if (low == LOW_UNI && casefix_find(lo) >= 0) {
        ReItem it = {RS_LIT, ch, ch, NULL};
        ReSet *s = build_set(&it, negate, flags);
        if (!s) return false;
        ReInst *i = inst(c, I_SET);
        if (!i) return false;
        i->set = s;
        return frag1(c, i, f);
    }
    ReInst *i = inst(c, negate ? I_NOTCHAR_I : I_CHAR_I);
    if (!i) return false;
    i->c = lo;
    i->mode = low;
    return frag1(c, i, f);
}

static bool compile_seq(C *c, const ReNode *head, int flags, Frag *f);

/* The single-character node of a simple repeat (re._compiler._simple), or NULL. */
static const ReNode *simple_item(const ReNode *seqhead, int flags, int *iflags)
{
    const ReNode *n = seqhead;
    int fl = flags;
    for (int depth = 0; depth < 64; depth++) {
        if (!n || n->next) return NULL;
        switch (n->kind) {
        case RN_LIT: case RN_NOTLIT: case RN_ANY: case RN_IN:
            *iflags = fl;
            return n;
        case RN_SEQ:
            n = n->child;
            break;
        case RN_GROUP:
            if (n->c != 0) return NULL;
            fl = combine_flags(fl, n->add_flags, n->del_flags);
            n = n->child;
            break;
        default:
            return NULL;
        }
    }
    return NULL;
}

static bool compile_unit(C *c, const ReNode *n, int flags, Frag *f)
{
    switch (n->kind) {
    case RN_LIT: return compile_lit(c, n->c, false, flags, f);
    case RN_NOTLIT: return compile_lit(c, n->c, true, flags, f);
    case RN_ANY: return frag1(c, inst(c, (flags & RE_F_DOTALL) ? I_ANYALL : I_ANY), f);
    default: {
        ReSet *s = build_set(n->items, n->negate, flags);
        if (!s) return false;
        ReInst *i = inst(c, I_SET);
        if (!i) return false;
        i->set = s;
        return frag1(c, i, f);
    }
    }
}

static bool link(ReInst *from, ReInst *to)
{
    from->next = to;
    return true;
}

static bool compile_repeat(C *c, const ReNode *n, int flags, Frag *f)
{
    int iflags;
    const ReNode *item = simple_item(n->child, flags, &iflags);
    if (item) {
        Frag fi;
        if (!compile_unit(c, item, iflags, &fi)) return false;
        if (n->min == 1 && n->max == 1 && n->greedy != RG_POSSESSIVE) {
            *f = fi;
            return true;
        }
        ReInst *r = inst(c, I_REP1);
        if (!r) return false;
        r->item = fi.start;
        r->min = n->min;
        r->max = n->max;
        r->mode = n->greedy;
        return frag1(c, r, f);
    }
    if (n->max == 0) return frag1(c, inst(c, I_NOP), f);
    Frag body;
    if (!compile_seq(c, n->child, flags, &body)) return false;
    if (n->min == 1 && n->max == 1 && n->greedy != RG_POSSESSIVE) {
        *f = body;
        return true;
    }
    int64_t reg = c->nregs;
    c->nregs += 2;
    ReInst *init = inst(c, I_REP_INIT), *check = inst(c, I_REP_CHECK), *inc = inst(c, I_REP_INC);
    if (!init || !check || !inc) return false;
    init->reg = check->reg = inc->reg = reg;
    check->min = n->min;
    check->max = n->max;
    check->mode = n->greedy == RG_LAZY ? RG_LAZY : RG_GREEDY;
    check->alt = body.start;
    init->next = check;
    body.exit->next = inc;
    inc->next = check;
    if (n->greedy == RG_LAZY) {
        ReInst *more = inst(c, I_REP_MORE);
        if (!more) return false;
        more->reg = reg;
        more->max = n->max;
        more->alt = body.start;
        check->item = more;
    }
    if (n->greedy == RG_POSSESSIVE) {
        ReInst *as = inst(c, I_ATOMIC_START), *ae = inst(c, I_ATOMIC_END);
        if (!as || !ae) return false;
        as->next = init;
        check->next = ae;
        f->start = as;
        f->exit = ae;
        return true;
    }
    f->start = init;
    f->exit = check;
    return true;
}

static bool compile_node(C *c, const ReNode *n, int flags, Frag *f)
{
    switch (n->kind) {
    case RN_LIT: case RN_NOTLIT: case RN_ANY: case RN_IN:
        return compile_unit(c, n, flags, f);
    case RN_AT: {
        ReInst *i = inst(c, I_AT);
        if (!i) return false;
        uint32_t k = n->c;
        if (flags & RE_F_MULTILINE) {
            if (k == RA_BEGINNING) k = RA_BEGINNING_LINE;
            else if (k == RA_END) k = RA_END_LINE;
        }
        i->c = k;
        i->mode = uni_mode(flags);
        return frag1(c, i, f);
    }
    case RN_SEQ:
        return compile_seq(c, n->child, flags, f);
    case RN_GROUP: {
        int fl = combine_flags(flags, n->add_flags, n->del_flags);
        if (n->c == 0) return compile_seq(c, n->child, fl, f);
        Frag body;
        ReInst *s = inst(c, I_SAVE), *e = inst(c, I_SAVE);
        if (!s || !e || !compile_seq(c, n->child, fl, &body)) return false;
        s->reg = 2 * (int64_t)n->c;
        e->reg = 2 * (int64_t)n->c + 1;
        s->next = body.start;
        body.exit->next = e;
        f->start = s;
        f->exit = e;
        return true;
    }
    case RN_BRANCH: {
        ReInst *join = inst(c, I_NOP);
        if (!join) return false;
        ReInst *prev_split = NULL;
        ReInst *first = NULL;
        for (const ReNode *a = n->child; a; a = a->next) {
            Frag fa;
            if (!compile_seq(c, a->child, flags, &fa)) return false;
            fa.exit->next = join;
            ReInst *entry = fa.start;
            if (a->next) {
                ReInst *sp = inst(c, I_SPLIT);
                if (!sp) return false;
                sp->next = fa.start;
                /* A first-character hint lets the matcher skip the alternative. */
                ReInst *h = fa.start;
                for (int k = 0; k < 8 && h && (h->op == I_NOP || h->op == I_SAVE); k++) h = h->next;
                if (h && h->op == I_CHAR) {
                    sp->mode = 1;
                    sp->c = h->c;
                }
                entry = sp;
            }
            if (prev_split) prev_split->alt = entry;
            else first = entry;
            prev_split = a->next ? entry : NULL;
        }
        f->start = first ? first : join;
        f->exit = join;
        return true;
    }
    case RN_REPEAT:
        return compile_repeat(c, n, flags, f);
    case RN_ATOMIC: {
        Frag body;
        ReInst *as = inst(c, I_ATOMIC_START), *ae = inst(c, I_ATOMIC_END);
        if (!as || !ae || !compile_seq(c, n->child, flags, &body)) return false;
        as->next = body.start;
        body.exit->next = ae;
        f->start = as;
        f->exit = ae;
        return true;
    }
    case RN_GROUPREF: {
        ReInst *i = inst(c, I_GROUPREF);
        if (!i) return false;
        i->reg = n->c;
        i->mode = low_mode(flags);
        return frag1(c, i, f);
    }
    case RN_CONDREF: {
        ReInst *i = inst(c, I_GROUPREF_EXISTS), *join = inst(c, I_NOP);
        Frag yes, no;
        if (!i || !join || !compile_seq(c, n->child->child, flags, &yes)) return false;
        i->reg = n->c;
        i->next = yes.start;
        yes.exit->next = join;
        if (n->child2) {
            if (!compile_seq(c, n->child2->child, flags, &no)) return false;
            i->alt = no.start;
            no.exit->next = join;
        } else {
            i->alt = join;
        }
        f->start = i;
        f->exit = join;
        return true;
    }
    case RN_ASSERT: case RN_ASSERT_NOT: {
        int64_t back = -1;
        if (n->min < 0) {
            if (n->wlo != n->whi) {
                Val exc = vm_call1(c->errcls, vm_str_cstr("look-behind requires fixed-width pattern"));
                if (exc) vm_err_set_val(exc);
                return false;
            }
            back = n->wlo;
        }
        Frag body;
        ReInst *ls = inst(c, I_LOOK_START), *le = inst(c, I_LOOK_END), *after = inst(c, I_NOP);
        if (!ls || !le || !after || !compile_seq(c, n->child, flags, &body)) return false;
        ls->min = back;
        ls->mode = n->kind == RN_ASSERT_NOT;
        le->mode = ls->mode;
        ls->next = body.start;
        ls->alt = after;
        body.exit->next = le;
        le->next = after;
        f->start = ls;
        f->exit = after;
        return true;
    }
    }
    return frag1(c, inst(c, I_NOP), f);
}

static bool compile_seq(C *c, const ReNode *head, int flags, Frag *f)
{
    if (!vm_enter_recursion(" while compiling a regular expression")) return false;
    ReInst *start = NULL, *exit = NULL;
    for (const ReNode *n = head; n; n = n->next) {
        Frag fn;
        if (!compile_node(c, n, flags, &fn)) {
            vm_leave_recursion();
            return false;
        }
        if (exit) link(exit, fn.start);
        else start = fn.start;
        exit = fn.exit;
    }
    vm_leave_recursion();
    if (!start) return frag1(c, inst(c, I_NOP), f);
    f->start = start;
    f->exit = exit;
    return true;
}

/* Skip NOPs; bounded so a (never built) NOP cycle cannot hang. */
static ReInst *skip_nops(ReInst *i)
{
    for (int k = 0; k < 100000 && i && i->op == I_NOP && i->next; k++) i = i->next;
    return i;
}

static bool is_char_test(const ReInst *i) { return i && i->op <= I_SET; }

/* First-character analysis: adds to the bitmap the characters that can
 * start a match from i; false when anything may (give up). */
static bool first_chars(ReProg *p, ReInst *i, int budget)
{
    for (int steps = 0; steps < 64; steps++) {
        if (!i || budget <= 0) return false;
        if (is_char_test(i)) {
            for (uint32_t ch = 0; ch < 256; ch++)
                if (test_char(i, ch)) bm_set(&p->first_bm, ch);
            if (!(i->op == I_CHAR && i->c < 256) &&
                !(i->op == I_SET && !i->set->negate && i->set->low == LOW_NONE && i->set->cats == 0 && i->set->ranges.len == 0))
                p->first_other = true;
            return true;
        }
        switch (i->op) {
        case I_NOP: case I_SAVE: case I_REP_INC:
            i = i->next;
            break;
        case I_SPLIT:
            if (!first_chars(p, i->next, budget / 2)) return false;
            i = i->alt;
            break;
        case I_REP1:
            if (!first_chars(p, i->item, budget / 2)) return false;
            if (i->min > 0) return true;
            i = i->next;
            break;
        case I_REP_INIT:
            i = i->next;
            if (i->min > 0) {
                i = i->alt;
            } else {
                if (!first_chars(p, i->alt, budget / 2)) return false;
                i = i->next;
            }
            break;
        default:
            return false;
        }
    }
    return false;
}

static void analyse(ReProg *p)
{
    ReInst *i = p->start;
    for (int k = 0; k < 64 && i && (i->op == I_NOP || i->op == I_SAVE); k++) i = i->next;
    if (i && i->op == I_AT && (i->c == RA_BEGINNING || i->c == RA_BEGINNING_STRING)) p->anchored = true;
    while (i && i->op == I_CHAR && p->prefix.len < 64) {
        if (!cr_vals_push(&p->prefix, val_from_small(i->c))) break;
        i = i->next;
        while (i && i->op == I_NOP) i = i->next;
    }
    if (!p->anchored && p->prefix.len == 0) p->first_ok = first_chars(p, p->start, 16);
}

ReProg *re_compile(const ReParsed *pp, Val errcls)
{
    C c = {0};
    c.errcls = errcls;
    cr_vals_init(&c.all);
    Frag f;
    if (!compile_seq(&c, pp->root->child, pp->flags, &f)) return NULL;
    /* root is an RN_SEQ (possibly holding the branch) */
    if (pp->root->kind != RN_SEQ) return NULL;
    ReInst *m = inst(&c, I_MATCH);
    if (!m) return NULL;
    f.exit->next = m;
    /* Shortcut NOP chains, and note the character each greedy REP1 needs next. */
    for (size_t k = 0; k < c.all.len; k++) {
        ReInst *i = (ReInst *)(void *)val_obj(cr_vals_get(&c.all, k));
        i->next = skip_nops(i->next);
        i->alt = skip_nops(i->alt);
        if (i->item && i->op != I_REP1) i->item = skip_nops(i->item);
    }
    for (size_t k = 0; k < c.all.len; k++) {
        ReInst *i = (ReInst *)(void *)val_obj(cr_vals_get(&c.all, k));
        if (i->op == I_REP1 && i->next && i->next->op == I_CHAR) i->lit = i->next->c;
    }
    ReProg *p = cr_alloc(sizeof(ReProg), CR_SCAN);
    if (!p) {
        vm_err_nomem();
        return NULL;
    }
    p->start = skip_nops(f.start);
    p->groups = pp->groups;
    p->nregs = c.nregs;
    cr_vals_init(&p->prefix);
    int64_t lo, hi;
    if (!re_seq_width(pp->root->child, &lo, &hi)) return NULL;
    p->minwidth = lo;
    analyse(p);
    return p;
}

/* ---- matcher ---- */
enum { BT_CHOICE, BT_MARK, BT_REG, BT_LASTINDEX, BT_REP1, BT_ATOMIC, BT_LOOK, BT_NLOOK };
#define ENTRY 4

typedef struct {
    const ReSubject *subj;
    int64_t end;
    cr_vals st;
    size_t sp;
    cr_vals *marks;
    cr_vals regs;
    int64_t lastindex;
    bool full;
    bool must_adv;     /* reject a match ending at start0 (after an empty match) */
    int64_t start0;
    int64_t fuel;
} M;

static inline uint32_t CH(const M *m, int64_t i)
{
    if (m->subj->wide) return (uint32_t)val_small(cr_vals_get(&m->subj->cps, (size_t)i));
    return cr_span_at(m->subj->s, (size_t)i);
}

static bool grow(M *m)
{
    size_t n = m->st.len < 256 ? 256 : m->st.len * 2;
    if (!cr_vals_resize(&m->st, n, val_from_small(0))) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static inline bool push(M *m, int kind, Val a, int64_t b, int64_t c)
{
    if (m->sp + ENTRY > m->st.len && !grow(m)) return false;
    cr_vals_set(&m->st, m->sp, val_from_small(kind));
    cr_vals_set(&m->st, m->sp + 1, a);
    cr_vals_set(&m->st, m->sp + 2, val_from_small(b));
    cr_vals_set(&m->st, m->sp + 3, val_from_small(c));
    m->sp += ENTRY;
    return true;
}
static inline int st_kind(const M *m, size_t at) { return (int)val_small(cr_vals_get(&m->st, at)); }
static inline Val st_a(const M *m, size_t at) { return cr_vals_get(&m->st, at + 1); }
static inline int64_t st_b(const M *m, size_t at) { return val_small(cr_vals_get(&m->st, at + 2)); }
static inline int64_t st_c(const M *m, size_t at) { return val_small(cr_vals_get(&m->st, at + 3)); }
static inline ReInst *as_inst(Val v) { return (ReInst *)(void *)val_obj(v); }

static inline int64_t mark_get(const M *m, int64_t i) { return val_small(cr_vals_get(m->marks, (size_t)i)); }
static inline bool mark_set(M *m, int64_t i, int64_t v)
{
    if (!push(m, BT_MARK, val_from_small(i), mark_get(m, i), 0)) return false;
    cr_vals_set(m->marks, (size_t)i, val_from_small(v));
    return true;
}
static inline int64_t reg_get(const M *m, int64_t i) { return val_small(cr_vals_get(&m->regs, (size_t)i)); }
static inline bool reg_set(M *m, int64_t i, int64_t v)
{
    if (!push(m, BT_REG, val_from_small(i), reg_get(m, i), 0)) return false;
    cr_vals_set(&m->regs, (size_t)i, val_from_small(v));
    return true;
}

/* Apply an undo record (entry at `at`); false if it is not one. */
static inline bool undo(M *m, size_t at, int kind)
{
    switch (kind) {
    case BT_MARK: cr_vals_set(m->marks, (size_t)val_small(st_a(m, at)), val_from_small(st_b(m, at))); return true;
    case BT_REG: cr_vals_set(&m->regs, (size_t)val_small(st_a(m, at)), val_from_small(st_b(m, at))); return true;
    case BT_LASTINDEX: m->lastindex = st_b(m, at); return true;
    }
    return false;
}

/* Remove the choice points above the topmost barrier of kind bk (and the
 * barrier), keeping the undo records. */
static void cut_to(M *m, int bk)
{
    size_t b = m->sp;
    while (b >= ENTRY) {
        b -= ENTRY;
        if (st_kind(m, b) == bk) break;
    }
    size_t w = b;
    for (size_t r = b + ENTRY; r < m->sp; r += ENTRY) {
        int k = st_kind(m, r);
        if (k == BT_MARK || k == BT_REG || k == BT_LASTINDEX) {
            if (w != r)
                for (size_t j = 0; j < ENTRY; j++) cr_vals_set(&m->st, w + j, cr_vals_get(&m->st, r + j));
            w += ENTRY;
        }
    }
    m->sp = w;
}

static bool at_test(const M *m, const ReInst *i, int64_t ptr)
{
    int64_t end = m->end;
    switch (i->c) {
    case RA_BEGINNING: case RA_BEGINNING_STRING: return ptr == 0;
    case RA_BEGINNING_LINE: return ptr == 0 || CH(m, ptr - 1) == '\n';
    case RA_END: return ptr == end || (ptr + 1 == end && CH(m, ptr) == '\n');
    case RA_END_LINE: return ptr == end || ((size_t)ptr < m->subj->len && CH(m, ptr) == '\n');
    case RA_END_STRING: return ptr == end;
    default: {
        if (ptr == 0 && ptr == end) return false;
        bool uni = i->mode != 0;
        bool that = ptr > 0 && (uni ? re_uni_word(CH(m, ptr - 1)) : ascii_word(CH(m, ptr - 1)));
        bool this = ptr < end && (uni ? re_uni_word(CH(m, ptr)) : ascii_word(CH(m, ptr)));
        return i->c == RA_BOUNDARY ? this != that : this == that;
    }
    }
}

/* Charge the instruction budget for `cost` steps of matching work: one
 * unit per 16 steps (a step costs about what a bytecode does), charged
 * every 4096 steps so the common path is a decrement. */
static inline bool burn(M *m, int64_t cost)
{
    m->fuel -= cost;
    if (m->fuel > 0) return true;
    m->fuel = 4096;
    return vm_budget_charge(256) >= 0;
}

/* How many characters from ptr (at most lim) pass the test `it`: the
 * greedy count of a single-character repeat, with fast paths for narrow
 * subjects (bytes, ASCII str) where every character is below 256. */
static int64_t rep_count(const M *m, const ReInst *it, int64_t ptr, int64_t lim)
{
    int64_t k = 0;
    if (lim <= 0) return 0;
    if (it->op == I_ANYALL) return lim;
    if (!m->subj->wide) {
        cr_span sp = m->subj->s;
        switch (it->op) {
        case I_ANY: {
            int64_t at = cr_span_find_byte(cr_span_sub(sp, 0, (size_t)(ptr + lim)), '\n', (size_t)ptr);
            return at < 0 ? lim : at - ptr;
        }
        case I_CHAR:
            while (k < lim && cr_span_at(sp, (size_t)(ptr + k)) == it->c) k++;
            return k;
        case I_SET:
            if (it->set->low == LOW_NONE) {
                const Bitmap *bm = &it->set->bm;
                bool neg = it->set->negate;
                while (k < lim && bm_get(bm, cr_span_at(sp, (size_t)(ptr + k))) != neg) k++;
                return k;
            }
            break;
        }
    }
    while (k < lim && test_char(it, CH(m, ptr + k))) k++;
    return k;
}

/* Run from pc at ptr; 1 match (*endp), 0 none, -1 error. */
static int run(M *m, ReInst *pc, int64_t ptr, int64_t *endp)
{
    const int64_t end = m->end;
    size_t base = m->sp;
    for (;;) {
        if (!burn(m, 1)) return -1;
        switch (pc->op) {
        case I_CHAR:
            if (ptr < end && CH(m, ptr) == pc->c) {
                ptr++;
                pc = pc->next;
                continue;
            }
            goto fail;
        case I_CHAR_I: case I_NOTCHAR: case I_NOTCHAR_I: case I_ANY: case I_ANYALL: case I_SET:
            if (ptr < end && test_char(pc, CH(m, ptr))) {
                ptr++;
                pc = pc->next;
                continue;
            }
            goto fail;
        case I_AT:
            if (!at_test(m, pc, ptr)) goto fail;
            pc = pc->next;
            continue;
        case I_NOP:
            pc = pc->next;
            continue;
        case I_MATCH:
            if (m->full && ptr != end) goto fail;
            if (m->must_adv && ptr == m->start0) goto fail;
            *endp = ptr;
            return 1;
        case I_SAVE:
            if (!mark_set(m, pc->reg, ptr)) return -1;
            if (pc->reg & 1) {
                if (!push(m, BT_LASTINDEX, val_from_small(0), m->lastindex, 0)) return -1;
                m->lastindex = pc->reg / 2;
            }
            pc = pc->next;
            continue;
        case I_SPLIT:
            if (pc->mode && (ptr >= end || CH(m, ptr) != pc->c)) {
                pc = pc->alt;
                continue;
            }
            if (!push(m, BT_CHOICE, obj_val(pc->alt), ptr, 0)) return -1;
            pc = pc->next;
            continue;
        case I_REP1: {
            const ReInst *it = pc->item;
            int64_t avail = end - ptr;
            int64_t lim = pc->max < avail ? pc->max : avail;
            int64_t count = 0;
            if (pc->mode == RG_LAZY) {
                if (pc->min > avail) goto fail;
                while (count < pc->min && test_char(it, CH(m, ptr + count))) count++;
                if (count < pc->min) goto fail;
                if (!burn(m, count / 16)) return -1;
                if (count < lim && !push(m, BT_REP1, obj_val(pc), ptr, count)) return -1;
                ptr += count;
                pc = pc->next;
                continue;
            }
            count = rep_count(m, it, ptr, lim);
            if (!burn(m, count / 16)) return -1;
            if (count < pc->min) goto fail;
            if (pc->mode == RG_GREEDY && count > pc->min && pc->next->op != I_MATCH) {
                if (pc->lit >= 0) {
                    /* Give back only to a position where the next literal matches. */
                    int64_t k = count;
                    while (k >= pc->min && (ptr + k >= end || CH(m, ptr + k) != (uint32_t)pc->lit)) k--;
                    if (k < pc->min) goto fail;
                    if (k > pc->min && !push(m, BT_REP1, obj_val(pc), ptr, k)) return -1;
                    ptr += k;
                    pc = pc->next;
                    continue;
                }
                if (!push(m, BT_REP1, obj_val(pc), ptr, count)) return -1;
            } else if (pc->mode == RG_GREEDY && count > pc->min && m->full) {
                if (!push(m, BT_REP1, obj_val(pc), ptr, count)) return -1;
            }
            ptr += count;
            pc = pc->next;
            continue;
        }
        case I_REP_INIT:
            if (!reg_set(m, pc->reg, 0) || !reg_set(m, pc->reg + 1, -1)) return -1;
            pc = pc->next;
            continue;
        case I_REP_INC:
            if (!reg_set(m, pc->reg, reg_get(m, pc->reg) + 1)) return -1;
            pc = pc->next;
            continue;
        case I_REP_CHECK: {
            int64_t cnt = reg_get(m, pc->reg);
            if (cnt < pc->min) {
                pc = pc->alt;
                continue;
            }
            if (pc->mode == RG_LAZY) {
                if (!push(m, BT_CHOICE, obj_val(pc->item), ptr, 0)) return -1;
                pc = pc->next;
                continue;
            }
            if ((pc->max == RE_MAXREPEAT || cnt < pc->max) && ptr != reg_get(m, pc->reg + 1)) {
                if (!push(m, BT_CHOICE, obj_val(pc->next), ptr, 0)) return -1;
                if (!reg_set(m, pc->reg + 1, ptr)) return -1;
                pc = pc->alt;
                continue;
            }
            pc = pc->next;
            continue;
        }
        case I_REP_MORE: {
            int64_t cnt = reg_get(m, pc->reg);
            if ((pc->max != RE_MAXREPEAT && cnt >= pc->max) || ptr == reg_get(m, pc->reg + 1)) goto fail;
            if (!reg_set(m, pc->reg + 1, ptr)) return -1;
            pc = pc->alt;
            continue;
        }
        case I_ATOMIC_START:
            if (!push(m, BT_ATOMIC, val_from_small(0), 0, 0)) return -1;
            pc = pc->next;
            continue;
        case I_ATOMIC_END:
            cut_to(m, BT_ATOMIC);
            pc = pc->next;
            continue;
        case I_LOOK_START: {
            int64_t p2 = ptr;
            if (pc->min >= 0) {
                if (ptr < pc->min) {
                    /* Not enough text behind: a positive look-behind fails,
                     * a negative one succeeds. */
                    if (pc->mode) {
                        pc = pc->alt;
                        continue;
                    }
                    goto fail;
                }
                p2 = ptr - pc->min;
            }
            if (!push(m, pc->mode ? BT_NLOOK : BT_LOOK, obj_val(pc), ptr, 0)) return -1;
            ptr = p2;
            pc = pc->next;
            continue;
        }
        case I_LOOK_END:
            if (pc->mode) {
                /* The negative assertion's body matched: undo it and fail. */
                while (m->sp > base) {
                    m->sp -= ENTRY;
                    int k = st_kind(m, m->sp);
                    if (k == BT_NLOOK) break;
                    undo(m, m->sp, k);
                }
                goto fail;
            } else {
                /* Positive: restore the position, drop the body's choices. */
                size_t b = m->sp;
                while (b >= ENTRY) {
                    b -= ENTRY;
                    if (st_kind(m, b) == BT_LOOK) break;
                }
                ptr = st_b(m, b);
                cut_to(m, BT_LOOK);
                pc = pc->next;
                continue;
            }
        case I_GROUPREF: {
            int64_t s = mark_get(m, 2 * pc->reg), e = mark_get(m, 2 * pc->reg + 1);
            if (s < 0 || e < 0 || e < s) goto fail;
            int64_t len = e - s;
            if (len > end - ptr) goto fail;
            bool ok = true;
            for (int64_t k = 0; k < len && ok; k++) {
                uint32_t a = CH(m, s + k), b = CH(m, ptr + k);
                ok = pc->mode == LOW_NONE ? a == b : lower_by(pc->mode, a) == lower_by(pc->mode, b);
            }
            if (!ok) goto fail;
            if (!burn(m, len / 16)) return -1;
            ptr += len;
            pc = pc->next;
            continue;
        }
        case I_GROUPREF_EXISTS: {
            int64_t s = mark_get(m, 2 * pc->reg), e = mark_get(m, 2 * pc->reg + 1);
            pc = (s < 0 || e < 0 || e < s) ? pc->alt : pc->next;
            continue;
        }
        default:
            goto fail;
        }
    fail:
        for (;;) {
            if (m->sp <= base) return 0;
            size_t at = m->sp - ENTRY;
            int k = st_kind(m, at);
            if (undo(m, at, k)) {
                m->sp = at;
                continue;
            }
            if (k == BT_CHOICE) {
                m->sp = at;
                pc = as_inst(st_a(m, at));
                ptr = st_b(m, at);
                break;
            }
            if (k == BT_REP1) {
                ReInst *r = as_inst(st_a(m, at));
                int64_t b = st_b(m, at), count = st_c(m, at);
                if (r->mode == RG_LAZY) {
                    if (b + count < end && count < r->max && test_char(r->item, CH(m, b + count))) {
                        count++;
                        if (count < r->max && b + count < end) cr_vals_set(&m->st, at + 3, val_from_small(count));
                        else m->sp = at;
                        ptr = b + count;
                        pc = r->next;
                        break;
                    }
                    m->sp = at;
                    continue;
                }
                count--;
                if (r->lit >= 0)
                    while (count >= r->min && (b + count >= end || CH(m, b + count) != (uint32_t)r->lit)) count--;
                if (count < r->min) {
                    m->sp = at;
                    continue;
                }
                if (count > r->min) cr_vals_set(&m->st, at + 3, val_from_small(count));
                else m->sp = at;
                ptr = b + count;
                pc = r->next;
                break;
            }
            if (k == BT_NLOOK) {
                /* The negative assertion's body failed: the assertion holds. */
                m->sp = at;
                ReInst *ls = as_inst(st_a(m, at));
                ptr = st_b(m, at);
                pc = ls->alt;
                break;
            }
            /* BT_ATOMIC, BT_LOOK: the construct failed as a whole. */
            m->sp = at;
        }
    }
}

static int exec_loop(M *mp, ReProg *prog, size_t pos, size_t endpos, int mode, cr_vals *marks, int64_t *lastindex);
static int exec_search(M *mp, ReProg *prog, size_t pos, size_t endpos, int mode, cr_vals *marks, int64_t *lastindex);

int re_exec(ReProg *prog, const ReSubject *subj, size_t pos, size_t endpos, int mode,
            cr_vals *marks, int64_t *lastindex)
{
    M m = {0};
    m.subj = subj;
    m.end = (int64_t)endpos;
    m.marks = marks;
    m.must_adv = (mode & RE_MODE_ADVANCE) != 0;
    mode &= ~RE_MODE_ADVANCE;
    m.full = mode == RE_MODE_FULL;
    m.start0 = (int64_t)pos;
    m.fuel = 4096;
    m.lastindex = -1;
    /* The backtracking stack and the registers are reused from one call
     * to the next (no allocation per match); a nested call (never made
     * today) would get fresh ones. */
    static cr_vals spare_st, spare_regs;
    static bool busy;
    bool mine = !busy;
    if (mine) {
        m.st = spare_st;
        m.regs = spare_regs;
        busy = true;
    } else {
        cr_vals_init(&m.st);
        cr_vals_init(&m.regs);
    }
    int r = exec_loop(&m, prog, pos, endpos, mode, marks, lastindex);
    if (mine) {
        spare_st = m.st;
        spare_regs = m.regs;
        busy = false;
    }
    return r;
}

static int exec_loop(M *mp, ReProg *prog, size_t pos, size_t endpos, int mode, cr_vals *marks, int64_t *lastindex)
{
    size_t nm = (size_t)prog->groups * 2;
    if (mp->regs.len < (size_t)prog->nregs && !cr_vals_resize(&mp->regs, (size_t)prog->nregs, val_from_small(0))) {
        vm_err_nomem();
        return -1;
    }
    if (marks->len != nm && !cr_vals_resize(marks, nm, val_from_small(-1))) {
        vm_err_nomem();
        return -1;
    }
    for (size_t i = 0; i < nm; i++) cr_vals_set(marks, i, val_from_small(-1));
    int r = exec_search(mp, prog, pos, endpos, mode, marks, lastindex);
    return r;
}

static int exec_search(M *mp, ReProg *prog, size_t pos, size_t endpos, int mode, cr_vals *marks, int64_t *lastindex)
{
    const ReSubject *subj = mp->subj;
    int64_t start = (int64_t)pos, stop = (int64_t)endpos;
    int64_t last = mode == RE_MODE_SEARCH ? stop - prog->minwidth : start;
    if (mode == RE_MODE_SEARCH && prog->anchored) last = start == 0 ? 0 : -1;
    for (int64_t s = start; s <= last; s++) {
        if (mode == RE_MODE_SEARCH && s < last) {
            /* Skip to a plausible start. */
            if (prog->prefix.len) {
                uint32_t c0 = (uint32_t)val_small(cr_vals_get(&prog->prefix, 0));
                if (!subj->wide) {
                    if (c0 >= 256) return 0;
                    int64_t at = cr_span_find_byte(cr_span_sub(subj->s, 0, (size_t)stop), (uint8_t)c0, (size_t)s);
                    if (at < 0) return 0;
                    s = at;
                } else {
                    while (s < stop && CH(mp, s) != c0) s++;
                }
                if (!burn(mp, 1)) return -1;
                if (s > last) return 0;
            } else if (prog->first_ok) {
                int64_t s0 = s;
                while (s < last) {
                    uint32_t ch = CH(mp, s);
                    if (ch < 256 ? bm_get(&prog->first_bm, ch) : prog->first_other) break;
                    s++;
                }
                if (!burn(mp, (s - s0) / 16)) return -1;
            }
        }
        int64_t e;
        mp->lastindex = -1;
        int r = run(mp, prog->start, s, &e);
        if (r < 0) return -1;
        if (r > 0) {
            cr_vals_set(marks, 0, val_from_small(s));
            cr_vals_set(marks, 1, val_from_small(e));
            *lastindex = mp->lastindex;
            return 1;
        }
        mp->sp = 0;
    }
    return 0;
}
