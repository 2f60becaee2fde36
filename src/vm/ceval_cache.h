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
 * Instance attribute cache: in the instruction's four slots of f->gcache
 * (unused by LOAD_GLOBAL there): [0] the type, [1] the type cache version
 * (mro_version) when filled, [2] small int: the entry index of the name in
 * the instance dict, [3] the index of the previous fill (two layouts, as
 * in a site reached by instances of two classes).  Filled only when the
 * type had no data descriptor for the name, so while the version is
 * unchanged the instance dict decides.  A
 * hit needs the instance's dict (an exact dict) to hold that very key object
 * at that entry: instances initialised alike share entry indices.
 *
 * LOAD_METHOD cache, in the same four slots: [0] the type, [1] its version
 * when filled, [2] the method-like attribute vm_load_method found on the
 * type.  A hit also needs the instance not to shadow the name: no instance
 * dict, or an exact dict whose hash bits rule the name out. */
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
/* Remember where name sits in instance dict d for instances of t. */
void vm_icache_fill(cr_valspan c, size_t at, Type *t, Val d, Val name);

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
static inline Val vm_cache_entry_if(DictKeys *k, int64_t ix, Val key)
{
    size_t base = (size_t)ix * DK_ENTRY_WIDTH;
    if (ix < 0 || base + DK_VALUE >= k->entries.len) return NULL;
    if (cr_vals_get(&k->entries, base + DK_KEY) != key) return NULL;
    return cr_vals_get(&k->entries, base + DK_VALUE);
}

/* LOAD_GLOBAL: the cached value of name, or NULL on a miss. */
static inline Val vm_gcache_lookup(cr_valspan c, size_t at, Val globals, Val builtins, Val name)
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

/* ixv (a remembered entry index) if entry ixv of k holds that very key,
 * else -1. */
static inline int64_t vm_icache_probe(DictKeys *k, Val ixv, Val name)
{
    if (ixv == NULL || !val_is_small(ixv)) return -1;
    int64_t ix = val_small(ixv);
    if (ix < 0 || (uint64_t)ix >= k->nentries) return -1;
    size_t base = (size_t)ix * DK_ENTRY_WIDTH;
    if (base + DK_VALUE >= k->entries.len || cr_vals_get(&k->entries, base + DK_KEY) != name) return -1;
    return ix;
}

/* vm_icache_index's slower half (ceval_cache.c): the other remembered
 * layout, or another type (checked through the type attribute cache). */
int64_t vm_icache_index_other(cr_valspan c, size_t at, Type *t, DictKeys *k, Val name);

/* The cached entry index for (t, d, name), or -1 on a miss.  The entry
 * must hold that very key in d.  When the site was filled for another type
 * (a polymorphic site: subclasses initialised alike share the layout), t
 * must have no data descriptor for name, which the type attribute cache
 * tells: then the instance dict decides as well.  -2: error. */
static inline int64_t vm_icache_index(cr_valspan c, size_t at, Type *t, Val d, Val name)
{
    DictKeys *k = vm_dict_obj(d)->keys;
    if (k == NULL) return -1;
    if (cr_valspan_get(c, at) == obj_val(t) && cr_valspan_get(c, at + 1) == vm_type_ver_val(t)) {
        int64_t ix = vm_icache_probe(k, cr_valspan_get(c, at + 2), name);
        if (ix >= 0) return ix;
    }
    return vm_icache_index_other(c, at, t, k, name);
}

/* LOAD_METHOD: the cached unbound method for obj of type t, or NULL. */
static inline Val vm_mcache_method(cr_valspan c, size_t at, Val obj, Type *t, Val name)
{
    if (cr_valspan_get(c, at) != obj_val(t) || cr_valspan_get(c, at + 1) != vm_type_ver_val(t)) return NULL;
    if (t->dict_offset != 0) {
        Val d = vm_obj_dict(obj, false);
        if (d != NULL) {
            if (val_obj(d)->type != &vm_type_dict || val_obj(name)->type != &vm_type_str) return NULL;
            int64_t h = vm_str_obj(name)->hash;
            if (h == -1 || vm_dict_may_hold_hash(d, h)) return NULL;
        }
    }
    return cr_valspan_get(c, at + 2);
}

/* After vm_load_method found meth on t (ver: t's version before the lookup). */
static inline void vm_mcache_fill(cr_valspan c, size_t at, Type *t, Val ver, Val meth)
{
    if (vm_type_ver_val(t) != ver) return;
    cr_valspan_set(c, at, obj_val(t));
    cr_valspan_set(c, at + 1, ver);
    cr_valspan_set(c, at + 2, meth);
}

#endif
