/* The _imp module: the few questions importlib asks the VM's import system
 * that Python code cannot answer itself (is a name a frozen lib/ module?).
 * Registered from md_time_register (time.c) so that the shared
 * registry.c needs no edit; the lead may move the call there. */
#include "modules/modules.h"
#include "vm/import.h"

/* The frozen module named by the single str argument, or NULL (with an
 * exception set only when the argument is bad). */
static const vm_frozen_module *frozen_arg(const char *fname, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0])) {
        vm_err_fmt(&vm_exc_TypeError, "%s() argument must be str, not %s", fname, vm_tname(args[0]));
        return NULL;
    }
    return vm_find_frozen(args[0]);
}

static Val imp_is_frozen(Val self, Val *args, size_t nargs, Val kwnames)
{
    const vm_frozen_module *fm = frozen_arg("is_frozen", args, nargs, kwnames);
    if (!fm && vm_err_occurred()) return NULL;
    return vm_bool(fm != NULL);
}

static Val imp_is_frozen_package(Val self, Val *args, size_t nargs, Val kwnames)
{
    const vm_frozen_module *fm = frozen_arg("is_frozen_package", args, nargs, kwnames);
    if (!fm) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_ImportError, "No such frozen object named %R", args[0]);
    }
    return vm_bool(fm->is_package);
}

static const vm_methoddef imp_functions[] = {
    {"is_frozen", imp_is_frozen, 0, NULL},
    {"is_frozen_package", imp_is_frozen_package, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int imp_init(Val module) { return vm_module_add_functions(module, imp_functions); }

int md_imp_register(void);
int md_imp_register(void)
{
    vm_register_builtin_module("_imp", imp_init);
    return 0;
}
