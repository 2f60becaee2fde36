#!/usr/bin/env bash
# Run unit test binaries and total their results.
#
#   tests/run_unit.sh [-v] BINARY...
#
# Each binary is a C program (tests/unit/test_*.c) that prints a line
# `N passed, M failed` and exits nonzero on failure.  The counts of all
# binaries are summed.  A binary that is missing, crashes, times out, prints
# no count line, or exits nonzero while reporting 0 failures counts as one
# extra failure.  One line per failing binary (with the last lines of its
# output; all of it with -v), then the summary line `N passed, M failed`.
# Exit status 1 if anything failed.
#
# Timeout per binary: 60 s times PYCLAVE_TEST_TIMEOUT_SCALE (default 1).
# Run from the repository root (the binaries are run with that cwd).

. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi

total_pass=0
total_fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pct-unit.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
t=$(tl_timeout "$TL_UNIT_TIMEOUT_BASE")

for bin in "$@"; do
    name="unit/$(basename "$bin")"
    if [ ! -x "$bin" ]; then
        echo "FAIL $name: binary missing ($bin)"
        total_fail=$((total_fail + 1))
        continue
    fi
    # The subshell keeps bash's "Segmentation fault" notice out of the report.
    ( timeout -k 2 "$t" "$bin" </dev/null >"$tmp/log" 2>&1; exit $? ) 2>/dev/null
    rc=$?
    # The last line containing "N passed, M failed" (a prefix such as the
    # binary's name is allowed).
    line=$(grep -a -o -E '[0-9]+ passed, [0-9]+ failed' "$tmp/log" | tail -n 1)
    why=""
    if [ -n "$line" ]; then
        p=$(printf '%s\n' "$line" | awk '{print $1}')
        f=$(printf '%s\n' "$line" | awk '{print $3}')
    else
        p=0 f=0
        why="no 'N passed, M failed' line"
    fi
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        why="timeout after ${t}s${why:+; $why}"
        f=$((f + 1))
    elif [ "$rc" -gt 128 ]; then
        why="killed by signal $((rc - 128))${why:+; $why}"
        f=$((f + 1))
    elif [ -z "$line" ]; then
        f=$((f + 1))
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        why="exit status $rc but 0 failures reported"
        f=1
    fi
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    if [ "$f" -gt 0 ]; then
        echo "FAIL $name: $p passed, $f failed (exit $rc)${why:+: $why}"
        if [ $verbose = 1 ]; then
            sed -e 's/^/    /' "$tmp/log"
        else
            # The failing checks are usually the lines mentioning FAIL.
            { grep -i -E 'fail|error|assert' "$tmp/log" | grep -v -E '[0-9]+ passed, [0-9]+ failed' | head -n 10
              tail -n 3 "$tmp/log"; } | grep -v -E '[0-9]+ passed, [0-9]+ failed' |
                awk '!seen[$0]++' | head -n 12 | sed -e 's/^/    /'
        fi
    fi
done

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
