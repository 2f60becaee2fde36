# Helper module without __all__: star import takes public names only.
visible = 1
also_visible = 2
_invisible = 3
import sys as _sys_alias
