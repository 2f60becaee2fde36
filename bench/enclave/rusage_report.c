/* Per-process times of one pyclave run, Linux mode or `pyclave call`
 * (bench/enclave/compute_compare.sh).
 *
 * Built as a shared object and loaded with LD_PRELOAD into the measured
 * pyclave.  Its constructor notes CLOCK_MONOTONIC; its destructor appends
 * one line to $BENCH_RUSAGE_OUT:
 *
 *     wall_s self_cpu_s self_minflt kids_cpu_s kids_minflt kids_nivcsw self_nivcsw
 *
 * cpu = user + system time; self figures count from the constructor (an
 * exec'd process inherits the rusage of what ran before it in the process:
 * nice, taskset, env).  In Linux mode the computing process is the
 * process itself (self); under `pyclave call` it is the sandbox enclave
 * child, the host's only child, which the host reaps before it exits, so
 * RUSAGE_CHILDREN is exactly the enclave's (the host only waits in poll).
 * The enclave child never runs this destructor: it is forked, not exec'd,
 * and leaves with the raw exit system call.
 *
 * Not part of the runtime (bench tooling only). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static struct timespec t_start;
static struct rusage self_start; /* exec keeps the rusage of the programs before (env, taskset, nice) */

__attribute__((constructor)) static void bench_rusage_start(void)
{
    clock_gettime(CLOCK_MONOTONIC, &t_start);
    getrusage(RUSAGE_SELF, &self_start);
}

static double tv_s(struct timeval a, struct timeval b)
{
    return (double)(a.tv_sec + b.tv_sec) + (double)(a.tv_usec + b.tv_usec) * 1e-6;
}

__attribute__((destructor)) static void bench_rusage_report(void)
{
    struct timespec t_end;
    clock_gettime(CLOCK_MONOTONIC, &t_end);
    const char *path = getenv("BENCH_RUSAGE_OUT");
    if (!path || !*path) return;
    struct rusage self, kids;
    if (getrusage(RUSAGE_SELF, &self) != 0 || getrusage(RUSAGE_CHILDREN, &kids) != 0) return;
    FILE *f = fopen(path, "a");
    if (!f) return;
    double wall = (double)(t_end.tv_sec - t_start.tv_sec) + (double)(t_end.tv_nsec - t_start.tv_nsec) * 1e-9;
    double self_cpu = tv_s(self.ru_utime, self.ru_stime) - tv_s(self_start.ru_utime, self_start.ru_stime);
    fprintf(f, "%.6f %.6f %ld %.6f %ld %ld %ld\n", wall, self_cpu, self.ru_minflt - self_start.ru_minflt,
            tv_s(kids.ru_utime, kids.ru_stime), kids.ru_minflt, kids.ru_nivcsw, self.ru_nivcsw);
    fclose(f);
}
