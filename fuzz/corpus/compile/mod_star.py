# Helper module with __all__ for `from mod_star import *`.
__all__ = ["public_a", "public_b", "_exported_private"]
public_a = "A"
public_b = "B"
public_c = "C (not in __all__)"
_exported_private = "exported despite underscore"
_hidden = "hidden"
