/* Symbol tables: a port of CPython 3.11's Python/symtable.c.
 *
 * Pass 1 (visit) records, per scope, every name with how it is used
 * (DEF_* flags).  Pass 2 (analyze) decides each name's scope, walking the
 * tree with the sets of names bound / declared global in enclosing function
 * scopes.  Sets are dicts mapping name -> True.
 */
#include "compiler/symtable.h"

#define GLOBAL_PARAM "name '%U' is parameter and global"
#define NONLOCAL_PARAM "name '%U' is parameter and nonlocal"
#define GLOBAL_AFTER_ASSIGN "name '%U' is assigned to before global declaration"
#define NONLOCAL_AFTER_ASSIGN "name '%U' is assigned to before nonlocal declaration"
#define GLOBAL_AFTER_USE "name '%U' is used prior to global declaration"
#define NONLOCAL_AFTER_USE "name '%U' is used prior to nonlocal declaration"
#define GLOBAL_ANNOT "annotated name '%U' can't be global"
#define NONLOCAL_ANNOT "annotated name '%U' can't be nonlocal"

/* ---- small helpers ---- */

Val cp_ident_str(cp_ident id)
{
    Val s = vm_str_new(id);
    return s ? vm_str_intern(s) : NULL;
}

Val cp_mangle(Val private_name, Val name)
{
    if (!private_name) return name;
    cr_span n = vm_str_span(name);
    /* Only __x (not __x__, not dotted) is mangled. */
    if (n.len < 2 || cr_span_at(n, 0) != '_' || cr_span_at(n, 1) != '_') return name;
    if (n.len >= 4 && cr_span_at(n, n.len - 1) == '_' && cr_span_at(n, n.len - 2) == '_') return name;
    if (cr_span_find_byte(n, '.', 0) >= 0) return name;
    cr_span p = vm_str_span(private_name);
    size_t k = 0;
    while (k < p.len && cr_span_at(p, k) == '_') k++;
    if (k == p.len) return name; /* class name of underscores only */
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, '_');
    cr_buf_append(&b, cr_span_from(p, k));
    cr_buf_append(&b, n);
    if (b.failed) return vm_err_nomem();
    Val s = vm_str_new(cr_buf_span(&b));
    return s ? vm_str_intern(s) : NULL;
}

static Val ste_val(cp_ste *ste) { return obj_val(ste); }
static cp_ste *val_ste(Val v) { return (cp_ste *)(void *)val_obj(v); }

cp_ste *cp_ste_child(cp_ste *ste, size_t i) { return val_ste(cr_vals_get(&ste->children, i)); }

int cp_ste_flags(cp_ste *ste, Val name)
{
    Val v = vm_dict_get(ste->symbols, name);
    if (!v) {
        vm_err_clear();
        return 0;
    }
    return (int)val_small(v);
}

int cp_ste_scope(cp_ste *ste, Val name)
{
    return (cp_ste_flags(ste, name) >> CP_SCOPE_OFFSET) & 7;
}

cp_ste *cp_symtable_lookup(cp_symtable *st, const void *key)
{
    /* Depth-first search from the current entry's children, then everywhere:
     * the compiler asks for children of the scope it is compiling. */
    cr_vals todo;
    cr_vals_init(&todo);
    if (!cr_vals_push(&todo, ste_val(st->top))) return NULL;
    while (todo.len) {
        cp_ste *s = val_ste(cr_vals_get(&todo, todo.len - 1));
        cr_vals_remove(&todo, todo.len - 1);
        if (s->key == key) return s;
        for (size_t i = 0; i < s->children.len; i++)
            if (!cr_vals_push(&todo, cr_vals_get(&s->children, i))) return NULL;
    }
    return NULL;
}

cp_ste *cp_ste_child_for(cp_ste *parent, const void *key)
{
    size_t n = parent->children.len;
    for (size_t k = 0; k < n; k++) {
        size_t i = (parent->child_hint + k) % n;
        cp_ste *c = cp_ste_child(parent, i);
        if (c->key == key) {
            parent->child_hint = i + 1;
            return c;
        }
    }
    return NULL;
}

/* ---- errors ---- */

static bool st_error(cp_symtable *st, int lineno, int col, int end_lineno, int end_col, const char *fmt, Val name)
{
    Val msg = name ? vm_str_fmt(fmt, name) : vm_str_cstr(fmt);
    if (!msg) return false;
    st->err->msg = msg;
    st->err->lineno = lineno;
    st->err->col = col;
    st->err->end_lineno = end_lineno;
    st->err->end_col = end_col;
    return false;
}

#define LOC_E(e) (e)->lineno, (e)->col_offset, (e)->end_lineno, (e)->end_col_offset

static bool error_at_directive(cp_symtable *st, cp_ste *ste, Val name, const char *fmt)
{
    Val d = vm_dict_get(ste->directives, name);
    if (!d) {
        vm_err_clear();
        return st_error(st, ste->lineno, ste->col_offset, ste->end_lineno, ste->end_col_offset, fmt, name);
    }
    return st_error(st, (int)val_small(vm_tuple_get(d, 0)), (int)val_small(vm_tuple_get(d, 1)),
                    (int)val_small(vm_tuple_get(d, 2)), (int)val_small(vm_tuple_get(d, 3)), fmt, name);
}

/* ---- sets as dicts ---- */

static bool set_add(Val s, Val k) { return vm_dict_set(s, k, VM_True) == 0; }
static bool set_has(Val s, Val k)
{
    Val v = vm_dict_get(s, k);
    if (!v) vm_err_clear();
    return v != NULL;
}
/* 1 removed, 0 absent, -1 error */
static int set_discard(Val s, Val k)
{
    Val out;
    return vm_dict_pop_opt(s, k, &out);
}
static bool set_update(Val s, Val other)
{
    size_t pos = 0;
    Val k, v;
    while (vm_dict_next(other, &pos, &k, &v))
        if (!set_add(s, k)) return false;
    return true;
}

/* ---- pass 1: entries and definitions ---- */

static cp_ste *ste_new(cp_symtable *st, Val name, cp_block_type type, const void *key, int lineno, int col,
                       int end_lineno, int end_col)
{
    cp_ste *ste = cr_alloc(sizeof(cp_ste), CR_SCAN);
    if (!ste) {
        vm_err_nomem();
        return NULL;
    }
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->lineno = lineno;
    ste->col_offset = col;
    ste->end_lineno = end_lineno;
    ste->end_col_offset = end_col;
    cr_vals_init(&ste->children);
    if (!(ste->symbols = vm_dict_new()) || !(ste->varnames = vm_list_new(0)) ||
        !(ste->directives = vm_dict_new()))
        return NULL;
    if (st->cur && (st->cur->nested || st->cur->type == CP_BLOCK_FUNCTION)) ste->nested = true;
    return ste;
}

static bool enter_block(cp_symtable *st, Val name, cp_block_type type, const void *key, int lineno, int col,
                        int end_lineno, int end_col)
{
    cp_ste *ste = ste_new(st, name, type, key, lineno, col, end_lineno, end_col);
    if (!ste) return false;
    if (!cr_vals_push(&st->stack, ste_val(ste))) {
        vm_err_nomem();
        return false;
    }
    cp_ste *prev = st->cur;
    if (prev) ste->comp_iter_expr = prev->comp_iter_expr;
    st->cur = ste;
    /* Postponed annotations get a block of their own that nobody analyses. */
    if (type == CP_BLOCK_ANNOTATION) return true;
    if (type == CP_BLOCK_MODULE) st->global = ste->symbols;
    if (prev && !cr_vals_push(&prev->children, ste_val(ste))) {
        vm_err_nomem();
        return false;
    }
    return true;
}

static void exit_block(cp_symtable *st)
{
    cr_vals_remove(&st->stack, st->stack.len - 1);
    st->cur = st->stack.len ? val_ste(cr_vals_get(&st->stack, st->stack.len - 1)) : NULL;
}

static bool add_def_helper(cp_symtable *st, Val name, int flag, cp_ste *ste, int lineno, int col,
                           int end_lineno, int end_col)
{
    Val mangled = cp_mangle(st->private_name, name);
    if (!mangled) return false;
    int val = flag;
    Val o = vm_dict_get(ste->symbols, mangled);
    if (o) {
        val = (int)val_small(o);
        if ((flag & CP_DEF_PARAM) && (val & CP_DEF_PARAM))
            return st_error(st, lineno, col, end_lineno, end_col,
                            "duplicate argument '%U' in function definition", name);
        val |= flag;
    } else if (vm_err_occurred()) {
        return false;
    }
    if (ste->comp_iter_target) {
        if (val & (CP_DEF_GLOBAL | CP_DEF_NONLOCAL))
            return st_error(st, lineno, col, end_lineno, end_col,
                            "comprehension inner loop cannot rebind assignment expression target '%U'", name);
        val |= CP_DEF_COMP_ITER;
    }
    if (vm_dict_set(ste->symbols, mangled, val_from_small(val)) < 0) return false;
    if (flag & CP_DEF_PARAM) {
        if (vm_list_append(ste->varnames, mangled) < 0) return false;
    } else if (flag & CP_DEF_GLOBAL) {
        int g = flag;
        Val old = vm_dict_get(st->global, mangled);
        if (old) g |= (int)val_small(old);
        if (vm_dict_set(st->global, mangled, val_from_small(g)) < 0) return false;
    }
    return true;
}

static bool add_def(cp_symtable *st, Val name, int flag, int lineno, int col, int end_lineno, int end_col)
{
    return add_def_helper(st, name, flag, st->cur, lineno, col, end_lineno, end_col);
}

static bool add_def_id(cp_symtable *st, cp_ident id, int flag, int lineno, int col, int end_lineno, int end_col)
{
    Val name = cp_ident_str(id);
    return name && add_def(st, name, flag, lineno, col, end_lineno, end_col);
}

static int lookup(cp_symtable *st, Val name)
{
    Val mangled = cp_mangle(st->private_name, name);
    if (!mangled) return -1;
    return cp_ste_flags(st->cur, mangled);
}

static bool record_directive(cp_symtable *st, Val name, int lineno, int col, int end_lineno, int end_col)
{
    Val mangled = cp_mangle(st->private_name, name);
    if (!mangled) return false;
    /* errors point at the first directive for a name */
    if (vm_dict_get(st->cur->directives, mangled)) return true;
    if (vm_err_occurred()) return false;
    Val t = vm_tuple_pack(4, val_from_small(lineno), val_from_small(col), val_from_small(end_lineno),
                          val_from_small(end_col));
    return t && vm_dict_set(st->cur->directives, mangled, t) == 0;
}

static bool visit_expr(cp_symtable *st, cp_expr *e);
static bool visit_stmt(cp_symtable *st, cp_stmt *s);
static bool visit_pattern(cp_symtable *st, cp_pattern *p);

static bool visit_exprs(cp_symtable *st, cp_expr_seq seq)
{
    for (size_t i = 0; i < seq.len; i++) {
        cp_expr *e = cp_expr_seq_get(seq, i);
        if (e && !visit_expr(st, e)) return false;
    }
    return true;
}

static bool visit_stmts(cp_symtable *st, cp_stmt_seq seq)
{
    for (size_t i = 0; i < seq.len; i++)
        if (!visit_stmt(st, cp_stmt_seq_get(seq, i))) return false;
    return true;
}

static bool visit_params(cp_symtable *st, cp_arg_seq args)
{
    for (size_t i = 0; i < args.len; i++) {
        cp_arg *a = cp_arg_seq_get(args, i);
        if (!add_def_id(st, a->arg, CP_DEF_PARAM, LOC_E(a))) return false;
    }
    return true;
}

/* An annotation: evaluated in the current scope, or (postponed by the
 * future import) only checked, in a throw-away annotation block. */
static bool visit_annotation(cp_symtable *st, cp_expr *e)
{
    if (!st->future_annotations) return visit_expr(st, e);
    Val name = vm_intern_cstr("_annotation");
    if (!name || !enter_block(st, name, CP_BLOCK_ANNOTATION, e, LOC_E(e))) return false;
    if (!visit_expr(st, e)) return false;
    exit_block(st);
    return true;
}

static bool not_in_annotation(cp_symtable *st, const char *what, cp_expr *e)
{
    if (st->cur->type != CP_BLOCK_ANNOTATION) return true;
    Val w = vm_str_cstr(what);
    return w && st_error(st, LOC_E(e), "'%U' can not be used within an annotation", w);
}

static bool visit_arg_annotations(cp_symtable *st, cp_arg_seq args)
{
    for (size_t i = 0; i < args.len; i++) {
        cp_arg *a = cp_arg_seq_get(args, i);
        if (a->annotation && !visit_annotation(st, a->annotation)) return false;
    }
    return true;
}

/* Function annotations are evaluated in the enclosing scope (3.11 without
 * "from __future__ import annotations"). */
static bool visit_annotations(cp_symtable *st, cp_arguments *a, cp_expr *returns)
{
    if (!visit_arg_annotations(st, a->posonlyargs) || !visit_arg_annotations(st, a->args)) return false;
    if (a->vararg && a->vararg->annotation && !visit_annotation(st, a->vararg->annotation)) return false;
    if (!visit_arg_annotations(st, a->kwonlyargs)) return false;
    if (a->kwarg && a->kwarg->annotation && !visit_annotation(st, a->kwarg->annotation)) return false;
    if (returns && !visit_annotation(st, returns)) return false;
    return true;
}

static bool visit_arguments(cp_symtable *st, cp_arguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) || !visit_params(st, a->kwonlyargs))
        return false;
    if (a->vararg) {
        if (!add_def_id(st, a->vararg->arg, CP_DEF_PARAM, LOC_E(a->vararg))) return false;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def_id(st, a->kwarg->arg, CP_DEF_PARAM, LOC_E(a->kwarg))) return false;
        st->cur->varkeywords = true;
    }
    return true;
}

static bool visit_alias(cp_symtable *st, cp_alias *a)
{
    cp_ident name = cp_ident_present(a->asname) ? a->asname : a->name;
    if (name.len == 1 && cr_span_at(name, 0) == '*') {
        if (st->cur->type != CP_BLOCK_MODULE)
            return st_error(st, LOC_E(a), "import * only allowed at module level", NULL);
        return true;
    }
    int64_t dot = cr_span_find_byte(name, '.', 0);
    if (dot >= 0) name = cr_span_sub(name, 0, (size_t)dot);
    return add_def_id(st, name, CP_DEF_IMPORT, LOC_E(a));
}

static bool visit_directive_names(cp_symtable *st, cp_stmt *s, bool global)
{
    cp_ident_seq names = global ? s->v.Global.names : s->v.Nonlocal.names;
    for (size_t i = 0; i < names.len; i++) {
        Val name = cp_ident_str(cp_ident_seq_get(names, i));
        if (!name) return false;
        int cur = lookup(st, name);
        if (cur < 0) return false;
        if (cur & (CP_DEF_PARAM | CP_DEF_LOCAL | CP_DEF_USE | CP_DEF_ANNOT)) {
            const char *msg;
            if (cur & CP_DEF_PARAM) msg = global ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & CP_DEF_USE) msg = global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & CP_DEF_ANNOT) msg = global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            return st_error(st, LOC_E(s), msg, name);
        }
        if (!add_def(st, name, global ? CP_DEF_GLOBAL : CP_DEF_NONLOCAL, LOC_E(s))) return false;
        if (!record_directive(st, name, LOC_E(s))) return false;
    }
    return true;
}

static bool visit_function(cp_symtable *st, cp_stmt *s, bool is_async)
{
    if (!add_def_id(st, s->v.FunctionDef.name, CP_DEF_LOCAL, LOC_E(s))) return false;
    cp_arguments *a = s->v.FunctionDef.args;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults)) return false;
    if (!visit_annotations(st, a, s->v.FunctionDef.returns)) return false;
    if (!visit_exprs(st, s->v.FunctionDef.decorator_list)) return false;
    Val name = cp_ident_str(s->v.FunctionDef.name);
    if (!name || !enter_block(st, name, CP_BLOCK_FUNCTION, s, LOC_E(s))) return false;
    if (is_async) st->cur->coroutine = true;
    if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body)) return false;
    exit_block(st);
    return true;
}

static bool visit_class(cp_symtable *st, cp_stmt *s)
{
    if (!add_def_id(st, s->v.ClassDef.name, CP_DEF_LOCAL, LOC_E(s))) return false;
    if (!visit_exprs(st, s->v.ClassDef.bases)) return false;
    for (size_t i = 0; i < s->v.ClassDef.keywords.len; i++)
        if (!visit_expr(st, cp_keyword_seq_get(s->v.ClassDef.keywords, i)->value)) return false;
    if (!visit_exprs(st, s->v.ClassDef.decorator_list)) return false;
    Val name = cp_ident_str(s->v.ClassDef.name);
    if (!name || !enter_block(st, name, CP_BLOCK_CLASS, s, LOC_E(s))) return false;
    Val saved = st->private_name;
    st->private_name = name;
    bool ok = visit_stmts(st, s->v.ClassDef.body);
    st->private_name = saved;
    if (!ok) return false;
    exit_block(st);
    return true;
}

static bool visit_annassign(cp_symtable *st, cp_stmt *s)
{
    cp_expr *t = s->v.AnnAssign.target;
    if (t->kind == CP_EXPR_Name) {
        Val name = cp_ident_str(t->v.Name.id);
        if (!name) return false;
        int cur = lookup(st, name);
        if (cur < 0) return false;
        if ((cur & (CP_DEF_GLOBAL | CP_DEF_NONLOCAL)) && st->cur->symbols != st->global && s->v.AnnAssign.simple)
            return st_error(st, LOC_E(s), (cur & CP_DEF_GLOBAL) ? GLOBAL_ANNOT : NONLOCAL_ANNOT, name);
        if (s->v.AnnAssign.simple) {
            if (!add_def(st, name, CP_DEF_ANNOT | CP_DEF_LOCAL, LOC_E(t))) return false;
        } else if (s->v.AnnAssign.value) {
            if (!add_def(st, name, CP_DEF_LOCAL, LOC_E(t))) return false;
        }
    } else if (!visit_expr(st, t)) {
        return false;
    }
    if (!visit_annotation(st, s->v.AnnAssign.annotation)) return false;
    if (s->v.AnnAssign.value && !visit_expr(st, s->v.AnnAssign.value)) return false;
    return true;
}

static bool visit_stmt_inner(cp_symtable *st, cp_stmt *s)
{
    switch (s->kind) {
    case CP_STMT_FunctionDef: return visit_function(st, s, false);
    case CP_STMT_AsyncFunctionDef: return visit_function(st, s, true);
    case CP_STMT_ClassDef: return visit_class(st, s);
    case CP_STMT_Return:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value)) return false;
            st->cur->returns_value = true;
        }
        return true;
    case CP_STMT_Delete: return visit_exprs(st, s->v.Delete.targets);
    case CP_STMT_Assign:
        return visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case CP_STMT_AnnAssign: return visit_annassign(st, s);
    case CP_STMT_AugAssign:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case CP_STMT_For: case CP_STMT_AsyncFor:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
    case CP_STMT_While:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, s->v.While.body) &&
               visit_stmts(st, s->v.While.orelse);
    case CP_STMT_If:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) && visit_stmts(st, s->v.If.orelse);
    case CP_STMT_Match:
        if (!visit_expr(st, s->v.Match.subject)) return false;
        for (size_t i = 0; i < s->v.Match.cases.len; i++) {
            cp_match_case *mc = cp_match_case_seq_get(s->v.Match.cases, i);
            if (!visit_pattern(st, mc->pattern)) return false;
            if (mc->guard && !visit_expr(st, mc->guard)) return false;
            if (!visit_stmts(st, mc->body)) return false;
        }
        return true;
    case CP_STMT_Raise:
        if (s->v.Raise.exc && !visit_expr(st, s->v.Raise.exc)) return false;
        if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause)) return false;
        return true;
    case CP_STMT_Try: case CP_STMT_TryStar:
        if (!visit_stmts(st, s->v.Try.body) || !visit_stmts(st, s->v.Try.orelse)) return false;
        for (size_t i = 0; i < s->v.Try.handlers.len; i++) {
            cp_excepthandler *h = cp_excepthandler_seq_get(s->v.Try.handlers, i);
            if (h->v.ExceptHandler.type && !visit_expr(st, h->v.ExceptHandler.type)) return false;
            if (cp_ident_present(h->v.ExceptHandler.name) &&
                !add_def_id(st, h->v.ExceptHandler.name, CP_DEF_LOCAL, LOC_E(h)))
                return false;
            if (!visit_stmts(st, h->v.ExceptHandler.body)) return false;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case CP_STMT_Assert:
        if (!visit_expr(st, s->v.Assert.test)) return false;
        return !s->v.Assert.msg || visit_expr(st, s->v.Assert.msg);
    case CP_STMT_Import:
        for (size_t i = 0; i < s->v.Import.names.len; i++)
            if (!visit_alias(st, cp_alias_seq_get(s->v.Import.names, i))) return false;
        return true;
    case CP_STMT_ImportFrom:
        for (size_t i = 0; i < s->v.ImportFrom.names.len; i++)
            if (!visit_alias(st, cp_alias_seq_get(s->v.ImportFrom.names, i))) return false;
        return true;
    case CP_STMT_Global: return visit_directive_names(st, s, true);
    case CP_STMT_Nonlocal: return visit_directive_names(st, s, false);
    case CP_STMT_Expr: return visit_expr(st, s->v.Expr.value);
    case CP_STMT_Pass: case CP_STMT_Break: case CP_STMT_Continue: return true;
    case CP_STMT_With: case CP_STMT_AsyncWith:
        for (size_t i = 0; i < s->v.With.items.len; i++) {
            cp_withitem *w = cp_withitem_seq_get(s->v.With.items, i);
            if (!visit_expr(st, w->context_expr)) return false;
            if (w->optional_vars && !visit_expr(st, w->optional_vars)) return false;
        }
        return visit_stmts(st, s->v.With.body);
    }
    return true;
}

static bool visit_stmt(cp_symtable *st, cp_stmt *s)
{
    if (!cp_enter_recursion()) return false;
    bool ok = visit_stmt_inner(st, s);
    cp_leave_recursion();
    return ok;
}

/* ---- comprehensions and assignment expressions ---- */

static bool visit_comprehension(cp_symtable *st, cp_comprehension *lc)
{
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, lc->target)) return false;
    st->cur->comp_iter_target = false;
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, lc->iter)) return false;
    st->cur->comp_iter_expr--;
    if (!visit_exprs(st, lc->ifs)) return false;
    if (lc->is_async) st->cur->coroutine = true;
    return true;
}

static bool handle_comprehension(cp_symtable *st, cp_expr *e, const char *scope_name, cp_comp_type kind,
                                 cp_comprehension_seq gens, cp_expr *elt, cp_expr *value)
{
    bool is_generator = e->kind == CP_EXPR_GeneratorExp;
    cp_comprehension *outer = cp_comprehension_seq_get(gens, 0);
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    if (!visit_expr(st, outer->iter)) return false;
    st->cur->comp_iter_expr--;
    Val name = vm_intern_cstr(scope_name);
    if (!name || !enter_block(st, name, CP_BLOCK_FUNCTION, e, LOC_E(e))) return false;
    st->cur->comprehension = kind;
    if (outer->is_async) st->cur->coroutine = true;
    Val dot0 = vm_intern_cstr(".0");
    if (!dot0 || !add_def(st, dot0, CP_DEF_PARAM, LOC_E(e))) return false;
    st->cur->comp_iter_target = true;
    if (!visit_expr(st, outer->target)) return false;
    st->cur->comp_iter_target = false;
    if (!visit_exprs(st, outer->ifs)) return false;
    for (size_t i = 1; i < gens.len; i++)
        if (!visit_comprehension(st, cp_comprehension_seq_get(gens, i))) return false;
    if (value && !visit_expr(st, value)) return false;
    if (!visit_expr(st, elt)) return false;
    st->cur->generator = is_generator;
    bool is_async = st->cur->coroutine && !is_generator;
    exit_block(st);
    if (is_async) st->cur->coroutine = true;
    return true;
}

static bool extend_namedexpr_scope(cp_symtable *st, cp_expr *e)
{
    Val target = cp_ident_str(e->v.Name.id);
    if (!target) return false;
    for (size_t k = st->stack.len; k-- > 0;) {
        cp_ste *ste = val_ste(cr_vals_get(&st->stack, k));
        if (ste->comprehension) {
            Val mangled = cp_mangle(st->private_name, target);
            if (!mangled) return false;
            if (cp_ste_flags(ste, mangled) & CP_DEF_COMP_ITER)
                return st_error(st, LOC_E(e),
                                "assignment expression cannot rebind comprehension iteration variable '%U'", target);
            continue;
        }
        if (ste->type == CP_BLOCK_FUNCTION) {
            Val mangled = cp_mangle(st->private_name, target);
            if (!mangled) return false;
            int flag = (cp_ste_flags(ste, mangled) & CP_DEF_GLOBAL) ? CP_DEF_GLOBAL : CP_DEF_NONLOCAL;
            if (!add_def(st, target, flag, LOC_E(e)) || !record_directive(st, target, LOC_E(e))) return false;
            return add_def_helper(st, target, CP_DEF_LOCAL, ste, LOC_E(e));
        }
        if (ste->type == CP_BLOCK_MODULE) {
            if (!add_def(st, target, CP_DEF_GLOBAL, LOC_E(e)) || !record_directive(st, target, LOC_E(e)))
                return false;
            return add_def_helper(st, target, CP_DEF_GLOBAL, ste, LOC_E(e));
        }
        if (ste->type == CP_BLOCK_CLASS)
            return st_error(st, LOC_E(e),
                            "assignment expression within a comprehension cannot be used in a class body", NULL);
    }
    return st_error(st, LOC_E(e), "invalid assignment expression", NULL);
}

static bool handle_namedexpr(cp_symtable *st, cp_expr *e)
{
    if (st->cur->comp_iter_expr > 0)
        return st_error(st, LOC_E(e), "assignment expression cannot be used in a comprehension iterable expression",
                        NULL);
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target)) return false;
    return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
}

static bool yield_in_comprehension(cp_symtable *st, cp_expr *e)
{
    cp_comp_type t = st->cur->comprehension;
    const char *msg = t == CP_COMP_LIST  ? "'yield' inside list comprehension"
                      : t == CP_COMP_SET ? "'yield' inside set comprehension"
                      : t == CP_COMP_DICT ? "'yield' inside dict comprehension"
                                          : "'yield' inside generator expression";
    return st_error(st, LOC_E(e), msg, NULL);
}

static bool visit_lambda(cp_symtable *st, cp_expr *e)
{
    cp_arguments *a = e->v.Lambda.args;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults)) return false;
    Val name = vm_intern_cstr("lambda");
    if (!name || !enter_block(st, name, CP_BLOCK_FUNCTION, e, LOC_E(e))) return false;
    if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body)) return false;
    exit_block(st);
    return true;
}

static bool visit_expr_inner(cp_symtable *st, cp_expr *e)
{
    switch (e->kind) {
    case CP_EXPR_NamedExpr:
        if (!not_in_annotation(st, "named expression", e)) return false;
        return handle_namedexpr(st, e);
    case CP_EXPR_BoolOp: return visit_exprs(st, e->v.BoolOp.values);
    case CP_EXPR_BinOp: return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case CP_EXPR_UnaryOp: return visit_expr(st, e->v.UnaryOp.operand);
    case CP_EXPR_Lambda: return visit_lambda(st, e);
    case CP_EXPR_IfExp:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case CP_EXPR_Dict: return visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
    case CP_EXPR_Set: return visit_exprs(st, e->v.Set.elts);
    case CP_EXPR_GeneratorExp:
        return handle_comprehension(st, e, "genexpr", CP_COMP_GEN, e->v.GeneratorExp.generators,
                                    e->v.GeneratorExp.elt, NULL);
    case CP_EXPR_ListComp:
        return handle_comprehension(st, e, "listcomp", CP_COMP_LIST, e->v.ListComp.generators, e->v.ListComp.elt,
                                    NULL);
    case CP_EXPR_SetComp:
        return handle_comprehension(st, e, "setcomp", CP_COMP_SET, e->v.SetComp.generators, e->v.SetComp.elt, NULL);
    case CP_EXPR_DictComp:
        return handle_comprehension(st, e, "dictcomp", CP_COMP_DICT, e->v.DictComp.generators, e->v.DictComp.key,
                                    e->v.DictComp.value);
    case CP_EXPR_Yield:
        if (!not_in_annotation(st, "yield expression", e)) return false;
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value)) return false;
        st->cur->generator = true;
        if (st->cur->comprehension) return yield_in_comprehension(st, e);
        return true;
    case CP_EXPR_YieldFrom:
        if (!not_in_annotation(st, "yield expression", e)) return false;
        if (!visit_expr(st, e->v.YieldFrom.value)) return false;
        st->cur->generator = true;
        if (st->cur->comprehension) return yield_in_comprehension(st, e);
        return true;
    case CP_EXPR_Await:
        if (!not_in_annotation(st, "await expression", e)) return false;
        if (!visit_expr(st, e->v.Await.value)) return false;
        st->cur->coroutine = true;
        return true;
    case CP_EXPR_Compare: return visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
    case CP_EXPR_Call:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args)) return false;
        for (size_t i = 0; i < e->v.Call.keywords.len; i++)
            if (!visit_expr(st, cp_keyword_seq_get(e->v.Call.keywords, i)->value)) return false;
        return true;
    case CP_EXPR_FormattedValue:
        if (!visit_expr(st, e->v.FormattedValue.value)) return false;
        return !e->v.FormattedValue.format_spec || visit_expr(st, e->v.FormattedValue.format_spec);
    case CP_EXPR_JoinedStr: return visit_exprs(st, e->v.JoinedStr.values);
    case CP_EXPR_Constant: return true;
    case CP_EXPR_Attribute: return visit_expr(st, e->v.Attribute.value);
    case CP_EXPR_Subscript: return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case CP_EXPR_Starred: return visit_expr(st, e->v.Starred.value);
    case CP_EXPR_Slice:
        if (e->v.Slice.lower && !visit_expr(st, e->v.Slice.lower)) return false;
        if (e->v.Slice.upper && !visit_expr(st, e->v.Slice.upper)) return false;
        return !e->v.Slice.step || visit_expr(st, e->v.Slice.step);
    case CP_EXPR_Name: {
        Val name = cp_ident_str(e->v.Name.id);
        if (!name) return false;
        if (!add_def(st, name, e->v.Name.ctx == CP_Load ? CP_DEF_USE : CP_DEF_LOCAL, LOC_E(e))) return false;
        /* super() counts as a use of __class__ */
        if (e->v.Name.ctx == CP_Load && st->cur->type == CP_BLOCK_FUNCTION && vm_str_eq_cstr(name, "super")) {
            Val cls = vm_intern_cstr("__class__");
            if (!cls || !add_def(st, cls, CP_DEF_USE, LOC_E(e))) return false;
        }
        return true;
    }
    case CP_EXPR_List: return visit_exprs(st, e->v.List.elts);
    case CP_EXPR_Tuple: return visit_exprs(st, e->v.Tuple.elts);
    }
    return true;
}

static bool visit_expr(cp_symtable *st, cp_expr *e)
{
    if (!cp_enter_recursion()) return false;
    bool ok = visit_expr_inner(st, e);
    cp_leave_recursion();
    return ok;
}

static bool visit_patterns(cp_symtable *st, cp_pattern_seq seq)
{
    for (size_t i = 0; i < seq.len; i++)
        if (!visit_pattern(st, cp_pattern_seq_get(seq, i))) return false;
    return true;
}

static bool visit_pattern(cp_symtable *st, cp_pattern *p)
{
    if (!cp_enter_recursion()) return false;
    bool ok = true;
    switch (p->kind) {
    case CP_PAT_MatchValue: ok = visit_expr(st, p->v.MatchValue.value); break;
    case CP_PAT_MatchSingleton: break;
    case CP_PAT_MatchSequence: ok = visit_patterns(st, p->v.MatchSequence.patterns); break;
    case CP_PAT_MatchStar:
        if (cp_ident_present(p->v.MatchStar.name)) ok = add_def_id(st, p->v.MatchStar.name, CP_DEF_LOCAL, LOC_E(p));
        break;
    case CP_PAT_MatchMapping:
        ok = visit_exprs(st, p->v.MatchMapping.keys) && visit_patterns(st, p->v.MatchMapping.patterns);
        if (ok && cp_ident_present(p->v.MatchMapping.rest))
            ok = add_def_id(st, p->v.MatchMapping.rest, CP_DEF_LOCAL, LOC_E(p));
        break;
    case CP_PAT_MatchClass:
        ok = visit_expr(st, p->v.MatchClass.cls) && visit_patterns(st, p->v.MatchClass.patterns) &&
             visit_patterns(st, p->v.MatchClass.kwd_patterns);
        break;
    case CP_PAT_MatchAs:
        if (p->v.MatchAs.pattern) ok = visit_pattern(st, p->v.MatchAs.pattern);
        if (ok && cp_ident_present(p->v.MatchAs.name)) ok = add_def_id(st, p->v.MatchAs.name, CP_DEF_LOCAL, LOC_E(p));
        break;
    case CP_PAT_MatchOr: ok = visit_patterns(st, p->v.MatchOr.patterns); break;
    }
    cp_leave_recursion();
    return ok;
}

/* ---- pass 2: analysis ---- */

static bool analyze_name(cp_symtable *st, cp_ste *ste, Val scopes, Val name, int flags, Val bound, Val local,
                         Val free, Val global)
{
    if (flags & CP_DEF_GLOBAL) {
        if (flags & CP_DEF_NONLOCAL) return error_at_directive(st, ste, name, "name '%U' is nonlocal and global");
        if (vm_dict_set(scopes, name, val_from_small(CP_SC_GLOBAL_EXPLICIT)) < 0) return false;
        if (!set_add(global, name)) return false;
        if (bound && set_discard(bound, name) < 0) return false;
        return true;
    }
    if (flags & CP_DEF_NONLOCAL) {
        if (!bound) return error_at_directive(st, ste, name, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name)) return error_at_directive(st, ste, name, "no binding for nonlocal '%U' found");
        if (vm_dict_set(scopes, name, val_from_small(CP_SC_FREE)) < 0) return false;
        ste->free = true;
        return set_add(free, name);
    }
    if (flags & CP_DEF_BOUND) {
        if (vm_dict_set(scopes, name, val_from_small(CP_SC_LOCAL)) < 0) return false;
        if (!set_add(local, name)) return false;
        return set_discard(global, name) >= 0;
    }
    if (bound && set_has(bound, name)) {
        if (vm_dict_set(scopes, name, val_from_small(CP_SC_FREE)) < 0) return false;
        ste->free = true;
        return set_add(free, name);
    }
    if (global && set_has(global, name))
        return vm_dict_set(scopes, name, val_from_small(CP_SC_GLOBAL_IMPLICIT)) == 0;
    if (ste->nested) ste->free = true;
    return vm_dict_set(scopes, name, val_from_small(CP_SC_GLOBAL_IMPLICIT)) == 0;
}

static bool analyze_cells(Val scopes, Val free)
{
    Val keys = vm_dict_keys_list(scopes);
    if (!keys) return false;
    for (size_t i = 0; i < vm_list_len(keys); i++) {
        Val name = vm_list_get(keys, i);
        Val v = vm_dict_get(scopes, name);
        if (!v || val_small(v) != CP_SC_LOCAL) continue;
        if (!set_has(free, name)) continue;
        if (vm_dict_set(scopes, name, val_from_small(CP_SC_CELL)) < 0) return false;
        if (set_discard(free, name) < 0) return false;
    }
    return true;
}

static bool update_symbols(Val symbols, Val scopes, Val bound, Val free, bool classflag)
{
    Val keys = vm_dict_keys_list(symbols);
    if (!keys) return false;
    for (size_t i = 0; i < vm_list_len(keys); i++) {
        Val name = vm_list_get(keys, i);
        int flags = (int)val_small(vm_dict_get(symbols, name));
        Val sc = vm_dict_get(scopes, name);
        int scope = sc ? (int)val_small(sc) : 0;
        if (vm_dict_set(symbols, name, val_from_small(flags | (scope << CP_SCOPE_OFFSET))) < 0) return false;
    }
    Val fkeys = vm_dict_keys_list(free);
    if (!fkeys) return false;
    for (size_t i = 0; i < vm_list_len(fkeys); i++) {
        Val name = vm_list_get(fkeys, i);
        Val v = vm_dict_get(symbols, name);
        if (v) {
            int f = (int)val_small(v);
            if (classflag && (f & (CP_DEF_BOUND | CP_DEF_GLOBAL)))
                if (vm_dict_set(symbols, name, val_from_small(f | CP_DEF_FREE_CLASS)) < 0) return false;
            continue;
        }
        if (bound && !set_has(bound, name)) continue; /* a global */
        if (vm_dict_set(symbols, name, val_from_small(CP_SC_FREE << CP_SCOPE_OFFSET)) < 0) return false;
    }
    return true;
}

static bool analyze_block(cp_symtable *st, cp_ste *ste, Val bound, Val free, Val global);

static bool analyze_child_block(cp_symtable *st, cp_ste *entry, Val bound, Val free, Val global, Val child_free)
{
    Val tb = vm_dict_copy(bound), tf = vm_dict_copy(free), tg = vm_dict_copy(global);
    if (!tb || !tf || !tg) return false;
    if (!analyze_block(st, entry, tb, tf, tg)) return false;
    return set_update(child_free, tf);
}

static bool analyze_block_inner(cp_symtable *st, cp_ste *ste, Val bound, Val free, Val global)
{
    Val local = vm_dict_new(), scopes = vm_dict_new(), newglobal = vm_dict_new(), newfree = vm_dict_new(),
        newbound = vm_dict_new(), allfree = vm_dict_new();
    if (!local || !scopes || !newglobal || !newfree || !newbound || !allfree) return false;
    if (ste->type == CP_BLOCK_CLASS) {
        if (!set_update(newglobal, global)) return false;
        if (bound && !set_update(newbound, bound)) return false;
    }
    size_t pos = 0;
    Val name, v;
    while (vm_dict_next(ste->symbols, &pos, &name, &v))
        if (!analyze_name(st, ste, scopes, name, (int)val_small(v), bound, local, free, global)) return false;
    if (ste->type != CP_BLOCK_CLASS) {
        if (ste->type == CP_BLOCK_FUNCTION && !set_update(newbound, local)) return false;
        if (bound && !set_update(newbound, bound)) return false;
        if (!set_update(newglobal, global)) return false;
    } else {
        Val cls = vm_intern_cstr("__class__");
        if (!cls || !set_add(newbound, cls)) return false;
    }
    for (size_t i = 0; i < ste->children.len; i++) {
        cp_ste *c = cp_ste_child(ste, i);
        if (!analyze_child_block(st, c, newbound, newfree, newglobal, allfree)) return false;
        if (c->free || c->child_free) ste->child_free = true;
    }
    if (!set_update(newfree, allfree)) return false;
    if (ste->type == CP_BLOCK_FUNCTION) {
        if (!analyze_cells(scopes, newfree)) return false;
    } else if (ste->type == CP_BLOCK_CLASS) {
        Val cls = vm_intern_cstr("__class__");
        if (!cls) return false;
        int r = set_discard(newfree, cls);
        if (r < 0) return false;
        if (r == 1) ste->needs_class_closure = true;
    }
    if (!update_symbols(ste->symbols, scopes, bound, newfree, ste->type == CP_BLOCK_CLASS)) return false;
    return set_update(free, newfree);
}

static bool analyze_block(cp_symtable *st, cp_ste *ste, Val bound, Val free, Val global)
{
    if (!cp_enter_recursion()) return false;
    bool ok = analyze_block_inner(st, ste, bound, free, global);
    cp_leave_recursion();
    return ok;
}

cp_symtable *cp_symtable_build(cp_mod *mod, Val filename, bool future_annotations, cp_cerror *err)
{
    err->msg = NULL;
    cp_symtable *st = cr_alloc(sizeof(cp_symtable), CR_SCAN);
    if (!st) {
        vm_err_nomem();
        return NULL;
    }
    st->filename = filename;
    st->err = err;
    st->future_annotations = future_annotations;
    cr_vals_init(&st->stack);
    Val top = vm_intern_cstr("top");
    if (!top || !enter_block(st, top, CP_BLOCK_MODULE, mod, 0, 0, 0, 0)) return NULL;
    st->top = st->cur;
    bool ok = true;
    switch (mod->kind) {
    case CP_MOD_Module: ok = visit_stmts(st, mod->v.Module.body); break;
    case CP_MOD_Interactive: ok = visit_stmts(st, mod->v.Interactive.body); break;
    case CP_MOD_Expression: ok = visit_expr(st, mod->v.Expression.body); break;
    }
    if (!ok) return NULL;
    exit_block(st);
    Val free = vm_dict_new(), global = vm_dict_new();
    if (!free || !global) return NULL;
    if (!analyze_block(st, st->top, NULL, free, global)) return NULL;
    return st;
}
