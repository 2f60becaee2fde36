class A:
    pass
class A():
    pass
class A(B):
    pass
class A(B, C):
    x = 1
    def m(self):
        return self.x
class A(metaclass=M):
    pass
class A(B, *bases, metaclass=M, **kw):
    pass
class A:
    """doc"""
    class Inner:
        pass
class A: pass
