# property: getter/setter/deleter, decorator and call forms, errors.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "the x")
o = Old()
o.x = 5
print(o.x, Old.x.__doc__)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub sees " + str(self._c)
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s.celsius)
p = property()
class E:
    attr = p
try:
    E().attr
except AttributeError as e:
    print(e)
class Ro:
    @property
    def ro(self):
        return 1
r = Ro()
try:
    r.ro = 2
except AttributeError as e:
    print(e)
print(property.__name__, isinstance(Temp.celsius, property))
