/* Linux host services (untrusted side, prefix hs_). */
#ifndef PYCLAVE_HOST_LINUX_H
#define PYCLAVE_HOST_LINUX_H

#include "core/host.h"

void hs_linux_install(void);
void hs_linux_register_static_roots(void);
/* A runtime for build-time work (tools/freeze, `pyclave build`): isolated,
 * no environment, hash seed 0 so that what it writes is reproducible.
 * Returns pyclave_init's result. */
int hs_linux_init_build_runtime(void *stack_base, const char *argv0);

#endif
