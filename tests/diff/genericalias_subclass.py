# types.GenericAlias is a base type: subclasses (a dataclass too) build
# aliases that behave as list[int] does.
import types
from dataclasses import dataclass, is_dataclass


class MyAlias(types.GenericAlias):
    pass


a = MyAlias(list, int)
print(type(a).__name__, a, a.__origin__, a.__args__, a.__parameters__)
print(a == list[int], hash(a) == hash(list[int]), isinstance(a, types.GenericAlias))
print(a([1, 2]), a.append is list.append)
b = MyAlias(dict, (str, int))
print(b, b.__args__)


@dataclass
class A(types.GenericAlias):
    origin: type
    args: type


print(is_dataclass(A))
x = A(list, int)
print(is_dataclass(type(x)), is_dataclass(x), x.__origin__, x.__args__)
try:
    class Bad(types.GenericAlias, int):
        pass
except TypeError as e:
    print("TypeError", e)
