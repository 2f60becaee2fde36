/* Hostile-host test against ONE live sandbox enclave (run by
 * tests/enclave/run.sh, compiled against BUILD_DIR/libpyclave.a):
 *
 *   mutate_test IMAGE.pce        (image of tests/enclave/mutate_app/app.py)
 *
 * 1. Sends PYCLAVE_MUTATE_COUNT (default 100000; run.sh uses fewer under
 *    sanitizers) mutated request frames: bit flips, truncation, lies in
 *    the name-length field and in CBOR length fields, random CBOR, random
 *    payloads, trailing junk, deep nesting, mutated budgets, oversized
 *    frames (one larger than the enclave heap), interleaved with valid
 *    calls; every 50th round the host answers a host-service call with
 *    random nonsense.  After every mutated message a valid call must
 *    return the right value of the app's counter (which only tick(KEY)
 *    changes, at known times): the enclave answers and its state is intact.
 *    PYCLAVE_MUTATE_KIND=K restricts the mutations to one kind (0-11).
 * 2. Host-service answers of the wrong size: a clear OSError inside the
 *    enclave, which keeps serving.
 * 3. Gramine's /dev/attestation pseudo-files (the report is verified with
 *    pyclave_verify_report).
 * Prints `N passed, M failed` (and the mutation count and duration). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pyclave/host.h"

static int passed, failed;
static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL mutate: %s\n", what);
    }
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}
static size_t rnd_below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

static const char KEY[] = "pyclave-mutation-test-key-0123456789";

/* Host-service hook: -1 = the built-in answer; else random nonsense. */
static int nonsense;
static long service(void *ctx, int svc, uint8_t *answer, size_t cap)
{
    if (nonsense == 0) return -1;
    if (nonsense == 2) { /* a fixed, valid time: 1234.5 s */
        uint64_t ns = 1234500000000u;
        for (int i = 0; i < 8; i++) answer[i] = (uint8_t)(ns >> (8 * i));
        return 8;
    }
    if (nonsense == 3) return 3;   /* too short */
    if (nonsense == 4) return 200; /* too long */
    size_t n = rnd_below(65);
    for (size_t i = 0; i < n && i < cap; i++) answer[i] = (uint8_t)rnd();
    return (long)n;
}

typedef struct {
    uint8_t *p;
    size_t len, cap;
} bytes;
static void put(bytes *b, const void *d, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, d, n);
    b->len += n;
}
static void put1(bytes *b, uint8_t v) { put(b, &v, 1); }

/* CALL payload: i64 budget, u16 name length, name, CBOR arguments. */
static void call_payload(bytes *b, int64_t budget, const char *name, const uint8_t *args, size_t alen)
{
    b->len = 0;
    for (int i = 0; i < 8; i++) put1(b, (uint8_t)((uint64_t)budget >> (8 * i)));
    size_t n = strlen(name);
    put1(b, (uint8_t)n);
    put1(b, (uint8_t)(n >> 8));
    put(b, name, n);
    put(b, args, alen);
}

/* Valid arguments of assorted types for echo. */
static void valid_args(bytes *a, uint32_t i)
{
    a->len = 0;
    put1(a, 0x86);
    put1(a, 0x1a);
    for (int k = 3; k >= 0; k--) put1(a, (uint8_t)(i >> (8 * k)));
    put(a, "\x63" "abc", 4);
    put(a, "\x43\x00\xff\x10", 4);
    put(a, "\x82\x01\x20", 3);
    put(a, "\xa1\x61k\xf5", 4);
    put(a, "\xfb\x40\x09\x21\xfb\x54\x44\x2d\x18", 9); /* 3.141592653589793 */
}

static int64_t decode_uint(const uint8_t *p, size_t n)
{
    if (n == 1 && p[0] < 24) return p[0];
    if (n == 2 && p[0] == 0x18) return p[1];
    if (n == 3 && p[0] == 0x19) return p[1] << 8 | p[2];
    if (n == 5 && p[0] == 0x1a) return (int64_t)((uint32_t)p[1] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 8 | p[4]);
    return -1;
}

static pyclave_enclave *E;
static int64_t expected_counter;
static int bad_state;

static int64_t call_state(void)
{
    static const uint8_t none[] = {0x80};
    uint8_t *res = NULL;
    size_t rn = 0;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call(E, "state", none, 1, &res, &rn, &err);
    int64_t v = st == PYCLAVE_OK ? decode_uint(res, rn) : -1000 - (int64_t)st;
    free(res);
    pyclave_error_clear(&err);
    return v;
}

static void call_tick(void)
{
    bytes a = {0};
    put1(&a, 0x81);
    put1(&a, (uint8_t)(0x40 | (sizeof KEY - 1 < 24 ? sizeof KEY - 1 : 24)));
    if (sizeof KEY - 1 >= 24) put1(&a, (uint8_t)(sizeof KEY - 1));
    put(&a, KEY, sizeof KEY - 1);
    uint8_t *res = NULL;
    size_t rn = 0;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call(E, "tick", a.p, a.len, &res, &rn, &err);
    if (st == PYCLAVE_OK) expected_counter++;
    else printf("  tick failed: %d %s\n", (int)st, err.message ? err.message : "");
    free(res);
    free(a.p);
    pyclave_error_clear(&err);
}

/* One mutated message of kind k built from a valid echo call. */
static void mutate(bytes *m, uint32_t i, int kind)
{
    bytes args = {0};
    valid_args(&args, i);
    call_payload(m, 1000000, "echo", args.p, args.len);
    size_t hdr = 14; /* budget 8, length 2, "echo" */
    switch (kind) {
    case 0: /* bit flips anywhere */
    case 1: {
        int flips = 1 + (int)rnd_below(8);
        for (int f = 0; f < flips; f++) m->p[rnd_below(m->len)] ^= (uint8_t)(1u << rnd_below(8));
        break;
    }
    case 2: /* truncation */
        m->len = rnd_below(m->len);
        break;
    case 3: { /* name-length field lies */
        uint16_t v = (uint16_t)rnd();
        if (rnd() & 1) v = (uint16_t)(m->len - 10 + 1 + rnd_below(4));
        m->p[8] = (uint8_t)v;
        m->p[9] = (uint8_t)(v >> 8);
        break;
    }
    case 4: { /* a CBOR length field lies: huge or just past the end */
        size_t at = hdr + rnd_below(m->len - hdr);
        static const uint8_t heads[] = {0x5b, 0x7b, 0x9b, 0xbb, 0x5a, 0x9a, 0xda, 0xc2};
        m->p[at] = heads[rnd_below(sizeof heads)];
        if (at + 1 < m->len && (rnd() & 1)) m->p[at + 1] = 0xff;
        break;
    }
    case 5: { /* random CBOR-ish arguments */
        m->len = hdr;
        size_t n = rnd_below(64);
        for (size_t k = 0; k < n; k++) {
            static const uint8_t tok[] = {0x80, 0x81, 0x9f, 0xa1, 0xbf, 0xff, 0x18, 0x19, 0x1a, 0x1b, 0x38, 0x61,
                                          0x41, 0xc2, 0xc3, 0xd9, 0x70, 0x79, 0xf4, 0xf5, 0xf6, 0xf7, 0xf9, 0xfa,
                                          0xfb, 0x7f, 0x5f, 0x00, 0x20, 0xe0, 0xfc};
            put1(m, (rnd() & 3) ? tok[rnd_below(sizeof tok)] : (uint8_t)rnd());
        }
        break;
    }
    case 6: { /* random payload of random size */
        size_t n = rnd_below(96);
        m->len = 0;
        for (size_t k = 0; k < n; k++) put1(m, (uint8_t)rnd());
        break;
    }
    case 7: /* trailing junk after valid arguments */
        for (size_t k = 1 + rnd_below(8); k; k--) put1(m, (uint8_t)rnd());
        break;
    case 8: { /* deep nesting */
        m->len = hdr;
        size_t depth = 20 + rnd_below(200);
        for (size_t k = 0; k < depth; k++) put1(m, (rnd() & 1) ? 0x81 : 0xd9), (void)0;
        put1(m, 0x00);
        break;
    }
    case 9: { /* mutated budget (0, negative, tiny, huge) */
        static const int64_t budgets[] = {0, -2, 1, 7, INT64_MIN, INT64_MAX, 65535, 65537};
        int64_t b = budgets[rnd_below(8)];
        for (int k = 0; k < 8; k++) m->p[k] = (uint8_t)((uint64_t)b >> (8 * k));
        break;
    }
    case 10: { /* a big argument (oversized for a call, fine for the heap) */
        m->len = hdr;
        size_t n = 64 * 1024 + rnd_below(64 * 1024);
        put1(m, 0x81);
        put1(m, 0x5a);
        uint32_t claimed = (rnd() & 1) ? (uint32_t)n : (uint32_t)(n + 1 + rnd_below(1000));
        for (int k = 3; k >= 0; k--) put1(m, (uint8_t)(claimed >> (8 * k)));
        uint8_t *z = calloc(1, n);
        put(m, z, n);
        free(z);
        break;
    }
    default: /* other names: not exported, invalid UTF-8, empty */
    {
        static const char *names[] = {"_private", "\xff\xfe", "", "echo\0x", "__import__", "tick2"};
        const char *nm = names[rnd_below(6)];
        call_payload(m, 1000000, nm, args.p, args.len);
        break;
    }
    }
    free(args.p);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int acceptable(pyclave_status st)
{
    return st == PYCLAVE_OK || st == PYCLAVE_E_EXCEPTION || st == PYCLAVE_E_BUDGET || st == PYCLAVE_E_NOT_EXPORTED ||
           st == PYCLAVE_E_BAD_ARGS || st == PYCLAVE_E_INVALID;
}

static void mutation_phase(long count)
{
    bytes m = {0};
    long errors = 0, oks = 0, unacceptable = 0, lost = 0;
    double t0 = now_s();
    for (long i = 0; i < count && !bad_state; i++) {
        int kind = getenv("PYCLAVE_MUTATE_KIND") ? atoi(getenv("PYCLAVE_MUTATE_KIND")) : (int)rnd_below(12);
        mutate(&m, (uint32_t)i, kind);
        uint8_t *res = NULL;
        size_t rn = 0;
        pyclave_error err = {0};
        pyclave_status st = pyclave_enclave_call_raw(E, 2, m.p, m.len, &res, &rn, &err);
        free(res);
        if (st == PYCLAVE_OK) oks++;
        else errors++;
        if (!acceptable(st)) {
            unacceptable++;
            if (unacceptable < 5)
                printf("  mutation %ld (kind %d): status %d: %s\n", i, kind, (int)st, err.message ? err.message : "");
        }
        pyclave_error_clear(&err);
        /* After every message (each error included): a valid call answers
         * correctly with the state intact. */
        int64_t v = call_state();
        if (v != expected_counter) {
            lost++;
            bad_state = 1;
            printf("  after mutation %ld (kind %d, status %d): state() = %lld, expected %lld\n", i, kind, (int)st,
                   (long long)v, (long long)expected_counter);
        }
        if (i % 64 == 0) call_tick();
        if (i % 50 == 25) { /* the host answers a host-service call with nonsense */
            nonsense = 1;
            static const uint8_t none[] = {0x80};
            uint8_t *r2 = NULL;
            size_t n2 = 0;
            pyclave_error e2 = {0};
            pyclave_status s2 = pyclave_enclave_call(E, (i / 50) % 2 ? "now" : "rnd", none, 1, &r2, &n2, &e2);
            nonsense = 0;
            if (s2 != PYCLAVE_OK && !(s2 == PYCLAVE_E_EXCEPTION && e2.type && strcmp(e2.type, "OSError") == 0)) {
                unacceptable++;
                printf("  nonsense OCALL answer at %ld: status %d %s\n", i, (int)s2, e2.message ? e2.message : "");
            }
            free(r2);
            pyclave_error_clear(&e2);
        }
    }
    /* One frame larger than the whole enclave heap (32 MiB): refused with
     * MemoryError, the enclave goes on. */
    size_t big = 40u << 20;
    uint8_t *z = calloc(1, big);
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call_raw(E, 2, z, big, NULL, NULL, &err);
    free(z);
    check(st == PYCLAVE_E_BAD_ARGS && err.message && strstr(err.message, "too large"), "frame larger than the heap refused");
    pyclave_error_clear(&err);
    check(call_state() == expected_counter, "state intact after the oversized frame");
    double dt = now_s() - t0;
    printf("mutation test: %ld mutated messages (%ld answered, %ld errors) in %.1f s, %ld unacceptable, state lost %ld\n",
           count, oks, errors, dt, unacceptable, lost);
    check(unacceptable == 0, "every mutated message gets a clean status");
    check(!bad_state, "state intact and valid calls answered after every mutated message");
    check(expected_counter == count / 64 + (count % 64 ? 1 : 0) || bad_state, "counter advanced only by tick(KEY)");
    free(m.p);
}

static void services_phase(void)
{
    static const uint8_t none[] = {0x80};
    const char *fns[] = {"now", "rnd"};
    for (int mode = 3; mode <= 4; mode++) {
        for (int f = 0; f < 2; f++) {
            nonsense = mode;
            uint8_t *res = NULL;
            size_t rn = 0;
            pyclave_error err = {0};
            pyclave_status st = pyclave_enclave_call(E, fns[f], none, 1, &res, &rn, &err);
            nonsense = 0;
            char what[128];
            snprintf(what, sizeof what, "%s with a %s host answer: OSError", fns[f], mode == 3 ? "short" : "long");
            check(st == PYCLAVE_E_EXCEPTION && err.type && strcmp(err.type, "OSError") == 0 && err.message &&
                      strstr(err.message, "answered nonsense"),
                  what);
            if (st != PYCLAVE_E_EXCEPTION) printf("  status %d %s\n", (int)st, err.message ? err.message : "");
            free(res);
            pyclave_error_clear(&err);
            check(call_state() == expected_counter, "enclave serves after a nonsense host answer");
        }
    }
    /* time.time() has no error path in the core: nonsense reads as 0.0. */
    nonsense = 3;
    uint8_t *res = NULL;
    size_t rn = 0;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call(E, "walltime", none, 1, &res, &rn, &err);
    nonsense = 0;
    static const uint8_t zero[] = {0xfb, 0, 0, 0, 0, 0, 0, 0, 0};
    check(st == PYCLAVE_OK && rn == 9 && memcmp(res, zero, 9) == 0, "time.time() with a nonsense answer reads 0.0");
    free(res);
    pyclave_error_clear(&err);
    /* The embedder's answer is what the enclave sees (untrusted time). */
    nonsense = 2;
    st = pyclave_enclave_call(E, "now", none, 1, &res, &rn, &err);
    nonsense = 0;
    static const uint8_t t12345[] = {0xfb, 0x40, 0x93, 0x4a, 0x00, 0x00, 0x00, 0x00, 0x00}; /* 1234.5 */
    check(st == PYCLAVE_OK && rn == 9 && memcmp(res, t12345, 9) == 0, "host-service hook answers time");
    free(res);
    pyclave_error_clear(&err);
    check(call_state() == expected_counter, "state intact after the host-service tests");
}

static void gramine_phase(void)
{
    /* gramine(b"\x01" * 64 ...): report + attestation type */
    bytes a = {0};
    put1(&a, 0x81);
    put1(&a, 0x58);
    put1(&a, 64);
    for (int i = 0; i < 64; i++) put1(&a, (uint8_t)(i + 1));
    uint8_t *res = NULL;
    size_t rn = 0;
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_call(E, "gramine", a.p, a.len, &res, &rn, &err);
    free(a.p);
    /* [bytes(204), "pyclave-sandbox"] = 82 58 cc <204> 6f ... */
    int shape = st == PYCLAVE_OK && rn == 3 + 204 + 1 + 15 && res[0] == 0x82 && res[1] == 0x58 && res[2] == 204 &&
                memcmp(res + 3 + 204, "\x6fpyclave-sandbox", 16) == 0;
    check(shape, "Gramine pseudo-files: report and attestation_type read");
    if (!shape) printf("  status %d %s\n", (int)st, err.message ? err.message : "");
    if (shape) {
        pyclave_report_info info;
        pyclave_status v = pyclave_verify_report(res + 3, 204, NULL, &info, &err);
        int data_ok = 1;
        for (int i = 0; i < 64; i++) data_ok &= info.report_data[i] == (uint8_t)(i + 1);
        check(v == PYCLAVE_OK && data_ok && memcmp(info.mrenclave, pyclave_enclave_mrenclave(E), 32) == 0,
              "report from /dev/attestation/report verifies and binds user_report_data");
    }
    free(res);
    pyclave_error_clear(&err);
    /* Other paths: no file system inside. */
    static const uint8_t etc[] = {0x81, 0x6b, '/', 'e', 't', 'c', '/', 'p', 'a', 's', 's', 'w', 'd'};
    st = pyclave_enclave_call(E, "no_files", etc, sizeof etc, &res, &rn, &err);
    check(st == PYCLAVE_OK && rn > 20 && memmem(res, rn, "FileNotFoundError", 17) != NULL, "open() of a real path fails");
    free(res);
    pyclave_error_clear(&err);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: mutate_test IMAGE.pce\n");
        return 2;
    }
    long count = 100000;
    const char *env = getenv("PYCLAVE_MUTATE_COUNT");
    if (env && *env) count = atol(env);
    pyclave_enclave_options opts = {.timeout_ms = 20000, .service = service};
    pyclave_error err = {0};
    pyclave_status st = pyclave_enclave_create(argv[1], NULL, 0, &opts, &E, &err);
    check(st == PYCLAVE_OK, "create the enclave");
    if (st != PYCLAVE_OK) {
        printf("  %s\n", err.message ? err.message : "");
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }
    check(call_state() == 0, "fresh state");
    mutation_phase(count);
    services_phase();
    gramine_phase();
    check(pyclave_enclave_pid(E) > 0, "still the same live enclave");
    pyclave_enclave_destroy(E);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
