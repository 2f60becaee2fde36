/* Enclave call benchmark (bench/run builds it against BUILD/libpyclave.a):
 *
 *   enclave_roundtrip [--calls N] [--cold N] [--work N] [--reps R] [--channel-only] APP.pce
 *
 * (0 skips a part; bench/enclave/run.sh drives it.)
 * APP.pce is bench/enclave/app.py built as an image.  Prints, one per line:
 *   roundtrip channel median_us p99_us mean_us    (N calls of empty())
 *   roundtrip ring    median_us p99_us mean_us
 *   cold median_ms p90_ms cpu_ms (read image + create enclave + first call,
 *                                 channel transport; CPU time of both processes)
 *   work enclave median_s cpu_s  (work(N) timed around the call, R reps;
 *                                 and the child's CPU time for it)
 * Round trips are timed one call at a time with CLOCK_MONOTONIC after 1000
 * warm-up calls; the figures depend on how busy the machine's cores are. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pyclave/host.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(double *v, size_t n, double p)
{
    qsort(v, n, sizeof *v, cmp_d);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return v[i];
}

/* CPU time of a process in seconds (/proc/PID/schedstat: ns on the CPU);
 * -1 if unavailable.  The figure that a loaded machine does not distort. */
static double cpu_s(int pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/schedstat", pid);
    FILE *f = fopen(path, "r");
    unsigned long long ns = 0;
    int ok = f && fscanf(f, "%llu", &ns) == 1;
    if (f) fclose(f);
    return ok ? (double)ns * 1e-9 : -1;
}

static void quiet_log(void *ctx, int stream, const uint8_t *data, size_t len) {}

static pyclave_enclave *open_enclave(const char *path, pyclave_transport t)
{
    pyclave_enclave_options o = {.timeout_ms = 60000, .transport = t, .log = quiet_log};
    pyclave_enclave *e = NULL;
    pyclave_error err = {0};
    if (pyclave_enclave_create(path, NULL, 0, &o, &e, &err) != PYCLAVE_OK) {
        fprintf(stderr, "enclave_roundtrip: %s\n", err.message ? err.message : "create failed");
        exit(1);
    }
    return e;
}

static void call_or_die(pyclave_enclave *e, const char *fn, const uint8_t *args, size_t n)
{
    uint8_t *res = NULL;
    size_t rn = 0;
    pyclave_error err = {0};
    if (pyclave_enclave_call(e, fn, args, n, &res, &rn, &err) != PYCLAVE_OK) {
        fprintf(stderr, "enclave_roundtrip: %s failed: %s\n", fn, err.message ? err.message : "");
        exit(1);
    }
    free(res);
}

static void roundtrip(const char *path, pyclave_transport t, const char *name, size_t calls)
{
    pyclave_enclave *e = open_enclave(path, t);
    static const uint8_t noargs[] = {0x80};
    for (int i = 0; i < 1000; i++) call_or_die(e, "empty", noargs, 1);
    double *v = malloc(calls * sizeof *v), sum = 0;
    for (size_t i = 0; i < calls; i++) {
        double t0 = now_s();
        call_or_die(e, "empty", noargs, 1);
        v[i] = (now_s() - t0) * 1e6;
        sum += v[i];
    }
    double mean = sum / (double)calls;
    double med = pct(v, calls, 0.5), p99 = pct(v, calls, 0.99);
    printf("roundtrip %s %.2f %.2f %.2f\n", name, med, p99, mean);
    fflush(stdout);
    free(v);
    pyclave_enclave_destroy(e);
}

int main(int argc, char **argv)
{
    size_t calls = 20000, cold = 20, reps = 3;
    long work = 0;
    bool channel_only = false; /* no ring round trips (bench/enclave/run.sh's alternations) */
    const char *path = NULL;
    signal(SIGPIPE, SIG_IGN); /* as the pyclave CLI (include/pyclave/host.h) */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--calls") == 0 && i + 1 < argc) calls = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "--cold") == 0 && i + 1 < argc) cold = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "--work") == 0 && i + 1 < argc) work = atol(argv[++i]);
        else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = (size_t)atol(argv[++i]);
        else if (strcmp(argv[i], "--channel-only") == 0) channel_only = true;
        else path = argv[i];
    }
    if (!path || reps < 1) {
        fprintf(stderr, "usage: enclave_roundtrip [--calls N] [--cold N] [--work N] [--reps R] [--channel-only] APP.pce\n");
        return 2;
    }
    if (calls > 0) {
        roundtrip(path, PYCLAVE_TRANSPORT_CHANNEL, "channel", calls);
        if (!channel_only) roundtrip(path, PYCLAVE_TRANSPORT_RING, "ring", calls);
    }

    /* Cold start: wall time, and CPU time (this process + the child up to
     * its first answer), which a busy machine does not inflate as much. */
    double *c = malloc((cold ? cold : 1) * sizeof *c), *cc = malloc((cold ? cold : 1) * sizeof *cc);
    static const uint8_t noargs[] = {0x80};
    for (size_t i = 0; i < cold; i++) {
        struct timespec p0, p1;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &p0);
        double t0 = now_s();
        pyclave_enclave *e = open_enclave(path, PYCLAVE_TRANSPORT_CHANNEL);
        call_or_die(e, "empty", noargs, 1);
        c[i] = (now_s() - t0) * 1e3;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &p1);
        cc[i] = (cpu_s(pyclave_enclave_pid(e)) + (double)(p1.tv_sec - p0.tv_sec) + (double)(p1.tv_nsec - p0.tv_nsec) * 1e-9) * 1e3;
        pyclave_enclave_destroy(e);
    }
    if (cold > 0) printf("cold %.2f %.2f %.2f\n", pct(c, cold, 0.5), pct(c, cold, 0.9), pct(cc, cold, 0.5));
    free(c);
    free(cc);

    if (work > 0) {
        /* work(N): CBOR [N] */
        uint8_t args[10] = {0x81, 0x1a, (uint8_t)(work >> 24), (uint8_t)(work >> 16), (uint8_t)(work >> 8),
                            (uint8_t)work};
        pyclave_enclave *e = open_enclave(path, PYCLAVE_TRANSPORT_DEFAULT);
        double *w = malloc(reps * sizeof *w), *c2 = malloc(reps * sizeof *c2);
        int pid = pyclave_enclave_pid(e);
        for (size_t i = 0; i < reps; i++) {
            double t0 = now_s(), c0 = cpu_s(pid);
            call_or_die(e, "work", args, 6);
            w[i] = now_s() - t0;
            c2[i] = cpu_s(pid) - c0;
        }
        printf("work enclave %.4f %.4f\n", pct(w, reps, 0.5), pct(c2, reps, 0.5));
        free(w);
        free(c2);
        pyclave_enclave_destroy(e);
    }
    return 0;
}
