"""Exact rational numbers (fractions), written for Pyclave from the
fractions documentation.  Results, reprs, hashes and error messages follow
CPython 3.11 (a Fraction equal to an int or float hashes like it)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# Hashing follows the numeric hash of sys.hash_info: n/d hashes as
# n * inverse(d) modulo the prime _MODULUS.
_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _digits_end(text, pos):
    """End of a run of digits with single underscores between digit groups
    (\\d+(_\\d+)*) starting at pos; pos itself when there is none."""
    end = pos
    n = len(text)
    while end < n and text[end].isdecimal():
        end += 1
    if end == pos:
        return pos
    while end + 1 < n and text[end] == '_' and text[end + 1].isdecimal():
        end += 2
        while end < n and text[end].isdecimal():
            end += 1
    return end


def _parse(literal):
    """(numerator, denominator) of a string such as ' -3/4 ', '1.5e-3',
    '.5', '1_000'; None if it is not one."""
    text = literal.strip()
    pos = 0
    negative = False
    if text[:1] in ('+', '-'):
        negative = text[0] == '-'
        pos = 1
    # A digit, or a point followed by a digit, must come next.
    if not (text[pos:pos + 1].isdecimal()
            or (text[pos:pos + 1] == '.' and text[pos + 1:pos + 2].isdecimal())):
        return None
    end = _digits_end(text, pos)
    numerator = int(text[pos:end] or '0')
    pos = end
    rest = text[pos:]
    if rest.startswith('/'):
        rest = rest[1:]
        end = _digits_end(rest, 0)
        if end == 0 or end != len(rest):
            return None
        denominator = int(rest[:end])
    else:
        denominator = 1
        if text[pos:pos + 1] == '.':
            pos += 1
            end = pos
            if text[pos:pos + 1] in ('d', 'D'):
                # CPython's pattern accepts a run of 'd's here (a typo in
                # its regex); int() then rejects it.
                while end < len(text) and text[end] in 'dD':
                    end += 1
            else:
                end = _digits_end(text, pos)
            fraction = text[pos:end].replace('_', '')
            if fraction:
                scale = 10 ** len(fraction)
                numerator = numerator * scale + int(fraction)
                denominator *= scale
            pos = end
        if text[pos:pos + 1] in ('e', 'E'):
            start = pos + 1
            if text[start:start + 1] in ('+', '-'):
                start += 1
            end = _digits_end(text, start)
            if end == start:
                return None
            exponent = int(text[pos + 1:end])
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            pos = end
        if pos != len(text):
            return None
    return (-numerator if negative else numerator), denominator


def _decimal_type():
    try:
        from decimal import Decimal
    except ImportError:
        return None
    return Decimal


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, with a
    positive denominator.  Fraction(3, -6) == Fraction(-1, 2); also from an
    int, a float or Decimal (exactly), another Rational, or a string like
    '3/7', '-1.25', '2e-3'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            decimal = _decimal_type()
            if isinstance(numerator, float) or (decimal is not None
                                                and isinstance(numerator, decimal)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            numerator, denominator = parsed
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator
        (continued-fraction convergents and the best semiconvergent)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # Of the semiconvergent and the last convergent, the closer wins
        # (the convergent on a tie).
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        last = Fraction(p1, q1)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic -----------------------------------------------------------
    #
    # Each operator works exactly on Fractions and ints, falls back to float
    # or complex arithmetic for those, and returns NotImplemented otherwise.

    def _operands(op, exact, inexact):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + op + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + op + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        # Cancel common factors before multiplying; the error message of a
        # division by zero shows the reduced numerator, as CPython's does.
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = math.gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        quotient, remainder = divmod(a._numerator * db, da * b._numerator)
        return quotient, Fraction(remainder, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _operands('add', _add, operator.add)
    __sub__, __rsub__ = _operands('sub', _sub, operator.sub)
    __mul__, __rmul__ = _operands('mul', _mul, operator.mul)
    __truediv__, __rtruediv__ = _operands('truediv', _div, operator.truediv)
    __floordiv__, __rfloordiv__ = _operands('floordiv', _floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _operands('divmod', _divmod, divmod)
    __mod__, __rmod__ = _operands('mod', _mod, operator.mod)

    def __pow__(a, b):
        """Exact for integer exponents; otherwise a float (or complex)."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power,
                                _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator        # an int base stays an int
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; with ndigits, a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: like infinity.
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operands
