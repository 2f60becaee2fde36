/* Linux host services (untrusted side, prefix hs_). */
#ifndef PYCLAVE_HOST_LINUX_H
#define PYCLAVE_HOST_LINUX_H

#include "core/host.h"

void hs_linux_install(void);
void hs_linux_register_static_roots(void);

#endif
