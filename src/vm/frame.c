/* The frame type as seen from Python (f_code, f_locals, f_lineno, ...) and
 * the start-up of the interpreter's types.  Frame creation and the frame
 * layout helpers live in ceval.c next to the loop that uses them. */
#include "vm/ceval_internal.h"

static FrameObj *FR(Val v) { return vm_frame_obj(v); }

static Val frame_repr(Val self)
{
    FrameObj *f = FR(self);
    return vm_str_fmt("<frame at %p, file %R, line %d, code %U>", (void *)f, f->code->filename,
                      vm_frame_lineno(f), f->code->name);
}

static Val frame_get_code(Val s) { return obj_val(FR(s)->code); }
static Val frame_get_globals(Val s) { return FR(s)->globals; }
static Val frame_get_builtins(Val s) { return FR(s)->builtins != NULL ? FR(s)->builtins : VM_None; }
static Val frame_get_locals(Val s) { return vm_frame_locals(FR(s)); }
static Val frame_get_lineno(Val s) { return vm_int_from_i64(vm_frame_lineno(FR(s))); }
static Val frame_get_lasti(Val s) { return vm_int_from_i64((int64_t)FR(s)->lasti * 2); }
static Val frame_get_back(Val s)
{
    FrameObj *back = FR(s)->back;
    if (back == NULL) return VM_None;
    vm_frame_mark_escaped(back); /* now reachable from Python: never recycle it */
    return obj_val(back);
}
static Val frame_get_trace(Val s) { return VM_None; }
static int frame_set_trace(Val s, Val v) { return 0; }

static const vm_getsetdef frame_getsets[] = {
    {"f_code", frame_get_code, NULL},
    {"f_globals", frame_get_globals, NULL},
    {"f_builtins", frame_get_builtins, NULL},
    {"f_locals", frame_get_locals, NULL},
    {"f_lineno", frame_get_lineno, NULL},
    {"f_lasti", frame_get_lasti, NULL},
    {"f_back", frame_get_back, NULL},
    {"f_trace", frame_get_trace, frame_set_trace},
    {NULL, NULL, NULL},
};

static Val frame_clear(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("clear", nargs, kwnames, 0, 0)) return NULL;
    FrameObj *f = FR(self);
    if (f->state == VM_FRAME_EXECUTING) return vm_err_str(&vm_exc_RuntimeError, "cannot clear an executing frame");
    if (f->state == VM_FRAME_SUSPENDED && f->gen != NULL) {
        /* CPython 3.11 finalizes the generator (closes it); an error from
         * close() is unraisable. */
        Val gen = f->gen;
        if (vm_call_method(gen, "close", NULL, 0) == NULL) {
            Val exc = vm_err_fetch();
            vm_write_unraisable(exc, NULL, NULL, gen);
        }
        return VM_None;
    }
    for (size_t i = 0; i < f->slots.len; i++) cr_valspan_set(f->slots, i, NULL);
    return VM_None;
}

static const vm_methoddef frame_methods[] = {
    {"clear", frame_clear, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_frame = {
    .base = {&vm_type_type},
    .name = "frame",
    .basicsize = sizeof(FrameObj),
    .tbase = &vm_type_object,
    .repr = frame_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};

extern Type vm_type_coro_wrapper;
int vm_gen_types_ready(void);

int vm_exec_types_init(void)
{
    Type *types[] = {&vm_type_function, &vm_type_method, &vm_type_cell, &vm_type_builtin,
                     &vm_type_method_descr, &vm_type_classmethod_descr, &vm_type_getset_descr,
                     &vm_type_generator, &vm_type_coroutine, &vm_type_coro_wrapper, &vm_type_frame,
                     &vm_type_traceback};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (vm_type_ready(types[i]) < 0) return -1;
    return vm_gen_types_ready();
}
