#!/usr/bin/env bash
# Run the libFuzzer targets (called by `make fuzz` / `make fuzz-ci`).
# Usage: fuzz/run.sh BUILD_DIR SECONDS TARGET...
# Each target runs for SECONDS on a working copy of fuzz/corpus/<target>
# (new inputs go to BUILD_DIR/corpus/<target>, the seeds stay untouched)
# with its dictionary; crash / timeout / OOM reproducers are written to
# fuzz/crashes/<target>-*.  Prints each target's executions ("#N DONE") and
# fails if any target found a problem.
# FUZZ_JOBS targets (default 2; a libFuzzer process uses one core) run at a
# time; each target's report is printed in the order given once all are done.
build=$1; secs=$2; shift 2
mkdir -p fuzz/crashes "$build/fuzzlogs"
jobs=${FUZZ_JOBS:-2}
res=$(mktemp -d "${TMPDIR:-/tmp}/pyclave-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$res"' EXIT

# one TARGET: run it; its report goes to $res/TARGET, "ok" or "fail" to
# $res/TARGET.status.
one() {
    local t=$1 dict work log rc done_line execs
    case $t in
        compile|exec) dict=fuzz/dict/python.dict ;;
        cbor|frame) dict=fuzz/dict/cbor.dict ;;
        format) dict=fuzz/dict/format.dict ;;
        int_float|decimal) dict=fuzz/dict/number.dict ;;
        struct) dict=fuzz/dict/struct.dict ;;
        json|cli_json) dict=fuzz/dict/json.dict ;;
        re) dict=fuzz/dict/re.dict ;;
        *) dict= ;;
    esac
    work="$build/corpus/$t"
    log="$build/fuzzlogs/$t.log"
    mkdir -p "$work"
    "$build/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=4096 -timeout=25 -rss_limit_mb=4096 \
        -close_fd_mask=1 -print_final_stats=1 -artifact_prefix="fuzz/crashes/$t-" \
        ${dict:+-dict=$dict} "$work" "fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
    execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    if [ $rc -ne 0 ]; then
        {
            echo "fuzz_$t: FAILED (exit $rc, executions ${execs:-?}), log $log"
            grep -E '^==[0-9]+==ERROR|SUMMARY|Test unit written|ALARM|fuzz_' "$log" | head -5
        } >"$res/$t"
        echo fail >"$res/$t.status"
    else
        echo "fuzz_$t: ${execs:-?} executions in ${secs}s  [$done_line]" >"$res/$t"
        echo ok >"$res/$t.status"
    fi
}

# Up to $jobs targets at a time, started in the order given.
for t in "$@"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
    one "$t" &
done
wait
status=0
for t in "$@"; do
    if [ -f "$res/$t" ]; then cat "$res/$t"; else echo "fuzz_$t: FAILED (no result)"; fi
    [ "$(cat "$res/$t.status" 2>/dev/null)" = ok ] || status=1
done
if [ $status -ne 0 ]; then
    echo "fuzzing found problems: reproducers in fuzz/crashes/"
fi
exit $status
