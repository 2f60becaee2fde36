from __future__ import annotations
from dataclasses import dataclass, field
from typing import ClassVar, Optional, List, Dict
from enum import Enum, auto
from collections import defaultdict, Counter, deque, OrderedDict
from functools import lru_cache, reduce, partial, total_ordering
import itertools, operator, heapq, bisect, copy, contextlib

class Kind(Enum):
    FRUIT = auto()
    VEG = auto()

@dataclass(order=True)
class Item:
    name: str
    price: float
    kind: Kind = Kind.FRUIT
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

items = [Item('apple', 1.5), Item('carrot', 0.5, Kind.VEG), Item('banana', 0.25, tags=['y'])]
print(sorted(items, key=operator.attrgetter('price')))
by_kind = defaultdict(list)
for it in items:
    by_kind[it.kind].append(it.name)
print(dict(by_kind), Item.count, [f for f in Item.__dataclass_fields__])
print(Counter(it.kind.name for it in items).most_common())
@lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().hits)
q = deque(maxlen=3)
for x in itertools.chain(range(3), 'ab'):
    q.append(x)
print(q, reduce(operator.mul, range(1, 10)), list(itertools.accumulate([1, 2, 3], operator.mul)))
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
dist = {'a': 0}; frontier = deque(['a'])
while frontier:
    n = frontier.popleft()
    for m in graph[n]:
        if m not in dist:
            dist[m] = dist[n] + 1; frontier.append(m)
print(dist)
pq = [(3, 'c'), (1, 'a'), (2, 'b')]; heapq.heapify(pq); print([heapq.heappop(pq)[1] for _ in range(3)])
print(copy.deepcopy(items[2]), copy.deepcopy(items[2]) == items[2], copy.deepcopy(items[2]) is items[2])
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print(Optional[int], Dict[str, List[int]])
