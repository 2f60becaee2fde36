#!/usr/bin/env bash
# Compute overhead of the enclave (issue 3: "compute inside the enclave vs
# the same program on Linux mode: <= 3% slower"), measured so that a noisy,
# shared machine distorts it as little as possible:
#
#   bench/enclave/compute_compare.sh [--reps N] [--pin CPU] [--nice N] [--a KIND:PYCLAVE] [--b KIND:PYCLAVE]
#                                    [--pyclave PYCLAVE] [PROG:SIZE ...]
#
# Runs each program on side A and side B, interleaved (A B A B ..., every
# program once per round, REPS rounds), and prints per program the medians
# of A and B, the median of the per-round ratios B/A with their range
# ("spread"), and the ratio of the fastest runs ("min B/A": on a loaded
# machine interference only adds time, so this is often the steadier), for
#   wall  the run of the pyclave process (from its start to its exit, i.e.
#         including start-up: Linux mode's compilation, the enclave's image
#         load and child creation; see the start-up line below);
#   cpu   user + system time of the COMPUTING process: the pyclave process
#         itself in Linux mode, the sandbox enclave child under
#         `pyclave call` (RUSAGE_CHILDREN of the host, which reaps it);
#   flt   minor page faults of the computing process.
# KIND is linux (`PYCLAVE programs/P.py SIZE`) or enclave (`PYCLAVE call
# IMAGE run SIZE`, the image built by program_image.sh with that PYCLAVE).
# Default: A = linux:PYCLAVE, B = enclave:PYCLAVE (the enclave's overhead);
# --a linux:OLD --b linux:NEW compares two builds in Linux mode.
# PROG: a name in bench/programs, "work" (work(SIZE) of bench/enclave/app.py
# run as a program), or a path to any .py program.  Default: work:3000000
# go:8 nbody:200000 spectral_norm:300 fannkuch:9 richards:20 (bench/run's
# sizes).  On a loaded machine: more reps of smaller sizes, e.g.
#   --reps 21 --pin 1 --nice -19 work:2000000 go:4 nbody:60000
#   spectral_norm:150 fannkuch:8 richards:6
# Noise floor: run with --a linux:P --b linux:P (the same binary twice).
# --pin CPU runs everything under `taskset -c CPU`; --nice N under
# `nice -n N` in a session of its own whose autogroup gets nice N too
# (N < 0, as root, lets the measured process preempt the machine's other
# work on a loaded machine: use sparingly, with --pin).  The times come from
# bench/enclave/rusage_report.c, preloaded into the measured process.
# Prints the load average before and after: on a loaded machine repeat and
# look at the spread.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
bench=$(cd "$here/.." && pwd -P)
REPS=7
PIN=
NICE=
A=
B=
P=$here/../../build/release-gcc/pyclave
progs=()
while [ $# -gt 0 ]; do
    case $1 in
    --reps) REPS=$2; shift ;;
    --pin) PIN=$2; shift ;;
    --nice) NICE=$2; shift ;;
    --a) A=$2; shift ;;
    --b) B=$2; shift ;;
    --pyclave) P=$2; shift ;;
    -h|--help) sed -n 's/^#   //p' "$0"; exit 0 ;;
    -*) echo "compute_compare: unknown option $1" >&2; exit 2 ;;
    *) progs+=("$1") ;;
    esac
    shift
done
[ ${#progs[@]} -gt 0 ] || progs=(work:3000000 go:8 nbody:200000 spectral_norm:300 fannkuch:9 richards:20)
[ -n "$A" ] || A=linux:$P
[ -n "$B" ] || B=enclave:$P
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PYCLAVE_KEYFILE=$tmp/keys/platform.key
cc -std=c11 -O2 -shared -fPIC -o "$tmp/rusage.so" "$here/rusage_report.c" || exit 1
pin=()
[ -n "$PIN" ] && pin=(taskset -c "$PIN")
# --nice: a session of its own (with autogroup scheduling the kernel shares
# the CPU between sessions first, so plain nice would not help) with that
# group's nice value raised.
[ -n "$NICE" ] && pin=(setsid -w bash -c 'echo "$0" >/proc/self/autogroup 2>/dev/null; exec nice -n "$0" "$@"' "$NICE" "${pin[@]}")

# side SPEC -> sets kind/exe; images per side in $tmp/img/SIDE/P
setup_side() { # name spec
    local name=$1 kind=${2%%:*} exe=${2#*:}
    case $kind in linux|enclave) ;; *) echo "compute_compare: side $name: kind must be linux or enclave" >&2; exit 2 ;; esac
    exe=$(realpath "$exe") || exit 2
    [ -x "$exe" ] || { echo "compute_compare: no executable $exe" >&2; exit 2; }
    eval "kind_$name=\$kind; exe_$name=\$exe"
}
setup_side a "$A"
setup_side b "$B"

# work(N) of app.py as a program
{ cat "$here/app.py"; printf '\n\nimport sys\nprint(work(int(sys.argv[1])))\n'; } >"$tmp/work.py"
# PROG is "work", a name in bench/programs, or a path to a .py file (named by its base name)
declare -A path_of
prog_path() { if [ "$1" = work ]; then echo "$tmp/work.py"; elif [ -n "${path_of[$1]:-}" ]; then echo "${path_of[$1]}"; else echo "$bench/programs/$1.py"; fi; }
for i in "${!progs[@]}"; do
    spec=${progs[$i]} p=${progs[$i]%%:*}
    case $p in */*) n=$(basename "$p" .py); path_of[$n]=$(realpath "$p"); progs[$i]=$n:${spec#*:} ;; esac
done

for spec in "${progs[@]}" work:0; do
    p=${spec%%:*}
    [ -d "$tmp/img/a/$p" ] || [ -d "$tmp/img/b/$p" ] && continue
    for s in a b; do
        eval "k=\$kind_$s; x=\$exe_$s"
        if [ "$k" = enclave ]; then
            "$here/program_image.sh" "$x" "$(prog_path "$p")" "$tmp/img/$s/$p" >/dev/null ||
                { echo "compute_compare: image of $p for side $s does not build" >&2; exit 1; }
        fi
    done
done
# A first call creates the key file, so that no measured call pays for it.
for s in a b; do
    eval "k=\$kind_$s; x=\$exe_$s"
    if [ "$k" = enclave ]; then "$x" call "$tmp/img/$s/${progs[0]%%:*}/app.pce" run 0 >/dev/null 2>&1; fi
done

run_one() { # side prog size -> appends "wall cpu flt" to $tmp/res.side.prog; output to $tmp/out.side
    local s=$1 p=$2 n=$3 k x st
    eval "k=\$kind_$s; x=\$exe_$s"
    rm -f "$tmp/ru"
    if [ "$k" = linux ]; then
        (cd "$bench" && "${pin[@]}" env LD_PRELOAD="$tmp/rusage.so" BENCH_RUSAGE_OUT="$tmp/ru" "$x" "$(prog_path "$p")" "$n" \
            >"$tmp/out.$s" 2>"$tmp/err.$s")
    else
        (cd "$bench" && "${pin[@]}" env LD_PRELOAD="$tmp/rusage.so" BENCH_RUSAGE_OUT="$tmp/ru" "$x" call --timeout 600000 \
            "$tmp/img/$s/$p/app.pce" run "$n" >"$tmp/out.$s" 2>"$tmp/err.$s")
    fi
    st=$?
    [ $st -eq 0 ] && [ -s "$tmp/ru" ] || { echo "compute_compare: $p on side $s failed ($st): $(tail -c 300 "$tmp/err.$s")" >&2; exit 1; }
    if [ "$k" = linux ]; then awk '{print $1, $2, $3}' "$tmp/ru"; else awk '{print $1, $4, $5}' "$tmp/ru"; fi
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
load0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "A = $kind_a:$exe_a"
echo "B = $kind_b:$exe_b"
echo "reps $REPS, interleaved A B per program per round${PIN:+, pinned to CPU $PIN}${NICE:+, nice $NICE}; load average at start: $load0 ($(nproc) cores)"
for ((r = 0; r < REPS; r++)); do
    for spec in "${progs[@]}"; do
        p=${spec%%:*} n=${spec#*:}
        run_one a "$p" "$n" >>"$tmp/res.a.$p" || exit 1
        run_one b "$p" "$n" >>"$tmp/res.b.$p" || exit 1
        if [ $r -eq 0 ]; then
            # same output on both sides (the enclave adds its JSON result line)
            sed -i '${/^"pyclave-bench: exit status 0"$/d}' "$tmp/out.a" "$tmp/out.b"
            cmp -s "$tmp/out.a" "$tmp/out.b" || echo "  warning: $p: outputs of A and B differ" >&2
        fi
    done
done
# Start-up: the same programs at size 0 / 1 is not meaningful for all; use
# work(0) (imports and one call) as the fixed cost of a run on each side.
for ((r = 0; r < 3; r++)); do
    run_one a work 0 >>"$tmp/res.a.start" || exit 1
    run_one b work 0 >>"$tmp/res.b.start" || exit 1
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)
col() { awk -v c="$2" '{print $c}' "$1"; }
ratios() { paste "$1" "$2" | awk -v c="$3" '{ printf "%.6f\n", $(c + 3) / $c }'; }
printf '%-14s %9s %9s %8s %8s %8s | %9s %9s %8s %8s %8s | %9s %9s\n' program "wall A" "wall B" "B/A" "spread" "min B/A" "cpu A" "cpu B" "B/A" "spread" "min B/A" "flt A" "flt B"
for spec in "${progs[@]}" start; do
    p=${spec%%:*}
    a=$tmp/res.a.$p b=$tmp/res.b.$p
    wa=$(col "$a" 1 | median) wb=$(col "$b" 1 | median)
    ca=$(col "$a" 2 | median) cb=$(col "$b" 2 | median)
    fa=$(col "$a" 3 | median) fb=$(col "$b" 3 | median)
    wr=$(ratios "$a" "$b" 1 | median) cr=$(ratios "$a" "$b" 2 | median)
    # spread: min..max of the per-round ratios, as +-% around the median
    ws=$(ratios "$a" "$b" 1 | sort -g | awk 'NR==1{lo=$1} {hi=$1} END{printf "%.0f..%.0f", (lo-1)*100, (hi-1)*100}')
    cs=$(ratios "$a" "$b" 2 | sort -g | awk 'NR==1{lo=$1} {hi=$1} END{printf "%.0f..%.0f", (lo-1)*100, (hi-1)*100}')
    # ratio of the fastest runs: on a loaded machine interference only adds
    wm=$(awk -v a="$(col "$a" 1 | sort -g | head -1)" -v b="$(col "$b" 1 | sort -g | head -1)" 'BEGIN{print b / a}')
    cm=$(awk -v a="$(col "$a" 2 | sort -g | head -1)" -v b="$(col "$b" 2 | sort -g | head -1)" 'BEGIN{print b / a}')
    name=$p; [ "$p" = start ] && name="(start: work 0)"
    awk -v p="$name" -v wa="$wa" -v wb="$wb" -v wr="$wr" -v ws="$ws" -v wm="$wm" -v ca="$ca" -v cb="$cb" -v cr="$cr" -v cs="$cs" -v cm="$cm" -v fa="$fa" -v fb="$fb" \
        'BEGIN { printf "%-14s %9.4f %9.4f %+7.1f%% %8s %+7.1f%% | %9.4f %9.4f %+7.1f%% %8s %+7.1f%% | %9d %9d\n", p, wa, wb, (wr-1)*100, ws, (wm-1)*100, ca, cb, (cr-1)*100, cs, (cm-1)*100, fa, fb }'
    [ "$p" = start ] || echo "$wr $cr $wm $cm" >>"$tmp/all"
done
awk '{w += log($1); c += log($2); wm += log($3); cm += log($4); n++} END {
    printf "geometric mean over %d programs: median ratio B/A wall %+.1f%%, cpu %+.1f%%; ratio of minima wall %+.1f%%, cpu %+.1f%%\n",
        n, (exp(w/n)-1)*100, (exp(c/n)-1)*100, (exp(wm/n)-1)*100, (exp(cm/n)-1)*100 }' "$tmp/all"
# The start-up line shows what the other lines include besides the
# computation (Linux mode compiles the program, the enclave child loads the
# image; the enclave's wall time also has the host's image verification and
# the fork): a few ms, small next to runs of 0.1 s and more.
echo "load average at end: $load1"
