#!/usr/bin/env bash
# A differently laid-out copy of a built pyclave, for checking how much the
# timings depend on code placement (bench/enclave/compute_compare.sh):
#
#   bench/enclave/layout_shift.sh BUILD BYTES OUT
#
# Relinks BUILD/pyclave exactly as the Makefile does, with an object of
# BYTES bytes of code (nops, never executed) placed before everything else
# in .text: every function of both copies of the interpreter (the Linux
# mode objects and the trusted object) moves by BYTES (rounded up by the
# next object's alignment), nothing else changes, not one instruction
# (the trusted object's measured bytes are untouched).  OUT is the new
# executable.  The link command is taken from the CLI objects and
# libpyclave.a of BUILD, with the same compiler and flags (CC from the
# build's name: *clang* -> clang, else gcc).
set -euo pipefail
[ $# -eq 3 ] || { sed -n 's/^#   //p' "$0" >&2; exit 2; }
build=$1 bytes=$2 out=$3
cc=gcc
case $(basename "$build") in *clang*) cc=clang ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '\t.text\n\t.globl bench_layout_pad\nbench_layout_pad:\n\t.skip %d, 0x90\n\t.section .note.GNU-stack,"",@progbits\n' "$bytes" >"$tmp/pad.s"
$cc -c -o "$tmp/pad.o" "$tmp/pad.s"
# -Wl,--undefined keeps the pad in the link (nothing references it).
$cc -O2 -g -o "$out" "$tmp/pad.o" -Wl,--undefined=bench_layout_pad "$build"/obj/src/cli/*.o "$build/libpyclave.a" -lm -lbearssl
