/* Dicts: CPython 3.11's compact dict (see dict.h for the storage), the dict
 * views and their iterators.
 *
 * Every call out to Python code (__hash__, __eq__, __missing__, a mapping's
 * keys()/__getitem__) may change the dict, so nothing is kept across such a
 * call except entry numbers, which are re-checked against the current table
 * before use: a lookup whose __eq__ changed the table restarts (CPython's
 * DKIX_KEY_CHANGED), iteration compares the size it started with.
 */
#include "vm/dict.h"
#include "vm/str.h"

enum { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };
enum { LOG_MINSIZE = 3, PERTURB_SHIFT = 5 };

static size_t usable_fraction(size_t n) { return (n << 1) / 3; }

/* ---- the keys table ---- */

static size_t dk_size(const DictKeys *k) { return (size_t)1 << k->log2_size; }
static int64_t dk_index(const DictKeys *k, size_t i) { return val_small(cr_vals_get(&k->indices, i)); }
static void dk_set_index(DictKeys *k, size_t i, int64_t ix) { cr_vals_set(&k->indices, i, val_from_small(ix)); }
static size_t slot(size_t ix, int field) { return ix * DK_ENTRY_WIDTH + (size_t)field; }
static Val ek(const DictKeys *k, size_t ix) { return cr_vals_get(&k->entries, slot(ix, DK_KEY)); }
static Val ev(const DictKeys *k, size_t ix) { return cr_vals_get(&k->entries, slot(ix, DK_VALUE)); }
static int64_t eh(const DictKeys *k, size_t ix)
{
    return vm_hash_join(cr_vals_get(&k->entries, slot(ix, DK_HASH_HI)), cr_vals_get(&k->entries, slot(ix, DK_HASH_LO)));
}
static void set_entry(DictKeys *k, size_t ix, Val key, Val value, int64_t hash)
{
    if (key != NULL) k->hash_bits |= (uint64_t)1 << ((uint64_t)hash & 63);
    cr_vals_set(&k->entries, slot(ix, DK_KEY), key);
    cr_vals_set(&k->entries, slot(ix, DK_VALUE), value);
    cr_vals_set(&k->entries, slot(ix, DK_HASH_HI), vm_hash_hi(hash));
    cr_vals_set(&k->entries, slot(ix, DK_HASH_LO), vm_hash_lo(hash));
}
static void set_value(DictKeys *k, size_t ix, Val value) { cr_vals_set(&k->entries, slot(ix, DK_VALUE), value); }

static DictKeys *new_keys(uint8_t log2_size)
{
    if (log2_size >= 58) return vm_err_nomem(), NULL;
    size_t size = (size_t)1 << log2_size, usable = usable_fraction(size), nslots;
    DictKeys *k = cr_alloc(sizeof(DictKeys), CR_SCAN);
    if (k == NULL || !cr_mul_ok(usable, DK_ENTRY_WIDTH, &nslots)) return vm_err_nomem(), NULL;
    k->log2_size = log2_size;
    k->usable = usable;
    cr_vals_init(&k->indices);
    cr_vals_init(&k->entries);
    if (!cr_vals_resize(&k->indices, size, val_from_small(DKIX_EMPTY)) || !cr_vals_resize(&k->entries, nslots, NULL))
        return vm_err_nomem(), NULL;
    return k;
}

static uint8_t log2_keysize(size_t minsize)
{
    uint8_t log2 = LOG_MINSIZE;
    while (log2 < 63 && ((size_t)1 << log2) < minsize) log2++;
    return log2;
}

/* Room for n items without resizing (CPython's estimate_log2_keysize). */
static uint8_t estimate_log2_keysize(size_t n) { return log2_keysize((n * 3 + 1) / 2); }

/* Slot of the first empty or dummy index on hash's probe path. */
static size_t find_empty_slot(const DictKeys *k, int64_t hash)
{
    size_t mask = dk_size(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (dk_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Slot holding entry number ix on hash's probe path. */
static size_t lookup_slot_of(const DictKeys *k, int64_t hash, size_t ix)
{
    size_t mask = dk_size(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (size_t guard = 0; guard <= (dk_size(k) << 6); guard++) {
        int64_t v = dk_index(k, i);
        if (v == (int64_t)ix) return i;
        if (v == DKIX_EMPTY) break;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    cr_panic("dict: entry missing from its index table");
}

/* Rebuild d's table with 1 << log2 slots, keeping the entry order. */
static int dict_resize(DictObj *d, uint8_t log2)
{
    DictKeys *old = d->keys, *k = new_keys(log2);
    if (k == NULL) return -1;
    size_t n = 0;
    if (old != NULL) {
        for (size_t i = 0; i < old->nentries; i++) {
            Val v = ev(old, i);
            if (v == NULL) continue;
            if (n >= k->usable) cr_panic("dict: resize too small");
            int64_t h = eh(old, i);
            set_entry(k, n, ek(old, i), v, h);
            dk_set_index(k, find_empty_slot(k, h), (int64_t)n);
            n++;
        }
    }
    k->nentries = n;
    k->usable -= n;
    d->keys = k;
    return 0;
}

/* ---- lookup ---- */

static bool is_exact_str(Val v) { return vm_is_type(v, &vm_type_str); }

/* Entry number of key, DKIX_EMPTY if absent, DKIX_ERROR on error. */
static int64_t dict_lookup(DictObj *d, Val key, int64_t hash)
{
restart:;
    DictKeys *k = d->keys;
    if (k == NULL) return DKIX_EMPTY;
    size_t mask = dk_size(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    bool key_str = is_exact_str(key);
    for (;;) {
        int64_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY) return DKIX_EMPTY;
        if (ix >= 0) {
            Val start = ek(k, (size_t)ix);
            if (start == key) return ix;
            if (eh(k, (size_t)ix) == hash) {
                if (key_str && is_exact_str(start)) {
                    if (vm_str_eq(start, key)) return ix;
                } else {
                    int cmp = vm_eq(start, key);
                    if (cmp < 0) return DKIX_ERROR;
                    if (d->keys != k || ek(k, (size_t)ix) != start) goto restart;
                    if (cmp) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* ---- core operations ---- */

/* Add a key a lookup has just found absent (no user code ran since). */
static int insert_new(DictObj *d, Val key, int64_t hash, Val value)
{
    if (d->keys == NULL) {
        DictKeys *k = new_keys(LOG_MINSIZE);
        if (k == NULL) return -1;
        d->keys = k;
    } else if (d->keys->usable == 0) {
        if (dict_resize(d, log2_keysize(d->used * 3)) < 0) return -1;
    }
    DictKeys *k = d->keys;
    size_t n = k->nentries;
    set_entry(k, n, key, value, hash);
    dk_set_index(k, find_empty_slot(k, hash), (int64_t)n);
    k->nentries++;
    k->usable--;
    d->used++;
    return 0;
}

static int insert_known(DictObj *d, Val key, int64_t hash, Val value)
{
    int64_t ix = dict_lookup(d, key, hash);
    if (ix == DKIX_ERROR) return -1;
    if (ix >= 0) {
        set_value(d->keys, (size_t)ix, value);
        return 0;
    }
    return insert_new(d, key, hash, value);
}

static void delete_entry(DictObj *d, size_t ix, int64_t hash)
{
    DictKeys *k = d->keys;
    dk_set_index(k, lookup_slot_of(k, hash, ix), DKIX_DUMMY);
    set_entry(k, ix, NULL, NULL, 0);
    d->used--;
}

Val vm_dict_new(void)
{
    DictObj *d = vm_alloc_obj(&vm_type_dict, sizeof(DictObj), CR_SCAN);
    return d == NULL ? NULL : VAL(d);
}

Val vm_dict_get(Val d, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return NULL;
    DictObj *o = vm_dict_obj(d);
    int64_t ix = dict_lookup(o, key, h);
    return ix < 0 ? NULL : ev(o->keys, (size_t)ix);
}

/* Lookup of an ASCII text without making a str: 1 found (*out), 0 absent,
 * -1 undecided (a key of another type has the same hash: its __eq__ must
 * decide, so the caller does a full lookup). */
static int lookup_ascii(DictObj *d, cr_span text, int64_t hash, Val *out)
{
    DictKeys *k = d->keys;
    if (k == NULL) return 0;
    size_t mask = dk_size(k) - 1, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        int64_t ix = dk_index(k, i);
        if (ix == DKIX_EMPTY) return 0;
        if (ix >= 0 && eh(k, (size_t)ix) == hash) {
            Val key = ek(k, (size_t)ix);
            if (!is_exact_str(key)) return -1;
            if (cr_span_eq(vm_str_span(key), text)) {
                *out = ev(k, (size_t)ix);
                return 1;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static bool is_ascii(cr_span s)
{
    for (size_t i = 0; i < s.len; i++)
        if (cr_span_at(s, i) >= 0x80) return false;
    return true;
}

Val vm_dict_get_cstr(Val d, const char *key)
{
    cr_span text = cr_span_cstr(key);
    if (is_ascii(text)) {
        /* an ASCII str hashes as its bytes (the empty str as 0) */
        int64_t h = text.len == 0 ? 0 : vm_hash_bytes(text);
        Val v = NULL;
        if (lookup_ascii(vm_dict_obj(d), text, h, &v) >= 0) return v;
    }
    Val k = vm_str_cstr(key);
    return k == NULL ? NULL : vm_dict_get(d, k);
}

int vm_dict_set(Val d, Val key, Val value)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    return insert_known(vm_dict_obj(d), key, h, value);
}

int vm_dict_set_cstr(Val d, const char *key, Val value)
{
    Val k = vm_intern_cstr(key);
    return k == NULL ? -1 : vm_dict_set(d, k, value);
}

Val vm_key_error(Val key)
{
    Val args = vm_tuple_pack(1, key);
    if (args == NULL) return NULL;
    Val exc = vm_exc_new(&vm_exc_KeyError, args);
    return exc == NULL ? NULL : vm_err_set_val(exc);
}

int vm_dict_pop_opt(Val d, Val key, Val *out)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    DictObj *o = vm_dict_obj(d);
    int64_t ix = dict_lookup(o, key, h);
    if (ix == DKIX_ERROR) return -1;
    if (ix < 0) return 0;
    if (out) *out = ev(o->keys, (size_t)ix);
    delete_entry(o, (size_t)ix, h);
    return 1;
}

int vm_dict_del(Val d, Val key)
{
    int r = vm_dict_pop_opt(d, key, NULL);
    if (r == 0) vm_key_error(key);
    return r > 0 ? 0 : -1;
}

size_t vm_dict_len(Val d) { return vm_dict_obj(d)->used; }

bool vm_dict_next_hash(Val d, size_t *pos, Val *key, Val *value, int64_t *hash)
{
    DictKeys *k = vm_dict_obj(d)->keys;
    if (k == NULL) return false;
    for (size_t i = *pos; i < k->nentries; i++) {
        Val v = ev(k, i);
        if (v == NULL) continue;
        *pos = i + 1;
        if (key) *key = ek(k, i);
        if (value) *value = v;
        if (hash) *hash = eh(k, i);
        return true;
    }
    *pos = k->nentries;
    return false;
}

bool vm_dict_next(Val d, size_t *pos, Val *key, Val *value) { return vm_dict_next_hash(d, pos, key, value, NULL); }

int vm_dict_contains_hash(Val d, Val key, int64_t hash)
{
    int64_t ix = dict_lookup(vm_dict_obj(d), key, hash);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}

int vm_dict_contains(Val d, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return -1;
    return vm_dict_contains_hash(d, key, h);
}

void vm_dict_clear(Val d)
{
    DictObj *o = vm_dict_obj(d);
    o->keys = NULL;
    o->used = 0;
}

Val vm_dict_keys_list(Val d)
{
    Val l = vm_list_new(0);
    size_t pos = 0;
    Val key;
    while (l != NULL && vm_dict_next(d, &pos, &key, NULL))
        if (vm_list_append(l, key) < 0) return NULL;
    return l;
}

/* ---- merging ---- */

/* d.update(other) for a dict other whose iteration is not overridden. */
static int merge_dict(Val d, Val other, int override)
{
    DictObj *a = vm_dict_obj(d), *b = vm_dict_obj(other);
    if (a == b || b->used == 0) return 0;
    if (a->used == 0) override = 1;
    if (a->keys == NULL || usable_fraction(dk_size(a->keys)) < b->used)
        if (dict_resize(a, estimate_log2_keysize(a->used + b->used)) < 0) return -1;
    DictKeys *bk = b->keys;
    size_t orig = bk->nentries;
    for (size_t i = 0; b->keys == bk && i < bk->nentries; i++) {
        Val v = ev(bk, i);
        if (v == NULL) continue;
        Val key = ek(bk, i);
        int64_t h = eh(bk, i);
        if (override != 1) {
            int r = vm_dict_contains_hash(d, key, h);
            if (r < 0) return -1;
            if (r > 0) {
                if (override != 0) return vm_key_error(key), -1;
                continue;
            }
        }
        if (insert_known(a, key, h, v) < 0) return -1;
        if (b->keys != bk || bk->nentries != orig)
            return vm_err_str(&vm_exc_RuntimeError, "dict mutated during update"), -1;
    }
    return 0;
}

/* PyDict_Merge: other a dict or a mapping with keys(). */
static int dict_merge(Val d, Val other, int override)
{
    if (vm_is_dict(other) && vm_typeof(other)->iter == vm_type_dict.iter) return merge_dict(d, other, override);
    Val keys = vm_call_method(other, "keys", NULL, 0);
    if (keys == NULL) return -1;
    Val it = vm_iter(keys);
    if (it == NULL) {
        if (vm_err_matches(&vm_exc_TypeError)) { /* CPython's PyMapping_Keys message */
            vm_err_clear();
            vm_err_fmt(&vm_exc_TypeError, "%s.keys() returned a non-iterable (type %s)", vm_tname(other),
                       vm_tname(keys));
        }
        return -1;
    }
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? -1 : 0;
        if (override != 1) {
            int r = vm_dict_contains(d, key);
            if (r < 0) return -1;
            if (r > 0) {
                if (override != 0) return vm_key_error(key), -1;
                continue;
            }
        }
        Val value = vm_getitem(other, key);
        if (value == NULL || vm_dict_set(d, key, value) < 0) return -1;
    }
}

/* PyDict_MergeFromSeq2 with override. */
static int merge_seq2(Val d, Val seq)
{
    Val it = vm_iter(seq);
    if (it == NULL) return -1;
    for (size_t i = 0;; i++) {
        Val item = vm_next(it);
        if (item == NULL) return vm_err_occurred() ? -1 : 0;
        Val fast = item;
        if (!vm_is_type(item, &vm_type_list) && !vm_is_type(item, &vm_type_tuple)) {
            Val iit = vm_iter(item);
            fast = iit == NULL ? NULL : vm_list_from_iter(iit);
            if (fast == NULL) {
                if (vm_err_matches(&vm_exc_TypeError))
                    vm_err_fmt(&vm_exc_TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", i);
                return -1;
            }
        }
        bool is_list = vm_is_list(fast);
        size_t n = is_list ? vm_list_len(fast) : vm_tuple_len(fast);
        if (n != 2)
            return vm_err_fmt(&vm_exc_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", i, n), -1;
        Val key = is_list ? vm_list_get(fast, 0) : vm_tuple_get(fast, 0);
        Val value = is_list ? vm_list_get(fast, 1) : vm_tuple_get(fast, 1);
        if (vm_dict_set(d, key, value) < 0) return -1;
    }
}

/* dict_update_arg: a dict, a mapping with keys(), or pairs. */
static int update_arg(Val d, Val arg)
{
    if (vm_is_type(arg, &vm_type_dict)) return merge_dict(d, arg, 1);
    Val keys = vm_getattr_opt(arg, vm_intern_cstr("keys"));
    if (keys == NULL && vm_err_occurred()) return -1;
    if (keys != NULL) return dict_merge(d, arg, 1);
    return merge_seq2(d, arg);
}

int vm_dict_update(Val d, Val other) { return update_arg(d, other); }

/* dict(...) / d.update(...): one optional positional, then keywords. */
static int update_common(Val d, Val *args, size_t nargs, Val kwnames, const char *name)
{
    if (nargs > 1) return vm_err_fmt(&vm_exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs), -1;
    if (nargs == 1 && update_arg(d, vm_arg(args, nargs, 0)) < 0) return -1;
    size_t nkw = kwnames == NULL ? 0 : vm_tuple_len(kwnames);
    cr_valspan all = {args, nargs + nkw};
    for (size_t i = 0; i < nkw; i++)
        if (vm_dict_set(d, vm_tuple_get(kwnames, i), cr_valspan_get(all, nargs + i)) < 0) return -1;
    return 0;
}

Val vm_dict_copy(Val d)
{
    DictObj *o = vm_dict_obj(d);
    Val r = vm_dict_new();
    if (r == NULL || o->used == 0) return r;
    DictObj *c = vm_dict_obj(r);
    DictKeys *k = o->keys;
    if (o->used >= (k->nentries * 2) / 3) {
        /* Compact enough: clone the table as is (CPython's clone_combined_dict_keys). */
        DictKeys *nk = cr_alloc(sizeof(DictKeys), CR_SCAN);
        if (nk == NULL) return vm_err_nomem();
        *nk = *k;
        if (!cr_vals_clone(&nk->indices, &k->indices) || !cr_vals_clone(&nk->entries, &k->entries)) return vm_err_nomem();
        c->keys = nk;
        c->used = o->used;
        return r;
    }
    return merge_dict(r, d, 1) < 0 ? NULL : r;
}

/* ---- slots ---- */

static Val dict_repr(Val self)
{
    DictObj *o = vm_dict_obj(self);
    if (o->used == 0) return vm_str_cstr("{}");
    int st = vm_repr_enter(self);
    if (st != 0) return st > 0 ? vm_str_cstr("{...}") : NULL;
    Val result = NULL;
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_byte(&b, '{');
    size_t pos = 0;
    Val key, value;
    for (bool first = true; vm_dict_next(self, &pos, &key, &value); first = false) {
        if (!first) cr_buf_cstr(&b, ", ");
        if (!vm_buf_repr(&b, key)) goto done;
        cr_buf_cstr(&b, ": ");
        if (!vm_buf_repr(&b, value)) goto done;
    }
    cr_buf_byte(&b, '}');
    result = vm_buf_to_str(&b);
done:
    vm_repr_leave(self);
    return result;
}

static int dict_equal(Val a, Val b)
{
    DictObj *da = vm_dict_obj(a), *db = vm_dict_obj(b);
    if (da->used != db->used) return 0;
    for (size_t i = 0; da->keys != NULL && i < da->keys->nentries; i++) {
        DictKeys *k = da->keys;
        Val av = ev(k, i);
        if (av == NULL) continue;
        Val key = ek(k, i);
        int64_t ix = dict_lookup(db, key, eh(k, i));
        if (ix == DKIX_ERROR) return -1;
        if (ix < 0) return 0;
        Val bv = ev(db->keys, (size_t)ix);
        int cmp = vm_eq(av, bv);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static Val dict_richcmp(Val a, Val b, int op)
{
    if (!vm_is_dict(a) || !vm_is_dict(b) || (op != VM_EQ && op != VM_NE)) return VM_NotImplemented;
    int r = dict_equal(a, b);
    if (r < 0) return NULL;
    return vm_bool((r == 1) == (op == VM_EQ));
}

static int64_t dict_len(Val self) { return (int64_t)vm_dict_obj(self)->used; }

static int dict_contains_slot(Val self, Val key) { return vm_dict_contains(self, key); }

static Val call_missing(Val self, Val key)
{
    Type *t = vm_typeof(self);
    if (t == &vm_type_dict) return NULL;
    Val missing = vm_type_lookup_cstr(t, "__missing__");
    if (missing == NULL) return NULL;
    Type *mt = vm_typeof(missing);
    if (mt->descr_get != NULL) {
        Val bound = mt->descr_get(missing, self, VAL(t));
        return bound == NULL ? NULL : vm_call1(bound, key);
    }
    return vm_call1(missing, key);
}

static Val dict_getitem(Val self, Val key)
{
    int64_t h = vm_hash(key);
    if (h == -1) return NULL;
    DictObj *o = vm_dict_obj(self);
    int64_t ix = dict_lookup(o, key, h);
    if (ix == DKIX_ERROR) return NULL;
    if (ix >= 0) return ev(o->keys, (size_t)ix);
    Val r = call_missing(self, key);
    if (r != NULL || vm_err_occurred()) return r;
    return vm_key_error(key);
}

static int dict_setitem(Val self, Val key, Val value)
{
    if (value == NULL) return vm_dict_del(self, key);
    return vm_dict_set(self, key, value);
}

static Val dict_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    if (type == &vm_type_dict) return vm_dict_new();
    return vm_alloc_instance(type);
}

static int dict_init(Val self, Val *args, size_t nargs, Val kwnames)
{
    return update_common(self, args, nargs, kwnames, "dict");
}

static Val dict_or(Val a, Val b)
{
    if (!vm_is_dict(a) || !vm_is_dict(b)) return VM_NotImplemented;
    Val r = vm_dict_copy(a);
    if (r == NULL || update_arg(r, b) < 0) return NULL;
    return r;
}

static Val dict_ior(Val a, Val b)
{
    if (update_arg(a, b) < 0) return NULL;
    return a;
}

/* ---- methods ---- */

static Val m_get(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("dict.get", "get", nargs, kwnames, 1, 2)) return NULL;
    Val v = vm_dict_get(self, vm_arg(args, nargs, 0));
    if (v != NULL || vm_err_occurred()) return v;
    return nargs > 1 ? vm_arg(args, nargs, 1) : VM_None;
}

static Val m_setdefault(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("dict.setdefault", "setdefault", nargs, kwnames, 1, 2)) return NULL;
    Val dflt = nargs > 1 ? vm_arg(args, nargs, 1) : VM_None;
    int64_t h = vm_hash(vm_arg(args, nargs, 0));
    if (h == -1) return NULL;
    DictObj *o = vm_dict_obj(self);
    int64_t ix = dict_lookup(o, vm_arg(args, nargs, 0), h);
    if (ix == DKIX_ERROR) return NULL;
    if (ix >= 0) return ev(o->keys, (size_t)ix);
    /* One lookup only: __eq__ runs once (CPython's setdefault is atomic). */
    if (insert_new(o, vm_arg(args, nargs, 0), h, dflt) < 0) return NULL;
    return dflt;
}

static Val m_pop(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("dict.pop", "pop", nargs, kwnames, 1, 2)) return NULL;
    Val out = NULL;
    int r = vm_dict_pop_opt(self, vm_arg(args, nargs, 0), &out);
    if (r < 0) return NULL;
    if (r > 0) return out;
    if (nargs > 1) return vm_arg(args, nargs, 1);
    return vm_key_error(vm_arg(args, nargs, 0));
}

static Val m_popitem(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.popitem", nargs, kwnames, 0, 0)) return NULL;
    DictObj *o = vm_dict_obj(self);
    if (o->used == 0) return vm_err_str(&vm_exc_KeyError, "popitem(): dictionary is empty");
    DictKeys *k = o->keys;
    size_t i = k->nentries;
    while (i > 0 && ev(k, i - 1) == NULL) i--;
    if (i == 0) cr_panic("dict: used count out of sync");
    i--;
    Val res = vm_tuple_pack(2, ek(k, i), ev(k, i));
    if (res == NULL) return NULL;
    delete_entry(o, i, eh(k, i));
    k->nentries = i;
    return res;
}

static Val m_update(Val self, Val *args, size_t nargs, Val kwnames)
{
    return update_common(self, args, nargs, kwnames, "update") < 0 ? NULL : VM_None;
}

static Val m_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.copy", nargs, kwnames, 0, 0)) return NULL;
    return vm_dict_copy(self);
}

static Val m_clear(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.clear", nargs, kwnames, 0, 0)) return NULL;
    vm_dict_clear(self);
    return VM_None;
}

static Val m_fromkeys(Val cls, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_args_clinic("dict.fromkeys", "fromkeys", nargs, kwnames, 1, 2)) return NULL;
    Val value = nargs > 1 ? vm_arg(args, nargs, 1) : VM_None;
    Val d = vm_call0(cls);
    if (d == NULL) return NULL;
    bool exact = vm_is_type(d, &vm_type_dict);
    if (exact && vm_is_type(vm_arg(args, nargs, 0), &vm_type_dict)) {
        size_t pos = 0;
        Val key;
        int64_t h;
        while (vm_dict_next_hash(vm_arg(args, nargs, 0), &pos, &key, NULL, &h))
            if (insert_known(vm_dict_obj(d), key, h, value) < 0) return NULL;
        return d;
    }
    Val it = vm_iter(vm_arg(args, nargs, 0));
    if (it == NULL) return NULL;
    for (;;) {
        Val key = vm_next(it);
        if (key == NULL) return vm_err_occurred() ? NULL : d;
        if ((exact ? vm_dict_set(d, key, value) : vm_setitem(d, key, value)) < 0) return NULL;
    }
}

static Val m_contains(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.__contains__", nargs, kwnames, 1, 1)) return NULL;
    int r = vm_dict_contains(self, vm_arg(args, nargs, 0));
    return r < 0 ? NULL : vm_bool(r);
}

static Val m_getitem(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.__getitem__", nargs, kwnames, 1, 1)) return NULL;
    return dict_getitem(self, vm_arg(args, nargs, 0));
}

/* ---- views ---- */

typedef struct {
    Obj base;
    Val dict;
} ViewObj;

static Val view_dict(Val v) { return ((ViewObj *)(void *)val_obj(v))->dict; }

static Val new_view(Val d, Type *t)
{
    ViewObj *v = vm_alloc_obj(t, sizeof(ViewObj), CR_SCAN);
    if (v == NULL) return NULL;
    v->dict = d;
    return VAL(v);
}

static Val m_keys(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.keys", nargs, kwnames, 0, 0)) return NULL;
    return new_view(self, &vm_type_dict_keys);
}

static Val m_values(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.values", nargs, kwnames, 0, 0)) return NULL;
    return new_view(self, &vm_type_dict_values);
}

static Val m_items(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.items", nargs, kwnames, 0, 0)) return NULL;
    return new_view(self, &vm_type_dict_items);
}

/* ---- iterators ---- */

typedef struct {
    Obj base;
    Val dict;     /* NULL when exhausted */
    size_t used;  /* the size when iteration started */
    bool broken;  /* "changed size" was raised: keep raising */
    int64_t pos;  /* next entry number (reverse: counts down) */
    size_t len;   /* items still expected */
} DictIterObj;

static DictIterObj *dit(Val v) { return (DictIterObj *)(void *)val_obj(v); }

static Val new_iter(Val d, Type *t, bool reverse)
{
    DictIterObj *it = vm_alloc_obj(t, sizeof(DictIterObj), CR_SCAN);
    if (it == NULL) return NULL;
    DictObj *o = vm_dict_obj(d);
    it->dict = d;
    it->used = o->used;
    it->len = o->used;
    it->pos = reverse ? (o->keys == NULL ? -1 : (int64_t)o->keys->nentries - 1) : 0;
    return VAL(it);
}

/* Advance to the next live entry; false when done or on error. */
static bool iter_step(DictIterObj *it, bool reverse, Val *key, Val *value)
{
    if (it->dict == NULL) return false;
    DictObj *o = vm_dict_obj(it->dict);
    if (it->broken || it->used != o->used) {
        it->broken = true;
        vm_err_str(&vm_exc_RuntimeError, "dictionary changed size during iteration");
        return false;
    }
    DictKeys *k = o->keys;
    int64_t n = k == NULL ? 0 : (int64_t)k->nentries, i = it->pos;
    if (reverse) {
        if (i >= n) i = n - 1;
        while (i >= 0 && ev(k, (size_t)i) == NULL) i--;
        if (i < 0) goto fail;
    } else {
        while (i < n && ev(k, (size_t)i) == NULL) i++;
        if (i >= n) goto fail;
    }
    if (it->len == 0) {
        vm_err_str(&vm_exc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    it->pos = reverse ? i - 1 : i + 1;
    it->len--;
    *key = ek(k, (size_t)i);
    *value = ev(k, (size_t)i);
    return true;
fail:
    it->dict = NULL;
    return false;
}

static Val keyiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), false, &k, &v) ? k : NULL;
}
static Val valueiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), false, &k, &v) ? v : NULL;
}
static Val itemiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), false, &k, &v) ? vm_tuple_pack(2, k, v) : NULL;
}
static Val revkeyiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), true, &k, &v) ? k : NULL;
}
static Val revvalueiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), true, &k, &v) ? v : NULL;
}
static Val revitemiter_next(Val self)
{
    Val k, v;
    return iter_step(dit(self), true, &k, &v) ? vm_tuple_pack(2, k, v) : NULL;
}

static Val dictiter_length_hint(Val self, Val *args, size_t nargs, Val kwnames)
{
    DictIterObj *it = dit(self);
    size_t n = 0;
    if (it->dict != NULL && !it->broken && it->used == vm_dict_obj(it->dict)->used) n = it->len;
    return vm_int_from_u64(n);
}

static Val dict_iter(Val self) { return new_iter(self, &vm_type_dict_keyiter, false); }

static Val m_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("dict.__reversed__", nargs, kwnames, 0, 0)) return NULL;
    return new_iter(self, &vm_type_dict_revkeyiter, true);
}

/* ---- view slots ---- */

static int64_t view_len(Val self) { return (int64_t)vm_dict_obj(view_dict(self))->used; }

static Val keys_iter(Val self) { return new_iter(view_dict(self), &vm_type_dict_keyiter, false); }
static Val values_iter(Val self) { return new_iter(view_dict(self), &vm_type_dict_valueiter, false); }
static Val items_iter(Val self) { return new_iter(view_dict(self), &vm_type_dict_itemiter, false); }

static Val keys_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    return new_iter(view_dict(self), &vm_type_dict_revkeyiter, true);
}
static Val values_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    return new_iter(view_dict(self), &vm_type_dict_revvalueiter, true);
}
static Val items_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    return new_iter(view_dict(self), &vm_type_dict_revitemiter, true);
}

static int keys_contains(Val self, Val key) { return vm_dict_contains(view_dict(self), key); }

static int items_contains(Val self, Val item)
{
    if (!vm_is_tuple(item) || vm_tuple_len(item) != 2) return 0;
    Val v = vm_dict_get(view_dict(self), vm_tuple_get(item, 0));
    if (v == NULL) return vm_err_occurred() ? -1 : 0;
    return vm_eq(v, vm_tuple_get(item, 1));
}

static Val view_repr(Val self)
{
    int st = vm_repr_enter(self);
    if (st != 0) return st > 0 ? vm_str_cstr("...") : NULL;
    Val result = NULL;
    Val l = vm_list_from_iter(self);
    if (l != NULL) result = vm_str_fmt("%s(%R)", vm_tname(self), l);
    vm_repr_leave(self);
    return result;
}

static bool is_setview(Val v) { return vm_is_type(v, &vm_type_dict_keys) || vm_is_type(v, &vm_type_dict_items); }

/* Every item of a is in b. */
static int all_contained_in(Val a, Val b)
{
    Val it = vm_iter(a);
    if (it == NULL) return -1;
    for (;;) {
        Val x = vm_next(it);
        if (x == NULL) return vm_err_occurred() ? -1 : 1;
        int r = vm_contains(b, x);
        if (r <= 0) return r;
    }
}

static Val view_richcmp(Val a, Val b, int op)
{
    if (!vm_is_anyset(b) && !is_setview(b)) return VM_NotImplemented;
    int64_t na = vm_len(a), nb = vm_len(b);
    if (na < 0 || nb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case VM_EQ:
    case VM_NE:
        if (na == nb) ok = all_contained_in(a, b);
        if (op == VM_NE && ok >= 0) ok = !ok;
        break;
    case VM_LT: if (na < nb) ok = all_contained_in(a, b); break;
    case VM_LE: if (na <= nb) ok = all_contained_in(a, b); break;
    case VM_GT: if (na > nb) ok = all_contained_in(b, a); break;
    case VM_GE: if (na >= nb) ok = all_contained_in(b, a); break;
    }
    if (ok < 0) return NULL;
    return vm_bool(ok != 0);
}

/* set(view) (or set(iterable) when the view is on the right). */
static Val view_to_set(Val v)
{
    Val s = vm_set_new();
    if (s == NULL) return NULL;
    Val src = v;
    if (vm_is_type(v, &vm_type_dict_keys) && vm_is_type(view_dict(v), &vm_type_dict)) src = view_dict(v);
    return vm_set_update(s, src) < 0 ? NULL : s;
}

static Val view_set_method(Val a, Val b, const char *method)
{
    Val s = view_to_set(a);
    if (s == NULL) return NULL;
    Val r = vm_call_method(s, method, &b, 1);
    return r == NULL ? NULL : s;
}

static Val view_sub(Val a, Val b) { return view_set_method(a, b, "difference_update"); }
static Val view_xor(Val a, Val b) { return view_set_method(a, b, "symmetric_difference_update"); }

static Val view_or(Val a, Val b)
{
    Val s = view_to_set(a);
    if (s == NULL || vm_set_update(s, b) < 0) return NULL;
    return s;
}

static Val view_and(Val a, Val b)
{
    if (!is_setview(a)) {
        Val t = a;
        a = b;
        b = t;
    }
    int64_t na = vm_len(a);
    if (na < 0) return NULL;
    if (vm_is_type(b, &vm_type_set)) {
        int64_t nb = vm_len(b);
        if (nb < 0) return NULL;
        if (na <= nb) return vm_call_method(b, "intersection", &a, 1);
    }
    if (is_setview(b)) {
        int64_t nb = vm_len(b);
        if (nb < 0) return NULL;
        if (nb > na) {
            Val t = a;
            a = b;
            b = t;
        }
    }
    Val result = vm_set_new();
    if (result == NULL) return NULL;
    Val it = vm_iter(b);
    if (it == NULL) return NULL;
    bool keys = vm_is_type(a, &vm_type_dict_keys);
    for (;;) {
        Val x = vm_next(it);
        if (x == NULL) return vm_err_occurred() ? NULL : result;
        int r = keys ? keys_contains(a, x) : items_contains(a, x);
        if (r < 0) return NULL;
        if (r && vm_set_add(result, x) < 0) return NULL;
    }
}

static Val view_isdisjoint(Val self, Val *args, size_t nargs, Val kwnames)
{
    const char *qual = vm_is_type(self, &vm_type_dict_keys) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (!vm_check_nargs(qual, nargs, kwnames, 1, 1)) return NULL;
    Val a = self, b = vm_arg(args, nargs, 0);
    if (a == b) return vm_bool(view_len(a) == 0);
    /* Iterate over the shorter object (only if other is a set, because
     * PySequence_Contains may be expensive otherwise). */
    if (vm_is_anyset(b) || is_setview(b)) {
        int64_t na = vm_len(a), nb = vm_len(b);
        if (na < 0 || nb < 0) return NULL;
        if (nb > na) {
            Val t = a;
            a = b;
            b = t;
        }
    }
    Val it = vm_iter(b);
    if (it == NULL) return NULL;
    for (;;) {
        Val x = vm_next(it);
        if (x == NULL) return vm_err_occurred() ? NULL : VM_True;
        int r = vm_contains(a, x);
        if (r < 0) return NULL;
        if (r) return VM_False;
    }
}

/* ---- mappingproxy (types.MappingProxyType): a read-only view of a mapping ---- */

typedef struct {
    Obj base;
    Val mapping;
} ProxyObj;

static Val proxied(Val v) { return ((ProxyObj *)(void *)val_obj(v))->mapping; }

Val vm_mappingproxy_new(Val mapping)
{
    Type *t = vm_typeof(mapping);
    if (t->getitem == NULL || vm_is_list(mapping) || vm_is_tuple(mapping))
        return vm_err_fmt(&vm_exc_TypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    ProxyObj *p = vm_alloc_obj(&vm_type_mappingproxy, sizeof(ProxyObj), CR_SCAN);
    if (p == NULL) return NULL;
    p->mapping = mapping;
    return VAL(p);
}

/* mappingproxy(mapping): Argument Clinic's messages (a missing mapping is
 * reported before an unknown keyword). */
static Val proxy_new(Type *type, Val *args, size_t nargs, Val kwnames)
{
    size_t nkw = kwnames ? vm_tuple_len(kwnames) : 0;
    if (nargs + nkw > 1)
        return vm_err_fmt(&vm_exc_TypeError, "mappingproxy() takes at most 1 %sargument (%d given)",
                          nargs == 0 ? "keyword " : "", (int)(nargs + nkw));
    Val mapping = nargs == 1 ? args[0] : NULL;
    if (nkw == 1 && vm_str_eq_cstr(vm_tuple_get(kwnames, 0), "mapping")) mapping = args[0];
    if (mapping == NULL) return vm_err_str(&vm_exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    return vm_mappingproxy_new(mapping);
}

static Val proxy_getitem(Val self, Val key) { return vm_getitem(proxied(self), key); }
static int64_t proxy_len(Val self) { return vm_len(proxied(self)); }
static int proxy_contains(Val self, Val key)
{
    Val m = proxied(self);
    return vm_is_type(m, &vm_type_dict) ? vm_dict_contains(m, key) : vm_contains(m, key);
}
static Val proxy_iter(Val self) { return vm_iter(proxied(self)); }
static Val proxy_repr(Val self) { return vm_str_fmt("mappingproxy(%R)", proxied(self)); }
static Val proxy_str(Val self) { return vm_str(proxied(self)); }
static Val proxy_richcmp(Val a, Val b, int op) { return vm_richcmp(proxied(a), b, op); }

static Val proxy_or(Val a, Val b)
{
    if (vm_is_type(a, &vm_type_mappingproxy)) a = proxied(a);
    if (vm_is_type(b, &vm_type_mappingproxy)) b = proxied(b);
    return vm_binop(a, b, VM_OP_OR);
}

static Val proxy_ior(Val a, Val b)
{
    return vm_err_str(&vm_exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

/* mapping.get(key, default) with default None when not given, as CPython
 * calls it (_PyArg_UnpackStack's messages). */
static Val proxy_get(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (kwnames && vm_tuple_len(kwnames) > 0)
        return vm_err_str(&vm_exc_TypeError, "mappingproxy.get() takes no keyword arguments");
    if (nargs < 1) return vm_err_fmt(&vm_exc_TypeError, "get expected at least 1 argument, got %d", (int)nargs);
    if (nargs > 2) return vm_err_fmt(&vm_exc_TypeError, "get expected at most 2 arguments, got %d", (int)nargs);
    Val a[2] = {args[0], nargs == 2 ? args[1] : VM_None};
    return vm_call_method(proxied(self), "get", a, 2);
}

/* mappingproxy[X]: types.GenericAlias(mappingproxy, X). */
extern Type vm_type_generic_alias;
static Val proxy_class_getitem(Val cls, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__class_getitem__", nargs, kwnames, 1, 1)) return NULL;
    Val a[2] = {cls, args[0]};
    return vm_call(VAL(&vm_type_generic_alias), a, 2, NULL);
}

/* self.method() of the proxied mapping (qualname for argument errors). */
static Val proxy_forward(Val self, size_t nargs, Val kwnames, const char *qualname, const char *method)
{
    if (!vm_check_nargs(qualname, nargs, kwnames, 0, 0)) return NULL;
    return vm_call_method(proxied(self), method, NULL, 0);
}

static Val proxy_keys(Val self, Val *args, size_t nargs, Val kwnames)
{
    return proxy_forward(self, nargs, kwnames, "mappingproxy.keys", "keys");
}
static Val proxy_values(Val self, Val *args, size_t nargs, Val kwnames)
{
    return proxy_forward(self, nargs, kwnames, "mappingproxy.values", "values");
}
static Val proxy_items(Val self, Val *args, size_t nargs, Val kwnames)
{
    return proxy_forward(self, nargs, kwnames, "mappingproxy.items", "items");
}
static Val proxy_copy(Val self, Val *args, size_t nargs, Val kwnames)
{
    return proxy_forward(self, nargs, kwnames, "mappingproxy.copy", "copy");
}
static Val proxy_reversed(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("mappingproxy.__reversed__", nargs, kwnames, 0, 0)) return NULL;
    return vm_call1(VAL(&vm_type_reversed), proxied(self));
}

static const vm_methoddef proxy_methods[] = {
    {"get", proxy_get, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", proxy_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", proxy_values, 0, "D.values() -> an object providing a view on D's values"},
    {"items", proxy_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", proxy_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", proxy_reversed, 0, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", proxy_class_getitem, VM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const vm_numberslots proxy_num = {
    .binop = {[VM_OP_OR] = proxy_or},
    .inplace = {[VM_OP_OR] = proxy_ior},
};

Type vm_type_mappingproxy = {
    .base = {&vm_type_type},
    .name = "mappingproxy",
    .basicsize = sizeof(ProxyObj),
    .tbase = &vm_type_object,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcmp = proxy_richcmp,
    .iter = proxy_iter,
    .new_ = proxy_new,
    .num = &proxy_num,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .methods = proxy_methods,
};

static Val view_mapping(Val self) { return vm_mappingproxy_new(view_dict(self)); }

static const vm_getsetdef view_getsets[] = {
    {"mapping", view_mapping, NULL},
    {NULL, NULL, NULL},
};

static const vm_numberslots view_num = {
    .binop = {[VM_OP_SUB] = view_sub, [VM_OP_AND] = view_and, [VM_OP_OR] = view_or, [VM_OP_XOR] = view_xor},
};

static const vm_methoddef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};
static const vm_methoddef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, 0, "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};
static const vm_methoddef values_methods[] = {
    {"__reversed__", values_reversed, 0, "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

#define VIEW_TYPE(cname, pyname, iterfn, containsfn, meths, cmp, numslots) \
    Type cname = {                                                         \
        .base = {&vm_type_type},                                           \
        .name = pyname,                                                    \
        .basicsize = sizeof(ViewObj),                                      \
        .tbase = &vm_type_object,                                          \
        .repr = view_repr,                                                 \
        .richcmp = cmp,                                                    \
        .iter = iterfn,                                                    \
        .num = numslots,                                                   \
        .len = view_len,                                                   \
        .contains = containsfn,                                            \
        .methods = meths,                                                  \
        .getsets = view_getsets,                                           \
    }

VIEW_TYPE(vm_type_dict_keys, "dict_keys", keys_iter, keys_contains, keys_methods, view_richcmp, &view_num);
VIEW_TYPE(vm_type_dict_items, "dict_items", items_iter, items_contains, items_methods, view_richcmp, &view_num);
VIEW_TYPE(vm_type_dict_values, "dict_values", values_iter, NULL, values_methods, NULL, NULL);

/* Pickling (CPython 3.11): (iter, (list of the remaining items,)), taken
 * from a copy so that this iterator does not advance. */
static Val dictiter_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_iter_method_args(self, "__reduce__", nargs, kwnames, 0)) return NULL;
    DictIterObj *copy = vm_alloc_obj(vm_typeof(self), sizeof(DictIterObj), CR_SCAN);
    if (copy == NULL) return NULL;
    *copy = *dit(self);
    Val list = vm_list_from_iter(VAL(copy));
    return list == NULL ? NULL : vm_iter_reduce("iter", list, NULL);
}

static const vm_methoddef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {"__reduce__", dictiter_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

#define ITER_TYPE(cname, pyname, nextfn)       \
    Type cname = {                             \
        .base = {&vm_type_type},               \
        .name = pyname,                        \
        .basicsize = sizeof(DictIterObj),      \
        .tbase = &vm_type_object,              \
        .iter = vm_self_iter,                  \
        .iternext = nextfn,                    \
        .methods = dictiter_methods,           \
    }

ITER_TYPE(vm_type_dict_keyiter, "dict_keyiterator", keyiter_next);
ITER_TYPE(vm_type_dict_valueiter, "dict_valueiterator", valueiter_next);
ITER_TYPE(vm_type_dict_itemiter, "dict_itemiterator", itemiter_next);
ITER_TYPE(vm_type_dict_revkeyiter, "dict_reversekeyiterator", revkeyiter_next);
ITER_TYPE(vm_type_dict_revvalueiter, "dict_reversevalueiterator", revvalueiter_next);
ITER_TYPE(vm_type_dict_revitemiter, "dict_reverseitemiterator", revitemiter_next);

static const vm_methoddef dict_methods[] = {
    {"__contains__", m_contains, 0, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, 0, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", m_fromkeys, VM_METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {NULL, NULL, 0, NULL},
};

static const vm_numberslots dict_num = {
    .binop = {[VM_OP_OR] = dict_or},
    .inplace = {[VM_OP_OR] = dict_ior},
};

Type vm_type_dict = {
    .base = {&vm_type_type},
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = VM_TF_BASETYPE | VM_TF_DICT_SUBCLASS,
    .tbase = &vm_type_object,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .num = &dict_num,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};

void vm_dict_types_ready(void)
{
    Type *types[] = {&vm_type_dict, &vm_type_mappingproxy, &vm_type_dict_keys, &vm_type_dict_values, &vm_type_dict_items,
                     &vm_type_dict_keyiter, &vm_type_dict_valueiter, &vm_type_dict_itemiter,
                     &vm_type_dict_revkeyiter, &vm_type_dict_revvalueiter, &vm_type_dict_revitemiter};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) vm_type_ready(types[i]);
}
