try:
    import json
except ImportError:
    json = None

if sys.version_info >= (3, 8):
    from typing import Literal
else:
    Literal = None

def lazy():
    import os.path as osp
    from os import (
        sep,
        linesep as ls,
    )
    return osp, sep, ls
