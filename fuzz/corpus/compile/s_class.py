@dec
class C(B, metaclass=M):
    '''doc'''
    x: int = 1
    def m(self, /, a, *, b=2, **k) -> None:
        nonlocal_test = lambda: (yield)
