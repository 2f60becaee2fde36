/* The time module.
 *
 * Clocks come from the host services (time_ns, monotonic_ns); perf_counter
 * and process_time use the monotonic clock.  The enclave has no time zone:
 * localtime() is gmtime() (UTC), timezone/altzone are 0.  sleep() busy-waits
 * on the monotonic clock because the host table has no sleep service.
 */
#include "core/host.h"
#include "core/libm.h"
#include "modules/modules.h"
#include "vm/import.h"
#include "vm/int.h"

#define TFN(name) static Val t_##name(Val self, Val *args, size_t nargs, Val kwnames)

static const char *const st_fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
#define ST_N 9

static Val st_getattr(Val self, Val name)
{
    for (size_t i = 0; i < ST_N; i++)
        if (vm_str_eq_cstr(name, st_fields[i])) return vm_tuple_get(self, i);
    if (vm_str_eq_cstr(name, "tm_zone")) return vm_str_cstr("UTC");
    if (vm_str_eq_cstr(name, "tm_gmtoff")) return vm_int_from_i64(0);
    return vm_generic_getattr(self, name);
}

static Val st_repr(Val self)
{
    cr_buf b;
    cr_buf_init(&b);
    cr_buf_cstr(&b, "time.struct_time(");
    for (size_t i = 0; i < ST_N && i < vm_tuple_len(self); i++) {
        if (i) cr_buf_cstr(&b, ", ");
        cr_buf_cstr(&b, st_fields[i]);
        cr_buf_byte(&b, '=');
        Val r = vm_repr(vm_tuple_get(self, i));
        if (!r) return NULL;
        cr_buf_append(&b, vm_str_span(r));
    }
    cr_buf_byte(&b, ')');
    if (b.failed) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

/* The tm_* fields as descriptors on the type (dir(time.struct_time) lists
 * them as CPython's member descriptors); st_getattr answers instances. */
#define ST_GET(i, nm) \
    static Val st_get_##nm(Val self) { return vm_tuple_get(self, i); }
ST_GET(0, tm_year)
ST_GET(1, tm_mon)
ST_GET(2, tm_mday)
ST_GET(3, tm_hour)
ST_GET(4, tm_min)
ST_GET(5, tm_sec)
ST_GET(6, tm_wday)
ST_GET(7, tm_yday)
ST_GET(8, tm_isdst)
static Val st_get_tm_zone(Val self) { return vm_str_cstr("UTC"); }
static Val st_get_tm_gmtoff(Val self) { return vm_int_from_i64(0); }

static const vm_getsetdef st_getsets[] = {
    {"tm_year", st_get_tm_year, NULL}, {"tm_mon", st_get_tm_mon, NULL},     {"tm_mday", st_get_tm_mday, NULL},
    {"tm_hour", st_get_tm_hour, NULL}, {"tm_min", st_get_tm_min, NULL},     {"tm_sec", st_get_tm_sec, NULL},
    {"tm_wday", st_get_tm_wday, NULL}, {"tm_yday", st_get_tm_yday, NULL},   {"tm_isdst", st_get_tm_isdst, NULL},
    {"tm_zone", st_get_tm_zone, NULL}, {"tm_gmtoff", st_get_tm_gmtoff, NULL}, {NULL, NULL, NULL},
};

static Type st_type;

/* struct_time(sequence): 9 to 11 items; the first 9 are the tuple. */
static Val st_new(Type *t, Val *args, size_t nargs, Val kwnames)
{
    static const char *const kw[] = {"sequence", "dict", NULL};
    Val a[2] = {NULL, NULL};
    if (!vm_parse_args("struct_time", args, nargs, kwnames, kw, 0, 1, 2, a)) return NULL;
    Val seq = vm_sequence_tuple(a[0]);
    if (!seq) {
        if (vm_err_matches(&vm_exc_TypeError)) {
            vm_err_clear();
            return vm_err_str(&vm_exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    size_t n = vm_tuple_len(seq);
    if (n < ST_N)
        return vm_err_fmt(&vm_exc_TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
    if (n > ST_N + 2)
        return vm_err_fmt(&vm_exc_TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
    Val items[ST_N];
    for (size_t i = 0; i < ST_N; i++) items[i] = vm_tuple_get(seq, i);
    Val tup = vm_tuple_from(items, ST_N);
    if (!tup) return NULL;
    val_obj(tup)->type = &st_type; /* same layout as a tuple */
    return tup;
}

/* __reduce__: (struct_time, (the 9 fields, the extra fields)), as CPython's
 * structseq, so struct_time pickles and copies. */
static Val st_reduce(Val self, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs("__reduce__", nargs, kwnames, 0, 0)) return NULL;
    Val items[ST_N];
    size_t n = vm_tuple_len(self) < ST_N ? vm_tuple_len(self) : ST_N;
    for (size_t i = 0; i < n; i++) items[i] = vm_tuple_get(self, i);
    Val fields = vm_tuple_from(items, n);
    Val extra = vm_dict_new();
    if (!fields || !extra) return NULL;
    if (vm_dict_set_cstr(extra, "tm_zone", vm_str_cstr("UTC")) < 0 ||
        vm_dict_set_cstr(extra, "tm_gmtoff", vm_int_from_i64(0)) < 0)
        return NULL;
    Val targs = vm_tuple_pack(2, fields, extra);
    return targs ? vm_tuple_pack(2, obj_val(&st_type), targs) : NULL;
}

static const vm_methoddef st_methods[] = {
    {"__reduce__", st_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type st_type = {.base = {&vm_type_type}, .name = "time.struct_time", .basicsize = sizeof(TupleObj),
                       .tbase = &vm_type_tuple, .flags = VM_TF_TUPLE_SUBCLASS, .getattr = st_getattr,
                       .repr = st_repr, .new_ = st_new, .getsets = st_getsets, .methods = st_methods,
                       .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                              " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                              " sequence of 9 integers."};

/* Class attributes of CPython's structseq types. */
static int st_ready(void)
{
    if (st_type.mro) return 0;
    if (vm_type_ready(&st_type) < 0) return -1;
    Val d = st_type.dict;
    Val names[ST_N];
    for (size_t i = 0; i < ST_N; i++) {
        names[i] = vm_str_cstr(st_fields[i]);
        if (!names[i]) return -1;
    }
    Val match = vm_tuple_from(names, ST_N);
    if (!match || vm_dict_set_cstr(d, "__match_args__", match) < 0 ||
        vm_dict_set_cstr(d, "n_fields", vm_int_from_i64(ST_N + 2)) < 0 ||
        vm_dict_set_cstr(d, "n_sequence_fields", vm_int_from_i64(ST_N)) < 0 ||
        vm_dict_set_cstr(d, "n_unnamed_fields", vm_int_from_i64(0)) < 0)
        return -1;
    return 0;
}

static int64_t now_ns(void) { return cr_host_services->time_ns ? cr_host_services->time_ns() : 0; }
static int64_t mono_ns(void) { return cr_host_services->monotonic_ns ? cr_host_services->monotonic_ns() : 0; }

TFN(time) { return vm_check_nargs("time", nargs, kwnames, 0, 0) ? vm_float_new((double)now_ns() * 1e-9) : NULL; }
TFN(time_ns) { return vm_check_nargs("time_ns", nargs, kwnames, 0, 0) ? vm_int_from_i64(now_ns()) : NULL; }
TFN(monotonic)
{
    return vm_check_nargs("monotonic", nargs, kwnames, 0, 0) ? vm_float_new((double)mono_ns() * 1e-9) : NULL;
}
TFN(monotonic_ns) { return vm_check_nargs("monotonic_ns", nargs, kwnames, 0, 0) ? vm_int_from_i64(mono_ns()) : NULL; }

TFN(tzset)
{
    /* No time zones in the enclave: always UTC. */
    return vm_check_nargs("tzset", nargs, kwnames, 0, 0) ? VM_None : NULL;
}

/* clock_gettime(_ns): CLOCK_REALTIME (0) and CLOCK_TAI (11) read the wall
 * clock, every other clock id the monotonic clock. */
static bool clock_id(const char *fname, Val *args, size_t nargs, Val kwnames, int64_t *id)
{
    if (!vm_check_nargs(fname, nargs, kwnames, 1, 1)) return false;
    if (vm_is_float(args[0])) {
        vm_err_str(&vm_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    return vm_as_ssize(args[0], id, &vm_exc_OverflowError);
}

TFN(clock_gettime_ns)
{
    int64_t id;
    if (!clock_id("clock_gettime_ns", args, nargs, kwnames, &id)) return NULL;
    return vm_int_from_i64(id == 0 || id == 11 ? now_ns() : mono_ns());
}

TFN(clock_gettime)
{
    int64_t id;
    if (!clock_id("clock_gettime", args, nargs, kwnames, &id)) return NULL;
    return vm_float_new((double)(id == 0 || id == 11 ? now_ns() : mono_ns()) * 1e-9);
}

/* clock_getres: every clock reads nanoseconds (CPython on Linux: 1e-09). */
TFN(clock_getres)
{
    int64_t id;
    /* CPython parses its arguments with "i:clock_getres". */
    if (kwnames && vm_tuple_len(kwnames)) return vm_err_str(&vm_exc_TypeError, "clock_getres() takes no keyword arguments");
    if (nargs != 1) return vm_err_fmt(&vm_exc_TypeError, "clock_getres() takes exactly 1 argument (%zu given)", nargs);
    if (!clock_id("clock_getres", args, nargs, kwnames, &id)) return NULL;
    return vm_float_new(1e-09);
}

/* Busy-wait: the enclave host offers no sleep service. */
TFN(sleep)
{
    if (!vm_check_nargs("sleep", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_int(args[0]) && !vm_is_float(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(args[0]));
    double secs;
    if (vm_as_double(args[0], &secs) < 0) return NULL;
    if (secs != secs) return vm_err_str(&vm_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return vm_err_str(&vm_exc_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return vm_err_str(&vm_exc_OverflowError, "sleep length is too large");
    if (!cr_host_services->monotonic_ns)
        return vm_err_str(&vm_exc_OSError, "sleep() is not available: the host has no monotonic clock");
    int64_t end = mono_ns() + (int64_t)(secs * 1e9);
    while (mono_ns() < end) {
    }
    return VM_None;
}

/* ---- calendar arithmetic (proleptic Gregorian, UTC) ---- */



static int64_t floordiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

/* Days since 1970-01-01 of y-m-d (m 1..12). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = floordiv(y, 400);
    int64_t yoe = y - era * 400;
    int64_t mp = (m + 9) % 12;
    int64_t doy = (153 * mp + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Val make_struct_time(int64_t t)
{
    int64_t days = floordiv(t, 86400), rem = t - days * 86400;
    int64_t z = days + 719468;
    int64_t era = floordiv(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y++;
    int64_t wday = (floordiv(days, 1) + 3) % 7; /* 1970-01-01 was a Thursday (3 with Monday=0) */
    if (wday < 0) wday += 7;
    int64_t yday = days - days_from_civil(y, 1, 1) + 1;
    Val items[ST_N] = {vm_int_from_i64(y), vm_int_from_i64(m), vm_int_from_i64(d),
                       vm_int_from_i64(rem / 3600), vm_int_from_i64(rem % 3600 / 60), vm_int_from_i64(rem % 60),
                       vm_int_from_i64(wday), vm_int_from_i64(yday), vm_int_from_i64(0)};
    if (st_ready() < 0) return NULL;
    Val tup = vm_tuple_from(items, ST_N);
    if (!tup) return NULL;
    val_obj(tup)->type = &st_type; /* same layout as a tuple */
    return tup;
}

static Val gm_common(const char *name, Val *args, size_t nargs, Val kwnames)
{
    if (!vm_check_nargs(name, nargs, kwnames, 0, 1)) return NULL;
    int64_t t;
    if (nargs == 0 || args[0] == VM_None) {
        t = floordiv(now_ns(), 1000000000);
    } else if (vm_is_float(args[0])) {
        double d = vm_float_value(args[0]);
        if (d != d) return vm_err_str(&vm_exc_ValueError, "Invalid value NaN (not a number)");
        if (!(d > -9.2e18 && d < 9.2e18)) return vm_err_str(&vm_exc_OverflowError, "timestamp out of range for platform time_t");
        t = (int64_t)cr_floor(d);
        if (d < 0 && (double)t != d) t = (int64_t)cr_trunc(d); /* C time_t conversion rounds toward zero */
    } else {
        if (!vm_is_int(args[0]))
            return vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(args[0]));
        if (vm_int_as_i64(args[0], &t) < 0) {
            vm_err_clear();
            return vm_err_str(&vm_exc_OverflowError, "timestamp out of range for platform time_t");
        }
    }
    if (t > 67767976233316800LL || t < -67768040609740800LL)
        return vm_err_str(&vm_exc_OverflowError, "timestamp out of range for platform time_t");
    return make_struct_time(t);
}

TFN(gmtime) { return gm_common("gmtime", args, nargs, kwnames); }
TFN(localtime) { return gm_common("localtime", args, nargs, kwnames); }

/* Nine ints of a struct_time or 9-tuple. */
static bool tm_fields(const char *fname, Val t, int64_t *f)
{
    if (!vm_is_tuple(t)) {
        vm_err_fmt(&vm_exc_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (vm_tuple_len(t) != ST_N) {
        vm_err_fmt(&vm_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    for (size_t i = 0; i < ST_N; i++) {
        Val v = vm_tuple_get(t, i);
        if (!vm_is_int(v)) {
            vm_err_fmt(&vm_exc_TypeError, "'%s' object cannot be interpreted as an integer", vm_tname(v));
            return false;
        }
        if (vm_int_as_i64(v, &f[i]) < 0) return false; /* boundary: f is a fixed 9-field struct_time array */
    }
    return true;
}

static Val cur_or_arg(Val *args, size_t nargs, int64_t *f, const char *fname, size_t idx)
{
    Val t = nargs > idx ? args[idx] : make_struct_time(floordiv(now_ns(), 1000000000));
    if (!t) return NULL;
    return tm_fields(fname, t, f) ? t : NULL;
}

TFN(mktime)
{
    if (!vm_check_nargs("mktime", nargs, kwnames, 1, 1)) return NULL;
    int64_t f[ST_N];
    if (!tm_fields("mktime", args[0], f)) return NULL;
    int64_t y = f[0] + floordiv(f[1] - 1, 12), m = f[1] - 1 - floordiv(f[1] - 1, 12) * 12 + 1;
    int64_t days = days_from_civil(y, m, 1) + f[2] - 1;
    return vm_float_new((double)(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]));
}

static const char *const wday_abbr[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const wday_full[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const mon_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const mon_full[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

static void put_num(cr_buf *b, int64_t v, int width, char pad)
{
    char tmp[24];
    int n = 0;
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u && n < 22);
    if (neg) cr_buf_byte(b, '-');
    for (int i = n; i < width; i++) cr_buf_byte(b, (uint8_t)pad);
    while (n > 0) cr_buf_byte(b, (uint8_t)tmp[--n]);
}

static size_t clampi(int64_t v, size_t n) { return v < 0 ? 0 : (size_t)v >= n ? n - 1 : (size_t)v; }

/* Week number with weeks starting on first_wday (0 = Sunday for %U, 1 = Monday for %W). */
static int64_t week_no(const int64_t *f, int first_monday)
{
    int64_t wd = first_monday ? f[6] : (f[6] + 1) % 7; /* day of week counted from the week start */ /* boundary: f is a fixed 9-field struct_time array */
    return (f[7] - 1 + 7 - wd) / 7; /* boundary: f is a fixed 9-field struct_time array */
}

static bool format_tm(cr_buf *b, cr_span fmt, const int64_t *f);

static void put_fmt(cr_buf *b, const char *s, const int64_t *f) { format_tm(b, cr_span_cstr(s), f); }

static bool format_tm(cr_buf *b, cr_span fmt, const int64_t *f)
{
    for (size_t i = 0; i < fmt.len; i++) {
        uint8_t c = cr_span_at(fmt, i);
        if (c != '%' || i + 1 >= fmt.len) {
            cr_buf_byte(b, c);
            continue;
        }
        uint8_t d = cr_span_at(fmt, ++i);
        int64_t hour12 = f[3] % 12 == 0 ? 12 : f[3] % 12; /* boundary: f is a fixed 9-field struct_time array */
        switch (d) {
        case 'Y': put_num(b, f[0], 0, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'y': put_num(b, ((f[0] % 100) + 100) % 100, 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'C': put_num(b, floordiv(f[0], 100), 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'm': put_num(b, f[1], 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'd': put_num(b, f[2], 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'e': put_num(b, f[2], 2, ' '); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'H': put_num(b, f[3], 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'I': put_num(b, hour12, 2, '0'); break;
        case 'M': put_num(b, f[4], 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'S': put_num(b, f[5], 2, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'j': put_num(b, f[7], 3, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'w': put_num(b, (f[6] + 1) % 7, 0, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'u': put_num(b, f[6] + 1, 0, '0'); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'U': put_num(b, week_no(f, 0), 2, '0'); break;
        case 'W': put_num(b, week_no(f, 1), 2, '0'); break;
        case 'a': cr_buf_cstr(b, wday_abbr[clampi(f[6], 7)]); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'A': cr_buf_cstr(b, wday_full[clampi(f[6], 7)]); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'b':
        case 'h': cr_buf_cstr(b, mon_abbr[clampi(f[1] - 1, 12)]); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'B': cr_buf_cstr(b, mon_full[clampi(f[1] - 1, 12)]); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'p': cr_buf_cstr(b, f[3] < 12 ? "AM" : "PM"); break; /* boundary: f is a fixed 9-field struct_time array */
        case 'Z': cr_buf_cstr(b, "UTC"); break;
        case 'z': cr_buf_cstr(b, "+0000"); break;
        case 'n': cr_buf_byte(b, '\n'); break;
        case 't': cr_buf_byte(b, '\t'); break;
        case '%': cr_buf_byte(b, '%'); break;
        case 'c': put_fmt(b, "%a %b %e %H:%M:%S %Y", f); break;
        case 'x':
        case 'D': put_fmt(b, "%m/%d/%y", f); break;
        case 'X':
        case 'T': put_fmt(b, "%H:%M:%S", f); break;
        case 'F': put_fmt(b, "%Y-%m-%d", f); break;
        case 'R': put_fmt(b, "%H:%M", f); break;
        default:
            cr_buf_byte(b, '%');
            cr_buf_byte(b, d);
        }
    }
    return !b->failed;
}

/* Range checks as CPython's checktm. */
static bool check_tm(int64_t *f)
{
    static const struct {
        int idx;
        int64_t lo, hi;
        const char *msg;
    } r[] = {{1, 1, 12, "month out of range"},        {2, 1, 31, "day of month out of range"},
             {3, 0, 23, "hour out of range"},         {4, 0, 59, "minute out of range"},
             {5, 0, 61, "seconds out of range"},      {7, 1, 366, "day of year out of range"}};
    if (f[1] == 0) f[1] = 1; /* boundary: f is a fixed 9-field struct_time array */
    if (f[2] == 0) f[2] = 1; /* boundary: f is a fixed 9-field struct_time array */
    if (f[7] == 0) f[7] = 1; /* boundary: f is a fixed 9-field struct_time array */
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++) {
        int64_t v = f[r[i].idx]; /* boundary: f is a fixed 9-field struct_time array */
        if (v < r[i].lo || v > r[i].hi) {
            vm_err_str(&vm_exc_ValueError, r[i].msg);
            return false;
        }
    }
    if (f[6] < 0) { /* boundary: f is a fixed 9-field struct_time array */
        vm_err_str(&vm_exc_ValueError, "day of week out of range");
        return false;
    }
    f[6] = f[6] % 7; /* boundary: f is a fixed 9-field struct_time array */
    return true;
}

TFN(strftime)
{
    if (!vm_check_nargs("strftime", nargs, kwnames, 1, 2)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "strftime() argument 1 must be str, not %s", vm_tname(args[0]));
    int64_t f[ST_N];
    if (!cur_or_arg(args, nargs, f, "strftime", 1)) return NULL;
    if (!check_tm(f)) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    if (!format_tm(&b, vm_str_span(args[0]), f)) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

TFN(asctime)
{
    if (!vm_check_nargs("asctime", nargs, kwnames, 0, 1)) return NULL;
    int64_t f[ST_N];
    if (!cur_or_arg(args, nargs, f, "asctime", 0)) return NULL;
    if (!check_tm(f)) return NULL;
    cr_buf b;
    cr_buf_init(&b);
    if (!format_tm(&b, cr_span_cstr("%a %b %e %H:%M:%S %Y"), f)) return vm_err_nomem();
    return vm_str_new(cr_buf_span(&b));
}

TFN(ctime)
{
    if (!vm_check_nargs("ctime", nargs, kwnames, 0, 1)) return NULL;
    Val t = gm_common("ctime", args, nargs, kwnames);
    if (!t) return NULL;
    return t_asctime(self, &t, 1, NULL);
}

/* strptime: _strptime._strptime_time does the parsing, as in CPython. */
TFN(strptime)
{
    /* The argument count is checked by _strptime_time, as in CPython. */
    if (kwnames && vm_tuple_len(kwnames)) return vm_err_str(&vm_exc_TypeError, "strptime() takes no keyword arguments");
    Val m = vm_import_module("_strptime");
    if (!m) return NULL;
    Val fn = vm_getattr_cstr(m, "_strptime_time");
    return fn ? vm_call(fn, args, nargs, NULL) : NULL;
}

/* get_clock_info(name): a types.SimpleNamespace describing the clock, with
 * the values CPython reports on Linux. */
TFN(get_clock_info)
{
    if (!vm_check_nargs("get_clock_info", nargs, kwnames, 1, 1)) return NULL;
    if (!vm_is_str(args[0]))
        return vm_err_fmt(&vm_exc_TypeError, "get_clock_info() argument 1 must be str, not %s", vm_tname(args[0]));
    static const struct {
        const char *name, *impl;
        bool monotonic;
    } clocks[] = {{"time", "clock_gettime(CLOCK_REALTIME)", false},
                  {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", true},
                  {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", true},
                  {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true},
                  {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true}};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        if (!vm_str_eq_cstr(args[0], clocks[i].name)) continue;
        Val types = vm_import_module("types");
        Val ns = types ? vm_getattr_cstr(types, "SimpleNamespace") : NULL;
        if (!ns) return NULL;
        Val kwn = vm_tuple_pack(4, vm_str_cstr("implementation"), vm_str_cstr("monotonic"),
                                vm_str_cstr("adjustable"), vm_str_cstr("resolution"));
        Val impl = vm_str_cstr(clocks[i].impl), res = vm_float_new(1e-09);
        if (!kwn || !impl || !res) return NULL;
        Val kv[4] = {impl, vm_bool(clocks[i].monotonic), vm_bool(!clocks[i].monotonic), res};
        return vm_call(ns, kv, 0, kwn);
    }
    return vm_err_str(&vm_exc_ValueError, "unknown clock");
}

static const vm_methoddef time_functions[] = {
    {"strptime", t_strptime, 0, NULL},
    {"get_clock_info", t_get_clock_info, 0, NULL},
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_monotonic, 0, NULL},
    {"perf_counter_ns", t_monotonic_ns, 0, NULL},
    {"process_time", t_monotonic, 0, NULL},
    {"process_time_ns", t_monotonic_ns, 0, NULL},
    {"thread_time", t_monotonic, 0, NULL},
    {"thread_time_ns", t_monotonic_ns, 0, NULL},
    {"tzset", t_tzset, 0, NULL},
    {"clock_gettime", t_clock_gettime, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, NULL},
    {"clock_getres", t_clock_getres, 0, NULL},
    {"sleep", t_sleep, 0, NULL},
    {"gmtime", t_gmtime, 0, NULL},
    {"localtime", t_localtime, 0, NULL},
    {"mktime", t_mktime, 0, NULL},
    {"strftime", t_strftime, 0, NULL},
    {"asctime", t_asctime, 0, NULL},
    {"ctime", t_ctime, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int time_init(Val module)
{
    if (st_ready() < 0) return -1;
    if (vm_module_add_functions(module, time_functions) < 0) return -1;
    Val d = ((ModuleObj *)(void *)val_obj(module))->dict;
    Val tzname = vm_tuple_pack(2, vm_str_cstr("UTC"), vm_str_cstr("UTC"));
    if (!tzname) return -1;
    if (vm_dict_set_cstr(d, "struct_time", obj_val(&st_type)) < 0 ||
        vm_dict_set_cstr(d, "timezone", vm_int_from_i64(0)) < 0 ||
        vm_dict_set_cstr(d, "altzone", vm_int_from_i64(0)) < 0 ||
        vm_dict_set_cstr(d, "daylight", vm_int_from_i64(0)) < 0 || vm_dict_set_cstr(d, "tzname", tzname) < 0)
        return -1;
    static const struct {
        const char *name;
        int id;
    } clocks[] = {{"CLOCK_REALTIME", 0},          {"CLOCK_MONOTONIC", 1},         {"CLOCK_PROCESS_CPUTIME_ID", 2},
                  {"CLOCK_THREAD_CPUTIME_ID", 3}, {"CLOCK_MONOTONIC_RAW", 4},     {"CLOCK_BOOTTIME", 7},
                  {"CLOCK_TAI", 11}};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
        if (vm_dict_set_cstr(d, clocks[i].name, vm_int_from_i64(clocks[i].id)) < 0) return -1;
    return 0;
}

int md_imp_register(void); /* imp.c: _imp, registered here to leave registry.c alone */

int md_time_register(void)
{
    vm_register_builtin_module("time", time_init);
    if (md_imp_register() < 0) return -1;
    return 0;
}
