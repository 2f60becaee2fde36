import sys
from . import helper
print("pkgm main", __name__, __package__, sys.argv[1:])
print(helper.twice(21))
