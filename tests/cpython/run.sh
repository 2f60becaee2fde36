#!/usr/bin/env bash
# CPython's own regression tests, unmodified, under Pyclave.
#
#   tests/cpython/run.sh [-v] [-j N] BUILD_DIR [FILTER...]
#
# The test files are not in this repository: CPython's Lib/test directory
# is located from `python3` (the oracle, CPython 3.11), copied into a
# temporary directory (its top-level files, test.support and the test
# packages listed), and each module of tests/cpython/modules.txt is run
# there by tests/cpython/runner.py under python3 and under
# BUILD_DIR/pyclave (or $PYCLAVE_TEST_INTERP), with the tests listed in
# tests/cpython/skips.txt removed under both.
#
# One test module is one test case.  It passes if CPython runs it with no
# failure or error, Pyclave runs the same number of tests, and every test
# CPython passes passes under Pyclave too.  The only other accepted
# outcome is a test that skips itself under Pyclave as an "implementation
# detail specific to cpython" (support.cpython_only / check_impl_detail:
# CPython's own marker for what other implementations need not do); those
# are counted in the report line.  A crash or timeout fails the module.
#
# Prints one line per module (PASS/FAIL with the counts of both runs),
# failing tests' ids (with -v, Pyclave's whole unittest output), then
# `N passed, M failed`.  Needs python3 (the oracle), bash, coreutils.

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
. "$TESTS_DIR/testlib.sh"
CPT_DIR="$TESTS_DIR/cpython"
# Seconds per module and interpreter (times PYCLAVE_TEST_TIMEOUT_SCALE).
CPT_TIMEOUT_BASE=60

# ---------------------------------------------------------------------------
# Worker (run by xargs): --worker INTERP WORKDIR RESDIR VERBOSE MODULE

cpt_run() {    # cpt_run INTERP WORKDIR MODULE OUT ERR: exit status
    local t
    t=$(tl_timeout "$CPT_TIMEOUT_BASE")
    (cd "$2" && tl_env timeout -k 2 "$t" "$1" runner.py "$3" "$CPT_DIR/skips.txt" \
        </dev/null >"$4" 2>"$5"; exit $?) 2>/dev/null
}

cpt_summary() {  # cpt_summary OUT: "run=.. ok=.. ..." or empty
    sed -n 's/^@@ SUMMARY //p' "$1" | tail -n 1
}

cpt_field() {    # cpt_field SUMMARY NAME
    sed -n "s/.*\\b$2=\\([0-9]*\\).*/\\1/p" <<<"$1"
}

worker() {
    local interp=$1 work=$2 resdir=$3 verbose=$4 mod=$5
    local res="$resdir/$mod.res" c="$resdir/$mod.cpython" p="$resdir/$mod.pyclave"
    local crc prc cs ps why="" bad impl
    cpt_run python3 "$work" "$mod" "$c.out" "$c.err"; crc=$?
    cpt_run "$interp" "$work" "$mod" "$p.out" "$p.err"; prc=$?
    cs=$(cpt_summary "$c.out")
    ps=$(cpt_summary "$p.out")
    # Tests CPython passed that Pyclave did not pass (implementation-detail
    # skips apart).
    sed -n 's/^@@ \(ok\|xfail\) \([^ ]*\).*/\2/p' "$c.out" | LC_ALL=C sort >"$c.passed"
    sed -n -e 's/^@@ \(ok\|xfail\) \([^ ]*\).*/\2/p' \
           -e 's/^@@ skip \([^ ]*\) :: implementation detail.*/\1/p' "$p.out" |
        LC_ALL=C sort >"$p.passed"
    bad=$(LC_ALL=C comm -23 "$c.passed" "$p.passed")
    impl=$(grep -c '^@@ skip [^ ]* :: implementation detail' "$p.out")
    if [ -z "$cs" ]; then
        why="CPython run gave no summary (exit $crc)"
    elif [ "$(cpt_field "$cs" fail)" != 0 ] || [ "$(cpt_field "$cs" error)" != 0 ]; then
        why="CPython itself has failures ($cs)"
    elif [ -z "$ps" ]; then
        case $prc in
            124|137) why="timed out after $(tl_timeout "$CPT_TIMEOUT_BASE")s" ;;
            *) if [ "$prc" -gt 128 ] && [ "$prc" -le 192 ]; then
                   why="crashed ($(tl_signal_name "$prc"))"
               else
                   why="no summary (exit $prc)"
               fi ;;
        esac
    elif [ "$(cpt_field "$ps" run)" != "$(cpt_field "$cs" run)" ]; then
        why="ran $(cpt_field "$ps" run) tests, CPython $(cpt_field "$cs" run)"
    elif [ -n "$bad" ]; then
        why="$(wc -l <<<"$bad") tests CPython passes do not pass"
    elif [ "$(cpt_field "$ps" fail)" != 0 ] || [ "$(cpt_field "$ps" error)" != 0 ]; then
        why="failures or errors outside CPython's tests (import, fixtures)"
        bad=$(sed -n 's/^@@ \(FAIL\|ERROR\) \([^ ]*\).*/\2/p' "$p.out")
    fi
    {
        if [ -z "$why" ]; then
            echo PASS
            printf 'PASS %-22s pyclave %s impl_skip=%s | cpython %s\n' \
                "$mod" "$ps" "$impl" "$cs"
        else
            echo FAIL
            printf 'FAIL %-22s %s\n' "$mod" "$why"
            printf '    pyclave %s | cpython %s\n' "${ps:-none}" "${cs:-none}"
            if [ -n "$bad" ]; then
                awk 'NR == FNR { want[$0] = 1; next }
                     /^@@ / && ($3 in want) { print "    " $2 " " $3 }' \
                    <(printf '%s\n' "$bad") "$p.out" |
                    head -n "$([ "$verbose" = 1 ] && echo 100000 || echo 20)"
            fi
            if [ "$verbose" = 1 ]; then
                sed -e 's/^/    | /' "$p.err"
            elif [ -z "$ps" ]; then
                tail -n 8 "$p.err" | sed -e 's/^/    | /'
            fi
        fi
    } >"$res"
}

if [ "${1:-}" = "--worker" ]; then
    shift
    worker "$@"
    exit 0
fi

# ---------------------------------------------------------------------------
# Main.

verbose=0
jobs=$(nproc 2>/dev/null || echo 2)
while [ $# -gt 0 ]; do
    case $1 in
        -v) verbose=1; shift ;;
        -j) jobs=$2; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        -h|--help) sed -n '2,24p' "$0" | sed -e 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 1 ]; then
    echo "usage: tests/cpython/run.sh [-v] [-j N] BUILD_DIR [FILTER...]" >&2
    exit 2
fi
build=$1
shift
filters=("$@")

interp=$(tl_resolve_interp "${PYCLAVE_TEST_INTERP:-$build/pyclave}") || {
    echo "FAIL cpython: no interpreter $build/pyclave"
    echo "0 passed, 1 failed"
    exit 1
}
testdir=$(cd / && tl_env python3 -c 'import os, test; print(os.path.dirname(test.__file__))') &&
    [ -f "$testdir/support/__init__.py" ] || {
    echo "FAIL cpython: python3 has no Lib/test package (test.support)"
    echo "0 passed, 1 failed"
    exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyclave-cpt.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
work="$tmp/work"
resdir="$tmp/res"
mkdir -p "$work/test" "$resdir"

modules=()
while read -r m _; do
    [ -n "$m" ] || continue
    tl_match "cpython/$m" "${filters[@]}" && modules+=("$m")
done < <(sed -e 's/#.*//' "$CPT_DIR/modules.txt")

# The copy: top-level files of Lib/test (test modules and the helper
# modules some of them import, e.g. test.test_math from test_cmath), the
# support package, the data packages, and the modules that are packages.
find "$testdir" -maxdepth 1 -type f -exec cp -t "$work/test/" {} + || exit 1
for d in support typinganndata data ziptestdata "${modules[@]}"; do
    if [ -d "$testdir/$d" ]; then
        cp -R "$testdir/$d" "$work/test/$d" || exit 1
    fi
done
find "$work" -name __pycache__ -prune -exec rm -rf {} +
cp "$CPT_DIR/runner.py" "$work/runner.py" || exit 1

passed=0
failed=0
if [ ${#modules[@]} -gt 0 ]; then
    printf '%s\n' "${modules[@]}" |
        xargs -d '\n' -n 1 -P "$jobs" bash "$CPT_DIR/run.sh" --worker \
            "$interp" "$work" "$resdir" "$verbose"
fi
for m in "${modules[@]}"; do
    res="$resdir/$m.res"
    if [ ! -f "$res" ]; then
        echo "FAIL $m: runner produced no result"
        failed=$((failed + 1))
        continue
    fi
    tail -n +2 "$res"
    if [ "$(head -n 1 "$res")" = PASS ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
# CPT_KEEP=DIR keeps both runs' outputs (DIR/MODULE.{cpython,pyclave}.{out,err}).
if [ -n "${CPT_KEEP:-}" ]; then
    mkdir -p "$CPT_KEEP" && cp "$resdir"/* "$CPT_KEEP"/
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
