"""Example enclave app used by tests/enclave/run.sh."""
import enclave
from helpers import mathx
from helpers.text import shout

counter = 0


def compute(n):
    """Sum of squares below n, and n! (a big int)."""
    return [sum(i * i for i in range(n)), mathx.factorial(n)]


def echo(x):
    return x


def types(x):
    return type(x).__name__


def fail(msg):
    raise ValueError(msg)


def bump(k=1):
    global counter
    counter += k
    return counter


def loud(s):
    print("log from enclave:", s)
    return shout(s)


def seal_roundtrip(data):
    blob = enclave.seal(data, b"aad", "mrenclave")
    blob2 = enclave.seal(data)
    return [enclave.unseal(blob) == data, enclave.unseal(blob2) == data, len(blob)]


def seal(data, policy="mrsigner"):
    return enclave.seal(data, b"", policy)


def unseal(blob):
    return enclave.unseal(blob)


def tamper(data):
    blob = bytearray(enclave.seal(data))
    blob[-1] ^= 1
    try:
        enclave.unseal(bytes(blob))
    except ValueError as e:
        return str(e)
    return "not detected"


def report(data):
    return enclave.report(data)


def identity():
    return [enclave.measurement(), enclave.signer(), len(enclave.random(16)), enclave.random(8) != enclave.random(8)]


def recurse(n):
    return recurse(n + 1)


def hog():
    x = []
    while True:
        x.append(bytes(1 << 20))


def spin():
    while True:
        pass


def cspin():
    # A long computation inside one C call: no budget checks happen there,
    # so only the host's timeout (then kill) ends it.
    return len(str(7 ** (10 ** 9)))


def now():
    return enclave.untrusted_time()


def empty():
    pass


def _private():
    return "secret"
