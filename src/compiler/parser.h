/* The parser: Python 3.11 source text -> AST (compiler layer, prefix cp_).
 *
 * STABLE INTERFACE (additions only).
 *
 * cp_parse() tokenizes and parses a whole source text.  On success it returns
 * the module; on failure it returns NULL and fills *err with what CPython's
 * compile(source, filename, mode) would raise: the exception kind and its
 * msg, lineno, offset, end_lineno, end_offset and text attributes.  No Vals
 * are involved: the caller turns cp_error into a Python exception.
 */
#ifndef PYCLAVE_COMPILER_PARSER_H
#define PYCLAVE_COMPILER_PARSER_H

#include "compiler/ast.h"

enum {
    CP_MODE_EXEC = 0,   /* compile(..., 'exec')  -> CP_MOD_Module */
    CP_MODE_EVAL = 1,   /* compile(..., 'eval')  -> CP_MOD_Expression */
    CP_MODE_SINGLE = 2  /* compile(..., 'single') -> CP_MOD_Interactive */
};

typedef enum {
    CP_ERR_NONE = 0,
    CP_ERR_SYNTAX,      /* SyntaxError */
    CP_ERR_INDENTATION, /* IndentationError */
    CP_ERR_TAB,         /* TabError */
    CP_ERR_MEMORY       /* MemoryError (the heap cap was reached) */
} cp_error_kind;

typedef struct {
    cp_error_kind kind;
    cr_span msg;     /* UTF-8, e.g. "invalid syntax" */
    /* As CPython's SyntaxError attributes: lines 1-based; offsets 1-based
     * and counted in characters (code points) of the line, 0 when unknown.
     * end_lineno / end_offset are 0 when CPython reports None. */
    int lineno, offset, end_lineno, end_offset;
    cr_span text;    /* the source line of lineno, with its '\n' (may be empty) */
} cp_error;

cp_mod *cp_parse(cr_span source, int mode, cp_error *err);

#endif
