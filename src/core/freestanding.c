/* The freestanding libc subset of the trusted build (core layer).
 *
 * Compiled only with PC_TRUSTED (`make trusted`): the interpreter, the
 * frozen library and the enclave runtime are linked into one freestanding
 * object (-ffreestanding -nostdlib -fno-builtin) that may reference no libc.
 * Compilers still emit calls to memcpy/memmove/memset/memcmp for structure
 * copies and initialisation even when freestanding, and Debian's BearSSL
 * objects (built with glibc hardening) call the checked __*_chk variants and
 * __stack_chk_fail; this file provides exactly those, and nothing else.
 *
 * Every function is a plain byte loop, bounds-correct by construction, for
 * the Frama-C analysis of the core.  The loops cannot be turned back into
 * calls of themselves: the trusted build uses -fno-builtin and, with gcc,
 * -fno-tree-loop-distribute-patterns (tests/enclave/link_check.sh checks
 * the resulting object).  A failed check of a __*_chk function means a
 * caller overflowed its destination: a broken invariant, so cr_panic (the
 * enclave stops; the host reports it).
 *
 * The trusted build also defines the host-service table pointer here (the
 * Linux build defines it in src/host/linux.c); the enclave runtime
 * (src/enclave/trusted.c) installs its table of OCALLs into it. */
#include "core/host.h"
#include "core/mem.h"

#if defined(PC_TRUSTED) && PC_TRUSTED

const cr_host *cr_host_services;

/* gcc's -O2 cost model does not vectorise a byte loop of unknown length, so
 * every large zeroing (fresh GC blocks, big-integer limbs) ran a byte at a
 * time: pidigits took twice as long in the enclave as on Linux.  The
 * dynamic cost model vectorises these loops (still loops, no calls: the
 * link check looks).  clang vectorises them at -O2 already. */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__FRAMAC__)
#define FS_VECTORISE __attribute__((optimize("tree-loop-vectorize", "vect-cost-model=dynamic")))
#else
#define FS_VECTORISE
#endif

/*@ requires \valid((char *)dst + (0 .. n - 1));
    requires \valid_read((const char *)src + (0 .. n - 1));
    requires \separated((char *)dst + (0 .. n - 1), (const char *)src + (0 .. n - 1));
    assigns ((char *)dst)[0 .. n - 1];
    ensures \result == dst; */
FS_VECTORISE void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    char *d = dst;
    const char *s = src;
    /*@ loop invariant 0 <= i <= n;
        loop assigns i, d[0 .. n - 1];
        loop variant n - i; */
    for (size_t i = 0; i < n; i++) d[i] = s[i];
    return dst;
}

/*@ requires \valid((char *)dst + (0 .. n - 1));
    requires \valid_read((const char *)src + (0 .. n - 1));
    assigns ((char *)dst)[0 .. n - 1];
    ensures \result == dst; */
FS_VECTORISE void *memmove(void *dst, const void *src, size_t n)
{
    char *d = dst;
    const char *s = src;
    /* Copy forwards when the destination starts below the source, else
     * backwards, so overlapping bytes are read before they are written.
     * (Addresses are compared as integers: the two pointers may belong to
     * different objects.) */
    if ((uintptr_t)d < (uintptr_t)s) {
        /*@ loop invariant 0 <= i <= n;
            loop assigns i, d[0 .. n - 1];
            loop variant n - i; */
        for (size_t i = 0; i < n; i++) d[i] = s[i];
    } else {
        /*@ loop invariant 0 <= i <= n;
            loop assigns i, d[0 .. n - 1];
            loop variant i; */
        for (size_t i = n; i > 0; i--) d[i - 1] = s[i - 1];
    }
    return dst;
}

/*@ requires \valid((char *)dst + (0 .. n - 1));
    assigns ((char *)dst)[0 .. n - 1];
    ensures \result == dst; */
FS_VECTORISE void *memset(void *dst, int c, size_t n)
{
    char *d = dst;
    /*@ loop invariant 0 <= i <= n;
        loop assigns i, d[0 .. n - 1];
        loop variant n - i; */
    for (size_t i = 0; i < n; i++) d[i] = (char)(unsigned char)c;
    return dst;
}

/*@ requires \valid_read((const char *)a + (0 .. n - 1));
    requires \valid_read((const char *)b + (0 .. n - 1));
    assigns \nothing; */
int memcmp(const void *a, const void *b, size_t n)
{
    const char *x = a, *y = b;
    /*@ loop invariant 0 <= i <= n;
        loop assigns i;
        loop variant n - i; */
    for (size_t i = 0; i < n; i++) {
        unsigned char u = (unsigned char)x[i], v = (unsigned char)y[i];
        if (u != v) return u < v ? -1 : 1;
    }
    return 0;
}

/* valid_read_string and the logic strlen are Frama-C's (its libc's
 * __fc_string_axiomatic.h, force-included in the analysis). */
/*@ requires valid_read_string((char *)s);
    assigns \nothing;
    ensures \result == strlen((char *)s); */
size_t strlen(const char *s)
{
    size_t n = 0;
    /*@ loop invariant 0 <= n <= strlen((char *)s);
        loop assigns n; */
    while (s[n]) n++;
    return n;
}

/* ---- glibc hardening entry points (called by Debian's libbearssl.a) ----
 * dstlen is the size of the destination object as the compiler knew it
 * ((size_t)-1 when unknown). */

void *__memcpy_chk(void *restrict dst, const void *restrict src, size_t n, size_t dstlen);
void *__memmove_chk(void *dst, const void *src, size_t n, size_t dstlen);
void *__memset_chk(void *dst, int c, size_t n, size_t dstlen);
_Noreturn void __stack_chk_fail(void);

void *__memcpy_chk(void *restrict dst, const void *restrict src, size_t n, size_t dstlen)
{
    if (n > dstlen) cr_panic("buffer overflow detected (memcpy)");
    return memcpy(dst, src, n);
}

void *__memmove_chk(void *dst, const void *src, size_t n, size_t dstlen)
{
    if (n > dstlen) cr_panic("buffer overflow detected (memmove)");
    return memmove(dst, src, n);
}

void *__memset_chk(void *dst, int c, size_t n, size_t dstlen)
{
    if (n > dstlen) cr_panic("buffer overflow detected (memset)");
    return memset(dst, c, n);
}

/* A stack canary check failed in a BearSSL function (our own code is
 * built without the stack protector). */
_Noreturn void __stack_chk_fail(void) { cr_panic("stack smashing detected"); }

#else
/* The Linux build takes these from libc. */
typedef int cr_freestanding_unused;
#endif
