"""HMAC (Keyed-Hashing for Message Authentication), RFC 2104 (Pyclave)."""

import _hashlib
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']


def _xor_with(key, table):
    return bytes(table[b] for b in key)


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    # block_size and digest_size are slots, as in CPython (dir(HMAC) lists them).
    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size", "_digest_cons")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._init(key, _constructor(digestmod))
        if msg is not None:
            self.update(msg)

    def _init(self, key, ctor):
        self._digest_cons = ctor
        self._outer = ctor()
        self._inner = ctor()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', 64)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = ctor(key).digest()
        self.block_size = blocksize
        key = bytes(key) + b'\x00' * (blocksize - len(key))
        self._outer.update(_xor_with(key, trans_5C))
        self._inner.update(_xor_with(key, trans_36))

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    h = HMAC(key, msg, digest)
    return h.digest()
