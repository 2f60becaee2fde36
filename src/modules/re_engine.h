/* The regular expression engine behind the _re module (lib/re.py).
 *
 * re_parse.c turns a pattern (str or bytes) into a tree of ReNode with
 * CPython 3.11's syntax and error messages; re_match.c compiles the tree
 * into a graph of ReInst and runs it with a backtracking matcher whose
 * choice points and undo records live on one heap-allocated stack (no C
 * recursion proportional to the pattern or the subject; the interpreter's
 * instruction budget is charged as it runs); re_module.c is the Python
 * binding.  Positions are code point indices (bytes: byte indices).
 */
#ifndef PYCLAVE_MODULES_RE_ENGINE_H
#define PYCLAVE_MODULES_RE_ENGINE_H

#include "vm/object.h"

/* Flags, as CPython's SRE_FLAG_*. */
enum {
    RE_F_TEMPLATE = 1, RE_F_IGNORECASE = 2, RE_F_LOCALE = 4, RE_F_MULTILINE = 8,
    RE_F_DOTALL = 16, RE_F_UNICODE = 32, RE_F_VERBOSE = 64, RE_F_DEBUG = 128,
    RE_F_ASCII = 256
};
#define RE_MAXREPEAT ((int64_t)4294967295LL)
#define RE_MAXGROUPS ((int64_t)1073741823LL)

/* ---- the parse tree ---- */
enum {
    RN_LIT,       /* c */
    RN_NOTLIT,    /* c */
    RN_ANY,
    RN_IN,        /* set */
    RN_AT,        /* c = RA_* */
    RN_BRANCH,    /* child: list of RN_SEQ alternatives */
    RN_SEQ,       /* child: a sequence (NULL = empty) */
    RN_GROUP,     /* c = group number, or 0 for a non-capturing (flag) group; child */
    RN_REPEAT,    /* min, max, greedy (RG_*), child */
    RN_ATOMIC,    /* child */
    RN_GROUPREF,  /* c = group */
    RN_CONDREF,   /* c = group; child = yes (RN_SEQ), child2 = no (RN_SEQ or NULL) */
    RN_ASSERT,    /* min = direction (1 ahead, -1 behind), child */
    RN_ASSERT_NOT
};
enum { RG_LAZY, RG_GREEDY, RG_POSSESSIVE };
enum {
    RA_BEGINNING, RA_BEGINNING_LINE, RA_BEGINNING_STRING, RA_BOUNDARY, RA_NON_BOUNDARY,
    RA_END, RA_END_LINE, RA_END_STRING
};
/* Character class items. */
enum { RS_LIT, RS_RANGE, RS_CAT };
enum { RC_DIGIT, RC_NOT_DIGIT, RC_SPACE, RC_NOT_SPACE, RC_WORD, RC_NOT_WORD };

typedef struct ReItem ReItem;
struct ReItem {
    int kind;          /* RS_* */
    uint32_t lo, hi;   /* literal: lo; range lo..hi; category: lo = RC_* */
    ReItem *next;
};

typedef struct ReNode ReNode;
struct ReNode {
    int kind;
    int add_flags, del_flags; /* RN_GROUP: scoped flags (?a-b:...) */
    int64_t wlo, whi;   /* RN_ASSERT(_NOT) behind / RN_GROUPREF: width */
    uint32_t c;
    int64_t min, max;
    int greedy;
    bool negate;        /* RN_IN */
    ReItem *items;      /* RN_IN */
    ReNode *child, *child2;
    ReNode *next;       /* next node of the sequence */
};

typedef struct {
    ReNode *root;       /* RN_SEQ */
    int flags;          /* final flags (fix_flags applied) */
    int64_t groups;     /* number of groups + 1 */
    Val groupindex;     /* dict name -> number */
    bool istext;
    cr_vals gw_lo, gw_hi; /* group widths */
} ReParsed;

/* Parse a pattern; false with an exception set (re.error via errcls,
 * OverflowError, ValueError, RecursionError, MemoryError). */
bool re_parse(Val pattern, int flags, Val errcls, ReParsed *out);

/* Width of a sequence (lo, hi), hi capped at RE_MAXREPEAT; false on a
 * recursion error. */
bool re_seq_width(const ReNode *seq_head, int64_t *lo, int64_t *hi);

/* ---- the compiled program and the matcher (re_match.c) ---- */
typedef struct ReProg ReProg;

/* Compile a parse tree; NULL with an exception set (e.g. re.error
 * "look-behind requires fixed-width pattern"). */
ReProg *re_compile(const ReParsed *p, Val errcls);

/* The subject of a match: a span (bytes, or ASCII str: one byte per
 * character) or decoded code points (small ints). */
typedef struct {
    bool wide;
    cr_span s;
    cr_vals cps;
    size_t len;
} ReSubject;

enum { RE_MODE_MATCH, RE_MODE_SEARCH, RE_MODE_FULL, RE_MODE_ADVANCE = 8 /* or-ed: reject an empty match at pos */ };

/* Try to match at [pos, endpos) of the subject.  Returns 1 with marks
 * (2 * groups small-int positions, -1 unset, group 0 included) and
 * *lastindex (-1 none), 0 for no match, -1 with an exception set. */
int re_exec(ReProg *prog, const ReSubject *subj, size_t pos, size_t endpos, int mode,
            cr_vals *marks, int64_t *lastindex);
int64_t re_prog_groups(const ReProg *prog);

/* Case mapping and character classes shared by the parser and matcher. */
uint32_t re_lower_uni(uint32_t c);
uint32_t re_upper_uni(uint32_t c);
bool re_uni_word(uint32_t c);

#endif
