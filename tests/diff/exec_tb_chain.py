# Chained exceptions with notes, through methods and generators.
class AppError(Exception):
    pass

class Store:
    def get(self, key):
        return self.data[key]
    def __init__(self):
        self.data = {}

def load(store):
    try:
        return store.get("k")
    except KeyError as e:
        err = AppError("cannot load")
        err.add_note("while loading k")
        err.add_note("second note")
        raise err from e

def gen(store):
    yield 1
    try:
        load(store)
    except AppError:
        raise RuntimeError("in generator")

for _ in gen(Store()):
    pass
