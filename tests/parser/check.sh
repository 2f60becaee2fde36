#!/bin/sh
# Parser evidence: compare Pyclave's parser (tools/astdump) with CPython 3.11
# (python3's ast module and compile()).
#
#   tests/parser/check.sh            corpus (with positions) + error cases
#   tests/parser/check.sh --stdlib   ... + every .py of python3's stdlib
#   tests/parser/check.sh --fuzz N   ... + N random one-edit mutations of
#                                    stdlib files (errors and locations)
#
# Exit status 0 when everything is identical.
cd "$(dirname "$0")/../.." || exit 2
tests/parser/build.sh || exit 2
LIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
status=0
echo "== corpus (tests/parser/corpus, ast.dump with positions)"
python3 tests/parser/compare.py -a tests/parser/corpus/*.py 2>/dev/null | tail -20 || status=1
python3 tests/parser/compare.py -a tests/parser/corpus/*.py >/dev/null 2>&1 || status=1
echo "== error cases (tests/parser/errcases*.py: type, msg, lineno, offset, end_lineno, end_offset)"
python3 tests/parser/compare.py --errors 2>/dev/null | tail -20
python3 tests/parser/compare.py --errors >/dev/null 2>&1 || status=1
while [ $# -gt 0 ]; do
    case "$1" in
    --stdlib)
        echo "== stdlib ($LIB, ast.dump)"
        find "$LIB" -name '*.py' -not -path '*/site-packages/*' | sort > build/stdlib_files.txt
        python3 tests/parser/compare.py $(cat build/stdlib_files.txt) 2>/dev/null | tail -40 ;;
    --fuzz)
        shift
        echo "== mutations of stdlib files"
        python3 tests/parser/fuzz_errors.py -n "${1:-300}" $(ls "$LIB"/*.py) 2>/dev/null | tail -20 ;;
    esac
    shift
done
exit $status
