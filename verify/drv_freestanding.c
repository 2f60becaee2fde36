/* Analysis driver for src/core/freestanding.c (the trusted build's libc
 * subset, compiled with PC_TRUSTED): every function on buffers of every
 * length up to MAXN (each analysed separately), with unknown contents, in
 * objects of exactly that size; memmove also on overlapping ranges in both
 * directions; the __*_chk variants with any destination length. */
#include "__fc_builtin.h"
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
void *__memcpy_chk(void *restrict dst, const void *restrict src, size_t n, size_t dstlen);
void *__memmove_chk(void *dst, const void *src, size_t n, size_t dstlen);
void *__memset_chk(void *dst, int c, size_t n, size_t dstlen);

/* cr_panic (core/mem.c, analysed with the other drivers) stops the runtime. */
#include <stdlib.h>
_Noreturn void cr_panic(const char *why) { exit(70); }

#define MAXN 16
static char a[MAXN], b[MAXN], s[MAXN + 1], ov[2 * MAXN];

int main(void)
{
    size_t n = Frama_C_size_t_interval(0, MAXN);
    //@ split n;
    Frama_C_make_unknown(a, MAXN);
    Frama_C_make_unknown(b, MAXN);
    char *pa = a + (MAXN - n), *pb = b + (MAXN - n);
    switch (Frama_C_interval(0, 6)) {
    case 0: memcpy(pa, pb, n); break;
    case 1: memmove(pa, pb, n); break;
    case 2: {
        Frama_C_make_unknown(ov, sizeof ov);
        size_t off = Frama_C_size_t_interval(0, MAXN);
        //@ split off;
        if (Frama_C_interval(0, 1)) memmove(ov + off, ov + MAXN - n, n);
        else memmove(ov + MAXN - n, ov + off, n);
        break;
    }
    case 3: memset(pa, Frama_C_interval(-1000, 1000), n); break;
    case 4: memcmp(pa, pb, n); break;
    case 5: {
        Frama_C_make_unknown(s, MAXN);
        s[MAXN] = 0;
        strlen(s + (MAXN - n));
        break;
    }
    default: {
        /* dstlen is the destination's real size when the compiler knew it,
         * else (size_t)-1 and then the caller guarantees n fits.  Any n:
         * too large for a known dstlen must end in cr_panic. */
        size_t dl, m;
        if (Frama_C_interval(0, 1)) {
            dl = n;
            m = Frama_C_size_t_interval(0, SIZE_MAX);
        } else {
            dl = SIZE_MAX;
            m = Frama_C_size_t_interval(0, n); /* unchecked call: m fits by contract */
        }
        switch (Frama_C_interval(0, 2)) {
        case 0: __memcpy_chk(pa, pb, m, dl); break;
        case 1: __memmove_chk(pa, pb, m, dl); break;
        default: __memset_chk(pa, 0, m, dl); break;
        }
        break;
    }
    }
    return 0;
}
