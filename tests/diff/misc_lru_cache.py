# An LRU cache built on a dict and a doubly linked list, used as a decorator.
class _Link:
    __slots__ = ("key", "value", "prev", "next")
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.root = _Link()
        self.root.prev = self.root.next = self.root
        self.hits = self.misses = 0
    def _unlink(self, l):
        l.prev.next, l.next.prev = l.next, l.prev
    def _append(self, l):
        last = self.root.prev
        last.next = self.root.prev = l
        l.prev, l.next = last, self.root
    def get(self, key, default=None):
        l = self.map.get(key)
        if l is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(l)
        self._append(l)
        return l.value
    def put(self, key, value):
        if key in self.map:
            l = self.map[key]
            l.value = value
            self._unlink(l)
            self._append(l)
            return
        if len(self.map) >= self.capacity:
            oldest = self.root.next
            self._unlink(oldest)
            del self.map[oldest.key]
            print("evict", oldest.key)
        l = _Link()
        l.key, l.value = key, value
        self._append(l)
        self.map[key] = l
    def keys(self):
        out, l = [], self.root.next
        while l is not self.root:
            out.append(l.key)
            l = l.next
        return out
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), c.get("b"), c.get("c"))
c.put("c", "C2")
c.put("e", "E")
print(c.keys(), c.hits, c.misses)
_missing = object()
def lru_cache(size):
    def deco(fn):
        cache = LRU(size)
        def wrapper(*args):
            r = cache.get(args, _missing)
            if r is _missing:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cache(1000)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), ways.cache.hits, ways.cache.misses)
