/* The machine's floor for a channel round trip: two processes exchanging
 * 16 bytes over two pipes (the channel's transport), no enclave, no
 * seccomp, no Python.  The
 * enclave's channel transport cannot beat this; bench/enclave/run.sh
 * prints it next to the channel figure so the two can be compared.
 *
 *   pingpong [CALLS [CPU]]   ->   "floor MEDIAN_US P99_US"
 *
 * With CPU, both processes are pinned to that core: the floor for the
 * channel's default placement "follow", where the host pins the enclave
 * to the caller's core (docs/ENCLAVE.md). */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int exchange(int in, int out, char *buf, size_t n, int write_first)
{
    if (write_first && write(out, buf, n) != (ssize_t)n) return -1;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(in, buf + got, n - got);
        if (r <= 0) return -1;
        got += (size_t)r;
    }
    if (!write_first && write(out, buf, n) != (ssize_t)n) return -1;
    return 0;
}

int main(int argc, char **argv)
{
    int calls = argc > 1 ? atoi(argv[1]) : 20000;
    if (calls < 1) calls = 1;
    if (argc > 2) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(atoi(argv[2]), &one);
        if (sched_setaffinity(0, sizeof one, &one) != 0) return 1; /* the child inherits it */
    }
    int req[2], resp[2];
    if (pipe(req) != 0 || pipe(resp) != 0) return 1;
    char buf[16] = {0};
    pid_t pid = fork();
    if (pid < 0) return 1;
    if (pid == 0) {
        close(req[1]);
        close(resp[0]);
        while (exchange(req[0], resp[1], buf, sizeof buf, 0) == 0) {}
        _exit(0);
    }
    close(req[0]);
    close(resp[1]);
    double *t = malloc((size_t)calls * sizeof *t);
    if (!t) return 1;
    for (int i = 0; i < calls; i++) {
        double t0 = now_us();
        if (exchange(resp[0], req[1], buf, sizeof buf, 1) != 0) return 1;
        t[i] = now_us() - t0;
    }
    qsort(t, (size_t)calls, sizeof *t, cmp_double);
    printf("floor %.2f %.2f\n", t[calls / 2], t[(size_t)calls * 99 / 100]);
    return 0;
}
