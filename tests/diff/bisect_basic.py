import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, 1, 4))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 3), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.bisect([1, 'a', 3], 2)
except TypeError as e:
    print('TypeError', e)
try:
    bisect.insort(None, 2)
except TypeError as e:
    print('TypeError', type(e).__name__)
words = ['apple', 'banana', 'cherry']
print(bisect.bisect(words, 'blueberry'), bisect.bisect_left(words, 'cherry'))
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_left(a, 2, lo=4))
import heapq
print(list(heapq.merge([1, 1.0, 2], [1.0, 1, 2], [True])))
print(list(heapq.merge([2, 1.0, 1], [2.0, 1, True], reverse=True)))
print(list(heapq.merge(['b', 'A'], ['a', 'B'], key=str.lower, reverse=True)))
print(heapq.nsmallest(3, iter([1.0, 1, True, 0, 0.0, False])), heapq.nlargest(3, iter([1.0, 1, True, 2, 2.0])))
print(heapq.nsmallest(2, iter('hello world'), key=ord), heapq.nlargest(4, iter(range(100)), key=lambda v: v % 7))
h = list(range(20, 0, -1)); heapq.heapify(h); print(h)
h2 = list(range(30)); heapq._heapify_max(h2); print(h2, heapq._heappop_max(h2), heapq._heapreplace_max(h2, -1), h2[:5])
