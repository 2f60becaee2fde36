/* The builtins module: built-in functions and the names of built-in types. */
#include "compiler/compile.h"
#include "modules/modules.h"
#include "vm/ceval.h"
#include "vm/frame.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/type.h"

#define BUILTIN(name) static Val bi_##name(Val self, Val *args, size_t nargs, Val kwnames)

BUILTIN(abs)
{
    if (!vm_check_nargs("abs", nargs, kwnames, 1, 1)) return NULL;
    return vm_abs(args[0]);
}

BUILTIN(all)
{
    if (!vm_check_nargs("all", nargs, kwnames, 1, 1)) return NULL;
    Val it = vm_iter(args[0]);
    if (!it) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : VM_True;
        int t = vm_truthy(x);
        if (t < 0) return NULL;
        if (!t) return VM_False;
    }
}

BUILTIN(any)
{
    if (!vm_check_nargs("any", nargs, kwnames, 1, 1)) return NULL;
    Val it = vm_iter(args[0]);
    if (!it) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : VM_False;
        int t = vm_truthy(x);
        if (t < 0) return NULL;
        if (t) return VM_True;
    }
}

BUILTIN(ascii)
{
    if (!vm_check_nargs("ascii", nargs, kwnames, 1, 1)) return NULL;
    return vm_ascii(args[0]);
}

static Val int_base_repr(const char *fname, Val v, int base, const char *prefix)
{
    Val i = vm_index(v);
    if (!i) return NULL;
    Val digits = vm_int_to_str(i, base);
    if (!digits) return NULL;
    cr_span s = vm_str_span(digits);
    cr_buf b;
    cr_buf_init(&b);
    bool neg = s.len && cr_span_at(s, 0) == '-';
    if (neg) cr_buf_byte(&b, '-');
    cr_buf_cstr(&b, prefix);
    cr_buf_append(&b, cr_span_from(s, neg ? 1 : 0));
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

BUILTIN(bin)
{
    if (!vm_check_nargs("bin", nargs, kwnames, 1, 1)) return NULL;
    return int_base_repr("bin", args[0], 2, "0b");
}
BUILTIN(oct)
{
    if (!vm_check_nargs("oct", nargs, kwnames, 1, 1)) return NULL;
    return int_base_repr("oct", args[0], 8, "0o");
}
BUILTIN(hex)
{
    if (!vm_check_nargs("hex", nargs, kwnames, 1, 1)) return NULL;
    return int_base_repr("hex", args[0], 16, "0x");
}

BUILTIN(breakpoint)
{
    return vm_err_str(&vm_exc_RuntimeError, "breakpoint() is not supported by Pyclave (no debugger)");
}

BUILTIN(callable)
{
    if (!vm_check_nargs("callable", nargs, kwnames, 1, 1)) return NULL;
    return vm_bool(vm_typeof(args[0])->call != NULL);
}

BUILTIN(chr)
{
    if (!vm_check_nargs("chr", nargs, kwnames, 1, 1)) return NULL;
    Val i = vm_index(args[0]);
    if (!i) return NULL;
    int64_t c;
    if (vm_int_as_i64(i, &c) < 0) {
        vm_err_clear();
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (c < 0 || c > 0x10FFFF) return vm_err_str(&vm_exc_ValueError, "chr() arg not in range(0x110000)");
    return vm_str_from_codepoint((uint32_t)c);
}

BUILTIN(ord)
{
    if (!vm_check_nargs("ord", nargs, kwnames, 1, 1)) return NULL;
    Val v = args[0];
    if (vm_is_str(v)) {
        size_t n = vm_str_len(v);
        if (n != 1)
            return vm_err_fmt(&vm_exc_TypeError, "ord() expected a character, but string of length %zu found", n);
        return vm_int_from_i64(vm_str_at(v, 0));
    }
    if (vm_is_bytes(v) || vm_isinstance_t(v, &vm_type_bytearray)) {
        cr_span s = vm_bytes_span(v);
        if (s.len != 1)
            return vm_err_fmt(&vm_exc_TypeError, "ord() expected a character, but string of length %zu found", s.len);
        return vm_int_from_i64(cr_span_at(s, 0));
    }
    return vm_err_fmt(&vm_exc_TypeError, "ord() expected string of length 1, but %s found", vm_tname(v));
}

/* The calling frame's globals (for eval/exec/globals()). */
static Val caller_globals(void)
{
    FrameObj *f = vm_current_frame();
    return f ? f->globals : NULL;
}

static Val source_or_code(const char *fname, Val src, Val filename, int mode)
{
    if (vm_is_type(src, &vm_type_code)) return src;
    cr_span text;
    if (vm_is_str(src)) {
        text = vm_str_span(src);
        /* CPython encodes str source to UTF-8 first: a lone surrogate
         * (ED A0..BF in our storage) is a UnicodeEncodeError. */
        for (size_t i = 0; i + 1 < text.len; i++)
            if (cr_span_at(text, i) == 0xED && cr_span_at(text, i + 1) >= 0xA0) {
                if (!vm_str_encode(src, "utf-8", "strict")) return NULL;
                break;
            }
    } else if (vm_is_bytes(src) || vm_isinstance_t(src, &vm_type_bytearray)) {
        text = vm_bytes_span(src);
    } else {
        return vm_err_fmt(&vm_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    for (size_t i = 0; i < text.len; i++)
        if (cr_span_at(text, i) == 0) return vm_err_str(&vm_exc_SyntaxError, "source code string cannot contain null bytes");
    /* eval() strips leading spaces and tabs, as CPython does. */
    if (mode == CP_MODE_EVAL) {
        size_t k = 0;
        while (k < text.len && (cr_span_at(text, k) == ' ' || cr_span_at(text, k) == '\t')) k++;
        text = cr_span_from(text, k);
    }
    return cp_compile(text, filename, mode, 0);
}

static Val run_code(const char *fname, Val *args, size_t nargs, Val kwnames, int mode)
{
    static const char *const kw[] = {"source", "globals", "locals", NULL};
    Val a[3];
    if (!vm_parse_args(fname, args, nargs, kwnames, kw, 1, 1, 3, a)) return NULL;
    Val globals = a[1] && a[1] != VM_None ? a[1] : NULL;
    Val locals = a[2] && a[2] != VM_None ? a[2] : NULL;
    bool is_eval = mode == CP_MODE_EVAL;
    if (globals && !vm_is_dict(globals)) {
        if (is_eval && !locals && vm_typeof(globals)->getitem)
            return vm_err_str(&vm_exc_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        if (is_eval) return vm_err_str(&vm_exc_TypeError, "globals must be a dict");
        return vm_err_fmt(&vm_exc_TypeError, "%s() globals must be a dict, not %s", fname, vm_tname(globals));
    }
    if (locals && !vm_typeof(locals)->getitem) {
        if (is_eval) return vm_err_fmt(&vm_exc_TypeError, "locals must be a mapping");
        return vm_err_fmt(&vm_exc_TypeError, "locals must be a mapping or None, not %s", vm_tname(locals));
    }
    if (!globals) {
        globals = caller_globals();
        if (!locals) {
            FrameObj *f = vm_current_frame();
            locals = f ? vm_frame_locals(f) : globals;
            if (!locals) return NULL;
        }
    } else if (!locals) {
        locals = globals;
    }
    if (!globals) return vm_err_str(&vm_exc_SystemError, "globals and locals cannot be NULL");
    Val b = vm_dict_get_cstr(globals, "__builtins__");
    if (!b) {
        if (vm_err_occurred()) return NULL;
        if (vm_dict_set_cstr(globals, "__builtins__", vm->builtins_module) < 0) return NULL;
    }
    Val code = source_or_code(fname, a[0], vm_str_cstr("<string>"), mode);
    if (!code) return NULL;
    /* A code object with free variables needs a closure, which exec/eval
     * cannot supply (CPython checks this before running it). */
    size_t nfree = vm_tuple_len(((CodeObj *)(void *)val_obj(code))->freevars);
    if (nfree > 0) {
        if (is_eval) return vm_err_str(&vm_exc_TypeError, "code object passed to eval() may not contain free variables");
        return vm_err_fmt(&vm_exc_TypeError, "code object requires a closure of exactly length %zu", nfree);
    }
    Val r = vm_eval_code((CodeObj *)(void *)val_obj(code), globals, locals);
    if (!r) return NULL;
    return mode == CP_MODE_EVAL ? r : VM_None;
}

BUILTIN(eval) { return run_code("eval", args, nargs, kwnames, CP_MODE_EVAL); }
BUILTIN(exec) { return run_code("exec", args, nargs, kwnames, CP_MODE_EXEC); }

/* compile()'s filename, converted as CPython's PyUnicode_FSDecoder: str,
 * bytes (decoded), os.PathLike; no embedded NUL. */
static Val compile_filename(Val fn)
{
    if (!vm_is_str(fn) && !vm_is_bytes(fn) && !vm_is_type(fn, &vm_type_bytearray)) {
        Val m = vm_type_lookup_cstr(vm_typeof(fn), "__fspath__");
        if (m == NULL) {
            if (vm_err_occurred()) return NULL;
            return vm_err_fmt(&vm_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                              vm_tname(fn));
        }
        Val p = vm_call_special(fn, "__fspath__", NULL, 0);
        if (p == NULL) return NULL;
        if (!vm_is_str(p) && !vm_is_bytes(p))
            return vm_err_fmt(&vm_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                              vm_tname(fn), vm_tname(p));
        fn = p;
    }
    if (!vm_is_str(fn)) {
        fn = vm_str_decode_utf8(vm_bytes_span(fn), "surrogateescape");
        if (fn == NULL) return NULL;
    }
    if (cr_span_find_byte(vm_str_span(fn), 0, 0) >= 0)
        return vm_err_str(&vm_exc_ValueError, "embedded null character");
    return fn;
}

BUILTIN(compile)
{
    static const char *const kw[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                     "_feature_version", NULL};
    Val a[7];
    if (!vm_parse_args("compile", args, nargs, kwnames, kw, 0, 3, 6, a)) return NULL;
    Val mode = a[2];
    if (!vm_is_str(mode)) return vm_err_fmt(&vm_exc_TypeError, "compile() argument 'mode' must be str, not %s", vm_tname(mode));
    int m;
    if (vm_str_eq_cstr(mode, "exec")) m = CP_MODE_EXEC;
    else if (vm_str_eq_cstr(mode, "eval")) m = CP_MODE_EVAL;
    else if (vm_str_eq_cstr(mode, "single")) m = CP_MODE_SINGLE;
    else return vm_err_str(&vm_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (a[3]) {
        /* PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK of CPython 3.11 */
        const int64_t valid = 0x1FE0000 | 0x10 | 0x7E00;
        int64_t flags;
        if (!vm_as_ssize(a[3], &flags, &vm_exc_OverflowError)) return NULL;
        if (flags & ~valid) return vm_err_str(&vm_exc_ValueError, "compile(): unrecognised flags");
    }
    Val fn = compile_filename(a[1]);
    if (!fn) return NULL;
    return source_or_code("compile", a[0], fn, m);
}

BUILTIN(delattr)
{
    if (!vm_check_nargs("delattr", nargs, kwnames, 2, 2)) return NULL;
    return vm_delattr(args[0], args[1]) < 0 ? NULL : VM_None;
}

BUILTIN(setattr)
{
    if (!vm_check_nargs("setattr", nargs, kwnames, 3, 3)) return NULL;
    return vm_setattr(args[0], args[1], args[2]) < 0 ? NULL : VM_None;
}

BUILTIN(getattr)
{
    if (!vm_check_nargs("getattr", nargs, kwnames, 2, 3)) return NULL;
    if (!vm_is_str(args[1]))
        return vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(args[1]));
    if (nargs == 3) {
        Val r = vm_getattr_opt(args[0], args[1]);
        if (r) return r;
        return vm_err_occurred() ? NULL : args[2];
    }
    return vm_getattr(args[0], args[1]);
}

BUILTIN(hasattr)
{
    if (!vm_check_nargs("hasattr", nargs, kwnames, 2, 2)) return NULL;
    if (!vm_is_str(args[1]))
        return vm_err_fmt(&vm_exc_TypeError, "attribute name must be string, not '%s'", vm_tname(args[1]));
    int r = vm_hasattr(args[0], args[1]);
    return r < 0 ? NULL : vm_bool(r);
}

BUILTIN(dir)
{
    if (!vm_check_nargs("dir", nargs, kwnames, 0, 1)) return NULL;
    Val l;
    if (nargs == 0) {
        FrameObj *f = vm_current_frame();
        Val loc = f ? vm_frame_locals(f) : NULL;
        if (!loc) return vm_err_occurred() ? NULL : vm_list_new(0);
        l = vm_dict_keys_list(loc);
    } else {
        Val f = vm_type_lookup_cstr(vm_typeof(args[0]), "__dir__");
        if (!f) return vm_err_str(&vm_exc_TypeError, "object does not provide __dir__");
        Val r = vm_call_special(args[0], "__dir__", NULL, 0);
        if (!r) return NULL;
        l = vm_list_from_iter(r);
    }
    if (!l || vm_list_sort(l, NULL, false) < 0) return NULL;
    return l;
}

BUILTIN(divmod)
{
    if (!vm_check_nargs("divmod", nargs, kwnames, 2, 2)) return NULL;
    return vm_divmod(args[0], args[1]);
}

BUILTIN(format)
{
    if (!vm_check_nargs("format", nargs, kwnames, 1, 2)) return NULL;
    Val spec = nargs > 1 ? args[1] : NULL;
    if (spec && !vm_is_str(spec))
        return vm_err_fmt(&vm_exc_TypeError, "format() argument 2 must be str, not %s",
                          spec == VM_None ? "None" : vm_tname(spec));
    return vm_format(args[0], spec);
}

BUILTIN(globals)
{
    if (!vm_check_nargs("globals", nargs, kwnames, 0, 0)) return NULL;
    Val g = caller_globals();
    return g ? g : VM_None;
}

BUILTIN(locals)
{
    if (!vm_check_nargs("locals", nargs, kwnames, 0, 0)) return NULL;
    FrameObj *f = vm_current_frame();
    return f ? vm_frame_locals(f) : VM_None;
}

BUILTIN(vars)
{
    if (!vm_check_nargs("vars", nargs, kwnames, 0, 1)) return NULL;
    if (nargs == 0) {
        FrameObj *f = vm_current_frame();
        return f ? vm_frame_locals(f) : VM_None;
    }
    Val d = vm_getattr_opt(args[0], vm_intern_cstr("__dict__"));
    if (!d) {
        if (vm_err_occurred()) return NULL;
        return vm_err_str(&vm_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

BUILTIN(hash)
{
    if (!vm_check_nargs("hash", nargs, kwnames, 1, 1)) return NULL;
    int64_t h = vm_hash(args[0]);
    return h == -1 ? NULL : vm_int_from_i64(h);
}

BUILTIN(help)
{
    Val out = vm_dict_get_cstr(vm->sys_dict, "stdout");
    if (!out) return NULL;
    if (nargs == 0) {
        Val s = vm_str_cstr("Pyclave: interactive help is not available. Use dir(obj) and obj.__doc__.\n");
        return s && vm_print_str(out, s) == 0 ? VM_None : NULL;
    }
    Val doc = vm_getattr_opt(args[0], vm_intern_cstr("__doc__"));
    if (!doc && vm_err_occurred()) return NULL;
    Val s = doc && vm_is_str(doc) ? vm_str_fmt("Help on %T:\n\n%U\n", args[0], doc)
                                  : vm_str_fmt("Help on %T: no documentation.\n", args[0]);
    return s && vm_print_str(out, s) == 0 ? VM_None : NULL;
}

BUILTIN(id)
{
    if (!vm_check_nargs("id", nargs, kwnames, 1, 1)) return NULL;
    if (val_is_small(args[0])) return vm_int_from_u64((uint64_t)(uintptr_t)args[0]);
    return vm_int_from_u64((uint64_t)(uintptr_t)val_obj(args[0]));
}

BUILTIN(input)
{
    if (!vm_check_nargs("input", nargs, kwnames, 0, 1)) return NULL;
    Val out = vm_dict_get_cstr(vm->sys_dict, "stdout");
    Val in = vm_dict_get_cstr(vm->sys_dict, "stdin");
    if (!out || !in) return vm_err_str(&vm_exc_RuntimeError, "input(): lost sys.stdin");
    if (nargs == 1) {
        Val p = vm_str(args[0]);
        if (!p || vm_print_str(out, p) < 0) return NULL;
    }
    if (!vm_call_method(out, "flush", NULL, 0)) return NULL;
    Val line = vm_call_method(in, "readline", NULL, 0);
    if (!line) return NULL;
    if (!vm_is_str(line)) return vm_err_str(&vm_exc_TypeError, "object.readline() returned non-string");
    cr_span s = vm_str_span(line);
    if (s.len == 0) return vm_err_str(&vm_exc_EOFError, "EOF when reading a line");
    if (cr_span_at(s, s.len - 1) == '\n') return vm_str_new(cr_span_sub(s, 0, s.len - 1));
    return line;
}

BUILTIN(isinstance)
{
    if (!vm_check_nargs("isinstance", nargs, kwnames, 2, 2)) return NULL;
    int r = vm_isinstance(args[0], args[1]);
    return r < 0 ? NULL : vm_bool(r);
}

BUILTIN(issubclass)
{
    if (!vm_check_nargs("issubclass", nargs, kwnames, 2, 2)) return NULL;
    int r = vm_issubclass(args[0], args[1]);
    return r < 0 ? NULL : vm_bool(r);
}

extern Val vm_calliter_new(Val callable, Val sentinel); /* iterobject.c */

BUILTIN(iter)
{
    if (!vm_check_nargs("iter", nargs, kwnames, 1, 2)) return NULL;
    if (nargs == 2) {
        if (!vm_typeof(args[0])->call) return vm_err_str(&vm_exc_TypeError, "iter(v, w): v must be callable");
        return vm_calliter_new(args[0], args[1]);
    }
    return vm_iter(args[0]);
}

BUILTIN(len)
{
    if (!vm_check_nargs("len", nargs, kwnames, 1, 1)) return NULL;
    int64_t n = vm_len(args[0]);
    return n < 0 ? NULL : vm_int_from_i64(n);
}

static Val minmax(const char *name, Val *args, size_t nargs, Val kwnames, int op)
{
    static const char *const kw[] = {"key", "default", NULL};
    Val key = NULL, dflt = NULL;
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Val k = vm_tuple_get(kwnames, i);
        if (vm_str_eq_cstr(k, kw[0])) key = args[nargs + i];
        else if (vm_str_eq_cstr(k, kw[1])) dflt = args[nargs + i];
        else return vm_err_fmt(&vm_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
    }
    if (key == VM_None) key = NULL;
    if (nargs == 0) return vm_err_fmt(&vm_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    Val it;
    if (nargs == 1) {
        it = vm_iter(args[0]);
    } else {
        if (dflt)
            return vm_err_fmt(&vm_exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional arguments", name);
        Val t = vm_tuple_from(args, nargs);
        it = t ? vm_iter(t) : NULL;
    }
    if (!it) return NULL;
    Val best = NULL, bestkey = NULL;
    for (;;) {
        Val x = vm_next(it);
        if (!x) {
            if (vm_err_occurred()) return NULL;
            break;
        }
        Val k = key ? vm_call1(key, x) : x;
        if (!k) return NULL;
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int c = vm_richcmp_bool(k, bestkey, op);
        if (c < 0) return NULL;
        if (c) {
            best = x;
            bestkey = k;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        return vm_err_fmt(&vm_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

BUILTIN(max) { return minmax("max", args, nargs, kwnames, VM_GT); }
BUILTIN(min) { return minmax("min", args, nargs, kwnames, VM_LT); }

BUILTIN(next)
{
    if (!vm_check_nargs("next", nargs, kwnames, 1, 2)) return NULL;
    Type *t = vm_typeof(args[0]);
    if (!t->iternext) return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not an iterator", t->name);
    Val r = t->iternext(args[0]);
    if (r) return r;
    if (vm_err_occurred()) {
        if (nargs == 2 && vm_err_matches(&vm_exc_StopIteration)) {
            vm_err_clear();
            return args[1];
        }
        return NULL;
    }
    if (nargs == 2) return args[1];
    return vm_err_set_val(obj_val(&vm_exc_StopIteration));
}

BUILTIN(aiter)
{
    if (!vm_check_nargs("aiter", nargs, kwnames, 1, 1)) return NULL;
    return vm_aiter(args[0]);
}

BUILTIN(anext)
{
    if (!vm_check_nargs("anext", nargs, kwnames, 1, 2)) return NULL;
    return vm_anext(args[0], nargs == 2 ? args[1] : NULL);
}

BUILTIN(pow)
{
    static const char *const kw[] = {"base", "exp", "mod", NULL};
    Val a[3];
    if (!vm_parse_args("pow", args, nargs, kwnames, kw, 0, 2, 3, a)) return NULL;
    return vm_pow3(a[0], a[1], a[2] ? a[2] : VM_None);
}

/* print()'s output as CPython writes it: each piece separately. */
static int print_pieces(Val file, Val *args, size_t nargs, Val sep, Val end)
{
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && vm_print_str(file, sep ? sep : vm_str_cstr(" ")) < 0) return -1;
        Val s = vm_str(args[i]);
        if (!s || vm_print_str(file, s) < 0) return -1;
    }
    return vm_print_str(file, end ? end : vm_str_cstr("\n"));
}

BUILTIN(print)
{
    static const char *const kw[] = {"sep", "end", "file", "flush", NULL};
    Val opt[4] = {NULL, NULL, NULL, NULL};
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Val k = vm_tuple_get(kwnames, i);
        size_t j = 0;
        for (; j < 4; j++)
            if (vm_str_eq_cstr(k, kw[j])) break;
        if (j == 4) return vm_err_fmt(&vm_exc_TypeError, "'%U' is an invalid keyword argument for print()", k);
        opt[j] = args[nargs + i];
    }
    Val sep = opt[0], end = opt[1], file = opt[2];
    if (sep && sep != VM_None && !vm_is_str(sep))
        return vm_err_fmt(&vm_exc_TypeError, "sep must be None or a string, not %s", vm_tname(sep));
    if (end && end != VM_None && !vm_is_str(end))
        return vm_err_fmt(&vm_exc_TypeError, "end must be None or a string, not %s", vm_tname(end));
    if (!file || file == VM_None) {
        file = vm_dict_get_cstr(vm->sys_dict, "stdout");
        if (!file) return vm_err_occurred() ? NULL : vm_err_str(&vm_exc_RuntimeError, "lost sys.stdout");
        if (file == VM_None) return VM_None;
    }
    if (!sep || sep == VM_None) sep = NULL;
    if (!end || end == VM_None) end = NULL;
    if (!md_is_std_textio(file)) {
        if (print_pieces(file, args, nargs, sep, end) < 0) return NULL;
        if (opt[3]) {
            int t = vm_truthy(opt[3]);
            if (t < 0) return NULL;
            if (t && !vm_call_method(file, "flush", NULL, 0)) return NULL;
        }
        return VM_None;
    }
    /* Our own stream: build the whole line first, one write per print. */
    cr_buf b;
    cr_buf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep) cr_buf_append(&b, vm_str_span(sep));
            else cr_buf_byte(&b, ' ');
        }
        Val s = vm_str(args[i]);
        if (!s) return NULL;
        cr_buf_append(&b, vm_str_span(s));
    }
    if (end) cr_buf_append(&b, vm_str_span(end));
    else cr_buf_byte(&b, '\n');
    if (b.failed) return vm_err_nomem();
    Val line = vm_str_new(cr_buf_span(&b));
    if (!line) return NULL;
    if (vm_print_str(file, line) < 0) {
        /* The line could not be encoded (a lone surrogate): nothing was
         * written; write piece by piece as CPython, so the pieces before
         * the bad one appear and the error has the piece's position. */
        if (!vm_err_matches(&vm_exc_UnicodeEncodeError)) return NULL;
        vm_err_clear();
        if (print_pieces(file, args, nargs, sep, end) < 0) return NULL;
    }
    if (opt[3]) {
        int t = vm_truthy(opt[3]);
        if (t < 0) return NULL;
        if (t && !vm_call_method(file, "flush", NULL, 0)) return NULL;
    }
    return VM_None;
}

BUILTIN(repr)
{
    if (!vm_check_nargs("repr", nargs, kwnames, 1, 1)) return NULL;
    return vm_repr(args[0]);
}

BUILTIN(round)
{
    static const char *const kw[] = {"number", "ndigits", NULL};
    Val a[2];
    if (!vm_parse_args("round", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    Val f = vm_type_lookup_cstr(vm_typeof(a[0]), "__round__");
    if (!f) return vm_err_fmt(&vm_exc_TypeError, "type %s doesn't define __round__ method", vm_tname(a[0]));
    if (a[1] && a[1] != VM_None) return vm_call_special(a[0], "__round__", &a[1], 1);
    return vm_call_special(a[0], "__round__", NULL, 0);
}

BUILTIN(sorted)
{
    if (nargs != 1)
        return vm_err_fmt(&vm_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Val l = vm_list_from_iter(args[0]);
    if (!l) return NULL;
    /* The keywords go to list.sort, which checks them (as in CPython). */
    Val sort = vm_getattr_cstr(l, "sort");
    if (!sort) return NULL;
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    Val kw[2];
    if (nkw > 2) return vm_err_fmt(&vm_exc_TypeError, "sort() takes at most 2 arguments (%zu given)", nkw);
    for (size_t i = 0; i < nkw; i++) kw[i] = args[nargs + i];
    if (!vm_call(sort, kw, 0, nkw ? kwnames : NULL)) return NULL;
    return l;
}

BUILTIN(sum)
{
    static const char *const kw[] = {"iterable", "start", NULL};
    Val a[2];
    if (!vm_parse_args("sum", args, nargs, kwnames, kw, 1, 1, 2, a)) return NULL;
    Val acc = a[1] ? a[1] : vm_int_from_i64(0);
    if (vm_is_str(acc)) return vm_err_str(&vm_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (vm_is_bytes(acc)) return vm_err_str(&vm_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (vm_isinstance_t(acc, &vm_type_bytearray))
        return vm_err_str(&vm_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Val it = vm_iter(a[0]);
    if (!it) return NULL;
    /* Float sums use CPython's plain left-to-right double accumulation. */
    for (;;) {
        Val x = vm_next(it);
        if (!x) return vm_err_occurred() ? NULL : acc;
        if (val_is_small(acc) && val_is_small(x)) {
            int64_t s = val_small(acc) + val_small(x);
            if (cr_small_fits(s)) {
                acc = val_from_small(s);
                continue;
            }
        }
        acc = vm_binop(acc, x, VM_OP_ADD);
        if (!acc) return NULL;
    }
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
BUILTIN(__import__)
{
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Val a[5];
    if (!vm_parse_args("__import__", args, nargs, kwnames, kw, 0, 1, 5, a)) return NULL;
    if (!vm_is_str(a[0])) return vm_err_str(&vm_exc_TypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] && !vm_as_ssize(a[4], &level, &vm_exc_OverflowError)) return NULL;
    if (level > INT32_MAX || level < INT32_MIN) /* CPython's 'i' converter; also keeps the (int) cast exact */
        return vm_err_str(&vm_exc_OverflowError, "Python int too large to convert to C int");
    if (level < 0) return vm_err_str(&vm_exc_ValueError, "level must be >= 0");
    Val globals = a[1] && a[1] != VM_None ? a[1] : NULL;
    return vm_import(a[0], globals, a[3] && a[3] != VM_None ? a[3] : NULL, (int)level);
}

/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
BUILTIN(__build_class__)
{
    if (nargs < 2) return vm_err_str(&vm_exc_TypeError, "__build_class__: not enough arguments");
    Val func = args[0], name = args[1];
    if (!vm_is_function(func)) return vm_err_str(&vm_exc_TypeError, "__build_class__: func must be a function");
    if (!vm_is_str(name)) return vm_err_str(&vm_exc_TypeError, "__build_class__: name is not a string");
    Val orig_bases = vm_tuple_from(args + 2, nargs - 2); /* boundary: nargs >= 2 */
    if (!orig_bases) return NULL;
    /* PEP 560: __mro_entries__ */
    Val bases = orig_bases;
    bool changed = false;
    Val bl = vm_list_new(0);
    if (!bl) return NULL;
    for (size_t i = 0; i < vm_tuple_len(orig_bases); i++) {
        Val b = vm_tuple_get(orig_bases, i);
        if (!vm_is_typeobj(b)) {
            Val me = vm_getattr_opt(b, vm_intern_cstr("__mro_entries__"));
            if (me) {
                Val r = vm_call1(me, orig_bases);
                if (!r) return NULL;
                if (!vm_is_tuple(r)) return vm_err_str(&vm_exc_TypeError, "__mro_entries__ must return a tuple");
                if (vm_list_extend(bl, r) < 0) return NULL;
                changed = true;
                continue;
            }
            if (vm_err_occurred()) return NULL;
        }
        if (vm_list_append(bl, b) < 0) return NULL;
    }
    if (changed) {
        bases = vm_list_as_tuple(bl);
        if (!bases) return NULL;
    }
    Val meta = NULL;
    Val kw = vm_dict_new();
    if (!kw) return NULL;
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Val k = vm_tuple_get(kwnames, i);
        if (vm_str_eq_cstr(k, "metaclass")) meta = args[nargs + i];
        else if (vm_dict_set(kw, k, args[nargs + i]) < 0) return NULL;
    }
    bool is_class = false;
    if (!meta) {
        meta = vm_tuple_len(bases) ? obj_val(vm_typeof(vm_tuple_get(bases, 0))) : obj_val(&vm_type_type);
        is_class = true;
    } else {
        is_class = vm_is_typeobj(meta);
    }
    if (is_class) {
        /* The most derived metaclass. */
        Type *winner = vm_as_type(meta);
        for (size_t i = 0; i < vm_tuple_len(bases); i++) {
            Type *bm = vm_typeof(vm_tuple_get(bases, i));
            if (vm_is_subtype(winner, bm)) continue;
            if (vm_is_subtype(bm, winner)) {
                winner = bm;
                continue;
            }
            return vm_err_str(&vm_exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
        }
        meta = obj_val(winner);
    }
    Val ns;
    Val prep = vm_getattr_opt(meta, vm_intern_cstr("__prepare__"));
    if (prep) {
        Val pa[2] = {name, bases};
        ns = vm_call_tuple_dict(prep, vm_tuple_from(pa, 2), kw);
        if (!ns) return NULL;
        if (!vm_typeof(ns)->getitem) {
            return vm_err_fmt(&vm_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                              vm_is_typeobj(meta) ? vm_as_type(meta)->name : "<metaclass>", vm_tname(ns));
        }
    } else {
        if (vm_err_occurred()) return NULL;
        ns = vm_dict_new();
        if (!ns) return NULL;
    }
    Val body = vm_func_call_with_locals(func, ns);
    if (!body) return NULL;
    if (changed && vm_setitem(ns, vm_intern_cstr("__orig_bases__"), orig_bases) < 0) return NULL;
    Val ca[3] = {name, bases, ns};
    Val cls = vm_call_tuple_dict(meta, vm_tuple_from(ca, 3), kw);
    if (!cls) return NULL;
    if (vm_is_type(body, &vm_type_cell) && vm_is_typeobj(cls)) {
        Val cell_content = vm_cell_obj(body)->ref;
        if (cell_content != cls) {
            if (!cell_content)
                return vm_err_fmt(&vm_exc_RuntimeError,
                                  "__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                                  name, cls);
            return vm_err_fmt(&vm_exc_TypeError, "__class__ set to %R defining %R as %R", cell_content, name, cls);
        }
    }
    return cls;
}


BUILTIN(open) { return md_open(args, nargs, kwnames); }

static const vm_methoddef builtin_functions[] = {
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"aiter", bi_aiter, 0, NULL},
    {"all", bi_all, 0, NULL},
    {"anext", bi_anext, 0, NULL},
    {"any", bi_any, 0, NULL},
    {"ascii", bi_ascii, 0, NULL},
    {"bin", bi_bin, 0, NULL},
    {"breakpoint", bi_breakpoint, 0, NULL},
    {"callable", bi_callable, 0, NULL},
    {"chr", bi_chr, 0, NULL},
    {"compile", bi_compile, 0, NULL},
    {"delattr", bi_delattr, 0, NULL},
    {"dir", bi_dir, 0, NULL},
    {"divmod", bi_divmod, 0, NULL},
    {"eval", bi_eval, 0, NULL},
    {"exec", bi_exec, 0, NULL},
    {"format", bi_format, 0, NULL},
    {"getattr", bi_getattr, 0, NULL},
    {"globals", bi_globals, 0, NULL},
    {"hasattr", bi_hasattr, 0, NULL},
    {"hash", bi_hash, 0, NULL},
    {"help", bi_help, 0, NULL},
    {"hex", bi_hex, 0, NULL},
    {"id", bi_id, 0, NULL},
    {"input", bi_input, 0, NULL},
    {"isinstance", bi_isinstance, 0, NULL},
    {"issubclass", bi_issubclass, 0, NULL},
    {"iter", bi_iter, 0, NULL},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"locals", bi_locals, 0, NULL},
    {"max", bi_max, 0, NULL},
    {"min", bi_min, 0, NULL},
    {"next", bi_next, 0, NULL},
    {"oct", bi_oct, 0, NULL},
    {"open", bi_open, 0, NULL},
    {"ord", bi_ord, 0, NULL},
    {"pow", bi_pow, 0, NULL},
    {"print", bi_print, 0, NULL},
    {"repr", bi_repr, 0, NULL},
    {"round", bi_round, 0, NULL},
    {"setattr", bi_setattr, 0, NULL},
    {"sorted", bi_sorted, 0, NULL},
    {"sum", bi_sum, 0, NULL},
    {"vars", bi_vars, 0, NULL},
    {"__import__", bi___import__, 0, NULL},
    {"__build_class__", bi___build_class__, 0, NULL},
    {NULL, NULL, 0, NULL},
};

extern Type vm_type_enumerate, vm_type_zip, vm_type_map, vm_type_filter, vm_type_reversed;

int vm_builtins_init(Val module)
{
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    if (vm_module_add_functions(module, builtin_functions) < 0) return -1;
    struct {
        const char *name;
        Val v;
    } names[] = {
        {"None", VM_None}, {"True", VM_True}, {"False", VM_False}, {"Ellipsis", VM_Ellipsis},
        {"NotImplemented", VM_NotImplemented}, {"__debug__", VM_True},
        {"bool", obj_val(&vm_type_bool)}, {"bytearray", obj_val(&vm_type_bytearray)},
        {"bytes", obj_val(&vm_type_bytes)}, {"classmethod", obj_val(&vm_type_classmethod)},
        {"complex", obj_val(&vm_type_complex)}, {"dict", obj_val(&vm_type_dict)},
        {"enumerate", obj_val(&vm_type_enumerate)}, {"filter", obj_val(&vm_type_filter)},
        {"float", obj_val(&vm_type_float)}, {"frozenset", obj_val(&vm_type_frozenset)},
        {"int", obj_val(&vm_type_int)}, {"list", obj_val(&vm_type_list)}, {"map", obj_val(&vm_type_map)},
        {"memoryview", obj_val(&vm_type_memoryview)}, {"object", obj_val(&vm_type_object)},
        {"property", obj_val(&vm_type_property)}, {"range", obj_val(&vm_type_range)},
        {"reversed", obj_val(&vm_type_reversed)}, {"set", obj_val(&vm_type_set)},
        {"slice", obj_val(&vm_type_slice)}, {"staticmethod", obj_val(&vm_type_staticmethod)},
        {"str", obj_val(&vm_type_str)}, {"super", obj_val(&vm_type_super)}, {"tuple", obj_val(&vm_type_tuple)},
        {"type", obj_val(&vm_type_type)}, {"zip", obj_val(&vm_type_zip)},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (vm_dict_set_cstr(d, names[i].name, names[i].v) < 0) return -1;
    return vm_errors_init(d);
}
