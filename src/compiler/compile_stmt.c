/* Code generation for statements (compiler layer).
 *
 * Exception handling follows vm/code.h: SETUP_FINALLY t pushes a block; an
 * exception unwinds the value stack to the block's depth and enters t with
 * [..., prev_exc, exc] (exc is then the handled exception).  Handlers that
 * run user code are themselves protected by a "cleanup" block at the depth
 * of [prev_exc, exc], whose code restores prev_exc as the handled exception
 * (COPY 4; POP_EXCEPT) and re-raises:
 *
 *   try/except:   SETUP_FINALLY except; body; POP_BLOCK; orelse; JUMP end
 *     except:     [prev, exc] SETUP_FINALLY cleanup
 *                 <type> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
 *                 (as name: DUP_TOP STORE name SETUP_FINALLY cleanup_name)
 *                 body; POP_BLOCK(s); POP_TOP; POP_EXCEPT; JUMP end
 *     next: ...   POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE
 *     cleanup:    [prev, exc, h, e2] COPY 4; POP_EXCEPT; RERAISE
 *
 * break / continue / return unwind the compile-time block stack (fblocks)
 * like CPython's compiler_unwind_fblock: POP_BLOCK for try bodies, the
 * finally body inlined, __exit__(None, None, None) for with blocks,
 * POP_EXCEPT for handlers.
 */
#include "compiler/compile_int.h"

/* ---- helpers ---- */

bool cp_visit_stmts(cp_compiler *c, cp_stmt_seq seq)
{
    for (size_t i = 0; i < seq.len; i++) TRY(cp_visit_stmt(c, cp_stmt_seq_get(seq, i)));
    return true;
}

/* A docstring that is kept (python -OO drops them). */
static bool kept_docstring(cp_compiler *c, cp_stmt_seq body)
{
    return c->optimize < 2 && cp_is_docstring(body);
}

bool cp_is_docstring(cp_stmt_seq body)
{
    if (body.len == 0) return false;
    cp_stmt *s = cp_stmt_seq_get(body, 0);
    return s->kind == CP_STMT_Expr && s->v.Expr.value->kind == CP_EXPR_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CP_CONST_Str;
}

bool cp_find_ann(cp_stmt_seq body)
{
    for (size_t i = 0; i < body.len; i++) {
        cp_stmt *s = cp_stmt_seq_get(body, i);
        bool res = false;
        switch (s->kind) {
        case CP_STMT_AnnAssign: return true;
        case CP_STMT_For: case CP_STMT_AsyncFor:
            res = cp_find_ann(s->v.For.body) || cp_find_ann(s->v.For.orelse);
            break;
        case CP_STMT_While: res = cp_find_ann(s->v.While.body) || cp_find_ann(s->v.While.orelse); break;
        case CP_STMT_If: res = cp_find_ann(s->v.If.body) || cp_find_ann(s->v.If.orelse); break;
        case CP_STMT_With: case CP_STMT_AsyncWith: res = cp_find_ann(s->v.With.body); break;
        case CP_STMT_Try: case CP_STMT_TryStar:
            for (size_t j = 0; j < s->v.Try.handlers.len; j++)
                if (cp_find_ann(cp_excepthandler_seq_get(s->v.Try.handlers, j)->v.ExceptHandler.body)) return true;
            res = cp_find_ann(s->v.Try.body) || cp_find_ann(s->v.Try.finalbody) || cp_find_ann(s->v.Try.orelse);
            break;
        default: break;
        }
        if (res) return true;
    }
    return false;
}

bool cp_body(cp_compiler *c, cp_stmt_seq body)
{
    if (cp_find_ann(body)) TRY(cp_emit(c, OP_SETUP_ANNOTATIONS, 0));
    size_t i = 0;
    if (kept_docstring(c, body)) {
        cp_stmt *s = cp_stmt_seq_get(body, 0);
        CP_SET_LOC(c, s);
        TRY(cp_visit_expr(c, s->v.Expr.value));
        TRY(cp_nameop_cstr(c, "__doc__", CP_Store));
        i = 1;
    }
    for (; i < body.len; i++) TRY(cp_visit_stmt(c, cp_stmt_seq_get(body, i)));
    return true;
}

static bool store_none_and_delete(cp_compiler *c, Val name)
{
    TRY(cp_load_const(c, VM_None));
    TRY(cp_nameop(c, name, CP_Store));
    return cp_nameop(c, name, CP_Del);
}

static bool call_exit_with_nones(cp_compiler *c)
{
    TRY(cp_load_const(c, VM_None));
    TRY(cp_emit(c, OP_DUP_TOP, 0));
    TRY(cp_emit(c, OP_DUP_TOP, 0));
    return cp_emit(c, OP_CALL_FUNCTION, 3);
}

/* ---- unwinding for break / continue / return ---- */

static bool unwind_fblock(cp_compiler *c, cp_fblock *info, bool preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_GROUP_HANDLER: case FB_ASYNC_COMPREHENSION:
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos) TRY(cp_emit(c, OP_ROT_TWO, 0));
        return cp_emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return cp_emit(c, OP_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        TRY(cp_emit(c, OP_POP_BLOCK, 0));
        if (preserve_tos) TRY(cp_push_fblock(c, FB_POP_VALUE, -1, -1));
        vm_pos saved = c->u->pos;
        TRY(cp_visit_stmts(c, *info->finalbody));
        c->u->pos = saved;
        if (preserve_tos) cp_pop_fblock(c);
        return true;
    }
    case FB_FINALLY_END:
        TRY(cp_emit(c, OP_POP_BLOCK, 0));
        if (preserve_tos) TRY(cp_emit(c, OP_ROT_THREE, 0));
        TRY(cp_emit(c, OP_POP_TOP, 0));
        return cp_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH: case FB_ASYNC_WITH: {
        TRY(cp_emit(c, OP_POP_BLOCK, 0));
        if (preserve_tos) TRY(cp_emit(c, OP_ROT_TWO, 0));
        vm_pos saved = c->u->pos;
        c->u->pos = info->pos;
        TRY(call_exit_with_nones(c));
        if (info->type == FB_ASYNC_WITH) TRY(cp_await(c, 2));
        c->u->pos = saved;
        return cp_emit(c, OP_POP_TOP, 0);
    }
    case FB_HANDLER_CLEANUP:
        if (info->name) TRY(cp_emit(c, OP_POP_BLOCK, 0));
        TRY(cp_emit(c, OP_POP_BLOCK, 0));
        if (preserve_tos) TRY(cp_emit(c, OP_ROT_THREE, 0));
        TRY(cp_emit(c, OP_POP_TOP, 0));
        TRY(cp_emit(c, OP_POP_EXCEPT, 0));
        if (info->name) TRY(store_none_and_delete(c, info->name));
        return true;
    case FB_POP_VALUE:
        if (preserve_tos) TRY(cp_emit(c, OP_ROT_TWO, 0));
        return cp_emit(c, OP_POP_TOP, 0);
    }
    return true;
}

/* Unwind every fblock (or up to the innermost loop, stored in *loop). */
static bool unwind_fblock_stack(cp_compiler *c, bool preserve_tos, int *loop)
{
    cp_fblock *top = cp_top_fblock(c);
    if (!top) return true;
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return cp_serror(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = c->u->nfblocks - 1;
        return true;
    }
    cp_fblock copy = *top;
    cp_pop_fblock(c);
    TRY(unwind_fblock(c, &copy, preserve_tos));
    TRY(unwind_fblock_stack(c, preserve_tos, loop));
    c->u->nfblocks++;
    *cp_fblock_at(c, c->u->nfblocks - 1) = copy;
    return true;
}

static bool compile_return(cp_compiler *c, cp_stmt *s)
{
    cp_expr *v = s->v.Return.value;
    bool preserve = v && v->kind != CP_EXPR_Constant;
    if (c->u->ste->type != CP_BLOCK_FUNCTION) return cp_serror(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return cp_serror(c, "'return' with value in async generator");
    if (preserve) TRY(cp_visit_expr(c, v));
    CP_SET_LOC(c, s);
    TRY(unwind_fblock_stack(c, preserve, NULL));
    CP_SET_LOC(c, s);
    if (!v) TRY(cp_load_const(c, VM_None));
    else if (!preserve) TRY(cp_visit_expr(c, v));
    return cp_emit(c, OP_RETURN_VALUE, 0);
}

static bool compile_break_continue(cp_compiler *c, bool is_break)
{
    int loop = -1;
    TRY(cp_emit(c, OP_NOP, 0));
    TRY(unwind_fblock_stack(c, false, &loop));
    if (loop < 0) return cp_serror(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    cp_fblock info = *cp_fblock_at(c, loop);
    if (is_break) {
        TRY(unwind_fblock(c, &info, false));
        return cp_emit_jump(c, CP_OP_JUMP, info.exit);
    }
    return cp_emit_jump(c, CP_OP_JUMP, info.block);
}

/* ---- functions and classes ---- */

static bool visit_decorators(cp_compiler *c, cp_expr_seq decos)
{
    return cp_visit_exprs(c, decos);
}

static bool apply_decorators(cp_compiler *c, cp_expr_seq decos)
{
    for (size_t i = 0; i < decos.len; i++) TRY(cp_emit(c, OP_CALL_FUNCTION, 1));
    return true;
}

static bool arg_annotation(cp_compiler *c, Val name, cp_expr *ann, int *n)
{
    if (!ann) return true;
    Val m = cp_mangle(c->u->private_name, name);
    TRY(m && cp_load_const(c, m));
    if (c->future_annotations) {
        TRY(cp_visit_annotation(c, ann));
    } else if (ann->kind == CP_EXPR_Starred) {
        /* *args: *Ts */
        TRY(cp_visit_expr(c, ann->v.Starred.value));
        TRY(cp_emit(c, OP_UNPACK_SEQUENCE, 1));
    } else {
        TRY(cp_visit_expr(c, ann));
    }
    (*n)++;
    return true;
}

static bool arg_annotations(cp_compiler *c, cp_arg_seq args, int *n)
{
    for (size_t i = 0; i < args.len; i++) {
        cp_arg *a = cp_arg_seq_get(args, i);
        if (!a->annotation) continue;
        Val name = cp_ident_str(a->arg);
        TRY(name && arg_annotation(c, name, a->annotation, n));
    }
    return true;
}

/* Defaults, keyword-only defaults and (for def) annotations, in CPython's
 * evaluation order; sets the MAKE_FUNCTION flags. */
bool cp_function_like(cp_compiler *c, cp_arguments *args, cp_expr *returns, bool lambda, int *flags)
{
    *flags = 0;
    if (args->defaults.len) {
        TRY(cp_visit_exprs(c, args->defaults));
        TRY(cp_emit(c, OP_BUILD_TUPLE, (int64_t)args->defaults.len));
        *flags |= 1;
    }
    int nkw = 0;
    for (size_t i = 0; i < args->kwonlyargs.len && i < args->kw_defaults.len; i++) {
        cp_expr *d = cp_expr_seq_get(args->kw_defaults, i);
        if (!d) continue;
        Val name = cp_ident_str(cp_arg_seq_get(args->kwonlyargs, i)->arg);
        TRY(name);
        Val m = cp_mangle(c->u->private_name, name);
        TRY(m && cp_load_const(c, m));
        TRY(cp_visit_expr(c, d));
        nkw++;
    }
    if (nkw) {
        TRY(cp_emit(c, OP_BUILD_MAP, nkw));
        *flags |= 2;
    }
    if (lambda) return true;
    int n = 0;
    TRY(arg_annotations(c, args->args, &n));
    TRY(arg_annotations(c, args->posonlyargs, &n));
    if (args->vararg && args->vararg->annotation) {
        Val name = cp_ident_str(args->vararg->arg);
        TRY(name && arg_annotation(c, name, args->vararg->annotation, &n));
    }
    TRY(arg_annotations(c, args->kwonlyargs, &n));
    if (args->kwarg && args->kwarg->annotation) {
        Val name = cp_ident_str(args->kwarg->arg);
        TRY(name && arg_annotation(c, name, args->kwarg->annotation, &n));
    }
    if (returns) {
        Val name = vm_intern_cstr("return");
        TRY(name && arg_annotation(c, name, returns, &n));
    }
    if (n) {
        TRY(cp_emit(c, OP_BUILD_MAP, n));
        *flags |= 4;
    }
    return true;
}

static bool check_debug_arg_seq(cp_compiler *c, cp_arg_seq args)
{
    for (size_t i = 0; i < args.len; i++)
        if (cp_forbidden_name(c, cp_arg_seq_get(args, i)->arg, CP_Store)) return false;
    return true;
}

bool cp_check_debug_args(cp_compiler *c, cp_arguments *a)
{
    TRY(check_debug_arg_seq(c, a->posonlyargs));
    TRY(check_debug_arg_seq(c, a->args));
    if (a->vararg && cp_forbidden_name(c, a->vararg->arg, CP_Store)) return false;
    TRY(check_debug_arg_seq(c, a->kwonlyargs));
    if (a->kwarg && cp_forbidden_name(c, a->kwarg->arg, CP_Store)) return false;
    return true;
}

static bool compile_function(cp_compiler *c, cp_stmt *s, bool is_async)
{
    cp_arguments *args = s->v.FunctionDef.args;
    TRY(cp_check_debug_args(c, args));
    cp_expr_seq decos = s->v.FunctionDef.decorator_list;
    TRY(visit_decorators(c, decos));
    int firstlineno = s->lineno;
    if (decos.len) firstlineno = cp_expr_seq_get(decos, 0)->lineno;
    CP_SET_LOC(c, s);
    int flags;
    TRY(cp_function_like(c, args, s->v.FunctionDef.returns, false, &flags));
    Val name = cp_ident_str(s->v.FunctionDef.name);
    TRY(name);
    TRY(cp_enter_scope(c, name, is_async ? CP_SCOPE_ASYNC_FUNCTION : CP_SCOPE_FUNCTION, s, firstlineno));
    cp_stmt_seq body = s->v.FunctionDef.body;
    size_t i = 0;
    if (kept_docstring(c, body)) {
        Val doc = cp_constant_val(&cp_stmt_seq_get(body, 0)->v.Expr.value->v.Constant.value);
        TRY(doc && cp_add_const(c, doc) >= 0);
        i = 1;
    } else {
        TRY(cp_add_const(c, VM_None) >= 0);
    }
    c->u->argcount = (int)args->args.len;
    c->u->posonlyargcount = (int)args->posonlyargs.len;
    c->u->kwonlyargcount = (int)args->kwonlyargs.len;
    for (; i < body.len; i++) TRY(cp_visit_stmt(c, cp_stmt_seq_get(body, i)));
    TRY(cp_load_const(c, VM_None));
    TRY(cp_emit(c, OP_RETURN_VALUE, 0));
    CodeObj *co = cp_assemble(c);
    TRY(co);
    Val qualname = c->u->qualname;
    cp_exit_scope(c);
    CP_SET_LOC(c, s);
    TRY(cp_make_closure(c, co, flags, qualname));
    TRY(apply_decorators(c, decos));
    return cp_nameop(c, name, CP_Store);
}

static bool compile_class(cp_compiler *c, cp_stmt *s)
{
    cp_expr_seq decos = s->v.ClassDef.decorator_list;
    TRY(visit_decorators(c, decos));
    int firstlineno = s->lineno;
    if (decos.len) firstlineno = cp_expr_seq_get(decos, 0)->lineno;
    CP_SET_LOC(c, s);
    Val name = cp_ident_str(s->v.ClassDef.name);
    TRY(name);
    TRY(cp_enter_scope(c, name, CP_SCOPE_CLASS, s, firstlineno));
    c->u->private_name = name;
    TRY(cp_nameop_cstr(c, "__name__", CP_Load));
    TRY(cp_nameop_cstr(c, "__module__", CP_Store));
    TRY(cp_load_const(c, c->u->qualname));
    TRY(cp_nameop_cstr(c, "__qualname__", CP_Store));
    TRY(cp_body(c, s->v.ClassDef.body));
    CP_SET_LOC(c, s);
    if (c->u->ste->needs_class_closure) {
        Val cls = vm_intern_cstr("__class__");
        TRY(cls);
        Val idx = vm_dict_get(c->u->cellvars, cls);
        if (!idx) {
            vm_err_str(&vm_exc_SystemError, "compiler: no __class__ cell");
            return false;
        }
        TRY(cp_emit(c, OP_LOAD_CLOSURE, val_small(idx)));
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        TRY(cp_nameop_cstr(c, "__classcell__", CP_Store));
    } else {
        TRY(cp_load_const(c, VM_None));
    }
    TRY(cp_emit(c, OP_RETURN_VALUE, 0));
    CodeObj *co = cp_assemble(c);
    TRY(co);
    cp_exit_scope(c);
    CP_SET_LOC(c, s);
    TRY(cp_emit(c, OP_LOAD_BUILD_CLASS, 0));
    TRY(cp_make_closure(c, co, 0, co->name));
    TRY(cp_load_const(c, name));
    TRY(cp_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    TRY(apply_decorators(c, decos));
    return cp_nameop(c, name, CP_Store);
}

/* ---- loops and conditionals ---- */

/* async for: the __anext__ call is guarded by a block whose handler,
 * END_ASYNC_FOR, ends the loop on StopAsyncIteration. */
static bool compile_async_for(cp_compiler *c, cp_stmt *s)
{
    if (c->u->scope_type != CP_SCOPE_ASYNC_FUNCTION) return cp_serror(c, "'async for' outside async function");
    int start = cp_new_label(c), except = cp_new_label(c), end = cp_new_label(c);
    TRY(start >= 0 && except >= 0 && end >= 0);
    TRY(cp_visit_expr(c, s->v.AsyncFor.iter));
    TRY(cp_emit(c, OP_GET_AITER, 0));
    TRY(cp_bind(c, start));
    TRY(cp_push_fblock(c, FB_FOR_LOOP, start, end));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, except));
    TRY(cp_emit(c, OP_GET_ANEXT, 0));
    TRY(cp_load_const(c, VM_None));
    TRY(cp_emit(c, OP_YIELD_FROM, 0));
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_visit_expr(c, s->v.AsyncFor.target));
    TRY(cp_visit_stmts(c, s->v.AsyncFor.body));
    CP_SET_LOC(c, s);
    TRY(cp_emit_jump(c, CP_OP_JUMP, start));
    cp_pop_fblock(c);
    TRY(cp_bind(c, except));
    CP_SET_LOC(c, s->v.AsyncFor.iter);
    TRY(cp_emit(c, OP_END_ASYNC_FOR, 0));
    TRY(cp_visit_stmts(c, s->v.AsyncFor.orelse));
    return cp_bind(c, end);
}

static bool compile_for(cp_compiler *c, cp_stmt *s)
{
    if (s->kind == CP_STMT_AsyncFor) return compile_async_for(c, s);
    int start = cp_new_label(c), cleanup = cp_new_label(c), end = cp_new_label(c);
    TRY(start >= 0 && cleanup >= 0 && end >= 0);
    TRY(cp_push_fblock(c, FB_FOR_LOOP, start, end));
    TRY(cp_visit_iterable(c, s->v.For.iter));
    CP_SET_LOC(c, s);
    TRY(cp_emit(c, OP_GET_ITER, 0));
    TRY(cp_bind(c, start));
    TRY(cp_emit_jump(c, OP_FOR_ITER, cleanup));
    TRY(cp_visit_expr(c, s->v.For.target));
    TRY(cp_visit_stmts(c, s->v.For.body));
    CP_SET_LOC(c, s);
    TRY(cp_emit_jump(c, CP_OP_JUMP, start));
    TRY(cp_bind(c, cleanup));
    cp_pop_fblock(c);
    TRY(cp_visit_stmts(c, s->v.For.orelse));
    return cp_bind(c, end);
}

static bool compile_while(cp_compiler *c, cp_stmt *s)
{
    int loop = cp_new_label(c), anchor = cp_new_label(c), end = cp_new_label(c);
    TRY(loop >= 0 && anchor >= 0 && end >= 0);
    TRY(cp_bind(c, loop));
    TRY(cp_push_fblock(c, FB_WHILE_LOOP, loop, end));
    TRY(cp_jump_if(c, s->v.While.test, anchor, false));
    TRY(cp_visit_stmts(c, s->v.While.body));
    CP_SET_LOC(c, s);
    TRY(cp_emit_jump(c, CP_OP_JUMP, loop));
    cp_pop_fblock(c);
    TRY(cp_bind(c, anchor));
    TRY(cp_visit_stmts(c, s->v.While.orelse));
    return cp_bind(c, end);
}

static bool compile_if(cp_compiler *c, cp_stmt *s)
{
    int end = cp_new_label(c);
    TRY(end >= 0);
    int next = end;
    if (s->v.If.orelse.len) {
        next = cp_new_label(c);
        TRY(next >= 0);
    }
    TRY(cp_jump_if(c, s->v.If.test, next, false));
    TRY(cp_visit_stmts(c, s->v.If.body));
    if (s->v.If.orelse.len) {
        TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        TRY(cp_bind(c, next));
        TRY(cp_visit_stmts(c, s->v.If.orelse));
    }
    return cp_bind(c, end);
}

/* ---- try ---- */

/* [prev, X, h, e2]: restore prev as the handled exception, re-raise e2. */
static bool pop_except_and_reraise(cp_compiler *c)
{
    TRY(cp_emit(c, OP_COPY, 4));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    return cp_emit(c, OP_RERAISE, 0);
}

static bool compile_try_except(cp_compiler *c, cp_stmt *s)
{
    int except = cp_new_label(c), end = cp_new_label(c), cleanup = cp_new_label(c);
    TRY(except >= 0 && end >= 0 && cleanup >= 0);
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, except));
    TRY(cp_push_fblock(c, FB_TRY_EXCEPT, -1, -1));
    TRY(cp_visit_stmts(c, s->v.Try.body));
    cp_pop_fblock(c);
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_visit_stmts(c, s->v.Try.orelse));
    TRY(cp_emit_jump(c, CP_OP_JUMP, end));
    TRY(cp_bind(c, except));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup));
    size_t n = s->v.Try.handlers.len;
    for (size_t i = 0; i < n; i++) {
        cp_excepthandler *h = cp_excepthandler_seq_get(s->v.Try.handlers, i);
        CP_SET_LOC(c, h);
        int next = cp_new_label(c);
        TRY(next >= 0);
        cp_expr *type = h->v.ExceptHandler.type;
        if (!type && i + 1 < n) return cp_serror(c, "default 'except:' must be last");
        if (type) {
            TRY(cp_visit_expr(c, type));
            CP_SET_LOC(c, h);
            TRY(cp_emit(c, OP_CHECK_EXC_MATCH, 0));
            TRY(cp_emit_jump(c, OP_POP_JUMP_IF_FALSE, next));
        }
        if (cp_ident_present(h->v.ExceptHandler.name)) {
            Val name = cp_ident_str(h->v.ExceptHandler.name);
            TRY(name);
            int cleanup_end = cp_new_label(c);
            TRY(cleanup_end >= 0);
            TRY(cp_emit(c, OP_DUP_TOP, 0));
            TRY(cp_nameop(c, name, CP_Store));
            TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup_end));
            TRY(cp_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1));
            cp_top_fblock(c)->name = name;
            TRY(cp_visit_stmts(c, h->v.ExceptHandler.body));
            cp_pop_fblock(c);
            TRY(cp_emit(c, OP_POP_BLOCK, 0));
            TRY(cp_emit(c, OP_POP_BLOCK, 0));
            TRY(cp_emit(c, OP_POP_TOP, 0));
            TRY(cp_emit(c, OP_POP_EXCEPT, 0));
            TRY(store_none_and_delete(c, name));
            TRY(cp_emit_jump(c, CP_OP_JUMP, end));
            TRY(cp_bind(c, cleanup_end));
            TRY(store_none_and_delete(c, name));
            TRY(cp_emit(c, OP_RERAISE, 0));
        } else {
            TRY(cp_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1));
            TRY(cp_visit_stmts(c, h->v.ExceptHandler.body));
            cp_pop_fblock(c);
            TRY(cp_emit(c, OP_POP_BLOCK, 0));
            TRY(cp_emit(c, OP_POP_TOP, 0));
            TRY(cp_emit(c, OP_POP_EXCEPT, 0));
            TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        }
        TRY(cp_bind(c, next));
    }
    /* no handler matched */
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_emit(c, OP_ROT_TWO, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit(c, OP_RERAISE, 0));
    TRY(cp_bind(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return cp_bind(c, end);
}

/* except*: [prev, orig, list_of_raised, rest] while handlers run; see
 * CPython 3.11's compiler_try_star_except.  CHECK_EG_MATCH makes the match
 * the handled exception when it is not None. */
static bool compile_try_star_except(cp_compiler *c, cp_stmt *s)
{
    int except = cp_new_label(c), end = cp_new_label(c), cleanup = cp_new_label(c),
        reraise_star = cp_new_label(c), reraise = cp_new_label(c);
    TRY(except >= 0 && end >= 0 && cleanup >= 0 && reraise_star >= 0 && reraise >= 0);
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, except));
    TRY(cp_push_fblock(c, FB_TRY_EXCEPT, -1, -1));
    TRY(cp_visit_stmts(c, s->v.Try.body));
    cp_pop_fblock(c);
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_visit_stmts(c, s->v.Try.orelse));
    TRY(cp_emit_jump(c, CP_OP_JUMP, end));
    TRY(cp_bind(c, except));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup));
    TRY(cp_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1));
    size_t n = s->v.Try.handlers.len;
    for (size_t i = 0; i < n; i++) {
        cp_excepthandler *h = cp_excepthandler_seq_get(s->v.Try.handlers, i);
        CP_SET_LOC(c, h);
        int next = cp_new_label(c), no_match = cp_new_label(c), cleanup_end = cp_new_label(c);
        TRY(next >= 0 && no_match >= 0 && cleanup_end >= 0);
        if (i == 0) {
            /* [prev, exc] -> [prev, orig, [], exc] */
            TRY(cp_emit(c, OP_COPY, 1));
            TRY(cp_emit(c, OP_BUILD_LIST, 0));
            TRY(cp_emit(c, OP_ROT_TWO, 0));
        }
        cp_expr *type = h->v.ExceptHandler.type;
        if (type) {
            TRY(cp_visit_expr(c, type));
            CP_SET_LOC(c, h);
            TRY(cp_emit(c, OP_CHECK_EG_MATCH, 0));
            TRY(cp_emit(c, OP_COPY, 1));
            TRY(cp_emit_jump(c, OP_POP_JUMP_IF_NONE, no_match));
        }
        Val name = NULL;
        if (cp_ident_present(h->v.ExceptHandler.name)) {
            name = cp_ident_str(h->v.ExceptHandler.name);
            TRY(name);
            TRY(cp_nameop(c, name, CP_Store));
        } else {
            TRY(cp_emit(c, OP_POP_TOP, 0));
        }
        TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup_end));
        TRY(cp_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1));
        cp_top_fblock(c)->name = name;
        TRY(cp_visit_stmts(c, h->v.ExceptHandler.body));
        cp_pop_fblock(c);
        TRY(cp_emit(c, OP_POP_BLOCK, 0));
        if (name) TRY(store_none_and_delete(c, name));
        TRY(cp_emit_jump(c, CP_OP_JUMP, next));
        /* an exception escaped the handler body: [prev, orig, list, rest, h, e2] */
        TRY(cp_bind(c, cleanup_end));
        if (name) TRY(store_none_and_delete(c, name));
        TRY(cp_emit(c, OP_LIST_APPEND, 3));
        TRY(cp_emit(c, OP_POP_EXCEPT, 0));
        TRY(cp_emit_jump(c, CP_OP_JUMP, next));
        TRY(cp_bind(c, no_match));
        TRY(cp_emit(c, OP_POP_TOP, 0));
        TRY(cp_bind(c, next));
        if (i + 1 == n) {
            TRY(cp_emit(c, OP_LIST_APPEND, 1));
            TRY(cp_emit_jump(c, CP_OP_JUMP, reraise_star));
        }
    }
    cp_pop_fblock(c);
    /* [prev, orig, list] */
    TRY(cp_bind(c, reraise_star));
    /* PREP_RERAISE_STAR consumes orig: leave the cleanup block first */
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_emit(c, OP_PREP_RERAISE_STAR, 0));
    TRY(cp_emit(c, OP_COPY, 1));
    TRY(cp_emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise));
    TRY(cp_emit(c, OP_POP_TOP, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit_jump(c, CP_OP_JUMP, end));
    TRY(cp_bind(c, reraise));
    TRY(cp_emit(c, OP_ROT_TWO, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit(c, OP_RERAISE, 0));
    TRY(cp_bind(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return cp_bind(c, end);
}

static bool compile_try_finally(cp_compiler *c, cp_stmt *s)
{
    int end = cp_new_label(c), exit = cp_new_label(c), cleanup = cp_new_label(c);
    TRY(end >= 0 && exit >= 0 && cleanup >= 0);
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, end));
    TRY(cp_push_fblock(c, FB_FINALLY_TRY, -1, -1));
    cp_top_fblock(c)->finalbody = &s->v.Try.finalbody;
    if (s->v.Try.handlers.len) {
        TRY(s->kind == CP_STMT_TryStar ? compile_try_star_except(c, s) : compile_try_except(c, s));
    } else {
        TRY(cp_visit_stmts(c, s->v.Try.body));
    }
    cp_pop_fblock(c);
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_visit_stmts(c, s->v.Try.finalbody));
    TRY(cp_emit_jump(c, CP_OP_JUMP, exit));
    /* exceptional path: [prev, exc] */
    TRY(cp_bind(c, end));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup));
    TRY(cp_push_fblock(c, FB_FINALLY_END, -1, -1));
    TRY(cp_visit_stmts(c, s->v.Try.finalbody));
    cp_pop_fblock(c);
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_emit(c, OP_ROT_TWO, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit(c, OP_RERAISE, 0));
    TRY(cp_bind(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return cp_bind(c, exit);
}

static bool compile_try(cp_compiler *c, cp_stmt *s)
{
    if (s->v.Try.finalbody.len) return compile_try_finally(c, s);
    return s->kind == CP_STMT_TryStar ? compile_try_star_except(c, s) : compile_try_except(c, s);
}

/* ---- with ---- */

static bool compile_with(cp_compiler *c, cp_stmt *s, size_t pos)
{
    bool is_async = s->kind == CP_STMT_AsyncWith;
    if (is_async && c->u->scope_type != CP_SCOPE_ASYNC_FUNCTION)
        return cp_serror(c, "'async with' outside async function");
    cp_withitem *item = cp_withitem_seq_get(s->v.With.items, pos);
    int final = cp_new_label(c), exit = cp_new_label(c), cleanup = cp_new_label(c), suppress = cp_new_label(c);
    TRY(final >= 0 && exit >= 0 && cleanup >= 0 && suppress >= 0);
    TRY(cp_visit_expr(c, item->context_expr));
    CP_SET_LOC(c, s);
    if (is_async) {
        /* [mgr] -> [exit, awaited __aenter__()] */
        TRY(cp_emit(c, OP_BEFORE_ASYNC_WITH, 0));
        TRY(cp_await(c, 1));
        TRY(cp_emit_jump(c, OP_SETUP_ASYNC_WITH, final));
    } else {
        TRY(cp_emit_jump(c, OP_SETUP_WITH, final));
    }
    TRY(cp_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1));
    if (item->optional_vars) TRY(cp_visit_expr(c, item->optional_vars));
    else TRY(cp_emit(c, OP_POP_TOP, 0));
    if (pos + 1 == s->v.With.items.len) TRY(cp_visit_stmts(c, s->v.With.body));
    else TRY(compile_with(c, s, pos + 1));
    CP_SET_LOC(c, s);
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    cp_pop_fblock(c);
    TRY(call_exit_with_nones(c));
    if (is_async) TRY(cp_await(c, 2));
    TRY(cp_emit(c, OP_POP_TOP, 0));
    TRY(cp_emit_jump(c, CP_OP_JUMP, exit));
    /* exceptional path: [exit, prev, exc] */
    TRY(cp_bind(c, final));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, cleanup));
    TRY(cp_emit(c, OP_WITH_EXCEPT_START, 0));
    if (is_async) TRY(cp_await(c, 2));
    TRY(cp_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_emit(c, OP_ROT_TWO, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit(c, OP_RERAISE, 0));
    TRY(cp_bind(c, suppress));
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_emit(c, OP_POP_TOP, 0));
    TRY(cp_emit(c, OP_POP_EXCEPT, 0));
    TRY(cp_emit(c, OP_POP_TOP, 0));
    TRY(cp_emit_jump(c, CP_OP_JUMP, exit));
    TRY(cp_bind(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return cp_bind(c, exit);
}

/* ---- imports ---- */

static bool compile_import(cp_compiler *c, cp_stmt *s)
{
    for (size_t i = 0; i < s->v.Import.names.len; i++) {
        cp_alias *a = cp_alias_seq_get(s->v.Import.names, i);
        Val full = cp_ident_str(a->name);
        TRY(full);
        TRY(cp_load_const(c, val_from_small(0)));
        TRY(cp_load_const(c, VM_None));
        TRY(cp_emit_name(c, OP_IMPORT_NAME, full));
        int64_t dot = cr_span_find_byte(a->name, '.', 0);
        if (cp_ident_present(a->asname)) {
            Val asname = cp_ident_str(a->asname);
            TRY(asname);
            if (dot >= 0) {
                /* import a.b.c as d: d is the submodule, via IMPORT_FROM */
                size_t pos = (size_t)dot + 1;
                for (;;) {
                    int64_t nd = cr_span_find_byte(a->name, '.', pos);
                    size_t stop = nd < 0 ? a->name.len : (size_t)nd;
                    Val attr = cp_ident_str(cr_span_sub(a->name, pos, stop - pos));
                    TRY(attr);
                    int64_t idx = cp_add_name(c, attr);
                    TRY(idx >= 0 && cp_emit(c, OP_IMPORT_FROM, idx));
                    if (nd < 0) break;
                    TRY(cp_emit(c, OP_ROT_TWO, 0));
                    TRY(cp_emit(c, OP_POP_TOP, 0));
                    pos = (size_t)nd + 1;
                }
                TRY(cp_nameop(c, asname, CP_Store));
                TRY(cp_emit(c, OP_POP_TOP, 0));
            } else {
                TRY(cp_nameop(c, asname, CP_Store));
            }
        } else {
            cp_ident store = dot >= 0 ? cr_span_sub(a->name, 0, (size_t)dot) : a->name;
            Val sn = cp_ident_str(store);
            TRY(sn && cp_nameop(c, sn, CP_Store));
        }
    }
    return true;
}

bool cp_visit_annotation(cp_compiler *c, cp_expr *e)
{
    if (!c->future_annotations) return cp_visit_expr(c, e);
    return cp_load_const(c, cp_unparse(e));
}

static bool compile_import_from(cp_compiler *c, cp_stmt *s)
{
    size_t n = s->v.ImportFrom.names.len;
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module.len == 10 &&
        cr_span_eq(s->v.ImportFrom.module, cr_span_cstr("__future__")))
        return cp_serror(c, "from __future__ imports must occur at the beginning of the file");
    TRY(cp_load_const(c, vm_int_from_i64(s->v.ImportFrom.level)));
    Val names = vm_tuple_new(n);
    TRY(names);
    for (size_t i = 0; i < n; i++) {
        Val nm = cp_ident_str(cp_alias_seq_get(s->v.ImportFrom.names, i)->name);
        TRY(nm);
        vm_tuple_set(names, i, nm);
    }
    TRY(cp_load_const(c, names));
    Val module = cp_ident_str(s->v.ImportFrom.module); /* "" for "from . import x" */
    TRY(module);
    TRY(cp_emit_name(c, OP_IMPORT_NAME, module));
    for (size_t i = 0; i < n; i++) {
        cp_alias *a = cp_alias_seq_get(s->v.ImportFrom.names, i);
        if (i == 0 && a->name.len == 1 && cr_span_at(a->name, 0) == '*') return cp_emit(c, OP_IMPORT_STAR, 0);
        Val nm = vm_tuple_get(names, i);
        TRY(cp_emit_name(c, OP_IMPORT_FROM, nm));
        Val store = cp_ident_present(a->asname) ? cp_ident_str(a->asname) : nm;
        TRY(store && cp_nameop(c, store, CP_Store));
    }
    return cp_emit(c, OP_POP_TOP, 0);
}

/* ---- assignments ---- */

static bool compile_augassign(cp_compiler *c, cp_stmt *s)
{
    cp_expr *e = s->v.AugAssign.target;
    switch (e->kind) {
    case CP_EXPR_Attribute:
        TRY(cp_visit_expr(c, e->v.Attribute.value));
        CP_SET_LOC(c, e);
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        TRY(cp_emit_name(c, OP_LOAD_ATTR, cp_ident_str(e->v.Attribute.attr)));
        break;
    case CP_EXPR_Subscript:
        TRY(cp_visit_expr(c, e->v.Subscript.value));
        TRY(cp_visit_expr(c, e->v.Subscript.slice));
        CP_SET_LOC(c, e);
        TRY(cp_emit(c, OP_DUP_TOP_TWO, 0));
        TRY(cp_emit(c, OP_BINARY_SUBSCR, 0));
        break;
    case CP_EXPR_Name: {
        Val name = cp_ident_str(e->v.Name.id);
        TRY(name && cp_nameop(c, name, CP_Load));
        break;
    }
    default:
        vm_err_str(&vm_exc_SystemError, "invalid node type for augmented assignment");
        return false;
    }
    TRY(cp_visit_expr(c, s->v.AugAssign.value));
    CP_SET_LOC(c, s);
    TRY(cp_emit(c, OP_BINARY_OP, cp_binop_arg(s->v.AugAssign.op) + 16));
    CP_SET_LOC(c, e);
    switch (e->kind) {
    case CP_EXPR_Attribute:
        TRY(cp_emit(c, OP_ROT_TWO, 0));
        return cp_emit_name(c, OP_STORE_ATTR, cp_ident_str(e->v.Attribute.attr));
    case CP_EXPR_Subscript:
        TRY(cp_emit(c, OP_ROT_THREE, 0));
        return cp_emit(c, OP_STORE_SUBSCR, 0);
    default: {
        Val name = cp_ident_str(e->v.Name.id);
        return name && cp_nameop(c, name, CP_Store);
    }
    }
}

/* Evaluate an expression only for its side effects (annotation checks). */
static bool check_ann_expr(cp_compiler *c, cp_expr *e)
{
    TRY(cp_visit_expr(c, e));
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool compile_annassign(cp_compiler *c, cp_stmt *s)
{
    cp_expr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        TRY(cp_visit_expr(c, s->v.AnnAssign.value));
        TRY(cp_visit_expr(c, t));
    }
    bool module_or_class = c->u->scope_type == CP_SCOPE_MODULE || c->u->scope_type == CP_SCOPE_CLASS;
    switch (t->kind) {
    case CP_EXPR_Name:
        if (s->v.AnnAssign.simple && module_or_class) {
            TRY(cp_visit_annotation(c, s->v.AnnAssign.annotation));
            Val ann = vm_intern_cstr("__annotations__");
            TRY(ann && cp_emit_name(c, OP_LOAD_NAME, ann));
            Val name = cp_ident_str(t->v.Name.id);
            TRY(name);
            Val m = cp_mangle(c->u->private_name, name);
            TRY(m && cp_load_const(c, m));
            TRY(cp_emit(c, OP_STORE_SUBSCR, 0));
        }
        break;
    case CP_EXPR_Attribute:
        if (!s->v.AnnAssign.value) TRY(check_ann_expr(c, t->v.Attribute.value));
        break;
    case CP_EXPR_Subscript:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, t->v.Subscript.value));
            cp_expr *sl = t->v.Subscript.slice;
            if (sl->kind == CP_EXPR_Slice) {
                if (sl->v.Slice.lower) TRY(check_ann_expr(c, sl->v.Slice.lower));
                if (sl->v.Slice.upper) TRY(check_ann_expr(c, sl->v.Slice.upper));
                if (sl->v.Slice.step) TRY(check_ann_expr(c, sl->v.Slice.step));
            } else if (sl->kind == CP_EXPR_Tuple) {
                for (size_t i = 0; i < sl->v.Tuple.elts.len; i++) {
                    cp_expr *x = cp_expr_seq_get(sl->v.Tuple.elts, i);
                    if (x->kind == CP_EXPR_Slice) {
                        if (x->v.Slice.lower) TRY(check_ann_expr(c, x->v.Slice.lower));
                        if (x->v.Slice.upper) TRY(check_ann_expr(c, x->v.Slice.upper));
                        if (x->v.Slice.step) TRY(check_ann_expr(c, x->v.Slice.step));
                    } else {
                        TRY(check_ann_expr(c, x));
                    }
                }
            } else {
                TRY(check_ann_expr(c, sl));
            }
        }
        break;
    default:
        vm_err_str(&vm_exc_SystemError, "invalid node type for annotated assignment");
        return false;
    }
    /* Annotations of complex targets are evaluated in modules and classes. */
    if (!s->v.AnnAssign.simple && module_or_class && !c->future_annotations)
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    return true;
}

static bool compile_expr_stmt(cp_compiler *c, cp_stmt *s)
{
    cp_expr *v = s->v.Expr.value;
    if (c->interactive && c->nestlevel <= 1) {
        TRY(cp_visit_expr(c, v));
        CP_SET_LOC(c, s);
        return cp_emit(c, OP_PRINT_EXPR, 0);
    }
    if (v->kind == CP_EXPR_Constant) return cp_emit(c, OP_NOP, 0);
    TRY(cp_visit_expr(c, v));
    CP_SET_LOC(c, s);
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool compile_assert(cp_compiler *c, cp_stmt *s)
{
    if (s->v.Assert.test->kind == CP_EXPR_Tuple && s->v.Assert.test->v.Tuple.elts.len > 0)
        TRY(cp_warn(c, "assertion is always true, perhaps remove parentheses?"));
    if (c->optimize) return true;
    int end = cp_new_label(c);
    TRY(end >= 0);
    /* As in CPython 3.11, the raise is located at the test expression. */
    TRY(cp_jump_if(c, s->v.Assert.test, end, true));
    CP_SET_LOC(c, s->v.Assert.test);
    TRY(cp_emit(c, OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg) {
        TRY(cp_visit_expr(c, s->v.Assert.msg));
        TRY(cp_emit(c, OP_CALL_FUNCTION, 1));
    }
    TRY(cp_emit(c, OP_RAISE_VARARGS, 1));
    return cp_bind(c, end);
}

static bool visit_stmt_inner(cp_compiler *c, cp_stmt *s)
{
    CP_SET_LOC(c, s);
    switch (s->kind) {
    case CP_STMT_FunctionDef: return compile_function(c, s, false);
    case CP_STMT_AsyncFunctionDef: return compile_function(c, s, true);
    case CP_STMT_ClassDef: return compile_class(c, s);
    case CP_STMT_Return: return compile_return(c, s);
    case CP_STMT_Delete: return cp_visit_exprs(c, s->v.Delete.targets);
    case CP_STMT_Assign: {
        size_t n = s->v.Assign.targets.len;
        TRY(cp_visit_expr(c, s->v.Assign.value));
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n) TRY(cp_emit(c, OP_DUP_TOP, 0));
            TRY(cp_visit_expr(c, cp_expr_seq_get(s->v.Assign.targets, i)));
        }
        return true;
    }
    case CP_STMT_AugAssign: return compile_augassign(c, s);
    case CP_STMT_AnnAssign: return compile_annassign(c, s);
    case CP_STMT_For: case CP_STMT_AsyncFor: return compile_for(c, s);
    case CP_STMT_While: return compile_while(c, s);
    case CP_STMT_If: return compile_if(c, s);
    case CP_STMT_With: case CP_STMT_AsyncWith: return compile_with(c, s, 0);
    case CP_STMT_Match: return cp_match(c, s);
    case CP_STMT_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(cp_visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(cp_visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        CP_SET_LOC(c, s);
        return cp_emit(c, OP_RAISE_VARARGS, n);
    }
    case CP_STMT_Try: case CP_STMT_TryStar: return compile_try(c, s);
    case CP_STMT_Assert: return compile_assert(c, s);
    case CP_STMT_Import: return compile_import(c, s);
    case CP_STMT_ImportFrom: return compile_import_from(c, s);
    case CP_STMT_Global: case CP_STMT_Nonlocal: return true;
    case CP_STMT_Expr: return compile_expr_stmt(c, s);
    case CP_STMT_Pass: return cp_emit(c, OP_NOP, 0);
    case CP_STMT_Break: return compile_break_continue(c, true);
    case CP_STMT_Continue: return compile_break_continue(c, false);
    }
    vm_err_str(&vm_exc_SystemError, "compiler: unknown statement kind");
    return false;
}

bool cp_visit_stmt(cp_compiler *c, cp_stmt *s)
{
    if (!cp_enter_recursion()) return false;
    bool ok = visit_stmt_inner(c, s);
    cp_leave_recursion();
    return ok;
}
