#!/usr/bin/env bash
# Enclave demo: build an image of an example app, print its measurement,
# load it in the sandbox backend, call it, verify its signed report.
#
#   tools/demo_enclave.sh [BUILD_DIR]      (default build/release-gcc)
#
# Uses a throw-away platform key file and developer signing key in a
# temporary directory (PYCLAVE_KEYFILE), so it touches nothing in $HOME.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
build=${1:-$root/build/release-gcc}
P=$(cd "$build" && pwd -P)/pyclave
work=$(mktemp -d "${TMPDIR:-/tmp}/pyclave-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PYCLAVE_KEYFILE=$work/platform.key

cat >"$work/vault.py" <<'PY'
"""Demo enclave app: keeps a secret sealed, answers with signed reports."""
import enclave

_sealed = None


def store(secret):
    """Seal a secret to this enclave's identity; the host keeps the blob."""
    global _sealed
    _sealed = enclave.seal(secret, b"vault-v1", "mrenclave")
    print("sealed", len(secret), "bytes")
    return _sealed


def check(guess, blob):
    """Unseal the secret and compare; returns a report binding the inputs."""
    secret = enclave.unseal(blob)
    ok = guess == secret
    digest = enclave.sha256(guess + b"|" + (b"1" if ok else b"0"))
    return {"match": ok, "report": enclave.report(digest)}


def compute(n):
    """Some trusted computation: the n-th Fibonacci number (a big int)."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
PY
cat >"$work/pyclave.toml" <<'TOML'
[enclave]
heap_max_size = 64M
stack_max_size = 500
budget = 100000000
prod_id = 1
isv_svn = 1
debug = false
services = ["log"]
exports = ["store", "check", "compute"]
TOML

echo "== developer signing key"
"$P" genkey "$work/dev.key"
echo "== build (twice: the same bytes and measurement)"
"$P" build "$work/vault.py" --config "$work/pyclave.toml" --sign "$work/dev.key" -o "$work/vault.pce"
"$P" build "$work/vault.py" --config "$work/pyclave.toml" --sign "$work/dev.key" -o "$work/vault2.pce" >/dev/null
cmp "$work/vault.pce" "$work/vault2.pce" && echo "identical images"
echo "== measure"
"$P" measure "$work/vault.pce"
mre=$("$P" measure "$work/vault.pce" | sed -n 's/^MRENCLAVE //p')
echo "== call: compute(100)"
"$P" call "$work/vault.pce" compute 100
echo "== call: store a secret (the sealed blob goes back to the host)"
"$P" call "$work/vault.pce" store '{"$bytes": "'"$(printf 'hunter2' | base64)"'"}' >"$work/store.out"
head -n 1 "$work/store.out"   # the enclave's print, delivered as a log message
blob=$(tail -n 1 "$work/store.out")
echo "$blob" | cut -c1-60
echo "== call: check a guess in a fresh enclave instance (unseals the blob)"
"$P" call "$work/vault.pce" check '{"$bytes": "'"$(printf 'hunter2' | base64)"'"}' "$blob" >"$work/answer.json"
cut -c1-100 "$work/answer.json"
echo "== verify the report (signature, MRENCLAVE; report_data = SHA-256 of the inputs)"
printf 'hunter2|1' | sha256sum | cut -c1-64
report=$(sed -e 's/.*"report": //' -e 's/}$//' "$work/answer.json")
printf '%s\n' "$report" >"$work/report.json"
"$P" verify-report --mrenclave "$mre" "$work/report.json"
echo "== a non-exported name is refused"
"$P" call "$work/vault.pce" _sealed || echo "(exit $?)"
echo "== serve: several calls to one enclave"
printf '%s\n' '{"fn": "compute", "args": [10]}' '{"fn": "compute", "args": [20]}' | "$P" serve "$work/vault.pce"
