/* Built-in modules written in C (modules layer, prefix md_). */
#ifndef PYCLAVE_MODULES_MODULES_H
#define PYCLAVE_MODULES_MODULES_H

#include "vm/object.h"

/* io.c: file objects for sys.std* and open(). */
Val md_std_stream(int which);
bool md_is_std_textio(Val v); /* one of our own text streams */
int md_flush_std(Val file);
Val md_open(Val *args, size_t nargs, Val kwnames);
void md_io_set_unbuffered(bool on);
int md_io_register(void);

/* sys.c: the sys and gc modules. */
typedef struct {
    int argc;            /* sys.argv */
    const char *const *argv;
    const char *path0;   /* sys.path[0], or NULL for none */
    const char *pythonpath; /* PYTHONPATH (NULL when ignored) */
    const char *executable;
    int optimize;
    bool inspect, interactive, dont_write_bytecode, no_user_site, no_site,
        ignore_environment, verbose_unused, quiet, isolated, unbuffered;
} md_sys_config;
int md_sys_init(const md_sys_config *cfg);
int md_gc_register(void);

/* registry.c: registers the extra built-in modules (math, random, time, ...). */
int md_register_all(void);

#endif
