#!/usr/bin/env bash
# Install what building and testing Pyclave needs (Debian 12), only if missing.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have gcc || need+=(gcc)
have clang || need+=(clang)
have make || need+=(make)
have valgrind || need+=(valgrind)
have timeout || need+=(coreutils)
have diff || need+=(diffutils)
have python3 || need+=(python3)   # boundary checker, benchmark reference (CPython 3.11 on Debian 12)
[ -x /usr/bin/time ] || need+=(time)
# CPython's own Lib/test files (tests/cpython); Debian's python3 keeps them
# in a separate package.
if have python3 && ! python3 -c 'import test.support, test.test_bisect' 2>/dev/null; then
    need+=(libpython3.11-testsuite)
fi
# ASan/UBSan and libFuzzer runtimes for clang.
if have clang && ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.asan-x86_64.a >/dev/null 2>&1; then
    need+=(libclang-rt-dev)
fi
[ -f /usr/include/bearssl.h ] || need+=(libbearssl-dev)
[ -f /usr/include/seccomp.h ] || need+=(libseccomp-dev)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Safety-evidence tools: Frama-C, why3 + z3/cvc4, valgrind (issue 4).
bash "$(dirname "$0")/setup_verify.sh"
