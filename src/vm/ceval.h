/* The interpreter's public entry points (see vm/frame.h for the frame and
 * function layouts). */
#ifndef PYCLAVE_VM_CEVAL_H
#define PYCLAVE_VM_CEVAL_H

#include "vm/frame.h"

/* Run a class body / exec-style body of a function with the given locals
 * mapping (__build_class__); returns the body's return value. */
Val vm_func_call_with_locals(Val func, Val locals);

#endif
