from ..consts import UNIT
from .. import consts
def sq(x):
    return x * x * UNIT
def where():
    return __name__, __package__, consts.__name__
