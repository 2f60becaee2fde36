/* Unit tests of core/buf.c edge cases found by the Frama-C analysis
 * (verify/drv_buf.c): empty needles, operations on empty vectors with no
 * storage (items == NULL: memmove of 0 bytes must not get NULL), reverse of
 * every sub-range, and the buffer helpers at their bounds. */
#include <stdio.h>

#include "core/buf.h"
#include "host/linux.h"

static int passed, failed;

static void check(bool ok, const char *what)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n", what);
}

static Val sv(int64_t i) { return val_from_small(i); }

static void test_rfind(void)
{
    cr_span hay = cr_span_make("abcab", 5), empty = cr_span_make("", 0);
    check(cr_span_rfind(hay, empty) == 5, "rfind empty needle -> len");
    check(cr_span_rfind(empty, empty) == 0, "rfind empty in empty");
    check(cr_span_rfind(hay, cr_span_make("ab", 2)) == 3, "rfind ab");
    check(cr_span_rfind(hay, cr_span_make("abcab", 5)) == 0, "rfind whole");
    check(cr_span_rfind(hay, cr_span_make("abcabc", 6)) == -1, "rfind longer");
    check(cr_span_rfind(hay, cr_span_make("x", 1)) == -1, "rfind missing");
    check(cr_span_find(hay, empty, 5) == 5, "find empty at end");
    check(cr_span_find(hay, cr_span_make("ab", 2), 1) == 3, "find ab from 1");
}

static void test_vals_empty(void)
{
    cr_vals v;
    cr_vals_init(&v);
    cr_vals_remove_range(&v, 0, 0); /* items == NULL */
    check(v.len == 0, "remove_range on empty");
    cr_vals_reverse(&v, 0, 0);
    check(v.len == 0, "reverse empty");
    check(cr_vals_insert(&v, 0, sv(1)), "insert into empty");
    check(cr_vals_insert(&v, 1, sv(3)), "insert at end");
    check(cr_vals_insert(&v, 1, sv(2)), "insert in middle");
    check(v.len == 3 && cr_vals_get(&v, 0) == sv(1) && cr_vals_get(&v, 1) == sv(2) && cr_vals_get(&v, 2) == sv(3),
          "insert order");
    cr_vals_remove(&v, 2); /* last: nothing to move */
    check(v.len == 2 && cr_vals_get(&v, 1) == sv(2), "remove last");
    cr_vals_remove(&v, 0);
    check(v.len == 1 && cr_vals_get(&v, 0) == sv(2), "remove first");
    cr_vals_remove_range(&v, 1, 1);
    check(v.len == 1, "remove empty range at end");
    cr_vals_remove_range(&v, 0, 1);
    check(v.len == 0, "remove all");
}

static void test_vals_reverse(void)
{
    for (size_t n = 0; n <= 6; n++)
        for (size_t lo = 0; lo <= n; lo++)
            for (size_t hi = lo; hi <= n; hi++) {
                cr_vals v;
                cr_vals_init(&v);
                for (size_t k = 0; k < n; k++) cr_vals_push(&v, sv((int64_t)k));
                cr_vals_reverse(&v, lo, hi);
                bool ok = v.len == n;
                for (size_t k = 0; k < n && ok; k++) {
                    size_t want = k >= lo && k < hi ? lo + hi - 1 - k : k;
                    ok = cr_vals_get(&v, k) == sv((int64_t)want);
                }
                check(ok, "reverse sub-range");
            }
}

/* cr_vals_copy against a reference, on one vector (overlapping both ways)
 * and between two vectors. */
static void test_vals_copy(void)
{
    enum { N = 7 };
    for (size_t d = 0; d <= N; d++)
        for (size_t s0 = 0; s0 <= N; s0++)
            for (size_t n = 0; d + n <= N && s0 + n <= N; n++) {
                cr_vals v, w;
                cr_vals_init(&v);
                cr_vals_init(&w);
                for (size_t k = 0; k < N; k++) {
                    cr_vals_push(&v, sv((int64_t)k));
                    cr_vals_push(&w, sv((int64_t)(100 + k)));
                }
                int64_t ref[N];
                for (size_t k = 0; k < N; k++) ref[k] = (int64_t)k;
                for (size_t k = 0; k < n; k++) ref[d + k] = (int64_t)(s0 + k);
                cr_vals_copy(&v, d, &v, s0, n);
                bool ok = true;
                for (size_t k = 0; k < N; k++) ok = ok && cr_vals_get(&v, k) == sv(ref[k]);
                check(ok, "copy within one vector");
                cr_vals_copy(&w, d, &v, s0, n);
                ok = true;
                for (size_t k = 0; k < N; k++)
                    ok = ok && cr_vals_get(&w, k) == sv(k >= d && k < d + n ? ref[s0 + k - d] : (int64_t)(100 + k));
                check(ok, "copy between vectors");
            }
}

static void test_buf_repeat(void)
{
    cr_buf b;
    cr_buf_init(&b);
    check(cr_buf_repeat(&b, 'x', 0) && b.len == 0, "repeat 0 on empty");
    check(cr_buf_repeat(&b, 'x', 100) && b.len == 100 && b.ptr[100] == 0, "repeat 100");
    check(cr_buf_repeat(&b, 'y', 1) && b.len == 101 && b.ptr[100] == 'y', "repeat 1");
    check(!cr_buf_repeat(&b, 'z', SIZE_MAX) && b.failed, "repeat huge fails");
}

int main(void)
{
    hs_linux_install();
    cr_mem_init((size_t)64 << 20, __builtin_frame_address(0));
    test_rfind();
    test_vals_empty();
    test_vals_reverse();
    test_vals_copy();
    test_buf_repeat();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
