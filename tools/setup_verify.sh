#!/usr/bin/env bash
# Install the safety-evidence tools (issue 4) on Debian 12, only if missing:
# Frama-C 25 (frama-c-base), why3 with the z3 and cvc4 provers (WP), and
# valgrind (memcheck pass, planted tests).  Idempotent.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have frama-c || need+=(frama-c-base)
have why3 || need+=(why3)
have z3 || need+=(z3)
have cvc4 || need+=(cvc4)
have valgrind || need+=(valgrind)
[ -f /usr/include/valgrind/memcheck.h ] || need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup_verify: installing ${need[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
