/* The methods of str (searching, splitting, case mapping, predicates,
 * padding, translation).  Semantics and messages follow CPython 3.11's
 * Objects/unicodeobject.c. */
#include "vm/str.h"

#include "vm/unicode_db.h"

/* ---------------------------------------------------------------------- */
/* Argument helpers (CPython's three message styles)                       */

/* Methods without keyword parameters: the method descriptor's message. */
static bool no_kw(const char *name, Val kwnames, bool qualified)
{
    (void)qualified;
    if (kwnames && vm_tuple_len(kwnames) > 0) {
        vm_err_fmt(&vm_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

/* METH_NOARGS */
static bool noargs(const char *name, size_t nargs, Val kwnames)
{
    if (!no_kw(name, kwnames, true)) return false;
    if (nargs != 0) {
        vm_err_fmt(&vm_exc_TypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

/* METH_O */
static bool onearg(const char *name, size_t nargs, Val kwnames)
{
    if (!no_kw(name, kwnames, true)) return false;
    if (nargs != 1) {
        vm_err_fmt(&vm_exc_TypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
        return false;
    }
    return true;
}

/* Argument Clinic positional-only (_PyArg_CheckPositional). */
static bool posargs(const char *name, size_t nargs, Val kwnames, size_t min, size_t max)
{
    if (!no_kw(name, kwnames, false)) return false;
    if (nargs < min || nargs > max) {
        size_t lim = nargs < min ? min : max;
        vm_err_fmt(&vm_exc_TypeError, "%s expected %s%zu argument%s, got %zu", name,
                   min == max ? "" : nargs < min ? "at least " : "at most ", lim, lim == 1 ? "" : "s",
                   nargs);
        return false;
    }
    return true;
}

/* PyArg_ParseTuple "O|OO:name" */
static bool tupleargs(const char *name, size_t nargs, Val kwnames, size_t min, size_t max)
{
    if (!no_kw(name, kwnames, false)) return false;
    if (nargs < min || nargs > max) {
        size_t lim = nargs < min ? min : max;
        vm_err_fmt(&vm_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name,
                   min == max ? "exactly" : nargs < min ? "at least" : "at most", lim, lim == 1 ? "" : "s",
                   nargs);
        return false;
    }
    return true;
}

static bool has_index(Val v)
{
    if (vm_is_int(v)) return true;
    const vm_numberslots *n = vm_typeof(v)->num;
    return n && n->index;
}

/* An integer argument converted like PyNumber_AsSsize_t(v, OverflowError)
 * with CPython's message for the C type (bits 32: int, 64: ssize_t). */
static bool int_arg(Val v, int64_t *out, int bits)
{
    Val i = vm_index(v);
    if (!i) return false;
    int64_t x;
    if (vm_int_as_i64(i, &x) < 0 || (bits == 32 && (x > INT32_MAX || x < INT32_MIN))) {
        vm_err_clear();
        vm_err_str(&vm_exc_OverflowError, bits == 32 ? "Python int too large to convert to C int"
                                                     : "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = x;
    return true;
}

/* _PyEval_SliceIndex: None keeps the default; huge values are clipped. */
static bool slice_index(Val v, int64_t *out)
{
    if (!v || v == VM_None) return true;
    if (!has_index(v)) {
        vm_err_str(&vm_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Val i = vm_index(v);
    if (!i) return false;
    if (vm_int_as_i64(i, out) < 0) {
        vm_err_clear();
        *out = vm_int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    return true;
}

/* Argument Clinic's _PyArg_BadArgument names None "None", not "NoneType". */
static const char *arg_tname(Val v) { return v == VM_None ? "None" : vm_tname(v); }

static Val need_str(Val v)
{
    return vm_err_fmt(&vm_exc_TypeError, "must be str, not %.100s", vm_tname(v));
}

/* ---------------------------------------------------------------------- */
/* Building results                                                        */

/* The substring of s at bytes [b0, b1). */
static Val sub_bytes(Val s, size_t b0, size_t b1)
{
    StrObj *o = vm_str_obj(s);
    if (b0 == 0 && b1 == o->nbytes && vm_is_type(s, &vm_type_str)) return s;
    cr_span t = cr_span_sub(vm_str_span(s), b0, b1 - b0);
    if (o->flags & VM_STR_ASCII) return vm_str_from_known(t, t.len, true);
    size_t n = vm_utf8_count_range(t, 0, t.len);
    return vm_str_from_known(t, n, n == t.len);
}

static Val exact_or_copy(Val s) { return vm_str_exact(s); }

/* Resolved [start, end) in code points and bytes for the find family. */
typedef struct {
    int64_t start, end;   /* code points, after ADJUST_INDICES */
    size_t bstart, bend;  /* bytes */
} range_t;

static void adjust_indices(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

static void resolve_bytes(Val s, range_t *r)
{
    int64_t len = (int64_t)vm_str_len(s);
    r->bstart = r->start <= len ? vm_str_byte_offset(s, (size_t)r->start) : vm_str_obj(s)->nbytes;
    r->bend = r->end >= r->start && r->end <= len ? vm_str_byte_offset(s, (size_t)r->end) : r->bstart;
    if (r->end < r->start) r->bend = r->bstart;
}

/* Code point index of byte offset b (b at a code point boundary). */
static int64_t cp_index(Val s, const range_t *r, size_t b)
{
    if (vm_str_is_ascii(s)) return (int64_t)b;
    return r->start + (int64_t)vm_utf8_count_range(vm_str_span(s), r->bstart, b);
}

/* Parse (sub[, start[, end]]) for find/index/count. */
static bool parse_finds(const char *name, Val self, Val *args, size_t nargs, Val kwnames, Val *sub,
                        range_t *r)
{
    if (!tupleargs(name, nargs, kwnames, 1, 3)) return false;
    *sub = vm_str_arg(args, nargs, 0);
    r->start = 0;
    r->end = INT64_MAX / 2;
    if (nargs > 1 && !slice_index(vm_str_arg(args, nargs, 1), &r->start)) return false;
    if (nargs > 2 && !slice_index(vm_str_arg(args, nargs, 2), &r->end)) return false;
    if (!vm_is_str(*sub)) {
        need_str(*sub);
        return false;
    }
    adjust_indices(&r->start, &r->end, (int64_t)vm_str_len(self));
    resolve_bytes(self, r);
    return true;
}

static int64_t do_find(Val self, Val sub, range_t *r, bool reverse)
{
    int64_t len = (int64_t)vm_str_len(self), sublen = (int64_t)vm_str_len(sub);
    if (r->start > len || r->end - r->start < sublen) return -1;
    cr_span t = vm_str_span(self), n = vm_str_span(sub);
    int64_t b = reverse ? vm_bytes_rfind(t, n, r->bstart, r->bend) : vm_bytes_find(t, n, r->bstart, r->bend);
    if (b < 0) return -1;
    return cp_index(self, r, (size_t)b);
}

static Val find_common(const char *name, Val self, Val *args, size_t nargs, Val kwnames, bool reverse,
                       bool raise)
{
    Val sub;
    range_t r;
    if (!parse_finds(name, self, args, nargs, kwnames, &sub, &r)) return NULL;
    int64_t i = do_find(self, sub, &r, reverse);
    if (i < 0 && raise) return vm_err_str(&vm_exc_ValueError, "substring not found");
    return vm_int_from_i64(i);
}

static Val m_find(Val self, Val *a, size_t n, Val kw) { return find_common("find", self, a, n, kw, false, false); }
static Val m_rfind(Val self, Val *a, size_t n, Val kw) { return find_common("rfind", self, a, n, kw, true, false); }
static Val m_index(Val self, Val *a, size_t n, Val kw) { return find_common("index", self, a, n, kw, false, true); }
static Val m_rindex(Val self, Val *a, size_t n, Val kw) { return find_common("rindex", self, a, n, kw, true, true); }

static Val m_count(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val sub;
    range_t r;
    if (!parse_finds("count", self, args, nargs, kwnames, &sub, &r)) return NULL;
    int64_t len = (int64_t)vm_str_len(self), sublen = (int64_t)vm_str_len(sub);
    if (r.start > len || r.end - r.start < sublen) return val_from_small(0);
    if (sublen == 0) return vm_int_from_i64(r.end - r.start + 1);
    return vm_int_from_u64(vm_bytes_count(vm_str_span(self), vm_str_span(sub), r.bstart, r.bend, (size_t)-1));
}

/* startswith / endswith */
static int tailmatch(Val self, Val sub, int64_t start, int64_t end, bool suffix)
{
    int64_t len = (int64_t)vm_str_len(self), sublen = (int64_t)vm_str_len(sub);
    adjust_indices(&start, &end, len);
    end -= sublen;
    if (end < start) return 0;
    if (sublen == 0) return 1;
    int64_t at = suffix ? end : start;
    size_t b = vm_str_byte_offset(self, (size_t)at);
    cr_span t = vm_str_span(self), n = vm_str_span(sub);
    if (b + n.len > t.len) return 0;
    return cr_span_eq(cr_span_sub(t, b, n.len), n);
}

static Val starts_ends(const char *name, Val self, Val *args, size_t nargs, Val kwnames, bool suffix)
{
    if (!tupleargs(name, nargs, kwnames, 1, 3)) return NULL;
    int64_t start = 0, end = INT64_MAX / 2;
    if (nargs > 1 && !slice_index(vm_str_arg(args, nargs, 1), &start)) return NULL;
    if (nargs > 2 && !slice_index(vm_str_arg(args, nargs, 2), &end)) return NULL;
    Val x = vm_str_arg(args, nargs, 0);
    if (vm_is_tuple(x)) {
        for (size_t i = 0; i < vm_tuple_len(x); i++) {
            Val sub = vm_tuple_get(x, i);
            if (!vm_is_str(sub))
                return vm_err_fmt(&vm_exc_TypeError, "tuple for %s must only contain str, not %.100s", name,
                                  vm_tname(sub));
            if (tailmatch(self, sub, start, end, suffix)) return VM_True;
        }
        return VM_False;
    }
    if (!vm_is_str(x))
        return vm_err_fmt(&vm_exc_TypeError, "%s first arg must be str or a tuple of str, not %.100s", name,
                          vm_tname(x));
    return vm_bool(tailmatch(self, x, start, end, suffix));
}

static Val m_startswith(Val self, Val *a, size_t n, Val kw) { return starts_ends("startswith", self, a, n, kw, false); }
static Val m_endswith(Val self, Val *a, size_t n, Val kw) { return starts_ends("endswith", self, a, n, kw, true); }

/* ---------------------------------------------------------------------- */
/* replace                                                                 */

static Val m_replace(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!posargs("replace", nargs, kwnames, 2, 3)) return NULL;
    Val old = vm_str_arg(args, nargs, 0), new_ = vm_str_arg(args, nargs, 1);
    if (!vm_is_str(old))
        return vm_err_fmt(&vm_exc_TypeError, "replace() argument 1 must be str, not %.100s", arg_tname(old));
    if (!vm_is_str(new_))
        return vm_err_fmt(&vm_exc_TypeError, "replace() argument 2 must be str, not %.100s", arg_tname(new_));
    int64_t count = -1;
    if (nargs > 2 && !int_arg(vm_str_arg(args, nargs, 2), &count, 64)) return NULL;
    size_t maxcount = count < 0 ? (size_t)-1 : (size_t)count;
    cr_span t = vm_str_span(self), o = vm_str_span(old), nw = vm_str_span(new_);
    cr_buf b;
    cr_buf_init(&b);
    size_t done = 0;
    if (maxcount == 0) return exact_or_copy(self);
    if (o.len == 0) {
        /* Insert new before every character and at the end. */
        size_t pos = 0;
        while (pos <= t.len && done < maxcount) {
            cr_buf_append(&b, nw);
            done++;
            if (pos == t.len) break;
            size_t p2 = pos;
            vm_str_next(t, &p2);
            cr_buf_append(&b, cr_span_sub(t, pos, p2 - pos));
            pos = p2;
        }
        if (pos < t.len) cr_buf_append(&b, cr_span_from(t, pos));
        return vm_str_from_buf(&b);
    }
    size_t pos = 0;
    while (done < maxcount) {
        int64_t f = vm_bytes_find(t, o, pos, t.len);
        if (f < 0) break;
        if (done == 0 && !cr_buf_reserve(&b, t.len)) return vm_err_nomem();
        cr_buf_append(&b, cr_span_sub(t, pos, (size_t)f - pos));
        cr_buf_append(&b, nw);
        pos = (size_t)f + o.len;
        done++;
    }
    if (done == 0) return exact_or_copy(self);
    cr_buf_append(&b, cr_span_from(t, pos));
    return vm_str_from_buf(&b);
}

static Val m_removeprefix(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("removeprefix", nargs, kwnames)) return NULL;
    Val p = vm_str_arg(args, nargs, 0);
    if (!vm_is_str(p))
        return vm_err_fmt(&vm_exc_TypeError, "removeprefix() argument must be str, not %.100s", arg_tname(p));
    cr_span t = vm_str_span(self), ps = vm_str_span(p);
    if (ps.len <= t.len && cr_span_eq(cr_span_sub(t, 0, ps.len), ps)) return sub_bytes(self, ps.len, t.len);
    return exact_or_copy(self);
}

static Val m_removesuffix(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("removesuffix", nargs, kwnames)) return NULL;
    Val p = vm_str_arg(args, nargs, 0);
    if (!vm_is_str(p))
        return vm_err_fmt(&vm_exc_TypeError, "removesuffix() argument must be str, not %.100s", arg_tname(p));
    cr_span t = vm_str_span(self), ps = vm_str_span(p);
    if (ps.len > 0 && ps.len <= t.len && cr_span_eq(cr_span_sub(t, t.len - ps.len, ps.len), ps))
        return sub_bytes(self, 0, t.len - ps.len);
    return exact_or_copy(self);
}

/* ---------------------------------------------------------------------- */
/* split / rsplit / splitlines / partition                                 */

static size_t prev_pos(cr_span t, size_t pos)
{
    do pos--;
    while (pos > 0 && (cr_span_at(t, pos) & 0xC0) == 0x80);
    return pos;
}

static bool parse_split(const char *name, Val *args, size_t nargs, Val kwnames, Val *sep, int64_t *maxsplit)
{
    static const char *const kwlist[] = {"sep", "maxsplit", NULL};
    Val a[2];
    if (!vm_parse_args(name, args, nargs, kwnames, kwlist, 0, 0, 2, a)) return false;
    *sep = a[0] && a[0] != VM_None ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && !int_arg(a[1], maxsplit, 64)) return false;
    if (*sep && !vm_is_str(*sep)) {
        vm_err_fmt(&vm_exc_TypeError, "must be str or None, not %.100s", vm_tname(*sep));
        return false;
    }
    if (*sep && vm_str_len(*sep) == 0) {
        vm_err_str(&vm_exc_ValueError, "empty separator");
        return false;
    }
    return true;
}

static bool push(Val list, Val item) { return item && vm_list_append(list, item) == 0; }

static bool is_space_at(cr_span t, size_t pos, size_t *next)
{
    uint8_t c = cr_span_at(t, pos);
    if (c < 0x80) {
        *next = pos + 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    size_t p = pos;
    uint32_t cp = vm_str_next(t, &p);
    *next = p;
    return vm_ucd_isspace(cp);
}

static Val m_split(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val sep;
    int64_t maxsplit;
    if (!parse_split("split", args, nargs, kwnames, &sep, &maxsplit)) return NULL;
    size_t maxs = maxsplit < 0 ? (size_t)-1 : (size_t)maxsplit;
    Val list = vm_list_new(0);
    if (!list) return NULL;
    cr_span t = vm_str_span(self);
    if (sep) {
        cr_span s = vm_str_span(sep);
        size_t pos = 0, n = 0;
        while (n < maxs) {
            int64_t f = vm_bytes_find(t, s, pos, t.len);
            if (f < 0) break;
            if (!push(list, sub_bytes(self, pos, (size_t)f))) return NULL;
            pos = (size_t)f + s.len;
            n++;
        }
        if (!push(list, sub_bytes(self, pos, t.len))) return NULL;
        return list;
    }
    size_t pos = 0, n = 0, next;
    while (pos < t.len) {
        while (pos < t.len && is_space_at(t, pos, &next)) pos = next;
        if (pos >= t.len) break;
        if (n >= maxs) {
            /* maxsplit reached: the remainder is kept as is. */
            if (!push(list, sub_bytes(self, pos, t.len))) return NULL;
            return list;
        }
        size_t start = pos;
        while (pos < t.len && !is_space_at(t, pos, &next)) pos = next;
        if (!push(list, sub_bytes(self, start, pos))) return NULL;
        n++;
        if (pos < t.len) {
            is_space_at(t, pos, &next);
            pos = next;
        }
    }
    return list;
}

static Val m_rsplit(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val sep;
    int64_t maxsplit;
    if (!parse_split("rsplit", args, nargs, kwnames, &sep, &maxsplit)) return NULL;
    size_t maxs = maxsplit < 0 ? (size_t)-1 : (size_t)maxsplit;
    Val list = vm_list_new(0);
    if (!list) return NULL;
    cr_span t = vm_str_span(self);
    if (sep) {
        cr_span s = vm_str_span(sep);
        size_t end = t.len, n = 0;
        while (n < maxs) {
            int64_t f = vm_bytes_rfind(t, s, 0, end);
            if (f < 0) break;
            if (!push(list, sub_bytes(self, (size_t)f + s.len, end))) return NULL;
            end = (size_t)f;
            n++;
        }
        if (!push(list, sub_bytes(self, 0, end))) return NULL;
    } else {
        size_t end = t.len, n = 0, next;
        while (end > 0) {
            while (end > 0) {
                size_t p = prev_pos(t, end);
                if (!is_space_at(t, p, &next)) break;
                end = p;
            }
            if (end == 0) break;
            if (n >= maxs) {
                if (!push(list, sub_bytes(self, 0, end))) return NULL;
                break;
            }
            size_t start = end;
            while (start > 0) {
                size_t p = prev_pos(t, start);
                if (is_space_at(t, p, &next)) break;
                start = p;
            }
            if (!push(list, sub_bytes(self, start, end))) return NULL;
            n++;
            end = start > 0 ? prev_pos(t, start) : 0;
        }
    }
    cr_vals_reverse(&vm_list_obj(list)->v, 0, vm_list_len(list));
    return list;
}

static Val m_splitlines(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"keepends", NULL};
    Val a[1];
    if (!vm_parse_args("splitlines", args, nargs, kwnames, kwlist, 0, 0, 1, a)) return NULL;
    bool keep = false;
    if (a[0]) {
        int64_t k;
        if (!int_arg(a[0], &k, 32)) return NULL;
        keep = k != 0;
    }
    Val list = vm_list_new(0);
    if (!list) return NULL;
    cr_span t = vm_str_span(self);
    size_t pos = 0;
    while (pos < t.len) {
        size_t start = pos, eol = pos, next = pos;
        bool found = false;
        while (pos < t.len) {
            size_t p = pos;
            uint32_t c = vm_str_next(t, &p);
            if (c < 0x80 ? (c == '\n' || c == '\r' || (c >= 0x0b && c <= 0x0c) || (c >= 0x1c && c <= 0x1e))
                         : vm_ucd_islinebreak(c)) {
                eol = pos;
                next = p;
                if (c == '\r' && p < t.len && cr_span_at(t, p) == '\n') next = p + 1;
                found = true;
                break;
            }
            pos = p;
        }
        if (!found) {
            eol = next = t.len;
        }
        if (!push(list, sub_bytes(self, start, keep ? next : eol))) return NULL;
        pos = next;
    }
    return list;
}

static Val partition_common(const char *name, Val self, Val *args, size_t nargs, Val kwnames, bool rev)
{
    if (!onearg(name, nargs, kwnames)) return NULL;
    Val sep = vm_str_arg(args, nargs, 0);
    if (!vm_is_str(sep)) return need_str(sep);
    if (vm_str_len(sep) == 0) return vm_err_str(&vm_exc_ValueError, "empty separator");
    cr_span t = vm_str_span(self), s = vm_str_span(sep);
    int64_t f = rev ? vm_bytes_rfind(t, s, 0, t.len) : vm_bytes_find(t, s, 0, t.len);
    Val empty = vm_str_empty();
    if (!empty) return NULL;
    if (f < 0) {
        Val whole = exact_or_copy(self);
        if (!whole) return NULL;
        return rev ? vm_tuple_pack(3, empty, empty, whole) : vm_tuple_pack(3, whole, empty, empty);
    }
    Val a = sub_bytes(self, 0, (size_t)f), c = a ? sub_bytes(self, (size_t)f + s.len, t.len) : NULL;
    if (!c) return NULL;
    return vm_tuple_pack(3, a, vm_str_exact(sep), c);
}

static Val m_partition(Val self, Val *a, size_t n, Val kw) { return partition_common("partition", self, a, n, kw, false); }
static Val m_rpartition(Val self, Val *a, size_t n, Val kw) { return partition_common("rpartition", self, a, n, kw, true); }

/* ---------------------------------------------------------------------- */
/* strip                                                                   */

static bool in_chars(Val chars, uint32_t cp)
{
    cr_span c = vm_str_span(chars);
    for (size_t p = 0; p < c.len;)
        if (vm_str_next(c, &p) == cp) return true;
    return false;
}

static Val strip_common(const char *name, Val self, Val *args, size_t nargs, Val kwnames, bool left, bool right)
{
    if (!posargs(name, nargs, kwnames, 0, 1)) return NULL;
    Val chars = nargs > 0 && vm_str_arg(args, nargs, 0) != VM_None ? vm_str_arg(args, nargs, 0) : NULL;
    if (chars && !vm_is_str(chars))
        return vm_err_fmt(&vm_exc_TypeError, "%s arg must be None or str", name);
    cr_span t = vm_str_span(self);
    size_t lo = 0, hi = t.len, next;
    if (left) {
        while (lo < hi) {
            if (chars) {
                size_t p = lo;
                if (!in_chars(chars, vm_str_next(t, &p))) break;
                lo = p;
            } else {
                if (!is_space_at(t, lo, &next)) break;
                lo = next;
            }
        }
    }
    if (right) {
        while (hi > lo) {
            size_t p = prev_pos(t, hi), q = p;
            if (chars) {
                if (!in_chars(chars, vm_str_next(t, &q))) break;
            } else if (!is_space_at(t, p, &next)) {
                break;
            }
            hi = p;
        }
    }
    return sub_bytes(self, lo, hi);
}

static Val m_strip(Val self, Val *a, size_t n, Val kw) { return strip_common("strip", self, a, n, kw, true, true); }
static Val m_lstrip(Val self, Val *a, size_t n, Val kw) { return strip_common("lstrip", self, a, n, kw, true, false); }
static Val m_rstrip(Val self, Val *a, size_t n, Val kw) { return strip_common("rstrip", self, a, n, kw, false, true); }

/* ---------------------------------------------------------------------- */
/* Case mapping                                                            */

/* Final_Sigma context of the capital sigma at byte offset pos (see
 * CPython's handle_capital_sigma). */
static bool final_sigma(cr_span t, size_t pos, size_t after)
{
    size_t j = pos;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        j = prev_pos(t, j);
        size_t q = j;
        c = vm_str_next(t, &q);
        if (!vm_ucd_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !vm_ucd_iscased(c)) return false;
    size_t k = after;
    while (k < t.len) {
        c = vm_str_next(t, &k);
        if (!vm_ucd_iscaseignorable(c)) return !vm_ucd_iscased(c);
    }
    return true;
}

static void put_mapped(cr_buf *b, const uint32_t *m, int n)
{
    for (int i = 0; i < n; i++) vm_sb_cp(b, m[i]); /* boundary: fixed-size local buffer with a constant bound */
}

/* lower() of the character at byte offset pos (ending at after). */
static int lower_at(cr_span t, size_t pos, size_t after, uint32_t c, uint32_t out[3])
{
    if (c == 0x3A3) {
        out[0] = final_sigma(t, pos, after) ? 0x3C2 : 0x3C3; /* boundary: fixed-size local buffer with a constant bound */
        return 1;
    }
    return vm_ucd_to_lower(c, out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* ASCII strings map to ASCII strings of the same length: write the result
 * straight into the new object, a chunk at a time. */
static Val case_map_ascii(Val self, int how)
{
    cr_span t = vm_str_span(self);
    StrObj *r = vm_str_alloc(t.len, t.len, true);
    if (!r) return NULL;
    uint8_t tmp[256];
    bool prev_cased = false;
    for (size_t off = 0; off < t.len; off += sizeof tmp) {
        size_t n = t.len - off < sizeof tmp ? t.len - off : sizeof tmp;
        for (size_t i = 0; i < n; i++) {
            uint8_t c = cr_span_at(t, off + i);
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {
            case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
            case CASE_UPPER: if (lo) c -= 32; break;
            case CASE_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (up) c += 32; } else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            default:
                if (off + i == 0) { if (lo) c -= 32; } else if (up) c += 32;
                break;
            }
            tmp[i] = c;
        }
        vm_str_write(r, off, cr_span_make(tmp, n));
    }
    return VAL(r);
}

static Val case_map(Val self, int how)
{
    if (vm_str_is_ascii(self)) return case_map_ascii(self, how);
    cr_span t = vm_str_span(self);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, t.len)) return vm_err_nomem();
    bool prev_cased = false, first = true;
    for (size_t pos = 0; pos < t.len;) {
        size_t start = pos;
        uint32_t c = vm_str_next(t, &pos), m[3];
        int n;
        if (c < 0x80) {
            /* ASCII fast path (no special casing below U+0080). */
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            uint32_t r = c;
            switch (how) {
            case CASE_LOWER: case CASE_FOLD: if (up) r = c + 32; break;
            case CASE_UPPER: if (lo) r = c - 32; break;
            case CASE_SWAP: if (up) r = c + 32; else if (lo) r = c - 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (up) r = c + 32; } else if (lo) r = c - 32;
                prev_cased = up || lo;
                break;
            default:
                if (first) { if (lo) r = c - 32; } else if (up) r = c + 32;
                break;
            }
            cr_buf_byte(&b, (uint8_t)r);
            first = false;
            continue;
        }
        switch (how) {
        case CASE_LOWER: n = lower_at(t, start, pos, c, m); break;
        case CASE_UPPER: n = vm_ucd_to_upper(c, m); break;
        case CASE_FOLD: n = vm_ucd_to_fold(c, m); break;
        case CASE_SWAP:
            if (vm_ucd_isupper(c)) n = lower_at(t, start, pos, c, m);
            else if (vm_ucd_islower(c)) n = vm_ucd_to_upper(c, m);
            else m[0] = c, n = 1;
            break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(t, start, pos, c, m) : vm_ucd_to_title(c, m);
            prev_cased = vm_ucd_iscased(c);
            break;
        default:
            n = first ? vm_ucd_to_title(c, m) : lower_at(t, start, pos, c, m);
            break;
        }
        put_mapped(&b, m, n);
        first = false;
    }
    return vm_str_from_buf(&b);
}

#define CASE_METHOD(fn, name, how)                                    \
    static Val fn(Val self, Val *args, size_t nargs, Val kwnames)     \
    {                                                                 \
        if (!noargs(name, nargs, kwnames)) return NULL;               \
        return case_map(self, how);                                   \
    }
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_casefold, "casefold", CASE_FOLD)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)
#undef CASE_METHOD

/* ---------------------------------------------------------------------- */
/* Predicates                                                              */

static Val all_chars(Val self, size_t nargs, Val kwnames, const char *name, uint32_t mask, bool empty)
{
    if (!noargs(name, nargs, kwnames)) return NULL;
    cr_span t = vm_str_span(self);
    if (t.len == 0) return vm_bool(empty);
    for (size_t pos = 0; pos < t.len;)
        if (!(vm_ucd_flags(vm_str_next(t, &pos)) & mask)) return VM_False;
    return VM_True;
}

#define PRED_METHOD(fn, name, mask, empty)                         \
    static Val fn(Val self, Val *args, size_t nargs, Val kwnames)  \
    {                                                              \
        return all_chars(self, nargs, kwnames, name, mask, empty); \
    }
PRED_METHOD(m_isalpha, "isalpha", VM_UCD_ALPHA, false)
PRED_METHOD(m_isdecimal, "isdecimal", VM_UCD_DECIMAL, false)
PRED_METHOD(m_isdigit, "isdigit", VM_UCD_DIGIT, false)
PRED_METHOD(m_isnumeric, "isnumeric", VM_UCD_NUMERIC, false)
PRED_METHOD(m_isspace, "isspace", VM_UCD_SPACE, false)
PRED_METHOD(m_isprintable, "isprintable", VM_UCD_PRINTABLE, true)
PRED_METHOD(m_isalnum, "isalnum", VM_UCD_ALPHA | VM_UCD_DECIMAL | VM_UCD_DIGIT | VM_UCD_NUMERIC, false)
#undef PRED_METHOD

static Val m_isascii(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("isascii", nargs, kwnames)) return NULL;
    return vm_bool(vm_str_is_ascii(self));
}

static Val m_islower(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("islower", nargs, kwnames)) return NULL;
    cr_span t = vm_str_span(self);
    bool cased = false;
    for (size_t pos = 0; pos < t.len;) {
        uint32_t f = vm_ucd_flags(vm_str_next(t, &pos));
        if (f & (VM_UCD_UPPER | VM_UCD_TITLE)) return VM_False;
        if (f & VM_UCD_LOWER) cased = true;
    }
    return vm_bool(cased);
}

static Val m_isupper(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("isupper", nargs, kwnames)) return NULL;
    cr_span t = vm_str_span(self);
    bool cased = false;
    for (size_t pos = 0; pos < t.len;) {
        uint32_t f = vm_ucd_flags(vm_str_next(t, &pos));
        if (f & (VM_UCD_LOWER | VM_UCD_TITLE)) return VM_False;
        if (f & VM_UCD_UPPER) cased = true;
    }
    return vm_bool(cased);
}

static Val m_istitle(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("istitle", nargs, kwnames)) return NULL;
    cr_span t = vm_str_span(self);
    bool cased = false, prev_cased = false;
    for (size_t pos = 0; pos < t.len;) {
        uint32_t f = vm_ucd_flags(vm_str_next(t, &pos));
        if (f & (VM_UCD_UPPER | VM_UCD_TITLE)) {
            if (prev_cased) return VM_False;
            prev_cased = cased = true;
        } else if (f & VM_UCD_LOWER) {
            if (!prev_cased) return VM_False;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return vm_bool(cased);
}

static Val m_isidentifier(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("isidentifier", nargs, kwnames)) return NULL;
    cr_span t = vm_str_span(self);
    if (t.len == 0) return VM_False;
    size_t pos = 0;
    uint32_t c = vm_str_next(t, &pos);
    if (c != '_' && !vm_ucd_isxidstart(c)) return VM_False;
    while (pos < t.len)
        if (!vm_ucd_isxidcontinue(vm_str_next(t, &pos))) return VM_False;
    return VM_True;
}

/* ---------------------------------------------------------------------- */
/* Padding                                                                 */

static bool fill_arg(const char *name, Val v, uint32_t *fill)
{
    if (!vm_is_str(v)) {
        vm_err_fmt(&vm_exc_TypeError, "The fill character must be a unicode character, not %.100s", vm_tname(v));
        return false;
    }
    if (vm_str_len(v) != 1) {
        vm_err_str(&vm_exc_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *fill = vm_str_at(v, 0);
    return true;
}

static Val pad(Val self, size_t left, size_t right, uint32_t fill)
{
    if (left == 0 && right == 0) return exact_or_copy(self);
    cr_buf b;
    cr_buf_init(&b);
    cr_span t = vm_str_span(self);
    size_t total;
    if (!cr_add_ok(left, right, &total) || !cr_add_ok(total, t.len, &total) || !cr_buf_reserve(&b, total))
        return vm_err_nomem();
    if (fill < 0x80) {
        cr_buf_repeat(&b, (uint8_t)fill, left);
        cr_buf_append(&b, t);
        cr_buf_repeat(&b, (uint8_t)fill, right);
    } else {
        for (size_t i = 0; i < left && !b.failed; i++) vm_sb_cp(&b, fill);
        cr_buf_append(&b, t);
        for (size_t i = 0; i < right && !b.failed; i++) vm_sb_cp(&b, fill);
    }
    return vm_str_from_buf(&b);
}

static Val justify(const char *name, Val self, Val *args, size_t nargs, Val kwnames, int how)
{
    if (!posargs(name, nargs, kwnames, 1, 2)) return NULL;
    int64_t width;
    if (!int_arg(vm_str_arg(args, nargs, 0), &width, 64)) return NULL;
    uint32_t fill = ' ';
    if (nargs > 1 && !fill_arg(name, vm_str_arg(args, nargs, 1), &fill)) return NULL;
    int64_t len = (int64_t)vm_str_len(self);
    if (width <= len) return exact_or_copy(self);
    int64_t marg = width - len;
    if (how < 0) return pad(self, 0, (size_t)marg, fill);
    if (how > 0) return pad(self, (size_t)marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, (size_t)left, (size_t)(marg - left), fill);
}

static Val m_ljust(Val self, Val *a, size_t n, Val kw) { return justify("ljust", self, a, n, kw, -1); }
static Val m_rjust(Val self, Val *a, size_t n, Val kw) { return justify("rjust", self, a, n, kw, 1); }
static Val m_center(Val self, Val *a, size_t n, Val kw) { return justify("center", self, a, n, kw, 0); }

static Val m_zfill(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("zfill", nargs, kwnames)) return NULL;
    int64_t width;
    if (!int_arg(vm_str_arg(args, nargs, 0), &width, 64)) return NULL;
    int64_t len = (int64_t)vm_str_len(self);
    if (width <= len) return exact_or_copy(self);
    size_t fill = (size_t)(width - len);
    cr_span t = vm_str_span(self);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, fill + t.len)) return vm_err_nomem();
    size_t rest = 0;
    if (t.len > 0 && (cr_span_at(t, 0) == '+' || cr_span_at(t, 0) == '-')) {
        cr_buf_byte(&b, cr_span_at(t, 0));
        rest = 1;
    }
    cr_buf_repeat(&b, '0', fill);
    cr_buf_append(&b, cr_span_from(t, rest));
    return vm_str_from_buf(&b);
}

static Val m_expandtabs(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"tabsize", NULL};
    Val a[1];
    if (!vm_parse_args("expandtabs", args, nargs, kwnames, kwlist, 0, 0, 1, a)) return NULL;
    int64_t tabsize = 8;
    if (a[0] && !int_arg(a[0], &tabsize, 32)) return NULL;
    cr_span t = vm_str_span(self);
    if (cr_span_find_byte(t, '\t', 0) < 0) return exact_or_copy(self);
    cr_buf b;
    cr_buf_init(&b);
    size_t col = 0;
    for (size_t pos = 0; pos < t.len;) {
        size_t start = pos;
        uint32_t c = vm_str_next(t, &pos);
        if (c == '\t') {
            if (tabsize > 0) {
                size_t incr = (size_t)tabsize - col % (size_t)tabsize;
                if (!cr_buf_repeat(&b, ' ', incr)) return vm_err_nomem();
                col += incr;
            }
        } else {
            cr_buf_append(&b, cr_span_sub(t, start, pos - start));
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return vm_str_from_buf(&b);
}

/* ---------------------------------------------------------------------- */
/* translate / maketrans                                                   */

static Val m_translate(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("translate", nargs, kwnames)) return NULL;
    Val table = vm_str_arg(args, nargs, 0);
    cr_span t = vm_str_span(self);
    cr_buf b;
    cr_buf_init(&b);
    if (!cr_buf_reserve(&b, t.len)) return vm_err_nomem();
    for (size_t pos = 0; pos < t.len;) {
        size_t start = pos;
        uint32_t c = vm_str_next(t, &pos);
        Val key = vm_int_from_u64(c);
        if (!key) return NULL;
        Val r = vm_getitem(table, key);
        if (!r) {
            if (vm_err_matches(&vm_exc_LookupError)) {
                vm_err_clear();
                cr_buf_append(&b, cr_span_sub(t, start, pos - start));
                continue;
            }
            return NULL;
        }
        if (r == VM_None) continue;
        if (vm_is_int(r)) {
            int64_t v;
            if (vm_int_as_i64(r, &v) < 0 || v < 0 || v > 0x10FFFF) {
                vm_err_clear();
                return vm_err_str(&vm_exc_ValueError, "character mapping must be in range(0x110000)");
            }
            vm_sb_cp(&b, (uint32_t)v);
        } else if (vm_is_str(r)) {
            cr_buf_append(&b, vm_str_span(r));
        } else {
            return vm_err_str(&vm_exc_TypeError, "character mapping must return integer, None or str");
        }
    }
    return vm_str_from_buf(&b);
}

static Val m_maketrans(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!posargs("maketrans", nargs, kwnames, 1, 3)) return NULL;
    Val d = vm_dict_new();
    if (!d) return NULL;
    Val x = vm_str_arg(args, nargs, 0);
    if (nargs == 1) {
        if (!vm_is_dict(x))
            return vm_err_str(&vm_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Val k, v;
        while (vm_dict_next(x, &pos, &k, &v)) {
            if (vm_is_str(k)) {
                if (vm_str_len(k) != 1)
                    return vm_err_str(&vm_exc_ValueError, "string keys in translate table must be of length 1");
                Val key = vm_int_from_u64(vm_str_at(k, 0));
                if (!key || vm_dict_set(d, key, v) < 0) return NULL;
            } else if (vm_is_int(k)) {
                if (vm_dict_set(d, k, v) < 0) return NULL;
            } else {
                return vm_err_str(&vm_exc_TypeError, "keys in translate table must be strings or integers");
            }
        }
        return d;
    }
    /* Argument types are checked before the first argument's (as CPython's clinic does). */
    Val y = vm_str_arg(args, nargs, 1);
    if (!vm_is_str(y))
        return vm_err_fmt(&vm_exc_TypeError, "maketrans() argument 2 must be str, not %.100s", arg_tname(y));
    if (nargs > 2 && !vm_is_str(vm_str_arg(args, nargs, 2)))
        return vm_err_fmt(&vm_exc_TypeError, "maketrans() argument 3 must be str, not %.100s", arg_tname(vm_str_arg(args, nargs, 2)));
    if (!vm_is_str(x))
        return vm_err_str(&vm_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (vm_str_len(x) != vm_str_len(y))
        return vm_err_str(&vm_exc_ValueError, "the first two maketrans arguments must have equal length");
    cr_span xs = vm_str_span(x), ys = vm_str_span(y);
    for (size_t p = 0, q = 0; p < xs.len;) {
        Val k = vm_int_from_u64(vm_str_next(xs, &p)), v = vm_int_from_u64(vm_str_next(ys, &q));
        if (!k || !v || vm_dict_set(d, k, v) < 0) return NULL;
    }
    if (nargs > 2) {
        cr_span zs = vm_str_span(vm_str_arg(args, nargs, 2));
        for (size_t p = 0; p < zs.len;) {
            Val k = vm_int_from_u64(vm_str_next(zs, &p));
            if (!k || vm_dict_set(d, k, VM_None) < 0) return NULL;
        }
    }
    return d;
}

/* ---------------------------------------------------------------------- */
/* join, encode, format, misc                                              */

static Val m_join(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("join", nargs, kwnames)) return NULL;
    return vm_str_join(self, vm_str_arg(args, nargs, 0));
}

static Val m_encode(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", NULL};
    Val a[2];
    if (!vm_parse_args("encode", args, nargs, kwnames, kwlist, 0, 0, 2, a)) return NULL;
    static const char *const names[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++)
        if (a[i] && !vm_is_str(a[i]))
            return vm_err_fmt(&vm_exc_TypeError, "encode() argument '%s' must be str, not %.80s", names[i],
                              arg_tname(a[i]));
    return vm_str_encode(self, a[0] ? vm_str_cstr_of(a[0]) : "utf-8", a[1] ? vm_str_cstr_of(a[1]) : "strict");
}

static Val m_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val kw = NULL;
    if (kwnames && vm_tuple_len(kwnames) > 0) {
        kw = vm_dict_new();
        if (!kw) return NULL;
        cr_valspan all = {args, nargs + vm_tuple_len(kwnames)};
        for (size_t i = 0; i < vm_tuple_len(kwnames); i++)
            if (vm_dict_set(kw, vm_tuple_get(kwnames, i), cr_valspan_get(all, nargs + i)) < 0) return NULL;
    }
    return vm_str_format_call(self, args, nargs, kw);
}

static Val m_format_map(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("format_map", nargs, kwnames)) return NULL;
    return vm_str_format_map_call(self, vm_str_arg(args, nargs, 0));
}

static Val m_dunder_format(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!onearg("__format__", nargs, kwnames)) return NULL;
    if (!vm_is_str(vm_str_arg(args, nargs, 0)))
        return vm_err_fmt(&vm_exc_TypeError, "__format__() argument must be str, not %.100s", arg_tname(vm_str_arg(args, nargs, 0)));
    return vm_format_str(self, vm_str_arg(args, nargs, 0));
}

static Val m_getnewargs(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("__getnewargs__", nargs, kwnames)) return NULL;
    Val c = vm_str_exact(self);
    if (!c) return NULL;
    return vm_tuple_pack(1, c);
}

/* CPython's sizes: compact ASCII 48 + len + 1; other compact strings
 * 72 + (len + 1) * kind. */
static Val m_sizeof(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!noargs("__sizeof__", nargs, kwnames)) return NULL;
    size_t len = vm_str_len(self);
    if (vm_str_is_ascii(self)) return vm_int_from_u64(48 + len + 1);
    return vm_int_from_u64(72 + (len + 1) * (size_t)vm_str_kind(self));
}

const vm_methoddef vm_str_methods[] = {
    {"encode", m_encode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, 0, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, 0, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, 0, "Concatenate any number of strings."},
    {"capitalize", m_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", m_casefold, 0, "Return a version of the string suitable for caseless comparisons."},
    {"title", m_title, 0, "Return a version of the string where each word is titlecased."},
    {"center", m_center, 0, "Return a centered string of length width."},
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", m_expandtabs, 0, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", m_partition, 0, "Partition the string into three parts using the given separator."},
    {"index", m_index, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", m_ljust, 0, "Return a left-justified string of length width."},
    {"lower", m_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", m_rjust, 0, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, 0, "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, 0, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, 0, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, 0, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", m_translate, 0, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, 0, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, 0, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", m_removeprefix, 0, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, 0, "Return a str with the given suffix string removed if present."},
    {"isascii", m_isascii, 0, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", m_islower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", m_isupper, 0, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", m_istitle, 0, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", m_isspace, 0, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", m_isdecimal, 0, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", m_isnumeric, 0, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", m_isalpha, 0, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", m_isalnum, 0, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", m_isidentifier, 0, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", m_isprintable, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", m_zfill, 0, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", m_format, 0, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", m_format_map, 0, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", m_dunder_format, 0, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", m_maketrans, VM_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", m_sizeof, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};
