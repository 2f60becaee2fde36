#!/usr/bin/env bash
# Valgrind memcheck pass (issue 4): a representative subset of the
# differential suite (every area) run under
#   valgrind --error-exitcode=99 --leak-check=no
# with the valgrind-aware heap (MODE=valgrind: core/mem.c marks free and
# unallocated arena memory NOACCESS and keeps 16-byte redzones).  A test
# passes when memcheck reports nothing and the program ends normally (any
# exit status of its own, no timeout, no signal); whether its output matches
# CPython is the main suite's job.
# Leaks are not checked: the GC arena is never freed by design.
# Usage: tests/safety/valgrind.sh BUILD_DIR   (a MODE=valgrind build)
# Ends with `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?usage: valgrind.sh BUILD_DIR}
bin=$(cd "$build" && pwd -P)/pyclave
if ! command -v valgrind >/dev/null; then echo "valgrind not installed"; echo "0 passed, 1 failed"; exit 1; fi
if [ ! -x "$bin" ]; then echo "no $bin (build it with make MODE=valgrind)"; echo "0 passed, 1 failed"; exit 1; fi
# Two to four programs per area, chosen once (tests/diff/<name>.py).
TESTS="abc_basic binascii_base64 bisect_basic builtin_abs_divmod_pow builtin_enumerate_zip
builtin_list collections_abc_check contextlib_basic copy_types dataclasses_basic dict_basic
enum_basic exc_args_str_repr exc_notes exc_uncaught_chained exec_args exec_match float_arith
format_complex functools_basic hashlib_hmac heapq_bisect int_arith iter_builtins itertools_basic
json_dumps lang_annotations lang_class_basic lang_cp_control lang_cp_scopes lang_dunder_call
lang_dunder_unary lang_lambda lang_property limits_big_ints list_arg_errors math_funcs
misc_bank_account misc_import_helper misc_primes operator_keyword random_basic range_ops
reprlib_basic set_fuzz str_basics string_numbers_reprlib struct_basic time_basic tuple_ops
typing_basic warnings_basic weakref_basic"
out=$(cd "$build" && pwd -P)/valgrind-logs
rm -rf "$out"; mkdir -p "$out"
export VG_BIN=$bin VG_OUT=$out VG_TIMEOUT=${VALGRIND_TEST_TIMEOUT:-300}
one() {
    local t=$1 rc
    cd tests/diff || exit 1
    timeout -k 5 "$VG_TIMEOUT" valgrind -q --error-exitcode=99 --leak-check=no \
        --log-file="$VG_OUT/$t.memcheck" "$VG_BIN" "$t.py" </dev/null >"$VG_OUT/$t.out" 2>"$VG_OUT/$t.err"
    rc=$?
    if [ ! -e "$VG_OUT/$t.memcheck" ]; then
        echo "FAIL $t: valgrind did not run (exit $rc)"
    elif [ $rc -eq 99 ] || [ -s "$VG_OUT/$t.memcheck" ]; then
        echo "FAIL $t: memcheck reported errors"; sed -n '1,12p' "$VG_OUT/$t.memcheck"
    elif [ $rc -ge 124 ]; then
        echo "FAIL $t: exit $rc (timeout or signal)"
    else
        echo "ok   $t (exit $rc)"
    fi
}
export -f one
printf '%s\n' ${VALGRIND_TESTS:-$TESTS} | xargs -P 2 -I{} bash -c 'one {}' | tee "$out/summary.txt"
p=$(grep -c '^ok ' "$out/summary.txt")
f=$(grep -c '^FAIL ' "$out/summary.txt")
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
