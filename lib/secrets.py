"""Tokens and choices for security use (secrets), written for Pyclave.

Every value comes from random.SystemRandom, i.e. the host's (or inside an
enclave, the trusted DRBG's) random service, never from the seedable
Mersenne Twister."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

from base64 import urlsafe_b64encode
from hmac import compare_digest
from random import SystemRandom

_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice

# Bytes of randomness in a token when the caller does not say.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A uniformly random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text token: nbytes random bytes as 2*nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text token: nbytes random bytes in unpadded
    URL-safe base64."""
    return urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
