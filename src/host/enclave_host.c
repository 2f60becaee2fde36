/* The host API (include/pyclave/host.h): creates sandbox enclaves, speaks
 * the channel protocol with them, and survives whatever they do.
 *
 * Every frame from the enclave is treated as hostile: bounded length, known
 * type, checked payload.  A child that dies, hangs past the timeout or sends
 * garbage is killed and reaped, and the call returns a clear status. */
#define _GNU_SOURCE
#include "pyclave/host.h"

#include <bearssl.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/cbor.h"
#include "enclave/enclave.h"
#include "host/sandbox.h"

/* The timeout of a call on the channel.  The host waits for the answer in
 * a blocking read, one system call, where poll + read took two and about
 * 1 us more per call.  A blocking read has no timeout of its own, so a
 * thread per enclave keeps it: at the call's deadline it sets the cancel
 * flag (the call stops with a timeout error and the enclave survives), a
 * grace period later it kills the child, and the read sees end of file.
 * The caller publishes each call's deadline under the mutex, which costs
 * no system call: the thread is never woken per call, it wakes by itself
 * at the deadline and at least every timeout/WD_TICKS, so a call that
 * starts while it sleeps is stopped at most timeout/WD_TICKS late. */
enum { WD_TICKS = 8, WD_GRACE_MS = 1000 };
enum { WD_WAITING, WD_CANCEL_SENT, WD_KILLED };

typedef struct {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake; /* destroy wakes the thread to stop it */
    bool stop;
    bool in_call;
    int phase;        /* WD_*, of the current call */
    int64_t deadline; /* ms, CLOCK_MONOTONIC */
    int64_t tick;     /* ms: the longest sleep, timeout / WD_TICKS */
} hs_watchdog;

struct pyclave_enclave {
    pid_t pid;
    int fd;  /* the enclave's frames come in here (blocking with a watchdog, else non-blocking) */
    int wfd; /* requests go out here (the same socket for the sgx bridge) */
    int timeout_ms;
    int64_t budget, manifest_budget;
    bool dead;
    volatile uint8_t *cancel; /* shared with the child */
    bool timed_out;           /* under wd->lock when there is a watchdog */
    int64_t call_deadline;    /* ms, CLOCK_MONOTONIC: of the call in progress */
    hs_watchdog *wd;          /* channel only (NULL: recv_all polls with the deadline) */
    bool wd_killed;           /* the watchdog killed the child */
    uint8_t mrenclave[32], mrsigner[32];
    void (*log)(void *ctx, int stream, const uint8_t *data, size_t len);
    void *log_ctx;
    char last_err[1024]; /* tail of the enclave's stderr log (panic messages) */
    size_t last_err_len;
    /* Ring transport (NULL: channel): the shared rings, our end of them and
     * the deadline of the current wait (the doorbell poll uses it). */
    hs_ring *ring;
    hs_ring_end rend;
    int64_t ring_deadline;
    /* Channel read-ahead (recv_all). */
    uint8_t rbuf[65536];
    size_t rpos, rlen;
    long (*service)(void *ctx, int service, uint8_t *answer, size_t cap);
    void *service_ctx;
    /* SIGPIPE was ignored when the enclave was created (the CLI ignores it,
     * as CPython does): writes then need no signal-mask dance, which saves
     * three system calls per frame. */
    bool sigpipe_ignored;
    /* Placement "follow": the core the child is pinned to (-1: not yet). */
    bool follow;
    int child_cpu;
    /* A request was just sent on the channel: its answer cannot be there
     * yet, so recv_all waits before its first read (saves a system call). */
    bool reply_pending;
};

const char *pyclave_status_str(pyclave_status s)
{
    switch (s) {
    case PYCLAVE_OK: return "ok";
    case PYCLAVE_E_EXCEPTION: return "the enclave function raised an exception";
    case PYCLAVE_E_BUDGET: return "instruction budget exhausted";
    case PYCLAVE_E_NOT_EXPORTED: return "function not exported by the enclave";
    case PYCLAVE_E_BAD_ARGS: return "malformed call arguments";
    case PYCLAVE_E_IMAGE: return "enclave image refused";
    case PYCLAVE_E_IO: return "I/O error";
    case PYCLAVE_E_CRASHED: return "the enclave crashed";
    case PYCLAVE_E_TIMEOUT: return "the call timed out";
    case PYCLAVE_E_PROTOCOL: return "protocol violation by the enclave";
    case PYCLAVE_E_KEYS: return "platform key file problem";
    case PYCLAVE_E_DEAD: return "the enclave is not running";
    case PYCLAVE_E_INVALID: return "invalid argument";
    case PYCLAVE_E_REPORT: return "report does not verify";
    case PYCLAVE_E_CANCELLED: return "the call was cancelled by the host";
    }
    return "unknown status";
}

void pyclave_error_clear(pyclave_error *err)
{
    if (!err) return;
    free(err->type);
    free(err->message);
    free(err->traceback);
    err->type = err->message = err->traceback = NULL;
}

static pyclave_status set_err(pyclave_error *err, pyclave_status st, const char *type, const char *fmt, ...)
{
    if (!err) return st;
    pyclave_error_clear(err);
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    err->type = type ? strdup(type) : NULL;
    err->message = strdup(buf);
    return st;
}

/* ---- files and keys ---- */

static uint8_t *read_whole(const char *path, size_t *len, size_t max)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size > max) {
        close(fd);
        errno = EFBIG;
        return NULL;
    }
    size_t n = (size_t)st.st_size, got = 0;
    uint8_t *buf = malloc(n ? n : 1);
    while (buf && got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(fd);
    if (buf && got != n) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static const char *default_keyfile(char *buf, size_t n)
{
    const char *k = getenv("PYCLAVE_KEYFILE");
    if (k && *k) return k;
    const char *home = getenv("HOME");
    snprintf(buf, n, "%s/.pyclave/platform.key", home && *home ? home : ".");
    return buf;
}

static bool random_bytes(void *buf, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t r = getrandom((char *)buf + done, n - done, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        done += (size_t)r;
    }
    return true;
}

/* A valid P-256 private scalar from fresh randomness. */
static bool gen_p256(uint8_t priv[32])
{
    uint8_t seed[48];
    if (!random_bytes(seed, sizeof seed)) return false;
    br_hmac_drbg_context rng;
    br_hmac_drbg_init(&rng, &br_sha256_vtable, seed, sizeof seed);
    br_ec_private_key sk;
    uint8_t kbuf[BR_EC_KBUF_PRIV_MAX_SIZE];
    if (br_ec_keygen(&rng.vtable, &br_ec_p256_m31, &sk, kbuf, BR_EC_secp256r1) != 32) return false;
    memcpy(priv, kbuf, 32);
    return true;
}

/* Public so the CLI can make developer signing keys the same way. */
int hs_generate_p256(uint8_t priv[32]);
int hs_generate_p256(uint8_t priv[32]) { return gen_p256(priv) ? 0 : -1; }

/* The platform key file: 32 bytes platform secret (sealing) then the
 * 32-byte P-256 private report key.  Created with mode 0600 when absent;
 * refused when group- or world-accessible. */
static pyclave_status load_platform_keys(const char *path, uint8_t keys[64], pyclave_error *err)
{
    char buf[4096];
    if (!path) path = default_keyfile(buf, sizeof buf);
    struct stat st;
    if (stat(path, &st) < 0) {
        if (errno != ENOENT) return set_err(err, PYCLAVE_E_KEYS, NULL, "cannot access key file %s: %s", path, strerror(errno));
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash && slash != dir) {
            *slash = 0;
            mkdir(dir, 0700);
        }
        uint8_t k[64];
        if (!random_bytes(k, 32) || !gen_p256(k + 32)) return set_err(err, PYCLAVE_E_KEYS, NULL, "cannot generate platform keys");
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) return set_err(err, PYCLAVE_E_KEYS, NULL, "cannot create key file %s: %s", path, strerror(errno));
        bool ok = write(fd, k, 64) == 64;
        ok = close(fd) == 0 && ok;
        if (!ok) return set_err(err, PYCLAVE_E_KEYS, NULL, "cannot write key file %s", path);
        if (stat(path, &st) < 0) return set_err(err, PYCLAVE_E_KEYS, NULL, "key file %s vanished", path);
    }
    if (st.st_mode & 077)
        return set_err(err, PYCLAVE_E_KEYS, NULL, "key file %s is accessible by others (mode %03o); chmod 600 it",
                       path, (unsigned)(st.st_mode & 0777));
    size_t n = 0;
    uint8_t *data = read_whole(path, &n, 4096);
    if (!data || n != 64) {
        free(data);
        return set_err(err, PYCLAVE_E_KEYS, NULL, "key file %s is not a Pyclave platform key file (64 bytes)", path);
    }
    memcpy(keys, data, 64);
    free(data);
    return PYCLAVE_OK;
}

/* ---- frames ---- */

static bool writev_all(int fd, struct iovec *iov, int n);

/* writev of all of iov to the enclave's channel.  The channel may be a
 * pipe whose reader died: that must be an error, not a SIGPIPE that kills
 * the host.  Unless SIGPIPE is ignored, it is blocked in this thread around
 * the writes and a SIGPIPE they raised is taken off the pending set again. */
static bool write_all(const pyclave_enclave *e, int fd, struct iovec *iov, int n)
{
    if (e->sigpipe_ignored) return writev_all(fd, iov, n);
    sigset_t pipe_set, old;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    bool was_pending = sigismember(&pending, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
    bool ok = writev_all(fd, iov, n);
    if (!ok && errno == EPIPE && !was_pending) {
        struct timespec zero = {0, 0};
        while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR) {}
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return ok;
}

static bool writev_all(int fd, struct iovec *iov, int n)
{
    bool ok = true;
    while (n > 0) {
        ssize_t r = n == 1 ? write(fd, iov->iov_base, iov->iov_len) : writev(fd, iov, n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            /* A non-blocking socket (the sgx bridge's) that is full. */
            struct pollfd pfd = {fd, POLLOUT, 0};
            if (poll(&pfd, 1, -1) < 0 && errno != EINTR) {
                ok = false;
                break;
            }
            continue;
        }
        if (r <= 0) {
            ok = false;
            break;
        }
        size_t done = (size_t)r;
        while (n > 0 && done >= iov->iov_len) {
            done -= iov->iov_len;
            iov++;
            n--;
        }
        if (n > 0) {
            iov->iov_base = (char *)iov->iov_base + done;
            iov->iov_len -= done;
        }
    }
    return ok;
}

static bool send_all(const pyclave_enclave *e, int fd, const void *buf, size_t n)
{
    struct iovec iov = {(void *)buf, n};
    return write_all(e, fd, &iov, 1);
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- the watchdog (see hs_watchdog) ---- */

static int64_t wd_tick(int timeout_ms) { return timeout_ms / WD_TICKS > 1 ? timeout_ms / WD_TICKS : 1; }

static void *wd_main(void *arg)
{
    pyclave_enclave *e = arg;
    hs_watchdog *wd = e->wd;
    pthread_mutex_lock(&wd->lock);
    while (!wd->stop) {
        int64_t now = now_ms();
        if (wd->in_call && now >= wd->deadline && wd->phase != WD_KILLED) {
            if (wd->phase == WD_WAITING && e->cancel) {
                /* First ask the running call to stop (the enclave survives). */
                e->timed_out = true;
                *e->cancel = 1;
                wd->phase = WD_CANCEL_SENT;
                wd->deadline = now + WD_GRACE_MS;
            } else {
                /* The child is not reaped before end_call (bury calls
                 * it first), so this pid is still the child's. */
                e->timed_out = true;
                kill(e->pid, SIGKILL);
                wd->phase = WD_KILLED;
            }
        }
        int64_t wait = wd->tick;
        if (wd->in_call && wd->phase != WD_KILLED && wd->deadline - now < wait)
            wait = wd->deadline - now > 1 ? wd->deadline - now : 1;
        struct timespec until;
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_sec += (time_t)(wait / 1000);
        until.tv_nsec += (long)(wait % 1000) * 1000000;
        if (until.tv_nsec >= 1000000000) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&wd->wake, &wd->lock, &until);
    }
    pthread_mutex_unlock(&wd->lock);
    return NULL;
}

/* Start the watchdog; false (and no watchdog) if a thread cannot be made. */
static bool wd_start(pyclave_enclave *e)
{
    hs_watchdog *wd = calloc(1, sizeof *wd);
    if (!wd) return false;
    pthread_condattr_t ca;
    bool ok = pthread_condattr_init(&ca) == 0;
    if (ok) {
        ok = pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&wd->wake, &ca) == 0;
        pthread_condattr_destroy(&ca);
    }
    if (!ok) {
        free(wd);
        return false;
    }
    pthread_mutex_init(&wd->lock, NULL);
    wd->tick = wd_tick(e->timeout_ms);
    e->wd = wd;
    /* The thread takes no signals: they stay with the embedder's threads. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    ok = pthread_create(&wd->thread, NULL, wd_main, e) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!ok) {
        pthread_cond_destroy(&wd->wake);
        pthread_mutex_destroy(&wd->lock);
        free(wd);
        e->wd = NULL;
    }
    return ok;
}

static void wd_stop(pyclave_enclave *e)
{
    hs_watchdog *wd = e->wd;
    if (!wd) return;
    pthread_mutex_lock(&wd->lock);
    wd->stop = true;
    pthread_cond_signal(&wd->wake);
    pthread_mutex_unlock(&wd->lock);
    pthread_join(wd->thread, NULL);
    pthread_cond_destroy(&wd->wake);
    pthread_mutex_destroy(&wd->lock);
    free(wd);
    e->wd = NULL;
}

/* A call starts: its deadline covers sending the request and every frame
 * until the answer. */
static void begin_call(pyclave_enclave *e)
{
    hs_watchdog *wd = e->wd;
    if (wd) pthread_mutex_lock(&wd->lock);
    e->call_deadline = now_ms() + e->timeout_ms;
    e->timed_out = false;
    if (e->cancel) *e->cancel = 0;
    if (wd) {
        wd->deadline = e->call_deadline;
        wd->phase = WD_WAITING;
        wd->tick = wd_tick(e->timeout_ms);
        wd->in_call = true;
        pthread_mutex_unlock(&wd->lock);
    }
}

/* The call is over (answered or failed): the watchdog leaves the child
 * alone from here on.  Returns its phase (WD_KILLED: it killed the child). */
static int end_call(pyclave_enclave *e)
{
    hs_watchdog *wd = e->wd;
    if (!wd) return WD_WAITING;
    pthread_mutex_lock(&wd->lock);
    int phase = wd->in_call ? wd->phase : WD_WAITING;
    wd->in_call = false;
    pthread_mutex_unlock(&wd->lock);
    if (phase == WD_KILLED) e->wd_killed = true;
    return phase;
}

/* Header and both parts in one system call when the channel takes them;
 * a small frame is copied into one buffer first (the kernel's one-buffer
 * write path is cheaper than gathering three). */
static bool send_frame_channel(const pyclave_enclave *e, const uint8_t hdr[5], const void *a, size_t alen,
                               const void *b, size_t blen)
{
    uint8_t small[512];
    if (alen + blen <= sizeof small - 5) {
        memcpy(small, hdr, 5);
        if (alen) memcpy(small + 5, a, alen);
        if (blen) memcpy(small + 5 + alen, b, blen);
        struct iovec one = {small, 5 + alen + blen};
        return write_all(e, e->wfd, &one, 1);
    }
    struct iovec iov[3] = {{(void *)hdr, 5}, {(void *)a, alen}, {(void *)b, blen}};
    return write_all(e, e->wfd, iov, 3);
}

static bool send_frame(pyclave_enclave *e, uint8_t type, const void *a, size_t alen, const void *b, size_t blen)
{
    uint8_t hdr[5];
    size_t n = alen + blen;
    if (n > EN_FRAME_MAX) return false;
    for (int i = 0; i < 4; i++) hdr[i] = (uint8_t)(n >> (8 * i));
    hdr[4] = type;
    if (!e->ring) return send_frame_channel(e, hdr, a, alen, b, blen);
    /* Ring: the enclave drains it, so a full ring only waits; the deadline
     * bounds an enclave that stopped reading. */
    e->ring_deadline = now_ms() + e->timeout_ms + 1000;
    return hs_ring_write(&e->rend, hdr, 5) == HS_RING_OK &&
           (!alen || hs_ring_write(&e->rend, a, alen) == HS_RING_OK) &&
           (!blen || hs_ring_write(&e->rend, b, blen) == HS_RING_OK);
}

/* Ring doorbells on the old channel descriptor (see host/ring.h). */
static int host_ring_block(void *ctx)
{
    pyclave_enclave *e = ctx;
    uint8_t drain[64];
    for (;;) {
        int64_t left = e->ring_deadline - now_ms();
        if (left <= 0) return HS_RING_TIMEOUT;
        struct pollfd pfd = {e->fd, POLLIN, 0};
        int pr = poll(&pfd, 1, left > 1000000 ? 1000000 : (int)left);
        if (pr < 0 && errno == EINTR) continue;
        if (pr < 0) return HS_RING_ERROR;
        if (pr == 0) continue;
        ssize_t r = read(e->fd, drain, sizeof drain);
        if (r < 0 && errno == EINTR) continue;
        return r > 0 ? HS_RING_OK : r == 0 ? HS_RING_EOF : HS_RING_ERROR;
    }
}

static bool host_ring_ring(void *ctx)
{
    pyclave_enclave *e = ctx;
    static const uint8_t bell = 1;
    return send_all(e, e->wfd, &bell, 1);
}

/* Wait until the channel has something (or end of file) or the deadline:
 * 1, or -1 timeout, -2 error (EINTR: 1, the caller reads again). */
static int wait_readable(pyclave_enclave *e, int64_t deadline)
{
    int64_t left = deadline - now_ms();
    if (left <= 0) return -1;
    struct pollfd pfd = {e->fd, POLLIN, 0};
    int pr = poll(&pfd, 1, left > 1000000 ? 1000000 : (int)left);
    return pr >= 0 || errno == EINTR ? 1 : -2;
}

/* Read exactly n bytes before the deadline: 1 ok, 0 end of file, -1
 * timeout, -2 error, -3 the enclave corrupted the ring's counters. */
static int recv_all(pyclave_enclave *e, void *buf, size_t n, int64_t deadline)
{
    if (e->ring) {
        e->ring_deadline = deadline;
        int r = hs_ring_read(&e->rend, buf, n);
        return r == HS_RING_OK ? 1 : r == HS_RING_EOF ? 0 : r == HS_RING_TIMEOUT ? -1 : r == HS_RING_HOSTILE ? -3 : -2;
    }
    char *p = buf;
    /* Bytes read ahead last time first. */
    if (e->rpos < e->rlen) {
        size_t k = e->rlen - e->rpos < n ? e->rlen - e->rpos : n;
        memcpy(p, e->rbuf + e->rpos, k);
        e->rpos += k;
        p += k;
        n -= k;
    }
    while (n) {
        if (e->reply_pending && !e->wd) {
            e->reply_pending = false;
            int w = wait_readable(e, deadline);
            if (w < 0) return w;
        }
        /* Read what is there without waiting (a whole answer usually is),
         * into the read-ahead buffer unless n is large; poll only when
         * nothing is: one system call per frame in the common case. */
        bool direct = n >= sizeof e->rbuf;
        ssize_t r = read(e->fd, direct ? (void *)p : (void *)e->rbuf, direct ? n : sizeof e->rbuf);
        if (r > 0) {
            size_t k = (size_t)r;
            if (!direct) {
                e->rlen = k;
                k = k < n ? k : n;
                memcpy(p, e->rbuf, k);
                e->rpos = k;
            }
            p += k;
            n -= k;
            continue;
        }
        if (r == 0) return 0;
        if (errno == EINTR) continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) return -2;
        int w = wait_readable(e, deadline);
        if (w < 0) return w;
    }
    return 1;
}

static void close_channel(pyclave_enclave *e)
{
    if (e->wfd != e->fd && e->wfd >= 0) close(e->wfd);
    if (e->fd >= 0) close(e->fd);
    e->fd = e->wfd = -1;
}

/* Kill and reap the child; describe how it ended. */
static pyclave_status bury(pyclave_enclave *e, pyclave_status st, pyclave_error *err, const char *why)
{
    /* First stop the watchdog: once the child is reaped its pid is free. */
    end_call(e);
    bool hung = e->wd_killed;
    if (hung && st == PYCLAVE_E_CRASHED) {
        st = PYCLAVE_E_TIMEOUT;
        why = "no answer from the enclave within the timeout";
    }
    if (e->pid > 0) {
        int status = 0;
        bool killed = hung;
        pid_t r = waitpid(e->pid, &status, WNOHANG);
        if (r == 0) {
            /* Still running: give it a moment to finish dying, then kill. */
            for (int i = 0; i < 20 && r == 0; i++) {
                struct timespec ts = {0, 5 * 1000000};
                nanosleep(&ts, NULL);
                r = waitpid(e->pid, &status, WNOHANG);
            }
            if (r == 0) {
                kill(e->pid, SIGKILL);
                r = waitpid(e->pid, &status, 0);
                killed = true;
            }
        }
        char how[128] = "";
        if (r == e->pid) {
            if (WIFEXITED(status))
                snprintf(how, sizeof how, "exited with status %d%s", WEXITSTATUS(status),
                         WEXITSTATUS(status) == 70 ? " (internal panic)" : "");
            else if (killed)
                snprintf(how, sizeof how, "killed by the host");
            else if (WIFSIGNALED(status))
                snprintf(how, sizeof how, "killed by signal %d%s", WTERMSIG(status),
                         WTERMSIG(status) == SIGSYS    ? " (SIGSYS: a system call the seccomp filter forbids)"
                         : WTERMSIG(status) == SIGKILL ? " (SIGKILL: forbidden system call under seccomp strict mode?)"
                                                       : "");
        }
        e->pid = -1;
        close_channel(e);
        e->dead = true;
        set_err(err, st, NULL, "%s; enclave %s%s%.*s", why, how, e->last_err_len ? ": " : "",
                (int)e->last_err_len, e->last_err);
        return st;
    }
    e->dead = true;
    return set_err(err, st, NULL, "%s", why);
}

static void deliver_log(pyclave_enclave *e, const uint8_t *p, size_t n)
{
    if (n < 1) return;
    int stream = p[0] == 2 ? 2 : 1;
    if (stream == 2) {
        /* Keep the tail for crash reports. */
        for (size_t i = 1; i < n; i++) {
            if (e->last_err_len == sizeof e->last_err) {
                memmove(e->last_err, e->last_err + 1, sizeof e->last_err - 1);
                e->last_err_len--;
            }
            e->last_err[e->last_err_len++] = p[i] == '\n' ? ' ' : (char)p[i];
        }
    }
    if (e->log) {
        e->log(e->log_ctx, stream, p + 1, n - 1);
    } else {
        FILE *f = stream == 2 ? stderr : stdout;
        fwrite(p + 1, 1, n - 1, f);
        fflush(f);
    }
}

static void answer_ocall(pyclave_enclave *e, const uint8_t *p, size_t n)
{
    uint8_t out[32] = {0};
    if (e->service && n >= 1) {
        /* The embedder answers (tests use this to answer nonsense). */
        uint8_t custom[256];
        long k = e->service(e->service_ctx, p[0], custom, sizeof custom);
        if (k >= 0) {
            send_frame(e, EN_H_REPLY, custom, (size_t)(k > (long)sizeof custom ? (long)sizeof custom : k), NULL, 0);
            return;
        }
    }
    if (n == 1 && p[0] == EN_OCALL_RANDOM) {
        if (!random_bytes(out, 32)) memset(out, 0, 32);
        send_frame(e, EN_H_REPLY, out, 32, NULL, 0);
        return;
    }
    if (n == 1 && (p[0] == EN_OCALL_TIME || p[0] == EN_OCALL_MONOTONIC)) {
        struct timespec ts;
        clock_gettime(p[0] == EN_OCALL_TIME ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts);
        uint64_t v = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
        for (int i = 0; i < 8; i++) out[i] = (uint8_t)(v >> (8 * i));
    }
    send_frame(e, EN_H_REPLY, out, 8, NULL, 0);
}

/* Wait for a terminal frame (READY, FAIL, RESULT, ERROR), handling LOG and
 * OCALL frames meanwhile.  *payload is malloc'ed. */
static pyclave_status wait_frames(pyclave_enclave *e, uint8_t *type, uint8_t **payload, size_t *len, pyclave_error *err)
{
    int64_t deadline = e->call_deadline;
    for (;;) {
        uint8_t hdr[5];
        int r = recv_all(e, hdr, 5, deadline);
        if (r == 0) return bury(e, PYCLAVE_E_CRASHED, err, "the enclave closed its channel");
        if (r == -1 && !e->timed_out && e->cancel) {
            /* First ask the running call to stop (the enclave survives);
             * kill it only if it does not answer within a grace period. */
            e->timed_out = true;
            *e->cancel = 1;
            deadline = now_ms() + 1000;
            continue;
        }
        if (r == -1) return bury(e, PYCLAVE_E_TIMEOUT, err, "no answer from the enclave within the timeout");
        if (r == -3) return bury(e, PYCLAVE_E_PROTOCOL, err, "the enclave corrupted the call ring");
        if (r < 0) return bury(e, PYCLAVE_E_CRASHED, err, "channel error");
        uint32_t n = (uint32_t)hdr[0] | (uint32_t)hdr[1] << 8 | (uint32_t)hdr[2] << 16 | (uint32_t)hdr[3] << 24;
        uint8_t t = hdr[4];
        bool known = t == EN_E_READY || t == EN_E_FAIL || t == EN_E_RESULT || t == EN_E_ERROR || t == EN_E_LOG ||
                     t == EN_E_OCALL;
        if (!known || n > EN_FRAME_MAX) return bury(e, PYCLAVE_E_PROTOCOL, err, "malformed frame from the enclave");
        uint8_t *p = malloc(n ? n : 1);
        if (!p) return bury(e, PYCLAVE_E_IO, err, "out of memory");
        r = n ? recv_all(e, p, n, deadline) : 1;
        if (r != 1) {
            free(p);
            if (r == -3) return bury(e, PYCLAVE_E_PROTOCOL, err, "the enclave corrupted the call ring");
            return bury(e, r == -1 ? PYCLAVE_E_TIMEOUT : PYCLAVE_E_CRASHED, err, "the enclave stopped mid-frame");
        }
        if (t == EN_E_LOG) {
            deliver_log(e, p, n);
            free(p);
            continue;
        }
        if (t == EN_E_OCALL) {
            answer_ocall(e, p, n);
            free(p);
            continue;
        }
        *type = t;
        *payload = p;
        *len = n;
        return PYCLAVE_OK;
    }
}

/* The answer to a request sent after begin_call; ends the call. */
static pyclave_status wait_reply(pyclave_enclave *e, uint8_t *type, uint8_t **payload, size_t *len, pyclave_error *err)
{
    pyclave_status st = wait_frames(e, type, payload, len, err);
    end_call(e);
    return st;
}

static char *text_dup(const cr_cbor_item *it)
{
    char *s = malloc(it->data.len + 1);
    if (!s) return NULL;
    if (it->data.len) memcpy(s, it->data.ptr, it->data.len);
    s[it->data.len] = 0;
    return s;
}

/* ERROR payload: kind byte, CBOR [type, message, traceback]. */
static pyclave_status decode_error(pyclave_enclave *e, const uint8_t *p, size_t n, pyclave_error *err)
{
    if (n < 1) return bury(e, PYCLAVE_E_PROTOCOL, err, "empty error frame");
    cr_span s = cr_span_make(p + 1, n - 1);
    if (cr_cbor_validate(s, 2, 8) != CR_CBOR_OK) return bury(e, PYCLAVE_E_PROTOCOL, err, "malformed error frame");
    cr_cbor_reader r = {s, 0};
    cr_cbor_item it;
    cr_cbor_next(&r, &it);
    if (it.kind != CR_CBOR_ARRAY || it.arg != 3) return bury(e, PYCLAVE_E_PROTOCOL, err, "malformed error frame");
    char *parts[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        cr_cbor_next(&r, &it);
        if (it.kind == CR_CBOR_TEXT) parts[i] = text_dup(&it);
    }
    pyclave_status st = p[0] == EN_ERR_CANCELLED ? (e->timed_out ? PYCLAVE_E_TIMEOUT : PYCLAVE_E_CANCELLED)
                        : p[0] == EN_ERR_BUDGET ? PYCLAVE_E_BUDGET
                        : p[0] == EN_ERR_REFUSED ? PYCLAVE_E_NOT_EXPORTED
                        : p[0] == EN_ERR_BADARGS ? PYCLAVE_E_BAD_ARGS
                                                 : PYCLAVE_E_EXCEPTION;
    if (p[0] == EN_ERR_REFUSED && parts[0] && strcmp(parts[0], "NotExported") != 0) st = PYCLAVE_E_INVALID;
    if (err) {
        pyclave_error_clear(err);
        err->type = parts[0];
        err->message = parts[1];
        err->traceback = parts[2];
    } else {
        free(parts[0]);
        free(parts[1]);
        free(parts[2]);
    }
    return st;
}

/* ---- the API ---- */

/* The sgx backend's spawn (backends/sgx/untrusted_bridge.c), linked only
 * into binaries built with `make sgx`; chosen with PYCLAVE_BACKEND=sgx. */
pid_t hs_sgx_spawn(size_t heap_size, int *fd, volatile uint8_t **cancel) __attribute__((weak));

static void destroy_shared(pyclave_enclave *e)
{
    wd_stop(e); /* before the cancel flag it writes goes */
    if (e->cancel) munmap((void *)e->cancel, 4096);
    e->cancel = NULL;
    if (e->ring) munmap(e->ring, sizeof(hs_ring));
    e->ring = NULL;
}

/* The default transport: $PYCLAVE_TRANSPORT ("channel" or "ring") if set,
 * else the ring: an order of magnitude faster whenever a core is free,
 * about the channel's cost on a saturated machine (its spin is bounded and
 * adapts): docs/ENCLAVE.md, "Call ring". */
pyclave_transport pyclave_transport_resolve(pyclave_transport t)
{
    if (t != PYCLAVE_TRANSPORT_DEFAULT) return t;
    const char *env = getenv("PYCLAVE_TRANSPORT");
    if (env && strcmp(env, "channel") == 0) return PYCLAVE_TRANSPORT_CHANNEL;
    return PYCLAVE_TRANSPORT_RING;
}

/* The default placement: $PYCLAVE_PLACEMENT ("follow" or "any") if set, else
 * follow on the channel (a call blocks its caller, so the caller's core is
 * free for the enclave, and a hand-over on one core costs a context switch
 * where one to another core costs waking it, ~7 us on an idle VM) and any
 * on the ring (both sides poll: they need a core each). */
pyclave_placement pyclave_placement_resolve(pyclave_placement p, pyclave_transport t)
{
    if (p != PYCLAVE_PLACEMENT_DEFAULT) return p;
    const char *env = getenv("PYCLAVE_PLACEMENT");
    if (env && strcmp(env, "any") == 0) return PYCLAVE_PLACEMENT_ANY;
    if (env && strcmp(env, "follow") == 0) return PYCLAVE_PLACEMENT_FOLLOW;
    return t == PYCLAVE_TRANSPORT_CHANNEL ? PYCLAVE_PLACEMENT_FOLLOW : PYCLAVE_PLACEMENT_ANY;
}

/* Placement "follow": before a call, pin the child to the calling thread's
 * core if it is not there already.  sched_getcpu is a vDSO read, so a call
 * on the same core as the last one makes no system call for this; the
 * calling thread itself is never pinned (the kernel may move it, and the
 * child follows at the next call).  Failure only costs speed. */
static void place_child(pyclave_enclave *e)
{
    if (!e->follow) return;
    int cpu = sched_getcpu();
    if (cpu < 0 || cpu == e->child_cpu || cpu >= CPU_SETSIZE) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(e->pid, sizeof set, &set) == 0) e->child_cpu = cpu;
}

pyclave_status pyclave_image_measure(const uint8_t *image, size_t len, uint8_t mrenclave[32], uint8_t mrsigner[32],
                                     pyclave_error *err)
{
    en_image *img = malloc(sizeof *img);
    if (!img) return set_err(err, PYCLAVE_E_IO, NULL, "out of memory");
    const char *why = en_image_verify(cr_span_make(image, len), img, mrenclave, mrsigner);
    free(img);
    if (why) return set_err(err, PYCLAVE_E_IMAGE, NULL, "enclave image refused: %s", why);
    return PYCLAVE_OK;
}

pyclave_status pyclave_enclave_create(const char *path, const uint8_t *bytes, size_t len,
                                      const pyclave_enclave_options *opts, pyclave_enclave **out, pyclave_error *err)
{
    *out = NULL;
    uint8_t *owned = NULL;
    if (path) {
        owned = read_whole(path, &len, EN_IMAGE_MAX_SIZE);
        if (!owned) return set_err(err, PYCLAVE_E_IO, NULL, "cannot read image %s: %s", path, strerror(errno));
        bytes = owned;
    } else if (!bytes) {
        return set_err(err, PYCLAVE_E_INVALID, NULL, "no image given");
    }
    /* The host parses the manifest only to size the heap; the enclave
     * verifies everything again (and checks this size). */
    en_image *imgp = malloc(sizeof *imgp);
    const char *why = imgp ? en_image_parse(cr_span_make(bytes, len), imgp) : "out of memory";
    en_manifest manifest;
    if (imgp) manifest = imgp->m; /* spans into bytes: only the scalars are used below */
    free(imgp);
    if (why) {
        free(owned);
        return set_err(err, PYCLAVE_E_IMAGE, NULL, "enclave image refused: %s", why);
    }
    uint8_t init[112];
    pyclave_status st = load_platform_keys(opts ? opts->keyfile : NULL, init, err);
    if (st != PYCLAVE_OK) {
        free(owned);
        return st;
    }
    if (!random_bytes(init + 64, 48)) {
        free(owned);
        return set_err(err, PYCLAVE_E_IO, NULL, "no randomness");
    }
    pyclave_enclave *e = calloc(1, sizeof *e);
    if (!e) {
        free(owned);
        return set_err(err, PYCLAVE_E_IO, NULL, "out of memory");
    }
    e->timeout_ms = opts && opts->timeout_ms > 0 ? opts->timeout_ms : 30000;
    e->manifest_budget = manifest.budget;
    e->budget = opts && opts->budget ? opts->budget : manifest.budget;
    e->log = opts ? opts->log : NULL;
    e->log_ctx = opts ? opts->log_ctx : NULL;
    e->service = opts ? opts->service : NULL;
    e->service_ctx = opts ? opts->service_ctx : NULL;
    struct sigaction pipe_action;
    e->sigpipe_ignored = sigaction(SIGPIPE, NULL, &pipe_action) == 0 && pipe_action.sa_handler == SIG_IGN;
    const char *backend = getenv("PYCLAVE_BACKEND");
    bool sgx = backend && strcmp(backend, "sgx") == 0;
    if (sgx && !hs_sgx_spawn) {
        free(owned);
        free(e);
        return set_err(err, PYCLAVE_E_INVALID, NULL,
                       "PYCLAVE_BACKEND=sgx: this build has no sgx backend (make sgx; docs/ENCLAVE.md)");
    }
    /* The sgx bridge speaks over the channel only (no call ring yet). */
    pyclave_transport transport = pyclave_transport_resolve(opts ? opts->transport : PYCLAVE_TRANSPORT_DEFAULT);
    e->follow = !sgx && pyclave_placement_resolve(opts ? opts->placement : PYCLAVE_PLACEMENT_DEFAULT, transport) ==
                            PYCLAVE_PLACEMENT_FOLLOW;
    e->child_cpu = -1;
    if (!sgx && transport == PYCLAVE_TRANSPORT_RING) {
        void *r = mmap(NULL, sizeof(hs_ring), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (r == MAP_FAILED) {
            free(owned);
            free(e);
            return set_err(err, PYCLAVE_E_IO, NULL, "cannot map the call ring: %s", strerror(errno));
        }
        e->ring = r;
        hs_ring_end_init(&e->rend, e->ring, true);
        e->rend.block = host_ring_block;
        e->rend.ring = host_ring_ring;
        e->rend.ctx = e;
    }
    fflush(stdout);
    fflush(stderr);
    e->pid = sgx ? hs_sgx_spawn((size_t)manifest.heap_size, &e->fd, &e->cancel)
                 : hs_sandbox_spawn((size_t)manifest.heap_size, e->ring, &e->fd, &e->wfd, &e->cancel);
    if (sgx && e->pid >= 0) {
        /* One socket both ways; reads must not block (recv_all polls). */
        e->wfd = e->fd;
        fcntl(e->fd, F_SETFL, fcntl(e->fd, F_GETFL) | O_NONBLOCK);
    }
    if (e->pid < 0) {
        int en = errno;
        free(owned);
        if (e->ring) munmap(e->ring, sizeof(hs_ring));
        free(e);
        return set_err(err, PYCLAVE_E_IO, NULL, "cannot start the sandbox: %s", strerror(en));
    }
    /* On the channel a watchdog keeps the timeout (see hs_watchdog), and
     * answers are read blocking; without a thread, reads poll. */
    if (!sgx && !e->ring && wd_start(e) && fcntl(e->fd, F_SETFL, fcntl(e->fd, F_GETFL) & ~O_NONBLOCK) < 0) wd_stop(e);
    begin_call(e);
    bool sent = send_frame(e, EN_H_INIT, init, sizeof init, bytes, len);
    memset(init, 0, sizeof init);
    free(owned);
    if (!sent) {
        st = bury(e, PYCLAVE_E_CRASHED, err, "the enclave did not accept its image");
        destroy_shared(e);
        free(e);
        return st;
    }
    uint8_t t, *p = NULL;
    size_t n = 0;
    st = wait_reply(e, &t, &p, &n, err);
    if (st == PYCLAVE_OK && t == EN_E_READY && n == 64) {
        memcpy(e->mrenclave, p, 32);
        memcpy(e->mrsigner, p + 32, 32);
        free(p);
        *out = e;
        return PYCLAVE_OK;
    }
    if (st == PYCLAVE_OK) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%.*s", t == EN_E_FAIL ? (int)(n > 900 ? 900 : n) : 0, (const char *)p);
        st = t == EN_E_FAIL ? PYCLAVE_E_IMAGE : PYCLAVE_E_PROTOCOL;
        bury(e, st, NULL, "");
        set_err(err, st, NULL, "%s", t == EN_E_FAIL ? msg : "unexpected frame at start-up");
    }
    free(p);
    if (!e->dead) bury(e, st, NULL, "");
    destroy_shared(e);
    free(e);
    return st;
}

/* Wait for the answer to a request just sent: RESULT or ERROR. */
static pyclave_status finish_call(pyclave_enclave *e, uint8_t **result, size_t *result_len, pyclave_error *err)
{
    uint8_t t, *p = NULL;
    size_t n = 0;
    pyclave_status st = wait_reply(e, &t, &p, &n, err);
    if (st != PYCLAVE_OK) return st;
    if (t == EN_E_RESULT) {
        if (result) *result = p;
        else free(p);
        if (result_len) *result_len = n;
        return PYCLAVE_OK;
    }
    if (t == EN_E_ERROR) {
        st = decode_error(e, p, n, err);
        free(p);
        return st;
    }
    free(p);
    return bury(e, PYCLAVE_E_PROTOCOL, err, "unexpected frame type from the enclave");
}

pyclave_status pyclave_enclave_call_raw(pyclave_enclave *e, uint8_t frame_type, const uint8_t *payload, size_t len,
                                        uint8_t **result, size_t *result_len, pyclave_error *err)
{
    if (result) *result = NULL;
    if (result_len) *result_len = 0;
    if (!e || (!payload && len)) return set_err(err, PYCLAVE_E_INVALID, NULL, "no enclave or payload");
    if (e->dead) return set_err(err, PYCLAVE_E_DEAD, NULL, "the enclave is not running");
    if (len > EN_FRAME_MAX) return set_err(err, PYCLAVE_E_INVALID, NULL, "frame too large");
    begin_call(e);
    place_child(e);
    if (!send_frame(e, frame_type, payload, len, NULL, 0)) return bury(e, PYCLAVE_E_CRASHED, err, "cannot send the frame");
    e->reply_pending = !e->ring && e->rpos == e->rlen;
    return finish_call(e, result, result_len, err);
}

pyclave_status pyclave_enclave_call(pyclave_enclave *e, const char *function, const uint8_t *cbor_args, size_t args_len,
                                    uint8_t **result, size_t *result_len, pyclave_error *err)
{
    if (result) *result = NULL;
    if (result_len) *result_len = 0;
    if (!e || !function) return set_err(err, PYCLAVE_E_INVALID, NULL, "no enclave or function");
    if (e->dead) return set_err(err, PYCLAVE_E_DEAD, NULL, "the enclave is not running");
    size_t fl = strlen(function);
    if (fl > 65535) return set_err(err, PYCLAVE_E_INVALID, NULL, "function name too long");
    static const uint8_t empty_array = 0x80;
    if (!cbor_args) {
        cbor_args = &empty_array;
        args_len = 1;
    }
    uint8_t hdr[10 + 65535];
    uint64_t b = (uint64_t)e->budget;
    for (int i = 0; i < 8; i++) hdr[i] = (uint8_t)(b >> (8 * i));
    hdr[8] = (uint8_t)fl;
    hdr[9] = (uint8_t)(fl >> 8);
    memcpy(hdr + 10, function, fl);
    begin_call(e);
    place_child(e);
    if (!send_frame(e, EN_H_CALL, hdr, 10 + fl, cbor_args, args_len))
        return bury(e, PYCLAVE_E_CRASHED, err, "cannot send the call");
    e->reply_pending = !e->ring && e->rpos == e->rlen;
    return finish_call(e, result, result_len, err);
}

pyclave_status pyclave_enclave_debug(pyclave_enclave *e, int op, pyclave_error *err)
{
    if (!e || e->dead) return set_err(err, PYCLAVE_E_DEAD, NULL, "the enclave is not running");
    uint8_t b = (uint8_t)op;
    begin_call(e);
    if (!send_frame(e, EN_H_DEBUG, &b, 1, NULL, 0)) return bury(e, PYCLAVE_E_CRASHED, err, "cannot send");
    uint8_t t, *p = NULL;
    size_t n = 0;
    pyclave_status st = wait_reply(e, &t, &p, &n, err);
    if (st != PYCLAVE_OK) return st;
    st = t == EN_E_ERROR ? decode_error(e, p, n, err) : bury(e, PYCLAVE_E_PROTOCOL, err, "unexpected frame");
    free(p);
    return st;
}

void pyclave_enclave_set_budget(pyclave_enclave *e, int64_t budget)
{
    if (e) e->budget = budget ? budget : e->manifest_budget;
}

void pyclave_enclave_set_timeout(pyclave_enclave *e, int timeout_ms)
{
    if (e && timeout_ms > 0) e->timeout_ms = timeout_ms;
}

void pyclave_enclave_cancel(pyclave_enclave *e)
{
    if (e && e->cancel) *e->cancel = 1;
}

void pyclave_enclave_kill(pyclave_enclave *e)
{
    if (e && e->pid > 0) kill(e->pid, SIGKILL);
}

void pyclave_enclave_destroy(pyclave_enclave *e)
{
    if (!e) return;
    if (!e->dead && e->pid > 0) {
        close_channel(e); /* the enclave sees end of file and exits */
        int status;
        pid_t r = 0;
        for (int i = 0; i < 100 && r == 0; i++) {
            r = waitpid(e->pid, &status, WNOHANG);
            if (r == 0) {
                struct timespec ts = {0, 2 * 1000000};
                nanosleep(&ts, NULL);
            }
        }
        if (r == 0) {
            kill(e->pid, SIGKILL);
            waitpid(e->pid, &status, 0);
        }
    }
    destroy_shared(e);
    free(e);
}

const uint8_t *pyclave_enclave_mrenclave(const pyclave_enclave *e) { return e->mrenclave; }
const uint8_t *pyclave_enclave_mrsigner(const pyclave_enclave *e) { return e->mrsigner; }
int pyclave_enclave_pid(const pyclave_enclave *e) { return e && !e->dead ? (int)e->pid : -1; }

pyclave_status pyclave_verify_report(const uint8_t *report, size_t len, const char *keyfile, pyclave_report_info *out,
                                     pyclave_error *err)
{
    en_report r;
    if (!en_report_parse(cr_span_make(report, len), &r))
        return set_err(err, PYCLAVE_E_REPORT, NULL, "not a Pyclave report (%zu bytes; expected %d)", len, EN_REPORT_SIZE);
    uint8_t keys[64], pub[65], body[EN_REPORT_BODY], hash[32];
    pyclave_status st = load_platform_keys(keyfile, keys, err);
    if (st != PYCLAVE_OK) return st;
    bool ok = en_ec_pub_from_priv(keys + 32, pub);
    memset(keys, 0, sizeof keys);
    if (!ok) return set_err(err, PYCLAVE_E_KEYS, NULL, "bad report key in the platform key file");
    en_report_body(&r, body);
    en_sha256(cr_span_make(body, EN_REPORT_BODY), cr_span_make(NULL, 0), hash);
    if (!en_ecdsa_verify(pub, hash, report + EN_REPORT_BODY))
        return set_err(err, PYCLAVE_E_REPORT, NULL, "report signature does not verify with this platform's report key");
    if (out) {
        memcpy(out->mrenclave, r.mrenclave, 32);
        memcpy(out->mrsigner, r.mrsigner, 32);
        memcpy(out->report_data, r.report_data, 64);
        out->prod_id = r.prod_id;
        out->isv_svn = r.isv_svn;
        out->debug = r.flags & 1;
    }
    return PYCLAVE_OK;
}
