"""Target of tests/enclave/mutate_test.c: hostile frames and host answers.

The counter changes only through tick(KEY): a mutated request cannot
reach it by accident, so its value proves the enclave's state intact."""
import enclave
import time

KEY = b"pyclave-mutation-test-key-0123456789"
counter = 0


def echo(*args):
    return list(args)


def tick(key):
    global counter
    if key != KEY:
        raise ValueError("bad key")
    counter += 1
    return counter


def state():
    return counter


def now():
    return enclave.untrusted_time()


def rnd():
    return len(enclave.random(8))


def walltime():
    return time.time()


def gramine(data):
    # What a Gramine script does to attest (unchanged).
    with open("/dev/attestation/user_report_data", "wb") as f:
        f.write(data)
    with open("/dev/attestation/report", "rb") as f:
        report = f.read()
    with open("/dev/attestation/attestation_type") as f:
        kind = f.read()
    return [report, kind]


def no_files(path):
    try:
        open(path)
    except OSError as e:
        return type(e).__name__ + ": " + str(e)
    return "opened"
