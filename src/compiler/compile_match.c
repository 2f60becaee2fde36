/* Code generation for match statements (compiler layer): a port of CPython
 * 3.10's pattern compiler, using the 3.10 forms of MATCH_KEYS ([subject,
 * keys] -> [subject, keys, values_or_None, bool]), MATCH_CLASS ([subject,
 * cls, names] -> [attrs_or_subject, bool]) and COPY_DICT_WITHOUT_KEYS
 * ([subject, keys] -> [subject, rest]).
 *
 * Every pattern consumes the subject on top of the stack.  Captured values
 * are kept on the stack (below `on_top` items still in use) and stored into
 * their names only once the whole pattern matched.  On failure, code jumps
 * to fail_pop[n], which pops the n items (captures and intermediate values)
 * and falls through to fail_pop[0].
 */
#include "compiler/compile_int.h"

typedef struct {
    Val stores;            /* list of captured names, in stack order */
    bool allow_irrefutable;
    cr_vals fail_pop;      /* labels (small ints) */
    int on_top;
} pctx;

static bool compile_pattern(cp_compiler *c, cp_pattern *p, pctx *pc);

static bool is_wildcard(cp_pattern *p)
{
    return p->kind == CP_PAT_MatchAs && !p->v.MatchAs.pattern && !cp_ident_present(p->v.MatchAs.name);
}

static bool is_wildcard_star(cp_pattern *p)
{
    return p->kind == CP_PAT_MatchStar && !cp_ident_present(p->v.MatchStar.name);
}

static bool ensure_fail_pop(cp_compiler *c, pctx *pc, int n)
{
    while (pc->fail_pop.len < (size_t)n + 1) {
        int l = cp_new_label(c);
        TRY(l >= 0);
        if (!cr_vals_push(&pc->fail_pop, val_from_small(l))) {
            vm_err_nomem();
            return false;
        }
    }
    return true;
}

static bool jump_to_fail_pop(cp_compiler *c, pctx *pc, int op)
{
    int pops = pc->on_top + (int)vm_list_len(pc->stores);
    TRY(ensure_fail_pop(c, pc, pops));
    return cp_emit_jump(c, op, (int)val_small(cr_vals_get(&pc->fail_pop, (size_t)pops)));
}

static bool emit_and_reset_fail_pop(cp_compiler *c, pctx *pc)
{
    size_t n = pc->fail_pop.len;
    if (n) {
        for (size_t k = n - 1; k >= 1; k--) {
            TRY(cp_bind(c, (int)val_small(cr_vals_get(&pc->fail_pop, k))));
            TRY(cp_emit(c, OP_POP_TOP, 0));
        }
        TRY(cp_bind(c, (int)val_small(cr_vals_get(&pc->fail_pop, 0))));
    }
    cr_vals_init(&pc->fail_pop);
    return true;
}

static bool list_contains(Val list, Val name)
{
    for (size_t i = 0; i < vm_list_len(list); i++)
        if (vm_str_eq(vm_list_get(list, i), name)) return true;
    return false;
}

static int64_t list_index(Val list, Val name)
{
    for (size_t i = 0; i < vm_list_len(list); i++)
        if (vm_str_eq(vm_list_get(list, i), name)) return (int64_t)i;
    return -1;
}

static bool rotate(cp_compiler *c, int64_t count)
{
    if (count < 2) return true;
    return cp_emit(c, OP_ROT_N, count);
}

static bool store_name(cp_compiler *c, cp_ident id, pctx *pc)
{
    if (!cp_ident_present(id)) return cp_emit(c, OP_POP_TOP, 0);
    if (cp_forbidden_name(c, id, CP_Store)) return false;
    Val n = cp_ident_str(id);
    TRY(n);
    if (list_contains(pc->stores, n)) return cp_serror_name(c, "multiple assignments to name %R in pattern", n);
    TRY(rotate(c, pc->on_top + (int64_t)vm_list_len(pc->stores) + 1));
    return vm_list_append(pc->stores, n) == 0;
}

static bool subpattern(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    TRY(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return true;
}

static bool pattern_unpack_helper(cp_compiler *c, cp_pattern_seq elts)
{
    size_t n = elts.len;
    bool seen_star = false;
    for (size_t i = 0; i < n; i++) {
        cp_pattern *elt = cp_pattern_seq_get(elts, i);
        if (elt->kind == CP_PAT_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return cp_serror(c, "too many expressions in star-unpacking sequence pattern");
            TRY(cp_emit(c, OP_UNPACK_EX, (int64_t)(i + ((n - i - 1) << 8))));
            seen_star = true;
        } else if (elt->kind == CP_PAT_MatchStar) {
            return cp_serror(c, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) TRY(cp_emit(c, OP_UNPACK_SEQUENCE, (int64_t)n));
    return true;
}

static bool sequence_unpack(cp_compiler *c, cp_pattern_seq pats, pctx *pc)
{
    TRY(pattern_unpack_helper(c, pats));
    pc->on_top += (int)pats.len;
    for (size_t i = 0; i < pats.len; i++) {
        pc->on_top--;
        TRY(subpattern(c, cp_pattern_seq_get(pats, i), pc));
    }
    return true;
}

/* [first, *_, last]-style patterns: index instead of unpacking. */
static bool sequence_subscr(cp_compiler *c, cp_pattern_seq pats, int64_t star, pctx *pc)
{
    pc->on_top++;
    int64_t size = (int64_t)pats.len;
    for (int64_t i = 0; i < size; i++) {
        cp_pattern *p = cp_pattern_seq_get(pats, (size_t)i);
        if (is_wildcard(p) || i == star) continue;
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        if (i < star) {
            TRY(cp_load_const(c, vm_int_from_i64(i)));
        } else {
            TRY(cp_emit(c, OP_GET_LEN, 0));
            TRY(cp_load_const(c, vm_int_from_i64(size - i)));
            TRY(cp_emit(c, OP_BINARY_OP, VM_OP_SUB));
        }
        TRY(cp_emit(c, OP_BINARY_SUBSCR, 0));
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool pattern_sequence(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    cp_pattern_seq pats = p->v.MatchSequence.patterns;
    int64_t size = (int64_t)pats.len, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int64_t i = 0; i < size; i++) {
        cp_pattern *q = cp_pattern_seq_get(pats, (size_t)i);
        if (q->kind == CP_PAT_MatchStar) {
            if (star >= 0) return cp_serror(c, "multiple starred names in sequence pattern");
            star_wildcard = is_wildcard_star(q);
            only_wildcard = only_wildcard && star_wildcard;
            star = i;
            continue;
        }
        only_wildcard = only_wildcard && is_wildcard(q);
    }
    pc->on_top++;
    TRY(cp_emit(c, OP_MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(cp_emit(c, OP_GET_LEN, 0));
        TRY(cp_load_const(c, vm_int_from_i64(size)));
        TRY(cp_emit(c, OP_COMPARE_OP, VM_EQ));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        TRY(cp_emit(c, OP_GET_LEN, 0));
        TRY(cp_load_const(c, vm_int_from_i64(size - 1)));
        TRY(cp_emit(c, OP_COMPARE_OP, VM_GE));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return cp_emit(c, OP_POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, pc);
}

static bool pattern_mapping(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    cp_expr_seq keys = p->v.MatchMapping.keys;
    cp_pattern_seq pats = p->v.MatchMapping.patterns;
    size_t size = keys.len;
    if (pats.len != size) return cp_serror(c, "keys / patterns length mismatch in mapping pattern");
    bool star = cp_ident_present(p->v.MatchMapping.rest);
    pc->on_top++;
    TRY(cp_emit(c, OP_MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !star) {
        pc->on_top--;
        return cp_emit(c, OP_POP_TOP, 0);
    }
    if (size) {
        TRY(cp_emit(c, OP_GET_LEN, 0));
        TRY(cp_load_const(c, vm_int_from_i64((int64_t)size)));
        TRY(cp_emit(c, OP_COMPARE_OP, VM_GE));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    Val seen = vm_dict_new();
    TRY(seen);
    for (size_t i = 0; i < size; i++) {
        cp_expr *key = cp_expr_seq_get(keys, i);
        if (!key) return cp_serror(c, "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
        if (key->kind == CP_EXPR_Constant || key->kind == CP_EXPR_UnaryOp || key->kind == CP_EXPR_BinOp) {
            Val k = cp_const_value(c, key);
            if (k) {
                Val have = vm_dict_get(seen, k);
                if (have) {
                    return cp_serror_name(c, "mapping pattern checks duplicate key (%R)", k);
                }
                if (vm_err_occurred() || vm_dict_set(seen, k, VM_True) < 0) return false;
            } else if (vm_err_occurred()) {
                return false;
            }
        } else if (key->kind != CP_EXPR_Attribute) {
            return cp_serror(c, "mapping pattern keys may only match literals and attribute lookups");
        }
        TRY(cp_visit_expr(c, key));
    }
    TRY(cp_emit(c, OP_BUILD_TUPLE, (int64_t)size));
    TRY(cp_emit(c, OP_MATCH_KEYS, 0));
    pc->on_top += 2;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    TRY(cp_emit(c, OP_UNPACK_SEQUENCE, (int64_t)size));
    pc->on_top += (int)size - 1;
    for (size_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, cp_pattern_seq_get(pats, i), pc));
    }
    /* [subject, keys] remain */
    pc->on_top -= 2;
    if (star) {
        TRY(cp_emit(c, OP_COPY_DICT_WITHOUT_KEYS, 0)); /* [subject, rest] */
        TRY(cp_emit(c, OP_ROT_TWO, 0));
        TRY(cp_emit(c, OP_POP_TOP, 0));
        return store_name(c, p->v.MatchMapping.rest, pc);
    }
    TRY(cp_emit(c, OP_POP_TOP, 0));
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool pattern_class(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    cp_pattern_seq pats = p->v.MatchClass.patterns, kpats = p->v.MatchClass.kwd_patterns;
    cp_ident_seq attrs = p->v.MatchClass.kwd_attrs;
    size_t nargs = pats.len, nattrs = attrs.len;
    if (nattrs != kpats.len) return cp_serror(c, "kwd_attrs / kwd_patterns length mismatch in class pattern");
    for (size_t i = 0; i < nattrs; i++) {
        cp_ident a = cp_ident_seq_get(attrs, i);
        CP_SET_LOC(c, cp_pattern_seq_get(kpats, i));
        if (cp_forbidden_name(c, a, CP_Store)) return false;
        for (size_t j = i + 1; j < nattrs; j++)
            if (cr_span_eq(a, cp_ident_seq_get(attrs, j))) {
                CP_SET_LOC(c, cp_pattern_seq_get(kpats, j));
                Val n = cp_ident_str(a);
                TRY(n);
                return cp_serror_name(c, "attribute name repeated in class pattern: %U", n);
            }
    }
    CP_SET_LOC(c, p);
    TRY(cp_visit_expr(c, p->v.MatchClass.cls));
    Val names = vm_tuple_new(nattrs);
    TRY(names);
    for (size_t i = 0; i < nattrs; i++) {
        Val n = cp_ident_str(cp_ident_seq_get(attrs, i));
        TRY(n);
        vm_tuple_set(names, i, n);
    }
    TRY(cp_load_const(c, names));
    TRY(cp_emit(c, OP_MATCH_CLASS, (int64_t)nargs));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    for (size_t i = 0; i < nargs + nattrs; i++) {
        cp_pattern *q = i < nargs ? cp_pattern_seq_get(pats, i) : cp_pattern_seq_get(kpats, i - nargs);
        if (is_wildcard(q)) continue;
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        TRY(cp_load_const(c, vm_int_from_i64((int64_t)i)));
        TRY(cp_emit(c, OP_BINARY_SUBSCR, 0));
        TRY(subpattern(c, q, pc));
    }
    pc->on_top--;
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool pattern_as(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (cp_ident_present(p->v.MatchAs.name)) {
                Val n = cp_ident_str(p->v.MatchAs.name);
                TRY(n);
                return cp_serror_name(c, "name capture %R makes remaining patterns unreachable", n);
            }
            return cp_serror(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(cp_emit(c, OP_DUP_TOP, 0));
    TRY(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.MatchAs.name, pc);
}

static bool pattern_or(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    int end = cp_new_label(c);
    TRY(end >= 0);
    cp_pattern_seq alts = p->v.MatchOr.patterns;
    size_t size = alts.len;
    /* The alternatives work on a copy; the caller's context stays untouched
     * in the caller's frame (address-taken, so in memory), which keeps its
     * fail_pop buffer visible to the conservative GC scan throughout.  A
     * restore from a local copy alone lost that buffer under the torture GC
     * (the copy can live in registers only). */
    pctx old = *pc;
    pctx *outer = pc;
    pctx inner = old;
    pc = &inner;
    Val control = NULL;
    for (size_t i = 0; i < size; i++) {
        cp_pattern *alt = cp_pattern_seq_get(alts, i);
        CP_SET_LOC(c, alt);
        pc->stores = vm_list_new(0);
        TRY(pc->stores);
        pc->allow_irrefutable = (i + 1 == size) && old.allow_irrefutable;
        cr_vals_init(&pc->fail_pop);
        pc->on_top = 0;
        TRY(cp_emit(c, OP_DUP_TOP, 0));
        TRY(compile_pattern(c, alt, pc));
        size_t nstores = vm_list_len(pc->stores);
        if (i == 0) {
            control = pc->stores;
        } else if (nstores != vm_list_len(control)) {
            return cp_serror(c, "alternative patterns bind different names");
        } else if (nstores) {
            for (size_t ic = nstores; ic-- > 0;) {
                Val name = vm_list_get(control, ic);
                int64_t is = list_index(pc->stores, name);
                if (is < 0) return cp_serror(c, "alternative patterns bind different names");
                if ((size_t)is != ic) {
                    /* rotate stores[:is+1] to sit at [ic-is : ic+1] */
                    int64_t rotations = is + 1;
                    Val st = pc->stores;
                    Val moved = vm_list_new(0);
                    TRY(moved);
                    for (int64_t k = 0; k < rotations; k++)
                        TRY(vm_list_append(moved, vm_list_get(st, (size_t)k)) == 0);
                    Val rest = vm_list_new(0);
                    TRY(rest);
                    for (size_t k = (size_t)rotations; k < vm_list_len(st); k++)
                        TRY(vm_list_append(rest, vm_list_get(st, k)) == 0);
                    Val merged = vm_list_new(0);
                    TRY(merged);
                    size_t at = ic - (size_t)is;
                    for (size_t k = 0; k < at; k++) TRY(vm_list_append(merged, vm_list_get(rest, k)) == 0);
                    for (size_t k = 0; k < vm_list_len(moved); k++)
                        TRY(vm_list_append(merged, vm_list_get(moved, k)) == 0);
                    for (size_t k = at; k < vm_list_len(rest); k++)
                        TRY(vm_list_append(merged, vm_list_get(rest, k)) == 0);
                    pc->stores = merged;
                    for (int64_t r = 0; r < rotations; r++) TRY(rotate(c, (int64_t)ic + 1));
                }
            }
        }
        TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    pc = outer;
    /* no alternative matched: pop the subject copy and fail */
    TRY(cp_emit(c, OP_POP_TOP, 0));
    TRY(jump_to_fail_pop(c, pc, CP_OP_JUMP));
    TRY(cp_bind(c, end));
    size_t nstores = vm_list_len(control);
    int64_t nrots = (int64_t)nstores + 1 + pc->on_top + (int64_t)vm_list_len(pc->stores);
    for (size_t i = 0; i < nstores; i++) {
        TRY(rotate(c, nrots));
        Val name = vm_list_get(control, i);
        if (list_contains(pc->stores, name))
            return cp_serror_name(c, "multiple assignments to name %R in pattern", name);
        TRY(vm_list_append(pc->stores, name) == 0);
    }
    return cp_emit(c, OP_POP_TOP, 0);
}

static bool compile_pattern_inner(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    CP_SET_LOC(c, p);
    switch (p->kind) {
    case CP_PAT_MatchValue:
        TRY(cp_visit_expr(c, p->v.MatchValue.value));
        TRY(cp_emit(c, OP_COMPARE_OP, VM_EQ));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case CP_PAT_MatchSingleton:
        TRY(cp_load_const(c, cp_constant_val(&p->v.MatchSingleton.value)));
        TRY(cp_emit(c, OP_IS_OP, 0));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case CP_PAT_MatchSequence: return pattern_sequence(c, p, pc);
    case CP_PAT_MatchMapping: return pattern_mapping(c, p, pc);
    case CP_PAT_MatchClass: return pattern_class(c, p, pc);
    case CP_PAT_MatchStar: return store_name(c, p->v.MatchStar.name, pc);
    case CP_PAT_MatchAs: return pattern_as(c, p, pc);
    case CP_PAT_MatchOr: return pattern_or(c, p, pc);
    }
    vm_err_str(&vm_exc_SystemError, "compiler: unknown pattern kind");
    return false;
}

static bool compile_pattern(cp_compiler *c, cp_pattern *p, pctx *pc)
{
    if (!cp_enter_recursion()) return false;
    bool ok = compile_pattern_inner(c, p, pc);
    cp_leave_recursion();
    return ok;
}

bool cp_match(cp_compiler *c, cp_stmt *s)
{
    TRY(cp_visit_expr(c, s->v.Match.subject));
    int end = cp_new_label(c);
    TRY(end >= 0);
    size_t cases = s->v.Match.cases.len;
    if (cases == 0) return cp_emit(c, OP_POP_TOP, 0);
    cp_match_case *m = cp_match_case_seq_get(s->v.Match.cases, cases - 1);
    size_t has_default = is_wildcard(m->pattern) && cases > 1;
    pctx pcs;
    pctx *pc = &pcs;
    for (size_t i = 0; i < cases - has_default; i++) {
        m = cp_match_case_seq_get(s->v.Match.cases, i);
        CP_SET_LOC(c, m->pattern);
        bool last = i == cases - has_default - 1;
        if (!last) TRY(cp_emit(c, OP_DUP_TOP, 0));
        pc->stores = vm_list_new(0);
        TRY(pc->stores);
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        cr_vals_init(&pc->fail_pop);
        pc->on_top = 0;
        TRY(compile_pattern(c, m->pattern, pc));
        for (size_t k = 0; k < vm_list_len(pc->stores); k++) TRY(cp_nameop(c, vm_list_get(pc->stores, k), CP_Store));
        if (m->guard) {
            TRY(ensure_fail_pop(c, pc, 0));
            TRY(cp_jump_if(c, m->guard, (int)val_small(cr_vals_get(&pc->fail_pop, 0)), false));
        }
        if (!last) TRY(cp_emit(c, OP_POP_TOP, 0));
        TRY(cp_visit_stmts(c, m->body));
        TRY(cp_emit_jump(c, CP_OP_JUMP, end));
        CP_SET_LOC(c, m->pattern);
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = cp_match_case_seq_get(s->v.Match.cases, cases - 1);
        CP_SET_LOC(c, m->pattern);
        if (cases == 1) TRY(cp_emit(c, OP_POP_TOP, 0));
        else TRY(cp_emit(c, OP_NOP, 0));
        if (m->guard) TRY(cp_jump_if(c, m->guard, end, false));
        TRY(cp_visit_stmts(c, m->body));
    }
    return cp_bind(c, end);
}
