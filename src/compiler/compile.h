/* The compiler: AST -> verified code objects (compiler layer, prefix cp_).
 *
 * cp_compile() parses and compiles a source text.  It returns a code object
 * (a CodeObj Val, already checked by vm_code_verify) or NULL with an
 * exception set: SyntaxError / IndentationError / TabError with CPython's
 * message and location (msg, filename, lineno, offset, text, end_lineno,
 * end_offset), or MemoryError / RecursionError.
 *
 * Conventions of the emitted code (see also vm/code.h):
 *  - Function code objects (def, lambda, comprehensions) always have at
 *    least one constant, and co_consts[0] is the docstring when it is a str
 *    (None otherwise): MAKE_FUNCTION sets __doc__ from it.  Module and class
 *    docstrings are stored explicitly into __doc__ by the body code.
 *  - MAKE_FUNCTION flag 4 receives the annotations as a dict.
 *  - Generator / coroutine code starts with GEN_START.
 *  - Coroutines follow 3.10: await is GET_AWAITABLE; LOAD_CONST None;
 *    YIELD_FROM; async for guards GET_ANEXT with a block handled by
 *    END_ASYNC_FOR; async with uses BEFORE_ASYNC_WITH / SETUP_ASYNC_WITH.
 *  - "from __future__ import annotations" stores annotations as their source
 *    text (CPython's unparser, compile_unparse.c); the statement itself still
 *    imports the __future__ module at run time (lib/ must provide it).
 *  - SyntaxWarnings ("is" with a literal, always-true assert) are printed to
 *    sys.stderr directly in the warnings module's format.
 */
#ifndef PYCLAVE_COMPILER_COMPILE_H
#define PYCLAVE_COMPILER_COMPILE_H

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "vm/code.h"

/* flags: optimisation level as for compile(..., optimize=N) / python -O:
 * CP_FLAG_OPTIMIZE_1 drops assert statements and makes __debug__ False;
 * CP_FLAG_OPTIMIZE_2 also drops docstrings.  Without either flag the level
 * set by cp_set_default_optimize (python -O at start-up; default 0) is used. */
enum { CP_FLAG_OPTIMIZE_0 = 0x1000, CP_FLAG_OPTIMIZE_1 = 0x2000, CP_FLAG_OPTIMIZE_2 = 0x4000 };
void cp_set_default_optimize(int level);
int cp_default_optimize(void);

/* mode: CP_MODE_EXEC, CP_MODE_EVAL or CP_MODE_SINGLE (parser.h). */
Val cp_compile(cr_span source, Val filename, int mode, int flags);
/* Compile an already parsed module.  source may be empty (then SyntaxError
 * text is None). */
Val cp_compile_ast(cp_mod *mod, cr_span source, Val filename, int mode, int flags);

/* Debugging: called with code that failed verification (a compiler bug). */
extern void (*cp_debug_bad_code)(CodeObj *co);

#endif
