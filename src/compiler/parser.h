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
     * and counted in characters (code points) of the line; CPython's own
     * odd values (0, -1) are reproduced where it has them.
     * no_location: lineno, offset, end_lineno, end_offset are all None
     * (e.g. "source code string cannot contain null bytes").
     * no_end_location: end_lineno and end_offset are None. */
    int lineno, offset, end_lineno, end_offset;
    cr_span text;    /* the source line of lineno, with its '\n' (may be empty) */
    bool no_location;
    bool no_end_location;
} cp_error;

/* compile(source_bytes, ...) semantics: a UTF-8 BOM is skipped and a PEP 263
 * coding declaration on line 1 or 2 is honoured (utf-8, latin-1 and ascii
 * are supported; other encodings give "unknown encoding: NAME"). */
cp_mod *cp_parse(cr_span source, int mode, cp_error *err);

/* Flags for cp_parse_ex. */
enum {
    CP_PARSE_STR = 1,  /* the source was a str (already UTF-8): no coding
                          declaration is honoured, as compile(str) */
    CP_PARSE_FILE = 2  /* running a file: the null-byte message is CPython's
                          "source code cannot contain null bytes" */
};
cp_mod *cp_parse_ex(cr_span source, int mode, int flags, cp_error *err);

/* Optional character-database hooks, set once by the runtime (the parser
 * itself depends on the core only).  A NULL member keeps the parser's
 * built-in approximation: identifiers accept any non-ASCII character that
 * is not an obvious symbol or space, only a few \N{...} names are known. */
typedef struct {
    bool (*is_xid_start)(uint32_t cp);
    bool (*is_xid_continue)(uint32_t cp);
    bool (*is_printable)(uint32_t cp);            /* for "invalid character" messages */
    bool (*lookup_name)(cr_span name, uint32_t *cp); /* \N{name}, case-insensitive */
} cp_unicode_hooks;
void cp_set_unicode_hooks(const cp_unicode_hooks *hooks);

#endif
