/* Traceback objects and the default exception display.
 *
 * vm_print_exception writes exactly what CPython 3.11's default excepthook
 * (PyErr_Display: pythonrun.c and traceback.c) writes: the traceback with
 * source lines and the 3.11 caret lines, "[Previous line repeated N more
 * times]", chained exceptions, the "Type: message" line with suggestions
 * ("Did you mean"), __notes__, SyntaxError's special format and exception
 * groups' tree format.
 *
 * Source lines come from a registry the import machinery fills
 * (vm_source_register), falling back to reading the file through the host.
 */
#include "compiler/parser.h"
#include "core/host.h"
#include "vm/ceval_internal.h"
#include "vm/import.h"
#include "vm/type.h"

/* ================= traceback objects ================= */

static TracebackObj *TB(Val v) { return (TracebackObj *)(void *)val_obj(v); }

Val vm_traceback_new(Val next, FrameObj *f, size_t lasti, int lineno)
{
    TracebackObj *tb = vm_alloc_obj(&vm_type_traceback, sizeof(TracebackObj), CR_SCAN);
    if (tb == NULL) return NULL;
    tb->next = next;
    tb->frame = f;
    tb->lasti = lasti;
    tb->lineno = lineno;
    return obj_val(tb);
}

int vm_traceback_here(Val exc, FrameObj *f)
{
    if (val_is_small(exc) || !vm_isinstance_t(exc, &vm_exc_BaseException)) return 0;
    ExcObj *e = (ExcObj *)(void *)val_obj(exc);
    Val tb = vm_traceback_new(e->traceback != VM_None ? e->traceback : NULL, f, f->lasti, vm_frame_lineno(f));
    if (tb == NULL) {
        /* Out of memory while recording: keep the original exception. */
        vm_err_clear();
        vm_err_restore(exc);
        return -1;
    }
    e->traceback = tb;
    return 0;
}

static Val tb_get_frame(Val s) { return obj_val(TB(s)->frame); }
static Val tb_get_lineno(Val s) { return vm_int_from_i64(TB(s)->lineno); }
#define TB_NO_LASTI SIZE_MAX
static Val tb_get_lasti(Val s)
{
    return TB(s)->lasti == TB_NO_LASTI ? vm_int_from_i64(-1) : vm_int_from_i64((int64_t)TB(s)->lasti * 2);
}
static Val tb_get_next(Val s) { return TB(s)->next != NULL ? TB(s)->next : VM_None; }
static int tb_set_next(Val s, Val v)
{
    if (v == NULL) {
        vm_err_str(&vm_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == VM_None) {
        TB(s)->next = NULL;
        return 0;
    }
    if (!vm_is_type(v, &vm_type_traceback)) {
        vm_err_fmt(&vm_exc_TypeError, "expected traceback object, got '%s'", vm_tname(v));
        return -1;
    }
    for (Val c = v; c != NULL; c = TB(c)->next) {
        if (c == s) {
            vm_err_str(&vm_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    TB(s)->next = v;
    return 0;
}

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Val tb_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    Val a[4];
    if (!vm_parse_args("TracebackType", args, nargs, kwnames, kw, 0, 4, 4, a)) return NULL;
    if (!vm_is_frame(a[1]))
        return vm_err_fmt(&vm_exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                          vm_tname(a[1]));
    int64_t lasti, lineno;
    if (!vm_arg_c_int(a[2], &lasti) || !vm_arg_c_int(a[3], &lineno)) return NULL;
    Val next = a[0];
    if (next == VM_None) {
        next = NULL;
    } else if (!vm_is_type(next, &vm_type_traceback)) {
        return vm_err_fmt(&vm_exc_TypeError, "expected traceback object or None, got '%s'", vm_tname(next));
    }
    /* tb_lasti is a byte offset in CPython (two per instruction unit
     * here); a negative one means "no instruction" (TB_NO_LASTI), and the
     * printer only looks up positions of units inside the code. */
    size_t unit = lasti < 0 ? TB_NO_LASTI : (size_t)lasti / 2;
    return vm_traceback_new(next, (FrameObj *)(void *)val_obj(a[1]), unit, (int)lineno);
}

static const vm_getsetdef tb_getsets[] = {
    {"tb_frame", tb_get_frame, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_next", tb_get_next, tb_set_next},
    {NULL, NULL, NULL},
};

Type vm_type_traceback = {
    .base = {&vm_type_type},
    .name = "traceback",
    .basicsize = sizeof(TracebackObj),
    .tbase = &vm_type_object,
    .getsets = tb_getsets,
    .new_ = tb_new,
};

/* ================= the source registry ================= */

static Val source_registry; /* dict: filename -> list of lines */

static bool registry_ready(void)
{
    if (source_registry != NULL) return true;
    cr_gc_add_root(&source_registry);
    source_registry = vm_dict_new();
    if (source_registry == NULL) vm_err_clear();
    return source_registry != NULL;
}

/* Split text into lines without their line ends (\n, \r\n or \r). */
static Val split_lines(cr_span text)
{
    Val lines = vm_list_new(0);
    if (lines == NULL) return NULL;
    size_t start = 0, i = 0;
    while (i < text.len) {
        uint8_t c = cr_span_at(text, i);
        if (c == '\n' || c == '\r') {
            Val line = vm_str_decode_utf8(cr_span_sub(text, start, i - start), "replace");
            if (line == NULL || vm_list_append(lines, line) < 0) return NULL;
            if (c == '\r' && i + 1 < text.len && cr_span_at(text, i + 1) == '\n') i++;
            start = i + 1;
        }
        i++;
    }
    if (start < text.len) {
        Val line = vm_str_decode_utf8(cr_span_sub(text, start, text.len - start), "replace");
        if (line == NULL || vm_list_append(lines, line) < 0) return NULL;
    }
    return lines;
}

void vm_source_register(Val filename, Val source_str)
{
    if (filename == NULL || source_str == NULL || !vm_is_str(filename) || !registry_ready()) return;
    Val saved = vm_err_fetch();
    cr_span text = vm_is_str(source_str) ? vm_str_span(source_str) : vm_bytes_span(source_str);
    Val lines = split_lines(text);
    if (lines == NULL || vm_dict_set(source_registry, filename, lines) < 0) vm_err_clear();
    if (saved != NULL) vm_err_restore(saved);
}

Val vm_source_lines(Val filename)
{
    if (filename == NULL || !vm_is_str(filename) || !registry_ready()) return NULL;
    Val lines = vm_dict_get(source_registry, filename);
    if (lines != NULL) return lines == VM_None ? NULL : lines;
    if (vm_err_occurred()) {
        vm_err_clear();
        return NULL;
    }
    /* A frozen module's source is in the binary: split on first use, not
     * at every import (decimal's 6,500 lines as str objects). */
    cr_span frozen;
    if (vm_frozen_source(filename, &frozen)) {
        lines = split_lines(frozen);
        if (lines == NULL || vm_dict_set(source_registry, filename, lines) < 0) {
            vm_err_clear();
            return NULL;
        }
        return lines;
    }
    /* Not registered: read the file through the host (not inside an enclave). */
    if (cr_host_services == NULL || cr_host_services->read_file == NULL) return NULL;
    size_t len = 0;
    void *data = cr_host_services->read_file(vm_str_cstr_of(filename), &len);
    if (data == NULL) {
        if (vm_dict_set(source_registry, filename, VM_None) < 0) vm_err_clear();
        return NULL;
    }
    lines = split_lines(cr_span_make(data, len));
    if (lines == NULL) {
        vm_err_clear();
        return NULL;
    }
    if (vm_dict_set(source_registry, filename, lines) < 0) vm_err_clear();
    return lines;
}

/* ================= formatting ================= */

typedef struct {
    cr_buf out;
    Val seen; /* list of exceptions already printed (identity) */
    int group_depth;     /* exception groups: nesting (indent and margin) */
    bool need_close;
    size_t max_group_width, max_group_depth;
    bool linecache; /* for the traceback module: linecache.cache lines first */
} Ctx;

static void put(Ctx *c, const char *s) { cr_buf_cstr(&c->out, s); }
static void put_span(Ctx *c, cr_span s) { cr_buf_append(&c->out, s); }
static void put_str(Ctx *c, Val s) { cr_buf_append(&c->out, vm_str_span(s)); }
static void put_int(Ctx *c, int64_t v)
{
    char tmp[24];
    size_t n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0 && n < sizeof tmp);
    if (v < 0) cr_buf_byte(&c->out, '-');
    while (n > 0) cr_buf_byte(&c->out, (uint8_t)tmp[--n]);
}

/* pythonrun.c's EXC_INDENT / EXC_MARGIN: derived from the group depth. */
static size_t exc_indent(Ctx *c) { return 2 * (size_t)c->group_depth; }
static const char *exc_margin(Ctx *c) { return c->group_depth ? "| " : NULL; }

static void put_margin(Ctx *c)
{
    cr_buf_repeat(&c->out, ' ', exc_indent(c));
    const char *m = exc_margin(c);
    if (m != NULL) put(c, m);
}

static bool is_ws(uint8_t ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

/* Number of code points in the first byte_off bytes of s (clamped). */
static int64_t chars_before(cr_span s, int64_t byte_off)
{
    if (byte_off <= 0) return 0;
    size_t n = (size_t)byte_off > s.len ? s.len : (size_t)byte_off;
    /* Count lead bytes only, so a cut inside a character still counts it. */
    int64_t count = 0;
    for (size_t i = 0; i < n; i++)
        if ((cr_span_at(s, i) & 0xC0) != 0x80) count++;
    return count;
}

static int64_t char_count(cr_span s) { return chars_before(s, (int64_t)s.len); }

/* Byte offset of code point index cp in s (clamped to the end). */
static size_t byte_of_char(cr_span s, int64_t cp)
{
    size_t i = 0;
    int64_t k = 0;
    while (i < s.len) {
        if ((cr_span_at(s, i) & 0xC0) != 0x80) {
            if (k == cp) return i;
            k++;
        }
        i++;
    }
    return s.len;
}

/* The 3.11 BinOp / Subscript anchors of a one-line segment: 1 found (char
 * offsets relative to the segment), 0 none. */
static int segment_anchors(cr_span seg, int64_t *left, int64_t *right, const char **primary, const char **secondary)
{
    cp_error err;
    cp_mod *m = cp_parse(seg, CP_MODE_EXEC, &err);
    if (m == NULL || m->kind != CP_MOD_Module || m->v.Module.body.len != 1) return 0;
    cp_stmt *st = cp_stmt_seq_get(m->v.Module.body, 0);
    if (st->kind != CP_STMT_Expr) return 0;
    cp_expr *e = st->v.Expr.value;
    int64_t la, ra;
    if (e->kind == CP_EXPR_BinOp) {
        cp_expr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
        if (l->end_lineno != 1 || r->lineno != 1) return 0;
        la = -1;
        ra = -1;
        for (int64_t i = l->end_col_offset; i < r->col_offset && (size_t)i < seg.len; i++) {
            uint8_t ch = cr_span_at(seg, (size_t)i);
            if (is_ws(ch)) continue;
            la = i;
            ra = i + 1;
            if (i + 1 < r->col_offset && (size_t)(i + 1) < seg.len && !is_ws(cr_span_at(seg, (size_t)i + 1))) ra++;
            if (i + 1 < r->col_offset && ch == ')') continue;
            *primary = "~";
            *secondary = "^";
            break;
        }
        if (la < 0) return 0;
    } else if (e->kind == CP_EXPR_Subscript) {
        int64_t len = (int64_t)seg.len;
        la = e->v.Subscript.value->end_col_offset;
        ra = e->v.Subscript.slice->end_col_offset + 1;
        while (la < len && cr_span_at(seg, (size_t)la) != '[') la++;
        while (ra < len && cr_span_at(seg, (size_t)ra) != ']') ra++;
        if (ra < len) ra++;
        *primary = "~";
        *secondary = "^";
    } else {
        return 0;
    }
    *left = chars_before(seg, la);
    *right = chars_before(seg, ra);
    return 1;
}

/* Line lineno of filename from linecache.cache (an entry (size, mtime,
 * lines, fullname) as CPython's linecache keeps), without its line end;
 * NULL when the module is not loaded or has no such entry. */
static Val linecache_line(Val filename, int lineno)
{
    if (vm->modules == NULL || lineno <= 0) return NULL;
    Val mod = vm_dict_get_cstr(vm->modules, "linecache");
    Val cache = mod != NULL ? vm_getattr_opt(mod, vm_intern_cstr("cache")) : NULL;
    Val entry = cache != NULL && vm_is_dict(cache) ? vm_dict_get(cache, filename) : NULL;
    vm_err_clear();
    if (entry == NULL || !vm_is_tuple(entry) || vm_tuple_len(entry) < 3) return NULL;
    Val lines = vm_tuple_get(entry, 2);
    if (!vm_is_list(lines) || (size_t)lineno > vm_list_len(lines)) return NULL;
    Val line = vm_list_get(lines, (size_t)lineno - 1);
    if (!vm_is_str(line)) return NULL;
    cr_span t = vm_str_span(line);
    size_t n = t.len;
    while (n > 0 && (cr_span_at(t, n - 1) == '\n' || cr_span_at(t, n - 1) == '\r')) n--;
    if (n == t.len) return line;
    Val r = vm_str_new(cr_span_sub(t, 0, n));
    if (r == NULL) vm_err_clear();
    return r;
}

/* The source line shown for a traceback entry: for the traceback module
 * linecache.cache first; then the interpreter's registry (modules it
 * compiled, frozen library modules included) or the file.  Other
 * "<...>" names (strings, stdin) have no lines, as in CPython. */
static Val source_line(Ctx *c, Val filename, int lineno)
{
    if (c->linecache) {
        Val l = linecache_line(filename, lineno);
        if (l != NULL) return l;
    }
    cr_span fname = vm_str_span(filename);
    if (fname.len > 0 && cr_span_at(fname, 0) == '<' && cr_span_at(fname, fname.len - 1) == '>' &&
        cr_span_find(fname, cr_span_cstr("<frozen "), 0) != 0)
        return NULL;
    Val lines = vm_source_lines(filename);
    if (lines == NULL || lineno <= 0 || (size_t)lineno > vm_list_len(lines)) return NULL;
    return vm_list_get(lines, (size_t)lineno - 1);
}

/* One traceback entry: File line, source line and caret line. */
static void display_line(Ctx *c, TracebackObj *tb)
{
    CodeObj *co = tb->frame->code;
    put_margin(c);
    put(c, "  File \"");
    put_str(c, co->filename);
    put(c, "\", line ");
    put_int(c, tb->lineno);
    put(c, ", in ");
    put_str(c, co->name);
    put(c, "\n");

    Val line = source_line(c, co->filename, tb->lineno);
    if (line == NULL) return;
    cr_span ls = vm_str_span(line);
    size_t lead = 0;
    while (lead < ls.len && (is_ws(cr_span_at(ls, lead)))) lead++;
    put_margin(c);
    put(c, "    ");
    put_span(c, cr_span_from(ls, lead));
    put(c, "\n");

    if (tb->lasti >= co->ncode) return; /* TracebackType() with a made-up tb_lasti */
    vm_pos pos = vm_code_pos(co, tb->lasti);
    if (pos.line <= 0 || pos.end_line <= 0 || pos.col < 0 || pos.end_col < 0) return;
    if (pos.line != tb->lineno) return;
    int64_t line_chars = char_count(ls);
    int64_t start = chars_before(ls, pos.col);
    int64_t end = chars_before(ls, pos.end_col);
    int64_t left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (pos.line == pos.end_line) {
        if (end > start) {
            size_t b0 = byte_of_char(ls, start), b1 = byte_of_char(ls, end);
            cr_span seg = cr_span_sub(ls, b0, b1 - b0);
            Val saved = vm_err_fetch();
            if (segment_anchors(seg, &left, &right, &primary, &secondary)) {
                left += start;
                right += start;
            } else {
                left = right = -1;
            }
            vm_err_clear();
            if (saved != NULL) vm_err_restore(saved);
        }
    } else {
        int64_t i = (int64_t)ls.len;
        while (--i >= 0)
            if (!is_ws(cr_span_at(ls, (size_t)i))) break;
        end = i + 1;
    }
    int64_t stripped = line_chars - (int64_t)lead;
    bool secondary_ranges = left != -1 || right != -1;
    if (end - start == stripped && !secondary_ranges) return;
    put_margin(c);
    int64_t off = (int64_t)lead - 4;
    while (++off <= end) {
        if (off <= start) put(c, " ");
        else if (secondary_ranges && left < off && off <= right) put(c, secondary);
        else put(c, primary);
    }
    put(c, "\n");
}

static bool same_str(Val a, Val b) { return a == b || (a != NULL && b != NULL && vm_str_eq(a, b)); }

static void print_repeated(Ctx *c, long cnt)
{
    cnt -= 3;
    put_margin(c);
    put(c, "  [Previous line repeated ");
    put_int(c, cnt);
    put(c, cnt > 1 ? " more times]\n" : " more time]\n");
}

static int64_t traceback_limit(void)
{
    if (vm->sys_module == NULL) return 1000;
    Val v = vm_getattr_opt(vm->sys_module, vm_intern_cstr("tracebacklimit"));
    if (v == NULL) {
        vm_err_clear();
        return 1000;
    }
    int64_t n;
    if (!vm_is_int(v) || vm_int_as_i64(v, &n) < 0) {
        vm_err_clear();
        return vm_is_int(v) && vm_int_sign(v) > 0 ? INT64_MAX : 1000;
    }
    return n;
}

static void print_tb(Ctx *c, Val tbv, const char *header, const char *header_margin)
{
    int64_t limit = traceback_limit();
    if (limit <= 0) return;
    cr_buf_repeat(&c->out, ' ', exc_indent(c));
    if (header_margin != NULL) put(c, header_margin);
    put(c, header);
    int64_t depth = 0;
    for (Val t = tbv; t != NULL; t = TB(t)->next) depth++;
    while (tbv != NULL && depth > limit) {
        depth--;
        tbv = TB(tbv)->next;
    }
    Val last_file = NULL, last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tbv != NULL; tbv = TB(tbv)->next) {
        TracebackObj *tb = TB(tbv);
        CodeObj *co = tb->frame->code;
        if (last_file == NULL || !same_str(co->filename, last_file) || last_line == -1 || tb->lineno != last_line ||
            last_name == NULL || !same_str(co->name, last_name)) {
            if (cnt > 3) print_repeated(c, cnt);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= 3) display_line(c, tb);
    }
    if (cnt > 3) print_repeated(c, cnt);
}

/* ---- suggestions ("Did you mean") ---- */

enum { MAX_CANDIDATES = 750, MAX_STRING = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t subst_cost(uint8_t a, uint8_t b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (uint8_t)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (uint8_t)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(cr_span a, cr_span b, size_t max_cost)
{
    size_t buffer[MAX_STRING];
    while (a.len && b.len && cr_span_at(a, 0) == cr_span_at(b, 0)) {
        a = cr_span_from(a, 1);
        b = cr_span_from(b, 1);
    }
    while (a.len && b.len && cr_span_at(a, a.len - 1) == cr_span_at(b, b.len - 1)) {
        a.len--;
        b.len--;
    }
    if (a.len == 0 || b.len == 0) return (a.len + b.len) * MOVE_COST;
    if (a.len > MAX_STRING || b.len > MAX_STRING) return max_cost + 1;
    if (b.len < a.len) {
        cr_span t = a;
        a = b;
        b = t;
    }
    if ((b.len - a.len) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a.len; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b.len; bi++) {
        uint8_t code = cr_span_at(b, bi);
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < a.len; i++) {
            size_t substitute = distance + subst_cost(code, cr_span_at(a, i));
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

static Val calculate_suggestion(Val dir, Val name)
{
    if (dir == NULL || !vm_is_list(dir) || vm_list_len(dir) >= MAX_CANDIDATES) return NULL;
    cr_span ns = vm_str_span(name);
    size_t best_dist = SIZE_MAX;
    Val best = NULL;
    for (size_t i = 0; i < vm_list_len(dir); i++) {
        Val item = vm_list_get(dir, i);
        if (!vm_is_str(item)) continue;
        cr_span is = vm_str_span(item);
        if (cr_span_eq(ns, is)) continue;
        size_t maxd = (ns.len + is.len + 3) * MOVE_COST / 6;
        if (best_dist - 1 < maxd) maxd = best_dist - 1;
        size_t d = levenshtein(ns, is, maxd);
        if (d > maxd) continue;
        if (best == NULL || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static Val dict_keys(Val d)
{
    if (d == NULL || !vm_is_dict(d)) return NULL;
    return vm_dict_keys_list(d);
}

static Val offer_suggestion(Val exc)
{
    ExcObj *e = (ExcObj *)(void *)val_obj(exc);
    if (vm_isinstance_t(exc, &vm_exc_AttributeError)) {
        Val name = vm_getattr_opt(exc, vm_intern_cstr("name"));
        Val obj = vm_getattr_opt(exc, vm_intern_cstr("obj"));
        if (name == NULL || obj == NULL || name == VM_None || !vm_is_type(name, &vm_type_str)) return NULL;
        Val dirf = vm->builtins != NULL ? vm_dict_get_cstr(vm->builtins, "dir") : NULL;
        if (dirf == NULL) return NULL;
        Val dir = vm_call1(dirf, obj);
        if (dir == NULL) return NULL;
        return calculate_suggestion(dir, name);
    }
    if (vm_isinstance_t(exc, &vm_exc_NameError)) {
        Val name = vm_getattr_opt(exc, vm_intern_cstr("name"));
        if (name == NULL || !vm_is_type(name, &vm_type_str)) return NULL;
        Val tb = e->traceback;
        if (tb == NULL || !vm_is_type(tb, &vm_type_traceback)) return NULL;
        while (TB(tb)->next != NULL) tb = TB(tb)->next;
        FrameObj *f = TB(tb)->frame;
        CodeObj *co = f->code;
        Val dir = vm_list_new(0);
        if (dir == NULL) return NULL;
        for (size_t i = 0; i < vm_tuple_len(co->varnames); i++) vm_list_append(dir, vm_tuple_get(co->varnames, i));
        for (size_t i = 0; i < vm_tuple_len(co->cellvars); i++) vm_list_append(dir, vm_tuple_get(co->cellvars, i));
        for (size_t i = 0; i < vm_tuple_len(co->freevars); i++) vm_list_append(dir, vm_tuple_get(co->freevars, i));
        Val s = calculate_suggestion(dir, name);
        if (s != NULL) return s;
        s = calculate_suggestion(dict_keys(f->globals), name);
        if (s != NULL) return s;
        return calculate_suggestion(dict_keys(f->builtins), name);
    }
    return NULL;
}

/* ---- one exception ---- */

static Val exc_attr(Val exc, const char *name)
{
    Val v = vm_getattr_opt(exc, vm_intern_cstr(name));
    if (v == NULL) vm_err_clear();
    return v;
}

/* SyntaxError: '  File "x", line N' then the text and the caret line.
 * Returns the value to print as the message (exc.msg) or NULL to keep exc. */
static Val print_syntax_location(Ctx *c, Val exc)
{
    Val pfl = exc_attr(exc, "print_file_and_line");
    if (pfl == NULL) return NULL;
    Val msg = exc_attr(exc, "msg");
    Val filename = exc_attr(exc, "filename");
    Val lineno_v = exc_attr(exc, "lineno");
    Val offset_v = exc_attr(exc, "offset");
    Val end_lineno_v = exc_attr(exc, "end_lineno");
    Val end_offset_v = exc_attr(exc, "end_offset");
    Val text = exc_attr(exc, "text");
    if (msg == NULL) return NULL;
    int64_t lineno = 0, offset = -1, end_lineno = -1, end_offset = -1;
    if (lineno_v != NULL && vm_is_int(lineno_v) && vm_int_as_i64(lineno_v, &lineno) < 0) vm_err_clear();
    if (offset_v != NULL && offset_v != VM_None && vm_is_int(offset_v) && vm_int_as_i64(offset_v, &offset) < 0)
        vm_err_clear();
    if (end_lineno_v != NULL && end_lineno_v != VM_None && vm_is_int(end_lineno_v) &&
        vm_int_as_i64(end_lineno_v, &end_lineno) < 0)
        vm_err_clear();
    if (end_offset_v != NULL && end_offset_v != VM_None && vm_is_int(end_offset_v) &&
        vm_int_as_i64(end_offset_v, &end_offset) < 0)
        vm_err_clear();
    if (end_lineno_v == NULL || end_lineno_v == VM_None) end_lineno = lineno;
    if (end_offset_v == NULL || end_offset_v == VM_None) end_offset = -1;
    put_margin(c);
    put(c, "  File \"");
    if (filename != NULL && vm_is_str(filename)) put_str(c, filename);
    else put(c, "<string>");
    put(c, "\", line ");
    put_int(c, lineno);
    put(c, "\n");
    if (text != NULL && vm_is_str(text)) {
        cr_span t = vm_str_span(text);
        int64_t line_size = char_count(t);
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        /* print_error_text */
        int64_t caret_reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        offset--;
        size_t p = 0;
        while (p < t.len && is_ws(cr_span_at(t, p))) {
            p++;
            offset--;
        }
        cr_span rest = cr_span_from(t, p);
        int64_t len = char_count(rest);
        if (rest.len > 0 && cr_span_at(rest, rest.len - 1) == '\n') len--;
        if (offset > len) offset = len;
        for (;;) {
            int64_t nl = cr_span_find_byte(rest, '\n', 0);
            if (nl < 0) break;
            int64_t inl = chars_before(rest, nl);
            if (inl >= offset) break;
            rest = cr_span_from(rest, (size_t)nl + 1);
            len -= inl + 1;
            offset -= inl + 1;
        }
        put_margin(c);
        put(c, "    ");
        put_span(c, rest);
        if (rest.len == 0 || cr_span_at(rest, rest.len - 1) != '\n') put(c, "\n");
        if (offset >= 0) {
            put_margin(c);
            put(c, "    ");
            while (--offset >= 0) put(c, " ");
            for (int64_t i = 0; i < caret_reps; i++) put(c, "^");
            put(c, "\n");
        }
    }
    return msg;
}

static void print_exception_message(Ctx *c, Type *t, Val value)
{
    put_margin(c);
    Val mod = t->module;
    if (t->flags & VM_TF_HEAPTYPE) {
        Val m = vm_type_lookup_cstr(t, "__module__");
        if (m != NULL) mod = m;
    }
    if (mod == NULL || !vm_is_str(mod)) {
        put(c, "<unknown>");
    } else if (!vm_str_eq_cstr(mod, "builtins") && !vm_str_eq_cstr(mod, "__main__")) {
        put_str(c, mod);
        put(c, ".");
    }
    Val qn = t->qualname != NULL ? t->qualname : t->name_obj;
    if (qn != NULL && vm_is_str(qn)) put_str(c, qn);
    else put(c, t->name);
    if (value == VM_None) return;
    Val s = vm_str(value);
    if (s == NULL) {
        vm_err_clear();
        put(c, ": <exception str() failed>");
        return;
    }
    if (vm_str_len(s) != 0) put(c, ": ");
    put_str(c, s);
}

static void print_notes(Ctx *c, Val exc)
{
    Val notes = exc_attr(exc, "__notes__");
    if (notes == NULL) return;
    if (!vm_is_list(notes) && !vm_is_tuple(notes)) {
        put_margin(c);
        Val r = vm_repr(notes);
        if (r == NULL) {
            vm_err_clear();
            put(c, "<__notes__ repr() failed>");
        } else {
            put_str(c, r);
        }
        put(c, "\n");
        return;
    }
    Val seq = vm_sequence_tuple(notes);
    if (seq == NULL) {
        vm_err_clear();
        return;
    }
    for (size_t i = 0; i < vm_tuple_len(seq); i++) {
        Val note = vm_tuple_get(seq, i);
        Val s = vm_is_str(note) ? note : vm_str(note);
        put_margin(c);
        if (s == NULL) {
            vm_err_clear();
            put(c, "<note str() failed>");
        } else {
            /* Each line of a multi-line note gets the margin. */
            cr_span sp = vm_str_span(s);
            size_t start = 0;
            for (size_t k = 0; k < sp.len; k++) {
                if (cr_span_at(sp, k) == '\n') {
                    put_span(c, cr_span_sub(sp, start, k + 1 - start));
                    put_margin(c);
                    start = k + 1;
                }
            }
            put_span(c, cr_span_from(sp, start));
        }
        put(c, "\n");
    }
}

static bool is_eg(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_exc_BaseExceptionGroup); }

static void print_exception_only(Ctx *c, Val value);

static void print_exception(Ctx *c, Val value)
{
    if (val_is_small(value) || !vm_isinstance_t(value, &vm_exc_BaseException)) {
        put_margin(c);
        put(c, "TypeError: print_exception(): Exception expected for value, ");
        put(c, vm_tname(value));
        put(c, " found\n");
        return;
    }
    ExcObj *e = (ExcObj *)(void *)val_obj(value);
    Val tb = e->traceback;
    if (tb != NULL && tb != VM_None && vm_is_type(tb, &vm_type_traceback)) {
        if (is_eg(value)) {
            const char *hm = c->group_depth == 1 ? "+ " : exc_margin(c);
            print_tb(c, tb, "Exception Group Traceback (most recent call last):\n", hm);
        } else {
            print_tb(c, tb, "Traceback (most recent call last):\n", exc_margin(c));
        }
    }
    print_exception_only(c, value);
}

/* The "Type: message" part: SyntaxError location, suggestion, notes. */
static void print_exception_only(Ctx *c, Val value)
{
    Type *t = vm_typeof(value);
    Val shown = value;
    if (vm_isinstance_t(value, &vm_exc_SyntaxError)) {
        Val m = print_syntax_location(c, value);
        if (m != NULL) shown = m;
    }
    print_exception_message(c, t, shown);
    Val sugg = offer_suggestion(value);
    if (vm_err_occurred()) vm_err_clear();
    if (sugg != NULL) {
        put(c, ". Did you mean: '");
        put_str(c, sugg);
        put(c, "'?");
    }
    put(c, "\n");
    print_notes(c, value);
}

static bool seen_before(Ctx *c, Val v)
{
    for (size_t i = 0; i < vm_list_len(c->seen); i++)
        if (vm_list_get(c->seen, i) == v) return true;
    return false;
}

static void print_recursive(Ctx *c, Val value, int depth);

static void print_chained(Ctx *c, Val value, const char *message, int depth)
{
    bool need_close = c->need_close;
    print_recursive(c, value, depth + 1);
    c->need_close = need_close;
    put_margin(c);
    put(c, "\n");
    put_margin(c);
    put(c, message);
    put_margin(c);
    put(c, "\n");
}

static void print_group(Ctx *c, Val value, int depth);

static void print_recursive(Ctx *c, Val value, int depth)
{
    if (depth > 200) return;
    if (c->seen != NULL) {
        vm_list_append(c->seen, value);
        if (!val_is_small(value) && vm_isinstance_t(value, &vm_exc_BaseException)) {
            ExcObj *e = (ExcObj *)(void *)val_obj(value);
            Val cause = e->cause != VM_None ? e->cause : NULL;
            Val context = e->context != VM_None ? e->context : NULL;
            if (cause != NULL) {
                if (!seen_before(c, cause))
                    print_chained(c, cause,
                                  "The above exception was the direct cause of the following exception:\n",
                                  depth);
            } else if (!e->suppress_context && context != NULL) {
                if (!seen_before(c, context))
                    print_chained(c, context,
                                  "During handling of the above exception, another exception occurred:\n",
                                  depth);
            }
        }
    }
    if (!is_eg(value)) print_exception(c, value);
    else print_group(c, value, depth);
}

/* ---- exception groups (pythonrun.c print_exception_group) ---- */

static void print_group(Ctx *c, Val value, int depth)
{
    if (c->group_depth > (int)c->max_group_depth) {
        put_margin(c);
        put(c, "... (max_group_depth is ");
        put_int(c, (int64_t)c->max_group_depth);
        put(c, ")\n");
        return;
    }
    if (c->group_depth == 0) c->group_depth++;
    print_exception(c, value);
    Val excs = exc_attr(value, "exceptions");
    Val t = excs != NULL ? vm_sequence_tuple(excs) : NULL;
    if (t == NULL) {
        vm_err_clear();
        return;
    }
    size_t num = vm_tuple_len(t);
    size_t n = num > c->max_group_width ? c->max_group_width + 1 : num;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true; /* a nested group may close for us */
        bool truncated = i >= c->max_group_width;
        cr_buf_repeat(&c->out, ' ', exc_indent(c));
        put(c, i == 0 ? "+-" : "  ");
        put(c, "+---------------- ");
        if (truncated) put(c, "...");
        else put_int(c, (int64_t)i + 1);
        put(c, " ----------------\n");
        c->group_depth++;
        if (!truncated) {
            print_recursive(c, vm_tuple_get(t, i), depth + 1);
        } else {
            size_t remaining = num - c->max_group_width;
            put_margin(c);
            put(c, "and ");
            put_int(c, (int64_t)remaining);
            put(c, remaining > 1 ? " more exceptions\n" : " more exception\n");
        }
        if (last && c->need_close) {
            cr_buf_repeat(&c->out, ' ', exc_indent(c));
            put(c, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
    if (c->group_depth == 1) c->group_depth--;
}

static Val format_exception(Val exc, bool linecache)
{
    Ctx c;
    cr_buf_init(&c.out);
    c.linecache = linecache;
    c.seen = vm_list_new(0);
    c.group_depth = 0;
    c.need_close = false;
    c.max_group_width = 15;
    c.max_group_depth = 10;
    if (c.seen == NULL) return NULL;
    Val saved = vm_err_fetch();
    print_recursive(&c, exc, 0);
    vm_err_clear();
    if (saved != NULL) vm_err_restore(saved);
    if (c.out.failed) return vm_err_nomem();
    return vm_str_decode_utf8(cr_buf_span(&c.out), "replace");
}

Val vm_format_exception(Val exc) { return format_exception(exc, false); }

Val vm_format_exception_lc(Val exc) { return format_exception(exc, true); }

static void ctx_init(Ctx *c);
static Val ctx_text(Ctx *c);

/* ================= unraisable exceptions ================= */

/* sys.unraisablehook's argument: CPython's UnraisableHookArgs struct
 * sequence (a 5-tuple with named fields; not reachable as a sys attribute). */
static const char *const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
enum { UNRAISABLE_NFIELDS = 5 };

static Val unraisable_getattr(Val self, Val name)
{
    for (size_t i = 0; i < UNRAISABLE_NFIELDS && vm_is_str(name); i++)
        if (vm_str_eq_cstr(name, unraisable_fields[i])) return vm_tuple_get(self, i);
    return vm_generic_getattr(self, name);
}

static Val unraisable_repr(Val self)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, "UnraisableHookArgs(");
    for (size_t i = 0; i < UNRAISABLE_NFIELDS && i < vm_tuple_len(self); i++) {
        if (i) cr_buf_cstr(&b, ", ");
        cr_buf_cstr(&b, unraisable_fields[i]);
        cr_buf_byte(&b, '=');
        Val r = vm_repr(vm_tuple_get(self, i));
        if (r == NULL) return NULL;
        cr_buf_append(&b, vm_str_span(r));
    }
    cr_buf_byte(&b, ')');
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

static Val unraisable_make(const Val *items)
{
    Val t = vm_tuple_from(items, UNRAISABLE_NFIELDS);
    if (t == NULL) return NULL;
    val_obj(t)->type = &vm_type_unraisable_args; /* same layout as a tuple */
    return t;
}

/* UnraisableHookArgs(sequence): exactly five items (structseq_new). */
static Val unraisable_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"sequence", "dict", NULL};
    Val a[2];
    if (!vm_parse_args("structseq", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    if (val_is_small(a[0]) || vm_typeof(a[0])->getitem == NULL || vm_is_dict(a[0]))
        return vm_err_str(&vm_exc_TypeError, "constructor requires a sequence");
    Val t = vm_sequence_tuple(a[0]);
    if (t == NULL) return NULL;
    size_t n = vm_tuple_len(t);
    if (n != UNRAISABLE_NFIELDS)
        return vm_err_fmt(&vm_exc_TypeError, "UnraisableHookArgs() takes a 5-sequence (%zu-sequence given)", n);
    Val items[UNRAISABLE_NFIELDS];
    for (size_t i = 0; i < UNRAISABLE_NFIELDS; i++) items[i] = vm_tuple_get(t, i);
    return unraisable_make(items);
}

static Val unraisable_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__reduce__", nargs, kwnames, 0, 0)) return NULL;
    Val t = vm_tuple_from(vm_tuple_items(self).items, vm_tuple_len(self));
    Val d = vm_dict_new();
    Val a = t != NULL && d != NULL ? vm_tuple_pack(2, t, d) : NULL;
    return a == NULL ? NULL : vm_tuple_pack(2, obj_val(&vm_type_unraisable_args), a);
}

static const vm_methoddef unraisable_methods[] = {
    {"__reduce__", unraisable_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_unraisable_args = {
    .base = {&vm_type_type},
    .name = "UnraisableHookArgs",
    .basicsize = sizeof(TupleObj),
    .tbase = &vm_type_tuple,
    .flags = VM_TF_TUPLE_SUBCLASS,
    .getattr = unraisable_getattr,
    .repr = unraisable_repr,
    .new_ = unraisable_new,
    .methods = unraisable_methods,
    .doc = "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
};

static bool unraisable_type_ready(void)
{
    if (vm_type_unraisable_args.mro != NULL) return true;
    if (vm_type_ready(&vm_type_unraisable_args) < 0) return false;
    Val d = vm_type_unraisable_args.dict;
    Val five = val_from_small(UNRAISABLE_NFIELDS);
    Val fields = vm_tuple_new(UNRAISABLE_NFIELDS);
    if (fields == NULL) return false;
    for (size_t i = 0; i < UNRAISABLE_NFIELDS; i++) {
        Val f = vm_str_cstr(unraisable_fields[i]);
        if (f == NULL) return false;
        vm_tuple_set(fields, i, f);
    }
    return vm_dict_set_cstr(d, "n_fields", five) == 0 && vm_dict_set_cstr(d, "n_sequence_fields", five) == 0 &&
           vm_dict_set_cstr(d, "n_unnamed_fields", val_from_small(0)) == 0 &&
           vm_dict_set_cstr(d, "__match_args__", fields) == 0;
}

/* CPython's write_unraisable_exc_file: the text of the default hook. */
static void format_unraisable(Ctx *c, Val exc_type, Val exc_value, Val exc_tb, Val err_msg, Val obj)
{
    if (obj != VM_None) {
        Val m = err_msg != VM_None ? vm_str(err_msg) : NULL;
        if (m != NULL) {
            put_str(c, m);
            put(c, ": ");
        } else {
            vm_err_clear();
            put(c, "Exception ignored in: ");
        }
        Val r = vm_repr(obj);
        if (r == NULL) {
            vm_err_clear();
            put(c, "<object repr() failed>");
        } else {
            put_str(c, r);
        }
        put(c, "\n");
    } else if (err_msg != VM_None) {
        Val m = vm_str(err_msg);
        if (m == NULL) {
            vm_err_clear();
            return;
        }
        put_str(c, m);
        put(c, ":\n");
    }
    if (exc_tb != VM_None && vm_is_type(exc_tb, &vm_type_traceback))
        print_tb(c, exc_tb, "Traceback (most recent call last):\n", NULL);
    if (exc_type == VM_None) return;
    Val mod = vm_getattr_opt(exc_type, vm_intern_cstr("__module__"));
    if (mod == NULL || !vm_is_str(mod)) {
        vm_err_clear();
        put(c, "<unknown>");
    } else if (!vm_str_eq_cstr(mod, "builtins") && !vm_str_eq_cstr(mod, "__main__")) {
        put_str(c, mod);
        put(c, ".");
    }
    if (vm_is_typeobj(exc_type)) {
        Type *t = vm_as_type(exc_type);
        Val qn = t->qualname != NULL ? t->qualname : t->name_obj;
        if (qn != NULL && vm_is_str(qn)) put_str(c, qn);
        else put(c, t->name);
    } else {
        put(c, "<unknown>");
    }
    if (exc_value != VM_None) {
        put(c, ": ");
        Val sv = vm_str(exc_value);
        if (sv == NULL) {
            vm_err_clear();
            put(c, "<exception str() failed>");
        } else {
            put_str(c, sv);
        }
    }
    put(c, "\n");
}

static Val unraisable_text(Val exc_type, Val exc_value, Val exc_tb, Val err_msg, Val obj)
{
    Ctx c;
    ctx_init(&c);
    Val saved = vm_err_fetch();
    format_unraisable(&c, exc_type, exc_value, exc_tb, err_msg, obj);
    vm_err_clear();
    if (saved != NULL) vm_err_restore(saved);
    return ctx_text(&c);
}

Val vm_format_unraisable(Val exc, Val obj)
{
    bool is_exc = !val_is_small(exc) && vm_isinstance_t(exc, &vm_exc_BaseException);
    Val tb = is_exc ? ((ExcObj *)(void *)val_obj(exc))->traceback : NULL;
    return unraisable_text(is_exc ? obj_val(vm_typeof(exc)) : VM_None, is_exc ? exc : VM_None,
                           tb != NULL ? tb : VM_None, VM_None, obj != NULL ? obj : VM_None);
}

/* The text written to sys.stderr (nothing when it is None or missing),
 * then its flush(). */
static int write_to_stderr(Val text)
{
    Val file = vm->sys_module != NULL ? vm_getattr_opt(vm->sys_module, vm_intern_cstr("stderr")) : NULL;
    if (file == NULL || file == VM_None) {
        vm_err_clear();
        return 0;
    }
    if (vm_print_str(file, text) < 0) return -1;
    Val fl = vm_getattr_opt(file, vm_intern_cstr("flush"));
    if (fl == NULL) return vm_err_occurred() ? -1 : 0;
    return vm_call0(fl) == NULL ? -1 : 0;
}

Val vm_unraisablehook_default(Val args)
{
    if (!vm_is_type(args, &vm_type_unraisable_args))
        return vm_err_str(&vm_exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    cr_valspan a = vm_tuple_items(args);
    if (a.len != UNRAISABLE_NFIELDS) return vm_err_str(&vm_exc_TypeError, "invalid UnraisableHookArgs");
    Val text = unraisable_text(cr_valspan_get(a, 0), cr_valspan_get(a, 1), cr_valspan_get(a, 2),
                               cr_valspan_get(a, 3), cr_valspan_get(a, 4));
    if (text == NULL) return NULL;
    return write_to_stderr(text) < 0 ? NULL : VM_None;
}

/* The default hook's text written without raising (last resort). */
static void default_unraisable(Val exc_type, Val exc_value, Val exc_tb, Val err_msg, Val obj)
{
    Val text = unraisable_text(exc_type, exc_value, exc_tb, err_msg, obj);
    if (text == NULL || write_to_stderr(text) < 0) {
        vm_err_clear();
        if (text != NULL) vm_write_stderr_cstr(vm_str_cstr_of(text));
    }
    vm_err_clear();
}

void vm_write_unraisable(Val exc, Val tb, Val err_msg, Val obj)
{
    Val saved = vm_err_fetch();
    Val handled = vm->handled_exc;
    bool is_exc = exc != NULL && !val_is_small(exc) && vm_isinstance_t(exc, &vm_exc_BaseException);
    Val exc_type = exc == NULL ? VM_None : (is_exc ? obj_val(vm_typeof(exc)) : obj_val(vm_typeof(exc)));
    Val exc_value = exc == NULL ? VM_None : exc;
    if (tb == NULL && is_exc) tb = ((ExcObj *)(void *)val_obj(exc))->traceback;
    if (tb == NULL) tb = VM_None;
    if (err_msg == NULL) err_msg = VM_None;
    if (obj == NULL) obj = VM_None;
    Val items[UNRAISABLE_NFIELDS] = {exc_type, exc_value, tb, err_msg, obj};
    Val args = unraisable_type_ready() ? unraisable_make(items) : NULL;
    if (args == NULL) {
        vm_err_clear();
        default_unraisable(exc_type, exc_value, tb, err_msg, obj);
    } else {
        Val hook = vm->sys_module != NULL ? vm_getattr_opt(vm->sys_module, vm_intern_cstr("unraisablehook")) : NULL;
        vm_err_clear();
        if (hook == NULL || hook == VM_None) {
            default_unraisable(exc_type, exc_value, tb, err_msg, obj);
        } else if (vm_call1(hook, args) == NULL) {
            /* The hook failed: report its own exception with the default hook. */
            Val e = vm_err_fetch();
            Val et = e != NULL ? obj_val(vm_typeof(e)) : VM_None;
            Val etb = e != NULL && vm_isinstance_t(e, &vm_exc_BaseException)
                          ? ((ExcObj *)(void *)val_obj(e))->traceback : NULL;
            Val msg = vm_str_cstr("Exception ignored in sys.unraisablehook");
            vm_err_clear();
            default_unraisable(et, e != NULL ? e : VM_None, etb != NULL ? etb : VM_None, msg ? msg : VM_None, hook);
        }
    }
    vm_err_clear();
    vm->handled_exc = handled;
    if (saved != NULL) vm_err_restore(saved);
}

void vm_print_exception(Val exc, Val file)
{
    Val saved = vm_err_fetch();
    Val text = vm_format_exception(exc);
    if (text == NULL) {
        vm_err_clear();
        vm_write_stderr_cstr("<exception could not be formatted>\n");
        if (saved != NULL) vm_err_restore(saved);
        return;
    }
    if (file == NULL && vm->sys_module != NULL) {
        file = vm_getattr_opt(vm->sys_module, vm_intern_cstr("stderr"));
        if (file == NULL) vm_err_clear();
        if (file == VM_None) file = NULL;
    }
    if (file == NULL || vm_print_str(file, text) < 0) {
        vm_err_clear();
        vm_write_stderr_cstr(vm_str_cstr_of(text));
    }
    if (saved != NULL) vm_err_restore(saved);
}

/* ---- pieces for the traceback module ---- */

static void ctx_init(Ctx *c)
{
    cr_buf_init(&c->out);
    c->seen = NULL;
    c->group_depth = 0;
    c->need_close = false;
    c->max_group_width = 15;
    c->max_group_depth = 10;
    c->linecache = false;
}

static Val ctx_text(Ctx *c)
{
    if (c->out.failed) return vm_err_nomem();
    return vm_str_decode_utf8(cr_buf_span(&c->out), "replace");
}

Val vm_format_tb_entry(Val tb)
{
    if (!vm_is_type(tb, &vm_type_traceback)) {
        vm_err_fmt(&vm_exc_TypeError, "expected a traceback, not '%s'", vm_tname(tb));
        return NULL;
    }
    Ctx c;
    ctx_init(&c);
    c.linecache = true;
    Val saved = vm_err_fetch();
    display_line(&c, TB(tb));
    vm_err_clear();
    if (saved != NULL) vm_err_restore(saved);
    return ctx_text(&c);
}

Val vm_format_exception_only(Val exc)
{
    Ctx c;
    ctx_init(&c);
    Val saved = vm_err_fetch();
    if (val_is_small(exc) || !vm_isinstance_t(exc, &vm_exc_BaseException)) {
        /* As traceback.format_exception_only() shows a non-exception value. */
        Type *t = vm_typeof(exc);
        print_exception_message(&c, t, exc == VM_None ? VM_None : exc);
        put(&c, "\n");
    } else {
        print_exception_only(&c, exc);
    }
    vm_err_clear();
    if (saved != NULL) vm_err_restore(saved);
    return ctx_text(&c);
}
