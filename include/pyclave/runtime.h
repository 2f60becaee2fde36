/* Pyclave embedding API (trusted side): start the runtime and run code.
 * The host fills cr_host_services (core/host.h) before calling these. */
#ifndef PYCLAVE_RUNTIME_H
#define PYCLAVE_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t heap_cap;        /* bytes; MemoryError beyond it */
    size_t c_stack_limit;   /* bytes of C stack the runtime may use */
    void *stack_base;       /* top of the outermost frame: __builtin_frame_address(0) there (a local may lie below others of the same frame) */
    int argc;               /* sys.argv */
    const char *const *argv;
    const char *path0;      /* sys.path[0] or NULL */
    const char *pythonpath; /* PYTHONPATH or NULL */
    const char *hashseed;   /* PYTHONHASHSEED or NULL */
    const char *executable;
    unsigned gc_torture;    /* collect every n allocations (0 = off) */
    int optimize;           /* -O: 1 drops asserts, __debug__ False; -OO: 2 also docstrings */
    bool inspect, quiet, isolated, ignore_environment, unbuffered;
} pyclave_config;

/* Exit statuses of the run functions follow CPython: 0, sys.exit(n), 1 for
 * an uncaught exception, and PYCLAVE_EXIT_INTERRUPT for an uncaught
 * KeyboardInterrupt (the CLI turns that into death by SIGINT, 130). */
enum { PYCLAVE_EXIT_INTERRUPT = -1000, PYCLAVE_EXIT_NOFILE = -1001, PYCLAVE_EXIT_NOMODULE = -1002 };

/* 0 on success; -1 if the runtime could not start (message on stderr). */
int pyclave_init(const pyclave_config *cfg);
/* Run a file / a string / a module as __main__; returns the exit status.
 * *handled is set when an uncaught exception was printed. */
int pyclave_run_file(const char *path);
int pyclave_run_string(const char *code, const char *filename);
int pyclave_run_module(const char *name);
/* Interactive loop on stdin (prompts on stdout). */
int pyclave_repl(bool quiet_banner);
/* Flush sys.stdout and sys.stderr. */
void pyclave_flush(void);

#endif
