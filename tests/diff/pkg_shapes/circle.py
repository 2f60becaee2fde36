from .base import Shape
from . import consts
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return consts.PI * self.r ** 2
