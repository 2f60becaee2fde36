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
bool vm_c_stack_exhausted(void);
/* Frame recycling (ceval.c): mark f and the frames that called it as
 * possibly referenced from Python; hand a finished frame back for reuse
 * (ignored unless it is a plain function frame that never escaped). */
void vm_frame_mark_escaped(FrameObj *f);
void vm_frame_release(FrameObj *f);
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
