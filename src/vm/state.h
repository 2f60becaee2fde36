/* The VM state (vm layer): one per runtime instance (there is one thread).
 *
 * Owned by the interpreter loop (ceval.c) but read and written by everyone:
 * errors.c keeps the pending exception in cur_exc, import keeps sys.modules
 * in modules, builtins.c fills builtins.
 */
#ifndef PYCLAVE_VM_STATE_H
#define PYCLAVE_VM_STATE_H

#include "vm/object.h"

typedef struct FrameObj FrameObj; /* vm/frame.h */

struct VmState {
    /* The running Python frame (innermost), or NULL outside any frame. */
    FrameObj *frame;
    /* The pending exception instance (being raised), or NULL. */
    Val cur_exc;
    /* The exception being handled (sys.exception()), or NULL / VM_None. */
    Val handled_exc;

    /* Python-level and C-level recursion guard. */
    int recursion_depth;
    int recursion_limit;   /* default 1000; sys.setrecursionlimit */
    bool recursion_overflowed; /* headroom granted while reporting */
    void *c_stack_base;    /* address of a local in the outermost C frame */
    size_t c_stack_limit;  /* bytes of C stack the runtime may use (0 = unchecked) */

    /* Instruction budget: decremented on backward jumps and calls; -1 means
     * unlimited.  At zero the loop calls budget_hook (if set), and raises
     * RuntimeError("instruction budget exhausted") unless the hook refilled it. */
    int64_t budget_left;
    void (*budget_hook)(void);

    Val builtins;   /* the builtins module's dict */
    Val modules;    /* sys.modules dict */
    Val sys_module; /* the sys module object, or NULL before it exists */
    Val main_module;

    /* Added by the runtime start-up (import.c / sysmodule.c). */
    Val builtins_module; /* the builtins module object */
    Val sys_dict;        /* the sys module's dict (sys.stdout etc. live here) */

    /* Set while a KeyboardInterrupt-like asynchronous request is pending. */
    bool interrupt_pending;
};

/* Initialise the global state (zero everything, set defaults).  The lead's
 * runtime start-up calls this before anything else runs Python code. */
void vm_state_init(void *c_stack_base, size_t c_stack_limit);

#endif
