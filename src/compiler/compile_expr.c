/* Code generation for expressions (compiler layer): constants (with the
 * small constant folding CPython's AST optimizer does for -x and tuples),
 * names, operators, short-circuit jumps, displays with starred items,
 * calls, lambdas, comprehensions, generators, f-strings and assignment
 * targets (unpacking).
 */
#include "compiler/compile_int.h"
#include "vm/int.h"

/* ---- constants ---- */

/* Strings made of name characters only are interned, as CPython does. */
static bool all_name_chars(cr_span t)
{
    for (size_t i = 0; i < t.len; i++) {
        uint8_t ch = cr_span_at(t, i);
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            return false;
    }
    return true;
}

static Val str_constant(cr_span text)
{
    if (all_name_chars(text)) {
        Val s = vm_str_new(text);
        return s ? vm_str_intern(s) : NULL;
    }
    if (cr_utf8_validate(text) < 0) return vm_str_new(text);
    /* lone surrogates from "\ud800" escapes are encoded as generalized UTF-8 */
    return vm_str_decode_utf8(text, "surrogatepass");
}

Val cp_constant_val(const cp_constant *k)
{
    switch (k->kind) {
    case CP_CONST_None: return VM_None;
    case CP_CONST_True: return VM_True;
    case CP_CONST_False: return VM_False;
    case CP_CONST_Ellipsis: return VM_Ellipsis;
    case CP_CONST_Int: return vm_int_from_str(k->text, k->base);
    case CP_CONST_Float: {
        Val s = vm_str_new(k->text);
        return s ? vm_number_float(s) : NULL;
    }
    case CP_CONST_Imag: {
        Val s = vm_str_new(k->text);
        Val im = s ? vm_number_float(s) : NULL;
        Val re = im ? vm_float_new(0.0) : NULL;
        return re ? vm_call2(obj_val(&vm_type_complex), re, im) : NULL;
    }
    case CP_CONST_Str: return str_constant(k->text);
    case CP_CONST_Bytes: return vm_bytes_new(k->text);
    }
    vm_err_str(&vm_exc_SystemError, "compiler: unknown constant kind");
    return NULL;
}

/* A constant node's value.  A decimal literal beyond the int/str digit
 * limit is a SyntaxError located on its lines without columns, as CPython's
 * parser reports it. */
static Val constant_node_val(cp_compiler *c, cp_expr *e)
{
    Val v = cp_constant_val(&e->v.Constant.value);
    if (v || e->v.Constant.value.kind != CP_CONST_Int || !vm_err_matches(&vm_exc_ValueError)) return v;
    Val exc = vm_err_fetch();
    Val msg = vm_str_fmt("%S - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", exc);
    if (!msg) return NULL;
    c->err.msg = msg;
    c->err.lineno = e->lineno;
    c->err.end_lineno = e->end_lineno;
    c->err.col = -1;
    c->err.end_col = -1;
    return NULL;
}

static bool is_number(Val v)
{
    return vm_is_type(v, &vm_type_int) || vm_is_type(v, &vm_type_float) || vm_is_type(v, &vm_type_complex);
}

/* CPython's AST optimizer folds binary operations on constants, within
 * size limits (ints of at most 128 bits from *, ** and <<; strings and
 * bytes only by +).  An operation that raises is left for run time. */
#define FOLD_MAX_INT_BITS 128

static Val fold_binop(cp_compiler *c, cp_expr *e)
{
    cp_operator op = e->v.BinOp.op;
    if (op == CP_MatMult) return NULL;
    Val l = cp_const_value(c, e->v.BinOp.left);
    if (!l) return NULL;
    Val r = cp_const_value(c, e->v.BinOp.right);
    if (!r) return NULL;
    bool textual = vm_is_type(l, &vm_type_str) || vm_is_type(l, &vm_type_bytes);
    if (textual) {
        if (op != CP_Add || vm_typeof(r) != vm_typeof(l)) return NULL;
    } else if (!is_number(l) || !is_number(r)) {
        return NULL;
    }
    bool ints = vm_is_type(l, &vm_type_int) && vm_is_type(r, &vm_type_int);
    if (ints && vm_int_sign(l) != 0 && vm_int_sign(r) != 0) {
        uint64_t lb = vm_int_bit_length(l), rb = vm_int_bit_length(r);
        int64_t rv = 0;
        bool r_small = vm_int_fits_i64(r) && vm_int_as_i64(r, &rv) == 0;
        if (op == CP_Mult && lb + rb > FOLD_MAX_INT_BITS) return NULL;
        if (op == CP_Pow && rv > 0 && (!r_small || rv > FOLD_MAX_INT_BITS || lb > FOLD_MAX_INT_BITS / (uint64_t)rv))
            return NULL;
        if (op == CP_Pow && !r_small) return NULL;
        if (op == CP_LShift && (!r_small || rv < 0 || rv > FOLD_MAX_INT_BITS || lb > FOLD_MAX_INT_BITS - (uint64_t)rv))
            return NULL;
    }
    Val v = vm_binop(l, r, cp_binop_arg(op));
    if (!v) {
        vm_err_clear();
        return NULL;
    }
    return v;
}

Val cp_const_value(cp_compiler *c, cp_expr *e)
{
    switch (e->kind) {
    case CP_EXPR_Constant: {
        Val v = cp_constant_val(&e->v.Constant.value);
        if (!v) vm_err_clear(); /* reported when the node itself is compiled */
        return v;
    }
    case CP_EXPR_UnaryOp: {
        cp_unaryop op = e->v.UnaryOp.op;
        if (op == CP_Not) return NULL;
        Val v = cp_const_value(c, e->v.UnaryOp.operand);
        if (!v || !is_number(v)) return NULL;
        if (op == CP_Invert && !vm_is_type(v, &vm_type_int)) return NULL;
        Val r = vm_unary(v, op == CP_USub ? VM_UOP_NEG : op == CP_UAdd ? VM_UOP_POS : VM_UOP_INVERT);
        if (!r) vm_err_clear();
        return r;
    }
    case CP_EXPR_BinOp: return fold_binop(c, e);
    case CP_EXPR_Tuple: {
        if (e->v.Tuple.ctx != CP_Load) return NULL;
        size_t n = e->v.Tuple.elts.len;
        Val t = vm_tuple_new(n);
        if (!t) {
            vm_err_clear();
            return NULL;
        }
        for (size_t i = 0; i < n; i++) {
            Val x = cp_const_value(c, cp_expr_seq_get(e->v.Tuple.elts, i));
            if (!x) return NULL;
            vm_tuple_set(t, i, x);
        }
        return t;
    }
    default:
        return NULL;
    }
}

static bool all_const(cp_compiler *c, cp_expr_seq elts, Val *folded);

/* ---- operators ---- */

int cp_binop_arg(cp_operator op)
{
    switch (op) {
    case CP_Add: return VM_OP_ADD;
    case CP_Sub: return VM_OP_SUB;
    case CP_Mult: return VM_OP_MUL;
    case CP_MatMult: return VM_OP_MATMUL;
    case CP_Div: return VM_OP_TRUEDIV;
    case CP_Mod: return VM_OP_MOD;
    case CP_Pow: return VM_OP_POW;
    case CP_LShift: return VM_OP_LSHIFT;
    case CP_RShift: return VM_OP_RSHIFT;
    case CP_BitOr: return VM_OP_OR;
    case CP_BitXor: return VM_OP_XOR;
    case CP_BitAnd: return VM_OP_AND;
    case CP_FloorDiv: return VM_OP_FLOORDIV;
    }
    return VM_OP_ADD;
}

static bool emit_compare(cp_compiler *c, cp_cmpop op)
{
    switch (op) {
    case CP_Eq: return cp_emit(c, OP_COMPARE_OP, VM_EQ);
    case CP_NotEq: return cp_emit(c, OP_COMPARE_OP, VM_NE);
    case CP_Lt: return cp_emit(c, OP_COMPARE_OP, VM_LT);
    case CP_LtE: return cp_emit(c, OP_COMPARE_OP, VM_LE);
    case CP_Gt: return cp_emit(c, OP_COMPARE_OP, VM_GT);
    case CP_GtE: return cp_emit(c, OP_COMPARE_OP, VM_GE);
    case CP_Is: return cp_emit(c, OP_IS_OP, 0);
    case CP_IsNot: return cp_emit(c, OP_IS_OP, 1);
    case CP_In: return cp_emit(c, OP_CONTAINS_OP, 0);
    case CP_NotIn: return cp_emit(c, OP_CONTAINS_OP, 1);
    }
    return cp_emit(c, OP_COMPARE_OP, VM_EQ);
}

/* CPython's AST optimizer: "x in [1, 2]" and "for x in [1, 2]" use a
 * constant tuple (a frozenset for a set display) instead of building the
 * container.  True when it emitted the constant. */
static bool fold_iterable(cp_compiler *c, cp_expr *e, bool *done)
{
    *done = false;
    cp_expr_seq elts;
    if (e->kind == CP_EXPR_List && e->v.List.ctx == CP_Load) elts = e->v.List.elts;
    else if (e->kind == CP_EXPR_Set) elts = e->v.Set.elts;
    else return true;
    Val t = NULL;
    if (!all_const(c, elts, &t)) return !vm_err_occurred();
    if (e->kind == CP_EXPR_Set) {
        t = vm_frozenset_new(t);
        TRY(t);
    }
    *done = true;
    return cp_load_const(c, t);
}

bool cp_visit_iterable(cp_compiler *c, cp_expr *e)
{
    bool done;
    TRY(fold_iterable(c, e, &done));
    return done || cp_visit_expr(c, e);
}

/* Only the last comparator is folded (a middle one is also a left operand). */
static bool visit_comparator(cp_compiler *c, cp_cmpop op, cp_expr *e)
{
    if (op == CP_In || op == CP_NotIn) return cp_visit_iterable(c, e);
    return cp_visit_expr(c, e);
}

/* An operand that is a literal (not None/True/False/...): "x is 1". */
static bool is_literal(cp_compiler *c, cp_expr *e)
{
    if (e->kind == CP_EXPR_Constant) {
        cp_const_kind k = e->v.Constant.value.kind;
        return k != CP_CONST_None && k != CP_CONST_True && k != CP_CONST_False && k != CP_CONST_Ellipsis;
    }
    if (e->kind != CP_EXPR_UnaryOp && e->kind != CP_EXPR_BinOp && e->kind != CP_EXPR_Tuple) return false;
    Val v = cp_const_value(c, e);
    if (!v) vm_err_clear();
    return v != NULL;
}

static bool check_compare(cp_compiler *c, cp_expr *e)
{
    bool left = is_literal(c, e->v.Compare.left);
    for (size_t i = 0; i < e->v.Compare.ops.len && i < e->v.Compare.comparators.len; i++) {
        cp_cmpop op = cp_cmpop_seq_get(e->v.Compare.ops, i);
        bool right = is_literal(c, cp_expr_seq_get(e->v.Compare.comparators, i));
        if ((op == CP_Is || op == CP_IsNot) && (left || right))
            return cp_warn(c, op == CP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                          : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return true;
}

static bool compile_compare(cp_compiler *c, cp_expr *e)
{
    TRY(check_compare(c, e));
    TRY(cp_visit_expr(c, e->v.Compare.left));
    size_t n = e->v.Compare.ops.len;
    if (n == 0 || e->v.Compare.comparators.len != n) {
        vm_err_str(&vm_exc_SystemError, "compiler: malformed comparison");
        return false;
    }
    if (n == 1) {
        TRY(visit_comparator(c, cp_cmpop_seq_get(e->v.Compare.ops, 0), cp_expr_seq_get(e->v.Compare.comparators, 0)));
        return emit_compare(c, cp_cmpop_seq_get(e->v.Compare.ops, 0));
    }
    int cleanup = cp_new_label(c), end = cp_new_label(c);
    TRY(cleanup >= 0 && end >= 0);
    for (size_t i = 0; i + 1 < n; i++) {
        TRY(cp_visit_expr(c, cp_expr_seq_get(e->v.Compare.comparators, i)));
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        TRY(cp_emit(c, OP_ROT_THREE, 0));
        TRY(emit_compare(c, cp_cmpop_seq_get(e->v.Compare.ops, i)));
        TRY(cp_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(visit_comparator(c, cp_cmpop_seq_get(e->v.Compare.ops, n - 1), cp_expr_seq_get(e->v.Compare.comparators, n - 1)));
    TRY(emit_compare(c, cp_cmpop_seq_get(e->v.Compare.ops, n - 1)));
    TRY(cp_emit_jump(c, CP_OP_JUMP, end));
    TRY(cp_bind(c, cleanup));
    TRY(cp_emit(c, OP_ROT_TWO, 0));
    TRY(cp_emit(c, OP_POP_TOP, 0));
    return cp_bind(c, end);
}

bool cp_jump_if(cp_compiler *c, cp_expr *e, int label, bool cond)
{
    switch (e->kind) {
    case CP_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == CP_Not) return cp_jump_if(c, e->v.UnaryOp.operand, label, !cond);
        break;
    case CP_EXPR_BoolOp: {
        cp_expr_seq s = e->v.BoolOp.values;
        bool cond2 = e->v.BoolOp.op == CP_Or;
        int next2 = label;
        if (cond2 != cond) {
            next2 = cp_new_label(c);
            TRY(next2 >= 0);
        }
        for (size_t i = 0; i + 1 < s.len; i++) TRY(cp_jump_if(c, cp_expr_seq_get(s, i), next2, cond2));
        TRY(cp_jump_if(c, cp_expr_seq_get(s, s.len - 1), label, cond));
        if (next2 != label) TRY(cp_bind(c, next2));
        return true;
    }
    case CP_EXPR_IfExp: {
        int end = cp_new_label(c), next2 = cp_new_label(c);
        TRY(end >= 0 && next2 >= 0);
        TRY(cp_jump_if(c, e->v.IfExp.test, next2, false));
        TRY(cp_jump_if(c, e->v.IfExp.body, label, cond));
        TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        TRY(cp_bind(c, next2));
        TRY(cp_jump_if(c, e->v.IfExp.orelse, label, cond));
        return cp_bind(c, end);
    }
    case CP_EXPR_Constant: {
        Val v = constant_node_val(c, e);
        TRY(v);
        int t = vm_truthy(v);
        TRY(t >= 0);
        if ((t != 0) == cond) return cp_emit_jump(c, CP_OP_JUMP, label);
        return true;
    }
    default:
        break;
    }
    TRY(cp_visit_expr(c, e));
    return cp_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static bool compile_boolop(cp_compiler *c, cp_expr *e)
{
    int op = e->v.BoolOp.op == CP_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = cp_new_label(c);
    TRY(end >= 0);
    cp_expr_seq s = e->v.BoolOp.values;
    for (size_t i = 0; i + 1 < s.len; i++) {
        TRY(cp_visit_expr(c, cp_expr_seq_get(s, i)));
        TRY(cp_emit_jump(c, op, end));
    }
    TRY(cp_visit_expr(c, cp_expr_seq_get(s, s.len - 1)));
    return cp_bind(c, end);
}

/* ---- displays ---- */

static bool all_const(cp_compiler *c, cp_expr_seq elts, Val *folded)
{
    size_t n = elts.len;
    for (size_t i = 0; i < n; i++)
        if (cp_expr_seq_get(elts, i)->kind != CP_EXPR_Constant) return false;
    Val t = vm_tuple_new(n);
    if (!t) return false;
    for (size_t i = 0; i < n; i++) {
        Val v = cp_constant_val(&cp_expr_seq_get(elts, i)->v.Constant.value);
        if (!v) {
            vm_err_clear(); /* reported when the element is compiled */
            return false;
        }
        vm_tuple_set(t, i, v);
    }
    *folded = t;
    return true;
}

static bool starunpack_helper(cp_compiler *c, cp_expr_seq elts, int pushed, int build, int add, int extend,
                              bool tuple)
{
    size_t n = elts.len;
    Val folded = NULL;
    if (n > 2 && all_const(c, elts, &folded)) {
        if (tuple && !pushed) return cp_load_const(c, folded);
        if (add == OP_SET_ADD) {
            folded = vm_frozenset_new(folded);
            TRY(folded);
        }
        TRY(cp_emit(c, build, pushed));
        TRY(cp_load_const(c, folded));
        TRY(cp_emit(c, extend, 1));
        if (tuple) TRY(cp_emit(c, OP_LIST_TO_TUPLE, 0));
        return true;
    }
    if (vm_err_occurred()) return false;
    bool big = n + (size_t)pushed > CP_STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (size_t i = 0; i < n; i++)
        if (cp_expr_seq_get(elts, i)->kind == CP_EXPR_Starred) seen_star = true;
    if (!seen_star && !big) {
        for (size_t i = 0; i < n; i++) TRY(cp_visit_expr(c, cp_expr_seq_get(elts, i)));
        return cp_emit(c, tuple ? OP_BUILD_TUPLE : build, (int64_t)n + pushed);
    }
    bool built = false;
    if (big) {
        TRY(cp_emit(c, build, pushed));
        built = true;
    }
    for (size_t i = 0; i < n; i++) {
        cp_expr *elt = cp_expr_seq_get(elts, i);
        if (elt->kind == CP_EXPR_Starred) {
            if (!built) {
                TRY(cp_emit(c, build, (int64_t)i + pushed));
                built = true;
            }
            TRY(cp_visit_expr(c, elt->v.Starred.value));
            TRY(cp_emit(c, extend, 1));
        } else {
            TRY(cp_visit_expr(c, elt));
            if (built) TRY(cp_emit(c, add, 1));
        }
    }
    if (tuple) TRY(cp_emit(c, OP_LIST_TO_TUPLE, 0));
    return true;
}

static bool unpack_helper(cp_compiler *c, cp_expr_seq elts)
{
    size_t n = elts.len;
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        cp_expr *elt = cp_expr_seq_get(elts, i);
        if (elt->kind == CP_EXPR_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return cp_serror(c, "too many expressions in star-unpacking assignment");
            TRY(cp_emit(c, OP_UNPACK_EX, (int64_t)(i + ((n - i - 1) << 8))));
            seen_star = true;
        } else if (elt->kind == CP_EXPR_Starred) {
            return cp_serror(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) TRY(cp_emit(c, OP_UNPACK_SEQUENCE, (int64_t)n));
    return true;
}

static bool assignment_helper(cp_compiler *c, cp_expr_seq elts)
{
    TRY(unpack_helper(c, elts));
    for (size_t i = 0; i < elts.len; i++) {
        cp_expr *elt = cp_expr_seq_get(elts, i);
        TRY(cp_visit_expr(c, elt->kind == CP_EXPR_Starred ? elt->v.Starred.value : elt));
    }
    return true;
}

static bool compile_sequence(cp_compiler *c, cp_expr *e, cp_expr_seq elts, cp_expr_context ctx, bool tuple)
{
    if (ctx == CP_Store) return assignment_helper(c, elts);
    if (ctx == CP_Del) return cp_visit_exprs(c, elts);
    if (tuple) {
        Val k = cp_const_value(c, e);
        if (k) return cp_load_const(c, k);
        if (vm_err_occurred()) return false;
        return starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true);
    }
    return starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, false);
}

static bool subdict(cp_compiler *c, cp_expr *e, size_t begin, size_t end)
{
    for (size_t i = begin; i < end; i++) {
        TRY(cp_visit_expr(c, cp_expr_seq_get(e->v.Dict.keys, i)));
        TRY(cp_visit_expr(c, cp_expr_seq_get(e->v.Dict.values, i)));
    }
    return cp_emit(c, OP_BUILD_MAP, (int64_t)(end - begin));
}

static bool compile_dict(cp_compiler *c, cp_expr *e)
{
    size_t n = e->v.Dict.values.len;
    if (e->v.Dict.keys.len != n) {
        vm_err_str(&vm_exc_SystemError, "compiler: malformed dict display");
        return false;
    }
    bool have_dict = false;
    size_t elements = 0;
    for (size_t i = 0; i < n; i++) {
        bool unpack = cp_expr_seq_get(e->v.Dict.keys, i) == NULL;
        if (unpack) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(cp_emit(c, OP_DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(cp_emit(c, OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(cp_visit_expr(c, cp_expr_seq_get(e->v.Dict.values, i)));
            TRY(cp_emit(c, OP_DICT_UPDATE, 1));
        } else {
            if (elements * 2 > CP_STACK_USE_GUIDELINE) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(cp_emit(c, OP_DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            elements++;
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) TRY(cp_emit(c, OP_DICT_UPDATE, 1));
        have_dict = true;
    }
    if (!have_dict) TRY(cp_emit(c, OP_BUILD_MAP, 0));
    return true;
}

/* ---- calls ---- */

static bool validate_keywords(cp_compiler *c, cp_keyword_seq kws)
{
    for (size_t i = 0; i < kws.len; i++) {
        cp_keyword *a = cp_keyword_seq_get(kws, i);
        if (!cp_ident_present(a->arg)) continue;
        if (cp_forbidden_name(c, a->arg, CP_Store)) return false;
        for (size_t j = i + 1; j < kws.len; j++) {
            cp_keyword *b = cp_keyword_seq_get(kws, j);
            if (cp_ident_present(b->arg) && cr_span_eq(a->arg, b->arg)) {
                CP_SET_LOC(c, b);
                Val name = cp_ident_str(a->arg);
                TRY(name);
                return cp_serror_name(c, "keyword argument repeated: %U", name);
            }
        }
    }
    return true;
}

static bool subkwargs(cp_compiler *c, cp_keyword_seq kws, size_t begin, size_t end)
{
    for (size_t i = begin; i < end; i++) {
        cp_keyword *kw = cp_keyword_seq_get(kws, i);
        Val name = cp_ident_str(kw->arg);
        TRY(name && cp_load_const(c, name));
        TRY(cp_visit_expr(c, kw->value));
    }
    return cp_emit(c, OP_BUILD_MAP, (int64_t)(end - begin));
}

bool cp_call_helper(cp_compiler *c, int n, cp_expr_seq args, cp_keyword_seq keywords)
{
    TRY(validate_keywords(c, keywords));
    size_t nelts = args.len, nkw = keywords.len;
    bool ex = nelts + nkw * 2 > CP_STACK_USE_GUIDELINE;
    for (size_t i = 0; i < nelts && !ex; i++)
        if (cp_expr_seq_get(args, i)->kind == CP_EXPR_Starred) ex = true;
    for (size_t i = 0; i < nkw && !ex; i++)
        if (!cp_ident_present(cp_keyword_seq_get(keywords, i)->arg)) ex = true;
    if (!ex) {
        TRY(cp_visit_exprs(c, args));
        if (nkw) {
            Val names = vm_tuple_new(nkw);
            TRY(names);
            for (size_t i = 0; i < nkw; i++) {
                cp_keyword *kw = cp_keyword_seq_get(keywords, i);
                TRY(cp_visit_expr(c, kw->value));
                Val nm = cp_ident_str(kw->arg);
                TRY(nm);
                vm_tuple_set(names, i, nm);
            }
            TRY(cp_load_const(c, names));
            return cp_emit(c, OP_CALL_FUNCTION_KW, (int64_t)(n + nelts + nkw));
        }
        return cp_emit(c, OP_CALL_FUNCTION, (int64_t)(n + nelts));
    }
    /* positional arguments as one tuple */
    if (n == 0 && nelts == 1 && cp_expr_seq_get(args, 0)->kind == CP_EXPR_Starred)
        TRY(cp_visit_expr(c, cp_expr_seq_get(args, 0)->v.Starred.value));
    else
        TRY(starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
    /* keyword arguments as one dict */
    if (nkw) {
        bool have_dict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkw; i++) {
            cp_keyword *kw = cp_keyword_seq_get(keywords, i);
            if (!cp_ident_present(kw->arg)) {
                if (nseen) {
                    TRY(subkwargs(c, keywords, i - nseen, i));
                    if (have_dict) TRY(cp_emit(c, OP_DICT_MERGE, 1));
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(cp_emit(c, OP_BUILD_MAP, 0));
                    have_dict = true;
                }
                TRY(cp_visit_expr(c, kw->value));
                TRY(cp_emit(c, OP_DICT_MERGE, 1));
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict) TRY(cp_emit(c, OP_DICT_MERGE, 1));
        }
    }
    return cp_emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

/* CPython 3.11's update_start_location_to_match_attr: when an attribute
 * access spans lines, its instructions start at the attribute name. */
static void match_attr_start(cp_compiler *c, cp_expr *attr)
{
    vm_pos *p = &c->u->pos;
    if (p->line == attr->end_lineno) return;
    p->line = attr->end_lineno;
    int len = (int)cr_utf8_count(attr->v.Attribute.attr);
    if (len <= attr->end_col_offset) {
        p->col = attr->end_col_offset - len;
    } else {
        p->col = -1;
        p->end_col = -1;
    }
    if (p->end_line < p->line) p->end_line = p->line;
    if (p->line == p->end_line && p->end_col < p->col) p->end_col = p->col;
}

/* ---- SyntaxWarnings for literals used as callables / containers ---- */

/* The type name of a literal node, or NULL when it is not a literal. */
static const char *literal_type(cp_expr *e)
{
    switch (e->kind) {
    case CP_EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case CP_CONST_None: return "NoneType";
        case CP_CONST_True: case CP_CONST_False: return "bool";
        case CP_CONST_Ellipsis: return "ellipsis";
        case CP_CONST_Int: return "int";
        case CP_CONST_Float: return "float";
        case CP_CONST_Imag: return "complex";
        case CP_CONST_Str: return "str";
        case CP_CONST_Bytes: return "bytes";
        }
        return NULL;
    case CP_EXPR_Tuple: return "tuple";
    case CP_EXPR_List: case CP_EXPR_ListComp: return "list";
    case CP_EXPR_Dict: case CP_EXPR_DictComp: return "dict";
    case CP_EXPR_Set: case CP_EXPR_SetComp: return "set";
    case CP_EXPR_GeneratorExp: return "generator";
    case CP_EXPR_Lambda: return "function";
    case CP_EXPR_JoinedStr: case CP_EXPR_FormattedValue: return "str";
    case CP_EXPR_UnaryOp: case CP_EXPR_BinOp: return NULL;
    default: return NULL;
    }
}

static bool warn_fmt(cp_compiler *c, const char *fmt, const char *a, const char *b)
{
    Val m = b ? vm_str_fmt(fmt, a, b) : vm_str_fmt(fmt, a);
    return m && cp_warn(c, vm_str_cstr_of(m));
}

/* CPython's check_caller */
static bool check_caller(cp_compiler *c, cp_expr *f)
{
    switch (f->kind) {
    case CP_EXPR_Constant: case CP_EXPR_Tuple: case CP_EXPR_List: case CP_EXPR_ListComp: case CP_EXPR_Dict:
    case CP_EXPR_DictComp: case CP_EXPR_Set: case CP_EXPR_SetComp: case CP_EXPR_GeneratorExp:
    case CP_EXPR_JoinedStr: case CP_EXPR_FormattedValue:
        return warn_fmt(c, "'%.200s' object is not callable; perhaps you missed a comma?", literal_type(f), NULL);
    default:
        return true;
    }
}

/* CPython's check_subscripter and check_index (loads only) */
static bool check_subscript(cp_compiler *c, cp_expr *v, cp_expr *index)
{
    switch (v->kind) {
    case CP_EXPR_Constant: {
        cp_const_kind k = v->v.Constant.value.kind;
        if (k == CP_CONST_Str || k == CP_CONST_Bytes) break;
        return warn_fmt(c, "'%.200s' object is not subscriptable; perhaps you missed a comma?", literal_type(v),
                        NULL);
    }
    case CP_EXPR_Set: case CP_EXPR_SetComp: case CP_EXPR_GeneratorExp: case CP_EXPR_Lambda:
        return warn_fmt(c, "'%.200s' object is not subscriptable; perhaps you missed a comma?", literal_type(v),
                        NULL);
    default:
        break;
    }
    const char *it = literal_type(index);
    if (!it || cr_span_eq(cr_span_cstr(it), cr_span_cstr("int")) || cr_span_eq(cr_span_cstr(it), cr_span_cstr("bool")))
        return true;
    switch (v->kind) {
    case CP_EXPR_Constant: case CP_EXPR_Tuple: case CP_EXPR_List: case CP_EXPR_ListComp: case CP_EXPR_JoinedStr:
    case CP_EXPR_FormattedValue:
        return warn_fmt(c, "%.200s indices must be integers or slices, not %.200s; perhaps you missed a comma?",
                        literal_type(v), it);
    default:
        return true;
    }
}

static bool compile_call(cp_compiler *c, cp_expr *e)
{
    cp_expr *f = e->v.Call.func;
    cp_expr_seq args = e->v.Call.args;
    bool method = f->kind == CP_EXPR_Attribute && f->v.Attribute.ctx == CP_Load && e->v.Call.keywords.len == 0 &&
                  args.len < CP_STACK_USE_GUIDELINE;
    for (size_t i = 0; i < args.len && method; i++)
        if (cp_expr_seq_get(args, i)->kind == CP_EXPR_Starred) method = false;
    if (method) {
        TRY(cp_visit_expr(c, f->v.Attribute.value));
        CP_SET_LOC(c, f);
        match_attr_start(c, f);
        TRY(cp_emit_name(c, OP_LOAD_METHOD, cp_ident_str(f->v.Attribute.attr)));
        TRY(cp_visit_exprs(c, args));
        CP_SET_LOC(c, e);
        match_attr_start(c, f);
        return cp_emit(c, OP_CALL_METHOD, (int64_t)args.len);
    }
    TRY(check_caller(c, f));
    TRY(cp_visit_expr(c, f));
    TRY(cp_call_helper(c, 0, args, e->v.Call.keywords));
    return true;
}

/* ---- lambdas and comprehensions ---- */

static bool compile_lambda(cp_compiler *c, cp_expr *e)
{
    cp_arguments *args = e->v.Lambda.args;
    TRY(cp_check_debug_args(c, args));
    int flags;
    TRY(cp_function_like(c, args, NULL, true, &flags));
    Val name = vm_intern_cstr("<lambda>");
    TRY(name);
    TRY(cp_enter_scope(c, name, CP_SCOPE_LAMBDA, e, e->lineno));
    TRY(cp_add_const(c, VM_None) >= 0); /* a lambda has no docstring */
    c->u->argcount = (int)args->args.len;
    c->u->posonlyargcount = (int)args->posonlyargs.len;
    c->u->kwonlyargcount = (int)args->kwonlyargs.len;
    TRY(cp_visit_expr(c, e->v.Lambda.body));
    if (c->u->ste->generator) {
        TRY(cp_emit(c, OP_POP_TOP, 0));
        TRY(cp_load_const(c, VM_None));
    }
    TRY(cp_emit(c, OP_RETURN_VALUE, 0));
    CodeObj *co = cp_assemble(c);
    TRY(co);
    Val qualname = c->u->qualname;
    cp_exit_scope(c);
    return cp_make_closure(c, co, flags, qualname);
}

bool cp_await(cp_compiler *c, int where)
{
    TRY(cp_emit(c, OP_GET_AWAITABLE, where));
    TRY(cp_load_const(c, VM_None));
    return cp_emit(c, OP_YIELD_FROM, 0);
}

static bool comprehension_generator(cp_compiler *c, cp_comprehension_seq gens, size_t index, int depth,
                                    cp_expr *elt, cp_expr *val, cp_comp_type type);

/* The innermost element: append / add / yield it. */
static bool comprehension_element(cp_compiler *c, int depth, cp_expr *elt, cp_expr *val, cp_comp_type type)
{
    TRY(cp_visit_expr(c, elt));
    switch (type) {
    case CP_COMP_GEN:
        TRY(cp_emit(c, OP_YIELD_VALUE, 0));
        return cp_emit(c, OP_POP_TOP, 0);
    case CP_COMP_LIST: return cp_emit(c, OP_LIST_APPEND, depth + 1);
    case CP_COMP_SET: return cp_emit(c, OP_SET_ADD, depth + 1);
    default:
        TRY(cp_visit_expr(c, val));
        return cp_emit(c, OP_MAP_ADD, depth + 1);
    }
}

static bool async_comprehension_generator(cp_compiler *c, cp_comprehension_seq gens, size_t index, int depth,
                                          cp_expr *elt, cp_expr *val, cp_comp_type type)
{
    cp_comprehension *gen = cp_comprehension_seq_get(gens, index);
    int start = cp_new_label(c), except = cp_new_label(c), if_cleanup = cp_new_label(c);
    TRY(start >= 0 && except >= 0 && if_cleanup >= 0);
    if (index == 0) {
        c->u->argcount = 1;
        TRY(cp_emit(c, OP_LOAD_FAST, 0));
    } else {
        TRY(cp_visit_expr(c, gen->iter));
        TRY(cp_emit(c, OP_GET_AITER, 0));
    }
    TRY(cp_bind(c, start));
    TRY(cp_push_fblock(c, FB_ASYNC_COMPREHENSION, start, -1));
    TRY(cp_emit_jump(c, OP_SETUP_FINALLY, except));
    TRY(cp_emit(c, OP_GET_ANEXT, 0));
    TRY(cp_load_const(c, VM_None));
    TRY(cp_emit(c, OP_YIELD_FROM, 0));
    TRY(cp_emit(c, OP_POP_BLOCK, 0));
    TRY(cp_visit_expr(c, gen->target));
    for (size_t i = 0; i < gen->ifs.len; i++) TRY(cp_jump_if(c, cp_expr_seq_get(gen->ifs, i), if_cleanup, false));
    depth++;
    if (index + 1 < gens.len) TRY(comprehension_generator(c, gens, index + 1, depth, elt, val, type));
    else TRY(comprehension_element(c, depth, elt, val, type));
    TRY(cp_bind(c, if_cleanup));
    TRY(cp_emit_jump(c, CP_OP_JUMP, start));
    cp_pop_fblock(c);
    TRY(cp_bind(c, except));
    return cp_emit(c, OP_END_ASYNC_FOR, 0);
}

static bool comprehension_generator(cp_compiler *c, cp_comprehension_seq gens, size_t index, int depth,
                                    cp_expr *elt, cp_expr *val, cp_comp_type type)
{
    cp_comprehension *gen = cp_comprehension_seq_get(gens, index);
    if (gen->is_async) return async_comprehension_generator(c, gens, index, depth, elt, val, type);
    int start = cp_new_label(c), if_cleanup = cp_new_label(c), anchor = cp_new_label(c);
    TRY(start >= 0 && if_cleanup >= 0 && anchor >= 0);
    if (index == 0) {
        c->u->argcount = 1;
        TRY(cp_emit(c, OP_LOAD_FAST, 0));
    } else {
        TRY(cp_visit_iterable(c, gen->iter));
        TRY(cp_emit(c, OP_GET_ITER, 0));
    }
    depth++;
    TRY(cp_bind(c, start));
    TRY(cp_emit_jump(c, OP_FOR_ITER, anchor));
    TRY(cp_visit_expr(c, gen->target));
    for (size_t i = 0; i < gen->ifs.len; i++) TRY(cp_jump_if(c, cp_expr_seq_get(gen->ifs, i), if_cleanup, false));
    if (index + 1 < gens.len) TRY(comprehension_generator(c, gens, index + 1, depth, elt, val, type));
    else TRY(comprehension_element(c, depth, elt, val, type));
    TRY(cp_bind(c, if_cleanup));
    TRY(cp_emit_jump(c, CP_OP_JUMP, start));
    return cp_bind(c, anchor);
}

static bool compile_comprehension(cp_compiler *c, cp_expr *e, const char *name, cp_comp_type type,
                                  cp_comprehension_seq gens, cp_expr *elt, cp_expr *val)
{
    cp_comprehension *outer = cp_comprehension_seq_get(gens, 0);
    cp_scope_type outer_scope = c->u->scope_type;
    Val n = vm_intern_cstr(name);
    TRY(n);
    TRY(cp_enter_scope(c, n, CP_SCOPE_COMPREHENSION, e, e->lineno));
    bool is_async = c->u->ste->coroutine;
    if (is_async && type != CP_COMP_GEN && outer_scope != CP_SCOPE_ASYNC_FUNCTION &&
        outer_scope != CP_SCOPE_COMPREHENSION)
        return cp_serror(c, "asynchronous comprehension outside of an asynchronous function");
    if (type != CP_COMP_GEN)
        TRY(cp_emit(c, type == CP_COMP_LIST ? OP_BUILD_LIST : type == CP_COMP_SET ? OP_BUILD_SET : OP_BUILD_MAP, 0));
    TRY(comprehension_generator(c, gens, 0, 0, elt, val, type));
    CP_SET_LOC(c, e);
    if (type == CP_COMP_GEN) TRY(cp_load_const(c, VM_None));
    TRY(cp_emit(c, OP_RETURN_VALUE, 0));
    CodeObj *co = cp_assemble(c);
    TRY(co);
    Val qualname = c->u->qualname;
    cp_exit_scope(c);
    TRY(cp_make_closure(c, co, 0, qualname));
    TRY(outer->is_async ? cp_visit_expr(c, outer->iter) : cp_visit_iterable(c, outer->iter));
    CP_SET_LOC(c, e);
    TRY(cp_emit(c, outer->is_async ? OP_GET_AITER : OP_GET_ITER, 0));
    TRY(cp_emit(c, OP_CALL_FUNCTION, 1));
    if (is_async && type != CP_COMP_GEN) TRY(cp_await(c, 0));
    return true;
}

/* ---- f-strings ---- */

static bool compile_joined_str(cp_compiler *c, cp_expr *e)
{
    cp_expr_seq vals = e->v.JoinedStr.values;
    if (vals.len > CP_STACK_USE_GUIDELINE) {
        TRY(cp_load_const(c, vm_str_cstr("")));
        TRY(cp_emit_name(c, OP_LOAD_METHOD, vm_intern_cstr("join")));
        TRY(cp_emit(c, OP_BUILD_LIST, 0));
        for (size_t i = 0; i < vals.len; i++) {
            TRY(cp_visit_expr(c, cp_expr_seq_get(vals, i)));
            TRY(cp_emit(c, OP_LIST_APPEND, 1));
        }
        return cp_emit(c, OP_CALL_METHOD, 1);
    }
    TRY(cp_visit_exprs(c, vals));
    if (vals.len != 1) return cp_emit(c, OP_BUILD_STRING, (int64_t)vals.len);
    return true;
}

static bool compile_formatted_value(cp_compiler *c, cp_expr *e)
{
    TRY(cp_visit_expr(c, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    int oparg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        TRY(cp_visit_expr(c, e->v.FormattedValue.format_spec));
        oparg |= 4;
    }
    return cp_emit(c, OP_FORMAT_VALUE, oparg);
}

/* ---- the dispatcher ---- */

static bool visit_expr_inner(cp_compiler *c, cp_expr *e)
{
    switch (e->kind) {
    case CP_EXPR_NamedExpr:
        TRY(cp_visit_expr(c, e->v.NamedExpr.value));
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        return cp_visit_expr(c, e->v.NamedExpr.target);
    case CP_EXPR_BoolOp: return compile_boolop(c, e);
    case CP_EXPR_BinOp: {
        Val k = cp_const_value(c, e);
        if (k) return cp_load_const(c, k);
        TRY(!vm_err_occurred());
    }
        TRY(cp_visit_expr(c, e->v.BinOp.left));
        TRY(cp_visit_expr(c, e->v.BinOp.right));
        return cp_emit(c, OP_BINARY_OP, cp_binop_arg(e->v.BinOp.op));
    case CP_EXPR_UnaryOp: {
        Val k = cp_const_value(c, e);
        if (k) return cp_load_const(c, k);
        TRY(!vm_err_occurred());
        TRY(cp_visit_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case CP_Invert: return cp_emit(c, OP_UNARY_INVERT, 0);
        case CP_Not: return cp_emit(c, OP_UNARY_NOT, 0);
        case CP_UAdd: return cp_emit(c, OP_UNARY_POSITIVE, 0);
        default: return cp_emit(c, OP_UNARY_NEGATIVE, 0);
        }
    }
    case CP_EXPR_Lambda: return compile_lambda(c, e);
    case CP_EXPR_IfExp: {
        int end = cp_new_label(c), next = cp_new_label(c);
        TRY(end >= 0 && next >= 0);
        TRY(cp_jump_if(c, e->v.IfExp.test, next, false));
        TRY(cp_visit_expr(c, e->v.IfExp.body));
        TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        TRY(cp_bind(c, next));
        TRY(cp_visit_expr(c, e->v.IfExp.orelse));
        return cp_bind(c, end);
    }
    case CP_EXPR_Dict: return compile_dict(c, e);
    case CP_EXPR_Set:
        return starunpack_helper(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case CP_EXPR_GeneratorExp:
        return compile_comprehension(c, e, "<genexpr>", CP_COMP_GEN, e->v.GeneratorExp.generators,
                                     e->v.GeneratorExp.elt, NULL);
    case CP_EXPR_ListComp:
        return compile_comprehension(c, e, "<listcomp>", CP_COMP_LIST, e->v.ListComp.generators, e->v.ListComp.elt,
                                     NULL);
    case CP_EXPR_SetComp:
        return compile_comprehension(c, e, "<setcomp>", CP_COMP_SET, e->v.SetComp.generators, e->v.SetComp.elt,
                                     NULL);
    case CP_EXPR_DictComp:
        return compile_comprehension(c, e, "<dictcomp>", CP_COMP_DICT, e->v.DictComp.generators,
                                     e->v.DictComp.key, e->v.DictComp.value);
    case CP_EXPR_Yield:
        if (c->u->ste->type != CP_BLOCK_FUNCTION) return cp_serror(c, "'yield' outside function");
        if (e->v.Yield.value) TRY(cp_visit_expr(c, e->v.Yield.value));
        else TRY(cp_load_const(c, VM_None));
        return cp_emit(c, OP_YIELD_VALUE, 0);
    case CP_EXPR_YieldFrom:
        if (c->u->ste->type != CP_BLOCK_FUNCTION) return cp_serror(c, "'yield' outside function");
        if (c->u->scope_type == CP_SCOPE_ASYNC_FUNCTION) return cp_serror(c, "'yield from' inside async function");
        TRY(cp_visit_expr(c, e->v.YieldFrom.value));
        TRY(cp_emit(c, OP_GET_YIELD_FROM_ITER, 0));
        TRY(cp_load_const(c, VM_None));
        return cp_emit(c, OP_YIELD_FROM, 0);
    case CP_EXPR_Await:
        if (c->u->ste->type != CP_BLOCK_FUNCTION) return cp_serror(c, "'await' outside function");
        if (c->u->scope_type != CP_SCOPE_ASYNC_FUNCTION && c->u->scope_type != CP_SCOPE_COMPREHENSION)
            return cp_serror(c, "'await' outside async function");
        TRY(cp_visit_expr(c, e->v.Await.value));
        return cp_await(c, 0);
    case CP_EXPR_Compare: return compile_compare(c, e);
    case CP_EXPR_Call: return compile_call(c, e);
    case CP_EXPR_FormattedValue: return compile_formatted_value(c, e);
    case CP_EXPR_JoinedStr: return compile_joined_str(c, e);
    case CP_EXPR_Constant: return cp_load_const(c, constant_node_val(c, e));
    case CP_EXPR_Attribute: {
        TRY(cp_visit_expr(c, e->v.Attribute.value));
        match_attr_start(c, e);
        Val attr = cp_ident_str(e->v.Attribute.attr);
        cp_expr_context ctx = e->v.Attribute.ctx;
        if (cp_forbidden_name(c, e->v.Attribute.attr, ctx)) return false;
        return cp_emit_name(c, ctx == CP_Load ? OP_LOAD_ATTR : ctx == CP_Store ? OP_STORE_ATTR : OP_DELETE_ATTR,
                            attr);
    }
    case CP_EXPR_Subscript: {
        if (e->v.Subscript.ctx == CP_Load) TRY(check_subscript(c, e->v.Subscript.value, e->v.Subscript.slice));
        TRY(cp_visit_expr(c, e->v.Subscript.value));
        TRY(cp_visit_expr(c, e->v.Subscript.slice));
        cp_expr_context ctx = e->v.Subscript.ctx;
        return cp_emit(c, ctx == CP_Load ? OP_BINARY_SUBSCR : ctx == CP_Store ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR,
                       0);
    }
    case CP_EXPR_Starred:
        if (e->v.Starred.ctx == CP_Store) return cp_serror(c, "starred assignment target must be in a list or tuple");
        return cp_serror(c, "can't use starred expression here");
    case CP_EXPR_Name: {
        /* __debug__ is a constant (CPython's AST optimizer) */
        if (e->v.Name.ctx == CP_Load && cr_span_eq(e->v.Name.id, cr_span_cstr("__debug__")))
            return cp_load_const(c, vm_bool(c->optimize == 0));
        Val name = cp_ident_str(e->v.Name.id);
        return name && cp_nameop(c, name, e->v.Name.ctx);
    }
    case CP_EXPR_List: return compile_sequence(c, e, e->v.List.elts, e->v.List.ctx, false);
    case CP_EXPR_Tuple: return compile_sequence(c, e, e->v.Tuple.elts, e->v.Tuple.ctx, true);
    case CP_EXPR_Slice: {
        int n = 2;
        if (e->v.Slice.lower) TRY(cp_visit_expr(c, e->v.Slice.lower));
        else TRY(cp_load_const(c, VM_None));
        if (e->v.Slice.upper) TRY(cp_visit_expr(c, e->v.Slice.upper));
        else TRY(cp_load_const(c, VM_None));
        if (e->v.Slice.step) {
            TRY(cp_visit_expr(c, e->v.Slice.step));
            n = 3;
        }
        return cp_emit(c, OP_BUILD_SLICE, n);
    }
    }
    vm_err_str(&vm_exc_SystemError, "compiler: unknown expression kind");
    return false;
}

bool cp_visit_expr(cp_compiler *c, cp_expr *e)
{
    if (!cp_enter_recursion()) return false;
    vm_pos saved = c->u->pos;
    CP_SET_LOC(c, e);
    bool ok = visit_expr_inner(c, e);
    if (ok) c->u->pos = saved;
    cp_leave_recursion();
    return ok;
}

bool cp_visit_exprs(cp_compiler *c, cp_expr_seq seq)
{
    for (size_t i = 0; i < seq.len; i++) TRY(cp_visit_expr(c, cp_expr_seq_get(seq, i)));
    return true;
}
