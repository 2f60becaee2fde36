/* Internal declarations shared by the interpreter files (ceval*.c, func.c,
 * genobject.c, traceback.c).  Not for use elsewhere. */
#ifndef PYCLAVE_VM_CEVAL_INTERNAL_H
#define PYCLAVE_VM_CEVAL_INTERNAL_H

#include "vm/frame.h"
#include "vm/ceval.h"
#include "vm/traceback.h"

Val vm_err_name(Val name);
void vm_exc_set_name_attr(Val name);
Val vm_lookup_special(Val obj, const char *name);
Val vm_builtins_from_globals(Val globals);
int vm_frame_init_cells(FrameObj *f, FuncObj *fn);

/* True when less than a safety margin of C stack is left (one compare
 * with the floor vm_state_init computed: this runs on every call). */
extern uintptr_t vm_c_stack_floor;
static inline bool vm_c_stack_exhausted(void)
{
    volatile char here = 0;
    return (uintptr_t)&here < vm_c_stack_floor;
}
/* Frame recycling (ceval.c): mark f and the frames that called it as
 * possibly referenced from Python; hand a finished frame back for reuse
 * (ignored unless it is a plain function frame that never escaped). */
void vm_frame_mark_escaped(FrameObj *f);

/* The free lists (ceval.c): one per storage size in Vals, linked through
 * f->back, the heads registered as GC roots.  Their two hot halves are
 * inline: taking a frame for a call (vm_frame_new_fast) and giving a
 * finished one back (vm_frame_release). */
enum { VM_FRAME_BUCKETS = 48, VM_FRAME_BUCKET_CAP = 8 };
extern FrameObj *vm_frame_free[VM_FRAME_BUCKETS];
extern unsigned vm_frame_free_count[VM_FRAME_BUCKETS];

/* vm_frame_new(co, globals, builtins, NULL) for a function call: a
 * recycled frame when co's layout is known and co has no block stack,
 * else vm_frame_new. */
static inline FrameObj *vm_frame_new_fast(CodeObj *co, Val globals, Val builtins)
{
    uint64_t layout = co->frame_layout;
    size_t n = (size_t)(layout & UINT32_MAX);
    FrameObj *f;
    if (layout == 0 || co->blockdepth != 0 || n >= VM_FRAME_BUCKETS || (f = vm_frame_free[n]) == NULL)
        return vm_frame_new(co, globals, builtins, NULL);
    vm_frame_free[n] = f->back;
    vm_frame_free_count[n]--;
    f->back = NULL;
    /* A frame of bucket n has storage for n Vals (vm_frame_release files
     * it by slots.len + blocks.len, which vm_frame_new made its size);
     * without a block stack the slots are all n of them. */
    f->slots = (cr_valspan){f->storage, n};
    f->blocks = (cr_valspan){f->storage, 0};
    f->code = co;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = NULL;
    f->ncells_start = (size_t)co->nlocals;
    f->stack_base = f->sp = (size_t)(layout >> 32);
    f->state = VM_FRAME_CREATED;
    return f;
}

/* The frame of a call of fn before its arguments are bound: fn's
 * namespaces, and fn's inline cache when it was made for this code (the
 * length check keeps a cache of another shape out; every cache access is
 * checked anyway). */
static inline FrameObj *vm_func_frame(FuncObj *fn, CodeObj *co)
{
    FrameObj *f = vm_frame_new_fast(co, fn->globals, fn->builtins);
    if (f == NULL) return NULL;
    f->func = obj_val(fn);
    size_t n;
    if (fn->gcache.len != 0 && cr_mul_ok(co->ncode, 4, &n) && fn->gcache.len == n) f->gcache = fn->gcache;
    return f;
}

/* Only positional arguments, exactly as many as parameters: no binding
 * beyond copying them into the first fast locals. */
static inline bool vm_plain_positional(const CodeObj *co, size_t nargs)
{
    return nargs == (size_t)co->argcount && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0;
}

/* vm_func_make_frame for the nargs positional arguments stack[at ..]
 * (calls from the loop: no sub-span to make on the common path).  Out of
 * line: inlined into the loop it cost more than the call (measured). */
FrameObj *vm_func_make_frame_at(FuncObj *fn, cr_valspan stack, size_t at, size_t nargs);

/* A frame is recycled only if no reference to it can have reached Python
 * code (see ceval.c): a completed plain function frame never marked
 * escaped. */
static inline void vm_frame_release(FrameObj *f)
{
    if (f->escaped || f->func == NULL || f->locals != NULL || f->gen != NULL || f->state != VM_FRAME_COMPLETED ||
        f->code == NULL || (f->code->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)))
        return;
    size_t n = f->slots.len + f->blocks.len;
    if (n >= VM_FRAME_BUCKETS || vm_frame_free_count[n] >= VM_FRAME_BUCKET_CAP) return;
    /* Clear the slots (fast locals must start unbound, and the free list
     * keeps no value alive).  The block stack holds only small ints (it can
     * keep nothing alive) and nblocks 0 makes it empty: it is not cleared. */
    cr_valspan sl = f->slots;
    for (size_t i = 0; i < sl.len; i++) cr_valspan_set(sl, i, NULL);
    /* Back to the state of a fresh allocation (vm_frame_new sets the
     * layout fields); the fields that hold values are cleared now.  The
     * loop's exit already left nblocks 0 and inlined false. */
    f->code = NULL;
    f->globals = f->builtins = f->locals_snapshot = f->func = f->exc_base = f->saved_handled = NULL;
    f->gcache = (cr_valspan){NULL, 0};
    f->nblocks = 0;
    f->lasti = f->next_instr = 0;
    f->in_yield_from = f->inlined = false;
    f->back = vm_frame_free[n];
    vm_frame_free[n] = f;
    vm_frame_free_count[n]++;
}
Val vm_cell_name(CodeObj *co, size_t i);
Val vm_unbound_local(CodeObj *co, size_t i);
Val vm_deref_unbound(CodeObj *co, size_t i);
Val vm_mapping_get(Val m, Val key);
int vm_mapping_set(Val m, Val key, Val v);
void vm_exc_chain_context(Val value);

/* One unit of the instruction budget (backward jumps and calls). */
static inline int budget_tick(void)
{
    if (vm->budget_left < 0 && !vm->interrupt_pending) return 0;
    if (vm->budget_left > 1 && !vm->interrupt_pending) {
        vm->budget_left--;
        return 0;
    }
    return vm_budget_charge(1);
}

/* ceval_ops.c: the larger opcode bodies. */
int vm_op_unpack(Val seq, size_t before, size_t after, bool star, cr_valspan out, size_t at);
Val vm_op_build_string(cr_valspan s, size_t at, size_t n);
Val vm_op_format_value(Val v, int conv, Val spec);
int vm_op_dict_merge(Val dict, Val other, Val func);
int vm_op_dict_update(Val dict, Val other);
int vm_op_list_extend(Val list, Val iterable);
Val vm_op_import_name(FrameObj *f, Val name, Val fromlist, Val level);
Val vm_op_import_from(Val module, Val name);
int vm_op_import_star(FrameObj *f, Val module);
Val vm_op_make_function(Val code, Val qualname, Val globals, int flags, Val defaults,
                        Val kwdefaults, Val annotations, Val closure);
Val vm_op_call_ex(Val func, Val args, Val kwargs);
/* CALL_FUNCTION_EX: check/convert the * and ** arguments (CPython's errors). */
int vm_op_call_ex_prepare(Val func, Val *args_io, Val *kwargs_io);
/* A frame for fn(self?, *args, **kwargs) (prepared arguments). */
FrameObj *vm_op_frame_ex(FuncObj *fn, Val self, Val args, Val kwargs);
int vm_op_print_expr(Val v);
Val vm_op_match_class(Val subject, Val type, size_t nargs, Val names);
Val vm_op_match_keys(Val subject, Val keys);
Val vm_op_copy_dict_without_keys(Val subject, Val keys);
int vm_op_match_mapping(Val subject);
int vm_op_match_sequence(Val subject);
int vm_op_check_exc_match(Val type, bool star);
int vm_exc_matches_type(Val exc, Val type);
int vm_op_eg_match(Val exc, Val type, Val *rest, Val *match);
Val vm_op_prep_reraise_star(Val orig, Val list);
int vm_op_do_raise(Val exc, Val cause);
Val vm_op_get_awaitable(Val v, int where);
Val vm_op_setup_annotations(FrameObj *f);

#endif
