"""Pseudo-random numbers (random), written for Pyclave.

The generator core is the Mersenne Twister in the C module _random.  Every
method here draws from it in exactly the order CPython 3.11's random module
does, so a given seed produces the same random(), randrange(), choice(),
shuffle(), sample(), choices() and distribution values as CPython."""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
import _random

# The operating system randomness source (os.urandom in CPython; here the
# host service behind _random, also inside the enclave).
_urandom = _random._urandom

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate", "expovariate",
           "vonmisesvariate", "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits",
           "choices", "randbytes"]

# Constants the published algorithms use (their values are part of the
# results, so they are computed the same way).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
_ONE = 1                # the default step, told apart from an explicit 1


def _first_above(cum, x, hi):
    """Index of the first element of cum[0:hi] greater than x (or hi)."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < cum[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(obj):
    # The built-in answers first, so sample() needs no collections.abc import.
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _as_int_arg(value, which):
    """randrange()'s argument conversion: integers and objects with
    __index__ pass; integral floats pass with a DeprecationWarning, others
    are a ValueError (CPython 3.11's transitional behaviour)."""
    try:
        return _index(value)
    except TypeError:
        pass
    converted = int(value)
    from warnings import warn
    if converted != value:
        warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
        raise ValueError('non-integer %s for randrange()' % which)
    warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
         'and will be removed in a subsequent version', DeprecationWarning, 3)
    return converted


class Random(_random.Random):
    """A seedable generator; the module-level functions use one shared
    instance.  Subclasses may override random() and/or getrandbits()."""

    VERSION = 3     # of the getstate() format

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # -- state -------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialise from an int, float, str, bytes or bytearray; None means
        fresh entropy from the host."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            h = ord(text[0]) << 7 if text else 0
            for code in map(ord, text):
                h = ((1000003 * h) ^ code) & 0xFFFFFFFFFFFFFFFF
            h ^= len(text)
            a = -2 if h == -1 else h
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = bytes(a.encode() if isinstance(a, str) else a)
            a = int.from_bytes(raw + _random._sha512(raw), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError('state with version %s passed to '
                             'Random.setstate() of version %s' % (version, self.VERSION))
        version, internal, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold negative words (from old pickles).
            try:
                internal = tuple(word % (2 ** 32) for word in internal)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(internal)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies only random() must not have its integers
        # drawn from the base class's getrandbits(); the nearest override in
        # the MRO decides which _randbelow it gets.
        for klass in cls.__mro__:
            attrs = klass.__dict__
            if '_randbelow' in attrs:
                return
            if 'getrandbits' in attrs:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in attrs:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- integers ----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Uniform in [0, n) by rejection sampling on bit_length(n) bits."""
        bits = n.bit_length()
        value = self.getrandbits(bits)
        while value >= n:
            value = self.getrandbits(bits)
        return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform in [0, n) from random() alone (53 bits per draw)."""
        if n >= maxsize:
            from warnings import warn
            warn('Underlying random() generator does not supply \n'
                 'enough bits to choose from a population range this large.\n'
                 'To remove the range limitation, add a getrandbits() method.')
            return _floor(self.random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        value = self.random()
        while value >= limit:
            value = self.random()
        return _floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random element of range(start, stop, step), without building it."""
        first = _as_int_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _as_int_arg(stop, 'stop')
        width = last - first
        stride = _as_int_arg(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (first, last, width))
        if stride > 0:
            count = (width + stride - 1) // stride
        elif stride < 0:
            count = (width + stride + 1) // stride
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences ---------------------------------------------------------

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, in selection order; with
        counts, population[i] stands for counts[i] copies."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cumulative = list(_accumulate(counts))
            if len(cumulative) != n:
                raise ValueError('The number of counts does not match the population')
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_first_above(cumulative, pick, len(cumulative))]
                    for pick in picks]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        result = [None] * k
        # A pool copy costs n slots, a set of chosen indexes about this many;
        # the cheaper one is used (the choice changes which numbers are drawn,
        # so it follows CPython's sizes).
        set_cost = 21
        if k > 5:
            set_cost += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_cost:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, optionally weighted."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_first_above(cum_weights, draw() * total, last)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -------------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u, c, low, high = 1.0 - u, 1.0 - c, high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: one call makes two values and keeps the second.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method.
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        # 0 < alpha < 1: algorithm GS (Ahrens and Dieter).
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = self.random()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers straight from the host's entropy service; no state,
    so seeding does nothing and getstate/setstate raise."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange',
              'sample', 'shuffle', 'choices', 'normalvariate', 'lognormvariate',
              'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
              'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits',
              'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name
