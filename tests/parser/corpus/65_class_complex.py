class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns)

class Base(metaclass=Meta, flag=True):
    attr: int = 0
    other: "str"

    @property
    def prop(self) -> int:
        return self.attr

    @prop.setter
    def prop(self, value):
        self.attr = value

    @staticmethod
    def s(*a, **k): ...

    @classmethod
    def c(cls, /, x, *, y=None): return cls
