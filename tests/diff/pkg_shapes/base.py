class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError("area not implemented for " + type(self).__name__)
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
