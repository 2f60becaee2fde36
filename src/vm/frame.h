/* Frames, functions, cells and the interpreter entry points (vm layer).
 *
 * A frame keeps everything one execution of a code object needs in one
 * GC-allocated object: fast locals, cells and free variables, the value
 * stack and the block stack all live in one Val array (f->storage) reached
 * through checked spans.  Frames of generators are heap objects that survive
 * suspension (they are ordinary GC objects anyway).
 */
#ifndef PYCLAVE_VM_FRAME_H
#define PYCLAVE_VM_FRAME_H

#include "vm/code.h"
#include "vm/codeutil.h"
#include "vm/state.h"

enum {
    VM_FRAME_CREATED = 0,   /* not started yet */
    VM_FRAME_SUSPENDED = 1, /* a generator frame stopped at a yield */
    VM_FRAME_EXECUTING = 2,
    VM_FRAME_COMPLETED = 3, /* returned or raised */
};

/* Frames are recycled (ceval.c, vm_frame_release): a new field must also
 * be reset there. */
struct FrameObj {
    Obj base;
    CodeObj *code;
    Val globals, builtins;
    Val locals;        /* dict for module/class bodies; NULL for optimized code */
    Val locals_snapshot; /* optimized code: the dict locals() returns */
    FrameObj *back;    /* the calling frame while running */
    Val func;          /* the function being run (NULL for module code / exec) */
    Val gen;           /* the generator/coroutine owning this frame, or NULL */
    cr_valspan slots;  /* [fast locals | cells | frees | value stack] */
    cr_valspan blocks; /* block stack: (handler, level) pairs of small ints */
    size_t ncells_start; /* index of the first cell (= nlocals) */
    size_t stack_base; /* index of the first value-stack slot */
    size_t sp;         /* index of the next free value-stack slot */
    size_t nblocks;
    size_t lasti;      /* unit index of the instruction being executed */
    size_t next_instr; /* where execution resumes */
    int state;         /* VM_FRAME_* */
    bool in_yield_from; /* suspended inside YIELD_FROM (gi_yieldfrom valid) */
    /* Generators: the handled exception of the resumer.  Inside the frame a
     * "previous exception" of None stands for it (CPython's exc_info chain). */
    Val exc_base;
    cr_valspan gcache; /* LOAD_GLOBAL inline cache (ceval_loop.c), len 0 until used */
    /* The items of code->consts and code->names, set by the loop whenever
     * it starts running the frame (a returning call reloads them from here). */
    cr_valspan constv, namev;
    /* Run inside its caller's vm_eval_frame invocation (a Python-to-Python
     * call that uses no C stack); on exit the loop resumes the caller. */
    bool inlined;
    /* A reference to this frame may have reached Python code (traceback,
     * sys._getframe, f_back, locals()...): it is never recycled (see
     * vm_frame_release in ceval.c). */
    bool escaped;
    Val saved_handled; /* the handled exception to restore on exit */
    /* An inlined __init__ call of C(...) (ceval_loop.c): the new instance,
     * which the call returns once __init__ returned None; else NULL. */
    Val init_self;
    Val storage[];     /* the array behind slots and blocks */
};

static inline bool vm_is_frame(Val v) { return !val_is_small(v) && vm_typeof(v) == &vm_type_frame; }
static inline FrameObj *vm_frame_obj(Val v) { return (FrameObj *)(void *)val_obj(v); }

/* A new frame for co with the given namespaces (locals NULL for functions). */
FrameObj *vm_frame_new(CodeObj *co, Val globals, Val builtins, Val locals);
/* The line being executed in f (1-based; 0 if unknown). */
int vm_frame_lineno(FrameObj *f);
/* f.f_locals: the locals dict (module/class) or a fresh snapshot of the fast
 * locals and cells of an optimized frame. */
Val vm_frame_locals(FrameObj *f);
/* Checked read of the source position of instruction unit i. */
vm_pos vm_code_pos(CodeObj *co, size_t i); /* code.c; i < ncode */

/* ---- the interpreter (ceval.c) ---- */
/* Run f until it returns, raises or (generators) yields.  throw_exc: if not
 * NULL, raise that exception instance in f at its resume point first
 * (generator.throw).  Returns the result, or NULL with an exception set. */
Val vm_eval_frame(FrameObj *f, Val throw_exc);
/* exec(code, globals, locals): run a module/class/exec body. */
Val vm_eval_code(CodeObj *co, Val globals, Val locals);
/* Readies all types owned by the interpreter (function, method, cell,
 * builtin, generator, frame, traceback, descriptors); called at start-up. */
int vm_exec_types_init(void);
/* The running frame (innermost) or NULL. */
FrameObj *vm_current_frame(void);
/* Charge n units of the instruction budget; -1 with an exception set when it
 * is exhausted. */
int vm_budget_charge(int64_t n);

/* ---- functions (func.c) ---- */
typedef struct {
    Obj base;
    CodeObj *code;
    Val globals, builtins;
    Val name, qualname;
    Val defaults;    /* tuple or NULL */
    Val kwdefaults;  /* dict or NULL */
    Val closure;     /* tuple of cells or NULL */
    Val doc, dict, annotations, module;
    cr_valspan gcache; /* LOAD_GLOBAL inline cache for code (ceval_loop.c) */
} FuncObj;

typedef struct {
    Obj base;
    Val ref; /* NULL: empty */
} CellObj;

static inline bool vm_is_function(Val v) { return !val_is_small(v) && vm_typeof(v) == &vm_type_function; }
static inline FuncObj *vm_func_obj(Val v) { return (FuncObj *)(void *)val_obj(v); }
static inline CellObj *vm_cell_obj(Val v) { return (CellObj *)(void *)val_obj(v); }

/* A function from a code object (MAKE_FUNCTION). */
Val vm_function_new(CodeObj *co, Val globals, Val qualname);
Val vm_cell_new(Val content_or_null);
/* Call a Python function with vectorcall arguments. */
Val vm_func_call(Val func, Val *args, size_t nargs, Val kwnames);
/* Bind arguments into a fresh frame for func (used by calls and generators). */
FrameObj *vm_func_make_frame(FuncObj *fn, Val *args, size_t nargs, Val kwnames);
/* "f()" style description of a callable for error messages
 * (CPython's _PyObject_FunctionStr). */
Val vm_function_str(Val func);

/* Method descriptors for built-in types' methods and getset descriptors. */
extern Type vm_type_method_descr, vm_type_classmethod_descr, vm_type_getset_descr;
Val vm_method_descr_new(Type *owner, const vm_methoddef *def);
Val vm_getset_descr_new(Type *owner, const vm_getsetdef *def);
/* True for values LOAD_METHOD may call unbound with self prepended. */
bool vm_is_method_like(Val descr);

/* ---- generators (genobject.c) ---- */
typedef struct {
    Obj base;
    FrameObj *frame;  /* NULL once finished */
    CodeObj *code;
    Val name, qualname;
    Val exc_state;    /* the handled exception saved while suspended */
    bool running;
    bool closed;
    bool loop_owned; /* only referenced by a for loop's stack slot */
    bool running_async; /* async generators: an asend/athrow is in progress */
} GenObj;
extern Type vm_type_async_generator;
/* Async generators: YIELD_VALUE wraps the yielded value so that asend()
 * can tell it from values passed through by an inner await. */
Val vm_async_gen_wrap(Val v);
/* A generator (or coroutine) object running frame f. */
Val vm_gen_new(FrameObj *f, Val name, Val qualname);
/* Close a generator dropped by its owner (CPython's finalizer): runs its
 * finally blocks; the pending and handled exceptions are preserved and
 * errors from close() are discarded. */
void vm_gen_finalize(Val gen);
/* Interpreter shutdown: finalize the suspended generators held by a module
 * dict (CPython's module-dict clearing order). */
void vm_finalize_module_generators(Val d);
/* Send v into a generator-like object (YIELD_FROM): 0 yielded (*out the
 * value), 1 returned (*out the return value), -1 error. */
int vm_gen_send(Val receiver, Val v, Val *out);

/* ---- tracebacks (traceback.c) ---- */
typedef struct {
    Obj base;
    Val next;       /* traceback or NULL */
    FrameObj *frame;
    size_t lasti;   /* instruction unit index */
    int lineno;
} TracebackObj;
/* Add an entry for frame f at its current instruction to exc.__traceback__. */
int vm_traceback_here(Val exc, FrameObj *f);

/* Call from the CALL instruction: built-in functions, method descriptors
 * and built-in classes skip the recursion counter (CPython's specialized
 * calls); anything else is vm_call. */
Val vm_call_uncounted(Val callable, Val *args, size_t nargs, Val kwnames);
/* A slot wrapper bound to self (func.c): type 'method-wrapper'. */
Val vm_method_wrapper_new(Val wrapper, Val self);

#endif
