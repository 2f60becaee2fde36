# Graph algorithms: BFS, DFS, topological sort with cycle detection, components.
class CycleError(Exception):
    def __init__(self, path):
        super().__init__("cycle: " + " -> ".join(path))
        self.path = path
class Graph:
    def __init__(self, edges=(), directed=True):
        self.adj = {}
        self.directed = directed
        for a, b in edges:
            self.add(a, b)
    def add(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(a)
    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        dist = {start: 0}
        while queue:
            node = queue.pop(0)
            order.append(node)
            for nxt in self.adj[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    dist[nxt] = dist[node] + 1
                    queue.append(nxt)
        return order, dist
    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for nxt in self.adj[start]:
            if nxt not in seen:
                yield from self.dfs(nxt, seen)
    def toposort(self):
        WHITE, GREY, BLACK = 0, 1, 2
        color = {n: WHITE for n in self.adj}
        out, stack = [], []
        def visit(n):
            color[n] = GREY
            stack.append(n)
            for m in self.adj[n]:
                if color[m] == GREY:
                    raise CycleError(stack[stack.index(m):] + [m])
                if color[m] == WHITE:
                    visit(m)
            stack.pop()
            color[n] = BLACK
            out.append(n)
        for n in self.adj:
            if color[n] == WHITE:
                visit(n)
        return out[::-1]
    def components(self):
        seen, comps = set(), []
        for n in self.adj:
            if n not in seen:
                comps.append(sorted(self.dfs(n, seen)))
        return comps
deps = Graph([("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"), ("belt", "jacket"),
              ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"), ("undershorts", "shoes")])
print(deps.toposort())
print(deps.bfs("undershorts"))
print(list(deps.dfs("shirt")))
deps.add("jacket", "shirt")
try:
    deps.toposort()
except CycleError as e:
    print(e, len(e.path))
g = Graph([(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7)], directed=False)
print(g.components(), g.bfs(7)[1])
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def maze(grid):
    h, w = len(grid), len(grid[0])
    G = Graph()
    for r in range(h):
        for c in range(w):
            if grid[r][c] != "#":
                G.adj.setdefault((r, c), [])
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < h and 0 <= cc < w and grid[rr][cc] != "#":
                        G.adj[(r, c)].append((rr, cc))
    return G
M = maze(grid)
order, dist = M.bfs((0, 0))
print(dist.get((4, 7)), len(order), max(dist.values()))
