/* Generators and coroutines (CPython 3.11 semantics).
 *
 * A generator owns a heap frame that survives suspension.  send() pushes the
 * sent value onto the frame's stack (the result of the suspended
 * YIELD_VALUE, or the initial None popped by GEN_START) and resumes it.
 * Delegation (yield from / await) suspends the frame on its YIELD_FROM
 * instruction with the sub-iterator on top of the stack; throw() and close()
 * are forwarded to it as CPython's _gen_throw does.
 *
 * The exception being handled is kept per generator while it is suspended
 * (exc_state), as CPython's gi_exc_state.
 */
#include "vm/ceval_internal.h"

static GenObj *GEN(Val v) { return (GenObj *)(void *)val_obj(v); }
static bool is_coro(Val v) { return vm_typeof(v) == &vm_type_coroutine; }
static bool is_agen(Val v) { return vm_typeof(v) == &vm_type_async_generator; }
static bool is_gen_like(Val v) { return !val_is_small(v) && (vm_typeof(v) == &vm_type_generator || is_coro(v)); }
static const char *kind(Val g) { return is_coro(g) ? "coroutine" : is_agen(g) ? "async generator" : "generator"; }

Val vm_gen_new(FrameObj *f, Val name, Val qualname)
{
    Type *t = &vm_type_generator;
    if (f->code->flags & CO_COROUTINE) t = &vm_type_coroutine;
    if (f->code->flags & CO_ASYNC_GENERATOR) t = &vm_type_async_generator;
    GenObj *g = vm_alloc_obj(t, sizeof(GenObj), CR_SCAN);
    if (g == NULL) return NULL;
    g->frame = f;
    g->code = f->code;
    g->name = name != NULL ? name : f->code->name;
    g->qualname = qualname != NULL ? qualname : f->code->qualname;
    f->gen = obj_val(g);
    return obj_val(g);
}

/* The sub-iterator of a generator suspended in yield from / await, or NULL. */
static Val gen_yf(GenObj *g)
{
    FrameObj *f = g->frame;
    if (f == NULL || f->state != VM_FRAME_SUSPENDED || !f->in_yield_from || f->sp <= f->stack_base) return NULL;
    return cr_valspan_get(f->slots, f->sp - 1);
}

/* Replace a StopIteration escaping the generator by RuntimeError. */
static void wrap_stop_iteration(Val self)
{
    bool stop_async = is_agen(self) && vm_err_matches(&vm_exc_StopAsyncIteration);
    if (!vm_err_matches(&vm_exc_StopIteration) && !stop_async) return;
    Val exc = vm_err_fetch();
    vm_err_fmt(&vm_exc_RuntimeError, "%s raised %s", kind(self), stop_async ? "StopAsyncIteration" : "StopIteration");
    Val rt = vm_err_fetch();
    if (rt == NULL) return;
    ExcObj *e = (ExcObj *)(void *)val_obj(rt);
    e->cause = exc;
    e->context = exc;
    e->suppress_context = true;
    vm_err_restore(rt);
}

/* Resume the generator: 0 yielded (*out), 1 returned (*out), -1 error.
 * throw_exc: raise this exception at the resume point instead of sending. */
static int gen_send_ex(Val self, Val arg, Val throw_exc, bool closing, Val *out)
{
    GenObj *g = GEN(self);
    FrameObj *f = g->frame;
    *out = NULL;
    if (g->running) {
        vm_err_fmt(&vm_exc_ValueError, "%s already executing", kind(self));
        return -1;
    }
    if (f == NULL || f->state == VM_FRAME_COMPLETED) {
        if (is_coro(self) && !closing) {
            vm_err_str(&vm_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (throw_exc != NULL) {
            vm_err_restore(throw_exc);
            return -1;
        }
        *out = VM_None;
        return 1;
    }
    if (f->state == VM_FRAME_CREATED && throw_exc == NULL && arg != NULL && arg != VM_None) {
        vm_err_fmt(&vm_exc_TypeError, "can't send non-None value to a just-started %s", kind(self));
        return -1;
    }
    if (throw_exc == NULL) cr_valspan_set(f->slots, f->sp++, arg != NULL ? arg : VM_None);

    Val outer = vm->handled_exc;
    f->exc_base = outer;
    if (g->exc_state != NULL) vm->handled_exc = g->exc_state;
    if (throw_exc != NULL && g->exc_state != NULL && g->exc_state != throw_exc) {
        ExcObj *e = (ExcObj *)(void *)val_obj(throw_exc);
        if (e->context == NULL) e->context = g->exc_state;
    }
    g->running = true;
    Val result = vm_eval_frame(f, throw_exc);
    g->running = false;
    Val handled = vm->handled_exc;
    g->exc_state = handled == outer ? NULL : handled;
    vm->handled_exc = outer;
    f->exc_base = NULL;

    if (result != NULL && f->state == VM_FRAME_SUSPENDED) {
        *out = result;
        return 0;
    }
    /* Finished: returned or raised. */
    g->exc_state = NULL;
    g->frame = NULL;
    if (result != NULL) {
        *out = result;
        return 1;
    }
    wrap_stop_iteration(self);
    return -1;
}

/* Turn a return value into the StopIteration that send()/next() raise. */
static Val set_stop_iteration(Val value)
{
    Val args = vm_tuple_pack(1, value);
    if (args == NULL) return NULL;
    Val exc = vm_exc_new(&vm_exc_StopIteration, args);
    if (exc == NULL) return NULL;
    vm_err_set_val(exc);
    return NULL;
}

static Val gen_send_result(Val self, Val arg, Val throw_exc, bool closing)
{
    Val out;
    int st = gen_send_ex(self, arg, throw_exc, closing, &out);
    if (st < 0) return NULL;
    if (st == 0) return out;
    if (is_agen(self)) return vm_err_set_val(obj_val(&vm_exc_StopAsyncIteration));
    if (out == VM_None) return vm_err_set_val(obj_val(&vm_exc_StopIteration));
    return set_stop_iteration(out);
}

/* _PyGen_FetchStopIterationValue: 0 with *value (None when no exception),
 * -1 if another exception is pending. */
static int fetch_stop_value(Val *value)
{
    if (!vm_err_occurred()) {
        *value = VM_None;
        return 0;
    }
    if (!vm_err_matches(&vm_exc_StopIteration)) return -1;
    Val exc = vm_err_fetch();
    Val v = vm_getattr_cstr(exc, "value");
    if (v == NULL) return -1;
    *value = v;
    return 0;
}

int vm_gen_send(Val receiver, Val v, Val *out)
{
    if (is_gen_like(receiver)) {
        int st = gen_send_ex(receiver, v, NULL, false, out);
        return st == 0 ? 0 : st == 1 ? 1 : -1;
    }
    Val r;
    Type *t = vm_typeof(receiver);
    if (v == VM_None && t->iternext != NULL)
        r = t->iternext(receiver);
    else
        r = vm_call_method(receiver, "send", &v, 1);
    if (r != NULL) {
        *out = r;
        return 0;
    }
    if (fetch_stop_value(out) == 0) return 1;
    return -1;
}

/* ---- methods ---- */

static Val gen_iternext(Val self)
{
    Val out;
    int st = gen_send_ex(self, VM_None, NULL, false, &out);
    if (st == 0) return out;
    if (st < 0) return NULL;
    if (out == VM_None) return NULL; /* exhausted, no exception */
    return set_stop_iteration(out);
}

static Val gen_send(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("send", nargs, kwnames, 1, 1)) return NULL;
    return gen_send_result(self, cr_valspan_get((cr_valspan){args, nargs}, 0), NULL, false);
}

static int gen_close_iter(Val yf);

static Val gen_close_impl(Val self)
{
    GenObj *g = GEN(self);
    Val yf = gen_yf(g);
    int err = 0;
    if (yf != NULL) {
        g->running = true;
        err = gen_close_iter(yf);
        g->running = false;
    }
    Val exc;
    if (err == 0) {
        exc = vm_exc_new(&vm_exc_GeneratorExit, vm_empty_tuple);
        if (exc == NULL) return NULL;
    } else {
        exc = vm_err_fetch();
    }
    Val out;
    int st = gen_send_ex(self, VM_None, exc, true, &out);
    if (st == 0) {
        return vm_err_fmt(&vm_exc_RuntimeError, "%s ignored GeneratorExit", kind(self));
    }
    if (st == 1) return VM_None;
    if (vm_err_matches(&vm_exc_StopIteration) || vm_err_matches(&vm_exc_GeneratorExit)) {
        vm_err_clear();
        return VM_None;
    }
    return NULL;
}

static int gen_close_iter(Val yf)
{
    if (is_gen_like(yf)) return gen_close_impl(yf) == NULL ? -1 : 0;
    Val meth = vm_getattr_opt(yf, vm_intern_cstr("close"));
    if (meth == NULL) {
        if (vm_err_occurred()) {
            /* CPython writes it as unraisable and carries on. */
            vm_err_clear();
        }
        return 0;
    }
    return vm_call0(meth) == NULL ? -1 : 0;
}

void vm_gen_finalize(Val gen)
{
    GenObj *g = GEN(gen);
    g->loop_owned = false;
    if (g->frame == NULL || g->frame->state != VM_FRAME_SUSPENDED || g->running) return;
    Val pending = vm_err_fetch();
    Val handled = vm->handled_exc;
    if (gen_close_impl(gen) == NULL) {
        /* CPython's PyErr_WriteUnraisable: sys.unraisablehook, carry on. */
        Val exc = vm_err_fetch();
        if (exc != NULL) vm_write_unraisable(exc, NULL, NULL, gen);
        vm_err_clear();
    }
    vm->handled_exc = handled;
    if (pending != NULL) vm_err_restore(pending);
}

/* At shutdown CPython clears module dicts (names with one leading underscore
 * first, then the rest except __builtins__), finalizing generators that
 * only the module referenced.  Approximation: close the suspended
 * generators that are values of d, in that order. */
void vm_finalize_module_generators(Val d)
{
    if (d == NULL || !vm_is_dict(d)) return;
    for (int pass = 0; pass < 2; pass++) {
        size_t pos = 0;
        Val k, v;
        while (vm_dict_next(d, &pos, &k, &v)) {
            if (v == NULL || val_is_small(v) || vm_typeof(v) != &vm_type_generator || !vm_is_str(k)) continue;
            cr_span ks = vm_str_span(k);
            bool under = ks.len >= 1 && cr_span_at(ks, 0) == '_' && !(ks.len >= 2 && cr_span_at(ks, 1) == '_');
            if ((pass == 0) != under) continue;
            vm_gen_finalize(v);
        }
    }
}

static Val gen_close(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("close", nargs, kwnames, 0, 0)) return NULL;
    return gen_close_impl(self);
}

static bool is_exc_class(Val v)
{
    if (val_is_small(v) || !vm_isinstance_t(v, &vm_type_type)) return false;
    Type *t = (Type *)(void *)val_obj(v);
    return t == &vm_exc_BaseException || vm_is_subtype(t, &vm_exc_BaseException);
}

static bool is_exc_instance(Val v) { return !val_is_small(v) && vm_isinstance_t(v, &vm_exc_BaseException); }

/* Build the exception instance for throw(typ, val, tb). */
static Val make_throw_exc(Val typ, Val val, Val tb)
{
    if (tb == VM_None) tb = NULL;
    else if (tb != NULL && !vm_is_type(tb, &vm_type_traceback))
        return vm_err_str(&vm_exc_TypeError, "throw() third argument must be a traceback object");
    Val exc;
    if (is_exc_class(typ)) {
        if (val != NULL && val != VM_None && vm_isinstance_t(val, (Type *)(void *)val_obj(typ))) {
            exc = val;
        } else {
            Val args;
            if (val == NULL || val == VM_None) args = vm_empty_tuple;
            else if (vm_is_tuple(val)) args = val;
            else args = vm_tuple_pack(1, val);
            if (args == NULL) return NULL;
            exc = vm_call_tuple_dict(typ, args, NULL);
            if (exc == NULL) return NULL;
            if (!is_exc_instance(exc))
                return vm_err_fmt(&vm_exc_TypeError,
                                  "calling %R should have returned an instance of BaseException, not %s", typ,
                                  vm_tname(exc));
        }
    } else if (is_exc_instance(typ)) {
        if (val != NULL && val != VM_None)
            return vm_err_str(&vm_exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return vm_err_fmt(&vm_exc_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, not %s",
                          vm_tname(typ));
    }
    if (tb != NULL) ((ExcObj *)(void *)val_obj(exc))->traceback = tb;
    return exc;
}

static Val gen_throw_impl(Val self, Val typ, Val val, Val tb)
{
    GenObj *g = GEN(self);
    Val yf = gen_yf(g);
    if (yf != NULL) {
        Val ret;
        bool genexit = (is_exc_instance(typ) && vm_isinstance_t(typ, &vm_exc_GeneratorExit)) ||
                       (is_exc_class(typ) && (typ == obj_val(&vm_exc_GeneratorExit) ||
                                              vm_is_subtype((Type *)(void *)val_obj(typ), &vm_exc_GeneratorExit)));
        if (genexit) {
            g->running = true;
            int err = gen_close_iter(yf);
            g->running = false;
            if (err < 0) {
                Val e = vm_err_fetch();
                return gen_send_result(self, VM_None, e, false);
            }
            goto throw_here;
        }
        if (is_gen_like(yf)) {
            FrameObj *sub_back_saved = g->frame->back;
            g->frame->back = vm->frame;
            FrameObj *saved = vm->frame;
            vm->frame = g->frame;
            g->running = true;
            ret = gen_throw_impl(yf, typ, val, tb);
            g->running = false;
            vm->frame = saved;
            g->frame->back = sub_back_saved;
        } else {
            Val meth = vm_getattr_opt(yf, vm_intern_cstr("throw"));
            if (meth == NULL) {
                if (vm_err_occurred()) return NULL;
                goto throw_here;
            }
            Val args[3] = {typ, val != NULL ? val : VM_None, tb != NULL ? tb : VM_None};
            size_t n = tb != NULL ? 3 : val != NULL ? 2 : 1;
            g->running = true;
            ret = vm_call(meth, args, n, NULL);
            g->running = false;
        }
        if (ret == NULL) {
            /* The sub-iterator finished: pop it and continue after YIELD_FROM. */
            FrameObj *f = g->frame;
            if (f == NULL) return NULL;
            f->sp--;
            cr_valspan_set(f->slots, f->sp, NULL);
            f->next_instr++;
            f->in_yield_from = false;
            Val v;
            if (fetch_stop_value(&v) == 0) return gen_send_result(self, v, NULL, false);
            Val e = vm_err_fetch();
            return gen_send_result(self, VM_None, e, false);
        }
        return ret;
    }
throw_here:;
    Val exc = make_throw_exc(typ, val, tb);
    if (exc == NULL) return NULL;
    return gen_send_result(self, VM_None, exc, false);
}

static Val gen_throw(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("throw", nargs, kwnames, 1, 3)) return NULL;
    cr_valspan a = {args, nargs};
    return gen_throw_impl(self, cr_valspan_get(a, 0), nargs >= 2 ? cr_valspan_get(a, 1) : NULL,
                          nargs >= 3 ? cr_valspan_get(a, 2) : NULL);
}

static Val gen_self_iter(Val self) { return self; }

static Val gen_repr(Val self)
{
    return vm_str_fmt("<%s object %U at %p>", vm_tname(self), GEN(self)->qualname, (void *)val_obj(self));
}

static Val gen_get_frame(Val s) { return GEN(s)->frame != NULL ? obj_val(GEN(s)->frame) : VM_None; }
static Val gen_get_running(Val s) { return vm_bool(GEN(s)->running); }
static Val gen_get_suspended(Val s)
{
    return vm_bool(GEN(s)->frame != NULL && GEN(s)->frame->state == VM_FRAME_SUSPENDED);
}
static Val gen_get_code(Val s) { return obj_val(GEN(s)->code); }
static Val gen_get_yf(Val s)
{
    Val yf = gen_yf(GEN(s));
    return yf != NULL ? yf : VM_None;
}
static Val gen_get_name(Val s) { return GEN(s)->name; }
static int gen_set_name(Val s, Val v)
{
    if (v == NULL || !vm_is_str(v)) {
        vm_err_str(&vm_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    GEN(s)->name = v;
    return 0;
}
static Val gen_get_qualname(Val s) { return GEN(s)->qualname; }
static int gen_set_qualname(Val s, Val v)
{
    if (v == NULL || !vm_is_str(v)) {
        vm_err_str(&vm_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    GEN(s)->qualname = v;
    return 0;
}

static const vm_getsetdef gen_getsets[] = {
    {"gi_frame", gen_get_frame, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yf, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

static const vm_methoddef gen_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_generator = {
    .base = {&vm_type_type},
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .tbase = &vm_type_object,
    .repr = gen_repr,
    .iter = gen_self_iter,
    .iternext = gen_iternext,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

/* ---- coroutines ---- */

typedef struct {
    Obj base;
    Val coro;
} CoroWrapperObj;

static Val cw_coro(Val w) { return ((CoroWrapperObj *)(void *)val_obj(w))->coro; }
static Val cw_iternext(Val self) { return gen_iternext(cw_coro(self)); }
static Val cw_send(Val self, Val *args, size_t nargs, Val kwnames) { return gen_send(cw_coro(self), args, nargs, kwnames); }
static Val cw_throw(Val self, Val *args, size_t nargs, Val kwnames) { return gen_throw(cw_coro(self), args, nargs, kwnames); }
static Val cw_close(Val self, Val *args, size_t nargs, Val kwnames) { return gen_close(cw_coro(self), args, nargs, kwnames); }

static const vm_methoddef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_coro_wrapper = {
    .base = {&vm_type_type},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObj),
    .tbase = &vm_type_object,
    .iter = gen_self_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

static Val coro_await(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__await__", nargs, kwnames, 0, 0)) return NULL;
    CoroWrapperObj *w = vm_alloc_obj(&vm_type_coro_wrapper, sizeof(CoroWrapperObj), CR_SCAN);
    if (w == NULL) return NULL;
    w->coro = self;
    return obj_val(w);
}

static Val coro_get_await(Val s)
{
    Val yf = gen_yf(GEN(s));
    return yf != NULL ? yf : VM_None;
}

static const vm_getsetdef coro_getsets[] = {
    {"cr_frame", gen_get_frame, NULL},
    {"cr_running", gen_get_running, NULL},
    {"cr_suspended", gen_get_suspended, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_await", coro_get_await, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

static const vm_methoddef coro_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_coroutine = {
    .base = {&vm_type_type},
    .name = "coroutine",
    .basicsize = sizeof(GenObj),
    .tbase = &vm_type_object,
    .repr = gen_repr,
    .getsets = coro_getsets,
    .methods = coro_methods,
};

/* ================= async generators ================= */

typedef struct {
    Obj base;
    Val val;
} AGWrapObj;

static Type vm_type_ag_wrapped = {
    .base = {&vm_type_type},
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(AGWrapObj),
    .tbase = &vm_type_object,
};

Val vm_async_gen_wrap(Val v)
{
    AGWrapObj *w = vm_alloc_obj(&vm_type_ag_wrapped, sizeof(AGWrapObj), CR_SCAN);
    if (w == NULL) return NULL;
    w->val = v;
    return obj_val(w);
}

static bool is_wrapped(Val v) { return v != NULL && !val_is_small(v) && vm_typeof(v) == &vm_type_ag_wrapped; }

/* Resume the async generator (send or throw) and convert the outcome as
 * CPython's async_gen_unwrap_value: an async yield completes the awaitable
 * with StopIteration(value); a return ends iteration (StopAsyncIteration);
 * anything else passes through from an inner await.  NULL + exception when
 * the awaitable is done. */
static Val agen_resume(Val agen, Val arg, Val throw_exc, bool *async_yielded)
{
    GenObj *g = GEN(agen);
    Val out;
    int st = gen_send_ex(agen, arg, throw_exc, false, &out);
    if (st == 0 && !is_wrapped(out)) return out;
    g->running_async = false;
    if (st == 0 && async_yielded) {
        /* aclose(): an async yield while closing is an error, not a value. */
        *async_yielded = true;
        return NULL;
    }
    if (st == 0) {
        set_stop_iteration(((AGWrapObj *)(void *)val_obj(out))->val);
        return NULL;
    }
    if (st == 1) vm_err_set_val(obj_val(&vm_exc_StopAsyncIteration));
    if (vm_err_matches(&vm_exc_StopAsyncIteration) || vm_err_matches(&vm_exc_GeneratorExit)) g->closed = true;
    return NULL;
}

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    Obj base;
    Val gen;
    Val sendval;   /* asend: the value to send first; athrow: NULL */
    Val typ, val, tb; /* athrow arguments (typ NULL: aclose) */
    int state;
    bool is_throw;
} AGAwaitObj;

static AGAwaitObj *AW(Val v) { return (AGAwaitObj *)(void *)val_obj(v); }
extern Type vm_type_ag_asend, vm_type_ag_athrow;

static Val asend_send_impl(Val self, Val arg)
{
    AGAwaitObj *o = AW(self);
    GenObj *g = GEN(o->gen);
    if (o->state == AW_CLOSED)
        return vm_err_str(&vm_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AW_INIT) {
        if (g->running_async)
            return vm_err_str(&vm_exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (arg == NULL || arg == VM_None) arg = o->sendval;
        o->state = AW_ITER;
    }
    g->running_async = true;
    Val r = agen_resume(o->gen, arg, NULL, NULL);
    if (r == NULL) o->state = AW_CLOSED;
    return r;
}

static Val athrow_send_impl(Val self, Val arg)
{
    AGAwaitObj *o = AW(self);
    GenObj *g = GEN(o->gen);
    bool aclose = o->typ == NULL;
    bool yielded = false;
    Val r;
    if (o->state == AW_CLOSED)
        return vm_err_str(&vm_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (g->frame == NULL || g->frame->state == VM_FRAME_COMPLETED) {
        o->state = AW_CLOSED;
        return vm_err_set_val(obj_val(&vm_exc_StopIteration));
    }
    if (o->state == AW_INIT) {
        if (g->running_async) {
            o->state = AW_CLOSED;
            return vm_err_str(&vm_exc_RuntimeError, aclose ? "aclose(): asynchronous generator is already running"
                                                           : "athrow(): asynchronous generator is already running");
        }
        if (g->closed) {
            o->state = AW_CLOSED;
            return vm_err_set_val(obj_val(&vm_exc_StopAsyncIteration));
        }
        if (arg != NULL && arg != VM_None)
            return vm_err_str(&vm_exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        o->state = AW_ITER;
        g->running_async = true;
        Val exc;
        if (aclose) {
            g->closed = true;
            exc = vm_exc_new(&vm_exc_GeneratorExit, vm_empty_tuple);
        } else {
            exc = make_throw_exc(o->typ, o->val, o->tb);
        }
        if (exc == NULL) goto check_error;
        r = agen_resume(o->gen, NULL, exc, aclose ? &yielded : NULL);
    } else {
        r = agen_resume(o->gen, arg, NULL, aclose ? &yielded : NULL);
    }
    if (yielded) {
        o->state = AW_CLOSED;
        return vm_err_str(&vm_exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    /* A value from an inner await passes through, also while closing. */
    if (r != NULL) return r;
check_error:
    g->running_async = false;
    o->state = AW_CLOSED;
    if (aclose && (vm_err_matches(&vm_exc_StopAsyncIteration) || vm_err_matches(&vm_exc_GeneratorExit))) {
        vm_err_clear();
        vm_err_set_val(obj_val(&vm_exc_StopIteration));
    }
    return NULL;
}

static Val aw_send_dispatch(Val self, Val arg)
{
    return AW(self)->is_throw ? athrow_send_impl(self, arg) : asend_send_impl(self, arg);
}

static Val aw_iternext(Val self) { return aw_send_dispatch(self, VM_None); }

static Val aw_send(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("send", nargs, kwnames, 1, 1)) return NULL;
    return aw_send_dispatch(self, cr_valspan_get((cr_valspan){args, nargs}, 0));
}

static Val aw_throw(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("throw", nargs, kwnames, 1, 3)) return NULL;
    AGAwaitObj *o = AW(self);
    if (o->state == AW_CLOSED)
        return vm_err_str(&vm_exc_RuntimeError, o->is_throw ? "cannot reuse already awaited aclose()/athrow()"
                                                            : "cannot reuse already awaited __anext__()/asend()");
    cr_valspan a = {args, nargs};
    Val r = gen_throw_impl(o->gen, cr_valspan_get(a, 0), nargs >= 2 ? cr_valspan_get(a, 1) : NULL,
                           nargs >= 3 ? cr_valspan_get(a, 2) : NULL);
    if (r != NULL && is_wrapped(r)) {
        GEN(o->gen)->running_async = false;
        o->state = AW_CLOSED;
        if (o->is_throw && o->typ == NULL)
            return vm_err_str(&vm_exc_RuntimeError, "async generator ignored GeneratorExit");
        set_stop_iteration(((AGWrapObj *)(void *)val_obj(r))->val);
        return NULL;
    }
    if (r == NULL) {
        GEN(o->gen)->running_async = false;
        o->state = AW_CLOSED;
        if (vm_err_matches(&vm_exc_StopAsyncIteration) || vm_err_matches(&vm_exc_GeneratorExit))
            GEN(o->gen)->closed = true;
    }
    return r;
}

static Val aw_close(Val self, Val *args, size_t nargs, Val kwnames)
{
    AW(self)->state = AW_CLOSED;
    return VM_None;
}

static Val aw_await(Val self, Val *args, size_t nargs, Val kwnames) { return self; }

static const vm_methoddef aw_methods[] = {
    {"send", aw_send, 0, NULL},
    {"throw", aw_throw, 0, NULL},
    {"close", aw_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_ag_asend = {
    .base = {&vm_type_type},
    .name = "async_generator_asend",
    .basicsize = sizeof(AGAwaitObj),
    .tbase = &vm_type_object,
    .iter = gen_self_iter,
    .iternext = aw_iternext,
    .methods = aw_methods,
};

Type vm_type_ag_athrow = {
    .base = {&vm_type_type},
    .name = "async_generator_athrow",
    .basicsize = sizeof(AGAwaitObj),
    .tbase = &vm_type_object,
    .iter = gen_self_iter,
    .iternext = aw_iternext,
    .methods = aw_methods,
};

static Val new_awaitable(Val gen, bool is_throw, Val sendval, Val typ, Val val, Val tb)
{
    AGAwaitObj *o = vm_alloc_obj(is_throw ? &vm_type_ag_athrow : &vm_type_ag_asend, sizeof(AGAwaitObj), CR_SCAN);
    if (o == NULL) return NULL;
    o->gen = gen;
    o->is_throw = is_throw;
    o->sendval = sendval;
    o->typ = typ;
    o->val = val;
    o->tb = tb;
    o->state = AW_INIT;
    return obj_val(o);
}

static Val agen_anext(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__anext__", nargs, kwnames, 0, 0)) return NULL;
    return new_awaitable(self, false, VM_None, NULL, NULL, NULL);
}

static Val agen_aiter(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__aiter__", nargs, kwnames, 0, 0)) return NULL;
    return self;
}

static Val agen_asend(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("asend", nargs, kwnames, 1, 1)) return NULL;
    return new_awaitable(self, false, cr_valspan_get((cr_valspan){args, nargs}, 0), NULL, NULL, NULL);
}

static Val agen_athrow(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("athrow", nargs, kwnames, 1, 3)) return NULL;
    cr_valspan a = {args, nargs};
    return new_awaitable(self, true, NULL, cr_valspan_get(a, 0), nargs >= 2 ? cr_valspan_get(a, 1) : NULL,
                         nargs >= 3 ? cr_valspan_get(a, 2) : NULL);
}

static Val agen_aclose(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("aclose", nargs, kwnames, 0, 0)) return NULL;
    return new_awaitable(self, true, NULL, NULL, NULL, NULL);
}

static Val agen_get_running(Val s) { return vm_bool(GEN(s)->running_async); }

static const vm_getsetdef agen_getsets[] = {
    {"ag_frame", gen_get_frame, NULL},
    {"ag_running", agen_get_running, NULL},
    {"ag_code", gen_get_code, NULL},
    {"ag_await", coro_get_await, NULL},
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {NULL, NULL, NULL},
};

static const vm_methoddef agen_methods[] = {
    {"__aiter__", agen_aiter, 0, NULL},
    {"__anext__", agen_anext, 0, NULL},
    {"asend", agen_asend, 0, NULL},
    {"athrow", agen_athrow, 0, NULL},
    {"aclose", agen_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_async_generator = {
    .base = {&vm_type_type},
    .name = "async_generator",
    .basicsize = sizeof(GenObj),
    .tbase = &vm_type_object,
    .repr = gen_repr,
    .getsets = agen_getsets,
    .methods = agen_methods,
};

/* ---- aiter() and anext() ---- */

Val vm_aiter(Val o)
{
    Type *t = vm_typeof(o);
    if (vm_type_lookup_cstr(t, "__aiter__") == NULL) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not an async iterable", t->name);
    }
    Val it = vm_call_special(o, "__aiter__", NULL, 0);
    if (it == NULL) return NULL;
    if (vm_type_lookup_cstr(vm_typeof(it), "__anext__") == NULL) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                          vm_typeof(it)->name);
    }
    return it;
}

/* anext(it, default): an awaitable that forwards to it.__anext__()'s
 * awaitable and turns its StopAsyncIteration into StopIteration(default),
 * as CPython's anextawaitable. */
typedef struct {
    Obj base;
    Val wrapped;
    Val dflt;
} AnextAwaitableObj;

static AnextAwaitableObj *ANA(Val v) { return (AnextAwaitableObj *)(void *)val_obj(v); }
extern Type vm_type_anext_awaitable;

static Val anext_getiter(Val self)
{
    Val aw = vm_op_get_awaitable(ANA(self)->wrapped, 0);
    if (aw == NULL) return NULL;
    if (vm_typeof(aw)->iternext == NULL) {
        /* A coroutine: iterate over its __await__(). */
        aw = vm_call_method(aw, "__await__", NULL, 0);
        if (aw == NULL) return NULL;
        if (vm_typeof(aw)->iternext == NULL)
            return vm_err_str(&vm_exc_TypeError, "__await__ returned a non-iterable");
    }
    return aw;
}

static Val anext_proxy(Val self, const char *meth, Val *args, size_t nargs)
{
    Val it = anext_getiter(self);
    if (it == NULL) return NULL;
    Val r = vm_call_method(it, meth, args, nargs);
    if (r == NULL && vm_err_matches(&vm_exc_StopAsyncIteration)) {
        vm_err_clear();
        return set_stop_iteration(ANA(self)->dflt);
    }
    return r;
}

static Val anext_iternext(Val self) { return anext_proxy(self, "__next__", NULL, 0); }

static Val anext_send(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("send", nargs, kwnames, 1, 1)) return NULL;
    return anext_proxy(self, "send", args, nargs);
}

static Val anext_throw(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("throw", nargs, kwnames, 1, 3)) return NULL;
    return anext_proxy(self, "throw", args, nargs);
}

static Val anext_close(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("close", nargs, kwnames, 0, 0)) return NULL;
    return anext_proxy(self, "close", NULL, 0);
}

static const vm_methoddef anext_methods[] = {
    {"send", anext_send, 0, NULL},
    {"throw", anext_throw, 0, NULL},
    {"close", anext_close, 0, NULL},
    {"__await__", aw_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type vm_type_anext_awaitable = {
    .base = {&vm_type_type},
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitableObj),
    .tbase = &vm_type_object,
    .iter = gen_self_iter,
    .iternext = anext_iternext,
    .methods = anext_methods,
};

Val vm_anext(Val it, Val dflt)
{
    Type *t = vm_typeof(it);
    if (vm_type_lookup_cstr(t, "__anext__") == NULL) {
        if (vm_err_occurred()) return NULL;
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object is not an async iterator", t->name);
    }
    Val aw = vm_call_special(it, "__anext__", NULL, 0);
    if (aw == NULL || dflt == NULL) return aw;
    AnextAwaitableObj *o = vm_alloc_obj(&vm_type_anext_awaitable, sizeof(AnextAwaitableObj), CR_SCAN);
    if (o == NULL) return NULL;
    o->wrapped = aw;
    o->dflt = dflt;
    return obj_val(o);
}

int vm_gen_types_ready(void)
{
    Type *ts[] = {&vm_type_async_generator, &vm_type_ag_asend, &vm_type_ag_athrow, &vm_type_ag_wrapped,
                  &vm_type_anext_awaitable};
    for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
        if (vm_type_ready(ts[i]) < 0) return -1;
    return 0;
}
