/* Argument binding for built-in functions, with CPython's messages. */
#include "vm/object.h"

bool vm_check_nargs(const char *fname, size_t nargs, Val kwnames, size_t min, size_t max)
{
    if (kwnames && vm_tuple_len(kwnames) > 0) {
        vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs >= min && nargs <= max) return true;
    if (max == 0) vm_err_fmt(&vm_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == 1 && max == 1)
        vm_err_fmt(&vm_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max)
        vm_err_fmt(&vm_exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        vm_err_fmt(&vm_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
    else
        vm_err_fmt(&vm_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                   max == 1 ? "" : "s", nargs);
    return false;
}

bool vm_parse_args(const char *fname, Val *args, size_t nargs, Val kwnames, const char *const *kwlist,
                   size_t npos_only, size_t min, size_t max_pos, Val *out)
{
    size_t nparams = 0;
    while (kwlist[nparams]) nparams++; /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
    for (size_t i = 0; i < nparams; i++) out[i] = NULL; /* boundary: out has nparams entries */
    if (nargs > max_pos) {
        if (min == max_pos && min == nparams)
            vm_err_fmt(&vm_exc_TypeError, "%s() takes exactly %zu argument%s (%zu given)", fname, max_pos,
                       max_pos == 1 ? "" : "s", nargs);
        else if (max_pos == 0)
            vm_err_fmt(&vm_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            vm_err_fmt(&vm_exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, max_pos,
                       max_pos < nparams ? "positional " : "", max_pos == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i]; /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    if (nargs + nkw > nparams && npos_only < nparams) {
        vm_err_fmt(&vm_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, nparams,
                   nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    for (size_t k = 0; k < nkw; k++) {
        Val name = vm_tuple_get(kwnames, k);
        size_t j = npos_only;
        for (; j < nparams; j++)
            if (vm_str_eq_cstr(name, kwlist[j])) break; /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
        if (j == nparams) {
            if (npos_only == nparams && nparams > 0)
                vm_err_fmt(&vm_exc_TypeError, "%s() takes no keyword arguments", fname);
            else
                vm_err_fmt(&vm_exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return false;
        }
        if (out[j]) { /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
            vm_err_fmt(&vm_exc_TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname,
                       kwlist[j], j + 1); /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
            return false;
        }
        out[j] = args[nargs + k]; /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
    }
    for (size_t i = 0; i < min; i++) {
        if (!out[i]) { /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
            if (i < max_pos)
                vm_err_fmt(&vm_exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, kwlist[i], /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
                           i + 1);
            else
                vm_err_fmt(&vm_exc_TypeError, "%s() missing required keyword-only argument '%s'", fname, kwlist[i]); /* boundary: static NULL-terminated kwlist; out has one slot per kwlist entry */
            return false;
        }
    }
    return true;
}
