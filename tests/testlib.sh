# Shared helpers for tests/run_all.sh and tests/regen_expected.sh.
# Sourced, never executed.  POSIX tools + bash only: no python3 needed to
# *run* the suite (python3 is only needed to regenerate expected files).
#
# An "outcome" file is what a test produced, in the same format as the
# checked-in .expected files:
#
#   --- stdout
#   <stdout bytes>
#   --- stderr
#   <stderr bytes>
#   --- exit N
#
# If a stream does not end with a newline, the line
#   \ No newline at end of stdout        (or stderr)
# follows it, so the section headers always start a line.  Before writing,
# the absolute directory the test ran in is replaced by <DIR> (CPython puts
# absolute script paths in tracebacks; expected files must not depend on
# where the repository lives).  CLI outcomes also have the interpreter's
# name normalised (see tl_norm_interp).

TL_TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
TL_DIFF_DIR="$TL_TESTS_DIR/diff"
TL_CRASH_DIR="$TL_TESTS_DIR/crashers"
TL_CLI_DIR="$TL_TESTS_DIR/cli"
# Crashers whose expected output comes from Pyclave, not CPython (CPython
# itself crashes or exhausts memory on them): one name per line, # comments.
TL_CRASH_ORACLE_LIST="$TL_CRASH_DIR/PYCLAVE_ORACLE"

# Base timeout in seconds for one differential/CLI test, and for one unit
# test binary; both multiplied by PYCLAVE_TEST_TIMEOUT_SCALE (may be
# fractional) for sanitizer builds.
TL_DIFF_TIMEOUT_BASE=10
TL_UNIT_TIMEOUT_BASE=60

tl_timeout() {
    local base=$1 scale=${PYCLAVE_TEST_TIMEOUT_SCALE:-1}
    awk -v b="$base" -v s="$scale" 'BEGIN {
        t = b * s; if (t <= 0) t = b; printf "%d\n", (t < 1 ? 1 : t + 0.5) }'
}

# The environment every interpreter runs in (both pyclave and python3, so
# the expected files and the actual runs see the same thing).  Inherited
# PYTHON* variables (PYTHONUNBUFFERED, PYTHONPATH, ...) would change
# CPython's behaviour, so the environment is built from scratch.
tl_env() {
    env -i PATH="$PATH" HOME="${HOME:-/}" LC_ALL=C.UTF-8 LANG=C.UTF-8 \
        PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 "$@"
}

# Escape a string for use as a literal in a sed regex (delimiter #).
tl_sed_lit() {
    printf '%s' "$1" | sed -e 's/[]#\\\/.*^$[]/\\&/g'
}

# tl_norm_dir DIR <in >out: replace DIR (absolute) by <DIR>.
tl_norm_dir() {
    sed -e "s#$(tl_sed_lit "$1")#<DIR>#g"
}

# tl_norm_interp <in >out: CLI outputs name the interpreter (CPython prints
# its argv[0], e.g. /usr/bin/python3: can't open file ...; usage:
# python3 [option] ...; Try `python -h' ...).  Any word ending in
# python, python3, python3.11 or pyclave, with an optional path before it,
# becomes <PY>.  The micro version in "Python 3.11.N" becomes 3.11.x.
tl_norm_interp() {
    sed -E -e 's#[^[:space:]'"'"'"`:]*(python3\.11|python3|python|pyclave)\b#<PY>#g' \
           -e 's#Python 3\.11\.[0-9]+([a-z0-9]*)#Python 3.11.x#g'
}

# tl_section NAME FILE NORMCMD...: one section of an outcome file.
tl_section() {
    local name=$1 file=$2
    shift 2
    printf -- '--- %s\n' "$name"
    if [ -s "$file" ]; then
        "$@" <"$file"
        if [ "$(tail -c 1 "$file" | wc -l)" -eq 0 ]; then
            printf '\n\\ No newline at end of %s\n' "$name"
        fi
    fi
}

# tl_outcome OUT ERR RC NORMCMD...: print an outcome file.
tl_outcome() {
    local out=$1 err=$2 rc=$3
    shift 3
    tl_section stdout "$out" "$@"
    tl_section stderr "$err" "$@"
    printf -- '--- exit %s\n' "$rc"
}

# tl_resolve_interp X: absolute path (or command name found in PATH) of an
# interpreter; prints nothing and fails if there is none.
tl_resolve_interp() {
    local x=$1
    case $x in
        */*) [ -f "$x" ] && [ -x "$x" ] || return 1
             printf '%s/%s\n' "$(cd "$(dirname "$x")" && pwd)" "$(basename "$x")" ;;
        *)   command -v "$x" 2>/dev/null || return 1 ;;
    esac
}

# ---------------------------------------------------------------------------
# Differential tests: tests/diff/NAME.py, run as `INTERP NAME.py` with cwd
# tests/diff and stdin from /dev/null.

# tl_diff_names [FILTER...]: test names (without .py), sorted.  Helper
# modules (mod_*.py) are not tests.
tl_diff_names() {
    local f n
    for f in "$TL_DIFF_DIR"/*.py; do
        [ -e "$f" ] || continue
        n=$(basename "$f" .py)
        case $n in mod_*) continue ;; esac
        tl_match "diff/$n" "$@" && printf '%s\n' "$n"
    done | LC_ALL=C sort
}

# tl_match NAME [FILTER...]: true if no filter or NAME contains one of them.
tl_match() {
    local name=$1 f
    shift
    [ $# -eq 0 ] && return 0
    for f in "$@"; do
        case $name in *"$f"*) return 0 ;; esac
    done
    return 1
}

# tl_run_diff INTERP NAME OUTCOME_FILE TMPDIR: run one test, write outcome.
tl_run_diff() {
    tl_run_py "$TL_DIFF_DIR" "$@"
}

# tl_run_py DIR INTERP NAME OUTCOME_FILE TMPDIR: run DIR/NAME.py the same way.
tl_run_py() {
    local dir=$1 interp=$2 name=$3 outcome=$4 tmp=$5 rc t
    t=$(tl_timeout "$TL_DIFF_TIMEOUT_BASE")
    (cd "$dir" &&
        tl_env timeout -k 2 "$t" "$interp" "$name.py" \
            </dev/null >"$tmp/out" 2>"$tmp/err"; exit $?) 2>/dev/null
    rc=$?
    tl_outcome "$tmp/out" "$tmp/err" "$rc" tl_norm_dir "$dir" >"$outcome"
    return 0
}

# ---------------------------------------------------------------------------
# Crasher tests: tests/crashers/NAME.py (programs modelled on interpreter
# crashes), run and compared exactly like differential tests (cwd
# tests/crashers, expected tests/crashers/NAME.expected).

# tl_crash_names [FILTER...]: test names (without .py), sorted.
tl_crash_names() {
    local f n
    for f in "$TL_CRASH_DIR"/*.py; do
        [ -e "$f" ] || continue
        n=$(basename "$f" .py)
        case $n in mod_*) continue ;; esac
        tl_match "crash/$n" "$@" && printf '%s\n' "$n"
    done | LC_ALL=C sort
}

# tl_crash_pyclave_oracle NAME: true if NAME's expected output is Pyclave's.
tl_crash_pyclave_oracle() {
    [ -f "$TL_CRASH_ORACLE_LIST" ] &&
        sed -e 's/#.*//' -e 's/[[:space:]]//g' "$TL_CRASH_ORACLE_LIST" | grep -q -x -F -e "$1"
}

# tl_signal_name RC: "SIGSEGV" etc. for an exit status 129..192 (a signal).
tl_signal_name() {
    local n=$(($1 - 128)) name
    name=$(kill -l "$n" 2>/dev/null) || name=""
    if [ -n "$name" ]; then printf 'SIG%s\n' "${name#SIG}"; else printf 'signal %s\n' "$n"; fi
}

# ---------------------------------------------------------------------------
# CLI tests: tests/cli/cases.sh is a table of `cli_case` calls:
#
#   cli_case NAME [-e VAR=VALUE]... [-i STDIN_TEXT] [-2] -- ARG...
#
# runs `INTERP ARG...` with cwd a fresh copy of tests/cli/data, the extra
# environment variables, stdin from STDIN_TEXT (default /dev/null); -2
# merges stderr into stdout (to observe buffering/interleaving).

# tl_cli_names [FILTER...]
tl_cli_names() {
    (
        cli_case() {
            tl_match "cli/$1" "${TL_FILTERS[@]}" && printf '%s\n' "$1"
            return 0
        }
        TL_FILTERS=("$@")
        # shellcheck source=cli/cases.sh
        . "$TL_CLI_DIR/cases.sh"
    )
}

# tl_run_cli INTERP NAME OUTCOME_FILE TMPDIR
tl_run_cli() {
    local interp=$1 want=$2 outcome=$3 tmp=$4
    (
        TL_FOUND=0
        cli_case() {
            [ "$1" = "$want" ] || return 0
            TL_FOUND=1
            shift
            local envs=() merge=0 head=0 stdin_set=0 stdin_text="" rc t
            while [ $# -gt 0 ]; do
                case $1 in
                    -e) envs+=("$2"); shift 2 ;;
                    -i) stdin_set=1; stdin_text=$2; shift 2 ;;
                    -2) merge=1; shift ;;
                    -H) head=1; shift ;;
                    --) shift; break ;;
                    *) echo "cases.sh: bad cli_case option $1" >&2; return 1 ;;
                esac
            done
            mkdir -p "$tmp/work" && cp -R "$TL_CLI_DIR/data" "$tmp/work/data" || return 1
            local dir
            dir=$(cd "$tmp/work/data" && pwd -P)
            if [ $stdin_set = 1 ]; then
                printf '%s' "$stdin_text" >"$tmp/stdin"
            else
                : >"$tmp/stdin"
            fi
            t=$(tl_timeout "$TL_DIFF_TIMEOUT_BASE")
            if [ $head = 1 ]; then
                # stdout is a pipe whose reader leaves after the first line
                (cd "$dir" && tl_env "${envs[@]}" timeout -k 2 "$t" "$interp" "$@" \
                    <"$tmp/stdin" 2>"$tmp/err" | head -1 >"$tmp/out"; exit "${PIPESTATUS[0]}") 2>/dev/null
                rc=$?
            elif [ $merge = 1 ]; then
                (cd "$dir" && tl_env "${envs[@]}" timeout -k 2 "$t" "$interp" "$@" \
                    <"$tmp/stdin" >"$tmp/out" 2>&1; exit $?) 2>/dev/null
                rc=$?
                : >"$tmp/err"
            else
                (cd "$dir" && tl_env "${envs[@]}" timeout -k 2 "$t" "$interp" "$@" \
                    <"$tmp/stdin" >"$tmp/out" 2>"$tmp/err"; exit $?) 2>/dev/null
                rc=$?
            fi
            tl_outcome "$tmp/out" "$tmp/err" "$rc" tl_cli_norm "$dir" >"$outcome"
            rm -rf "$tmp/work"
        }
        tl_cli_norm() { tl_norm_dir "$1" | tl_norm_interp; }
        # shellcheck source=cli/cases.sh
        . "$TL_CLI_DIR/cases.sh"
        [ $TL_FOUND = 1 ] || { echo "no cli case $want" >"$outcome"; exit 1; }
    )
}
