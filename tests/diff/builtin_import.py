# __import__ and import statement forms with built-in modules.
sys_mod = __import__("sys")
print(sys_mod.__name__, type(sys_mod).__name__)
import sys as system
print(system is sys_mod)
from sys import maxsize as MS, byteorder
print(MS == sys_mod.maxsize, byteorder in ("little", "big"))
import gc, sys
print(gc.__name__, sys.__name__)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("also_missing_abc")
except ImportError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
def local_import():
    import sys as local_sys
    return local_sys is sys_mod
print(local_import(), "sys" in sys.modules, sys.modules["sys"] is sys)
print(__import__("sys", globals(), locals(), ["path"], 0) is sys)
