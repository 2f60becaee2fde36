/* C host API test (include/pyclave/host.h), run by tests/enclave/run.sh:
 *   capi_test IMAGE.pce
 * Creates an enclave from bytes, calls with hand-made CBOR, checks results,
 * structured errors, hostile arguments, cancellation from another thread
 * (the enclave keeps serving), report verification, status strings,
 * placement (the child follows the caller's core on the channel).
 * Prints `N passed, M failed`. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pyclave/host.h"

static int passed, failed;

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL capi: %s\n", what);
    }
}

static pyclave_status call(pyclave_enclave *e, const char *fn, const void *args, size_t n, uint8_t **res, size_t *rn,
                           pyclave_error *err)
{
    return pyclave_enclave_call(e, fn, args, n, res, rn, err);
}

static void *canceller(void *arg)
{
    struct timespec ts = {0, 200 * 1000000};
    nanosleep(&ts, NULL);
    pyclave_enclave_cancel(arg);
    return NULL;
}

static char logbuf[256];
static void on_log(void *ctx, int stream, const uint8_t *data, size_t len)
{
    size_t have = strlen(logbuf);
    if (have + len < sizeof logbuf) memcpy(logbuf + have, data, len);
}

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    FILE *f = fopen(argv[1], "rb");
    static uint8_t image[1 << 20];
    size_t ilen = f ? fread(image, 1, sizeof image, f) : 0;
    if (f) fclose(f);
    check(ilen > 0, "read image");

    pyclave_enclave_options opts = {.timeout_ms = 10000, .log = on_log};
    pyclave_enclave *e = NULL;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_create(NULL, image, ilen, &opts, &e, &err);
    check(st == PYCLAVE_OK && e, "create from bytes");
    if (!e) {
        printf("  %s\n", err.message);
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }
    uint8_t mre[32], mrs[32];
    check(pyclave_image_measure(image, ilen, mre, mrs, NULL) == PYCLAVE_OK &&
              memcmp(mre, pyclave_enclave_mrenclave(e), 32) == 0,
          "measurement reported by the enclave = image measurement");

    uint8_t *res = NULL;
    size_t rn = 0;
    /* compute(10) -> [285, 3628800] */
    static const uint8_t a10[] = {0x81, 0x0a};
    static const uint8_t want10[] = {0x82, 0x19, 0x01, 0x1d, 0x1a, 0x00, 0x37, 0x5f, 0x00};
    st = call(e, "compute", a10, sizeof a10, &res, &rn, &err);
    check(st == PYCLAVE_OK && rn == sizeof want10 && memcmp(res, want10, rn) == 0, "compute(10) in CBOR");
    free(res);
    /* echo of a tuple keeps the tuple tag */
    static const uint8_t tup[] = {0x81, 0xd9, 0x70, 0x79, 0x82, 0x01, 0x41, 0xff};
    st = call(e, "echo", tup, sizeof tup, &res, &rn, &err);
    check(st == PYCLAVE_OK && rn == sizeof tup - 1 && memcmp(res, tup + 1, rn) == 0, "echo((1, b'\\xff'))");
    free(res);
    /* exception */
    static const uint8_t boom[] = {0x81, 0x64, 'b', 'o', 'o', 'm'};
    st = call(e, "fail", boom, sizeof boom, &res, &rn, &err);
    check(st == PYCLAVE_E_EXCEPTION && err.type && strcmp(err.type, "ValueError") == 0 && err.message &&
              strcmp(err.message, "boom") == 0 && err.traceback && strstr(err.traceback, "in fail"),
          "exception: type, message, traceback");
    pyclave_error_clear(&err);
    /* not exported */
    st = call(e, "_private", NULL, 0, &res, &rn, &err);
    check(st == PYCLAVE_E_NOT_EXPORTED, "private function refused");
    pyclave_error_clear(&err);
    /* hostile arguments: truncated, not an array, deep nesting */
    static const uint8_t trunc[] = {0x82, 0x01};
    static const uint8_t notarr[] = {0x01};
    uint8_t deep[4000];
    memset(deep, 0x81, sizeof deep);
    deep[sizeof deep - 1] = 0x00;
    check(call(e, "echo", trunc, sizeof trunc, &res, &rn, &err) == PYCLAVE_E_BAD_ARGS, "truncated CBOR refused");
    pyclave_error_clear(&err);
    check(call(e, "echo", notarr, sizeof notarr, &res, &rn, &err) == PYCLAVE_E_BAD_ARGS, "non-array refused");
    pyclave_error_clear(&err);
    check(call(e, "echo", deep, sizeof deep, &res, &rn, &err) == PYCLAVE_E_BAD_ARGS, "deep CBOR refused");
    pyclave_error_clear(&err);
    /* log callback */
    static const uint8_t hi[] = {0x81, 0x62, 'h', 'i'};
    st = call(e, "loud", hi, sizeof hi, &res, &rn, &err);
    free(res);
    check(st == PYCLAVE_OK && strcmp(logbuf, "log from enclave: hi\n") == 0, "print reaches the log callback");
    /* cancel from another thread; then the enclave keeps serving */
    pyclave_enclave_set_budget(e, -1);
    pthread_t th;
    pthread_create(&th, NULL, canceller, e);
    st = call(e, "spin", NULL, 0, &res, &rn, &err);
    pthread_join(th, NULL);
    check(st == PYCLAVE_E_CANCELLED, "cancel stops a running call");
    pyclave_error_clear(&err);
    pyclave_enclave_set_budget(e, 0);
    static const uint8_t none[] = {0x80};
    uint8_t *r1 = NULL, *r2 = NULL;
    size_t n1, n2;
    call(e, "bump", none, 1, &r1, &n1, &err);
    call(e, "bump", none, 1, &r2, &n2, &err);
    check(r1 && r2 && n1 == 1 && n2 == 1 && r2[0] == r1[0] + 1, "state persists after a cancelled call");
    free(r1);
    free(r2);
    /* budget from the API */
    pyclave_enclave_set_budget(e, 1000);
    check(call(e, "spin", NULL, 0, &res, &rn, &err) == PYCLAVE_E_BUDGET, "set_budget limits the call");
    pyclave_error_clear(&err);
    pyclave_enclave_set_budget(e, 0);
    /* report, verified with the C API */
    static const uint8_t rd[] = {0x81, 0x43, 'a', 'b', 'c'};
    st = call(e, "report", rd, sizeof rd, &res, &rn, &err);
    check(st == PYCLAVE_OK && rn == 2 + 204 && res[0] == 0x58 && res[1] == 204, "report is 204 bytes");
    if (st == PYCLAVE_OK && rn == 206) {
        pyclave_report_info info;
        check(pyclave_verify_report(res + 2, 204, NULL, &info, &err) == PYCLAVE_OK &&
                  memcmp(info.mrenclave, mre, 32) == 0 && memcmp(info.report_data, "abc\0", 4) == 0,
              "report verifies and binds measurement and data");
        res[2 + 100] ^= 1;
        check(pyclave_verify_report(res + 2, 204, NULL, &info, &err) == PYCLAVE_E_REPORT, "tampered report refused");
        pyclave_error_clear(&err);
    }
    free(res);
    check(strcmp(pyclave_status_str(PYCLAVE_E_TIMEOUT), "the call timed out") == 0, "status strings");
    int pid = pyclave_enclave_pid(e);
    check(pid > 0, "child pid");
    /* kill: later calls are refused with E_DEAD after the crash is reported */
    pyclave_enclave_kill(e);
    st = call(e, "bump", none, 1, &res, &rn, &err);
    check(st == PYCLAVE_E_CRASHED, "killed enclave reported as crashed");
    pyclave_error_clear(&err);
    check(call(e, "bump", none, 1, &res, &rn, &err) == PYCLAVE_E_DEAD, "then dead");
    pyclave_error_clear(&err);
    pyclave_enclave_destroy(e);
    /* placement: on the channel the child follows the caller's core (one
     * CPU in its affinity after a call); "any" leaves it as inherited */
    cpu_set_t mine;
    int ncpu = sched_getaffinity(0, sizeof mine, &mine) == 0 ? CPU_COUNT(&mine) : 0;
    for (int follow = 1; follow >= 0; follow--) {
        pyclave_enclave_options po = opts;
        po.transport = PYCLAVE_TRANSPORT_CHANNEL;
        po.placement = follow ? PYCLAVE_PLACEMENT_FOLLOW : PYCLAVE_PLACEMENT_ANY;
        pyclave_enclave *pe = NULL;
        st = pyclave_enclave_create(NULL, image, ilen, &po, &pe, &err);
        check(st == PYCLAVE_OK, "create with a placement");
        pyclave_error_clear(&err);
        if (st != PYCLAVE_OK) continue;
        st = call(pe, "bump", none, 1, &res, &rn, &err);
        free(res);
        res = NULL;
        cpu_set_t child;
        int cn = sched_getaffinity(pyclave_enclave_pid(pe), sizeof child, &child) == 0 ? CPU_COUNT(&child) : -1;
        check(st == PYCLAVE_OK && cn == (follow ? 1 : ncpu),
              follow ? "placement follow: child pinned to one core" : "placement any: child not pinned");
        pyclave_enclave_destroy(pe);
    }
    check(pyclave_placement_resolve(PYCLAVE_PLACEMENT_DEFAULT, PYCLAVE_TRANSPORT_RING) == PYCLAVE_PLACEMENT_ANY ||
              getenv("PYCLAVE_PLACEMENT"),
          "the ring's default placement is any");
    /* a corrupted image from bytes */
    image[ilen / 2] ^= 0xff;
    image[ilen / 2 + 1] ^= 0xff;
    image[20] ^= 0x7f;
    st = pyclave_enclave_create(NULL, image, ilen, &opts, &e, &err);
    check(st == PYCLAVE_E_IMAGE && err.message && strstr(err.message, "refused"), "corrupted image refused");
    if (st != PYCLAVE_E_IMAGE) printf("  status %d: %s\n", (int)st, err.message ? err.message : "");
    pyclave_error_clear(&err);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
