# Importing a helper module from the script's directory.
import mod_util
print(mod_util.CONSTANT, mod_util.double(21), mod_util.Thing("x"), mod_util.__name__)
from mod_util import double, Thing as T
print(double("ab"), T(1))
import mod_util as mu
print(mu is mod_util, mu._private)
import sys
print("mod_util" in sys.modules, sys.modules["mod_util"] is mod_util)
import mod_util
print("second import did not re-run the module")
print(mod_util.__file__.endswith("mod_util.py"), type(mod_util).__name__)
print(sorted(k for k in vars(mod_util) if not k.startswith("__")))
import mod_counter, mod_counter
print(mod_counter.bump(), mod_counter.bump())
from mod_counter import bump, count
print(bump(), count, mod_counter.count)
