# Package used by misc_package*.py tests.
print("pkg_shapes init", __name__, __package__)
from .base import Shape
from . import circle as _circle_module
from .circle import Circle
__all__ = ["Shape", "Circle", "square"]
VERSION = "1.0"
