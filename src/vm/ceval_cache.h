/* The interpreter's lookup caches (ceval_cache.c), shared by the loop
 * (ceval_loop.c) only: the type attribute cache, the LOAD_GLOBAL inline
 * cache and the instance attribute cache of LOAD_ATTR / STORE_ATTR.  The
 * checks run on every execution of those instructions, so they are inline
 * here; filling and the slower lookups are in ceval_cache.c.
 *
 * LOAD_GLOBAL inline cache: four Vals per instruction unit (f->gcache,
 * shared by the frames of one function object):
 *   [0] the globals dict's DictKeys block when the entry was cached,
 *   [1] small int: the entry index in globals (>= 0), or, when the name was
 *       found in builtins, -1 - (number of entries globals had then),
 *   [2] the builtins dict's DictKeys block, [3] small int: its entry index.
 * A hit re-checks that the blocks are the same and that the cached entry
 * still holds the very same key object; the value is then read from that
 * entry, so value updates are seen.  A builtins hit also needs globals not
 * to have grown (entries are only ever appended; clearing or resizing
 * replaces the block), so the name cannot have been added to globals.
 *
 * Extension slots: the four slots of the next instruction unit are free
 * when that unit is no LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD
 * (an EXTENDED_ARG prefix's slots are never used: an instruction uses the
 * slots of its last unit).  The loop decides this when it fills a site (it
 * knows the code) and the site records the decision (VM_IC_EXT), so a
 * polymorphic site may remember more types.  Every slot access is checked
 * like any other.
 *
 * Instance attribute cache: in the instruction's four slots of f->gcache
 * (unused by LOAD_GLOBAL there), (type, entry index) pairs: [0] type A,
 * [1] type B (or NULL; B may be A again with another layout), [2] small
 * int: vm_type_epoch when filled, [3] small int: the entry indices of the
 * name in the instance dict, 15 bits each (A bits 0-14, B 15-29, C 30-44,
 * D 45-59; 0x7fff: none), bit 60 VM_IC_EXT_BIT: types C and D are in the
 * extension slots [4] and [5].
 * A pair is filled only when its type had no data descriptor for the name;
 * vm_type_epoch changes with every namespace or MRO change of any type
 * (type.h), so while it is unchanged the instance dict decides for both
 * types.  A hit needs the instance's dict (an exact dict) to hold that very
 * key object at that entry: instances initialised alike share entry
 * indices.  Any other type whose dict holds the name at A's or B's index is
 * accepted after the type attribute cache shows it has no data descriptor
 * for the name (vm_icache_index_other).
 *
 * LOAD_METHOD cache, in the same four slots: [0] type A, [1] vm_type_epoch
 * when filled (small int), [2] the method-like attribute vm_load_method
 * found on A, [3] VM_IC_EXT when the extension slots hold (type, method)
 * pairs B [4] [5] and C [6] [7].  A hit also needs the instance not to
 * shadow the name: no instance
 * dict, or an exact dict that does not hold the name (its hash bits rule
 * it out, or vm_dict_str_probe finds no key with its hash). */
#ifndef PYCLAVE_VM_CEVAL_CACHE_H
#define PYCLAVE_VM_CEVAL_CACHE_H

#include "vm/ceval_internal.h"
#include "vm/dict.h"
#include "vm/str.h"
#include "vm/type.h"

/* ---- out of line (ceval_cache.c) ---- */
/* The type attribute cache's filling half (see vm_cached_type_lookup). */
Val vm_cached_type_lookup_miss(Type *t, Val name);
/* LOAD_ATTR / STORE_ATTR for types using the generic attribute machinery
 * (vm_generic_getattr / vm_generic_setattr's steps with the cached type
 * lookup).  getattr: NULL with no exception when not found here; setattr:
 * 0 done, -1 error, 1 not handled (the caller takes the slow path). */
Val vm_fast_getattr(Val o, Val name);
int vm_fast_setattr(Val o, Val name, Val value);
/* LOAD_METHOD: 1 with *meth the unbound method (call with obj prepended),
 * 0 with *meth the attribute value, -1 on error. */
int vm_load_method(Val obj, Val name, Val *meth);
/* Give f its inline cache (the function's, or a new one): -1 on error. */
int vm_gcache_alloc(FrameObj *f);
/* Record where name was found (globals or builtins) for LOAD_GLOBAL at c[at]. */
void vm_gcache_fill(cr_valspan c, size_t at, Val globals, Val builtins, Val name);
/* Remember where name sits in instance dict d for instances of t (ext:
 * the extension slots are free for this site). */
void vm_icache_fill(cr_valspan c, size_t at, Type *t, Val d, Val name, bool ext);

/* ---- inline checks ---- */

/* Changes whenever the type (or any type: vm_type_epoch) may have changed. */
static inline uint64_t vm_mro_version(Type *t)
{
    uint64_t m = t->mro != NULL ? (uint64_t)(uintptr_t)val_obj(t->mro) : 0;
    return (vm_type_epoch * 0x9e3779b97f4a7c15u) ^ m ^ t->version;
}

static inline Val vm_type_ver_val(Type *t)
{
    return val_from_small((int64_t)(vm_mro_version(t) & (uint64_t)CR_SMALL_MAX));
}

/* The type attribute cache (ceval_cache.c): VM_MC_WIDTH Vals per slot
 * (type, its version, name, the lookup's result), empty until first used. */
enum { VM_MC_BITS = 12, VM_MC_SIZE = 1 << VM_MC_BITS, VM_MC_WIDTH = 4 };
extern cr_valspan vm_mcache;

static inline size_t vm_mc_slot(Type *t, Val name)
{
    /* Multiplicative mixing: heap addresses share their low bits, and a
     * plain xor made hot (type, name) pairs collide depending on layout. */
    uint64_t h = (uint64_t)(uintptr_t)t * 0x9e3779b97f4a7c15u ^ (uint64_t)(uintptr_t)name * 0xc2b2ae3d27d4eb4fu;
    return (size_t)(h >> (64 - VM_MC_BITS)) * VM_MC_WIDTH;
}

/* vm_type_lookup through the type attribute cache (NULL: absent, or an
 * error if one is set).  The hit is inline: polymorphic attribute and
 * method sites check the type through it on every execution. */
static inline Val vm_cached_type_lookup(Type *t, Val name)
{
    size_t at = vm_mc_slot(t, name);
    if (at + 3 < vm_mcache.len && cr_valspan_get(vm_mcache, at) == obj_val(t) &&
        cr_valspan_get(vm_mcache, at + 2) == name && cr_valspan_get(vm_mcache, at + 1) == vm_type_ver_val(t))
        return cr_valspan_get(vm_mcache, at + 3);
    return vm_cached_type_lookup_miss(t, name);
}

/* A new frame of a function takes the function's cache at entry (the
 * LOAD_GLOBAL path would otherwise call vm_gcache_alloc for each call). */
static inline void vm_gcache_take(FrameObj *f)
{
    if (f->gcache.len != 0 || f->func == NULL) return;
    FuncObj *fn = vm_func_obj(f->func);
    size_t n;
    if (fn->code == f->code && cr_mul_ok(f->code->ncode, 4, &n) && fn->gcache.len == n) f->gcache = fn->gcache;
}

/* The value of entry ix of k if it still holds key (by identity). */
__attribute__((always_inline)) static inline Val vm_cache_entry_if(DictKeys *k, int64_t ix, Val key)
{
    size_t base = (size_t)ix * DK_ENTRY_WIDTH;
    if (ix < 0 || base + DK_VALUE >= k->entries.len) return NULL;
    if (cr_vals_get(&k->entries, base + DK_KEY) != key) return NULL;
    return cr_vals_get(&k->entries, base + DK_VALUE);
}

/* LOAD_GLOBAL: the cached value of name, or NULL on a miss. */
__attribute__((always_inline)) static inline Val vm_gcache_lookup(cr_valspan c, size_t at, Val globals, Val builtins, Val name)
{
    DictKeys *gk = vm_dict_obj(globals)->keys;
    Val ck = cr_valspan_get(c, at);
    if (ck == NULL || gk == NULL || ck != obj_val(gk)) return NULL;
    int64_t ix = val_small(cr_valspan_get(c, at + 1));
    if (ix >= 0) return vm_cache_entry_if(gk, ix, name);
    if ((int64_t)gk->nentries != -1 - ix) return NULL;
    DictKeys *bk = vm_dict_obj(builtins)->keys;
    if (bk == NULL || cr_valspan_get(c, at + 2) != obj_val(bk)) return NULL;
    return vm_cache_entry_if(bk, val_small(cr_valspan_get(c, at + 3)), name);
}

/* The instance dict of o if it is an exact dict, else NULL. */
static inline Val vm_exact_inst_dict(Val o, Type *t)
{
    if (t->dict_offset == 0) return NULL;
    Val d = vm_obj_dict(o, false);
    return d != NULL && !val_is_small(d) && val_obj(d)->type == &vm_type_dict ? d : NULL;
}

/* ix (a remembered entry index, 0xffff: none) if entry ix of k holds that
 * very key, else -1. */
__attribute__((always_inline)) static inline int64_t vm_icache_probe(DictKeys *k, uint64_t ix, Val name)
{
    if (ix >= k->nentries) return -1;
    size_t base = (size_t)ix * DK_ENTRY_WIDTH;
    if (base + DK_VALUE >= k->entries.len || cr_vals_get(&k->entries, base + DK_KEY) != name) return -1;
    return (int64_t)ix;
}

/* The stamp of the instance attribute cache: vm_type_epoch as a small int. */
static inline Val vm_epoch_val(void)
{
    return val_from_small((int64_t)(vm_type_epoch & (uint64_t)CR_SMALL_MAX));
}

/* The remembered entry indices of an instance attribute site ([3]). */
enum { VM_IC_BITS = 15, VM_IC_NONE = 0x7fff, VM_IC_EXT_BIT = 60 };
static inline uint64_t vm_icache_ixs(Val v) { return v != NULL && val_is_small(v) ? (uint64_t)val_small(v) : ~(uint64_t)0; }
static inline uint64_t vm_icache_ix_at(uint64_t ixs, unsigned which) { return (ixs >> (VM_IC_BITS * which)) & VM_IC_NONE; }
/* LOAD_METHOD's [3]: the extension slots belong to this site. */
#define VM_IC_EXT val_from_small(1)

/* vm_icache_index's slower half (ceval_cache.c): types C and D, then any
 * other type, checked through the type attribute cache. */
int64_t vm_icache_index_other(cr_valspan c, size_t at, Type *t, DictKeys *k, Val name);

/* The cached entry index for (t, d, name), or -1 on a miss.  The entry
 * must hold that very key in d.  -2: error. */
__attribute__((always_inline)) static inline int64_t vm_icache_index(cr_valspan c, size_t at, Type *t, Val d, Val name)
{
    DictKeys *k = vm_dict_obj(d)->keys;
    if (k == NULL) return -1;
    if (cr_valspan_get(c, at + 2) == vm_epoch_val()) {
        Val tv = obj_val(t);
        uint64_t ixs = vm_icache_ixs(cr_valspan_get(c, at + 3));
        int64_t ix;
        if (cr_valspan_get(c, at) == tv && (ix = vm_icache_probe(k, vm_icache_ix_at(ixs, 0), name)) >= 0) return ix;
        if (cr_valspan_get(c, at + 1) == tv && (ix = vm_icache_probe(k, vm_icache_ix_at(ixs, 1), name)) >= 0)
            return ix;
    }
    return vm_icache_index_other(c, at, t, k, name);
}

/* Whether the keys k of an exact dict hold the exact str name (whose hash
 * is hash): the entry index, -1 absent, -2 undecided (an entry with the
 * same hash holds another key object: only a full comparison can tell).
 * Follows the probe sequence of dict.c's dict_lookup (open addressing with
 * perturbation, PERTURB_SHIFT 5: keep the two in step) through the checked
 * vectors; a table without an empty slot on the path (never made by dict.c)
 * ends in "undecided" after a bounded number of probes. */
static inline int64_t vm_dict_str_probe(DictKeys *k, Val name, int64_t hash)
{
    if (k == NULL || k->indices.len == 0) return -1;
    size_t mask = k->indices.len - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (size_t guard = 0; guard <= k->indices.len + 64; guard++) {
        int64_t ix = val_small(cr_vals_get(&k->indices, i));
        if (ix == -1) return -1; /* DKIX_EMPTY */
        if (ix >= 0) {
            size_t base = (size_t)ix * DK_ENTRY_WIDTH;
            if (cr_vals_get(&k->entries, base + DK_KEY) == name) return ix;
            if (vm_hash_join(cr_vals_get(&k->entries, base + DK_HASH_HI), cr_vals_get(&k->entries, base + DK_HASH_LO)) ==
                hash)
                return -2;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return -2;
}

/* Instance dict lookup of an attribute name: the value, or NULL (absent, or
 * an error if one is set).  Exact dicts and interned-like exact str names
 * (hash known) take vm_dict_str_probe; anything else vm_dict_get. */
static inline Val vm_inst_dict_get(Val d, Val name)
{
    if (val_obj(d)->type == &vm_type_dict && val_obj(name)->type == &vm_type_str) {
        int64_t h = vm_str_obj(name)->hash;
        DictKeys *k = vm_dict_obj(d)->keys;
        if (h != -1) {
            if (k == NULL || !vm_dict_may_hold_hash(d, h)) return NULL;
            int64_t ix = vm_dict_str_probe(k, name, h);
            if (ix == -1) return NULL;
            if (ix >= 0) return cr_vals_get(&k->entries, (size_t)ix * DK_ENTRY_WIDTH + DK_VALUE);
        }
    }
    return vm_dict_get(d, name);
}

/* Member sites (__slots__): LOAD_ATTR / STORE_ATTR of a name that is a
 * member descriptor of a type whose instances have no __dict__ use the
 * site's four slots as [0] the type, [1] small int: the field's offset,
 * [2] the vm_type_epoch stamp, [3] the entry indices "none" (so that the
 * dict cache's probes for other types find nothing there).  [1] holds a
 * type or NULL in the dict cache's layout, never a small int.  While the
 * epoch is unchanged the type still finds that member descriptor first,
 * and vm_member_descr_offset checked it applies to the type.  The field
 * offset, or 0 on a miss (no offset is 0: the type word is there). */
__attribute__((always_inline)) static inline size_t vm_member_cache_offset(cr_valspan c, size_t at, Type *t)
{
    if (cr_valspan_get(c, at) != obj_val(t) || cr_valspan_get(c, at + 2) != vm_epoch_val()) return 0;
    Val off = cr_valspan_get(c, at + 1);
    return off != NULL && val_is_small(off) ? (size_t)val_small(off) : 0;
}
/* After a lookup of name on an instance of t without an instance dict. */
void vm_member_cache_fill(cr_valspan c, size_t at, Type *t, Val name);

/* LOAD_METHOD: the cached unbound method for obj of type t, or NULL. */
__attribute__((always_inline)) static inline Val vm_mcache_method(cr_valspan c, size_t at, Val obj, Type *t, Val name)
{
    if (cr_valspan_get(c, at + 1) != vm_epoch_val()) return NULL;
    Val tv = obj_val(t), meth;
    if (cr_valspan_get(c, at) == tv) meth = cr_valspan_get(c, at + 2);
    else if (cr_valspan_get(c, at + 3) != VM_IC_EXT) return NULL;
    else if (cr_valspan_get(c, at + 4) == tv) meth = cr_valspan_get(c, at + 5);
    else if (cr_valspan_get(c, at + 6) == tv) meth = cr_valspan_get(c, at + 7);
    else return NULL;
    if (t->dict_offset != 0) {
        Val d = vm_obj_dict(obj, false);
        if (d != NULL) {
            if (val_obj(d)->type != &vm_type_dict || val_obj(name)->type != &vm_type_str) return NULL;
            int64_t h = vm_str_obj(name)->hash;
            if (h == -1) return NULL;
            if (vm_dict_may_hold_hash(d, h) && vm_dict_str_probe(vm_dict_obj(d)->keys, name, h) != -1) return NULL;
        }
    }
    return meth;
}

/* After vm_load_method found meth on t (stamp: vm_epoch_val() before the
 * lookup; ext: the extension slots are free for this site). */
static inline void vm_mcache_fill(cr_valspan c, size_t at, Type *t, Val stamp, Val meth, bool ext)
{
    if (vm_epoch_val() != stamp) return;
    Val tv = obj_val(t), a = cr_valspan_get(c, at);
    if (ext && a != NULL && a != tv && cr_valspan_get(c, at + 1) == stamp && cr_valspan_get(c, at + 3) == VM_IC_EXT) {
        /* Keep A; the newest other type becomes B, B becomes C. */
        cr_valspan_set(c, at + 6, cr_valspan_get(c, at + 4));
        cr_valspan_set(c, at + 7, cr_valspan_get(c, at + 5));
        cr_valspan_set(c, at + 4, tv);
        cr_valspan_set(c, at + 5, meth);
        return;
    }
    cr_valspan_set(c, at, tv);
    cr_valspan_set(c, at + 1, stamp);
    cr_valspan_set(c, at + 2, meth);
    cr_valspan_set(c, at + 3, ext ? VM_IC_EXT : NULL);
    if (ext) /* pairs of an older stamp must not look current */
        for (size_t i = 4; i < 8; i++) cr_valspan_set(c, at + i, NULL);
}

#endif
