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
 * virtual path, vm_frozen_filename); the source is compiled only when the
 * frozen code cannot be used (python -O/-OO, whose code differs). */
Val vm_exec_frozen(Val module, const vm_frozen_module *fm, Val filename);
/* The virtual path of frozen module name, its __file__ and co_filename:
 * "/pyclave/lib/a/b.py", a package's "/pyclave/lib/pkg/__init__.py". */
Val vm_frozen_filename(const char *name, bool is_package);
/* The source of the frozen module whose code filename (its virtual path,
 * or the older "<frozen NAME>") names, for tracebacks: false if none. */
bool vm_frozen_source(Val filename, cr_span *source);
/* The type of frozen modules' __spec__ (_frozen_importlib.ModuleSpec). */
extern Type vm_type_modulespec;

/* Compile and run source as the body of module (registering it for
 * tracebacks); returns the module's result or NULL. */
Val vm_exec_source(Val module, cr_span source, Val filename);
Val vm_import_module(const char *name);
Val vm_builtin_module_names(void);

#endif
