/* The pyclave command: CPython-compatible command line (untrusted side). */
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host/linux.h"
#include "pyclave/runtime.h"

static const char *prog = "pyclave";

static const char usage_line[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `%s -h' for more information.\n", prog);
    exit(2);
}

static void print_help(void)
{
    printf(usage_line, prog);
    printf("Options (a subset of CPython's):\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script\n"
           "-I     : isolate Pyclave from the user's environment (implies -E)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-q     : don't print version and copyright messages on interactive startup\n"
           "-u     : force the stdout and stderr streams to be unbuffered\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "-B -s -S -O -b -d -v -x -P, -W arg -X arg : accepted and ignored\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n\n"
           "Environment variables:\n"
           "PYTHONPATH      : ':'-separated list of directories prefixed to the module search path\n"
           "PYTHONHASHSEED  : if 'random' or unset, a random seed for str hashes; else an integer\n"
           "PYCLAVE_HEAP_MB : heap cap in MiB (default 4096); MemoryError beyond it\n");
}

static char *dirname_abs(const char *path)
{
    char *real = realpath(path, NULL);
    if (!real) return strdup("");
    char *slash = strrchr(real, '/');
    if (slash == real) slash[1] = 0;
    else if (slash) *slash = 0;
    return real;
}

/* os.path.normpath for an absolute path: drop "." and resolve "..". */
static void normalize_path(char *p)
{
    char out[PATH_MAX * 2];
    size_t n = 0;
    const char *s = p;
    while (*s) {
        while (*s == '/') s++;
        if (!*s) break;
        const char *e = s;
        while (*e && *e != '/') e++;
        size_t len = (size_t)(e - s);
        if (len == 1 && s[0] == '.') {
        } else if (len == 2 && s[0] == '.' && s[1] == '.') {
            while (n > 0 && out[n - 1] != '/') n--;
            if (n > 0) n--;
        } else if (n + len + 2 < sizeof out) {
            out[n++] = '/';
            memcpy(out + n, s, len);
            n += len;
        }
        s = e;
    }
    if (n == 0) out[n++] = '/';
    out[n] = 0;
    memcpy(p, out, n + 1);
}

static char *read_all_stdin(void)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
        size_t r = fread(buf + n, 1, cap - n - 1, stdin);
        if (r == 0) break;
        n += r;
    }
    buf[n] = 0;
    return buf;
}

/* Enclave subcommands (pyclave build/measure/call/serve/verify-report),
 * in src/cli/enclave_cmds.c; returns -1 if argv[1] is not one of them. */
int cli_enclave_main(int argc, char **argv) __attribute__((weak));

int main(int argc, char **argv)
{
    hs_linux_install();
    /* As CPython: a write to a closed pipe raises BrokenPipeError instead of
     * killing the process (and the enclave host gets EPIPE as an error). */
    signal(SIGPIPE, SIG_IGN);
    if (argc >= 2 && cli_enclave_main) {
        int r = cli_enclave_main(argc, argv);
        if (r >= 0) return r;
    }

    int optimize = 0;
    bool inspect = false, quiet = false, unbuffered = false, ignore_env = false, isolated = false;
    const char *command = NULL, *module = NULL, *script = NULL;
    bool from_stdin = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python 3.11.7\n");
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            print_help();
            return 0;
        }
        if (a[1] == '-') usage_error("unknown option %s\n", a);
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) usage_error(*p == 'c' ? "Argument expected for the -c option\n" : "Argument expected for the -m option\n", "");
                if (*p == 'c') command = val;
                else module = val;
                i++;
                goto options_done;
            }
            case 'i': inspect = true; break;
            case 'q': quiet = true; break;
            case 'u': unbuffered = true; break;
            case 'E': ignore_env = true; break;
            case 'I': isolated = true; ignore_env = true; break;
            case 'V': printf("Python 3.11.7\n"); return 0;
            case 'h': case '?': print_help(); return 0;
            case 'O': optimize++; break;
            case 'B': case 's': case 'S': case 'b': case 'd': case 'v': case 'x': case 'P': break;
            case 'W': case 'X':
                if (!p[1]) {
                    if (i + 1 >= argc) usage_error(*p == 'W' ? "Argument expected for the -W option\n" : "Argument expected for the -X option\n", "");
                    i++;
                }
                goto next_arg;
            default: {
                char opt[3] = {'-', *p, 0};
                usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    next_arg:;
    }
options_done:
    if (!command && !module && i < argc) {
        script = argv[i];
        if (strcmp(script, "-") == 0) from_stdin = true;
        i++;
    }
    if (!command && !module && !script) from_stdin = true;

    /* sys.argv */
    int nargs = argc - i + 1;
    const char **pargv = calloc((size_t)nargs + 1, sizeof *pargv);
    pargv[0] = command ? "-c" : module ? "-m" : script ? script : "";
    for (int k = i; k < argc; k++) pargv[k - i + 1] = argv[k];

    /* sys.path[0] */
    char cwd[PATH_MAX];
    const char *path0 = NULL;
    if (!isolated) {
        struct stat sst;
        if (script && !from_stdin && stat(script, &sst) == 0 && S_ISDIR(sst.st_mode)) path0 = realpath(script, NULL);
        else if (script && !from_stdin) path0 = dirname_abs(script);
        else if (module) path0 = getcwd(cwd, sizeof cwd) ? cwd : "";
        else path0 = "";
    }

    struct rlimit rl;
    size_t stack_limit = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) stack_limit = rl.rlim_cur;
    else stack_limit = 64u << 20;
    stack_limit = stack_limit > (512u << 10) ? stack_limit - (256u << 10) : stack_limit / 2;

    size_t heap_mb = 4096;
    const char *hm = getenv("PYCLAVE_HEAP_MB");
    if (hm && atol(hm) > 0) heap_mb = (size_t)atol(hm);
    const char *torture = getenv("PYCLAVE_GC_TORTURE");
#ifdef PC_TORTURE_GC
    /* The torture build collects every 100 allocations unless told otherwise
     * (PYCLAVE_GC_TORTURE=1 collects at every allocation: exhaustive, slow). */
    if (!torture) torture = "100";
#endif

    const char *opt_env = ignore_env ? NULL : getenv("PYTHONOPTIMIZE");
    if (opt_env && opt_env[0] && optimize == 0) optimize = atoi(opt_env) > 0 ? atoi(opt_env) : 1;
    const char *unbuf_env = ignore_env ? NULL : getenv("PYTHONUNBUFFERED");
    if (unbuf_env && unbuf_env[0]) unbuffered = true;
    pyclave_config cfg = {
        .heap_cap = heap_mb << 20,
        .c_stack_limit = stack_limit,
        .stack_base = __builtin_frame_address(0), /* above every local of main */
        .argc = nargs,
        .argv = pargv,
        .path0 = path0,
        .pythonpath = ignore_env ? NULL : getenv("PYTHONPATH"),
        .hashseed = ignore_env ? NULL : getenv("PYTHONHASHSEED"),
        .executable = argv[0],
        .gc_torture = torture ? (unsigned)atoi(torture) : 0,
        .optimize = optimize > 2 ? 2 : optimize,
        .inspect = inspect,
        .quiet = quiet,
        .isolated = isolated,
        .ignore_environment = ignore_env,
        .unbuffered = unbuffered,
    };
    hs_linux_register_static_roots();
    if (pyclave_init(&cfg) < 0) return 1;

    int status;
    if (command) {
        status = pyclave_run_string(command, "<string>");
    } else if (module) {
        status = pyclave_run_module(module);
        if (status == PYCLAVE_EXIT_NOMODULE) {
            pyclave_flush();
            fprintf(stderr, "%s: No module named %s\n", argv[0], module);
            status = 1;
        }
    } else if (from_stdin) {
        if ((isatty(0) || inspect) && !script) {
            status = pyclave_repl(quiet);
            return status;
        }
        char *src = read_all_stdin();
        status = pyclave_run_string(src, "<stdin>");
        free(src);
    } else {
        /* __main__.__file__ and tracebacks use the absolute path (CPython 3.9+),
         * without resolving symbolic links. */
        char absbuf[PATH_MAX * 2];
        if (script[0] == '/') snprintf(absbuf, sizeof absbuf, "%s", script);
        else snprintf(absbuf, sizeof absbuf, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : ".", script);
        normalize_path(absbuf);
        struct stat st;
        if (stat(absbuf, &st) == 0 && S_ISDIR(st.st_mode)) {
            /* A directory runs its __main__.py (as CPython does for zipapps and dirs). */
            char mainpy[PATH_MAX * 2 + 16];
            snprintf(mainpy, sizeof mainpy, "%s/__main__.py", absbuf);
            if (stat(mainpy, &st) != 0) {
                fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", argv[0], absbuf);
                return 1;
            }
            status = pyclave_run_file(mainpy);
        } else {
            status = pyclave_run_file(absbuf);
        }
        if (status == PYCLAVE_EXIT_NOFILE) {
            char *abs = realpath(script, NULL);
            char buf[PATH_MAX * 2];
            if (!abs) {
                if (script[0] == '/') snprintf(buf, sizeof buf, "%s", script);
                else snprintf(buf, sizeof buf, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : ".", script);
            } else {
                snprintf(buf, sizeof buf, "%s", abs);
            }
            fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0], buf);
            return 2;
        }
    }
    if (inspect && status != PYCLAVE_EXIT_INTERRUPT) status = pyclave_repl(true);
    pyclave_flush();
    if (status == PYCLAVE_EXIT_INTERRUPT) {
        /* Die by SIGINT like CPython, so the parent sees the interrupt. */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        return 130;
    }
    return status;
}
