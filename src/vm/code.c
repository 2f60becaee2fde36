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

static vm_pos pos_at(CodeObj *co, size_t i)
{
    vm_pos p = {0, 0, 0, 0};
    size_t n;
    if (!co->positions || !cr_mul_ok(co->ncode, sizeof(vm_pos), &n)) return p;
    cr_span s = cr_span_make(co->positions, n);
    int32_t f[4];
    for (int k = 0; k < 4; k++) {
        size_t at = i * sizeof(vm_pos) + 4 * (size_t)k;
        f[k] = (int32_t)((uint32_t)cr_span_at(s, at) | ((uint32_t)cr_span_at(s, at + 1) << 8) |
                         ((uint32_t)cr_span_at(s, at + 2) << 16) | ((uint32_t)cr_span_at(s, at + 3) << 24));
    }
    p.line = f[0];
    p.end_line = f[1];
    p.col = f[2];
    p.end_col = f[3];
    return p;
}

static Val opt_int(int32_t v, bool known) { return known ? vm_int_from_i64(v) : VM_None; }

/* One (line, end_line, col, end_col) per instruction unit, None if unknown. */
static Val code_positions(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("co_positions", nargs, kwnames, 0, 0)) return NULL;
    CodeObj *co = as_code(self);
    Val list = vm_list_new(0);
    if (!list) return NULL;
    for (size_t i = 0; i < co->ncode; i++) {
        vm_pos p = pos_at(co, i);
        bool known = p.line > 0;
        Val t = vm_tuple_pack(4, opt_int(p.line, known), opt_int(p.end_line, known), opt_int(p.col, known && p.col >= 0),
                              opt_int(p.end_col, known && p.end_col >= 0));
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
    size_t start = 0;
    for (size_t i = 1; i <= co->ncode; i++) {
        int32_t line = pos_at(co, start).line;
        if (i < co->ncode && pos_at(co, i).line == line) continue;
        Val t = vm_tuple_pack(3, vm_int_from_i64((int64_t)start * 2), vm_int_from_i64((int64_t)i * 2),
                              line > 0 ? vm_int_from_i64(line) : VM_None);
        if (!t || vm_list_append(list, t) < 0) return NULL;
        start = i;
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
    cr_span pos = cr_span_make(co->positions, co->positions ? co->ncode * sizeof(vm_pos) : 0);
    for (size_t i = 0; i < co->ncode && co->code; i++) {
        uint16_t u = vm_code_unit(co, i);
        int op = u & 0xff;
        arg = (arg << 8) | (u >> 8);
        if (op == OP_EXTENDED_ARG) continue;
        int32_t line = 0;
        if (pos.len == co->ncode * sizeof(vm_pos)) {
            /* line is the first field of vm_pos (little-endian int32) */
            size_t at = i * sizeof(vm_pos);
            line = (int32_t)((uint32_t)cr_span_at(pos, at) | ((uint32_t)cr_span_at(pos, at + 1) << 8) |
                             ((uint32_t)cr_span_at(pos, at + 2) << 16) |
                             ((uint32_t)cr_span_at(pos, at + 3) << 24));
        }
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
