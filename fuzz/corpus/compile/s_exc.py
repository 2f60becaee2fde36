class E(Exception): pass
try:
    raise E('x') from None
except E as e:
    print(repr(e), e.__cause__, e.__context__)
