/* _decimal_accel: C fast paths for lib/decimal.py (the pure-Python Decimal).
 *
 *   install(Decimal, Context, cur, roundings, probe_dec, probe_ctx,
 *           add, radd, sub, rsub, mul, rmul, quantize) -> None
 *
 * Called once at the end of lib/decimal.py.  It routes the number slots
 * + - * of the Decimal class itself (not of its subclasses) and the method
 * Decimal.quantize to the C functions below.  Each handles only the common
 * case that needs no rounding decision beyond quantize's own, exactly as
 * the fast paths of decimal.py do: finite operands whose sign, coefficient
 * and exponent are small ints, exact Decimal operands (or small ints), a
 * Context (exact type) whose _fastlim is set (no clamp, exponent limits far
 * away: see Context._upd), a result coefficient below 10**prec with an
 * exponent in (-_FASTE, _FASTE), and for quantize no trapped signal.
 * Everything else -- NaN, infinities, big coefficients, rounding to
 * precision, traps, subclasses -- is forwarded to the Python method
 * (add/radd/... as found in the class body), so results, flags and error
 * messages are decimal.py's.  A fast path has no side effect before it
 * commits, so giving up half way is always safe.  quantize binds its
 * arguments itself, with the messages of CPython's C method.
 *
 * Field access: Decimal and Context keep their state in __slots__; the
 * byte offsets of those slots are found by scanning probe instances whose
 * fields hold distinct marker values (set by decimal.py), so nothing here
 * depends on how the VM orders slots.
 *
 * The binary slots are installed by writing Decimal's heap_num entries
 * (the slots the VM generated from __add__ ...).  If the class namespace
 * changes later the VM regenerates them and the Python methods are used
 * again: slower, still correct.
 */
#include "modules/modules.h"
#include "vm/type.h"

enum { FASTE = 100000 }; /* decimal._FASTE */

/* decimal._ROUNDINGS order */
enum { R_UP, R_DOWN, R_CEILING, R_FLOOR, R_HALF_UP, R_HALF_DOWN, R_HALF_EVEN, R_05UP, R_COUNT };

/* Status bits of decimal.py (Context._flags / _traps). */
enum { ST_IN = 64, ST_RO = 128 };

static Type *dec_type, *ctx_type;
static Val cur_list;        /* decimal._cur: [current context or None] */
static Val rnd_names[R_COUNT];
static Val py_add, py_radd, py_sub, py_rsub, py_mul, py_rmul, py_quantize;
static size_t off_sign, off_int, off_exp, off_kind;
static size_t off_prec, off_rounding, off_flags, off_traps, off_fastlim;
static bool installed;
static void add_roots(void);

static const int64_t pow10_tab[19] = {
    1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL, 1000000000LL,
    10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL, 100000000000000LL,
    1000000000000000LL, 10000000000000000LL, 100000000000000000LL, 1000000000000000000LL,
};

/* A finite decimal (-1)**sign * c * 10**e with everything in 64 bits. */
typedef struct {
    int64_t sign, c, e;
} Fin;

/* What the fast paths need of a context. */
typedef struct {
    Val obj;
    int64_t prec, flags, traps;
    int rnd;
} Ctx;

static Val field(Val o, size_t off) { return *vm_obj_field(o, off); }
static void set_field(Val o, size_t off, Val v) { *vm_obj_field(o, off) = v; }

static int64_t ndigits(int64_t c)
{
    int n = 1;
    while (n < 19 && c >= pow10_tab[n]) n++;
    return n;
}

/* c < 10**prec, i.e. _fix's fast condition c < ctx._fastlim. */
static bool fits(int64_t c, int64_t prec) { return prec > 18 || c < pow10_tab[prec]; }

static bool exp_ok(int64_t e) { return e > -FASTE && e < FASTE; }

static int rounding_index(Val r)
{
    for (int i = 0; i < R_COUNT; i++)
        if (r == rnd_names[i]) return i;
    return -1;
}

/* A finite Decimal (exact type) whose fields are small ints in range. */
static bool get_dec(Val d, Fin *f)
{
    if (val_is_small(d) || vm_typeof(d) != dec_type) return false;
    if (field(d, off_kind) != val_from_small(0)) return false;
    Val s = field(d, off_sign), c = field(d, off_int), e = field(d, off_exp);
    /* (an unset slot is NULL, which is not a small int) */
    if (!val_is_small(s) || !val_is_small(c) || !val_is_small(e)) return false;
    f->sign = val_small(s);
    f->c = val_small(c);
    f->e = val_small(e);
    return (f->sign == 0 || f->sign == 1) && f->c >= 0 && exp_ok(f->e);
}

/* A Decimal as above or a small int (as decimal._from_int makes it). */
static bool get_operand(Val v, Fin *f)
{
    if (val_is_small(v)) {
        int64_t x = val_small(v);
        f->sign = x < 0;
        f->c = x < 0 ? -x : x;
        f->e = 0;
        return true;
    }
    return get_dec(v, f);
}

/* The context fields the arithmetic needs (flags and traps: see ctx_status). */
static bool get_ctx(Val c, Ctx *x)
{
    if (val_is_small(c) || vm_typeof(c) != ctx_type) return false;
    Val fl = field(c, off_fastlim), p = field(c, off_prec), r = field(c, off_rounding);
    if (fl == NULL || fl == val_from_small(0) || p == NULL || !val_is_small(p) || r == NULL) return false;
    x->obj = c;
    x->prec = val_small(p);
    x->rnd = rounding_index(r);
    return x->prec >= 1 && x->rnd >= 0;
}

/* The flags and traps of x, for an operation that may signal. */
static bool ctx_status(Ctx *x)
{
    Val f = field(x->obj, off_flags), t = field(x->obj, off_traps);
    if (f == NULL || t == NULL || !val_is_small(f) || !val_is_small(t)) return false;
    x->flags = val_small(f);
    x->traps = val_small(t);
    return true;
}

/* decimal.getcontext() when it already exists (else the slow path makes it). */
static bool cur_ctx(Ctx *x)
{
    if (vm_list_len(cur_list) < 1) return false;
    return get_ctx(vm_list_get(cur_list, 0), x);
}

static Val new_dec(const Fin *f)
{
    Val cv = vm_int_from_i64(f->c);
    if (cv == NULL) return NULL;
    Val d = vm_alloc_instance(dec_type);
    if (d == NULL) return NULL;
    set_field(d, off_sign, val_from_small(f->sign));
    set_field(d, off_int, cv);
    set_field(d, off_exp, val_from_small(f->e));
    set_field(d, off_kind, val_from_small(0));
    return d;
}

/* Is the coefficient c (truncated, remainder r != 0 of divisor d) to be
 * incremented?  decimal._round_inc. */
static bool round_inc(int64_t q, int64_t r, int64_t d, int rnd, int64_t sign)
{
    int64_t r2 = r + r; /* r < d <= 10**18: no overflow */
    switch (rnd) {
    case R_HALF_EVEN: return r2 > d || (r2 == d && (q & 1) == 1);
    case R_DOWN: return false;
    case R_HALF_UP: return r2 >= d;
    case R_UP: return true;
    case R_HALF_DOWN: return r2 > d;
    case R_CEILING: return sign == 0;
    case R_FLOOR: return sign == 1;
    default: return q % 10 == 0 || q % 10 == 5; /* ROUND_05UP */
    }
}

/* c * 10**k without overflow, or false. */
static bool scale_up(int64_t c, int64_t k, int64_t *out)
{
    if (k < 0 || k > 18) return false;
    return !__builtin_mul_overflow(c, pow10_tab[k], out);
}

/* The result is exact and needs no check by _fix_slow. */
static bool finish(Fin *r, int64_t sign, int64_t c, int64_t e, const Ctx *x)
{
    r->sign = sign;
    r->c = c;
    r->e = e;
    return fits(c, x->prec) && exp_ok(e);
}

/* decimal._add(a, b, ctx, neg) for finite operands, bs being b's sign
 * after negation, when the result goes through _fix's fast path. */
static bool fin_add(const Fin *a, int64_t bs, const Fin *b, const Ctx *x, Fin *r)
{
    int64_t ac = a->c, bc = b->c, ae = a->e, be = b->e;
    if (ac == 0 && bc == 0) {
        int64_t s = x->rnd == R_FLOOR ? (a->sign | bs) : (a->sign & bs);
        return finish(r, s, 0, ae < be ? ae : be, x);
    }
    if (ac == 0 || bc == 0) {
        /* exact: the other operand padded towards the zero's exponent */
        int64_t s = ac == 0 ? bs : a->sign;
        int64_t c = ac == 0 ? bc : ac, e = ac == 0 ? be : ae, ze = ac == 0 ? ae : be;
        if (ze < e) {
            int64_t d = e - ze, nd = ndigits(c);
            if (d + nd > x->prec + 1) {
                d = x->prec + 1 - nd;
                if (d < 0) d = 0;
            }
            if (!scale_up(c, d, &c)) return false;
            e -= d;
        }
        return finish(r, s, c, e, x);
    }
    if (ae > be) {
        if (!scale_up(ac, ae - be, &ac)) return false;
        ae = be;
    } else if (be > ae) {
        if (!scale_up(bc, be - ae, &bc)) return false;
    }
    if (a->sign == bs) {
        int64_t c;
        if (__builtin_add_overflow(ac, bc, &c)) return false;
        return finish(r, bs, c, ae, x);
    }
    int64_t d = ac - bc;
    if (d > 0) return finish(r, a->sign, d, ae, x);
    if (d < 0) return finish(r, bs, -d, ae, x);
    return finish(r, x->rnd == R_FLOOR ? 1 : 0, 0, ae, x);
}

static bool fin_mul(const Fin *a, const Fin *b, const Ctx *x, Fin *r)
{
    int64_t c;
    if (__builtin_mul_overflow(a->c, b->c, &c)) return false;
    return finish(r, a->sign ^ b->sign, c, a->e + b->e, x);
}

/* The Python method: a.fwd(b) when a is a Decimal (of any subclass: as
 * CPython's C slot, which computes a * b for any two Decimals), else
 * b.rev(a) (b is then the Decimal). */
static Val forward(Val a, Val b, Val fwd, Val rev)
{
    Val args[2];
    if (vm_isinstance_t(a, dec_type)) {
        args[0] = a;
        args[1] = b;
        return vm_call(fwd, args, 2, NULL);
    }
    args[0] = b;
    args[1] = a;
    return vm_call(rev, args, 2, NULL);
}

enum { OP_ADD, OP_SUB, OP_MUL };

static Val binop(Val a, Val b, int op)
{
    Fin fa, fb, fr;
    Ctx x;
    if (get_operand(a, &fa) && get_operand(b, &fb) && cur_ctx(&x)) {
        bool ok = op == OP_MUL ? fin_mul(&fa, &fb, &x, &fr)
                               : fin_add(&fa, fb.sign ^ (op == OP_SUB ? 1 : 0), &fb, &x, &fr);
        if (ok) return new_dec(&fr);
    }
    if (op == OP_ADD) return forward(a, b, py_add, py_radd);
    if (op == OP_SUB) return forward(a, b, py_sub, py_rsub);
    return forward(a, b, py_mul, py_rmul);
}

static Val dec_add(Val a, Val b) { return binop(a, b, OP_ADD); }
static Val dec_sub(Val a, Val b) { return binop(a, b, OP_SUB); }
static Val dec_mul(Val a, Val b) { return binop(a, b, OP_MUL); }

/* self.quantize(exp, rounding, ctx) on the fast path; NULL without an
 * exception when the Python method must do it. */
static Val quantize_fast(Val self, Val exp, Val rounding, Val context)
{
    Ctx x;
    Fin f, q, r;
    if (context == VM_None ? !cur_ctx(&x) : !get_ctx(context, &x)) return NULL;
    int rnd = rounding == VM_None ? x.rnd : rounding_index(rounding);
    if (rnd < 0 || !get_dec(self, &f) || !get_dec(exp, &q)) return NULL;
    int64_t e = q.e, c = f.c;
    if (e <= f.e) {
        /* exact: no flags */
        if (!scale_up(c, f.e - e, &c) || !finish(&r, f.sign, c, e, &x)) return NULL;
        return new_dec(&r);
    }
    int64_t k = e - f.e;
    if (k > 18) return NULL;
    int64_t dv = pow10_tab[k], qt = c / dv, rm = c % dv, st;
    if (rm != 0) {
        if (round_inc(qt, rm, dv, rnd, f.sign)) qt++;
        st = ST_IN | ST_RO;
    } else {
        st = c != 0 ? ST_RO : 0;
    }
    if (!finish(&r, f.sign, qt, e, &x)) return NULL;
    if (st != 0) {
        if (!ctx_status(&x) || (x.traps & st) != 0) return NULL; /* the Python method raises */
        set_field(x.obj, off_flags, val_from_small(x.flags | st));
    }
    return new_dec(&r);
}

static const char *const q_names[3] = {"exp", "rounding", "context"};

typedef struct {
    Val v[3]; /* exp, rounding, context */
} QArgs;

/* Binds quantize's arguments into q as CPython's C method does
 * (PyArg_ParseTupleAndKeywords "O|OO"), with its error messages. */
static bool quantize_args(Val *args, size_t nargs, Val kwnames, QArgs *q)
{
    size_t nkw = kwnames != NULL ? vm_tuple_len(kwnames) : 0;
    if (nargs + nkw > 3) {
        vm_err_fmt(&vm_exc_TypeError, "function takes at most 3 arguments (%zu given)", nargs + nkw);
        return false;
    }
    size_t idx[3] = {3, 3, 3}; /* parameter of each keyword, 3 = unknown */
    for (size_t i = 0; i < nkw; i++) {
        Val name = vm_tuple_get(kwnames, i);
        for (size_t j = 0; j < 3; j++)
            if (vm_str_eq_cstr(name, q_names[j])) idx[i] = j;
    }
    for (size_t j = 0; j < 3; j++) {
        q->v[j] = j < nargs ? args[j] : NULL;
        for (size_t i = 0; i < nkw; i++) {
            if (idx[i] != j) continue;
            if (j < nargs) {
                vm_err_fmt(&vm_exc_TypeError, "argument for function given by name ('%s') and position (%zu)",
                           q_names[j], j + 1);
                return false;
            }
            q->v[j] = args[nargs + i];
        }
    }
    if (q->v[0] == NULL) {
        vm_err_str(&vm_exc_TypeError, "function missing required argument 'exp' (pos 1)");
        return false;
    }
    for (size_t i = 0; i < nkw; i++) {
        if (idx[i] == 3) {
            vm_err_fmt(&vm_exc_TypeError, "'%S' is an invalid keyword argument for this function",
                       vm_tuple_get(kwnames, i));
            return false;
        }
    }
    if (q->v[1] == NULL) q->v[1] = VM_None;
    if (q->v[2] == NULL) q->v[2] = VM_None;
    return true;
}

/* Decimal.quantize(self, exp, rounding=None, context=None) */
static Val d_quantize(Val self, Val *args, size_t nargs, Val kwnames)
{
    QArgs q;
    if (!quantize_args(args, nargs, kwnames, &q)) return NULL;
    Val r = quantize_fast(self, q.v[0], q.v[1], q.v[2]);
    if (r != NULL || vm_err_occurred()) return r;
    Val a[4] = {self, q.v[0], q.v[1], q.v[2]};
    return vm_call(py_quantize, a, 4, NULL);
}

static const vm_methoddef quantize_def = {"quantize", d_quantize, 0, NULL};

/* The byte offset of the field of probe holding marker, or 0. */
static size_t find_field(Val probe, int64_t marker)
{
    size_t size = vm_typeof(probe)->basicsize;
    for (size_t off = sizeof(Obj); off + sizeof(Val) <= size; off += sizeof(Val))
        if (field(probe, off) == val_from_small(marker)) return off;
    return 0;
}

static bool heap_class(Val v)
{
    return vm_is_typeobj(v) && (vm_as_type(v)->flags & VM_TF_HEAPTYPE) != 0;
}

static Val a_install(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("install", nargs, kwnames, 13, 13)) return NULL;
    if (installed) return VM_None;
    Val dec = args[0], ctx = args[1], cur = args[2], rnds = args[3], pd = args[4], pc = args[5];
    if (!heap_class(dec) || !heap_class(ctx) || !vm_is_type(cur, &vm_type_list) || !vm_is_type(rnds, &vm_type_tuple) ||
        vm_tuple_len(rnds) != R_COUNT || val_is_small(pd) || vm_typeof(pd) != vm_as_type(dec) || val_is_small(pc) ||
        vm_typeof(pc) != vm_as_type(ctx))
        return vm_err_str(&vm_exc_TypeError, "install: bad arguments");
    /* markers: see _install_accel in lib/decimal.py */
    off_sign = find_field(pd, 1000001);
    off_int = find_field(pd, 1000002);
    off_exp = find_field(pd, 1000003);
    off_kind = find_field(pd, 1000004);
    off_prec = find_field(pc, 2000001);
    off_rounding = find_field(pc, 2000002);
    off_flags = find_field(pc, 2000003);
    off_traps = find_field(pc, 2000004);
    off_fastlim = find_field(pc, 2000005);
    if (!off_sign || !off_int || !off_exp || !off_kind || !off_prec || !off_rounding || !off_flags || !off_traps ||
        !off_fastlim)
        return vm_err_str(&vm_exc_TypeError, "install: fields not found");
    Type *dt = vm_as_type(dec);
    if (dt->num != &dt->heap_num) return vm_err_str(&vm_exc_TypeError, "install: no number slots");
    add_roots();
    for (int i = 0; i < R_COUNT; i++) rnd_names[i] = vm_tuple_get(rnds, (size_t)i);
    dec_type = dt;
    ctx_type = vm_as_type(ctx);
    cur_list = cur;
    py_add = args[6];
    py_radd = args[7];
    py_sub = args[8];
    py_rsub = args[9];
    py_mul = args[10];
    py_rmul = args[11];
    py_quantize = args[12];
    Val q = vm_method_descr_new(dt, &quantize_def);
    if (q == NULL || vm_setattr_cstr(dec, "quantize", q) < 0) return NULL;
    /* after the setattr: it regenerates the slots */
    dt->heap_num.binop[VM_OP_ADD] = dec_add;
    dt->heap_num.binop[VM_OP_SUB] = dec_sub;
    dt->heap_num.binop[VM_OP_MUL] = dec_mul;
    installed = true;
    return VM_None;
}

static const vm_methoddef accel_functions[] = {
    {"install", a_install, 0, "install(Decimal, Context, ...): enable the C fast paths"},
    {NULL, NULL, 0, NULL},
};

static int accel_init(Val module) { return vm_module_add_functions(module, accel_functions); }

/* The statics above hold objects that decimal.py also keeps alive; they
 * are roots all the same. */
static void add_roots(void)
{
    cr_gc_add_root(&dec_type);
    cr_gc_add_root(&ctx_type);
    cr_gc_add_root(&cur_list);
    cr_gc_add_root(&py_add);
    cr_gc_add_root(&py_radd);
    cr_gc_add_root(&py_sub);
    cr_gc_add_root(&py_rsub);
    cr_gc_add_root(&py_mul);
    cr_gc_add_root(&py_rmul);
    cr_gc_add_root(&py_quantize);
    for (int i = 0; i < R_COUNT; i++) cr_gc_add_root(&rnd_names[i]);
}

int md_decimal_accel_register(void)
{
    vm_register_builtin_module("_decimal_accel", accel_init);
    return 0;
}
