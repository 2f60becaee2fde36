#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) of bench programs in Linux
# mode and inside the enclave, the repeatable measure of the enclave's
# compute overhead on a noisy machine (wall-clock timings there vary by
# +-15%; instruction counts by well under 0.1%):
#
#   bench/enclave/ir_compare.sh PYCLAVE PROGRAM BIG SMALL [PROGRAM BIG SMALL ...]
#
# For each program: `PYCLAVE programs/PROGRAM.py N` and the enclave child of
# `PYCLAVE call IMAGE run N` (image by program_image.sh), each at sizes BIG
# and SMALL; the difference BIG - SMALL cancels start-up (the enclave's
# image load and identity, Linux mode's compilation), and
# enclave/Linux of those differences is the compute overhead.  The child
# runs with bench/enclave/noseccomp.c preloaded (valgrind cannot run under
# seccomp); everything else is as in production.  Prints one line per
# program; keeps the callgrind files in $IR_KEEP if set (for
# callgrind_annotate).  Slow: callgrind runs ~50x slower than native, so
# choose sizes of about 10^8 instructions (bench/run's tiny sizes x10).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
[ $# -ge 4 ] && [ $((($# - 1) % 3)) -eq 0 ] || { sed -n 's/^#   //p' "$0" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "ir_compare: valgrind is not installed" >&2; exit 2; }
P=$(realpath "$1"); shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=${IR_KEEP:-$tmp/cg}
mkdir -p "$out"
export PYCLAVE_KEYFILE=$tmp/keys/platform.key
cc -O2 -shared -fPIC -o "$tmp/noseccomp.so" "$here/noseccomp.c" -ldl || exit 1
ir() { grep '^summary:' "$1" | awk '{print $2}'; }
run_one() { # prog size -> "linux enclave"
    local prog=$1 n=$2 l e
    (cd "$here/../programs" && valgrind --tool=callgrind --callgrind-out-file="$out/lin.$prog.$n" \
        "$P" "$prog.py" "$n" >/dev/null 2>"$out/lin.$prog.$n.err") || { echo "fail fail"; return; }
    rm -f "$out/enc.$prog.$n".*[0-9]
    LD_PRELOAD=$tmp/noseccomp.so valgrind --tool=callgrind --callgrind-out-file="$out/enc.$prog.$n.%p" \
        "$P" call --timeout 1000000000 "$tmp/img/$prog/app.pce" run "$n" >/dev/null 2>"$out/enc.$prog.$n.err" ||
        { echo "fail fail"; return; }
    l=$(ir "$out/lin.$prog.$n")
    # two files: the host and the child; the child executes more
    e=$(for f in "$out/enc.$prog.$n".*[0-9]; do ir "$f"; done | sort -n | tail -1)
    echo "$l $e"
}
printf '%-16s %14s %14s %8s\n' program linux enclave ratio
while [ $# -ge 3 ]; do
    prog=$1 big=$2 small=$3; shift 3
    "$here/program_image.sh" "$P" "$here/../programs/$prog.py" "$tmp/img/$prog" >/dev/null || { echo "$prog: image build failed"; continue; }
    read -r lb eb <<<"$(run_one "$prog" "$big")"
    read -r ls es <<<"$(run_one "$prog" "$small")"
    if [ "$lb" = fail ] || [ "$ls" = fail ]; then echo "$prog: run failed (see $out/*.err)"; continue; fi
    awk -v p="$prog" -v l=$((lb - ls)) -v e=$((eb - es)) 'BEGIN { printf "%-16s %14d %14d %8.4f\n", p, l, e, e / l }'
done
