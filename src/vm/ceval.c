/* The interpreter loop: executes verified code objects (see vm/code.h).
 *
 * One C call of vm_eval_frame per Python frame.  The value stack, fast
 * locals, cells and the block stack live in the frame's one Val array and
 * are accessed through checked spans (cr_valspan_get/set): the code has been
 * verified, so the checks never fail, but they are the safety net if the
 * verifier were wrong.
 *
 * Exceptions follow code.h's 3.11-style model: when an exception is raised,
 * the frame gets a traceback entry, then blocks are popped until a handler
 * is found; the handler starts with [..., prev_exc, exc] and exc becomes the
 * handled exception (sys.exception()).
 */
#include "vm/ceval_internal.h"

static VmState vm_state_storage;
VmState *vm = &vm_state_storage;

/* ---- frame recycling ----
 * Most calls run a plain function frame that nothing references once it
 * returns.  Such a frame goes back to a free list (one per storage size,
 * linked through f->back, the heads registered as GC roots) instead of
 * becoming garbage, and the next frame of that size reuses it: far less
 * allocation and collection for call-heavy code.  A frame is recycled only
 * if no reference to it can have reached Python code: not a generator or
 * coroutine frame, not a module/class body (locals mapping), and not
 * marked `escaped`.  Everything that hands a frame out marks it: tracebacks
 * (the loop's error path), vm_current_frame (sys._getframe, locals(),
 * super(), ...) and f_back.  Marking walks to the callers too, since f_back
 * reaches them; it stops at a marked non-generator frame, whose callers
 * were marked with it (the callers of a running frame do not change while it
 * runs; a generator frame gets a new caller at each resumption, so the walk
 * always continues past one).  A released frame is cleared at once, so the
 * free list keeps no dead object alive.  The hot halves, taking a recycled
 * frame for a call and giving one back, are inline in ceval_internal.h. */
FrameObj *vm_frame_free[VM_FRAME_BUCKETS];
unsigned vm_frame_free_count[VM_FRAME_BUCKETS];

static bool frame_is_gen(const FrameObj *f)
{
    return f->gen != NULL || (f->code != NULL && (f->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)));
}

void vm_frame_mark_escaped(FrameObj *f)
{
    for (; f != NULL; f = f->back) {
        if (f->escaped && !frame_is_gen(f)) return;
        f->escaped = true;
    }
}

/* ---- state, recursion and budget ---- */

static void c_stack_floor_init(void);

void vm_state_init(void *c_stack_base, size_t c_stack_limit)
{
    VmState *s = &vm_state_storage;
    s->frame = NULL;
    s->cur_exc = NULL;
    s->handled_exc = NULL;
    s->recursion_depth = 0;
    s->recursion_limit = 1000;
    s->recursion_overflowed = false;
    s->c_stack_base = c_stack_base;
    s->c_stack_limit = c_stack_limit;
    s->budget_left = -1;
    s->budget_hook = NULL;
    s->builtins = NULL;
    s->modules = NULL;
    s->sys_module = NULL;
    s->main_module = NULL;
    s->interrupt_pending = false;
    /* The state lives in static memory: register its Val slots as roots. */
    cr_gc_add_root(&s->frame);
    cr_gc_add_root(&s->cur_exc);
    cr_gc_add_root(&s->handled_exc);
    cr_gc_add_root(&s->builtins);
    cr_gc_add_root(&s->modules);
    cr_gc_add_root(&s->sys_module);
    cr_gc_add_root(&s->main_module);
    for (size_t i = 0; i < VM_FRAME_BUCKETS; i++) cr_gc_add_root(&vm_frame_free[i]);
    c_stack_floor_init();
}

/* The caller may hand the frame (or, through f_back, its callers) to
 * Python code: they must not be recycled. */
FrameObj *vm_current_frame(void)
{
    vm_frame_mark_escaped(vm->frame);
    return vm->frame;
}

/* Bytes of C stack in use below c_stack_base (the stack grows down on every
 * platform we target; a growing-up stack just reads as 0 use). */
static size_t c_stack_used(void)
{
    volatile char here = 0;
    uintptr_t base = (uintptr_t)vm->c_stack_base;
    uintptr_t now = (uintptr_t)&here;
    return base > now ? (size_t)(base - now) : 0;
}

/* The safety margin kept free below the limit. */
static size_t c_stack_margin(size_t limit)
{
    size_t margin = limit / 8;
    if (margin < 32 * 1024) margin = 32 * 1024;
    if (margin >= limit) margin = limit / 2;
    return margin;
}

/* The lowest stack address allowed before less than the safety margin is
 * left (0: unchecked): set by vm_state_init, read by the inline
 * vm_c_stack_exhausted (ceval_internal.h) on every call. */
uintptr_t vm_c_stack_floor;

static void c_stack_floor_init(void)
{
    size_t limit = vm->c_stack_limit;
    vm_c_stack_floor = 0;
    if (limit == 0 || vm->c_stack_base == NULL) return;
    uintptr_t base = (uintptr_t)vm->c_stack_base, allowed = limit - c_stack_margin(limit);
    if (base > allowed) vm_c_stack_floor = base - allowed;
}

static Val recursion_error(const char *where)
{
    if (where == NULL) where = "";
    cr_span w = cr_span_cstr(where);
    bool space = w.len > 0 && cr_span_at(w, 0) != ' ';
    return vm_err_fmt(&vm_exc_RecursionError, "maximum recursion depth exceeded%s%s",
                      space ? " " : "", where);
}

/* Less than a quarter of the safety margin left: even error reporting must
 * stop recursing. */
static bool c_stack_critical(void)
{
    size_t limit = vm->c_stack_limit;
    if (limit == 0 || vm->c_stack_base == NULL) return false;
    return c_stack_used() > limit - c_stack_margin(limit) / 4;
}

bool vm_enter_recursion(const char *where)
{
    if (vm->recursion_depth < vm->recursion_limit && !vm_c_stack_exhausted()) {
        vm->recursion_depth++;
        return true;
    }
    if (vm->recursion_overflowed) {
        /* Headroom while the RecursionError is being created and handled
         * (CPython's recursion_headroom). */
        if (vm->recursion_depth < vm->recursion_limit + 50 && !c_stack_critical()) {
            vm->recursion_depth++;
            return true;
        }
        vm_err_nomem(); /* preallocated: cannot recurse further */
        return false;
    }
    vm->recursion_overflowed = true;
    recursion_error(where);
    vm->recursion_overflowed = false;
    return false;
}

void vm_leave_recursion(void)
{
    if (vm->recursion_depth > 0) vm->recursion_depth--;
}

int vm_budget_charge(int64_t n)
{
    if (vm->interrupt_pending) {
        /* An asynchronous interrupt request (SIGINT on the host side). */
        vm->interrupt_pending = false;
        vm_err_set_val(obj_val(&vm_exc_KeyboardInterrupt));
        return -1;
    }
    if (vm->budget_left < 0) return 0;
    if (vm->budget_left > n) {
        vm->budget_left -= n;
        return 0;
    }
    vm->budget_left = 0;
    if (vm->budget_hook != NULL) vm->budget_hook();
    if (vm->budget_left > 0 || vm->budget_left < 0) return 0; /* refilled by the hook */
    vm_err_str(&vm_exc_RuntimeError, "instruction budget exhausted");
    return -1;
}

/* ---- small helpers ---- */

/* Raise NameError("name 'x' is not defined") with its name attribute. */
Val vm_err_name(Val name)
{
    vm_err_fmt(&vm_exc_NameError, "name '%U' is not defined", name);
    vm_exc_set_name_attr(name);
    return NULL;
}

/* Give the pending NameError / AttributeError its name attribute (used by
 * the traceback's "Did you mean" suggestions). */
void vm_exc_set_name_attr(Val name)
{
    Val exc = vm_err_fetch();
    if (exc == NULL) return;
    if (vm_setattr_cstr(exc, "name", name) < 0) vm_err_clear();
    vm_err_restore(exc);
}

/* Unbound local / free variable errors (CPython 3.11 wording). */
static Val unbound_local_error(Val name)
{
    vm_err_fmt(&vm_exc_UnboundLocalError,
               "cannot access local variable '%U' where it is not associated with a value", name);
    /* No name attribute (CPython 3.11 sets it only for NameError itself),
     * hence no "Did you mean" in the traceback. */
    return NULL;
}

Val vm_unbound_local(CodeObj *co, size_t i)
{
    return unbound_local_error(vm_tuple_get(co->varnames, i));
}

static Val unbound_free_error(Val name)
{
    vm_err_fmt(&vm_exc_NameError,
               "cannot access free variable '%U' where it is not associated with a value"
               " in enclosing scope",
               name);
    vm_exc_set_name_attr(name);
    return NULL;
}

/* The name of cell slot i (cellvars then freevars). */
Val vm_cell_name(CodeObj *co, size_t i)
{
    size_t ncell = vm_tuple_len(co->cellvars);
    if (i < ncell) return vm_tuple_get(co->cellvars, i);
    return vm_tuple_get(co->freevars, i - ncell);
}

Val vm_deref_unbound(CodeObj *co, size_t i)
{
    Val name = vm_cell_name(co, i);
    if (i < vm_tuple_len(co->cellvars)) return unbound_local_error(name);
    return unbound_free_error(name);
}

/* Mapping lookup used for locals/globals that may not be dicts: NULL with no
 * exception when the key is absent. */
Val vm_mapping_get(Val m, Val key)
{
    if (vm_is_dict(m) && vm_typeof(m) == &vm_type_dict) return vm_dict_get(m, key);
    Val v = vm_getitem(m, key);
    if (v == NULL && vm_err_matches(&vm_exc_KeyError)) vm_err_clear();
    return v;
}

int vm_mapping_set(Val m, Val key, Val v)
{
    if (vm_typeof(m) == &vm_type_dict) return vm_dict_set(m, key, v);
    return vm_setitem(m, key, v);
}

/* Look a special method up on the type and bind it (CPython's
 * _PyObject_LookupSpecial): NULL without exception when absent. */
Val vm_lookup_special(Val obj, const char *name)
{
    Type *t = vm_typeof(obj);
    Val descr = vm_type_lookup_cstr(t, name);
    if (descr == NULL) return NULL;
    Type *dt = vm_typeof(descr);
    if (dt == &vm_type_function) return vm_method_new(descr, obj);
    if (dt->descr_get != NULL) return dt->descr_get(descr, obj, obj_val(t));
    return descr;
}

/* ---- frames ---- */

/* The frame layout of co: total Vals and the first value-stack slot.
 * Computed with overflow checks once per code object and cached in
 * co->frame_layout (the fields it derives from never change); false with
 * MemoryError when the sizes overflow. */
static bool frame_layout_compute(CodeObj *co, size_t *n_out, size_t *base_out)
{
    size_t ncells = vm_tuple_len(co->cellvars), nfrees = vm_tuple_len(co->freevars);
    size_t nfast = (size_t)co->nlocals, nstack = (size_t)co->stacksize;
    size_t nblockvals = 2 * (size_t)co->blockdepth;
    size_t n, base, bytes;
    if (!cr_add_ok(nfast, ncells, &base) || !cr_add_ok(base, nfrees, &base) || !cr_add_ok(base, nstack, &n) ||
        !cr_add_ok(n, nblockvals, &n) || !cr_mul_ok(n, sizeof(Val), &bytes) ||
        !cr_add_ok(bytes, sizeof(FrameObj), &bytes)) {
        vm_err_nomem();
        return false;
    }
    *n_out = n;
    *base_out = base;
    if (n <= UINT32_MAX && base <= UINT32_MAX) co->frame_layout = (uint64_t)base << 32 | (uint64_t)n;
    return true;
}

FrameObj *vm_frame_new(CodeObj *co, Val globals, Val builtins, Val locals)
{
    size_t n, stack_base;
    uint64_t layout = co->frame_layout;
    if (layout != 0) {
        n = (size_t)(layout & UINT32_MAX);
        stack_base = (size_t)(layout >> 32);
    } else if (!frame_layout_compute(co, &n, &stack_base)) {
        return NULL;
    }
    /* The block stack's Vals sit after the slots.  Even a wrong layout
     * could not reach outside the storage: the spans below cover exactly
     * the n Vals allocated, and every access through them is checked. */
    size_t nblockvals = 2 * (size_t)co->blockdepth;
    if (nblockvals > n) cr_panic_bounds();
    FrameObj *f;
    if (n < VM_FRAME_BUCKETS && vm_frame_free[n] != NULL) {
        f = vm_frame_free[n]; /* cleared by vm_frame_release */
        vm_frame_free[n] = f->back;
        vm_frame_free_count[n]--;
        f->back = NULL;
    } else {
        /* No overflow: n < 2^32 (checked size when the layout was made). */
        _Static_assert(sizeof(size_t) >= 8, "frame sizes assume a 64-bit size_t");
        f = vm_alloc_obj(&vm_type_frame, sizeof(FrameObj) + n * sizeof(Val), CR_SCAN);
        if (f == NULL) return NULL;
    }
    /* The storage array holds n Vals (allocated above for this n, or a
     * recycled frame from bucket n). */
    f->slots = (cr_valspan){f->storage, n - nblockvals};
    if (nblockvals == 0) f->blocks = (cr_valspan){f->storage, 0};
    else f->blocks = cr_valspan_sub((cr_valspan){f->storage, n}, n - nblockvals, nblockvals);
    f->code = co;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ncells_start = (size_t)co->nlocals;
    f->stack_base = stack_base;
    f->sp = stack_base;
    f->state = VM_FRAME_CREATED;
    return f;
}

int vm_frame_lineno(FrameObj *f)
{
    if (f->code->ncode == 0) return f->code->firstlineno;
    size_t i = f->lasti < f->code->ncode ? f->lasti : f->code->ncode - 1;
    int line = vm_code_pos(f->code, i).line;
    return line > 0 ? line : f->code->firstlineno;
}

/* Set or remove name in d to mirror one fast variable (FastToLocals). */
static int mirror_var(Val d, Val name, Val v)
{
    if (v != NULL) return vm_dict_set(d, name, v);
    Val old;
    return vm_dict_pop_opt(d, name, &old) < 0 ? -1 : 0;
}

Val vm_frame_locals(FrameObj *f)
{
    if (f->locals != NULL) return f->locals;
    /* Optimized frames: one dict per frame, refreshed from the fast locals
     * on every call (CPython's f_locals snapshot: names added by exec()
     * stay in it). */
    CodeObj *co = f->code;
    Val d = f->locals_snapshot;
    if (d == NULL) {
        d = vm_dict_new();
        if (d == NULL) return NULL;
        f->locals_snapshot = d;
    }
    for (size_t i = 0; i < (size_t)co->nlocals; i++)
        if (mirror_var(d, vm_tuple_get(co->varnames, i), cr_valspan_get(f->slots, i)) < 0) return NULL;
    size_t ncellfree = f->stack_base - f->ncells_start;
    for (size_t i = 0; i < ncellfree; i++) {
        Val c = cr_valspan_get(f->slots, f->ncells_start + i);
        Val v = c != NULL && vm_is_type(c, &vm_type_cell) ? vm_cell_obj(c)->ref : NULL;
        if (mirror_var(d, vm_cell_name(co, i), v) < 0) return NULL;
    }
    return d;
}

/* The builtins namespace for code run with globals (CPython's
 * _PyEval_BuiltinsFromGlobals). */
Val vm_builtins_from_globals(Val globals)
{
    if (globals != NULL && vm_is_dict(globals)) {
        Val b = vm_dict_get_cstr(globals, "__builtins__");
        if (b != NULL) {
            if (vm_is_type(b, &vm_type_module)) return ((ModuleObj *)(void *)val_obj(b))->dict;
            return b;
        }
        if (vm_err_occurred()) vm_err_clear();
    }
    return vm->builtins;
}

Val vm_eval_code(CodeObj *co, Val globals, Val locals)
{
    if (!co->verified && !vm_code_verify(co)) return NULL;
    FrameObj *f = vm_frame_new(co, globals, vm_builtins_from_globals(globals),
                               locals != NULL ? locals : globals);
    if (f == NULL) return NULL;
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return vm_gen_new(f, co->name, co->qualname);
    return vm_eval_frame(f, NULL);
}

Val vm_func_call_with_locals(Val func, Val locals)
{
    FuncObj *fn = vm_func_obj(func);
    FrameObj *f = vm_frame_new(fn->code, fn->globals, fn->builtins, locals);
    if (f == NULL) return NULL;
    f->func = func;
    if (vm_frame_init_cells(f, fn) < 0) return NULL;
    return vm_eval_frame(f, NULL);
}

/* Create the cells of f (moving arguments that are cells into them) and
 * copy the function's closure into the free-variable slots. */
int vm_frame_init_cells(FrameObj *f, FuncObj *fn)
{
    CodeObj *co = f->code;
    size_t ncells = vm_tuple_len(co->cellvars), nfrees = vm_tuple_len(co->freevars);
    /* cell2arg holds one int per cellvar: read it through a checked span. */
    size_t c2a_bytes = 0;
    cr_span c2a = cr_span_make(co->cell2arg, 0);
    if (co->cell2arg != NULL && cr_mul_ok(ncells, sizeof(int), &c2a_bytes)) c2a = cr_span_make(co->cell2arg, c2a_bytes);
    for (size_t i = 0; i < ncells; i++) {
        Val init = NULL;
        if (c2a.len != 0) {
            uint32_t u = (uint32_t)cr_span_at(c2a, 4 * i) | ((uint32_t)cr_span_at(c2a, 4 * i + 1) << 8) |
                         ((uint32_t)cr_span_at(c2a, 4 * i + 2) << 16) | ((uint32_t)cr_span_at(c2a, 4 * i + 3) << 24);
            int32_t arg = (int32_t)u;
            if (arg >= 0) {
                init = cr_valspan_get(f->slots, (size_t)arg);
                cr_valspan_set(f->slots, (size_t)arg, NULL);
            }
        }
        Val c = vm_cell_new(init);
        if (c == NULL) return -1;
        cr_valspan_set(f->slots, f->ncells_start + i, c);
    }
    if (nfrees > 0) {
        if (fn == NULL || fn->closure == NULL || vm_tuple_len(fn->closure) < nfrees) {
            vm_err_str(&vm_exc_SystemError, "code requires a closure of free variables");
            return -1;
        }
        for (size_t i = 0; i < nfrees; i++)
            cr_valspan_set(f->slots, f->ncells_start + ncells + i, vm_tuple_get(fn->closure, i));
    }
    return 0;
}
