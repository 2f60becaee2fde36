/* Symbol tables (compiler layer): CPython 3.11's symtable.c semantics.
 *
 * cp_symtable_build() walks a module's AST, creating one entry (scope) per
 * module, class, function, lambda, comprehension and generator expression,
 * then analyses every name: local, global (explicit or implicit), free or
 * cell.  The compiler looks an entry up by its AST node (cp_symtable_lookup).
 */
#ifndef PYCLAVE_COMPILER_SYMTABLE_H
#define PYCLAVE_COMPILER_SYMTABLE_H

#include "compiler/ast.h"
#include "vm/object.h"

/* A SyntaxError found while compiling: message and CPython-style location
 * (1-based lines, 0-based UTF-8 byte columns of the offending node). */
typedef struct {
    Val msg; /* str; NULL when the error is not a SyntaxError (exception pending) */
    int lineno, col, end_lineno, end_col;
} cp_cerror;

typedef enum { CP_BLOCK_MODULE = 1, CP_BLOCK_FUNCTION, CP_BLOCK_CLASS, CP_BLOCK_ANNOTATION } cp_block_type;
typedef enum { CP_COMP_NONE = 0, CP_COMP_LIST, CP_COMP_SET, CP_COMP_DICT, CP_COMP_GEN } cp_comp_type;

/* Symbol flags (CPython's values). */
enum {
    CP_DEF_GLOBAL = 1, CP_DEF_LOCAL = 2, CP_DEF_PARAM = 4, CP_DEF_NONLOCAL = 8, CP_DEF_USE = 16,
    CP_DEF_FREE = 32, CP_DEF_FREE_CLASS = 64, CP_DEF_IMPORT = 128, CP_DEF_ANNOT = 256,
    CP_DEF_COMP_ITER = 512,
    CP_DEF_BOUND = CP_DEF_LOCAL | CP_DEF_PARAM | CP_DEF_IMPORT,
};
#define CP_SCOPE_OFFSET 11
#define CP_SCOPE_MASK (7 << CP_SCOPE_OFFSET)
enum { CP_SC_LOCAL = 1, CP_SC_GLOBAL_EXPLICIT, CP_SC_GLOBAL_IMPLICIT, CP_SC_FREE, CP_SC_CELL };

typedef struct cp_ste cp_ste;
struct cp_ste {
    cp_block_type type;
    Val name;          /* str: "top", function/class name, "lambda", "listcomp", ... */
    const void *key;   /* the AST node */
    Val symbols;       /* dict: str -> small int flags (scope in the high bits) */
    Val varnames;      /* list of parameter names, in order */
    Val directives;    /* dict: name -> (lineno, col, end_lineno, end_col) of global/nonlocal */
    cr_vals children;  /* child entries (as Vals wrapping cp_ste pointers) */
    size_t child_hint; /* where the compiler's next child lookup starts */
    int lineno, col_offset, end_lineno, end_col_offset;
    cp_comp_type comprehension;
    int comp_iter_expr;
    bool nested, generator, coroutine, varargs, varkeywords, returns_value;
    bool needs_class_closure, child_free, free, comp_iter_target;
};

typedef struct {
    Val filename;
    cp_ste *top, *cur;
    cr_vals stack;     /* entries being visited */
    Val private_name;  /* class name for mangling, or NULL */
    Val global;        /* the module entry's symbols */
    bool future_annotations; /* annotations are not evaluated: not visited */
    int in_annotation;       /* > 0 while visiting a postponed annotation */
    cp_cerror *err;
} cp_symtable;

/* Build and analyse; NULL on error (err->msg set for a SyntaxError, else an
 * exception is pending). */
cp_symtable *cp_symtable_build(cp_mod *mod, Val filename, bool future_annotations, cp_cerror *err);
/* The entry created for an AST node (function/class/lambda/comprehension or
 * the module), or NULL. */
cp_ste *cp_symtable_lookup(cp_symtable *st, const void *key);
/* The child of parent created for key (children are looked up in creation
 * order, so this is O(1) when the compiler visits them in that order). */
cp_ste *cp_ste_child_for(cp_ste *parent, const void *key);
/* Flags of a (mangled) name in an entry, 0 if absent; its scope (CP_SC_*). */
int cp_ste_flags(cp_ste *ste, Val name);
int cp_ste_scope(cp_ste *ste, Val name);
cp_ste *cp_ste_child(cp_ste *ste, size_t i);

/* Private name mangling: __x inside class C -> _C__x.  NULL on error. */
Val cp_mangle(Val private_name, Val name);
/* A str from an identifier (interned). */
Val cp_ident_str(cp_ident id);

/* Recursion guard for the compiler passes (symtable, code generation,
 * unparsing): as CPython, the budget is 3x the remaining recursion limit
 * (COMPILER_STACK_FRAME_SCALE); RecursionError "maximum recursion depth
 * exceeded during compilation" beyond it.  Defined in compile.c. */
bool cp_enter_recursion(void);
void cp_leave_recursion(void);

#endif
