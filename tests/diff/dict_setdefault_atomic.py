# dict.setdefault hashes the key and compares it once (Issue #13521).
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h2, 'x'), len(y))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
d = {}
print(d.setdefault('a', 1), d.setdefault('a', 2), d)
# modules' globals name the builtins dict
import json
print(type(vars(json)['__builtins__']).__name__, vars(json)['__builtins__'] is __import__('builtins').__dict__)
