/* Sets and frozensets: CPython 3.11's set algorithm (linear probing of 9
 * slots then perturbation, fill/used accounting, dummy entries, the same
 * resize rules), so that iteration order matches CPython's.
 *
 * The table is a cr_vals of SLOT_WIDTH Vals per slot: the key (NULL when
 * unused, the dummy object when deleted) and the 64-bit hash as two small
 * ints (NULL for an unused slot: hash 0).  A comparison that calls Python
 * code may change the set: as in CPython the probe restarts when the table
 * or the slot's key changed meanwhile.
 */
#include "vm/dict.h"

enum { SET_MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5, SLOT_WIDTH = 3 };

typedef struct {
    Obj base;
    size_t fill;    /* active + dummy slots */
    size_t used;    /* active slots */
    size_t mask;    /* table size - 1 */
    cr_vals table;
    int64_t hash;   /* frozenset hash cache, -1 unknown */
    size_t finger;  /* pop() search start */
} SetObj;

static Obj dummy_obj = {&vm_type_object};
#define DUMMY obj_val(&dummy_obj)

static SetObj *so_of(Val s) { return (SetObj *)(void *)val_obj(s); }

/* ---- slot access ---- */

static Val skey(const cr_vals *t, size_t i) { return cr_vals_get(t, i * SLOT_WIDTH); }
static int64_t shash(const cr_vals *t, size_t i)
{
    Val hi = cr_vals_get(t, i * SLOT_WIDTH + 1);
    if (hi == NULL) return 0;
    return vm_hash_join(hi, cr_vals_get(t, i * SLOT_WIDTH + 2));
}
static void sset(cr_vals *t, size_t i, Val key, int64_t hash)
{
    cr_vals_set(t, i * SLOT_WIDTH, key);
    cr_vals_set(t, i * SLOT_WIDTH + 1, vm_hash_hi(hash));
    cr_vals_set(t, i * SLOT_WIDTH + 2, vm_hash_lo(hash));
}

static bool new_table(cr_vals *t, size_t size)
{
    size_t n;
    cr_vals_init(t);
    if (!cr_mul_ok(size, SLOT_WIDTH, &n) || size > ((size_t)1 << 56)) return false;
    return cr_vals_resize(t, n, NULL);
}

static bool is_exact_str(Val v) { return vm_is_type(v, &vm_type_str); }

/* ---- probing ---- */

/* Slot of key, or of the empty slot ending its probe path; -1 on error. */
static int64_t set_lookkey(SetObj *so, Val key, int64_t hash)
{
restart:;
    cr_vals *table = &so->table;
    Val *items = table->items; /* identity of the current storage */
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        size_t j = i;
        do {
            Val k = skey(table, j);
            int64_t h = shash(table, j);
            if (h == 0 && k == NULL) return (int64_t)j;
            if (h == hash) {
                if (k == key) return (int64_t)j;
                if (is_exact_str(k) && is_exact_str(key) && vm_str_eq(k, key)) return (int64_t)j;
                int cmp = vm_eq(k, key);
                if (cmp < 0) return -1;
                if (table->items != items || so->mask != mask || skey(table, j) != k) goto restart;
                if (cmp > 0) return (int64_t)j;
                mask = so->mask;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(cr_vals *table, size_t mask, Val key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        if (skey(table, i) == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 1; j <= LINEAR_PROBES; j++) {
                if (skey(table, i + j) == NULL) {
                    i += j;
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    sset(table, i, key, hash);
}

static int table_resize(SetObj *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize >= ((size_t)1 << 56)) return vm_err_nomem(), -1;
        newsize <<= 1;
    }
    /* CPython keeps a small table that has no dummies untouched. */
    if (newsize == SET_MINSIZE && so->mask == SET_MINSIZE - 1 && so->fill == so->used) return 0;
    cr_vals old = so->table, fresh;
    size_t oldmask = so->mask;
    if (!new_table(&fresh, newsize)) return vm_err_nomem(), -1;
    so->table = fresh;
    so->mask = newsize - 1;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++) {
        Val k = skey(&old, i);
        if (k != NULL && k != DUMMY) insert_clean(&so->table, so->mask, k, shash(&old, i));
    }
    return 0;
}

static int add_entry(SetObj *so, Val key, int64_t hash)
{
restart:;
    cr_vals *table = &so->table;
    Val *items = table->items;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    int64_t freeslot = -1;
    size_t j;
    for (;;) {
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        j = i;
        do {
            Val k = skey(table, j);
            int64_t h = shash(table, j);
            if (h == 0 && k == NULL) goto found_unused_or_dummy;
            if (h == hash) {
                if (k == key) return 0;
                if (is_exact_str(k) && is_exact_str(key) && vm_str_eq(k, key)) return 0;
                int cmp = vm_eq(k, key);
                if (cmp > 0) return 0;
                if (cmp < 0) return -1;
                if (table->items != items || so->mask != mask || skey(table, j) != k) goto restart;
                mask = so->mask;
            } else if (h == -1) {
                freeslot = (int64_t)j;
            }
            j++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        so->used++;
        sset(table, (size_t)freeslot, key, hash);
        return 0;
    }
    so->fill++;
    so->used++;
    sset(table, j, key, hash);
    if (so->fill * 5 < mask * 3) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int add_key(SetObj *so, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    return add_entry(so, key, h);
}

static int contains_entry(SetObj *so, Val key, int64_t hash)
{
    int64_t j = set_lookkey(so, key, hash);
    if (j < 0) return -1;
    return skey(&so->table, (size_t)j) != NULL;
}

static int contains_key(SetObj *so, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    return contains_entry(so, key, h);
}

static int discard_entry(SetObj *so, Val key, int64_t hash)
{
    int64_t j = set_lookkey(so, key, hash);
    if (j < 0) return -1;
    if (skey(&so->table, (size_t)j) == NULL) return 0;
    sset(&so->table, (size_t)j, DUMMY, -1);
    so->used--;
    return 1;
}

static int discard_key(SetObj *so, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    return discard_entry(so, key, h);
}

/* Next active slot at or after *pos. */
static bool set_next(SetObj *so, size_t *pos, Val *key, int64_t *hash)
{
    for (size_t i = *pos; i <= so->mask; i++) {
        Val k = skey(&so->table, i);
        if (k != NULL && k != DUMMY) {
            *pos = i + 1;
            *key = k;
            if (hash) *hash = shash(&so->table, i);
            return true;
        }
    }
    *pos = so->mask + 1;
    return false;
}

static int clear_internal(SetObj *so)
{
    cr_vals fresh;
    if (!new_table(&fresh, SET_MINSIZE)) return vm_err_nomem(), -1;
    so->table = fresh;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    return 0;
}

/* ---- construction ---- */

static bool is_set_type(Type *t) { return t == &vm_type_set || vm_is_subtype(t, &vm_type_set); }

static int set_update_internal(SetObj *so, Val other);

static Val make_new_set(Type *type, Val iterable)
{
    Val v = (type == &vm_type_set || type == &vm_type_frozenset)
                ? obj_val(vm_alloc_obj(type, sizeof(SetObj), CR_SCAN))
                : vm_alloc_instance(type);
    if (v == NULL) return NULL;
    SetObj *so = so_of(v);
    if (!new_table(&so->table, SET_MINSIZE)) return vm_err_nomem();
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) return NULL;
    return v;
}

static Val make_new_set_basetype(Type *type, Val iterable)
{
    if (type != &vm_type_set && type != &vm_type_frozenset)
        type = is_set_type(type) ? &vm_type_set : &vm_type_frozenset;
    return make_new_set(type, iterable);
}

Val vm_set_new(void) { return make_new_set(&vm_type_set, NULL); }

Val vm_frozenset_new(Val iterable)
{
    if (iterable != NULL && vm_is_type(iterable, &vm_type_frozenset)) return iterable;
    return make_new_set(&vm_type_frozenset, iterable);
}

Val vm_frozenset_const(Val items)
{
    /* CPython's compiler folds {a, b, c} (constants) into frozenset(items)
     * and then, when merging the constant, rebuilds it from its own
     * iteration order (merge_consts_recursive): the set display's order
     * comes from that second table. */
    Val first = make_new_set(&vm_type_frozenset, items);
    if (first == NULL || so_of(first)->used == 0) return first;
    Val order = vm_sequence_tuple(first);
    return order == NULL ? NULL : make_new_set(&vm_type_frozenset, order);
}

int vm_set_add(Val s, Val key) { return add_key(so_of(s), key); }
int vm_set_add_hash(Val s, Val key, int64_t hash) { return add_entry(so_of(s), key, hash); }
size_t vm_set_len(Val s) { return so_of(s)->used; }

bool vm_set_next(Val s, size_t *pos, Val *key) { return set_next(so_of(s), pos, key, NULL); }

/* ---- bulk operations ---- */

static int set_merge(SetObj *so, SetObj *other)
{
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        if (table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        cr_vals copy;
        if (!cr_vals_clone(&copy, &other->table)) return vm_err_nomem(), -1;
        so->table = copy;
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            Val k = skey(&other->table, i);
            if (k != NULL && k != DUMMY) insert_clean(&so->table, so->mask, k, shash(&other->table, i));
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        Val k = skey(&other->table, i);
        if (k != NULL && k != DUMMY && add_entry(so, k, shash(&other->table, i)) < 0) return -1;
    }
    return 0;
}

static int set_update_internal(SetObj *so, Val other)
{
    if (vm_is_anyset(other)) return set_merge(so, so_of(other));
    if (vm_is_type(other, &vm_type_dict)) {
        size_t n = vm_dict_len(other);
        if ((so->fill + n) * 5 >= so->mask * 3)
            if (table_resize(so, (so->used + n) * 2) < 0) return -1;
        size_t pos = 0;
        Val key;
        int64_t h;
        while (vm_dict_next_hash(other, &pos, &key, NULL, &h))
            if (add_entry(so, key, h) < 0) return -1;
        return 0;
    }
    Val it = vm_iter(other);
    if (it == NULL) return -1;
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? -1 : 0;
        if (add_key(so, key) < 0) return -1;
    }
}

int vm_set_update(Val s, Val iterable) { return set_update_internal(so_of(s), iterable); }

static Val set_copy_val(Val s) { return make_new_set_basetype(vm_typeof(s), s); }

static Val set_intersection(Val s, Val other)
{
    if (s == other) return set_copy_val(s);
    Val result = make_new_set_basetype(vm_typeof(s), NULL);
    if (result == NULL) return NULL;
    if (vm_is_anyset(other)) {
        Val a = s, b = other;
        if (so_of(b)->used > so_of(a)->used) {
            a = other;
            b = s;
        }
        size_t pos = 0;
        Val key;
        int64_t h;
        while (set_next(so_of(b), &pos, &key, &h)) {
            int rv = contains_entry(so_of(a), key, h);
            if (rv < 0) return NULL;
            if (rv && add_entry(so_of(result), key, h) < 0) return NULL;
        }
        return result;
    }
    Val it = vm_iter(other);
    if (it == NULL) return NULL;
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? NULL : result;
        int64_t h = vm_hash(key);
        if (h == -1) return NULL;
        int rv = contains_entry(so_of(s), key, h);
        if (rv < 0) return NULL;
        if (rv && add_entry(so_of(result), key, h) < 0) return NULL;
    }
}

/* Exchange the contents of a and b (set_swap_bodies). */
static void swap_bodies(SetObj *a, SetObj *b)
{
    SetObj t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    if (vm_isinstance_t(VAL(a), &vm_type_frozenset) && vm_isinstance_t(VAL(b), &vm_type_frozenset)) {
        a->hash = b->hash;
        b->hash = t.hash;
    } else {
        a->hash = b->hash = -1;
    }
}

static int difference_update_internal(SetObj *so, Val other)
{
    if (VAL(so) == other) return clear_internal(so);
    if (vm_is_anyset(other)) {
        if ((so_of(other)->used >> 3) > so->used) {
            other = set_intersection(VAL(so), other);
            if (other == NULL) return -1;
        }
        size_t pos = 0;
        Val key;
        int64_t h;
        while (set_next(so_of(other), &pos, &key, &h))
            if (discard_entry(so, key, h) < 0) return -1;
    } else {
        Val it = vm_iter(other);
        if (it == NULL) return -1;
        for (;;) {
            Val key = vm_next(it);
            if (key == NULL) {
                if (vm_err_occurred()) return -1;
                break;
            }
            if (discard_key(so, key) < 0) return -1;
        }
    }
    if (so->fill - so->used <= so->mask / 4) return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Val copy_and_difference(Val s, Val other)
{
    Val r = set_copy_val(s);
    if (r == NULL || difference_update_internal(so_of(r), other) < 0) return NULL;
    return r;
}

static Val set_difference(Val s, Val other)
{
    size_t other_size;
    if (vm_is_anyset(other)) other_size = so_of(other)->used;
    else if (vm_is_type(other, &vm_type_dict)) other_size = vm_dict_len(other);
    else return copy_and_difference(s, other);
    SetObj *so = so_of(s);
    if ((so->used >> 2) > other_size) return copy_and_difference(s, other);
    Val result = make_new_set_basetype(vm_typeof(s), NULL);
    if (result == NULL) return NULL;
    bool is_dict = vm_is_type(other, &vm_type_dict);
    size_t pos = 0;
    Val key;
    int64_t h;
    while (set_next(so, &pos, &key, &h)) {
        int rv = is_dict ? vm_dict_contains_hash(other, key, h) : contains_entry(so_of(other), key, h);
        if (rv < 0) return NULL;
        if (!rv && add_entry(so_of(result), key, h) < 0) return NULL;
    }
    return result;
}

static int symmetric_difference_update(SetObj *so, Val other)
{
    if (VAL(so) == other) return clear_internal(so);
    size_t pos = 0;
    Val key;
    int64_t h;
    if (vm_is_type(other, &vm_type_dict)) {
        while (vm_dict_next_hash(other, &pos, &key, NULL, &h)) {
            int rv = discard_entry(so, key, h);
            if (rv < 0) return -1;
            if (rv == 0 && add_entry(so, key, h) < 0) return -1;
        }
        return 0;
    }
    Val o = vm_is_anyset(other) ? other : make_new_set_basetype(vm_typeof(VAL(so)), other);
    if (o == NULL) return -1;
    while (set_next(so_of(o), &pos, &key, &h)) {
        int rv = discard_entry(so, key, h);
        if (rv < 0) return -1;
        if (rv == 0 && add_entry(so, key, h) < 0) return -1;
    }
    return 0;
}

static Val set_symmetric_difference(Val s, Val other)
{
    Val o = make_new_set_basetype(vm_typeof(s), other);
    if (o == NULL || symmetric_difference_update(so_of(o), s) < 0) return NULL;
    return o;
}

static int issubset(Val s, Val other)
{
    if (!vm_is_anyset(other)) {
        Val tmp = make_new_set(&vm_type_set, other);
        if (tmp == NULL) return -1;
        return issubset(s, tmp);
    }
    SetObj *so = so_of(s);
    if (so->used > so_of(other)->used) return 0;
    size_t pos = 0;
    Val key;
    int64_t h;
    while (set_next(so, &pos, &key, &h)) {
        int rv = contains_entry(so_of(other), key, h);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int issuperset(Val s, Val other)
{
    if (vm_is_anyset(other)) return issubset(other, s);
    Val it = vm_iter(other);
    if (it == NULL) return -1;
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? -1 : 1;
        int rv = contains_key(so_of(s), key);
        if (rv <= 0) return rv;
    }
}

/* Retry an operation on an unhashable set key as a frozenset (CPython). */
static bool retry_as_frozen(Val key, Val *frozen)
{
    if (!vm_isinstance_t(key, &vm_type_set) || !vm_err_matches(&vm_exc_TypeError)) return false;
    vm_err_clear();
    *frozen = make_new_set(&vm_type_frozenset, key);
    return true;
}

int vm_set_contains(Val s, Val key)
{
    int rv = contains_key(so_of(s), key);
    Val frozen;
    if (rv < 0 && retry_as_frozen(key, &frozen)) {
        if (frozen == NULL) return -1;
        rv = contains_key(so_of(s), frozen);
    }
    return rv;
}

int vm_set_discard(Val s, Val key)
{
    int rv = discard_key(so_of(s), key);
    Val frozen;
    if (rv < 0 && retry_as_frozen(key, &frozen)) {
        if (frozen == NULL) return -1;
        rv = discard_key(so_of(s), frozen);
    }
    return rv;
}

/* ---- slots ---- */

static Val set_repr(Val self)
{
    SetObj *so = so_of(self);
    const char *tname = vm_tname(self);
    int st = vm_repr_enter(self);
    if (st != 0) return st > 0 ? vm_str_fmt("%s(...)", tname) : NULL;
    Val result = NULL;
    if (so->used == 0) {
        result = vm_str_fmt("%s()", tname);
        goto done;
    }
    Val keys = vm_list_new(0);
    size_t pos = 0;
    Val key;
    while (keys != NULL && set_next(so, &pos, &key, NULL))
        if (vm_list_append(keys, key) < 0) keys = NULL;
    if (keys == NULL) goto done;
    Val lr = vm_repr(keys);
    if (lr == NULL) goto done;
    cr_span s = vm_str_span(lr);
    cr_buf b;
    cr_buf_init(&b);
    bool exact = vm_is_type(self, &vm_type_set);
    if (!exact) {
        cr_buf_cstr(&b, tname);
        cr_buf_byte(&b, '(');
    }
    cr_buf_byte(&b, '{');
    cr_buf_append(&b, cr_span_sub(s, 1, s.len - 2));
    cr_buf_byte(&b, '}');
    if (!exact) cr_buf_byte(&b, ')');
    result = vm_buf_to_str(&b);
done:
    vm_repr_leave(self);
    return result;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int64_t frozenset_hash(Val self)
{
    SetObj *so = so_of(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    /* Xor of the shuffled hashes of the active entries (CPython includes
     * every slot and then cancels the unused and dummy ones: the same). */
    size_t pos = 0;
    Val key;
    int64_t h;
    while (set_next(so, &pos, &key, &h)) hash ^= shuffle_bits((uint64_t)h);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static Val set_richcmp(Val v, Val w, int op)
{
    if (!vm_is_anyset(w)) return VM_NotImplemented;
    SetObj *a = so_of(v), *b = so_of(w);
    int r;
    switch (op) {
    case VM_EQ:
        if (a->used != b->used) return VM_False;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return VM_False;
        r = issubset(v, w);
        break;
    case VM_NE:
        if (a->used != b->used) return VM_True;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return VM_True;
        r = issubset(v, w);
        if (r >= 0) r = !r;
        break;
    case VM_LE: r = issubset(v, w); break;
    case VM_GE: r = issuperset(v, w); break;
    case VM_LT:
        if (a->used >= b->used) return VM_False;
        r = issubset(v, w);
        break;
    case VM_GT:
        if (a->used <= b->used) return VM_False;
        r = issuperset(v, w);
        break;
    default: return VM_NotImplemented;
    }
    return r < 0 ? NULL : vm_bool(r);
}

static int64_t set_len(Val self) { return (int64_t)so_of(self)->used; }

static Val set_or(Val a, Val b)
{
    if (!vm_is_anyset(a) || !vm_is_anyset(b)) return VM_NotImplemented;
    Val r = set_copy_val(a);
    if (r == NULL || a == b) return r;
    return set_update_internal(so_of(r), b) < 0 ? NULL : r;
}

static Val set_and(Val a, Val b)
{
    if (!vm_is_anyset(a) || !vm_is_anyset(b)) return VM_NotImplemented;
    return set_intersection(a, b);
}

static Val set_sub(Val a, Val b)
{
    if (!vm_is_anyset(a) || !vm_is_anyset(b)) return VM_NotImplemented;
    return set_difference(a, b);
}

static Val set_xor(Val a, Val b)
{
    if (!vm_is_anyset(a) || !vm_is_anyset(b)) return VM_NotImplemented;
    return set_symmetric_difference(a, b);
}

static Val set_ior(Val a, Val b)
{
    if (!vm_is_anyset(b)) return VM_NotImplemented;
    return set_update_internal(so_of(a), b) < 0 ? NULL : a;
}

static Val set_iand(Val a, Val b)
{
    if (!vm_is_anyset(b)) return VM_NotImplemented;
    Val t = set_intersection(a, b);
    if (t == NULL) return NULL;
    swap_bodies(so_of(a), so_of(t));
    return a;
}

static Val set_isub(Val a, Val b)
{
    if (!vm_is_anyset(b)) return VM_NotImplemented;
    return difference_update_internal(so_of(a), b) < 0 ? NULL : a;
}

static Val set_ixor(Val a, Val b)
{
    if (!vm_is_anyset(b)) return VM_NotImplemented;
    return symmetric_difference_update(so_of(a), b) < 0 ? NULL : a;
}


static Val set_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &vm_type_set && !vm_no_keywords("set", kwnames)) return NULL;
    return make_new_set(type, NULL);
}

static int set_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_no_keywords("set", kwnames)) return -1;
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "%s expected at most 1 argument, got %zu", vm_tname(self), nargs), -1;
    SetObj *so = so_of(self);
    if (so->fill && clear_internal(so) < 0) return -1;
    so->hash = -1;
    return nargs == 0 ? 0 : set_update_internal(so, vm_arg(args, nargs, 0));
}

static Val frozenset_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if ((type == &vm_type_frozenset || type->init == vm_type_frozenset.init) && !vm_no_keywords("frozenset", kwnames))
        return NULL;
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "%s expected at most 1 argument, got %zu", type->name, nargs);
    Val iterable = nargs ? vm_arg(args, nargs, 0) : NULL;
    if (type != &vm_type_frozenset) return make_new_set(type, iterable);
    return vm_frozenset_new(iterable);
}

static int frozenset_init(Val self, Val *args, size_t nargs, Val kwnames) { return 0; }

/* ---- iterator ---- */

typedef struct {
    Obj base;
    Val set; /* NULL when exhausted */
    size_t used, pos, len;
    bool broken;
} SetIterObj;

static SetIterObj *sit(Val v) { return (SetIterObj *)(void *)val_obj(v); }

static Val set_iter(Val self)
{
    SetIterObj *it = vm_alloc_obj(&vm_type_set_iter, sizeof(SetIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    it->set = self;
    it->used = it->len = so_of(self)->used;
    return VAL(it);
}

static Val setiter_next(Val self)
{
    SetIterObj *it = sit(self);
    if (it->set == NULL) return NULL;
    SetObj *so = so_of(it->set);
    if (it->broken || it->used != so->used) {
        it->broken = true;
        return vm_err_str(&vm_exc_RuntimeError, "Set changed size during iteration");
    }
    Val key;
    if (!set_next(so, &it->pos, &key, NULL)) {
        it->set = NULL;
        return NULL;
    }
    if (it->len > 0) it->len--;
    return key;
}

static Val setiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    SetIterObj *it = sit(self);
    size_t n = 0;
    if (it->set != NULL && !it->broken && it->used == so_of(it->set)->used) n = it->len;
    return vm_int_from_u64(n);
}

/* ---- methods ---- */

/* "set.m" or "frozenset.m" for argument errors, after self's type. */
#define QUAL(self, m) (vm_isinstance_t(self, &vm_type_set) ? "set." m : "frozenset." m)

static Val m_add(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "add"), nargs, kwnames, 1, 1)) return NULL;
    return add_key(so_of(self), vm_arg(args, nargs, 0)) < 0 ? NULL : VM_None;
}

static Val m_clear(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "clear"), nargs, kwnames, 0, 0)) return NULL;
    return clear_internal(so_of(self)) < 0 ? NULL : VM_None;
}

static Val m_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "copy"), nargs, kwnames, 0, 0)) return NULL;
    return set_copy_val(self);
}

static Val m_frozen_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "copy"), nargs, kwnames, 0, 0)) return NULL;
    if (vm_is_type(self, &vm_type_frozenset)) return self;
    return set_copy_val(self);
}

static Val m_discard(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "discard"), nargs, kwnames, 1, 1)) return NULL;
    return vm_set_discard(self, vm_arg(args, nargs, 0)) < 0 ? NULL : VM_None;
}

static Val m_remove(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "remove"), nargs, kwnames, 1, 1)) return NULL;
    int rv = vm_set_discard(self, vm_arg(args, nargs, 0));
    if (rv < 0) return NULL;
    if (rv == 0) return vm_key_error(vm_arg(args, nargs, 0));
    return VM_None;
}

static Val m_pop(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "pop"), nargs, kwnames, 0, 0)) return NULL;
    SetObj *so = so_of(self);
    if (so->used == 0) return vm_err_str(&vm_exc_KeyError, "pop from an empty set");
    size_t i = so->finger & so->mask;
    for (;;) {
        Val k = skey(&so->table, i);
        if (k != NULL && k != DUMMY) break;
        i = i + 1 > so->mask ? 0 : i + 1;
    }
    Val key = skey(&so->table, i);
    sset(&so->table, i, DUMMY, -1);
    so->used--;
    so->finger = i + 1;
    return key;
}

static Val m_union(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("union", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    Val r = set_copy_val(self);
    for (size_t i = 0; r != NULL && i < nargs; i++) {
        Val other = vm_arg(args, nargs, i);
        if (other != self && set_update_internal(so_of(r), other) < 0) return NULL;
    }
    return r;
}

static Val m_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("update", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(so_of(self), vm_arg(args, nargs, i)) < 0) return NULL;
    return VM_None;
}

static Val intersection_multi(Val self, Val *args, size_t nargs)
{
    if (nargs == 0) return set_copy_val(self);
    Val r = self;
    for (size_t i = 0; i < nargs; i++) {
        r = set_intersection(r, vm_arg(args, nargs, i));
        if (r == NULL) return NULL;
    }
    return r;
}

static Val m_intersection(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("intersection", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    return intersection_multi(self, args, nargs);
}

static Val m_intersection_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("intersection_update", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    Val t = intersection_multi(self, args, nargs);
    if (t == NULL) return NULL;
    swap_bodies(so_of(self), so_of(t));
    return VM_None;
}

static Val m_difference(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("difference", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    if (nargs == 0) return set_copy_val(self);
    cr_valspan a = {args, nargs};
    Val r = set_difference(self, cr_valspan_get(a, 0));
    for (size_t i = 1; r != NULL && i < nargs; i++)
        if (difference_update_internal(so_of(r), cr_valspan_get(a, i)) < 0) return NULL;
    return r;
}

static Val m_difference_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("difference_update", nargs, kwnames, 0, SIZE_MAX)) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (difference_update_internal(so_of(self), vm_arg(args, nargs, i)) < 0) return NULL;
    return VM_None;
}

static Val m_symmetric_difference(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "symmetric_difference"), nargs, kwnames, 1, 1)) return NULL;
    return set_symmetric_difference(self, vm_arg(args, nargs, 0));
}

static Val m_symmetric_difference_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "symmetric_difference_update"), nargs, kwnames, 1, 1)) return NULL;
    return symmetric_difference_update(so_of(self), vm_arg(args, nargs, 0)) < 0 ? NULL : VM_None;
}

static Val m_isdisjoint(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "isdisjoint"), nargs, kwnames, 1, 1)) return NULL;
    Val a = self, b = vm_arg(args, nargs, 0);
    if (a == b) return vm_bool(so_of(a)->used == 0);
    if (vm_is_type(b, &vm_type_set) || vm_is_type(b, &vm_type_frozenset)) {
        if (so_of(b)->used > so_of(a)->used) {
            Val t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        Val key;
        int64_t h;
        while (set_next(so_of(b), &pos, &key, &h)) {
            int rv = contains_entry(so_of(a), key, h);
            if (rv < 0) return NULL;
            if (rv) return VM_False;
        }
        return VM_True;
    }
    Val it = vm_iter(b);
    if (it == NULL) return NULL;
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? NULL : VM_True;
        int rv = contains_key(so_of(a), key);
        if (rv < 0) return NULL;
        if (rv) return VM_False;
    }
}

static Val m_issubset(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "issubset"), nargs, kwnames, 1, 1)) return NULL;
    int r = issubset(self, vm_arg(args, nargs, 0));
    return r < 0 ? NULL : vm_bool(r);
}

static Val m_issuperset(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "issuperset"), nargs, kwnames, 1, 1)) return NULL;
    int r = issuperset(self, vm_arg(args, nargs, 0));
    return r < 0 ? NULL : vm_bool(r);
}

static Val m_contains(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(QUAL(self, "__contains__"), nargs, kwnames, 1, 1)) return NULL;
    int r = vm_set_contains(self, vm_arg(args, nargs, 0));
    return r < 0 ? NULL : vm_bool(r);
}

static Val m_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    Val keys = vm_list_from_iter(self);
    if (keys == NULL) return NULL;
    Val a = vm_tuple_pack(1, keys);
    if (a == NULL) return NULL;
    return vm_tuple_pack(3, VAL(vm_typeof(self)), a, VM_None);
}

static const vm_methoddef set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {NULL, NULL, 0, NULL},
};

static const vm_methoddef frozenset_methods[] = {
    {"__contains__", m_contains, 0, "x.__contains__(y) <==> y in x."},
    {"copy", m_frozen_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {NULL, NULL, 0, NULL},
};

static const vm_numberslots set_num = {
    .binop = {[VM_OP_SUB] = set_sub, [VM_OP_AND] = set_and, [VM_OP_OR] = set_or, [VM_OP_XOR] = set_xor},
    .inplace = {[VM_OP_SUB] = set_isub, [VM_OP_AND] = set_iand, [VM_OP_OR] = set_ior, [VM_OP_XOR] = set_ixor},
};

static const vm_numberslots frozenset_num = {
    .binop = {[VM_OP_SUB] = set_sub, [VM_OP_AND] = set_and, [VM_OP_OR] = set_or, [VM_OP_XOR] = set_xor},
};

static int set_contains_slot(Val self, Val key) { return vm_set_contains(self, key); }

Type vm_type_set = {
    .base = {&vm_type_type},
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = VM_TF_BASETYPE,
    .tbase = &vm_type_object,
    .repr = set_repr,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .num = &set_num,
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
};

Type vm_type_frozenset = {
    .base = {&vm_type_type},
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = VM_TF_BASETYPE,
    .tbase = &vm_type_object,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .iter = set_iter,
    .new_ = frozenset_new,
    .init = frozenset_init,
    .num = &frozenset_num,
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};

/* Pickling (CPython 3.11): (iter, (list of the remaining items,)), taken
 * from a copy so that this iterator does not advance. */
static Val setiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    SetIterObj *copy = vm_alloc_obj(&vm_type_set_iter, sizeof(SetIterObj), CR_SCAN);
    if (copy == NULL) return NULL;
    *copy = *sit(self);
    Val list = vm_list_from_iter(VAL(copy));
    return list == NULL ? NULL : vm_iter_reduce("iter", list, NULL);
}

static const vm_methoddef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {"__reduce__", setiter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

Type vm_type_set_iter = {
    .base = {&vm_type_type},
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .tbase = &vm_type_object,
    .iter = vm_self_iter,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

void vm_set_types_ready(void)
{
    vm_type_ready(&vm_type_set);
    vm_type_ready(&vm_type_frozenset);
    vm_type_ready(&vm_type_set_iter);
}
