/* The interpreter's lookup caches: filling and the slower lookups (the
 * inline checks and the cache layouts are described in ceval_cache.h).
 * Moved out of ceval_loop.c unchanged. */
#include "vm/ceval_cache.h"

/* ---- type attribute cache (lookups inline in ceval_cache.h) ----
 * A direct-mapped cache of vm_type_lookup results (including "absent"),
 * keyed by (type, name) and validated by vm_type_epoch (type.c and
 * object.c bump it with every type's version, i.e. whenever any namespace
 * changes) and by the identity of the type's MRO tuple.  The table lives
 * on the GC heap behind one registered root, so cached types and values stay
 * alive (a type's address cannot be reused while it is cached). */
static Val *mcache_items;
cr_valspan vm_mcache;

Val vm_cached_type_lookup_miss(Type *t, Val name)
{
    if (vm_mcache.len == 0) {
        mcache_items = cr_alloc_array((size_t)VM_MC_SIZE * VM_MC_WIDTH, sizeof(Val), CR_SCAN);
        if (mcache_items == NULL) return vm_type_lookup(t, name);
        cr_gc_add_root(&mcache_items);
        vm_mcache = (cr_valspan){mcache_items, (size_t)VM_MC_SIZE * VM_MC_WIDTH};
    }
    size_t at = vm_mc_slot(t, name);
    Val ver = vm_type_ver_val(t);
    Val v = vm_type_lookup(t, name);
    if (vm_err_occurred()) return NULL;
    cr_valspan_set(vm_mcache, at, obj_val(t));
    cr_valspan_set(vm_mcache, at + 1, ver);
    cr_valspan_set(vm_mcache, at + 2, name);
    cr_valspan_set(vm_mcache, at + 3, v);
    return v;
}

Val vm_fast_getattr(Val o, Val name)
{
    Type *t = vm_typeof(o);
    Val descr = vm_cached_type_lookup(t, name);
    Type *dt = NULL;
    if (descr != NULL) {
        dt = vm_typeof(descr);
        if (dt->descr_get != NULL && dt->descr_set != NULL) return dt->descr_get(descr, o, obj_val(t));
    }
    if (t->dict_offset != 0) {
        Val d = vm_obj_dict(o, false);
        if (d != NULL) {
            Val v = vm_inst_dict_get(d, name);
            if (v != NULL || vm_err_occurred()) return v;
        }
    }
    if (descr != NULL) {
        if (dt->descr_get != NULL) return dt->descr_get(descr, o, obj_val(t));
        return descr;
    }
    return NULL;
}

int vm_fast_setattr(Val o, Val name, Val value)
{
    Type *t = vm_typeof(o);
    Val descr = vm_cached_type_lookup(t, name);
    if (descr != NULL) {
        Type *dt = vm_typeof(descr);
        if (dt->descr_set != NULL) return dt->descr_set(descr, o, value);
    } else if (vm_err_occurred()) {
        return -1;
    }
    if (t->dict_offset == 0) return 1;
    Val d = vm_obj_dict(o, true);
    if (d == NULL) return vm_err_occurred() ? -1 : 1;
    return vm_dict_set(d, name, value);
}

/* The instance __dict__ of obj if its type has one and it exists. */
static Val instance_dict(Val obj, Type *t)
{
    if (t->dict_offset == 0) return NULL;
    Val d = vm_obj_dict(obj, false);
    if (d == NULL || !vm_is_dict(d)) return NULL;
    return d;
}

/* Finds an unbound method on obj's type without creating a bound method. */
int vm_load_method(Val obj, Val name, Val *meth)
{
    Type *t = vm_typeof(obj);
    if (t->getattr == vm_generic_getattr || t->getattr == NULL) {
        Val descr = vm_cached_type_lookup(t, name);
        if (descr == NULL && vm_err_occurred()) return -1;
        if (descr != NULL && vm_is_method_like(descr)) {
            Val d = instance_dict(obj, t);
            /* Hash bits and a probe rule out most instance dicts cheaply. */
            Val shadow = d != NULL ? vm_inst_dict_get(d, name) : NULL;
            if (shadow == NULL) {
                if (vm_err_occurred()) return -1;
                *meth = descr;
                return 1;
            }
            *meth = shadow;
            return 0;
        }
    }
    Val v = vm_getattr(obj, name);
    if (v == NULL) return -1;
    *meth = v;
    return 0;
}

/* ---- LOAD_GLOBAL inline cache ---- */

int vm_gcache_alloc(FrameObj *f)
{
    size_t n;
    if (!cr_mul_ok(f->code->ncode, 4, &n) || n == 0) return 0;
    if (f->func != NULL && vm_func_obj(f->func)->code == f->code && vm_func_obj(f->func)->gcache.len == n) {
        f->gcache = vm_func_obj(f->func)->gcache;
        return 0;
    }
    Val *items = cr_alloc_array(n, sizeof(Val), CR_SCAN);
    if (items == NULL) {
        vm_err_nomem();
        return -1;
    }
    f->gcache = (cr_valspan){items, n};
    if (f->func != NULL && vm_func_obj(f->func)->code == f->code) vm_func_obj(f->func)->gcache = f->gcache;
    return 0;
}

static inline Val keys_val(DictKeys *k) { return k != NULL ? obj_val(k) : NULL; }

/* Entry index of key in k by identity, or -1. */
static int64_t entry_index(DictKeys *k, Val key)
{
    if (k == NULL) return -1;
    for (size_t i = 0; i < k->nentries; i++) {
        size_t base = i * DK_ENTRY_WIDTH;
        if (base + DK_KEY < k->entries.len && cr_vals_get(&k->entries, base + DK_KEY) == key) return (int64_t)i;
    }
    return -1;
}

void vm_gcache_fill(cr_valspan c, size_t at, Val globals, Val builtins, Val name)
{
    DictKeys *gk = vm_dict_obj(globals)->keys;
    cr_valspan_set(c, at, NULL);
    if (gk == NULL) return;
    int64_t gix = entry_index(gk, name);
    if (gix >= 0) {
        cr_valspan_set(c, at + 1, val_from_small(gix));
        cr_valspan_set(c, at, keys_val(gk));
        return;
    }
    DictKeys *bk = vm_dict_obj(builtins)->keys;
    int64_t bix = entry_index(bk, name);
    if (bix < 0 || !cr_small_fits((int64_t)gk->nentries)) return;
    cr_valspan_set(c, at + 1, val_from_small(-1 - (int64_t)gk->nentries));
    cr_valspan_set(c, at + 2, keys_val(bk));
    cr_valspan_set(c, at + 3, val_from_small(bix));
    cr_valspan_set(c, at, keys_val(gk));
}

/* ---- instance attribute cache (LOAD_ATTR / STORE_ATTR) ---- */

int64_t vm_icache_index_other(cr_valspan c, size_t at, Type *t, DictKeys *k, Val name)
{
    uint64_t ixs = vm_icache_ixs(cr_valspan_get(c, at + 3));
    Val stamp = vm_epoch_val();
    bool current = cr_valspan_get(c, at + 2) == stamp;
    int64_t ix;
    if (current && (ixs >> VM_IC_EXT_BIT & 1) != 0) {
        Val tv = obj_val(t);
        if (cr_valspan_get(c, at + 4) == tv && (ix = vm_icache_probe(k, vm_icache_ix_at(ixs, 2), name)) >= 0) return ix;
        if (cr_valspan_get(c, at + 5) == tv && (ix = vm_icache_probe(k, vm_icache_ix_at(ixs, 3), name)) >= 0) return ix;
    }
    /* Another type: its instances may share a remembered layout. */
    unsigned nix = current && (ixs >> VM_IC_EXT_BIT & 1) != 0 ? 4 : 2;
    ix = -1;
    for (unsigned i = 0; i < nix && ix < 0; i++) ix = vm_icache_probe(k, vm_icache_ix_at(ixs, i), name);
    if (ix < 0) return -1;
    Val descr = vm_cached_type_lookup(t, name);
    if (descr == NULL && vm->cur_exc != NULL) return -2;
    if (descr != NULL && vm_typeof(descr)->descr_set != NULL) return -1;
    /* t has no data descriptor for name: remember (t, ix) in a free pair,
     * so that t's next visit is a direct hit. */
    if (current && (uint64_t)ix < VM_IC_NONE) {
        size_t slot = 0;
        unsigned which = 0;
        if (cr_valspan_get(c, at + 1) == NULL) slot = at + 1, which = 1;
        else if ((ixs >> VM_IC_EXT_BIT & 1) != 0 && cr_valspan_get(c, at + 4) == NULL) slot = at + 4, which = 2;
        else if ((ixs >> VM_IC_EXT_BIT & 1) != 0 && cr_valspan_get(c, at + 5) == NULL) slot = at + 5, which = 3;
        if (which != 0) {
            cr_valspan_set(c, slot, obj_val(t));
            ixs = (ixs & ~((uint64_t)VM_IC_NONE << (VM_IC_BITS * which))) | (uint64_t)ix << (VM_IC_BITS * which);
            cr_valspan_set(c, at + 3, val_from_small((int64_t)ixs));
        }
    }
    return ix;
}

/* After a lookup that found or stored name in d. */
void vm_icache_fill(cr_valspan c, size_t at, Type *t, Val d, Val name, bool ext)
{
    DictKeys *k = vm_dict_obj(d)->keys;
    if (k == NULL || k->nentries > 32) return; /* the scan is linear: small dicts only */
    Val descr = vm_cached_type_lookup(t, name);
    if (descr == NULL && vm_err_occurred()) {
        vm_err_clear();
        return;
    }
    if (descr != NULL && vm_typeof(descr)->descr_set != NULL) return;
    int64_t ix = entry_index(k, name);
    if (ix < 0 || ix >= VM_IC_NONE) return;
    Val stamp = vm_epoch_val(), tv = obj_val(t), a = cr_valspan_get(c, at);
    uint64_t ixs = vm_icache_ixs(cr_valspan_get(c, at + 3)), u = (uint64_t)ix;
    if (cr_valspan_get(c, at + 2) == stamp && a != NULL && (a != tv || vm_icache_ix_at(ixs, 0) != u)) {
        /* Keep A; the new pair goes to the first free one of B, C, D (C
         * and D when the site has the extension slots), else replaces B. */
        unsigned which = 1;
        if (cr_valspan_get(c, at + 1) != NULL && (ixs >> VM_IC_EXT_BIT & 1) != 0)
            which = cr_valspan_get(c, at + 4) == NULL ? 2 : cr_valspan_get(c, at + 5) == NULL ? 3 : 1;
        cr_valspan_set(c, which == 1 ? at + 1 : at + 2 + which, tv);
        ixs = (ixs & ~((uint64_t)VM_IC_NONE << (VM_IC_BITS * which))) | u << (VM_IC_BITS * which);
        cr_valspan_set(c, at + 3, val_from_small((int64_t)ixs));
        return;
    }
    uint64_t none = VM_IC_NONE;
    ixs = u | none << VM_IC_BITS | none << (2 * VM_IC_BITS) | none << (3 * VM_IC_BITS) |
          (uint64_t)(ext ? 1 : 0) << VM_IC_EXT_BIT;
    cr_valspan_set(c, at, tv);
    cr_valspan_set(c, at + 1, NULL);
    cr_valspan_set(c, at + 2, stamp);
    cr_valspan_set(c, at + 3, val_from_small((int64_t)ixs));
    if (ext) { /* pairs of an older stamp must not look current */
        cr_valspan_set(c, at + 4, NULL);
        cr_valspan_set(c, at + 5, NULL);
    }
}

/* ---- member sites (__slots__; layout in ceval_cache.h) ---- */

void vm_member_cache_fill(cr_valspan c, size_t at, Type *t, Val name)
{
    if (t->dict_offset != 0) return; /* the instance dict's cache owns such sites */
    Val stamp = vm_epoch_val();
    Val descr = vm_cached_type_lookup(t, name);
    size_t off;
    if (descr == NULL) {
        vm_err_clear(); /* a failed fill is only a miss */
        return;
    }
    if (!vm_member_descr_offset(descr, t, &off) || !cr_small_fits((int64_t)off)) return;
    uint64_t none = VM_IC_NONE;
    uint64_t ixs = none | none << VM_IC_BITS | none << (2 * VM_IC_BITS) | none << (3 * VM_IC_BITS);
    cr_valspan_set(c, at, obj_val(t));
    cr_valspan_set(c, at + 1, val_from_small((int64_t)off));
    cr_valspan_set(c, at + 2, stamp);
    cr_valspan_set(c, at + 3, val_from_small((int64_t)ixs));
}
