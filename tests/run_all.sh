#!/usr/bin/env bash
# The whole Pyclave test suite: unit tests, differential tests, CLI tests.
#
#   tests/run_all.sh [-v] [-j N] BUILD_DIR [FILTER...]
#
#   BUILD_DIR   e.g. build/release-gcc: runs BUILD_DIR/unit/test_* and
#               BUILD_DIR/pyclave (override the interpreter with the
#               environment variable PYCLAVE_TEST_INTERP, e.g.
#               PYCLAVE_TEST_INTERP=python3 checks the suite against CPython).
#   FILTER      only tests whose name (unit/test_x, diff/lang_x,
#               crash/x, cli/x) contains one of these substrings.
#   -v          full diffs / full unit test output for failures.
#   -j N        parallel jobs (default: nproc).
#
# Prints one line per failure (with the start of a diff), then
# `K skipped` if tests/diff/SKIP skipped any, then exactly one final line
# `N passed, M failed`.  Exit status 1 if M > 0.  Needs bash and coreutils
# (timeout, xargs, diff), not python3.  See tests/diff/README.md.

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
. "$TESTS_DIR/testlib.sh"

# ---------------------------------------------------------------------------
# Worker mode (run by xargs): --worker INTERP RESDIR VERBOSE KIND NAME
# Writes RESDIR/KIND.NAME.res: first line PASS or FAIL, then report lines.

worker() {
    local interp=$1 resdir=$2 verbose=$3 kind=$4 name=$5
    local res="$resdir/$kind.$name.res" tmp="$resdir/tmp.$kind.$name"
    local expected actual="$resdir/$kind.$name.actual"
    if [ "$kind" = unit ]; then
        # One unit test binary ($PCT_UNIT_DIR/NAME) through run_unit.sh:
        # its report, ending with its `N passed, M failed` line.
        local uv=()
        [ "$verbose" = 1 ] && uv=(-v)
        (cd "$TESTS_DIR/.." && bash "$TESTS_DIR/run_unit.sh" "${uv[@]}" "$PCT_UNIT_DIR/$name") >"$res" 2>&1
        return 0
    fi
    if [ "$kind" = diff ]; then
        expected="$TL_DIFF_DIR/$name.expected"
    elif [ "$kind" = crash ]; then
        expected="$TL_CRASH_DIR/$name.expected"
    else
        expected="$TL_CLI_DIR/expected/$name.expected"
    fi
    if [ ! -f "$expected" ]; then
        printf 'FAIL\nFAIL %s/%s: no expected file (run tests/regen_expected.sh %s)\n' \
            "$kind" "$name" "$name" >"$res"
        return 0
    fi
    if [ -z "$interp" ]; then
        printf 'FAIL\nFAIL %s/%s: interpreter binary missing\n' "$kind" "$name" >"$res"
        return 0
    fi
    mkdir -p "$tmp"
    if [ "$kind" = diff ]; then
        tl_run_diff "$interp" "$name" "$actual" "$tmp"
    elif [ "$kind" = crash ]; then
        tl_run_py "$TL_CRASH_DIR" "$interp" "$name" "$actual" "$tmp"
    else
        tl_run_cli "$interp" "$name" "$actual" "$tmp"
    fi
    rm -rf "$tmp"
    if cmp -s "$expected" "$actual"; then
        echo PASS >"$res"
        return 0
    fi
    local why="output differs" rc lines=12
    rc=$(sed -n -e 's/^--- exit \([0-9]*\)$/\1/p' "$actual" | tail -n 1)
    case $rc in
        124|137) why="timed out after $(tl_timeout "$TL_DIFF_TIMEOUT_BASE")s"; lines=0 ;;
        70) why="fatal runtime error (exit 70)"; lines=6 ;;
        *) if [ -n "$rc" ] && [ "$rc" -gt 128 ] && [ "$rc" -le 192 ]; then
               why="crashed ($(tl_signal_name "$rc"))"; lines=6
           fi ;;
    esac
    {
        echo FAIL
        echo "FAIL $kind/$name: $why"
        if [ "$verbose" = 1 ]; then
            diff -a -u "$expected" "$actual" | tail -n +3
        else
            diff -a -u "$expected" "$actual" | tail -n +3 | head -n "$lines"
        fi | sed -e 's/^/    /'
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
        -h|--help) sed -n '2,19p' "$0" | sed -e 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "run_all.sh: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 1 ]; then
    echo "usage: tests/run_all.sh [-v] [-j N] BUILD_DIR [FILTER...]" >&2
    exit 2
fi
build=$1
shift
filters=("$@")

interp=""
if [ -n "${PYCLAVE_TEST_INTERP:-}" ]; then
    interp=$(tl_resolve_interp "$PYCLAVE_TEST_INTERP") || interp=""
else
    interp=$(tl_resolve_interp "$build/pyclave") || interp=""
fi
[ -n "$interp" ] || echo "WARNING: no interpreter (${PYCLAVE_TEST_INTERP:-$build/pyclave}); every differential and CLI test fails"

resdir=$(mktemp -d "${TMPDIR:-/tmp}/pct-run.XXXXXX") || exit 2
trap 'rm -rf "$resdir"' EXIT

passed=0
failed=0
skipped=0

# 1. Unit tests.
units=()
if [ -d "$build/unit" ]; then
    build_abs=$(cd "$build" && pwd -P)
    for b in "$build_abs"/unit/test_*; do
        [ -f "$b" ] && [ -x "$b" ] || continue
        case $b in *.c|*.o|*.d) continue ;; esac
        tl_match "unit/$(basename "$b")" "${filters[@]}" && units+=("$b")
    done
fi
# The unit test binaries go into the same parallel queue as the other tests
# (first: some take seconds, and the short tests after them fill the other
# workers meanwhile); each is run by run_unit.sh and its counts summed below.
: >"$resdir/list"
export PCT_UNIT_DIR="${build_abs:-}/unit"
for b in ${units[@]+"${units[@]}"}; do
    printf 'unit %s\n' "$(basename "$b")" >>"$resdir/list"
done

# 2. Differential tests (minus tests/diff/SKIP), 3. crasher tests
# (tests/crashers), 4. CLI tests.
skipset=" "
if [ -f "$TL_DIFF_DIR/SKIP" ]; then
    skipset=" $(sed -e 's/#.*//' -e 's/\.py[[:space:]]*$//' -e 's/[[:space:]]//g' "$TL_DIFF_DIR/SKIP" | grep -v '^$' | tr '\n' ' ') "
fi
while IFS= read -r n; do
    case $skipset in
        *" $n "*) skipped=$((skipped + 1)); continue ;;
    esac
    printf 'diff %s\n' "$n" >>"$resdir/list"
done < <(tl_diff_names "${filters[@]}")
tl_crash_names "${filters[@]}" | sed -e 's/^/crash /' >>"$resdir/list"
if [ -f "$TL_CLI_DIR/cases.sh" ]; then
    tl_cli_names "${filters[@]}" | sed -e 's/^/cli /' >>"$resdir/list"
fi

if [ -s "$resdir/list" ]; then
    # Each line "KIND NAME" becomes: run_all.sh --worker INTERP RESDIR VERBOSE KIND NAME
    tr ' ' '\n' <"$resdir/list" |
        xargs -d '\n' -n 2 -P "$jobs" bash "$TESTS_DIR/run_all.sh" --worker \
            "$interp" "$resdir" "$verbose"
fi

while read -r kind n; do
    res="$resdir/$kind.$n.res"
    if [ ! -f "$res" ]; then
        echo "FAIL $kind/$n: test runner produced no result"
        failed=$((failed + 1))
    elif [ "$kind" = unit ]; then
        last=$(tail -n 1 "$res")
        sed -e '$d' "$res"
        if printf '%s\n' "$last" | grep -q -E '^[0-9]+ passed, [0-9]+ failed$'; then
            passed=$((passed + $(printf '%s\n' "$last" | awk '{print $1}')))
            failed=$((failed + $(printf '%s\n' "$last" | awk '{print $3}')))
        else
            echo "FAIL unit/$n: run_unit.sh gave no summary"
            failed=$((failed + 1))
        fi
    elif [ "$(head -n 1 "$res")" = PASS ]; then
        passed=$((passed + 1))
    else
        tail -n +2 "$res"
        failed=$((failed + 1))
    fi
done <"$resdir/list"

[ $skipped -gt 0 ] && echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
