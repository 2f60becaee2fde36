/* Unit tests of the containers (list, tuple, dict, set, range, slice and
 * the iterator builtins) through the C API.  Expected values (hashes, set
 * orders, reprs, messages) come from CPython 3.11 with PYTHONHASHSEED=0;
 * sets are built by adding items one by one (a set display of constants
 * goes through a frozenset constant in CPython, which orders differently). */
#include <stdio.h>
#include <string.h>

#include "core/mem.h"
#include "host/linux.h"
#include "pyclave/runtime.h"
#include "vm/dict.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/type.h"

static int passed, failed;

static void check(bool ok, const char *what, const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s (got %s)\n", what, got ? got : "NULL");
}

static const char *cs(Val v) { return v ? vm_str_cstr_of(v) : "<error>"; }

/* repr(v), or "Type: message" when v is NULL (an exception is pending). */
static const char *show(Val v)
{
    if (v == NULL) {
        Val e = vm_err_fetch();
        if (e == NULL) return "<NULL without exception>";
        Val s = vm_str(e);
        static char buf[400];
        snprintf(buf, sizeof buf, "%s: %s", vm_tname(e), s ? cs(s) : "?");
        return buf;
    }
    Val r = vm_repr(v);
    if (r == NULL) return show(NULL);
    return cs(r);
}

static void expect(const char *what, Val v, const char *want)
{
    const char *got = show(v);
    check(strcmp(got, want) == 0, what, got);
}

static void expect_int(const char *what, int64_t got, int64_t want)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%lld", (long long)got);
    check(got == want, what, buf);
}

static Val I(int64_t i) { return vm_int_from_i64(i); }
static Val S(const char *s) { return vm_str_cstr(s); }

static Val meth(Val o, const char *name, size_t n, Val a, Val b)
{
    Val args[2] = {a, b};
    return vm_call_method(o, name, args, n);
}

static Val call_type(Type *t, size_t n, Val a, Val b, Val c)
{
    Val args[3] = {a, b, c};
    return vm_call(obj_val(t), args, n, NULL);
}

static Val neg_key(Val self, Val *args, size_t nargs, Val kwnames) { return vm_unary(args[0], VM_UOP_NEG); }
static const vm_methoddef neg_def = {"neg", neg_key, 0, NULL};

static Val mod3_key(Val self, Val *args, size_t nargs, Val kwnames) { return vm_binop(args[0], I(3), VM_OP_MOD); }
static const vm_methoddef mod3_def = {"mod3", mod3_key, 0, NULL};

static Val ints(size_t n, const int64_t *v)
{
    Val l = vm_list_new(0);
    for (size_t i = 0; i < n; i++) vm_list_append(l, I(v[i]));
    return l;
}

static void test_list(void)
{
    int64_t a[] = {5, 3, 9, 1, 3, 7};
    Val l = ints(6, a);
    expect("list repr", l, "[5, 3, 9, 1, 3, 7]");
    vm_list_sort(l, NULL, false);
    expect("list sort", l, "[1, 3, 3, 5, 7, 9]");
    vm_list_sort(l, NULL, true);
    expect("list sort reverse", l, "[9, 7, 5, 3, 3, 1]");
    vm_list_sort(l, vm_builtin_new(&neg_def, NULL), false);
    expect("list sort key", l, "[9, 7, 5, 3, 3, 1]");
    int64_t b[] = {10, 4, 7, 1, 13, 2, 5, 8, 11, 3};
    Val m = ints(10, b);
    vm_list_sort(m, vm_builtin_new(&mod3_def, NULL), false);
    expect("list sort stable", m, "[3, 10, 4, 7, 1, 13, 2, 5, 8, 11]");
    vm_list_sort(m, vm_builtin_new(&mod3_def, NULL), true);
    expect("list sort stable reverse", m, "[2, 5, 8, 11, 10, 4, 7, 1, 13, 3]");

    /* a long list: merges across many runs */
    Val big = vm_list_new(0);
    for (int64_t i = 0; i < 2000; i++) vm_list_append(big, I((i * 7919) % 2003));
    vm_list_sort(big, NULL, false);
    bool sorted = true;
    for (size_t i = 1; i < vm_list_len(big); i++)
        if (val_small(vm_list_get(big, i - 1)) > val_small(vm_list_get(big, i))) sorted = false;
    check(sorted && vm_list_len(big) == 2000, "big sort", NULL);

    Val e = vm_list_new(0);
    expect("append", meth(e, "append", 1, I(1), NULL), "None");
    meth(e, "extend", 1, vm_tuple_pack(2, I(2), I(3)), NULL);
    meth(e, "insert", 2, I(-100), S("x"));
    expect("extend/insert", e, "['x', 1, 2, 3]");
    expect("pop", meth(e, "pop", 0, NULL, NULL), "3");
    expect("pop(0)", meth(e, "pop", 1, I(0), NULL), "'x'");
    expect("pop range", meth(e, "pop", 1, I(5), NULL), "IndexError: pop index out of range");
    expect("index", meth(e, "index", 1, I(2), NULL), "1");
    expect("index missing", meth(e, "index", 1, I(7), NULL), "ValueError: 7 is not in list");
    expect("remove missing", meth(e, "remove", 1, I(7), NULL), "ValueError: list.remove(x): x not in list");
    expect("getitem", vm_getitem(e, I(-1)), "2");
    expect("getitem range", vm_getitem(e, I(2)), "IndexError: list index out of range");
    expect("getitem str", vm_getitem(e, S("a")), "TypeError: list indices must be integers or slices, not str");
    check(vm_setitem(e, I(5), I(0)) < 0, "setitem range", NULL);
    expect("setitem range msg", NULL, "IndexError: list assignment index out of range");

    Val r = ints(6, a); /* [5, 3, 9, 1, 3, 7] */
    expect("slice", vm_getitem(r, vm_slice_new(I(1), I(5), NULL)), "[3, 9, 1, 3]");
    expect("slice step", vm_getitem(r, vm_slice_new(NULL, NULL, I(-2))), "[7, 1, 3]");
    vm_setitem(r, vm_slice_new(I(1), I(3), NULL), vm_tuple_pack(3, S("a"), S("b"), S("c")));
    expect("slice assign", r, "[5, 'a', 'b', 'c', 1, 3, 7]");
    vm_setitem(r, vm_slice_new(I(0), I(4), NULL), vm_list_new(0));
    expect("slice assign shrink", r, "[1, 3, 7]");
    check(vm_setitem(r, vm_slice_new(NULL, NULL, I(2)), vm_list_new(3)) < 0, "ext slice size", NULL);
    expect("ext slice size msg", NULL, "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
    vm_setitem(r, vm_slice_new(NULL, NULL, I(2)), vm_tuple_pack(2, I(0), I(0)));
    expect("ext slice assign", r, "[0, 3, 0]");
    vm_delitem(r, vm_slice_new(NULL, NULL, I(-2)));
    expect("ext slice del", r, "[3]");
    vm_setitem(r, vm_slice_new(NULL, NULL, NULL), r);
    expect("self slice assign", r, "[3]");

    Val rec = ints(2, a);
    vm_list_append(rec, rec);
    expect("recursive repr", rec, "[5, 3, [...]]");
    expect_int("list hash", vm_hash(rec), -1);
    expect("list hash msg", NULL, "TypeError: unhashable type: 'list'");
    expect("list + tuple", vm_binop(rec, vm_empty_tuple, VM_OP_ADD),
           "TypeError: can only concatenate list (not \"tuple\") to list");
    expect("list * 2", vm_binop(ints(2, a), I(2), VM_OP_MUL), "[5, 3, 5, 3]");
    expect("2 * list", vm_binop(I(2), ints(1, a), VM_OP_MUL), "[5, 5]");
    expect("list * float", vm_binop(ints(1, a), vm_float_new(1.5), VM_OP_MUL),
           "TypeError: can't multiply sequence by non-int of type 'float'");
    expect("list * huge", vm_binop(ints(1, a), I((int64_t)1 << 60), VM_OP_MUL), "MemoryError: ");
    expect("list < list", vm_richcmp(ints(2, a), ints(3, a), VM_LT), "True");
    expect("list == list", vm_richcmp(ints(3, a), ints(3, a), VM_EQ), "True");
    expect("list > list", vm_richcmp(ints(2, b), ints(2, a), VM_GT), "True");
    expect("list()", call_type(&vm_type_list, 1, vm_tuple_pack(2, I(1), I(2)), NULL, NULL), "[1, 2]");
    expect("list(1)", call_type(&vm_type_list, 1, I(1), NULL, NULL), "TypeError: 'int' object is not iterable");
    Val it = vm_call_method(ints(3, a), "__reversed__", NULL, 0);
    expect("reversed list", vm_list_from_iter(it), "[9, 3, 5]");
}

static void test_tuple(void)
{
    expect("tuple repr", vm_tuple_pack(1, I(1)), "(1,)");
    expect("empty tuple repr", vm_empty_tuple, "()");
    expect_int("hash (1,2,3)", vm_hash(vm_tuple_pack(3, I(1), I(2), I(3))), 529344067295497451LL);
    expect_int("hash ()", vm_hash(vm_empty_tuple), 5740354900026072187LL);
    expect_int("hash ((1,2),'a')", vm_hash(vm_tuple_pack(2, vm_tuple_pack(2, I(1), I(2)), S("a"))), 614555065800986576LL);
    Val t = vm_tuple_pack(4, I(1), I(2), I(3), I(2));
    expect("tuple slice", vm_getitem(t, vm_slice_new(I(1), NULL, NULL)), "(2, 3, 2)");
    expect("tuple index", vm_getitem(t, I(9)), "IndexError: tuple index out of range");
    expect("tuple count", meth(t, "count", 1, I(2), NULL), "2");
    expect("tuple index()", meth(t, "index", 1, I(5), NULL), "ValueError: tuple.index(x): x not in tuple");
    expect("tuple +", vm_binop(t, vm_tuple_pack(1, I(0)), VM_OP_ADD), "(1, 2, 3, 2, 0)");
    expect("tuple * 0", vm_binop(t, I(0), VM_OP_MUL), "()");
    expect("tuple <", vm_richcmp(t, vm_tuple_pack(2, I(1), I(3)), VM_LT), "True");
    expect("tuple(list)", call_type(&vm_type_tuple, 1, vm_list_new(2), NULL, NULL), "(None, None)");
    expect("tuple + list", vm_binop(t, vm_list_new(0), VM_OP_ADD),
           "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

static void test_dict(void)
{
    Val d = vm_dict_new();
    for (int i = 0; i < 20; i++) vm_dict_set(d, I(i * 3), S(i % 2 ? "odd" : "even"));
    expect_int("dict len", (int64_t)vm_dict_len(d), 20);
    for (int i = 0; i < 20; i += 2) vm_dict_del(d, I(i * 3));
    expect("dict after del", d,
           "{3: 'odd', 9: 'odd', 15: 'odd', 21: 'odd', 27: 'odd', 33: 'odd', 39: 'odd', 45: 'odd', 51: 'odd', 57: 'odd'}");
    vm_dict_set(d, I(0), VM_None);
    expect("popitem", meth(d, "popitem", 0, NULL, NULL), "(0, None)");
    expect("get", meth(d, "get", 2, I(100), S("dflt")), "'dflt'");
    expect("getitem missing", vm_getitem(d, I(100)), "KeyError: 100");
    expect("getitem tuple key", vm_getitem(d, vm_tuple_pack(2, I(1), I(2))), "KeyError: (1, 2)");
    expect("unhashable key", vm_getitem(d, vm_list_new(0)), "TypeError: unhashable type: 'list'");
    expect("pop", meth(d, "pop", 1, I(3), NULL), "'odd'");
    expect("setdefault", meth(d, "setdefault", 2, S("k"), I(1)), "1");
    expect("keys", meth(d, "keys", 0, NULL, NULL),
           "dict_keys([9, 15, 21, 27, 33, 39, 45, 51, 57, 'k'])");
    Val e = vm_dict_new();
    expect("popitem empty", meth(e, "popitem", 0, NULL, NULL), "KeyError: 'popitem(): dictionary is empty'");
    Val pairs = vm_list_new(0);
    vm_list_append(pairs, vm_tuple_pack(2, S("a"), I(1)));
    vm_list_append(pairs, vm_tuple_pack(3, S("a"), I(1), I(2)));
    expect("update bad", meth(e, "update", 1, pairs, NULL),
           "ValueError: dictionary update sequence element #1 has length 3; 2 is required");
    Val p2 = vm_list_new(0);
    vm_list_append(p2, I(5));
    expect("update nonseq", meth(e, "update", 1, p2, NULL),
           "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    expect("after update", e, "{'a': 1}");
    Val c = vm_dict_copy(d);
    expect("copy ==", vm_richcmp(c, d, VM_EQ), "True");
    vm_dict_set(c, S("k"), I(2));
    expect("copy !=", vm_richcmp(c, d, VM_EQ), "False");
    expect("dict |", vm_binop(e, vm_dict_copy(e), VM_OP_OR), "{'a': 1}");
    Val rec = vm_dict_new();
    vm_dict_set(rec, S("self"), rec);
    expect("dict recursive repr", rec, "{'self': {...}}");

    /* iteration while changing size */
    Val it = vm_iter(d);
    vm_next(it);
    vm_dict_set(d, S("new"), I(1));
    expect("changed size", vm_next(it), "RuntimeError: dictionary changed size during iteration");
    /* keys changed, same size */
    Val d2 = vm_dict_new();
    vm_dict_set(d2, I(1), I(1));
    vm_dict_set(d2, I(2), I(2));
    it = vm_iter(d2);
    vm_next(it);
    vm_dict_del(d2, I(1));
    vm_dict_set(d2, I(3), I(3));
    vm_next(it);
    expect("keys changed", vm_next(it), "RuntimeError: dictionary keys changed during iteration");

    Val v = meth(d2, "items", 0, NULL, NULL);
    Val s = vm_set_new();
    vm_set_add(s, vm_tuple_pack(2, I(2), I(2)));
    expect("items & set", vm_binop(v, s, VM_OP_AND), "{(2, 2)}");
    Val kv = meth(d2, "keys", 0, NULL, NULL);
    expect("keys | list", vm_binop(kv, vm_list_from(&(Val){I(7)}, 1), VM_OP_OR), "{2, 3, 7}");
    expect("keys - set", vm_binop(kv, s, VM_OP_SUB), "{2, 3}");
    expect("reversed keys", vm_list_from_iter(vm_call_method(kv, "__reversed__", NULL, 0)), "[3, 2]");
    expect("dict(**kw)", call_type(&vm_type_dict, 0, NULL, NULL, NULL), "{}");
}

static void test_set(void)
{
    int64_t a[] = {100, 5, 37, 8, 1000, -3, 64};
    Val s = vm_set_new();
    for (int i = 0; i < 7; i++) vm_set_add(s, I(a[i]));
    expect("set order", s, "{64, 100, 37, 5, 8, 1000, -3}");
    Val r = vm_set_new();
    for (int i = 0; i < 200; i += 7) vm_set_add(r, I(i));
    expect("set order 2", r,
           "{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 77, 84, 91, "
           "98, 105, 112, 119, 126}");
    const char *fruits[] = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"};
    Val f = vm_set_new();
    for (int i = 0; i < 7; i++) vm_set_add(f, S(fruits[i]));
    expect("str set order", f, "{'banana', 'apple', 'cherry', 'fig', 'date', 'grape', 'elderberry'}");
    Val g = vm_set_new();
    for (int i = 0; i < 50; i++) vm_set_add(g, I(i));
    for (int i = 0; i < 50; i += 3) vm_set_discard(g, I(i));
    vm_set_add(g, I(1000));
    vm_set_add(g, I(-1));
    expect("set with dummies", g,
           "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, "
           "43, 44, 46, 47, 49, 1000, -1}");
    /* a set display of constants: BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE */
    Val items = vm_tuple_new(7);
    for (int i = 0; i < 7; i++) vm_tuple_set(items, (size_t)i, I(a[i]));
    Val disp = vm_set_new();
    vm_set_update(disp, vm_frozenset_const(items));
    expect("set display order", disp, "{64, 100, 5, 37, 8, 1000, -3}");
    expect("frozenset const", vm_frozenset_const(items), "frozenset({64, 100, 5, 37, 8, 1000, -3})");
    Val fitems = vm_tuple_new(7);
    for (int i = 0; i < 7; i++) vm_tuple_set(fitems, (size_t)i, S(fruits[i]));
    Val fdisp = vm_set_new();
    vm_set_update(fdisp, vm_frozenset_const(fitems));
    expect("str set display order", fdisp, "{'banana', 'fig', 'cherry', 'apple', 'grape', 'date', 'elderberry'}");
    Val fs = vm_frozenset_new(vm_tuple_pack(3, I(1), I(2), I(3)));
    expect_int("frozenset hash", vm_hash(fs), -272375401224217160LL);
    expect_int("empty frozenset hash", vm_hash(vm_frozenset_new(NULL)), 133146708735736LL);
    expect_int("str frozenset hash", vm_hash(vm_frozenset_new(vm_tuple_pack(2, S("a"), S("b")))), 1679668661828516449LL);
    expect("frozenset repr", vm_frozenset_new(vm_tuple_pack(1, I(1))), "frozenset({1})");
    expect("empty set repr", vm_set_new(), "set()");
    expect("set pop empty", meth(vm_set_new(), "pop", 0, NULL, NULL), "KeyError: 'pop from an empty set'");
    expect("set remove", meth(s, "remove", 1, I(4), NULL), "KeyError: 4");
    expect("set unhashable", meth(s, "add", 1, vm_list_new(0), NULL), "TypeError: unhashable type: 'list'");
    expect_int("set hash", vm_hash(s), -1);
    expect("set hash msg", NULL, "TypeError: unhashable type: 'set'");
    Val t = vm_set_new();
    vm_set_add(t, I(5));
    vm_set_add(t, I(6));
    expect("set &", vm_binop(s, t, VM_OP_AND), "{5}");
    expect("set |", vm_binop(t, s, VM_OP_OR), "{64, 100, 5, 6, 37, 8, 1000, -3}");
    expect("set -", vm_binop(t, s, VM_OP_SUB), "{6}");
    expect("set ^", vm_binop(t, s, VM_OP_XOR), "{64, 100, 37, 6, 8, 1000, -3}");
    expect("set <=", vm_richcmp(t, s, VM_LE), "False");
    expect("set | list", vm_binop(t, vm_list_new(0), VM_OP_OR),
           "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    Val it = vm_iter(t);
    vm_next(it);
    vm_set_add(t, I(7));
    expect("set changed", vm_next(it), "RuntimeError: Set changed size during iteration");
    Val inner = vm_set_new();
    vm_set_add(inner, I(1));
    Val outer = vm_set_new();
    vm_set_add(outer, vm_frozenset_new(inner));
    expect_int("set in set (frozen retry)", vm_set_contains(outer, inner), 1);
}

static void test_range_slice(void)
{
    Val r = call_type(&vm_type_range, 3, I(0), I(10), I(3));
    expect("range repr", r, "range(0, 10, 3)");
    expect_int("range len", vm_len(r), 4);
    expect("range list", vm_list_from_iter(r), "[0, 3, 6, 9]");
    expect("range [-1]", vm_getitem(r, I(-1)), "9");
    expect("range [4]", vm_getitem(r, I(4)), "IndexError: range object index out of range");
    expect("range slice", vm_getitem(r, vm_slice_new(NULL, NULL, I(-1))), "range(9, -3, -3)");
    expect_int("range contains", vm_contains(r, I(6)), 1);
    expect_int("range !contains", vm_contains(r, I(7)), 0);
    expect("range index", meth(r, "index", 1, I(9), NULL), "3");
    expect("range step 0", call_type(&vm_type_range, 3, I(0), I(10), I(0)), "ValueError: range() arg 3 must not be zero");
    expect_int("range hash", vm_hash(call_type(&vm_type_range, 3, I(0), I(10), I(2))), -6143170332311272345LL);
    expect("reversed range", vm_list_from_iter(meth(r, "__reversed__", 0, NULL, NULL)), "[9, 6, 3, 0]");
    Val big = vm_binop(I(1), I(100), VM_OP_LSHIFT);
    check(big != NULL, "1 << 100", show(big));
    if (big != NULL) {
        Val br = call_type(&vm_type_range, 1, big, NULL, NULL);
        expect_int("huge range len", vm_len(br), -1);
        expect("huge len msg", NULL, "OverflowError: Python int too large to convert to C ssize_t");
        expect("huge range item", vm_getitem(br, I(-1)), "1267650600228229401496703205375");
    }
    expect("slice indices", meth(vm_slice_new(I(1), NULL, I(-2)), "indices", 1, I(10), NULL), "(1, -1, -2)");
    expect("slice repr", vm_slice_new(I(1), NULL, NULL), "slice(1, None, None)");
    expect_int("slice hash", vm_hash(vm_slice_new(I(1), NULL, NULL)), -1);
    expect("slice hash msg", NULL, "TypeError: unhashable type: 'slice'");
}

static void test_iters(void)
{
    Val l = vm_list_from(&(Val){S("a")}, 1);
    vm_list_append(l, S("b"));
    Val e = call_type(&vm_type_enumerate, 2, l, I(5), NULL);
    expect("enumerate", vm_list_from_iter(e), "[(5, 'a'), (6, 'b')]");
    Val z = call_type(&vm_type_zip, 2, l, vm_tuple_pack(3, I(1), I(2), I(3)), NULL);
    expect("zip", vm_list_from_iter(z), "[('a', 1), ('b', 2)]");
    Val args[3] = {l, vm_tuple_pack(3, I(1), I(2), I(3)), VM_True};
    Val zs = vm_call(obj_val(&vm_type_zip), args, 2, vm_tuple_pack(1, S("strict")));
    expect("zip strict", vm_list_from_iter(zs), "ValueError: zip() argument 2 is longer than argument 1");
    Val args2[4] = {vm_tuple_pack(2, I(1), I(2)), l, vm_tuple_pack(1, I(1)), VM_True};
    zs = vm_call(obj_val(&vm_type_zip), args2, 3, vm_tuple_pack(1, S("strict")));
    expect("zip strict 3", vm_list_from_iter(zs), "ValueError: zip() argument 3 is shorter than arguments 1-2");
    expect("reversed tuple", vm_list_from_iter(call_type(&vm_type_reversed, 1, vm_tuple_pack(2, I(1), I(2)), NULL, NULL)),
           "[2, 1]");
    expect("reversed int", call_type(&vm_type_reversed, 1, I(1), NULL, NULL), "TypeError: 'int' object is not reversible");
    expect("filter None", vm_list_from_iter(call_type(&vm_type_filter, 2, VM_None, vm_tuple_pack(3, I(0), I(2), VM_False), NULL)),
           "[2]");
    expect("map", vm_list_from_iter(call_type(&vm_type_map, 2, vm_builtin_new(&neg_def, NULL), vm_tuple_pack(2, I(1), I(2)), NULL)),
           "[-1, -2]");
}

/* The tests run in frames below main's (the GC scans the C stack up to
 * main's local `base`), so they must not be inlined into main. */
__attribute__((noinline)) static void run_tests(void)
{
    test_list();
    test_tuple();
    test_dict();
    test_set();
    test_range_slice();
    test_iters();
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    hs_linux_install();
    hs_linux_register_static_roots();
    pyclave_config cfg = {0};
    cfg.heap_cap = (size_t)512 << 20;
    cfg.stack_base = __builtin_frame_address(0);
    cfg.hashseed = "0";
#ifdef PC_TORTURE_GC
    cfg.gc_torture = 50; /* collect often (every allocation is too slow here) */
#endif
    if (pyclave_init(&cfg) < 0) {
        printf("cannot start the runtime\n");
        return 1;
    }
    run_tests();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
