# Hexiom-style puzzle search: numbered tiles must be placed on a hexagonal
# board so that every tile's number equals the count of occupied cells next
# to it.  Puzzles are generated from random layouts (with a few tiles given
# as hints); the solver counts every solution by depth-first search with
# constraint checks on the cells around each placement.  Own implementation.
import sys

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.s >> 8) % n


class Board:
    def __init__(self, radius):
        cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    cells.append((q, r))
        self.cells = cells
        index = {c: i for i, c in enumerate(cells)}
        self.neighbours = []
        for q, r in cells:
            self.neighbours.append([index[(q + dq, r + dr)] for dq, dr in DIRS if (q + dq, r + dr) in index])


EMPTY = -1
UNKNOWN = -2


class Solver:
    def __init__(self, board, counts, hints):
        self.board = board
        self.nb = board.neighbours
        self.counts = counts[:]        # tiles left to place, per number
        self.empties = len(board.cells) - sum(counts)
        self.state = [UNKNOWN] * len(board.cells)
        self.solutions = 0
        self.nodes = 0
        for i, v in hints:
            self.state[i] = v
            self.counts[v] -= 1
        self.order = [i for i in range(len(board.cells)) if self.state[i] == UNKNOWN]
        # Most-constrained first: cells with many neighbours.
        self.order.sort(key=lambda i: (-len(self.nb[i]), i))

    def consistent(self, i):
        state = self.state
        for c in self.nb[i] + [i]:
            v = state[c]
            if v < 0:
                continue
            occ = unk = 0
            for n in self.nb[c]:
                s = state[n]
                if s == UNKNOWN:
                    unk += 1
                elif s != EMPTY:
                    occ += 1
            if occ > v or occ + unk < v:
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            return
        i = self.order[k]
        state = self.state
        if self.empties > 0:
            state[i] = EMPTY
            self.empties -= 1
            if self.consistent(i):
                self.search(k + 1)
            self.empties += 1
        counts = self.counts
        for v in range(7):
            if counts[v] > 0:
                counts[v] -= 1
                state[i] = v
                if self.consistent(i):
                    self.search(k + 1)
                counts[v] += 1
        state[i] = UNKNOWN


def make_puzzle(board, rng, density, nhints):
    n = len(board.cells)
    occupied = [rng.below(100) < density for _ in range(n)]
    counts = [0] * 7
    values = []
    for i in range(n):
        if occupied[i]:
            v = sum(1 for j in board.neighbours[i] if occupied[j])
            counts[v] += 1
            values.append((i, v))
    hints = []
    for _ in range(nhints):
        if values:
            hints.append(values.pop(rng.below(len(values))))
    return counts, hints


def main(npuzzles):
    board = Board(2)
    rng = Rng(7)
    total_sol = total_nodes = 0
    for _ in range(npuzzles):
        counts, hints = make_puzzle(board, rng, 55, 3)
        s = Solver(board, counts, hints)
        s.search(0)
        total_sol += s.solutions
        total_nodes += s.nodes
    print("hexiom", npuzzles, total_sol, total_nodes)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
