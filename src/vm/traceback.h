/* Tracebacks and exception printing (traceback.c). */
#ifndef PYCLAVE_VM_TRACEBACK_H
#define PYCLAVE_VM_TRACEBACK_H

#include "vm/frame.h"

/* Print exc with its traceback and chained exceptions exactly like CPython
 * 3.11's default sys.excepthook.  file: a file object with write(), or NULL
 * for the process's stderr. */
void vm_print_exception(Val exc, Val file);
/* CPython's default unraisable hook text ("Exception ignored in: obj",
 * the traceback and "Type: message", no chained exceptions). */
Val vm_format_unraisable(Val exc, Val obj);
/* CPython's PyErr_WriteUnraisable / _PyErr_WriteUnraisableMsg: calls
 * sys.unraisablehook with an UnraisableHookArgs (exc's type, exc, tb or
 * exc.__traceback__ when tb is NULL, err_msg or None, obj or None), the
 * default hook when it is None or missing, and reports a failing hook with
 * the default hook.  Raises nothing; a pending exception is kept. */
void vm_write_unraisable(Val exc, Val tb, Val err_msg, Val obj);
/* sys.__unraisablehook__(args): the default hook, writing to sys.stderr. */
Val vm_unraisablehook_default(Val args);
extern Type vm_type_unraisable_args;
/* The same text as a str (NULL on error). */
Val vm_format_exception(Val exc);
/* The same for the traceback module: source lines from linecache.cache
 * first (as traceback.py's linecache.getline). */
Val vm_format_exception_lc(Val exc);
/* Pieces of that text for the traceback module: one traceback entry
 * ("  File ..., line N, in f", the source line and its carets) and the
 * closing "Type: message" lines (SyntaxError location, "Did you mean",
 * notes). */
Val vm_format_tb_entry(Val tb);
Val vm_format_exception_only(Val exc);
/* Source registry for traceback lines: the import machinery registers the
 * text of each module it compiles, keyed by its filename. */
void vm_source_register(Val filename, Val source_str);
/* The lines of filename (a list of str without line ends) or NULL. */
Val vm_source_lines(Val filename);
Val vm_traceback_new(Val next, FrameObj *f, size_t lasti, int lineno);

#endif
