/* The _re module: the C half of re (lib/re.py holds the public API).
 *
 *   _re.set_error(cls, warn)      the re.error class raised by the parser and
 *                                 the function that issues its warnings
 *   _re.compile(pattern, flags, cls) -> an instance of cls (re.Pattern, a
 *                                 subclass of _re.Code), or raises
 *   code.match/search/fullmatch/findall/split/finditer/scanner: Pattern's methods
 *   code._exec(string, pos, endpos, mode, pattern[, pos_shown]) -> re.Match or None
 *       mode: 0 match, 1 search, 2 fullmatch, | 8 to reject an empty
 *       match at pos (the "must advance" rule of finditer).
 *   code._findall(string, pos, endpos), code._split(string, maxsplit),
 *   code._sub(repl, string, count, pattern, template) -> (result, n)
 *   re.Match: the match objects (group, groups, span, ...; expand calls
 *       back into re.py).
 *   code.groups, code._groupindex, code.flags, code.pattern
 *   _re.MAXREPEAT, _re.MAXGROUPS
 */
#include "modules/modules.h"
#include "modules/re_engine.h"
#include "vm/str.h"

static Val re_error_cls; /* re.error */
extern Val re_warn_fn;   /* re._warn (re_parse.c) */

typedef struct {
    Obj base;
    ReProg *prog;
    Val pattern, groupindex;
    int64_t groups;
    int64_t flags;
    bool istext;
} CodeObj_;

extern Type md_type_re_code;

static CodeObj_ *as_code(Val v) { return (CodeObj_ *)(void *)val_obj(v); }

/* One decoded non-ASCII str is kept, so scanning the same subject
 * repeatedly (finditer, sub with a callable) does not decode it each time. */
static Val cached_str;
static ReSubject cached_subj;

/* The subject for a pattern of the given kind; false with TypeError. */
static bool get_subject(Val string, bool istext, ReSubject *out, Val *holder)
{
    *holder = string;
    if (vm_is_str(string)) {
        if (!istext) {
            vm_err_str(&vm_exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return false;
        }
        out->len = vm_str_len(string);
        if (vm_str_is_ascii(string)) {
            out->wide = false;
            out->s = vm_str_span(string);
            return true;
        }
        if (cached_str == string) {
            *out = cached_subj;
            return true;
        }
        ReSubject s = {0};
        s.wide = true;
        s.len = out->len;
        cr_vals_init(&s.cps);
        if (!cr_vals_reserve(&s.cps, s.len)) {
            vm_err_nomem();
            return false;
        }
        cr_span sp = vm_str_span(string);
        size_t i = 0;
        while (i < sp.len) cr_vals_push(&s.cps, val_from_small(cr_utf8_next(sp, &i)));
        cached_str = string;
        cached_subj = s;
        *out = s;
        return true;
    }
    Val b = string;
    if (vm_isinstance_t(string, &vm_type_memoryview)) {
        b = vm_call1(obj_val(&vm_type_bytes), string);
        if (!b) return false;
        *holder = b;
    }
    if (vm_is_bytes(b) || vm_isinstance_t(b, &vm_type_bytearray)) {
        if (istext) {
            vm_err_str(&vm_exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return false;
        }
        out->wide = false;
        out->s = vm_bytes_span(b);
        out->len = out->s.len;
        return true;
    }
    vm_err_fmt(&vm_exc_TypeError, "expected string or bytes-like object, got '%s'", vm_tname(string));
    return false;
}

static bool get_index(Val v, int64_t dflt, int64_t *out)
{
    if (!v || v == VM_None) {
        *out = dflt;
        return true;
    }
    if (vm_as_ssize(v, out, &vm_exc_OverflowError)) return true;
    if (vm_err_matches(&vm_exc_OverflowError)) { /* CPython's Py_ssize_t converter */
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return false;
}

/* A count/maxsplit argument: CPython's Py_ssize_t converter message. */
static bool get_ssize(Val v, int64_t *out)
{
    return get_index(v, 0, out);
}

static void clamp(int64_t *v, int64_t len)
{
    if (*v < 0) *v = 0;
    else if (*v > len) *v = len;
}


/* ---- Match objects ---- */
typedef struct {
    Obj base;
    Val string;     /* the subject as given */
    Val subject;    /* what groups are sliced from: str, or bytes */
    Val pattern;    /* the re.Pattern */
    Val code;       /* its _re.Code */
    Val marks;      /* tuple (s0, e0, s1, e1, ...) */
    int64_t pos, endpos, lastindex;
} MatchObj;

extern Type md_type_re_match;
static Val re_expand_fn; /* re._expand(pattern, match, template) */

static MatchObj *as_match(Val v) { return (MatchObj *)(void *)val_obj(v); }

static Val match_new(Val string, Val subject, Val pattern, Val code, const cr_vals *marks, int64_t lastindex,
                     int64_t pos, int64_t endpos)
{
    Val t = vm_tuple_new(marks->len);
    if (!t) return NULL;
    for (size_t i = 0; i < marks->len; i++) vm_tuple_set(t, i, cr_vals_get(marks, i));
    MatchObj *m = vm_alloc_obj(&md_type_re_match, sizeof(MatchObj), CR_SCAN);
    if (!m) return NULL;
    m->string = string;
    m->subject = subject;
    m->pattern = pattern;
    m->code = code;
    m->marks = t;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = lastindex;
    return obj_val(m);
}

/* A match keeps its subject, and a bytearray subject may have shrunk
 * since (m.group() after s[:] = b'xyz'): like CPython's slicing, indices
 * beyond the current end are clamped to it. */
static Val slice_subject(Val subject, int64_t s, int64_t e)
{
    if (vm_is_str(subject)) return vm_str_slice(subject, (size_t)s, (size_t)e);
    cr_span sp = vm_bytes_span(subject);
    if (e > (int64_t)sp.len) e = (int64_t)sp.len;
    if (s > e) s = e;
    return vm_bytes_new(cr_span_sub(sp, (size_t)s, (size_t)(e - s)));
}

static int64_t mark_at(Val marks, size_t i) { return val_small(vm_tuple_get(marks, i)); }

/* The group number of g (int, str name, or __index__), or -1 with IndexError. */
static int64_t group_index(MatchObj *m, Val g)
{
    CodeObj_ *co = as_code(m->code);
    int64_t i = -1;
    if (vm_is_int(g)) {
        if (vm_int_as_i64(g, &i) < 0) {
            vm_err_clear();
            i = -1;
        }
    } else if (vm_is_str(g)) {
        Val v = vm_dict_get(co->groupindex, g);
        if (!v && vm_err_occurred()) return -1;
        if (v) i = val_small(v);
    } else if (!vm_is_float(g) && vm_type_lookup_cstr(vm_typeof(g), "__index__")) {
        Val v = vm_index(g);
        if (!v || vm_int_as_i64(v, &i) < 0) {
            vm_err_clear();
            i = -1;
        }
    }
    if (i < 0 || i >= co->groups) {
        vm_err_str(&vm_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static Val group_value(MatchObj *m, int64_t i, Val dflt)
{
    int64_t s = mark_at(m->marks, (size_t)(2 * i));
    if (s < 0) return dflt;
    return slice_subject(m->subject, s, mark_at(m->marks, (size_t)(2 * i + 1)));
}

static Val match_group(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("group", 0, kwnames, 0, 0)) return NULL;
    MatchObj *m = as_match(self);
    if (nargs == 0) return group_value(m, 0, VM_None);
    if (nargs == 1) {
        int64_t i = group_index(m, args[0]);
        return i < 0 ? NULL : group_value(m, i, VM_None);
    }
    Val t = vm_tuple_new(nargs);
    if (!t) return NULL;
    for (size_t k = 0; k < nargs; k++) {
        int64_t i = group_index(m, args[k]);
        Val v = i < 0 ? NULL : group_value(m, i, VM_None);
        if (!v) return NULL;
        vm_tuple_set(t, k, v);
    }
    return t;
}

static Val match_getitem(Val self, Val key)
{
    MatchObj *m = as_match(self);
    int64_t i = group_index(m, key);
    return i < 0 ? NULL : group_value(m, i, VM_None);
}

static Val match_groups(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"default", NULL};
    Val a[1] = {NULL};
    if (!vm_parse_args("groups", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    MatchObj *m = as_match(self);
    int64_t n = as_code(m->code)->groups;
    Val t = vm_tuple_new((size_t)(n - 1));
    if (!t) return NULL;
    for (int64_t i = 1; i < n; i++) {
        Val v = group_value(m, i, a[0] ? a[0] : VM_None);
        if (!v) return NULL;
        vm_tuple_set(t, (size_t)(i - 1), v);
    }
    return t;
}

static Val match_groupdict(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"default", NULL};
    Val a[1] = {NULL};
    if (!vm_parse_args("groupdict", args, nargs, kwnames, kw, 0, 0, 1, a)) return NULL;
    MatchObj *m = as_match(self);
    Val d = vm_dict_new();
    if (!d) return NULL;
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(as_code(m->code)->groupindex, &pos, &k, &v)) {
        Val g = group_value(m, val_small(v), a[0] ? a[0] : VM_None);
        if (!g || vm_dict_set(d, k, g) < 0) return NULL;
    }
    return d;
}

/* start / end / span: which 0, 1, 2. */
static Val match_pos(Val self, Val *args, size_t nargs, Val kwnames, const char *name, int which)
{
    if (!vm_check_nargs(name, nargs, kwnames, 0, 1)) return NULL;
    MatchObj *m = as_match(self);
    int64_t i = nargs ? group_index(m, args[0]) : 0;
    if (i < 0) return NULL;
    int64_t s = mark_at(m->marks, (size_t)(2 * i)), e = mark_at(m->marks, (size_t)(2 * i + 1));
    if (which == 0) return vm_int_from_i64(s);
    if (which == 1) return vm_int_from_i64(e);
    return vm_tuple_pack(2, vm_int_from_i64(s), vm_int_from_i64(e));
}
static Val match_start(Val self, Val *args, size_t nargs, Val kwnames) { return match_pos(self, args, nargs, kwnames, "start", 0); }
static Val match_end(Val self, Val *args, size_t nargs, Val kwnames) { return match_pos(self, args, nargs, kwnames, "end", 1); }
static Val match_span(Val self, Val *args, size_t nargs, Val kwnames) { return match_pos(self, args, nargs, kwnames, "span", 2); }

static Val match_expand(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("expand", nargs, kwnames, 1, 1)) return NULL;
    if (!re_expand_fn) return vm_err_str(&vm_exc_RuntimeError, "_re: expand hook not set");
    Val a[3] = {as_match(self)->pattern, self, args[0]};
    return vm_call(re_expand_fn, a, 3, NULL);
}

static Val match_self(Val self, Val *args, size_t nargs, Val kwnames) { return self; }

static Val match_repr(Val self)
{
    MatchObj *m = as_match(self);
    Val g = group_value(m, 0, VM_None);
    Val r = g ? vm_repr(g) : NULL;
    if (!r) return NULL;
    if (vm_str_len(r) > 50) r = vm_str_slice(r, 0, 50);
    if (!r) return NULL;
    return vm_str_fmt("<re.Match object; span=(%lld, %lld), match=%U>", (long long)mark_at(m->marks, 0),
                      (long long)mark_at(m->marks, 1), r);
}

static Val match_get_string(Val self) { return as_match(self)->string; }
static Val match_get_re(Val self) { return as_match(self)->pattern; }
static Val match_get_pos(Val self) { return vm_int_from_i64(as_match(self)->pos); }
static Val match_get_endpos(Val self) { return vm_int_from_i64(as_match(self)->endpos); }
static Val match_get_lastindex(Val self)
{
    int64_t i = as_match(self)->lastindex;
    return i < 0 ? VM_None : vm_int_from_i64(i);
}
static Val match_get_lastgroup(Val self)
{
    MatchObj *m = as_match(self);
    if (m->lastindex < 0) return VM_None;
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(as_code(m->code)->groupindex, &pos, &k, &v))
        if (val_small(v) == m->lastindex) return k;
    return VM_None;
}
static Val match_get_regs(Val self)
{
    MatchObj *m = as_match(self);
    size_t n = vm_tuple_len(m->marks) / 2;
    Val t = vm_tuple_new(n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) {
        Val p = vm_tuple_pack(2, vm_tuple_get(m->marks, 2 * i), vm_tuple_get(m->marks, 2 * i + 1));
        if (!p) return NULL;
        vm_tuple_set(t, i, p);
    }
    return t;
}

static Val match_new_slot(Type *t, Val *args, size_t nargs, Val kwnames)
{
    return vm_err_str(&vm_exc_TypeError, "cannot create 're.Match' instances");
}

static const vm_methoddef match_methods[] = {
    {"group", match_group, 0, NULL},
    {"groups", match_groups, 0, NULL},
    {"groupdict", match_groupdict, 0, NULL},
    {"start", match_start, 0, NULL},
    {"end", match_end, 0, NULL},
    {"span", match_span, 0, NULL},
    {"expand", match_expand, 0, NULL},
    {"__copy__", match_self, 0, NULL},
    {"__deepcopy__", match_self, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const vm_getsetdef match_getsets[] = {
    {"string", match_get_string, NULL},
    {"re", match_get_re, NULL},
    {"pos", match_get_pos, NULL},
    {"endpos", match_get_endpos, NULL},
    {"lastindex", match_get_lastindex, NULL},
    {"lastgroup", match_get_lastgroup, NULL},
    {"regs", match_get_regs, NULL},
    {NULL, NULL, NULL},
};
Type md_type_re_match = {.base = {&vm_type_type}, .name = "re.Match", .basicsize = sizeof(MatchObj),
                         .repr = match_repr, .getitem = match_getitem, .new_ = match_new_slot,
                         .methods = match_methods, .getsets = match_getsets};

static bool exec_args(CodeObj_ *co, Val *args, ReSubject *subj, Val *holder, int64_t *pos, int64_t *endpos)
{
    if (!get_subject(args[0], co->istext, subj, holder)) return false;
    if (!get_index(args[1], 0, pos) || !get_index(args[2], (int64_t)subj->len, endpos)) return false;
    clamp(pos, (int64_t)subj->len);
    clamp(endpos, (int64_t)subj->len);
    return true;
}

/* code.exec(string, pos, endpos, mode, pattern[, reported_pos]) -> Match or None */
static Val code_exec(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("exec", nargs, kwnames, 5, 6)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t pos, endpos, mode;
    if (!exec_args(co, args, &subj, &holder, &pos, &endpos) || !get_index(args[3], 0, &mode)) return NULL;
    static cr_vals marks; /* reused: the result is copied into a tuple */
    int64_t lastindex = -1;
    int r = re_exec(co->prog, &subj, (size_t)pos, (size_t)endpos, (int)mode, &marks, &lastindex);
    if (r < 0) return NULL;
    if (r == 0) return VM_None;
    int64_t rpos = pos;
    if (nargs > 5 && !get_index(args[5], pos, &rpos)) return NULL;
    return match_new(args[0], holder, args[4], self, &marks, lastindex, rpos, endpos);
}

/* Successive non-overlapping matches (CPython's must_advance rule after an
 * empty match), calling fn for each; at most limit (0: no limit). */
typedef int (*each_fn)(void *ctx, const cr_vals *marks, int64_t lastindex);

static int scan(CodeObj_ *co, const ReSubject *subj, int64_t pos, int64_t endpos, int64_t limit, each_fn fn, void *ctx)
{
    static cr_vals marks;
    bool adv = false;
    int64_t n = 0;
    while (pos <= endpos && (limit <= 0 || n < limit)) {
        int64_t lastindex = -1;
        int r = re_exec(co->prog, subj, (size_t)pos, (size_t)endpos, RE_MODE_SEARCH | (adv ? RE_MODE_ADVANCE : 0),
                        &marks, &lastindex);
        if (r < 0) return -1;
        if (r == 0) break;
        /* fn may run Python code that matches again (a sub callback): read
         * the span first, the static marks may be reused meanwhile. */
        int64_t b = val_small(cr_vals_get(&marks, 0)), e = val_small(cr_vals_get(&marks, 1));
        if (fn(ctx, &marks, lastindex) < 0) return -1;
        n++;
        adv = e == b;
        pos = e;
    }
    return 0;
}

typedef struct {
    CodeObj_ *co;
    Val subject, out, empty;
} FindCtx;

static Val group_or(Val subject, const cr_vals *marks, int64_t i, Val dflt)
{
    int64_t s = val_small(cr_vals_get(marks, (size_t)(2 * i)));
    if (s < 0) return dflt;
    return slice_subject(subject, s, val_small(cr_vals_get(marks, (size_t)(2 * i + 1))));
}

static int findall_one(void *vctx, const cr_vals *marks, int64_t lastindex)
{
    FindCtx *c = vctx;
    int64_t n = c->co->groups - 1;
    Val item;
    if (n == 0) item = group_or(c->subject, marks, 0, c->empty);
    else if (n == 1) item = group_or(c->subject, marks, 1, c->empty);
    else {
        item = vm_tuple_new((size_t)n);
        for (int64_t i = 1; item && i <= n; i++) {
            Val g = group_or(c->subject, marks, i, c->empty);
            if (!g) return -1;
            vm_tuple_set(item, (size_t)(i - 1), g);
        }
    }
    if (!item) return -1;
    return vm_list_append(c->out, item);
}

static Val empty_of(Val subject) { return vm_is_str(subject) ? vm_str_empty() : vm_bytes_new(cr_span_make(NULL, 0)); }

/* code.findall(string, pos, endpos) */
static Val code_findall(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("findall", nargs, kwnames, 3, 3)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t pos, endpos;
    if (!exec_args(co, args, &subj, &holder, &pos, &endpos)) return NULL;
    FindCtx c = {co, holder, vm_list_new(0), empty_of(holder)};
    if (!c.out || !c.empty || scan(co, &subj, pos, endpos, 0, findall_one, &c) < 0) return NULL;
    return c.out;
}

typedef struct {
    CodeObj_ *co;
    Val subject, out;
    int64_t last;
} SplitCtx;

static int split_one(void *vctx, const cr_vals *marks, int64_t lastindex)
{
    SplitCtx *c = vctx;
    int64_t b = val_small(cr_vals_get(marks, 0));
    Val piece = slice_subject(c->subject, c->last, b);
    if (!piece || vm_list_append(c->out, piece) < 0) return -1;
    for (int64_t i = 1; i < c->co->groups; i++) {
        Val g = group_or(c->subject, marks, i, VM_None);
        if (!g || vm_list_append(c->out, g) < 0) return -1;
    }
    c->last = val_small(cr_vals_get(marks, 1));
    return 0;
}

/* code.split(string, maxsplit) */
static Val code_split(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("split", nargs, kwnames, 2, 2)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t maxsplit;
    if (!get_subject(args[0], co->istext, &subj, &holder) || !get_ssize(args[1], &maxsplit)) return NULL;
    SplitCtx c = {co, holder, vm_list_new(0), 0};
    if (!c.out) return NULL;
    if (maxsplit >= 0 && scan(co, &subj, 0, (int64_t)subj.len, maxsplit, split_one, &c) < 0) return NULL;
    Val tail = slice_subject(holder, c.last, (int64_t)subj.len);
    if (!tail || vm_list_append(c.out, tail) < 0) return NULL;
    return c.out;
}

/* A str result is built in one buffer, not as a list of pieces joined at
 * the end: sub() over a large text made ~20 bytes of piece objects per
 * byte of result live at once.  bytes results keep the list (join accepts
 * any buffer).  items counts the pieces the list would hold, for the
 * "sequence item N" of a join's TypeError, which CPython reports. */
typedef struct {
    CodeObj_ *co;
    Val string, subject, pattern, code, out, empty;
    Val repl;      /* callable, or NULL */
    Val groups, literals; /* the template (lists), when repl is NULL */
    int64_t last, count;
    bool text;     /* subject is a str: pieces go to buf */
    cr_buf buf;
    int64_t items;
} SubCtx;

static int sub_emit(SubCtx *c, Val piece)
{
    int64_t item = c->items++;
    if (!c->text) return vm_list_append(c->out, piece);
    if (!vm_is_str(piece)) {
        vm_err_fmt(&vm_exc_TypeError, "sequence item %lld: expected str instance, %T found", (long long)item, piece);
        return -1;
    }
    if (!cr_buf_append(&c->buf, vm_str_span(piece))) {
        vm_err_nomem();
        return -1;
    }
    return 0;
}

/* The subject's [s, e) as a piece: straight from its text when it is ASCII
 * (code point = byte offsets), without making a str. */
static int sub_emit_slice(SubCtx *c, int64_t s, int64_t e)
{
    if (c->text && vm_str_is_ascii(c->subject)) {
        c->items++;
        if (cr_buf_append(&c->buf, cr_span_sub(vm_str_span(c->subject), (size_t)s, (size_t)(e - s)))) return 0;
        vm_err_nomem();
        return -1;
    }
    Val piece = slice_subject(c->subject, s, e);
    return piece ? sub_emit(c, piece) : -1;
}

static int sub_one(void *vctx, const cr_vals *marks, int64_t lastindex)
{
    SubCtx *c = vctx;
    int64_t b = val_small(cr_vals_get(marks, 0)), e = val_small(cr_vals_get(marks, 1));
    if (c->last < b && sub_emit_slice(c, c->last, b) < 0) return -1;
    if (c->repl) {
        Val m = match_new(c->string, c->subject, c->pattern, c->code, marks, lastindex, 0,
                          (int64_t)vm_len(c->subject));
        Val item = m ? vm_call1(c->repl, m) : NULL;
        if (!item) return -1;
        if (item != VM_None && sub_emit(c, item) < 0) return -1;
    } else {
        size_t nl = vm_list_len(c->literals), ng = vm_list_len(c->groups);
        size_t gi = 0;
        for (size_t k = 0; k < nl; k++) {
            Val lit = vm_list_get(c->literals, k);
            if (lit == VM_None && gi < ng) {
                /* (index, group) pairs are in literal order */
                Val pair = vm_list_get(c->groups, gi++);
                int64_t g = val_small(vm_tuple_get(pair, 1));
                if (g >= c->co->groups) {
                    Val exc = vm_call1(re_error_cls, vm_str_fmt("invalid group reference %lld", (long long)g));
                    if (exc) vm_err_set_val(exc);
                    return -1;
                }
                int64_t gs = val_small(cr_vals_get(marks, (size_t)(2 * g)));
                int64_t ge = val_small(cr_vals_get(marks, (size_t)(2 * g + 1)));
                if (gs < 0) {
                    if (sub_emit(c, c->empty) < 0) return -1;
                } else if (sub_emit_slice(c, gs, ge) < 0) {
                    return -1;
                }
                continue;
            }
            if (sub_emit(c, lit) < 0) return -1;
        }
    }
    c->last = e;
    c->count++;
    return 0;
}

/* code.sub(repl, string, count, pattern, template) -> (result, n); template
 * is (groups, literals) from re._compile_template, or None for a callable. */
static Val code_sub(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("sub", nargs, kwnames, 5, 5)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t count;
    if (!get_subject(args[1], co->istext, &subj, &holder) || !get_ssize(args[2], &count)) return NULL;
    SubCtx c = {0};
    c.co = co;
    c.string = args[1];
    c.subject = holder;
    c.pattern = args[3];
    c.code = self;
    c.out = vm_list_new(0);
    c.empty = empty_of(holder);
    c.text = vm_is_str(holder);
    cr_buf_init(&c.buf);
    if (!c.out || !c.empty) return NULL;
    if (args[4] == VM_None) {
        c.repl = args[0];
    } else {
        c.groups = vm_tuple_get(args[4], 0);
        c.literals = vm_tuple_get(args[4], 1);
        if (!vm_is_list(c.groups) || !vm_is_list(c.literals)) return vm_err_str(&vm_exc_TypeError, "bad template");
    }
    if (count >= 0 && scan(co, &subj, 0, (int64_t)subj.len, count, sub_one, &c) < 0) return NULL;
    if (c.last < (int64_t)subj.len && sub_emit_slice(&c, c.last, (int64_t)subj.len) < 0) return NULL;
    Val joined;
    if (c.text && c.count == 0 && vm_typeof(holder) == &vm_type_str) joined = holder; /* CPython returns it as is */
    else joined = c.text ? vm_str_from_buf(&c.buf) : vm_call_method(c.empty, "join", &c.out, 1);
    if (!joined) return NULL;
    return vm_tuple_pack(2, joined, vm_int_from_i64(c.count));
}

/* match / search / fullmatch(string, pos=0, endpos=sys.maxsize): the
 * methods of re.Pattern (a subclass of _re.Code defined in re.py). */
static Val code_run(Val self, Val *args, size_t nargs, Val kwnames, const char *name, int mode)
{
    static const char *const kw[] = {"string", "pos", "endpos", NULL};
    Val a[3] = {NULL, NULL, NULL};
    if (!vm_parse_args(name, args, nargs, kwnames, kw, 0, 1, 3, a)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t pos, endpos;
    if (!get_subject(a[0], co->istext, &subj, &holder)) return NULL;
    if (!get_index(a[1], 0, &pos) || !get_index(a[2], (int64_t)subj.len, &endpos)) return NULL;
    clamp(&pos, (int64_t)subj.len);
    clamp(&endpos, (int64_t)subj.len);
    static cr_vals marks;
    int64_t lastindex = -1;
    int r = re_exec(co->prog, &subj, (size_t)pos, (size_t)endpos, mode, &marks, &lastindex);
    if (r < 0) return NULL;
    if (r == 0) return VM_None;
    return match_new(a[0], holder, self, self, &marks, lastindex, pos, endpos);
}
static Val code_match(Val self, Val *args, size_t nargs, Val kwnames) { return code_run(self, args, nargs, kwnames, "match", RE_MODE_MATCH); }
static Val code_search(Val self, Val *args, size_t nargs, Val kwnames) { return code_run(self, args, nargs, kwnames, "search", RE_MODE_SEARCH); }
static Val code_fullmatch(Val self, Val *args, size_t nargs, Val kwnames) { return code_run(self, args, nargs, kwnames, "fullmatch", RE_MODE_FULL); }

static Val code_findall_kw(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"string", "pos", "endpos", NULL};
    Val a[3] = {NULL, NULL, NULL};
    if (!vm_parse_args("findall", args, nargs, kwnames, kw, 0, 1, 3, a)) return NULL;
    if (!a[1]) a[1] = vm_int_from_i64(0);
    if (!a[2]) a[2] = VM_None;
    return code_findall(self, a, 3, NULL);
}

static Val code_split_kw(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"string", "maxsplit", NULL};
    Val a[2] = {NULL, NULL};
    if (!vm_parse_args("split", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    if (!a[1]) a[1] = vm_int_from_i64(0);
    return code_split(self, a, 2, NULL);
}

/* ---- finditer / scanner: an iterator over successive matches ---- */
typedef struct {
    Obj base;
    Val string, holder, pattern;
    int64_t pos0, pos, endpos;
    bool adv, done;
} IterObj;

extern Type md_type_re_iter, md_type_re_scanner;

/* The next match (mode: RE_MODE_SEARCH or RE_MODE_MATCH), None at the end. */
static Val iter_step(IterObj *it, int mode)
{
    if (it->done || it->pos > it->endpos) {
        it->done = true;
        return VM_None;
    }
    CodeObj_ *co = as_code(it->pattern);
    ReSubject subj;
    Val holder;
    if (!get_subject(it->string, co->istext, &subj, &holder)) return NULL;
    static cr_vals marks;
    int64_t lastindex = -1;
    int r = re_exec(co->prog, &subj, (size_t)it->pos, (size_t)it->endpos, mode | (it->adv ? RE_MODE_ADVANCE : 0),
                    &marks, &lastindex);
    if (r < 0) return NULL;
    if (r == 0) {
        it->done = true;
        return VM_None;
    }
    int64_t b = val_small(cr_vals_get(&marks, 0)), e = val_small(cr_vals_get(&marks, 1));
    it->adv = e == b;
    it->pos = e;
    return match_new(it->string, holder, it->pattern, it->pattern, &marks, lastindex, it->pos0, it->endpos);
}

static Val iter_next(Val self)
{
    Val m = iter_step((IterObj *)(void *)val_obj(self), RE_MODE_SEARCH);
    return m == VM_None ? NULL : m;
}
static Val iter_search(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("search", nargs, kwnames, 0, 0)) return NULL;
    return iter_step((IterObj *)(void *)val_obj(self), RE_MODE_SEARCH);
}
static Val iter_match(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("match", nargs, kwnames, 0, 0)) return NULL;
    return iter_step((IterObj *)(void *)val_obj(self), RE_MODE_MATCH);
}
static Val iter_get_pattern(Val self) { return ((IterObj *)(void *)val_obj(self))->pattern; }
static Val iter_self(Val self) { return self; }

static const vm_methoddef iter_methods[] = {
    {"search", iter_search, 0, NULL},
    {"match", iter_match, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const vm_getsetdef iter_getsets[] = {
    {"pattern", iter_get_pattern, NULL},
    {NULL, NULL, NULL},
};
/* finditer's iterator (CPython: a callable_iterator over a scanner) and
 * Pattern.scanner's object share the layout. */
Type md_type_re_iter = {.base = {&vm_type_type}, .name = "callable_iterator", .basicsize = sizeof(IterObj),
                        .iter = iter_self, .iternext = iter_next};
Type md_type_re_scanner = {.base = {&vm_type_type}, .name = "_sre.SRE_Scanner", .basicsize = sizeof(IterObj),
                           .methods = iter_methods, .getsets = iter_getsets};

/* finditer / scanner(string, pos=0, endpos=sys.maxsize) */
static Val code_iter(Val self, Val *args, size_t nargs, Val kwnames, const char *name, Type *t)
{
    static const char *const kw[] = {"string", "pos", "endpos", NULL};
    Val a[3] = {NULL, NULL, NULL};
    if (!vm_parse_args(name, args, nargs, kwnames, kw, 0, 1, 3, a)) return NULL;
    CodeObj_ *co = as_code(self);
    ReSubject subj;
    Val holder;
    int64_t pos, endpos;
    if (!get_subject(a[0], co->istext, &subj, &holder)) return NULL;
    if (!get_index(a[1], 0, &pos) || !get_index(a[2], (int64_t)subj.len, &endpos)) return NULL;
    clamp(&pos, (int64_t)subj.len);
    clamp(&endpos, (int64_t)subj.len);
    IterObj *it = vm_alloc_obj(t, sizeof(IterObj), CR_SCAN);
    if (!it) return NULL;
    it->string = a[0];
    it->holder = holder;
    it->pattern = self;
    it->pos0 = it->pos = pos;
    it->endpos = endpos;
    return obj_val(it);
}
static Val code_finditer(Val self, Val *args, size_t nargs, Val kwnames) { return code_iter(self, args, nargs, kwnames, "finditer", &md_type_re_iter); }
static Val code_scanner(Val self, Val *args, size_t nargs, Val kwnames) { return code_iter(self, args, nargs, kwnames, "scanner", &md_type_re_scanner); }

static Val code_new_slot(Type *t, Val *args, size_t nargs, Val kwnames)
{
    return vm_err_str(&vm_exc_TypeError, "cannot create 're.Pattern' instances");
}

static Val code_get_groups(Val self) { return vm_int_from_i64(as_code(self)->groups - 1); }
static Val code_get_groupindex(Val self) { return as_code(self)->groupindex; }
static Val code_get_flags(Val self) { return vm_int_from_i64(as_code(self)->flags); }
static Val code_get_pattern(Val self) { return as_code(self)->pattern; }

static const vm_methoddef code_methods[] = {
    {"_exec", code_exec, 0, NULL},
    {"_findall", code_findall, 0, NULL},
    {"_split", code_split, 0, NULL},
    {"_sub", code_sub, 0, NULL},
    {"match", code_match, 0, NULL},
    {"search", code_search, 0, NULL},
    {"fullmatch", code_fullmatch, 0, NULL},
    {"findall", code_findall_kw, 0, NULL},
    {"split", code_split_kw, 0, NULL},
    {"finditer", code_finditer, 0, NULL},
    {"scanner", code_scanner, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const vm_getsetdef code_getsets[] = {
    {"groups", code_get_groups, NULL},
    {"_groupindex", code_get_groupindex, NULL},
    {"flags", code_get_flags, NULL},
    {"pattern", code_get_pattern, NULL},
    {NULL, NULL, NULL},
};
Type md_type_re_code = {.base = {&vm_type_type}, .name = "_re.Code", .basicsize = sizeof(CodeObj_),
                        .flags = VM_TF_BASETYPE, .new_ = code_new_slot,
                        .methods = code_methods, .getsets = code_getsets};

static Val re_compile_fn(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("compile", nargs, kwnames, 3, 3)) return NULL;
    if (!vm_isinstance_t(args[2], &vm_type_type) || !vm_is_subtype((Type *)(void *)val_obj(args[2]), &md_type_re_code))
        return vm_err_str(&vm_exc_TypeError, "compile: a subclass of _re.Code is required");
    Val pattern = args[0];
    int64_t flags;
    if (!vm_as_ssize(args[1], &flags, &vm_exc_OverflowError)) return NULL;
    if (!vm_is_str(pattern) && !vm_is_bytes(pattern))
        return vm_err_str(&vm_exc_TypeError, "first argument must be string or compiled pattern");
    if (!re_error_cls) return vm_err_str(&vm_exc_RuntimeError, "_re: error class not set");
    ReParsed pp;
    if (!re_parse(pattern, (int)flags, re_error_cls, &pp)) return NULL;
    ReProg *prog = re_compile(&pp, re_error_cls);
    if (!prog) return NULL;
    Val inst = vm_alloc_instance((Type *)(void *)val_obj(args[2]));
    if (!inst) return NULL;
    CodeObj_ *co = as_code(inst);
    co->prog = prog;
    co->pattern = pattern;
    co->groupindex = pp.groupindex;
    co->groups = pp.groups;
    co->flags = pp.flags;
    co->istext = pp.istext;
    return obj_val(co);
}

static Val re_set_error(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("set_error", nargs, kwnames, 1, 3)) return NULL;
    re_error_cls = args[0];
    if (nargs > 1) re_warn_fn = args[1];
    if (nargs > 2) re_expand_fn = args[2];
    return VM_None;
}

static const vm_methoddef re_functions[] = {
    {"compile", re_compile_fn, 0, NULL},
    {"set_error", re_set_error, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int re_init(Val module)
{
    static bool rooted;
    if (!rooted) {
        rooted = true;
        cr_gc_add_root(&re_error_cls);
        cr_gc_add_root(&re_warn_fn);
        cr_gc_add_root(&re_expand_fn);
        cr_gc_add_root(&cached_str);
        cr_gc_add_root(&cached_subj.cps.items);
    }
    if (!md_type_re_code.mro && vm_type_ready(&md_type_re_code) < 0) return -1;
    if (!md_type_re_match.mro && vm_type_ready(&md_type_re_match) < 0) return -1;
    if (!md_type_re_iter.mro && vm_type_ready(&md_type_re_iter) < 0) return -1;
    if (!md_type_re_scanner.mro && vm_type_ready(&md_type_re_scanner) < 0) return -1;
    if (vm_dict_set_cstr(((ModuleObj *)(void *)val_obj(module))->dict, "Match", obj_val(&md_type_re_match)) < 0)
        return -1;
    if (vm_module_add_functions(module, re_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_dict_set_cstr(d, "MAXREPEAT", vm_int_from_i64(RE_MAXREPEAT)) < 0) return -1;
    if (vm_dict_set_cstr(d, "MAXGROUPS", vm_int_from_i64(RE_MAXGROUPS)) < 0) return -1;
    return vm_dict_set_cstr(d, "Code", obj_val(&md_type_re_code));
}

int md_re_register(void)
{
    vm_register_builtin_module("_re", re_init);
    return 0;
}
