# A namedtuple subclass that overrides __iter__ (platform.uname_result does)
# keeps the plain field repr: __repr__ formats the tuple itself.
import collections


class R(collections.namedtuple('R', 'a b')):
    def __iter__(self):
        yield from super().__iter__()
        yield 'extra'


r = R(1, 2)
print(repr(r))
print(list(r))
print(r._asdict())
print(r == (1, 2), len(r), r[0])
