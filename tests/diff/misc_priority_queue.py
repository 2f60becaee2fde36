# A binary-heap priority queue written by hand, used for scheduling.
class PQ:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, prio, item):
        self.heap.append((prio, self.counter, item))
        self.counter += 1
        self._up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[0], top[2]
    def _up(self, i):
        h = self.heap
        while i > 0:
            p = (i - 1) // 2
            if h[i] < h[p]:
                h[i], h[p] = h[p], h[i]
                i = p
            else:
                break
    def _down(self, i):
        h, n = self.heap, len(self.heap)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and h[l] < h[m]:
                m = l
            if r < n and h[r] < h[m]:
                m = r
            if m == i:
                return
            h[i], h[m] = h[m], h[i]
            i = m
    def __len__(self):
        return len(self.heap)
    def __bool__(self):
        return bool(self.heap)
q = PQ()
for prio, task in [(5, "write"), (1, "urgent"), (3, "review"), (1, "also urgent"), (4, "test"), (2, "plan")]:
    q.push(prio, task)
print(len(q))
while q:
    print(q.pop())
try:
    q.pop()
except IndexError as e:
    print(e)
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % 1000
nums = [rand() for _ in range(200)]
for n in nums:
    q.push(n, n)
out = [q.pop()[0] for _ in range(len(q))]
print(out == sorted(nums), out[:10], out[-5:])
graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {"E": 3}, "E": {}}
def dijkstra(src):
    dist = {src: 0}
    pq = PQ()
    pq.push(0, src)
    done = set()
    while pq:
        d, u = pq.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u].items():
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                pq.push(d + w, v)
    return dist
print(dijkstra("A"))
