/* The sandbox backend (untrusted side, prefix hs_): runs the trusted
 * runtime in a forked child under seccomp (a filter, or strict mode). */
#ifndef PYCLAVE_HOST_SANDBOX_H
#define PYCLAVE_HOST_SANDBOX_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "host/ring.h"

/* Fork the child; returns its pid (or -1 with errno) and the host's ends
 * of the channel: *rfd reads the enclave's frames (non-blocking), *wfd
 * writes requests (a pipe: the caller must not die of SIGPIPE when the
 * child is gone).  The child reserves heap_size bytes of heap, closes
 * every other descriptor, enters seccomp and runs the trusted runtime; it
 * never returns.  *cancel is a byte shared with the child (a one-page
 * MAP_SHARED mapping): nonzero cancels the running call.  ring: NULL for
 * the channel transport, else a MAP_SHARED hs_ring (made by the caller,
 * zeroed) through which frames then travel (host/ring.h). */
pid_t hs_sandbox_spawn(size_t heap_size, hs_ring *ring, int *rfd, int *wfd, volatile uint8_t **cancel);

#endif
