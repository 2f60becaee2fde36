/* Dicts, and helpers shared by the container files (list.c, tuple.c,
 * dict.c, set.c, range.c, slice.c, iterobject.c).
 *
 * The dict is CPython 3.11's compact dict: an indices table (open
 * addressing with perturbation probing) pointing into an entries array kept
 * in insertion order.  Both live in a DictKeys block that is replaced on
 * resize, so that a lookup which called out to Python code (__eq__) can tell
 * that the table changed under it and restart, as CPython does.
 *
 * Storage goes through the core's checked vectors only:
 *  - indices: a cr_vals of small ints (DKIX_EMPTY -1, DKIX_DUMMY -2, or an
 *    entry number);
 *  - entries: a cr_vals of DK_ENTRY_WIDTH Vals per entry: key, value, and
 *    the full 64-bit hash split into two small ints (high and low 32 bits).
 *    A deleted entry has key and value NULL.
 */
#ifndef PYCLAVE_VM_DICT_H
#define PYCLAVE_VM_DICT_H

#include "vm/object.h"

typedef struct DictKeys {
    uint8_t log2_size;  /* the indices table has 1 << log2_size slots */
    size_t usable;      /* entries that may still be appended */
    size_t nentries;    /* entries used so far (live or deleted) */
    cr_vals indices;    /* small ints */
    cr_vals entries;    /* DK_ENTRY_WIDTH Vals per entry */
    uint64_t hash_bits; /* bit (hash & 63) of every key ever stored here */
} DictKeys;

enum { DK_ENTRY_WIDTH = 4, DK_KEY = 0, DK_VALUE = 1, DK_HASH_HI = 2, DK_HASH_LO = 3 };

typedef struct {
    Obj base;
    size_t used;    /* live entries */
    DictKeys *keys; /* NULL: the shared empty table of CPython (usable 0) */
} DictObj;

static inline DictObj *vm_dict_obj(Val d) { return (DictObj *)(void *)val_obj(d); }

/* False when dict d certainly holds no key with this hash: a lookup that
 * would miss (a method name on an instance) costs two loads.  Bits are
 * never cleared on deletion, only dropped when a resize rebuilds the block. */
static inline bool vm_dict_may_hold_hash(Val d, int64_t hash)
{
    DictKeys *k = vm_dict_obj(d)->keys;
    return k != NULL && ((k->hash_bits >> ((uint64_t)hash & 63)) & 1) != 0;
}

/* Argument i of a built-in method (i < nargs checked by the caller first;
 * the core check is the safety net). */
static inline Val vm_arg(Val *args, size_t nargs, size_t i)
{
    cr_valspan a = {args, nargs};
    return cr_valspan_get(a, i);
}

/* A 64-bit hash kept as two small ints. */
static inline Val vm_hash_hi(int64_t h) { return val_from_small(h >> 32); }
static inline Val vm_hash_lo(int64_t h) { return val_from_small(h & 0xffffffffLL); }
static inline int64_t vm_hash_join(Val hi, Val lo)
{
    return (int64_t)(((uint64_t)val_small(hi) << 32) | (uint64_t)val_small(lo));
}

/* dict.c: iteration with the stored hash; lookups with a known hash. */
bool vm_dict_next_hash(Val d, size_t *pos, Val *key, Val *value, int64_t *hash);
int vm_dict_contains_hash(Val d, Val key, int64_t hash);
int vm_dict_contains(Val d, Val key);

/* A read-only mappingproxy of mapping (types.MappingProxyType(mapping)). */
extern Type vm_type_mappingproxy;
Val vm_mappingproxy_new(Val mapping);

/* set.c: the frozenset constant CPython's compiler makes for a set display
 * or `in {...}` of constants (items: a tuple in source order).  Built twice
 * like CPython (see set.c) so that `print({100, 5, 37})` shows CPython's
 * order once the display is compiled as BUILD_SET 0, LOAD_CONST it,
 * SET_UPDATE 1. */
Val vm_frozenset_const(Val items);

/* set.c: add with a known hash (s a set or frozenset under construction). */
int vm_set_add_hash(Val s, Val key, int64_t hash);
/* set.update(iterable) */
int vm_set_update(Val s, Val iterable);
size_t vm_set_len(Val s);

/* list.c: repr recursion guard (CPython's Py_ReprEnter/Leave): 0 entered,
 * 1 already being repr'd (print "..."), -1 error. */
int vm_repr_enter(Val o);
void vm_repr_leave(Val o);

/* v supports __index__ (ints, bools, classes defining __index__). */
bool vm_has_index(Val v);
/* str, bytes, bytearray, tuple, list (and subclasses): has a sequence repeat. */
bool vm_is_repeatable(Val v);
/* TypeError for left * right with a non-int count (CPython's message). */
Val vm_repeat_type_error(Val left, Val right);
/* tp_iter of iterators: iter(it) is it. */
Val vm_self_iter(Val self);
/* tp_new of the types Python code cannot instantiate (views, iterators). */
Val vm_new_not_allowed(Type *type, Val *args, size_t nargs, Val kwnames);
/* False with CPython's "NAME() takes no keyword arguments" if there are any. */
bool vm_no_keywords(const char *name, Val kwnames);
/* Argument count check of an Argument Clinic method with positional-only
 * parameters: keywords are refused as "list.pop() takes no keyword
 * arguments", counts as "pop expected at most 1 argument, got 2". */
bool vm_check_args_clinic(const char *qualname, const char *name, size_t nargs, Val kwnames, size_t min, size_t max);
/* The result of comparing two lengths with op (VM_LT...). */
Val vm_compare_sizes(size_t a, size_t b, int op);
/* dict.c: raise KeyError(key) (the key wrapped in a tuple, as CPython). */
Val vm_key_error(Val key);
/* operator.index(v) as an exact int (CPython 3.10+'s PyNumber_Index). */
Val vm_index_exact(Val v);
/* repr(v) appended to a byte buffer; false with an exception set. */
bool vm_buf_repr(cr_buf *b, Val v);
/* The finished buffer as a str; NULL + MemoryError if an append failed. */
Val vm_buf_to_str(cr_buf *b);

/* tuple.c: index(value, start, stop) of a list or tuple (name for argument
 * errors, msg for the tuple's "not found" ValueError). */
Val vm_seq_index(Val self, Val *args, size_t nargs, Val kwnames, const char *name, const char *msg);
/* slice.c: start, stop, step of slice for an int length of any size
 * (CPython's _PySlice_GetLongIndices); false with an exception set. */
bool vm_slice_long_indices(Val slice, Val length, Val *start, Val *stop, Val *step);

/* tuple.c: an uninitialised (None-filled) tuple of type t (tuple subclass). */
Val vm_tuple_alloc_type(Type *t, size_t n);

/* Types internal to the container files (registered by vm_containers_init). */
extern Type vm_type_tuple_iter, vm_type_list_iter, vm_type_list_reviter,
    vm_type_dict_keys, vm_type_dict_values, vm_type_dict_items,
    vm_type_dict_keyiter, vm_type_dict_valueiter, vm_type_dict_itemiter,
    vm_type_dict_revkeyiter, vm_type_dict_revvalueiter, vm_type_dict_revitemiter,
    vm_type_set_iter, vm_type_range_iter, vm_type_longrange_iter;

void vm_tuple_types_ready(void);
void vm_list_types_ready(void);
void vm_dict_types_ready(void);
void vm_set_types_ready(void);
void vm_range_types_ready(void);
void vm_slice_types_ready(void);
void vm_iter_types_ready(void);

#endif
