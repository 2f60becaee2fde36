# typing.Pattern / typing.Match and the methods of typing.IO, TextIO and
# BinaryIO.
import re
import typing
from typing import IO, TextIO, BinaryIO, Pattern, Match

print('Pattern' in dir(typing), 'Match' in dir(typing))
print(typing.Pattern, typing.Match, Pattern[str], Match[bytes])
print(typing.Pattern.__origin__, typing.Match.__origin__)
print(isinstance(re.compile('a'), typing.Pattern), isinstance(re.match('a', 'a'), typing.Match))
print(typing.get_origin(Pattern[str]), typing.get_args(Match[bytes]))
try:
    Pattern[str, bytes]
except TypeError as e:
    print('TypeError', e)

def f(p: Pattern[str], m: 'Match[str]') -> None:
    pass
print(typing.get_type_hints(f))

def pub(cls):
    return sorted(n for n in vars(cls) if not n.startswith('__') or n in ('__enter__', '__exit__'))
for cls in (IO, TextIO, BinaryIO):
    print(cls.__name__, pub(cls))
    print(cls.__mro__)
print([n for n in dir(TextIO) if not n.startswith('_')])
print(IO.__parameters__, TextIO.__parameters__, BinaryIO.__orig_bases__)
print(IO[str], IO[bytes], IO.read.__isabstractmethod__, isinstance(IO.mode, property))
print(typing.get_type_hints(IO.read), typing.get_type_hints(BinaryIO.write))

class MyText(TextIO):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

t = MyText()
print(t.write('abc'), t.parts, isinstance(t, IO), isinstance(t, TextIO), isinstance(t, BinaryIO))
print(t.read(), t.close(), t.__enter__())

def g(stream: IO[str]) -> TextIO:
    return stream
print(typing.get_type_hints(g))
