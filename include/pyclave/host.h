/* Pyclave host API (untrusted side): load enclave images and call functions
 * inside them.  See docs/ENCLAVE.md for the image, call and report formats.
 *
 *   pyclave_enclave *e;
 *   pyclave_error err = {0};
 *   if (pyclave_enclave_create("app.pce", NULL, 0, NULL, &e, &err) != PYCLAVE_OK) ...
 *   uint8_t *res; size_t n;
 *   pyclave_status st = pyclave_enclave_call(e, "f", cbor_args, len, &res, &n, &err);
 *   ... free(res); pyclave_error_clear(&err); pyclave_enclave_destroy(e);
 *
 * Arguments are one CBOR array (the positional arguments), the result one
 * CBOR item.  Errors come back as a status plus, for exceptions raised in the
 * enclave, the exception's type, message and full traceback text.
 */
#ifndef PYCLAVE_HOST_H
#define PYCLAVE_HOST_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    PYCLAVE_OK = 0,
    PYCLAVE_E_EXCEPTION = 1,    /* the function raised; err has type/message/traceback */
    PYCLAVE_E_BUDGET = 2,       /* per-call instruction budget exhausted (enclave keeps serving) */
    PYCLAVE_E_NOT_EXPORTED = 3, /* the function is not exported (refused) */
    PYCLAVE_E_BAD_ARGS = 4,     /* malformed CBOR arguments (refused by the enclave) */
    PYCLAVE_E_IMAGE = 5,        /* the image was refused (structure, signature, start-up) */
    PYCLAVE_E_IO = 6,           /* cannot read the image / key file, cannot fork */
    PYCLAVE_E_CRASHED = 7,      /* the enclave died (panic, seccomp kill, signal) */
    PYCLAVE_E_TIMEOUT = 8,      /* no answer within the timeout: the call was cancelled (the
                                 * enclave keeps serving) or, if it did not stop within 1 s,
                                 * the enclave was killed (then later calls give E_DEAD) */
    PYCLAVE_E_PROTOCOL = 9,     /* the enclave sent garbage; it was killed */
    PYCLAVE_E_KEYS = 10,        /* platform key file missing/unsafe/invalid */
    PYCLAVE_E_DEAD = 11,        /* the enclave is no longer running (after crash/timeout/cancel) */
    PYCLAVE_E_INVALID = 12,     /* bad argument to the API */
    PYCLAVE_E_REPORT = 13,      /* a report does not verify */
    PYCLAVE_E_CANCELLED = 14,   /* the call was cancelled (enclave keeps serving) */
} pyclave_status;

const char *pyclave_status_str(pyclave_status s);

/* How calls travel between host and enclave (docs/ENCLAVE.md, "Call ring"). */
typedef enum {
    PYCLAVE_TRANSPORT_DEFAULT = 0, /* $PYCLAVE_TRANSPORT ("channel"/"ring") or the ring */
    PYCLAVE_TRANSPORT_CHANNEL = 1, /* frames over two pipes: blocking, never spins */
    PYCLAVE_TRANSPORT_RING = 2,    /* frames through shared-memory rings that both sides poll,
                                    * blocking on a doorbell after a bounded spin (switchless) */
} pyclave_transport;
pyclave_transport pyclave_transport_resolve(pyclave_transport t);

/* Which core the sandbox child runs on (docs/ENCLAVE.md, "Placement"). */
typedef enum {
    PYCLAVE_PLACEMENT_DEFAULT = 0, /* $PYCLAVE_PLACEMENT ("follow"/"any"); else follow
                                    * on the channel, any on the ring */
    PYCLAVE_PLACEMENT_ANY = 1,     /* wherever the kernel schedules it */
    PYCLAVE_PLACEMENT_FOLLOW = 2,  /* on the core of the thread that calls, as an SGX
                                    * ECALL runs on the caller's core: a channel call
                                    * is then a switch between two processes on one
                                    * core, not a wake-up of the other core */
} pyclave_placement;
pyclave_placement pyclave_placement_resolve(pyclave_placement p, pyclave_transport t);

typedef struct {
    const char *keyfile;   /* NULL: $PYCLAVE_KEYFILE or ~/.pyclave/platform.key (created 0600) */
    int timeout_ms;        /* per call and for start-up; 0: 30000 */
    int64_t budget;        /* per-call instruction budget; 0: the manifest's; -1 unlimited */
    /* Log messages from the enclave (print, sys.stdout/stderr; stream 1 or 2).
     * NULL: written to this process's stdout/stderr. */
    void (*log)(void *ctx, int stream, const uint8_t *data, size_t len);
    void *log_ctx;
    pyclave_transport transport;
    /* Host services (OCALLs) answered by the embedder: service is 1 (wall
     * time), 2 (monotonic time) or 3 (random); write the answer to
     * answer[0..cap) and return its length, or return -1 for the built-in
     * answer (8-byte little-endian nanoseconds; 32 random bytes).  The
     * enclave treats answers as hostile (tests answer nonsense). */
    long (*service)(void *ctx, int service, uint8_t *answer, size_t cap);
    void *service_ctx;
    pyclave_placement placement;
} pyclave_enclave_options;

typedef struct {
    char *type;      /* exception type name (malloc'ed) or NULL */
    char *message;   /* message / description (malloc'ed) or NULL */
    char *traceback; /* full traceback text (malloc'ed) or NULL */
} pyclave_error;
void pyclave_error_clear(pyclave_error *err);

typedef struct pyclave_enclave pyclave_enclave;

/* From a file (path) or from bytes (path NULL).  A dead enclave never
 * kills the host with SIGPIPE.  If the process ignores SIGPIPE when it
 * creates the enclave, calls skip the per-write signal masking (three
 * system calls per frame); do not restore SIGPIPE's default action while
 * such an enclave exists.  On the channel transport the enclave owns one
 * thread of the host process (its timeout watchdog; it takes no signals),
 * joined by pyclave_enclave_destroy.  Use a handle from one thread at a
 * time (pyclave_enclave_cancel excepted), and not in a forked child. */
pyclave_status pyclave_enclave_create(const char *path, const uint8_t *bytes, size_t len,
                                      const pyclave_enclave_options *opts, pyclave_enclave **out,
                                      pyclave_error *err);
pyclave_status pyclave_enclave_call(pyclave_enclave *e, const char *function, const uint8_t *cbor_args,
                                    size_t args_len, uint8_t **result, size_t *result_len, pyclave_error *err);
/* Instruction budget of the following calls: 0 = the manifest's, -1 = unlimited. */
void pyclave_enclave_set_budget(pyclave_enclave *e, int64_t budget);
void pyclave_enclave_set_timeout(pyclave_enclave *e, int timeout_ms);
/* Cancel the running call (it fails with PYCLAVE_E_CANCELLED; the enclave
 * keeps serving with its globals).  Sets a flag in memory shared with the
 * enclave, which checks it every EN_BUDGET_SLICE instructions; safe to call
 * from another thread or a signal handler. */
void pyclave_enclave_cancel(pyclave_enclave *e);
/* Kill the enclave now (later calls give PYCLAVE_E_DEAD). */
void pyclave_enclave_kill(pyclave_enclave *e);
void pyclave_enclave_destroy(pyclave_enclave *e);
/* MRENCLAVE / MRSIGNER reported by the enclave at start-up (32 bytes). */
const uint8_t *pyclave_enclave_mrenclave(const pyclave_enclave *e);
const uint8_t *pyclave_enclave_mrsigner(const pyclave_enclave *e);
/* Debugging: the sandbox child's process id; debug requests (debug
 * enclaves only): 1 = internal panic, 2 = send a malformed frame. */
int pyclave_enclave_pid(const pyclave_enclave *e);
pyclave_status pyclave_enclave_debug(pyclave_enclave *e, int op, pyclave_error *err);
/* Testing a hostile host: send one host->enclave frame with this type byte
 * and an arbitrary payload (a CALL frame is type 2: i64 budget, u16 name
 * length, name, CBOR arguments) and wait for the answer as for a call. */
pyclave_status pyclave_enclave_call_raw(pyclave_enclave *e, uint8_t frame_type, const uint8_t *payload, size_t len,
                                        uint8_t **result, size_t *result_len, pyclave_error *err);

typedef struct {
    uint8_t mrenclave[32], mrsigner[32], report_data[64];
    uint16_t prod_id, isv_svn;
    int debug;
} pyclave_report_info;
/* Verify a report (EN_REPORT_SIZE bytes) with this platform's report key. */
pyclave_status pyclave_verify_report(const uint8_t *report, size_t len, const char *keyfile,
                                     pyclave_report_info *out, pyclave_error *err);
/* Image measurement without loading it (MRENCLAVE, MRSIGNER). */
pyclave_status pyclave_image_measure(const uint8_t *image, size_t len, uint8_t mrenclave[32],
                                     uint8_t mrsigner[32], pyclave_error *err);

#endif
