/* Peak memory of `pyclave call`, host and enclave child (bench/run).
 *
 * Built by bench/run as a shared object and loaded with LD_PRELOAD into
 * the measured `pyclave call`.  At exit its destructor appends one line
 *
 *     <pid> <host peak RSS KB> <children peak RSS KB>
 *
 * to the file named by $BENCH_PEAK_RSS_OUT.  The host's only child is the
 * sandbox enclave, which the host reaps in pyclave_enclave_destroy before
 * it exits, so RUSAGE_CHILDREN's ru_maxrss is the enclave's peak.  The
 * enclave child itself never runs this destructor: it is forked (not
 * exec'd) and leaves with the raw exit system call.  /usr/bin/time's %M
 * would give only max(host, child): wait4's rusage folds the children's
 * peak into the process's own as a maximum, not a sum.
 *
 * Not part of the runtime (bench tooling only). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

__attribute__((destructor)) static void bench_peak_rss_report(void)
{
    const char *path = getenv("BENCH_PEAK_RSS_OUT");
    if (!path || !*path) return;
    struct rusage self, kids;
    if (getrusage(RUSAGE_SELF, &self) != 0 || getrusage(RUSAGE_CHILDREN, &kids) != 0) return;
    FILE *f = fopen(path, "a");
    if (!f) return;
    fprintf(f, "%ld %ld %ld\n", (long)getpid(), self.ru_maxrss, kids.ru_maxrss);
    fclose(f);
}
