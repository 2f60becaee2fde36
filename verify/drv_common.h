/* Shared by the analysis drivers (verify/drv_*.c): the host services the core
 * may call, modelled after the Linux host.  write() accepts any valid buffer,
 * exit() ends the program (libc exit, which EVA knows never returns). */
#ifndef PC_DRV_COMMON_H
#define PC_DRV_COMMON_H
#include <stdlib.h>
#include "__fc_builtin.h"
#include "core/host.h"
#include "core/mem.h"

/*@ requires \valid_read((const char *)buf + (0 .. n - 1));
    assigns \result \from handle, n; */
static int64_t drv_write(int64_t handle, const void *buf, size_t n)
{
    const char *p = buf;
    volatile char sink = 0;
    for (size_t i = 0; i < n; i++) sink ^= p[i];
    (void)sink;
    return (int64_t)n;
}
static void drv_exit(int status) { exit(status); }
static void *drv_reserve(size_t n) { return calloc(n, 1); }
static const cr_host drv_host = {.reserve = drv_reserve, .write = drv_write, .exit = drv_exit};
const cr_host *cr_host_services = &drv_host;

/* Any heap cap from 1 KiB to 1 GiB (DRV_HEAP_MAX); every allocation is its
 * own object (PC_ANALYSIS), and any allocation may also fail (EVA's calloc
 * returns NULL nondeterministically), so out-of-memory paths are analysed
 * whatever the cap. */
#define DRV_HEAP_MAX ((size_t)1 << 30)
static void drv_init_heap(void *stack_base)
{
    cr_mem_init(Frama_C_size_t_interval(1024, DRV_HEAP_MAX), stack_base);
}

/* A byte array with unknown contents. */
static void drv_unknown(void *p, size_t n) { Frama_C_make_unknown((char *)p, n); }
/* Any double, NaNs and infinities included: from 64 unknown bits. */
static double cr_double_from_bits_drv(uint64_t u)
{
    union { uint64_t u; double d; } x;
    x.u = u;
    return x.d;
}
#endif
