/* The compiler's core: entry points, compilation units (one per code
 * object), instruction emission with labels, constants and names, name
 * resolution (LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME ...), the
 * assembler and SyntaxError reporting.  Statements are in compile_stmt.c,
 * expressions in compile_expr.c, match statements in compile_match.c.
 *
 * Emission is a flat list of instructions per unit; jumps refer to labels.
 * The assembler lays the instructions out with EXTENDED_ARG prefixes
 * (iterating until jump offsets are stable), then the shared flow analysis
 * (vm_code_flow) computes co_stacksize and co_blockdepth exactly, and the
 * result is checked by vm_code_verify.
 */
#include "compiler/compile_int.h"
#include "core/host.h"
#include "vm/state.h"
#include "vm/ceval_internal.h"

static int cp_rec_depth; /* nesting of the compiler's recursive visitors */

bool cp_enter_recursion(void)
{
    long lim = (long)vm->recursion_limit * 3, base = (long)vm->recursion_depth * 3;
    if (base + cp_rec_depth >= lim || vm_c_stack_exhausted()) {
        vm_err_str(&vm_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return false;
    }
    cp_rec_depth++;
    return true;
}

void cp_leave_recursion(void)
{
    if (cp_rec_depth > 0) cp_rec_depth--;
}

/* ---- errors ---- */

bool cp_serror(cp_compiler *c, const char *msg)
{
    Val m = vm_str_cstr(msg);
    if (!m) return false;
    c->err.msg = m;
    c->err.lineno = c->u->pos.line;
    c->err.col = c->u->pos.col;
    c->err.end_lineno = c->u->pos.end_line;
    c->err.end_col = c->u->pos.end_col;
    return false;
}

bool cp_serror_name(cp_compiler *c, const char *fmt, Val name)
{
    Val m = vm_str_fmt(fmt, name);
    if (!m) return false;
    c->err.msg = m;
    c->err.lineno = c->u->pos.line;
    c->err.col = c->u->pos.col;
    c->err.end_lineno = c->u->pos.end_line;
    c->err.end_col = c->u->pos.end_col;
    return false;
}

/* ---- warnings ---- */

static bool source_line(cr_span src, int lineno, cr_span *out);

/* The warnings module is not involved: like its default filter for
 * SyntaxWarning, every occurrence is shown ("file:line: SyntaxWarning: msg"
 * and the stripped source line when the file exists, as linecache would). */
bool cp_warn(cp_compiler *c, const char *msg)
{
    int lineno = c->u->pos.line;
    Val text = vm_str_fmt("%U:%d: SyntaxWarning: %s\n", c->filename, lineno, msg);
    if (!text) return false;
    cr_span line;
    const char *fname = vm_str_cstr_of(c->filename);
    bool exists = fname && cr_host_services && cr_host_services->is_file && cr_host_services->is_file(fname) > 0;
    if (exists && source_line(c->source, lineno, &line)) {
        size_t a = 0, b = line.len;
        while (a < b && (cr_span_at(line, a) == ' ' || cr_span_at(line, a) == '\t')) a++;
        while (b > a && (cr_span_at(line, b - 1) == '\n' || cr_span_at(line, b - 1) == '\r' ||
                         cr_span_at(line, b - 1) == ' ' || cr_span_at(line, b - 1) == '\t'))
            b--;
        Val l = vm_str_decode_utf8(cr_span_sub(line, a, b - a), "replace");
        Val extra = l ? vm_str_fmt("  %U\n", l) : NULL;
        if (!extra) return false;
        text = vm_str_concat(text, extra);
        if (!text) return false;
    }
    Val file = vm->sys_module ? vm_getattr_opt(vm->sys_module, vm_intern_cstr("stderr")) : NULL;
    if (!file) vm_err_clear();
    if (!file || file == VM_None || vm_print_str(file, text) < 0) {
        vm_err_clear();
        vm_write_stderr_cstr(vm_str_cstr_of(text));
    }
    return true;
}

/* ---- instructions and labels ---- */

static bool push_small(cr_vals *v, int64_t x)
{
    if (!cr_vals_push(v, val_from_small(x))) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static bool emit_full(cp_compiler *c, int op, int64_t arg, int label)
{
    cp_unit *u = c->u;
    TRY(push_small(&u->ins, op));
    TRY(push_small(&u->ins, arg));
    TRY(push_small(&u->ins, label));
    TRY(push_small(&u->ins, u->pos.line));
    TRY(push_small(&u->ins, u->pos.end_line));
    TRY(push_small(&u->ins, u->pos.col));
    TRY(push_small(&u->ins, u->pos.end_col));
    u->nins++;
    return true;
}

bool cp_emit(cp_compiler *c, int op, int64_t arg)
{
    if (arg < 0 || arg > INT32_MAX) {
        vm_err_str(&vm_exc_SystemError, "compiler: instruction argument out of range");
        return false;
    }
    return emit_full(c, op, arg, -1);
}

bool cp_emit_jump(cp_compiler *c, int op, int label)
{
    return emit_full(c, op, 0, label);
}

int cp_new_label(cp_compiler *c)
{
    cp_unit *u = c->u;
    if (!push_small(&u->labels, -1)) return -1;
    return (int)(u->labels.len - 1);
}

bool cp_bind(cp_compiler *c, int label)
{
    cr_vals_set(&c->u->labels, (size_t)label, val_from_small((int64_t)c->u->nins));
    return true;
}

static int64_t ins_get(cp_unit *u, size_t i, size_t field)
{
    return val_small(cr_vals_get(&u->ins, i * CP_INS_STRIDE + field));
}

/* ---- constants and names ---- */

static Val const_key(Val v);

static Val tuple_key(Val v)
{
    size_t n = vm_tuple_len(v);
    Val t = vm_tuple_new(n);
    if (!t) return NULL;
    for (size_t i = 0; i < n; i++) {
        Val k = const_key(vm_tuple_get(v, i));
        if (!k) return NULL;
        vm_tuple_set(t, i, k);
    }
    return t;
}

/* A key telling constants apart exactly as CPython's _PyCode_ConstantKey:
 * 1, 1.0 and True differ; 0.0 and -0.0 differ. */
static Val const_key(Val v)
{
    Type *t = vm_typeof(v);
    if (t == &vm_type_str) return v;
    Val tn = vm_str_cstr(t->name);
    if (!tn) return NULL;
    Val inner = v;
    if (t == &vm_type_float || t == &vm_type_complex) {
        inner = vm_repr(v);
    } else if (t == &vm_type_tuple) {
        inner = tuple_key(v);
    } else if (t == &vm_type_frozenset) {
        inner = vm_repr(v); /* frozensets of constants: repr is exact enough */
    }
    if (!inner) return NULL;
    return vm_tuple_pack(2, tn, inner);
}

int64_t cp_add_const(cp_compiler *c, Val v)
{
    cp_unit *u = c->u;
    if (vm_is_type(v, &vm_type_code)) {
        if (vm_list_append(u->consts, v) < 0) return -1;
        return (int64_t)vm_list_len(u->consts) - 1;
    }
    Val key = const_key(v);
    if (!key) return -1;
    Val shared = vm_dict_get(c->const_cache, key);
    if (shared) v = shared;
    else if (vm_err_occurred() || vm_dict_set(c->const_cache, key, v) < 0) return -1;
    Val idx = vm_dict_get(u->const_index, key);
    if (idx) return val_small(idx);
    if (vm_err_occurred()) return -1;
    int64_t n = (int64_t)vm_list_len(u->consts);
    if (vm_list_append(u->consts, v) < 0 || vm_dict_set(u->const_index, key, val_from_small(n)) < 0) return -1;
    return n;
}

bool cp_load_const(cp_compiler *c, Val v)
{
    if (!v) return false;
    int64_t i = cp_add_const(c, v);
    return i >= 0 && cp_emit(c, OP_LOAD_CONST, i);
}

static int64_t dict_index(Val list, Val dict, Val name)
{
    Val idx = vm_dict_get(dict, name);
    if (idx) return val_small(idx);
    if (vm_err_occurred()) return -1;
    int64_t n = (int64_t)vm_list_len(list);
    if (vm_list_append(list, name) < 0 || vm_dict_set(dict, name, val_from_small(n)) < 0) return -1;
    return n;
}

int64_t cp_add_name(cp_compiler *c, Val name)
{
    return dict_index(c->u->names, c->u->name_index, name);
}

bool cp_emit_name(cp_compiler *c, int op, Val name)
{
    if (!name) return false;
    Val m = cp_mangle(c->u->private_name, name);
    if (!m) return false;
    int64_t i = cp_add_name(c, m);
    return i >= 0 && cp_emit(c, op, i);
}

static int64_t deref_index(cp_compiler *c, Val name)
{
    Val i = vm_dict_get(c->u->cellvars, name);
    if (i) return val_small(i);
    i = vm_dict_get(c->u->freevars, name);
    if (i) return (int64_t)c->u->ncells + val_small(i);
    if (!vm_err_occurred()) vm_err_fmt(&vm_exc_SystemError, "compiler: no cell for name %R", name);
    return -1;
}

bool cp_forbidden_name(cp_compiler *c, cr_span name, cp_expr_context ctx)
{
    if (ctx == CP_Load || !cr_span_eq(name, cr_span_cstr("__debug__"))) return false;
    cp_serror(c, ctx == CP_Store ? "cannot assign to __debug__" : "cannot delete __debug__");
    return true;
}

bool cp_nameop(cp_compiler *c, Val name, cp_expr_context ctx)
{
    cp_unit *u = c->u;
    if (cp_forbidden_name(c, vm_str_span(name), ctx)) return false;
    Val mangled = cp_mangle(u->private_name, name);
    if (!mangled) return false;
    int scope = cp_ste_scope(u->ste, mangled);
    bool func = u->ste->type == CP_BLOCK_FUNCTION;
    enum { K_NAME, K_FAST, K_GLOBAL, K_DEREF } kind = K_NAME;
    switch (scope) {
    case CP_SC_FREE: case CP_SC_CELL: kind = K_DEREF; break;
    case CP_SC_LOCAL: if (func) kind = K_FAST; break;
    case CP_SC_GLOBAL_IMPLICIT: if (func) kind = K_GLOBAL; break;
    case CP_SC_GLOBAL_EXPLICIT: kind = K_GLOBAL; break;
    default: break;
    }
    int op;
    switch (kind) {
    case K_DEREF: {
        op = ctx == CP_Load ? (u->ste->type == CP_BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
             : ctx == CP_Store ? OP_STORE_DEREF : OP_DELETE_DEREF;
        int64_t i = deref_index(c, mangled);
        return i >= 0 && cp_emit(c, op, i);
    }
    case K_FAST: {
        op = ctx == CP_Load ? OP_LOAD_FAST : ctx == CP_Store ? OP_STORE_FAST : OP_DELETE_FAST;
        int64_t i = dict_index(u->varnames, u->var_index, mangled);
        return i >= 0 && cp_emit(c, op, i);
    }
    case K_GLOBAL:
        op = ctx == CP_Load ? OP_LOAD_GLOBAL : ctx == CP_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        break;
    default:
        op = ctx == CP_Load ? OP_LOAD_NAME : ctx == CP_Store ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    }
    int64_t i = cp_add_name(c, mangled);
    return i >= 0 && cp_emit(c, op, i);
}

bool cp_nameop_cstr(cp_compiler *c, const char *name, cp_expr_context ctx)
{
    Val n = vm_intern_cstr(name);
    return n && cp_nameop(c, n, ctx);
}

/* ---- fblocks ---- */

cp_fblock *cp_fblock_at(cp_compiler *c, int i)
{
    if (i < 0 || i >= c->u->nfblocks || i >= CP_MAXBLOCKS) cr_panic_bounds();
    return &c->u->fb[i];
}

bool cp_push_fblock(cp_compiler *c, cp_fblock_type t, int block, int exit)
{
    cp_unit *u = c->u;
    if (u->nfblocks >= CP_MAXBLOCKS) return cp_serror(c, "too many statically nested blocks");
    u->nfblocks++;
    cp_fblock *f = cp_fblock_at(c, u->nfblocks - 1);
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->finalbody = NULL;
    f->name = NULL;
    f->pos = u->pos;
    return true;
}

cp_fblock *cp_top_fblock(cp_compiler *c)
{
    return c->u->nfblocks ? cp_fblock_at(c, c->u->nfblocks - 1) : NULL;
}

void cp_pop_fblock(cp_compiler *c)
{
    if (c->u->nfblocks > 0) c->u->nfblocks--;
}

/* ---- scopes ---- */

/* Names of ste with the given scope (or flag), sorted, numbered from 0. */
static Val dict_by_type(cp_ste *ste, int scope, int flag)
{
    Val list = vm_list_new(0);
    if (!list) return NULL;
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(ste->symbols, &pos, &k, &v)) {
        int f = (int)val_small(v);
        int sc = (f >> CP_SCOPE_OFFSET) & 7;
        if (sc == scope || (f & flag))
            if (vm_list_append(list, k) < 0) return NULL;
    }
    if (vm_list_sort(list, NULL, false) < 0) return NULL;
    Val d = vm_dict_new();
    if (!d) return NULL;
    for (size_t i = 0; i < vm_list_len(list); i++)
        if (vm_dict_set(d, vm_list_get(list, i), val_from_small((int64_t)i)) < 0) return NULL;
    return d;
}

static bool is_function_scope(cp_scope_type t)
{
    return t == CP_SCOPE_FUNCTION || t == CP_SCOPE_ASYNC_FUNCTION || t == CP_SCOPE_LAMBDA;
}

static Val qualname_for(cp_compiler *c, cp_unit *u)
{
    cp_unit *parent = u->parent;
    if (!parent || parent->scope_type == CP_SCOPE_MODULE) return u->name;
    if (u->scope_type == CP_SCOPE_FUNCTION || u->scope_type == CP_SCOPE_ASYNC_FUNCTION ||
        u->scope_type == CP_SCOPE_CLASS) {
        Val mangled = cp_mangle(parent->private_name, u->name);
        if (!mangled) return NULL;
        if (cp_ste_scope(parent->ste, mangled) == CP_SC_GLOBAL_EXPLICIT) return u->name;
    }
    if (is_function_scope(parent->scope_type)) return vm_str_fmt("%U.<locals>.%U", parent->qualname, u->name);
    return vm_str_fmt("%U.%U", parent->qualname, u->name);
}

bool cp_enter_scope(cp_compiler *c, Val name, cp_scope_type type, const void *key, int lineno)
{
    cp_unit *u = cr_alloc(sizeof(cp_unit), CR_SCAN);
    if (!u) {
        vm_err_nomem();
        return false;
    }
    u->ste = c->u ? cp_ste_child_for(c->u->ste, key) : NULL;
    if (!u->ste) u->ste = cp_symtable_lookup(c->st, key);
    if (!u->ste) {
        if (!vm_err_occurred()) vm_err_str(&vm_exc_SystemError, "compiler: unknown scope");
        return false;
    }
    u->parent = c->u;
    u->scope_type = type;
    u->name = name;
    u->firstlineno = lineno;
    u->pos = cp_pos_of(lineno, 0, lineno, 0);
    if (c->u) {
        u->private_name = c->u->private_name;
        u->pos = c->u->pos;
    }
    cr_vals_init(&u->ins);
    cr_vals_init(&u->labels);
    if (!(u->consts = vm_list_new(0)) || !(u->const_index = vm_dict_new()) || !(u->names = vm_list_new(0)) ||
        !(u->name_index = vm_dict_new()) || !(u->varnames = vm_list_new(0)) || !(u->var_index = vm_dict_new()))
        return false;
    for (size_t i = 0; i < vm_list_len(u->ste->varnames); i++)
        if (dict_index(u->varnames, u->var_index, vm_list_get(u->ste->varnames, i)) < 0) return false;
    if (!(u->cellvars = dict_by_type(u->ste, CP_SC_CELL, 0))) return false;
    if (u->ste->needs_class_closure) {
        Val cls = vm_intern_cstr("__class__");
        if (!cls || vm_dict_set(u->cellvars, cls, val_from_small(0)) < 0) return false;
    }
    u->ncells = vm_dict_len(u->cellvars);
    if (!(u->freevars = dict_by_type(u->ste, CP_SC_FREE, CP_DEF_FREE_CLASS))) return false;
    c->u = u;
    c->nestlevel++;
    if (type != CP_SCOPE_MODULE) {
        u->qualname = qualname_for(c, u);
        if (!u->qualname) return false;
    } else {
        u->qualname = name;
    }
    if (u->ste->type == CP_BLOCK_FUNCTION && (u->ste->generator || u->ste->coroutine)) {
        int kind = u->ste->coroutine ? (u->ste->generator ? 2 : 1) : 0;
        TRY(cp_emit(c, OP_GEN_START, kind));
    }
    return true;
}

void cp_exit_scope(cp_compiler *c)
{
    c->nestlevel--;
    c->u = c->u->parent;
}

/* ---- the assembler ---- */

void (*cp_debug_bad_code)(CodeObj *co);

static int ext_count(int64_t arg)
{
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

static Val list_tuple(Val list)
{
    return vm_tuple_from(vm_list_obj(list)->v.items, vm_list_len(list));
}

static Val dict_keys_tuple(Val d)
{
    /* keys ordered by their index values */
    size_t n = vm_dict_len(d);
    Val t = vm_tuple_new(n);
    if (!t) return NULL;
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(d, &pos, &k, &v)) {
        int64_t i = val_small(v);
        if (i < 0 || (size_t)i >= n) {
            vm_err_str(&vm_exc_SystemError, "compiler: bad cell index");
            return NULL;
        }
        vm_tuple_set(t, (size_t)i, k);
    }
    return t;
}

static int compute_flags(cp_unit *u)
{
    int flags = 0;
    cp_ste *ste = u->ste;
    if (ste->type == CP_BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
}

static bool append_i32(cr_buf *b, int32_t x)
{
    uint32_t u = (uint32_t)x;
    uint8_t bytes[4] = {(uint8_t)u, (uint8_t)(u >> 8), (uint8_t)(u >> 16), (uint8_t)(u >> 24)};
    return cr_buf_append(b, cr_span_make(bytes, 4));
}

/* Lay out instructions: offsets[i] = unit index of instruction i. */
static bool layout(cp_compiler *c, cr_vals *sizes, cr_vals *offsets, size_t *total)
{
    cp_unit *u = c->u;
    size_t n = u->nins;
    if (!cr_vals_resize(sizes, n, val_from_small(1)) || !cr_vals_resize(offsets, n + 1, val_from_small(0))) {
        vm_err_nomem();
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (ins_get(u, i, 2) < 0)
            cr_vals_set(sizes, i, val_from_small(1 + ext_count(ins_get(u, i, 1))));
    for (int round = 0; round < 64; round++) {
        size_t off = 0;
        for (size_t i = 0; i < n; i++) {
            cr_vals_set(offsets, i, val_from_small((int64_t)off));
            off += (size_t)val_small(cr_vals_get(sizes, i));
        }
        cr_vals_set(offsets, n, val_from_small((int64_t)off));
        *total = off;
        bool changed = false;
        for (size_t i = 0; i < n; i++) {
            int64_t label = ins_get(u, i, 2);
            if (label < 0) continue;
            int64_t target = val_small(cr_vals_get(&u->labels, (size_t)label));
            if (target < 0 || (size_t)target >= n) {
                vm_err_str(&vm_exc_SystemError, "compiler: jump to an unbound label");
                return false;
            }
            int64_t arg = val_small(cr_vals_get(offsets, (size_t)target));
            int64_t need = 1 + ext_count(arg);
            if (need > val_small(cr_vals_get(sizes, i))) {
                cr_vals_set(sizes, i, val_from_small(need));
                changed = true;
            }
        }
        if (!changed) return true;
    }
    vm_err_str(&vm_exc_SystemError, "compiler: jump layout did not converge");
    return false;
}

static void ins_set(cp_unit *u, size_t i, size_t field, int64_t v)
{
    cr_vals_set(&u->ins, i * CP_INS_STRIDE + field, val_from_small(v));
}

static int64_t label_target(cp_unit *u, int64_t label)
{
    return val_small(cr_vals_get(&u->labels, (size_t)label));
}

/* Peephole pass: jumps to an unconditional jump go straight to its target
 * (a few hops at most, so cycles stay harmless), and NOPs are dropped
 * (labels bound to them move to the next instruction). */
static bool peephole(cp_unit *u)
{
    for (size_t i = 0; i < u->nins; i++) {
        int64_t label = ins_get(u, i, 2);
        int op = (int)ins_get(u, i, 0);
        if (label < 0 || op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH) continue;
        for (int hop = 0; hop < 8; hop++) {
            int64_t t = label_target(u, label);
            if (t < 0 || (size_t)t >= u->nins || ins_get(u, (size_t)t, 0) != CP_OP_JUMP) break;
            int64_t next = ins_get(u, (size_t)t, 2);
            if (next == label) break;
            label = next;
        }
        ins_set(u, i, 2, label);
    }
    cr_vals newidx;
    cr_vals_init(&newidx);
    if (!cr_vals_resize(&newidx, u->nins + 1, val_from_small(0))) {
        vm_err_nomem();
        return false;
    }
    size_t kept = 0;
    for (size_t i = 0; i < u->nins; i++) {
        cr_vals_set(&newidx, i, val_from_small((int64_t)kept));
        if (ins_get(u, i, 0) == OP_NOP) continue;
        if (kept != i)
            for (size_t f = 0; f < CP_INS_STRIDE; f++) ins_set(u, kept, f, ins_get(u, i, f));
        kept++;
    }
    cr_vals_set(&newidx, u->nins, val_from_small((int64_t)kept));
    for (size_t l = 0; l < u->labels.len; l++) {
        int64_t t = label_target(u, (int64_t)l);
        if (t >= 0 && (size_t)t <= u->nins) cr_vals_set(&u->labels, l, cr_vals_get(&newidx, (size_t)t));
    }
    u->nins = kept;
    cr_vals_resize(&u->ins, kept * CP_INS_STRIDE, NULL);
    return true;
}

CodeObj *cp_assemble(cp_compiler *c)
{
    cp_unit *u = c->u;
    if (!peephole(u)) return NULL;
    cr_vals sizes, offsets;
    cr_vals_init(&sizes);
    cr_vals_init(&offsets);
    size_t total = 0;
    if (!layout(c, &sizes, &offsets, &total)) return NULL;
    cr_buf code;
    cr_buf_init(&code);
    vm_postab_writer pos;
    vm_postab_init(&pos);
    for (size_t i = 0; i < u->nins; i++) {
        int op = (int)ins_get(u, i, 0);
        int64_t arg = ins_get(u, i, 1);
        int64_t label = ins_get(u, i, 2);
        int64_t here = val_small(cr_vals_get(&offsets, i));
        if (label >= 0) {
            int64_t target = val_small(cr_vals_get(&u->labels, (size_t)label));
            arg = val_small(cr_vals_get(&offsets, (size_t)target));
            if (op == CP_OP_JUMP) op = arg > here ? OP_JUMP_FORWARD : OP_JUMP_ABSOLUTE;
        }
        int size = (int)val_small(cr_vals_get(&sizes, i));
        vm_pos p = {(int32_t)ins_get(u, i, 3), (int32_t)ins_get(u, i, 4), (int32_t)ins_get(u, i, 5),
                    (int32_t)ins_get(u, i, 6)};
        for (int k = size - 1; k >= 0; k--) {
            int o = k == 0 ? op : OP_EXTENDED_ARG;
            int shift = 8 * k;
            uint8_t unit[2] = {(uint8_t)o, (uint8_t)(shift < 32 ? (arg >> shift) & 0xff : 0)};
            cr_buf_append(&code, cr_span_make(unit, 2));
        }
        vm_postab_add(&pos, p, (size_t)size);
    }
    vm_postab_finish(&pos);
    if (code.failed || pos.buf.failed) {
        vm_err_nomem();
        return NULL;
    }
    CodeObj *co = vm_code_alloc();
    if (!co) return NULL;
    co->code = (uint16_t *)(void *)code.ptr;
    co->ncode = total;
    co->postab = pos.buf.ptr;
    co->npostab = pos.buf.len;
    co->argcount = u->argcount + u->posonlyargcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = compute_flags(u);
    co->firstlineno = u->firstlineno;
    if (!(co->consts = list_tuple(u->consts)) || !(co->names = list_tuple(u->names)) ||
        !(co->varnames = list_tuple(u->varnames)) || !(co->cellvars = dict_keys_tuple(u->cellvars)) ||
        !(co->freevars = dict_keys_tuple(u->freevars)))
        return NULL;
    co->nlocals = (int)vm_tuple_len(co->varnames);
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    /* cell2arg: cells that are also arguments start with the argument. */
    int nargs = co->argcount + co->kwonlyargcount + ((co->flags & CO_VARARGS) ? 1 : 0) +
                ((co->flags & CO_VARKEYWORDS) ? 1 : 0);
    size_t ncells = vm_tuple_len(co->cellvars);
    bool any = false;
    cr_buf c2a;
    cr_buf_init(&c2a);
    for (size_t i = 0; i < ncells; i++) {
        int32_t arg = -1;
        Val cell = vm_tuple_get(co->cellvars, i);
        for (int a = 0; a < nargs && (size_t)a < vm_tuple_len(co->varnames); a++)
            if (vm_str_eq(vm_tuple_get(co->varnames, (size_t)a), cell)) {
                arg = a;
                break;
            }
        if (arg >= 0) any = true;
        append_i32(&c2a, arg);
    }
    if (c2a.failed) {
        vm_err_nomem();
        return NULL;
    }
    co->cell2arg = any ? (int *)(void *)c2a.ptr : NULL;
    int ms, mb;
    co->stacksize = VM_CODE_MAX_STACK;
    co->blockdepth = VM_CODE_MAX_BLOCKS;
    if (!vm_code_flow(co, &ms, &mb)) {
        if (cp_debug_bad_code) cp_debug_bad_code(co);
        return NULL;
    }
    co->stacksize = ms;
    co->blockdepth = mb;
    if (!vm_code_verify(co)) return NULL;
    return co;
}

bool cp_make_closure(cp_compiler *c, CodeObj *co, int flags, Val qualname)
{
    size_t nfree = vm_tuple_len(co->freevars);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++) {
            Val name = vm_tuple_get(co->freevars, i);
            int64_t idx;
            if (c->u->scope_type == CP_SCOPE_CLASS && vm_str_eq_cstr(name, "__class__")) {
                Val v = vm_dict_get(c->u->cellvars, name);
                if (!v) {
                    vm_err_str(&vm_exc_SystemError, "compiler: no __class__ cell");
                    return false;
                }
                idx = val_small(v);
            } else {
                idx = deref_index(c, name);
                if (idx < 0) return false;
            }
            TRY(cp_emit(c, OP_LOAD_CLOSURE, idx));
        }
        TRY(cp_emit(c, OP_BUILD_TUPLE, (int64_t)nfree));
        flags |= 8;
    }
    TRY(cp_load_const(c, obj_val(co)));
    TRY(cp_load_const(c, qualname ? qualname : co->name));
    return cp_emit(c, OP_MAKE_FUNCTION, flags);
}

/* ---- SyntaxError reporting ---- */

/* The line `lineno` (1-based) of source, with its newline. */
static bool source_line(cr_span src, int lineno, cr_span *out)
{
    if (lineno < 1 || src.len == 0) return false;
    size_t start = 0;
    for (int l = 1; l < lineno; l++) {
        int64_t nl = cr_span_find_byte(src, '\n', start);
        if (nl < 0) return false;
        start = (size_t)nl + 1;
    }
    if (start > src.len) return false;
    int64_t nl = cr_span_find_byte(src, '\n', start);
    size_t end = nl < 0 ? src.len : (size_t)nl + 1;
    *out = cr_span_sub(src, start, end - start);
    return true;
}

/* 1-based character offset of byte column col in line. */
static int char_offset(cr_span line, int col)
{
    if (col < 0) return 0;
    if ((size_t)col > line.len || cr_utf8_validate(line) >= 0) return col + 1;
    return (int)cr_utf8_count(cr_span_sub(line, 0, (size_t)col)) + 1;
}

static Val line_text(cr_span line)
{
    Val t = vm_str_decode_utf8(line, "replace");
    if (!t) {
        vm_err_clear();
        return VM_None;
    }
    return t;
}

/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset));
 * negative end values are reported as None, as CPython does in some cases. */
static Val raise_syntax(Type *t, Val msg, Val filename, int lineno, int offset, Val text, int end_lineno,
                        int end_offset)
{
    if (!msg) return NULL;
    Val el = end_lineno >= 0 ? vm_int_from_i64(end_lineno) : VM_None;
    Val eo = end_offset >= 0 ? vm_int_from_i64(end_offset) : VM_None;
    Val details = vm_tuple_pack(6, filename ? filename : VM_None, vm_int_from_i64(lineno), vm_int_from_i64(offset),
                                text ? text : VM_None, el, eo);
    if (!details) return NULL;
    Val args = vm_tuple_pack(2, msg, details);
    if (!args) return NULL;
    Val exc = vm_exc_new(t, args);
    if (!exc) return NULL;
    return vm_err_set_val(exc);
}

static Val raise_cerror(cp_cerror *e, cr_span source, Val filename)
{
    cr_span line, endline;
    bool have = source_line(source, e->lineno, &line);
    /* CPython takes the text of compiler (not parser) errors from the file
     * on disk: none for pseudo-files such as <string>. */
    bool pseudo = filename && vm_is_str(filename) && vm_str_span(filename).len > 0 &&
                  cr_span_at(vm_str_span(filename), 0) == '<';
    Val text = have && !pseudo ? line_text(line) : VM_None;
    int offset = have ? char_offset(line, e->col) : e->col + 1;
    /* end_col -1: no column (offset 0); -2: no end offset at all (None) */
    int end_offset = e->end_col == -2 ? -1 : e->end_col < 0 ? 0 : e->end_col + 1;
    if (e->end_col >= 0 && source_line(source, e->end_lineno, &endline))
        end_offset = char_offset(endline, e->end_col);
    return raise_syntax(&vm_exc_SyntaxError, e->msg, filename, e->lineno, offset, text, e->end_lineno, end_offset);
}

static Val raise_parse_error(const cp_error *pe, Val filename)
{
    if (pe->kind == CP_ERR_MEMORY) return vm_err_nomem();
    Type *t = pe->kind == CP_ERR_INDENTATION ? &vm_exc_IndentationError
              : pe->kind == CP_ERR_TAB       ? &vm_exc_TabError
                                             : &vm_exc_SyntaxError;
    Val msg = vm_str_decode_utf8(pe->msg, "replace");
    if (!msg) return NULL;
    Val text = pe->text.len ? line_text(pe->text) : VM_None;
    /* the parser gives 0 where CPython reports None */
    return raise_syntax(t, msg, filename, pe->lineno, pe->offset, text, pe->end_lineno ? pe->end_lineno : -1,
                        pe->end_offset ? pe->end_offset : -1);
}

/* ---- entry points ---- */

static CodeObj *compile_mod(cp_compiler *c, cp_mod *mod)
{
    Val name = vm_intern_cstr("<module>");
    if (!name || !cp_enter_scope(c, name, CP_SCOPE_MODULE, mod, 1)) return NULL;
    switch (mod->kind) {
    case CP_MOD_Module:
        if (!cp_body(c, mod->v.Module.body)) return NULL;
        c->u->pos = cp_pos_of(0, 0, 0, 0);
        if (!cp_load_const(c, VM_None) || !cp_emit(c, OP_RETURN_VALUE, 0)) return NULL;
        break;
    case CP_MOD_Interactive:
        c->interactive = true;
        if (cp_find_ann(mod->v.Interactive.body) && !cp_emit(c, OP_SETUP_ANNOTATIONS, 0)) return NULL;
        if (!cp_visit_stmts(c, mod->v.Interactive.body)) return NULL;
        if (!cp_load_const(c, VM_None) || !cp_emit(c, OP_RETURN_VALUE, 0)) return NULL;
        break;
    case CP_MOD_Expression:
        if (!cp_visit_expr(c, mod->v.Expression.body) || !cp_emit(c, OP_RETURN_VALUE, 0)) return NULL;
        break;
    }
    return cp_assemble(c);
}

/* ---- future statements (CPython's future.c) ---- */

static bool is_future_import(cp_stmt *s)
{
    return s->kind == CP_STMT_ImportFrom && s->v.ImportFrom.module.len == 10 &&
           cr_span_eq(s->v.ImportFrom.module, cr_span_cstr("__future__"));
}

/* CPython gives no end offset here; the late-import error's offset is the
 * 0-based column (col_shift -1). */
static bool future_error(cp_compiler *c, cp_stmt *s, Val msg, int col_shift)
{
    if (!msg) return false;
    c->err.msg = msg;
    c->err.lineno = c->err.end_lineno = s->lineno;
    c->err.col = s->col_offset + col_shift;
    c->err.end_col = -2;
    return false;
}

static bool future_check_features(cp_compiler *c, cp_stmt *s)
{
    static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals",
                                        "generator_stop", "barry_as_FLUFL", NULL};
    for (size_t i = 0; i < s->v.ImportFrom.names.len; i++) {
        cp_ident f = cp_alias_seq_get(s->v.ImportFrom.names, i)->name;
        if (cr_span_eq(f, cr_span_cstr("annotations"))) {
            c->future_annotations = true;
            continue;
        }
        bool ok = false;
        for (int k = 0; known[k]; k++)
            if (cr_span_eq(f, cr_span_cstr(known[k]))) ok = true;
        if (ok) continue;
        if (cr_span_eq(f, cr_span_cstr("braces"))) return future_error(c, s, vm_str_cstr("not a chance"), 0);
        Val name = vm_str_decode_utf8(f, "replace");
        return future_error(c, s, name ? vm_str_fmt("future feature %.100U is not defined", name) : NULL, 0);
    }
    return true;
}

static bool future_parse(cp_compiler *c, cp_mod *mod)
{
    if (mod->kind != CP_MOD_Module && mod->kind != CP_MOD_Interactive) return true;
    cp_stmt_seq body = mod->kind == CP_MOD_Module ? mod->v.Module.body : mod->v.Interactive.body;
    size_t i = cp_is_docstring(body) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < body.len; i++) {
        cp_stmt *s = cp_stmt_seq_get(body, i);
        if (done && s->lineno > prev_line) return true;
        prev_line = s->lineno;
        if (is_future_import(s)) {
            if (done)
                return future_error(c, s, vm_str_cstr("from __future__ imports must occur at the beginning of the file"),
                                    -1);
            TRY(future_check_features(c, s));
            c->future_lineno = s->lineno;
        } else {
            done = true;
        }
    }
    return true;
}

static int default_optimize;

void cp_set_default_optimize(int level) { default_optimize = level < 0 ? 0 : level > 2 ? 2 : level; }
int cp_default_optimize(void) { return default_optimize; }

Val cp_compile_ast(cp_mod *mod, cr_span source, Val filename, int mode, int flags)
{
    cp_compiler cc;
    cp_compiler *c = &cc;
    c->u = NULL;
    c->filename = filename;
    c->mode = mode;
    c->flags = flags;
    c->nestlevel = 0;
    c->interactive = false;
    c->err.msg = NULL;
    c->source = source;
    c->const_cache = vm_dict_new();
    if (!c->const_cache) return NULL;
    c->optimize = (flags & CP_FLAG_OPTIMIZE_2) ? 2 : (flags & CP_FLAG_OPTIMIZE_1) ? 1
                  : (flags & CP_FLAG_OPTIMIZE_0) ? 0 : default_optimize;
    c->future_annotations = false;
    c->future_lineno = 0;
    if (!future_parse(c, mod)) {
        if (c->err.msg) return raise_cerror(&c->err, source, filename);
        return NULL;
    }
    c->st = cp_symtable_build(mod, filename, c->future_annotations, &c->err);
    if (!c->st) {
        if (c->err.msg) return raise_cerror(&c->err, source, filename);
        return NULL;
    }
    CodeObj *co = compile_mod(c, mod);
    if (!co) {
        if (c->err.msg) return raise_cerror(&c->err, source, filename);
        if (!vm_err_occurred()) vm_err_str(&vm_exc_SystemError, "compiler failed without an error");
        return NULL;
    }
    return obj_val(co);
}

Val cp_compile(cr_span source, Val filename, int mode, int flags)
{
    cp_error pe;
    pe.kind = CP_ERR_NONE;
    cp_mod *mod = cp_parse(source, mode, &pe);
    if (!mod) {
        if (pe.kind == CP_ERR_NONE && vm_err_occurred()) return NULL;
        return raise_parse_error(&pe, filename);
    }
    return cp_compile_ast(mod, source, filename, mode, flags);
}
