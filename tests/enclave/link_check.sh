#!/usr/bin/env bash
# Link check of the trusted build (issue 3):
#
#   tests/enclave/link_check.sh BUILD_DIR [OBJECT]
#
# OBJECT defaults to BUILD_DIR/trusted/pyclave-trusted.o (`make trusted`).
# It proves that the trusted object (interpreter, frozen library, enclave
# runtime, the BearSSL members it uses) reaches nothing outside itself but
# the listed host-service table (tests/enclave/trusted_allow.txt):
#
#  1. `nm -u`: every undefined symbol is in the allow list (it is empty:
#     the host services arrive as function pointers at the entry point);
#  2. the linker agrees: `ld` links the object ALONE into an executable
#     (no libc, no libgcc, no other library), which fails on any
#     unresolved reference;
#  3. no system-call instruction: `objdump -d` shows no syscall, sysenter
#     or int $0x80;
#  4. no libc or libm symbol name, defined or referenced, global or local,
#     other than the freestanding subset the core provides
#     (src/core/freestanding.c: memcpy memmove memset memcmp strlen and the
#     glibc hardening entries __memcpy_chk __memmove_chk __memset_chk
#     __stack_chk_fail);
#  5. exactly one global symbol: the entry en_trusted_entry;
#  6. the measurement: en_trusted_code_hash (BUILD_DIR/gen/trusted_hash.c)
#     is the SHA-256 of code.o's loaded image, recomputed here, and the
#     trusted object and BUILD_DIR/pyclave both carry it.
#
# Then planted negatives: tiny objects that call puts, contain a syscall
# instruction, define a libc function, or export a second symbol must each
# be rejected (so this test can fail), and a clean one must pass.
# Last line: `N passed, M failed`.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
build=${1:?usage: link_check.sh BUILD_DIR [OBJECT]}
obj=${2:-$build/trusted/pyclave-trusted.o}
allow="$here/trusted_allow.txt"
entry=en_trusted_entry
cc=${CC:-cc}
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every name libc and libm export (the "no libc symbol" list).
libdir=$(dirname "$($cc -print-file-name=libc.so.6)")
[ -f "$libdir/libc.so.6" ] || libdir=/lib/x86_64-linux-gnu
for lib in "$libdir/libc.so.6" "$libdir/libm.so.6"; do
    nm -D --defined-only "$lib" | awk '{print $NF}' | sed 's/@.*//'
done | sort -u >"$tmp/libc_names"
printf '%s\n' memcpy memmove memset memcmp strlen __memcpy_chk __memmove_chk __memset_chk __stack_chk_fail |
    sort >"$tmp/provided"
comm -23 "$tmp/libc_names" "$tmp/provided" >"$tmp/forbidden"
grep -v '^[[:space:]]*\(#\|$\)' "$allow" | sort -u >"$tmp/allowed"

# check_object OBJ [OWN_NAMES]: prints one line per violation, returns 1 if any.
check_object() {
    local o=$1 v=0 x
    # 1. undefined symbols outside the allow list
    x=$(nm -u "$o" | awk '{print $NF}' | sort -u | comm -23 - "$tmp/allowed")
    if [ -n "$x" ]; then
        echo "  undefined symbols outside the host-service table: $(echo $x | head -c 400)"
        v=1
    fi
    # 2. the linker: the object alone must link
    if ! ld -o "$tmp/alone" -e "$entry" -z noexecstack --no-warn-rwx-segments "$o" >"$tmp/ld.log" 2>&1; then
        echo "  does not link alone: $(grep -m 3 -i 'undefined\|error' "$tmp/ld.log" | tr '\n' ' ' | head -c 400)"
        v=1
    fi
    # 3. system-call instructions
    x=$(objdump -d --no-show-raw-insn "$o" | grep -E -w -c 'syscall|sysenter|int +\$0x80')
    if [ "$x" != 0 ]; then
        echo "  $x system-call instruction(s): $(objdump -d --no-show-raw-insn "$o" | grep -E -w 'syscall|sysenter|int +\$0x80' | head -n 3 | tr -s ' \t' ' ')"
        v=1
    fi
    # 4. libc / libm names (less those our own sources define: a function of
    #    ours that happens to share a libc name is not libc code)
    x=$(nm "$o" | awk '{print $NF}' | sort -u | comm -12 - "$tmp/forbidden" | comm -23 - "${2:-/dev/null}")
    if [ -n "$x" ]; then
        echo "  libc/libm symbol names: $(echo $x | head -c 400)"
        v=1
    fi
    # 5. one global symbol, the entry
    x=$(nm -g --defined-only "$o" | awk '{print $NF}' | sort -u)
    if [ "$x" != "$entry" ]; then
        echo "  global symbols other than $entry: $(echo $x | head -c 400)"
        v=1
    fi
    return $v
}

# ---- the trusted object ----
if [ ! -f "$obj" ]; then
    bad "trusted object $obj does not exist (make trusted BUILD=$build)"
else
    # Names defined by our own sources, compiled for the trusted build.
    find "$build/trusted/obj" -name '*.o' -exec nm --defined-only {} + 2>/dev/null | awk 'NF >= 3 {print $NF}' |
        sort -u >"$tmp/own_names"
    own_libc=$(comm -12 "$tmp/own_names" "$tmp/forbidden" | tr '\n' ' ')
    [ -n "$own_libc" ] && echo "     note: our own code defines functions that share a libc name (not libc): $own_libc"
    if check_object "$obj" "$tmp/own_names" >"$tmp/report"; then
        ok "trusted object: no undefined symbol, links alone, no syscall, no libc name, one entry ($obj)"
    else
        bad "trusted object $obj:"
        cat "$tmp/report"
    fi
    nund=$(nm -u "$obj" | wc -l)
    echo "     nm -u: $nund undefined symbol(s); size: $(size "$obj" | awk 'NR==2 {print "text " $1 ", data " $2 ", bss " $3}')"
    # The freestanding primitives must not have been compiled back into
    # calls of themselves (loop-to-memcpy idiom recognition).
    selfcall=0
    for f in memcpy memmove memset memcmp strlen; do
        if objdump -d --no-show-raw-insn "$obj" | awk -v f="<$f>:" '$2 == f {on=1; next} /^$/ {on=0} on' |
            grep -q -E 'call|jmp +[0-9a-f]+ <(memcpy|memmove|memset|memcmp|strlen)>'; then
            selfcall=1
            echo "     $f calls out"
        fi
    done
    [ $selfcall = 0 ] && ok "memcpy/memmove/memset/memcmp/strlen are plain loops (no calls)" ||
        bad "a freestanding primitive calls a function"
fi

# ---- the measurement: en_trusted_code_hash is the SHA-256 of code.o's
# loaded image, and both the trusted object and the binary carry it ----
code="$build/trusted/code.o"
gen="$build/gen/trusted_hash.c"
if [ -f "$code" ] && [ -f "$gen" ]; then
    ld -o "$tmp/measured.elf" -e "$entry" -z noexecstack --no-warn-rwx-segments \
        --unresolved-symbols=ignore-all --defsym=en_trusted_code_hash=0 "$code" &&
        objcopy -O binary "$tmp/measured.elf" "$tmp/measured.bin"
    want=$(sha256sum "$tmp/measured.bin" | cut -c1-64)
    have=$(grep -o '0x[0-9a-f][0-9a-f]' "$gen" | sed 's/0x//' | tr -d '\n')
    if [ "$want" = "$have" ]; then ok "en_trusted_code_hash = SHA-256 of the trusted code's loaded image ($want)"
    else bad "en_trusted_code_hash $have differs from the recomputed $want"; fi
    for f in "$obj" "$build/pyclave"; do
        if [ -f "$f" ] && od -An -v -tx1 "$f" | tr -d ' \n' | grep -q "$want"; then ok "$(basename "$f") carries the code hash"
        else bad "$f does not carry the code hash $want"; fi
    done
else
    bad "no $code or $gen (make trusted BUILD=$build)"
fi

# ---- planted negatives (each must be rejected) and a clean control ----
plant() { # NAME C-SOURCE: compile freestanding like the trusted build, localise like the Makefile
    printf '%s\n' "$2" >"$tmp/$1.c"
    $cc -std=c11 -O2 -ffreestanding -fno-builtin -fno-stack-protector -fPIE -c "$tmp/$1.c" -o "$tmp/$1.raw.o" 2>"$tmp/$1.cc.log" ||
        { echo "cannot compile planted $1: $(head -n 3 "$tmp/$1.cc.log")"; return 1; }
    objcopy --keep-global-symbol="$entry" ${3:-} "$tmp/$1.raw.o" "$tmp/$1.o"
}
expect_reject() { # NAME WHAT
    if check_object "$tmp/$1.o" >"$tmp/$1.report"; then
        bad "planted $2 was NOT rejected"
    else
        ok "planted $2 is rejected:$(head -n 1 "$tmp/$1.report")"
    fi
}
if plant clean 'static int twice(int x) { return 2 * x; }
void en_trusted_entry(int *p) { *p = twice(*p); for (;;) { } }'; then
    if check_object "$tmp/clean.o" >"$tmp/clean.report"; then ok "clean control object passes"
    else bad "clean control object rejected: $(cat "$tmp/clean.report")"; fi
fi
plant puts 'int puts(const char *s);
void en_trusted_entry(void) { puts("escape"); for (;;) { } }' && expect_reject puts "call of puts (libc)"
plant sys 'void en_trusted_entry(void) { long r; __asm__ volatile("syscall" : "=a"(r) : "a"(39L) : "rcx", "r11", "memory"); for (;;) { } }' &&
    expect_reject sys "syscall instruction"
plant int80 'void en_trusted_entry(void) { __asm__ volatile("int $0x80" ::: "memory"); for (;;) { } }' &&
    expect_reject int80 "int \$0x80 instruction"
plant open 'int open(const char *p, int f) { return p[0] + f; }
void en_trusted_entry(void) { for (;;) { } }' "--localize-symbol=open" && expect_reject open "local function named open (libc name)"
plant export 'int leaked_global = 1;
void en_trusted_entry(void) { for (;;) { } }' "--keep-global-symbol=leaked_global" && expect_reject export "second global symbol"
plant time 'extern long cr_time_service(void);
void en_trusted_entry(long *t) { *t = cr_time_service(); for (;;) { } }' && expect_reject time "unlisted external service"
# The real object with one libc call planted in it, linked the way the
# Makefile links (as a careless change to a trusted source would): rejected.
if [ -f "$obj" ] && plant leak 'int puts(const char *s);
void en_trusted_leak(void) { puts("escape"); }'; then
    ld -r -o "$tmp/real_leak.raw.o" "$obj" "$tmp/leak.o" &&
        objcopy --keep-global-symbol="$entry" "$tmp/real_leak.raw.o" "$tmp/real_leak.o" &&
        expect_reject real_leak "call of puts linked into the real trusted object"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
