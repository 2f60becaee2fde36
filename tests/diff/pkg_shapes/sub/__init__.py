print("pkg_shapes.sub init", __name__, __package__)
