#!/usr/bin/env bash
# `make verify`: Frama-C on every file of the raw-memory core (issue 4).
#
# Each target is one core file analysed through its driver verify/drv_*.c,
# in ONE Frama-C run: EVA (every run-time error: invalid access, overflow,
# uninitialised read, ...) -then WP with -wp-rte where configured (proves
# what EVA cannot, e.g. loop invariants and assigns clauses) -then the
# report plugin, which fails on any property that stays unknown
# (-report-unclassified-unknown ERROR).  A target passes only with 0 EVA
# alarms and 0 report errors.  Files of the core without a driver are
# listed as NOT ANALYSED and fail the gate (never skipped silently).
#
# Usage: verify/run.sh [--ci] [TARGET...]   (default: all targets)
#   --ci   `make verify-ci`, the CI gate: only the targets marked gated (the
#          files already at zero alarms and zero unproved properties), each
#          of which must stay at zero; the others are listed as not gated.
# Output: one line per target (alarms, unproved properties, seconds), then
# `N passed, M failed`; exit status 1 if any target failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ci=0
if [ "${1:-}" = --ci ]; then ci=1; shift; fi
out=${VERIFY_BUILD:-build/safety}/verify
mkdir -p "$out"
export WHY3CONFIG=$PWD/$out/why3.conf
if [ ! -s "$WHY3CONFIG" ] && command -v why3 >/dev/null; then
    why3 config detect >"$out/why3-detect.log" 2>&1
fi
if ! command -v frama-c >/dev/null; then
    echo "frama-c not installed (tools/setup_verify.sh)"; echo "0 passed, 1 failed"; exit 1
fi
# A target that runs longer than this is reported as not completed (FAIL).
limit=${VERIFY_TIMEOUT:-900}

COMMON=(-machdep x86_64 -c11 -warn-special-float none -eva-alloc-builtin fresh
        -eva-warn-key builtins:missing-spec=error)
PRELUDE="-Isrc -I. -include verify/fc_prelude.h"

# Why the per-target options: a cr_buf grown by cr_buf_reserve must not be
# joined with the state where the growth failed (old storage, new capacity):
# buf keeps the states of cr_buf_repeat apart (slevel), cbor splits the
# returns of reserve/append/put_head on success; bigint unrolls kara's one
# level of recursion instead of using its assigns-only contract.
# mem (the arena allocator and collector): cr_mem_init is unrolled (its
# size-class table) and its failed return kept apart; the driver's
# sequences run at slevel 1 (one heap state per call) and the collector at
# slevel 0: its loops are nested (mark, drain, scan), and its accesses are
# bounded by explicit checks, which need no path splitting.
# bigint splits only the returns that bound later indices (the normalised
# length, the normalisation shift): splitting every return (bit lengths,
# test_bit) multiplied the states of cr_big_to_base, where the one state per
# output capacity needs no slevel at all.
# target | core file(s) | cpp flags | sources | extra Frama-C options |
# WP functions | slevel (full run) | slevel (--ci) | gated in --ci (1/0) |
# extra cpp flags for --ci only (a reduced driver, e.g. shorter operands)
targets() {
    cat <<'EOT'
mem|src/core/mem.c|PRELUDE -DPC_VERIFY_STACK_BYTES=64|src/core/mem.c verify/drv_mem.c|-eva-use-spec arena_offset,pad_to -eva-split-return-function cr_mem_init:0 -eva-slevel-function cr_mem_init:400,cr_panic:100,alloc_sequence:1,realloc_case:1,cr_gc_collect:0,scan_stack:0,scan_range:0,drain:0,scan_block:0,scan_arena:0,mark_word:0,find_block:0,recover_overflow:0,sweep:0|arena_offset,pad_to|10|5|1|-DDRV_PAGES_MAX=1
buf|src/core/buf.c|PRELUDE -DPC_ANALYSIS|src/core/mem.c src/core/buf.c verify/drv_buf.c|-eva-split-return full -eva-use-spec cr_panic -eva-slevel-function cr_buf_reserve:2000,cr_buf_repeat:2000 -eva-interprocedural-splits|cr_span_sub,cr_span_from,cr_valspan_sub|100|100|1
cbor|src/core/cbor.c|PRELUDE -DPC_ANALYSIS|src/core/mem.c src/core/buf.c src/core/cbor.c verify/drv_cbor.c|-eva-split-return-function take:0,cr_buf_reserve:0,cr_buf_append:0,cr_cbor_put_head:0 -eva-use-spec cr_panic -eva-interprocedural-splits|cr_span_sub,cr_span_from|100|100|1
bigint|src/core/bigint.c|PRELUDE|src/core/bigint.c verify/drv_bigint.c|-eva-split-return-function cr_big_norm:full,clz32:full -eva-interprocedural-splits -eva-unroll-recursive-calls 2 -eva-split-limit 200 -eva-slevel-function cr_big_to_base:10,clz32:100||100|30|1|-DDRV_SMALL=2
dtoa|src/core/dtoa.c|PRELUDE -DCR_DTOA_NO_INT128|src/core/dtoa.c verify/drv_dtoa.c|-eva-split-return full -eva-slevel-function cr_double_to_string:5,w_char:5,w_fill:5,w_bytes:5,w_digits:5,w_exponent:5|w_char,w_fill|20|5|1|-DDRV_MAXN=9 -DDRV_CAPMAX=8
freestanding|src/core/freestanding.c|-Isrc -I. -DPC_TRUSTED=1 -include __fc_string_axiomatic.h|src/core/freestanding.c verify/drv_freestanding.c|-eva-split-return full -eva-no-builtins-auto|memcpy,memmove,memset,memcmp,strlen|100|100|1
libm|src/core/libm.c src/core/libm_fs.c|PRELUDE -DPC_TRUSTED=1 -DCR_DTOA_NO_INT128|src/core/libm.c src/core/libm_fs.c src/core/dtoa.c verify/drv_libm.c|-eva-split-return full||10|1|1
EOT
}

# Targets run VERIFY_JOBS at a time (default 2: each Frama-C run uses one
# core); each one's lines are kept in $res/<index> and printed in the
# table's order once all are done.
jobs_max=${VERIFY_JOBS:-2}
res=$(mktemp -d "${TMPDIR:-/tmp}/pyclave-verify.XXXXXX") || exit 2
trap 'rm -rf "$res"' EXIT

# run_target INDEX FIELDS...: one target; its table line (and on failure the
# remaining alarms and unproved properties) go to $res/INDEX, and
# $res/INDEX.status is "pass", "fail" or "skip" (listed, or not in the tree).
run_target() {
    local i=$1 name=$2 file=$3 cpp=$4 srcs=$5 extra=$6 wpf=$7 sl_full=$8 sl_ci=$9 gated=${10} cicpp=${11}
    local o=$res/$i
    if [ $ci = 1 ] && [ "$gated" != 1 ]; then
        printf '%-14s %-36s %7s %9s %7s  %s\n' "$name" "$file" - - - "not gated (not yet at zero; make verify)" >"$o"
        echo skip >"$o.status"
        return
    fi
    local present=0 f s
    for f in $file; do [ -f "$f" ] && present=1; done
    [ $present = 1 ] || { echo skip >"$o.status"; return; }   # not (yet) in the tree
    cpp=${cpp//PRELUDE/$PRELUDE}
    local missing=
    for s in $srcs; do [ -f "$s" ] || missing="$missing $s"; done
    if [ -n "$missing" ]; then
        printf '%-14s %-36s %7s %9s %7s  %s\n' "$name" "$file" - - - "FAIL: NOT ANALYSED (no$missing)" >"$o"
        echo fail >"$o.status"
        return
    fi
    local wp=()
    if [ -n "$wpf" ]; then
        wp=(-then -wp -wp-rte -wp-prover z3,cvc4 -wp-timeout 10 -wp-fct "$wpf" -wp-session "$out/wp-$name")
    fi
    local slevel=$sl_full
    if [ $ci = 1 ]; then slevel=$sl_ci; cpp="$cpp${cicpp:+ $cicpp}"; fi
    local log=$out/$name.log start rc secs alarms errors status
    start=$(date +%s)
    # shellcheck disable=SC2086
    timeout -k 10 "$limit" frama-c "${COMMON[@]}" -cpp-extra-args="$cpp" $srcs \
        -eva -eva-slevel $slevel $extra -eva-msg-key=-initial-state,-final-states \
        "${wp[@]}" \
        -then -report-classify -report-unclassified-unknown ERROR \
        -report-output-errors "$out/$name.errors" -report-output "$out/$name.report.json" \
        >"$log" 2>&1
    rc=$?
    secs=$(( $(date +%s) - start ))
    alarms=$(sed -n 's/^ *\([0-9][0-9]*\) alarms\{0,1\} generated by the analysis.*/\1/p' "$log" | tail -1)
    grep -q 'No alarm raised during the analysis\|^ *0 alarms generated' "$log" && alarms=0
    errors=$(cat "$out/$name.errors" 2>/dev/null || echo '?')
    status=ok
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then status="FAIL: not completed within ${limit}s"; alarms="${alarms:-?}"
    elif [ -z "$alarms" ]; then status="FAIL: analysis did not complete (rc $rc, see $log)"; alarms='?'
    elif [ "$alarms" != 0 ] || [ "$errors" != 0 ]; then status=FAIL
    fi
    printf '%-14s %-36s %7s %9s %7s  %s\n' "$name" "$file" "$alarms" "$errors" "$secs" "$status" >"$o"
    if [ "$status" = ok ]; then echo pass >"$o.status"; else
        echo fail >"$o.status"
        # Remaining alarms (file:line and the assertion), then the
        # properties no tool proved.
        { grep -A1 '^\[eva:alarm\]' "$log" | grep -v '^--' | paste - - | sed 's/ *Warning: *//; s/^\[eva:alarm\] /    alarm /' | sort -u | head -25
          python3 - "$out/$name.report.json" <<'EOPY' 2>/dev/null | head -15
import json, sys
for e in json.load(open(sys.argv[1])):
    if e.get('action') == 'ERROR':
        print('    unproved %s:%s %s' % (e.get('file'), e.get('line'), e.get('title')))
EOPY
        } >>"$o"
    fi
}

pass=0
fail=0
total_start=$(date +%s)
printf '%-14s %-36s %7s %9s %7s  %s\n' target file alarms unproved seconds status
mapfile -t lines < <(targets)
n=0
for line in "${lines[@]}"; do
    IFS='|' read -r name file cpp srcs extra wpf sl_full sl_ci gated cicpp <<<"$line"
    [ -n "$name" ] || continue
    if [ $# -gt 0 ]; then
        sel=0; for t in "$@"; do [ "$t" = "$name" ] && sel=1; done
        [ $sel = 1 ] || continue
    fi
    n=$((n + 1))
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
    run_target "$n" "$name" "$file" "$cpp" "$srcs" "$extra" "$wpf" "$sl_full" "$sl_ci" "$gated" "${cicpp:-}" &
done
wait
for i in $(seq 1 "$n"); do
    [ -f "$res/$i" ] && cat "$res/$i"
    case $(cat "$res/$i.status" 2>/dev/null) in
        pass) pass=$((pass + 1)) ;;
        fail) fail=$((fail + 1)) ;;
        skip) ;;
        *) echo "FAIL: target $i of the table gave no result"; fail=$((fail + 1)) ;;
    esac
done
# Core files with no target at all are listed, never skipped silently.
for f in src/core/*.c; do
    if ! targets | cut -d'|' -f2 | tr ' ' '\n' | grep -qx "$f"; then
        if [ $ci = 1 ]; then
            printf '%-14s %-36s %7s %9s %7s  %s\n' - "$f" - - - "not gated (no driver yet)"
        else
            printf '%-14s %-36s %7s %9s %7s  %s\n' - "$f" - - - "FAIL: NOT ANALYSED (no driver)"
            fail=$((fail + 1))
        fi
    fi
done
echo "total analysis time: $(( $(date +%s) - total_start ))s ($([ $ci = 1 ] && echo CI || echo full) configuration)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
