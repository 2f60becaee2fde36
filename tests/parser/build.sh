#!/bin/sh
# Build tools/astdump against the core and the parser (not part of the main
# Makefile).  usage: tests/parser/build.sh [extra CFLAGS...]  -> build/astdump
# With the VM's Unicode database (src/vm/unicode_db*.c) when it links, for
# exact identifier checks and str reprs; without it otherwise.
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
CC=${CC:-gcc}
PARSER="src/compiler/ast.c src/compiler/tokenizer.c src/compiler/parser.c \
    src/compiler/parse_expr.c src/compiler/parse_stmt.c src/compiler/parse_string.c \
    src/compiler/parse_pattern.c src/core/mem.c src/core/buf.c src/host/linux.c"
FLAGS="-std=c11 -D_DEFAULT_SOURCE -O2 -g -Isrc -Iinclude -Wall -Wextra -Wno-unused-parameter"
if $CC $FLAGS "$@" -DASTDUMP_UCD -o build/astdump.tmp tools/astdump.c $PARSER \
    src/vm/unicode_db.c src/vm/unicode_db_tables.c -lm 2>/dev/null; then
    mv build/astdump.tmp build/astdump
else
    echo "astdump: building without the Unicode database" >&2
    $CC $FLAGS "$@" -o build/astdump.tmp tools/astdump.c $PARSER -lm
    mv build/astdump.tmp build/astdump
fi
