#!/usr/bin/env bash
# Regenerate expected outputs from CPython 3.11.
#
#   tests/regen_expected.sh [-j N] [NAME...]
#
# NAME: a differential test (lang_x, lang_x.py, diff/lang_x), a crasher
# (crash/NAME, or its bare name) or a CLI case (cli/NAME, or its bare name);
# a NAME is matched exactly, not as a filter.
# No NAME: every differential test, crasher and CLI case.
#
# Writes tests/diff/NAME.expected, tests/crashers/NAME.expected and
# tests/cli/expected/NAME.expected by running python3 exactly as
# tests/run_all.sh runs pyclave (same cwd, environment, stdin, timeout and
# output normalisation).  The interpreter is $PYTHON3 if set, else python3;
# it must be CPython 3.11.  Exception: the crashers listed in
# tests/crashers/PYCLAVE_ORACLE crash CPython itself, so their expected
# files come from Pyclave ($PYCLAVE_ORACLE, default
# build/release-gcc/pyclave): a clean Python exception instead of a crash.

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
. "$TESTS_DIR/testlib.sh"

jobs=$(nproc 2>/dev/null || echo 2)
case ${1:-} in
    -j) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed -e 's/^# \{0,1\}//'; exit 0 ;;
esac

if [ "${1:-}" = "--worker" ]; then
    # --worker PY KIND NAME
    py=$2 kind=$3 name=$4
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/pct-regen.XXXXXX") || exit 2
    if [ "$kind" = diff ]; then
        out="$TL_DIFF_DIR/$name.expected"
        tl_run_diff "$py" "$name" "$tmp/outcome" "$tmp"
    elif [ "$kind" = crash ]; then
        out="$TL_CRASH_DIR/$name.expected"
        if tl_crash_pyclave_oracle "$name"; then
            py=$(tl_resolve_interp "${PYCLAVE_ORACLE:-$TESTS_DIR/../build/release-gcc/pyclave}") || {
                echo "ERROR crash/$name: needs a pyclave binary (\$PYCLAVE_ORACLE)" >&2
                rm -rf "$tmp"; exit 0; }
        fi
        tl_run_py "$TL_CRASH_DIR" "$py" "$name" "$tmp/outcome" "$tmp"
        if grep -q -x -E -e '--- exit (1(29|3[0-9]|[4-8][0-9]|9[0-2])|70)' "$tmp/outcome"; then
            echo "WARNING $kind/$name: the oracle crashed (list it in tests/crashers/PYCLAVE_ORACLE?)" >&2
        fi
    else
        mkdir -p "$TL_CLI_DIR/expected"
        out="$TL_CLI_DIR/expected/$name.expected"
        tl_run_cli "$py" "$name" "$tmp/outcome" "$tmp"
    fi
    if grep -q -x -e '--- exit 124' "$tmp/outcome"; then
        echo "WARNING $kind/$name: python3 timed out" >&2
    fi
    if ! cmp -s "$tmp/outcome" "$out"; then
        cp "$tmp/outcome" "$out" && echo "updated $kind/$name"
    fi
    rm -rf "$tmp"
    exit 0
fi

py=$(tl_resolve_interp "${PYTHON3:-python3}") || {
    echo "regen_expected.sh: no ${PYTHON3:-python3}" >&2; exit 2; }
# Use the real binary, not a wrapper (pyenv shims need their environment).
real=$(tl_env "$py" -c 'import sys; print(sys.executable)' 2>/dev/null)
[ -n "$real" ] && [ -x "$real" ] && py=$real
ver=$(tl_env "$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
    echo "regen_expected.sh: $py is Python '$ver', need CPython 3.11" >&2
    exit 2
fi

list=$(mktemp "${TMPDIR:-/tmp}/pct-regen-list.XXXXXX") || exit 2
trap 'rm -f "$list"' EXIT
if [ $# -eq 0 ]; then
    tl_diff_names | sed -e 's/^/diff /' >"$list"
    tl_crash_names | sed -e 's/^/crash /' >>"$list"
    tl_cli_names | sed -e 's/^/cli /' >>"$list"
else
    all_diff=$(tl_diff_names)
    all_crash=$(tl_crash_names)
    all_cli=$(tl_cli_names)
    status=0
    for a in "$@"; do
        n=${a%.py}
        n=${n#tests/}
        case $n in
            diff/*) k=diff n=${n#diff/} ;;
            crash/*) k=crash n=${n#crash/} ;;
            crashers/*) k=crash n=${n#crashers/} ;;
            cli/*) k=cli n=${n#cli/} ;;
            *) k="" ;;
        esac
        found=0
        if { [ -z "$k" ] || [ "$k" = diff ]; } && printf '%s\n' "$all_diff" | grep -q -x -F -e "$n"; then
            echo "diff $n" >>"$list"; found=1
        fi
        if { [ -z "$k" ] || [ "$k" = crash ]; } && printf '%s\n' "$all_crash" | grep -q -x -F -e "$n"; then
            echo "crash $n" >>"$list"; found=1
        fi
        if { [ -z "$k" ] || [ "$k" = cli ]; } && printf '%s\n' "$all_cli" | grep -q -x -F -e "$n"; then
            echo "cli $n" >>"$list"; found=1
        fi
        [ $found = 1 ] || { echo "regen_expected.sh: no test named $a" >&2; status=2; }
    done
    [ $status = 0 ] || exit $status
fi

tr ' ' '\n' <"$list" |
    xargs -d '\n' -n 2 -P "$jobs" bash "$TESTS_DIR/regen_expected.sh" --worker "$py"
echo "regenerated $(wc -l <"$list") expected files with $py (Python $ver)"
