/* Import internals (vm layer). */
#ifndef PYCLAVE_VM_IMPORT_H
#define PYCLAVE_VM_IMPORT_H

#include "vm/object.h"

/* Modules of lib/ frozen into the binary at build time (tools/freeze.c
 * generates the table): the source, and the module's code compiled and
 * marshalled at build time (vm/marshal.h). */
typedef struct {
    const char *name;
    bool is_package;
    const uint8_t *source;
    size_t length;
    const uint8_t *code; /* NULL: compile the source at import */
    size_t code_length;
} vm_frozen_module;
extern const vm_frozen_module vm_frozen_modules[];
extern const size_t vm_frozen_count;
/* The frozen module of that name, or NULL. */
const vm_frozen_module *vm_find_frozen(Val name);
/* Run a frozen module's code as the body of module (filename: its
 * "<frozen NAME>"); the source is compiled only when the frozen code
 * cannot be used (python -O/-OO, whose code differs). */
Val vm_exec_frozen(Val module, const vm_frozen_module *fm, Val filename);
/* The source of the frozen module whose code filename ("<frozen NAME>")
 * names, for tracebacks: false if there is none. */
bool vm_frozen_source(Val filename, cr_span *source);

/* Compile and run source as the body of module (registering it for
 * tracebacks); returns the module's result or NULL. */
Val vm_exec_source(Val module, cr_span source, Val filename);
Val vm_import_module(const char *name);
Val vm_builtin_module_names(void);

#endif
