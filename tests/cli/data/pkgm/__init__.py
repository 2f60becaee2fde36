print("pkgm init", __name__)
