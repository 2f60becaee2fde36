#!/bin/sh
# Run the libFuzzer targets (called by `make fuzz` / `make fuzz-ci`).
# Usage: fuzz/run.sh BUILD_DIR SECONDS TARGET...
# Each target runs for SECONDS on a working copy of fuzz/corpus/<target>
# (new inputs go to BUILD_DIR/corpus/<target>, the seeds stay untouched)
# with its dictionary; crash / timeout / OOM reproducers are written to
# fuzz/crashes/<target>-*.  Prints each target's executions ("#N DONE") and
# fails if any target found a problem.
build=$1; secs=$2; shift 2
mkdir -p fuzz/crashes "$build/fuzzlogs"
status=0
for t in "$@"; do
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
        status=1
        echo "fuzz_$t: FAILED (exit $rc, executions ${execs:-?}), log $log"
        grep -E '^==[0-9]+==ERROR|SUMMARY|Test unit written|ALARM|fuzz_' "$log" | head -5
    else
        echo "fuzz_$t: ${execs:-?} executions in ${secs}s  [$done_line]"
    fi
done
if [ $status -ne 0 ]; then
    echo "fuzzing found problems: reproducers in fuzz/crashes/"
fi
exit $status
