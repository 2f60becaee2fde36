"""python -m unittest: run the tests named on the command line (or
discover them)."""

import sys
import os.path

# The program name in the usage text: "<interpreter> -m unittest" (CPython
# replaces the path of this __main__.py the same way).
sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from .main import main

main(module=None)
