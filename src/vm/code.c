/* The code object type (vm layer): attributes, repr, and a disassembler for
 * debugging.  Code objects are built by the compiler (src/compiler) and
 * checked by vm_code_verify (verify.c) before they run.
 */
#include "vm/codeutil.h"

const char *const vm_opcode_names[OP__COUNT] = {
#define VM_OPC_NAME(name) #name,
    VM_OPCODES(VM_OPC_NAME)
#undef VM_OPC_NAME
};

static CodeObj *as_code(Val v) { return (CodeObj *)(void *)val_obj(v); }

/* The type is made ready on first use (nobody else owns it). */
static bool code_type_ready(void)
{
    return vm_type_code.mro != NULL || vm_type_ready(&vm_type_code) == 0;
}

CodeObj *vm_code_alloc(void)
{
    if (!code_type_ready()) return NULL;
    CodeObj *co = vm_alloc_obj(&vm_type_code, sizeof(CodeObj), CR_SCAN);
    if (!co) return NULL;
    Val empty = vm_str_cstr("");
    if (!empty) return NULL;
    co->consts = co->names = co->varnames = co->freevars = co->cellvars = vm_empty_tuple;
    co->filename = co->name = co->qualname = empty;
    return co;
}

/* ---- position tables (code.h) ---- */

static void put_varint(cr_buf *b, uint64_t v)
{
    while (v >= 0x80) {
        cr_buf_byte(b, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    cr_buf_byte(b, (uint8_t)v);
}

static uint64_t zigzag(int64_t v) { return v < 0 ? ((uint64_t)(-(v + 1)) << 1) | 1 : (uint64_t)v << 1; }

static bool get_varint(cr_span s, size_t *at, uint64_t *out)
{
    if (*at < s.len) { /* most fields are one byte */
        uint8_t b0 = cr_span_at(s, *at);
        if (b0 < 0x80) {
            (*at)++;
            *out = b0;
            return true;
        }
    }
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*at >= s.len) return false;
        uint8_t b = cr_span_at(s, (*at)++);
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false; /* more than 10 bytes */
}

/* A zigzag field added to base; false unless the sum fits int32. */
static bool get_field(cr_span s, size_t *at, int64_t base, int32_t *out)
{
    uint64_t z;
    if (!get_varint(s, at, &z)) return false;
    int64_t d = (z & 1) ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1);
    if (d > INT32_MAX - base || d < INT32_MIN - base) return false; /* base is an int32 */
    *out = (int32_t)(base + d);
    return true;
}

void vm_postab_init(vm_postab_writer *w)
{
    cr_buf_init(&w->buf);
    w->prev = (vm_pos){0, 0, 0, 0};
    w->pending = w->prev;
    w->run = 0;
}

static void postab_flush(vm_postab_writer *w)
{
    if (w->run == 0) return;
    vm_pos p = w->pending;
    put_varint(&w->buf, w->run);
    put_varint(&w->buf, zigzag((int64_t)p.line - w->prev.line));
    put_varint(&w->buf, zigzag((int64_t)p.end_line - p.line));
    put_varint(&w->buf, zigzag(p.col));
    put_varint(&w->buf, zigzag((int64_t)p.end_col - p.col));
    w->prev = p;
    w->run = 0;
}

void vm_postab_add(vm_postab_writer *w, vm_pos p, size_t units)
{
    if (units == 0) return;
    vm_pos q = w->pending;
    if (w->run > 0 && (q.line != p.line || q.end_line != p.end_line || q.col != p.col || q.end_col != p.end_col))
        postab_flush(w);
    w->pending = p;
    w->run += units;
}

void vm_postab_finish(vm_postab_writer *w) { postab_flush(w); }

bool vm_postab_next(vm_postab_reader *r, size_t *first, size_t *len, vm_pos *p)
{
    uint64_t run;
    if (r->at >= r->tab.len || !get_varint(r->tab, &r->at, &run) || run == 0 || run > SIZE_MAX - r->unit) return false;
    vm_pos q;
    if (!get_field(r->tab, &r->at, r->prev_line, &q.line) || !get_field(r->tab, &r->at, q.line, &q.end_line) ||
        !get_field(r->tab, &r->at, 0, &q.col) || !get_field(r->tab, &r->at, q.col, &q.end_col))
        return false;
    *first = r->unit;
    *len = (size_t)run;
    *p = q;
    r->unit += (size_t)run;
    r->prev_line = q.line;
    return true;
}

bool vm_postab_valid(cr_span tab, size_t ncode)
{
    vm_postab_reader r = {tab, 0, 0, 0};
    size_t first, len;
    vm_pos p;
    while (r.at < tab.len)
        if (!vm_postab_next(&r, &first, &len, &p) || r.unit > ncode) return false;
    return r.unit == ncode;
}

static cr_span postab_span(const CodeObj *co) { return cr_span_make(co->postab, co->postab ? co->npostab : 0); }

/* The position of unit i: from the cached run if i is at or after it, else
 * from the start.  {0, 0, 0, 0} (unknown) if there is no table. */
vm_pos vm_code_pos(CodeObj *co, size_t i)
{
    vm_pos none = {0, 0, 0, 0};
    if (i >= co->ncode) cr_panic_bounds();
    vm_postab_reader r = {postab_span(co), 0, 0, 0};
    if (i >= co->pos_cache.unit && co->pos_cache.at <= r.tab.len) {
        r.at = co->pos_cache.at;
        r.unit = co->pos_cache.unit;
        r.prev_line = co->pos_cache.prev_line;
    }
    for (;;) {
        size_t at = r.at, first, len;
        int32_t prev_line = r.prev_line;
        vm_pos p;
        if (!vm_postab_next(&r, &first, &len, &p)) return none; /* verified tables cover every unit */
        if (i < first + len) {
            co->pos_cache.at = at;
            co->pos_cache.unit = first;
            co->pos_cache.prev_line = prev_line;
            return p;
        }
    }
}

static Val code_repr(Val self)
{
    CodeObj *co = as_code(self);
    return vm_str_fmt("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                      co->filename, co->firstlineno);
}

static Val get_name(Val s) { return as_code(s)->name; }
static Val get_qualname(Val s) { return as_code(s)->qualname; }
static Val get_filename(Val s) { return as_code(s)->filename; }
static Val get_firstlineno(Val s) { return vm_int_from_i64(as_code(s)->firstlineno); }
static Val get_argcount(Val s) { return vm_int_from_i64(as_code(s)->argcount); }
static Val get_posonlyargcount(Val s) { return vm_int_from_i64(as_code(s)->posonlyargcount); }
static Val get_kwonlyargcount(Val s) { return vm_int_from_i64(as_code(s)->kwonlyargcount); }
static Val get_nlocals(Val s) { return vm_int_from_i64(as_code(s)->nlocals); }
static Val get_stacksize(Val s) { return vm_int_from_i64(as_code(s)->stacksize); }
static Val get_flags(Val s) { return vm_int_from_i64(as_code(s)->flags); }
static Val get_varnames(Val s) { return as_code(s)->varnames; }
static Val get_freevars(Val s) { return as_code(s)->freevars; }
static Val get_cellvars(Val s) { return as_code(s)->cellvars; }
static Val get_consts(Val s) { return as_code(s)->consts; }
static Val get_names(Val s) { return as_code(s)->names; }

static Val get_code(Val s)
{
    CodeObj *co = as_code(s);
    size_t n;
    if (!cr_mul_ok(co->ncode, 2, &n)) return vm_err_nomem();
    if (!co->code) return vm_bytes_new(cr_span_make(NULL, 0));
    return vm_bytes_new(cr_span_make(co->code, n));
}

/* ---- co_positions() / co_lines() ---- */

static Val opt_int(int32_t v, bool known) { return known ? vm_int_from_i64(v) : VM_None; }

/* One (line, end_line, col, end_col) per instruction unit, None if unknown. */
static Val code_positions(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("co_positions", nargs, kwnames, 0, 0)) return NULL;
    CodeObj *co = as_code(self);
    Val list = vm_list_new(0);
    if (!list) return NULL;
    vm_postab_reader r = {postab_span(co), 0, 0, 0};
    size_t first, len;
    vm_pos p;
    while (vm_postab_next(&r, &first, &len, &p)) {
        bool known = p.line > 0;
        Val t = vm_tuple_pack(4, opt_int(p.line, known), opt_int(p.end_line, known), opt_int(p.col, known && p.col >= 0),
                              opt_int(p.end_col, known && p.end_col >= 0));
        for (size_t k = 0; k < len; k++)
            if (!t || vm_list_append(list, t) < 0) return NULL;
    }
    return vm_iter(list);
}

/* (start, end, line) byte ranges of consecutive units on the same line. */
static Val code_lines(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("co_lines", nargs, kwnames, 0, 0)) return NULL;
    CodeObj *co = as_code(self);
    Val list = vm_list_new(0);
    if (!list) return NULL;
    /* Runs with the same line are joined into one range. */
    vm_postab_reader r = {postab_span(co), 0, 0, 0};
    size_t start = 0, end = 0, first, len;
    int32_t line = 0;
    vm_pos p;
    for (;;) {
        bool more = vm_postab_next(&r, &first, &len, &p);
        if (end > start && (!more || p.line != line)) {
            Val t = vm_tuple_pack(3, vm_int_from_i64((int64_t)start * 2), vm_int_from_i64((int64_t)end * 2),
                                  line > 0 ? vm_int_from_i64(line) : VM_None);
            if (!t || vm_list_append(list, t) < 0) return NULL;
            start = end;
        }
        if (!more) break;
        line = p.line;
        end = first + len;
    }
    return vm_iter(list);
}

/* code.replace(co_name=, co_qualname=, co_filename=, co_firstlineno=,
 * co_flags=): a copy with some metadata changed.  Only the flags that do not
 * change how the code runs may differ (types.coroutine sets
 * CO_ITERABLE_COROUTINE); the instructions are shared and stay verified. */
static Val code_replace(Val self, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"co_name", "co_qualname", "co_filename", "co_firstlineno", "co_flags", NULL};
    Val a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (!vm_parse_args("replace", args, nargs, kwnames, kw, 0, 0, 5, a)) return NULL;
    CodeObj *co = as_code(self);
    CodeObj *nc = vm_alloc_obj(&vm_type_code, sizeof(CodeObj), CR_SCAN);
    if (!nc) return NULL;
    *nc = *co;
    for (int i = 0; i < 3; i++) {
        if (!a[i]) continue;
        if (!vm_is_str(a[i]))
            return vm_err_fmt(&vm_exc_TypeError, "replace() argument '%s' must be str, not %s", kw[i], vm_tname(a[i]));
    }
    if (a[0]) nc->name = a[0];
    if (a[1]) nc->qualname = a[1];
    if (a[2]) nc->filename = a[2];
    for (int i = 3; i < 5; i++) {
        if (!a[i]) continue;
        int64_t v;
        if (!vm_is_int(a[i]) || vm_int_as_i64(a[i], &v) < 0 || v < 0 || v > INT32_MAX) {
            vm_err_clear();
            return vm_err_fmt(&vm_exc_ValueError, "replace() argument '%s' out of range", kw[i]);
        }
        if (i == 3) nc->firstlineno = (int)v;
        else {
            int fixed = ~(CO_ITERABLE_COROUTINE | CO_NESTED | CO_NOFREE);
            if (((int)v & fixed) != (co->flags & fixed))
                return vm_err_str(&vm_exc_ValueError, "code.replace(): unsupported co_flags change");
            nc->flags = (int)v;
        }
    }
    return obj_val(nc);
}

static const vm_methoddef code_methods[] = {
    {"replace", code_replace, 0, NULL},
    {"co_positions", code_positions, 0, NULL},
    {"co_lines", code_lines, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const vm_getsetdef code_getsets[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_stacksize", get_stacksize, NULL},
    {"co_flags", get_flags, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_consts", get_consts, NULL},
    {"co_names", get_names, NULL},
    {"co_code", get_code, NULL},
    {NULL, NULL, NULL},
};

Type vm_type_code = {
    .base = {&vm_type_type},
    .name = "code",
    .basicsize = sizeof(CodeObj),
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
    .doc = "Create a code object.  Not for the faint of heart.",
};

/* ---- disassembler ---- */

static void dis_val(cr_buf *out, Val v)
{
    Val r = vm_repr(v);
    if (!r) {
        vm_err_clear();
        cr_buf_cstr(out, "<?>");
        return;
    }
    cr_buf_append(out, vm_str_span(r));
}

static void dis_num(cr_buf *out, int64_t n, int width)
{
    char tmp[24];
    int len = 0;
    uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    do {
        tmp[len++] = (char)('0' + u % 10);
        u /= 10;
    } while (u && len < 22);
    if (n < 0) tmp[len++] = '-';
    for (int k = len; k < width; k++) cr_buf_byte(out, ' ');
    while (len > 0) cr_buf_byte(out, (uint8_t)tmp[--len]);
}

static void dis_tuple_item(cr_buf *out, Val t, int64_t i)
{
    if (t && vm_is_tuple(t) && i >= 0 && (uint64_t)i < vm_tuple_len(t)) dis_val(out, vm_tuple_get(t, (size_t)i));
    else cr_buf_cstr(out, "<out of range>");
}

static void dis_one(CodeObj *co, cr_buf *out, int depth)
{
    for (int k = 0; k < depth; k++) cr_buf_cstr(out, "  ");
    cr_buf_cstr(out, "Disassembly of ");
    dis_val(out, obj_val(co));
    cr_buf_cstr(out, ":\n");
    int64_t arg = 0;
    int32_t lastline = -1;
    size_t nbytes = co->ncode * 2;
    vm_postab_reader r = {postab_span(co), 0, 0, 0};
    size_t run_first = 0, run_len = 0;
    vm_pos run_pos = {0, 0, 0, 0};
    for (size_t i = 0; i < co->ncode && co->code; i++) {
        while (i >= run_first + run_len && vm_postab_next(&r, &run_first, &run_len, &run_pos)) {}
        uint16_t u = vm_code_unit(co, i);
        int op = u & 0xff;
        arg = (arg << 8) | (u >> 8);
        if (op == OP_EXTENDED_ARG) continue;
        int32_t line = i < run_first + run_len ? run_pos.line : 0;
        for (int k = 0; k < depth; k++) cr_buf_cstr(out, "  ");
        if (line != lastline) dis_num(out, line, 4);
        else cr_buf_cstr(out, "    ");
        lastline = line;
        dis_num(out, (int64_t)i, 6);
        cr_buf_byte(out, ' ');
        const char *name = op < OP__COUNT ? vm_opcode_names[op] : "<unknown>";
        cr_buf_cstr(out, name);
        if (vm_opcode_argkind(op) != VM_ARG_NONE || arg) {
            size_t nl = cr_span_cstr(name).len;
            cr_buf_repeat(out, ' ', nl < 24 ? 24 - nl : 1);
            dis_num(out, arg, 0);
            switch (vm_opcode_argkind(op)) {
            case VM_ARG_CONST: cr_buf_cstr(out, " ("); dis_tuple_item(out, co->consts, arg); cr_buf_byte(out, ')'); break;
            case VM_ARG_NAME: cr_buf_cstr(out, " ("); dis_tuple_item(out, co->names, arg); cr_buf_byte(out, ')'); break;
            case VM_ARG_LOCAL: cr_buf_cstr(out, " ("); dis_tuple_item(out, co->varnames, arg); cr_buf_byte(out, ')'); break;
            case VM_ARG_CELL: {
                size_t nc = co->cellvars ? vm_tuple_len(co->cellvars) : 0;
                cr_buf_cstr(out, " (");
                if (arg >= 0 && (uint64_t)arg < nc) dis_tuple_item(out, co->cellvars, arg);
                else dis_tuple_item(out, co->freevars, arg - (int64_t)nc);
                cr_buf_byte(out, ')');
                break;
            }
            case VM_ARG_JUMP: cr_buf_cstr(out, " (to "); dis_num(out, arg, 0); cr_buf_byte(out, ')'); break;
            default: break;
            }
        }
        cr_buf_byte(out, '\n');
        arg = 0;
    }
    (void)nbytes;
    cr_buf_byte(out, '\n');
    if (!co->consts || !vm_is_tuple(co->consts) || depth > 20) return;
    size_t n = vm_tuple_len(co->consts);
    for (size_t i = 0; i < n; i++) {
        Val c = vm_tuple_get(co->consts, i);
        if (vm_is_type(c, &vm_type_code)) dis_one(as_code(c), out, depth + 1);
    }
}

void vm_code_dis(Val code, cr_buf *out)
{
    if (!code || !vm_is_type(code, &vm_type_code)) {
        cr_buf_cstr(out, "<not a code object>\n");
        return;
    }
    dis_one(as_code(code), out, 0);
}
