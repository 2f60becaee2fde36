# A module that raises during import is not left in sys.modules.
import sys
try:
    import mod_raises
except RuntimeError as e:
    print("import failed:", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except RuntimeError as e:
    print("second attempt runs it again:", e)
try:
    from mod_util import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_shapes.nonexistent
except ModuleNotFoundError as e:
    print(e)
