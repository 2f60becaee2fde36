# Packages with relative imports, subpackages, __init__ re-exports.
import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Circle(1).describe())
from pkg_shapes.square import Square
print(Square(3).describe(), Square.__module__, pkg_shapes.Circle.__module__)
import pkg_shapes.sub.helpers as h
print(h.where(), h.sq(4))
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.sub.__name__, pkg_shapes.square.__name__)
import sys
print(sorted(m for m in sys.modules if m.startswith("pkg_shapes")))
try:
    pkg_shapes.Shape().describe()
except NotImplementedError as e:
    print(e)
from pkg_shapes import *
print(Shape.__name__, Circle.__name__, square.Square.__name__)
print(hasattr(pkg_shapes, "__path__"), pkg_shapes.__file__.endswith("__init__.py"))
from pkg_shapes import consts
print(consts.PI, pkg_shapes._circle_module.Circle is Circle)
