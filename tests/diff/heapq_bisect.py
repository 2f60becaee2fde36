import heapq, bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 2, 6]; heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(1, [3, 7]), heapq.nsmallest(0, [1]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nlargest(10, words, key=len))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(3, iter([4, 4, 1, 4]), key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge('ace', 'bd', key=str.upper)), list(heapq.merge([7, 3], [9, 1], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
class Cmp:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Cmp.log.append((self.v, o.v))
        return self.v < o.v
hh = [Cmp(v) for v in [3, 1, 2, 5, 4]]
heapq.heapify(hh); heapq.heappush(hh, Cmp(0)); heapq.heappop(hh)
print([c.v for c in hh], Cmp.log)
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
tasks = []
for pri, name in [(2, 'write'), (1, 'read'), (3, 'exec'), (1, 'alpha')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print('ValueError', e)
