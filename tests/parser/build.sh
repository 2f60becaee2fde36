#!/bin/sh
# Build tools/astdump against the core and the parser (not part of the main
# Makefile).  usage: tests/parser/build.sh [extra CFLAGS...]  -> build/astdump
set -e
cd "$(dirname "$0")/../.."
mkdir -p build
CC=${CC:-gcc}
$CC -std=c11 -D_DEFAULT_SOURCE -O2 -g -Isrc -Iinclude -Wall -Wextra -Wno-unused-parameter "$@" \
    -o build/astdump tools/astdump.c \
    src/compiler/ast.c src/compiler/tokenizer.c src/compiler/parser.c \
    src/compiler/parse_expr.c src/compiler/parse_stmt.c src/compiler/parse_string.c \
    src/compiler/parse_pattern.c \
    src/core/mem.c src/core/buf.c src/host/linux.c -lm
