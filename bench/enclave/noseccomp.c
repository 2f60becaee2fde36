/* Profiling aid for bench/enclave/ir_compare.sh, NOT for production:
 * an LD_PRELOAD library that makes the sandbox child's seccomp lockdown
 * (prctl(PR_SET_SECCOMP) and the seccomp system call) succeed without
 * doing anything, so that valgrind, which cannot run a confined process
 * (it makes system calls of its own, and does not know syscall 317), can
 * count the instructions of the trusted object in the enclave child.
 * Everything else about the child is unchanged: same trusted object, same
 * channel or ring, same heap.
 *
 *   cc -O2 -shared -fPIC -o noseccomp.so bench/enclave/noseccomp.c -ldl */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <linux/seccomp.h>
#include <stdarg.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

long syscall(long nr, ...)
{
    va_list ap;
    va_start(ap, nr);
    long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long), d = va_arg(ap, long),
         e = va_arg(ap, long), f = va_arg(ap, long);
    va_end(ap);
    if (nr == SYS_seccomp) return 0;
    long (*real)(long, ...) = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
    return real(nr, a, b, c, d, e, f);
}

int prctl(int op, ...)
{
    va_list ap;
    va_start(ap, op);
    unsigned long a = va_arg(ap, unsigned long), b = va_arg(ap, unsigned long), c = va_arg(ap, unsigned long),
                  d = va_arg(ap, unsigned long);
    va_end(ap);
    if (op == PR_SET_SECCOMP) return 0;
    int (*real)(int, ...) = (int (*)(int, ...))dlsym(RTLD_NEXT, "prctl");
    return real(op, a, b, c, d);
}
