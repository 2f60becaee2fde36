def a():
    raise KeyError('first')
def d():
    try:
        a()
    except KeyError as e:
        e.__suppress_context__ = False
        raise TypeError('fourth') from None
try:
    d()
except TypeError as e:
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))
    e.__suppress_context__ = False
    raise
