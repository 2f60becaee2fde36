/* _pyclave: hooks for the standard library written in Python (lib/).
 *
 * c_type_name(cls, dotted_name): CPython defines some library types in C
 * (datetime.date, decimal.Decimal, collections.deque, array.array...), and
 * their error messages name them by their C type name, module included:
 * "unsupported operand type(s) for +: 'datetime.date' and 'int'".  Our
 * Python versions of those classes call this once after the class
 * statement so messages match; __name__, __qualname__ and __module__ are
 * unchanged (they already agree with CPython's). */
#include "modules/modules.h"
#include "vm/str.h"
#include "vm/type.h"

static Val py_c_type_name(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("c_type_name", nargs, kwnames, 2, 2)) return NULL;
    if (!vm_is_typeobj(args[0]) || !(vm_as_type(args[0])->flags & VM_TF_HEAPTYPE))
        return vm_err_fmt(&vm_exc_TypeError, "c_type_name() argument 1 must be a class, not '%s'",
                          vm_tname(args[0]));
    if (!vm_is_str(args[1]))
        return vm_err_fmt(&vm_exc_TypeError, "c_type_name() argument 2 must be str, not '%s'",
                          vm_tname(args[1]));
    /* The type keeps the str alive: the GC honours interior pointers. */
    vm_as_type(args[0])->name = vm_str_cstr_of(args[1]);
    return args[0];
}

/* array_type(cls): lib/array.py's array class, whose instances are buffer
 * exporters for bytes-like consumers and memoryview (src/vm/bytes.c). */
static Val py_array_type(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("array_type", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_typeobj(args[0]) || !(vm_as_type(args[0])->flags & VM_TF_HEAPTYPE))
        return vm_err_fmt(&vm_exc_TypeError, "array_type() argument must be a class, not '%s'", vm_tname(args[0]));
    vm_register_array_type(vm_as_type(args[0]));
    return VM_None;
}

static const vm_methoddef pyclave_functions[] = {
    {"c_type_name", py_c_type_name, 0, NULL},
    {"array_type", py_array_type, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int pyclave_init(Val module) { return vm_module_add_functions(module, pyclave_functions); }

int md_pyclave_register(void)
{
    vm_register_builtin_module("_pyclave", pyclave_init);
    return 0;
}
