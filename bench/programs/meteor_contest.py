# Meteor puzzle: ten five-cell pieces tiling a 5x10 hexagonal board.  Every
# placement of every piece orientation is precomputed as a bit mask; the
# solver fills the lowest empty cell first and prunes boards that leave an
# enclosed empty region whose size is not a multiple of five.  Stops after
# the given number of solutions; prints their number and the smallest and
# largest (as boards of piece digits).  Own implementation.
import sys

WIDTH, HEIGHT = 5, 10
NCELLS = WIDTH * HEIGHT
# Axial hex directions.
E, W, NE, NW, SE, SW = (1, 0), (-1, 0), (1, -1), (0, -1), (0, 1), (-1, 1)
PIECES = [
    [E, E, E, SE], [SE, SW, W, SW], [W, W, SW, SE], [E, E, SW, SE],
    [NW, W, NW, SE, SW], [E, E, NE, W], [NW, NE, NE, W], [NE, SE, E, NE],
    [SE, SE, E, SE], [E, NW, NW, NW],
]


def cells_of(path):
    q = r = 0
    cells = {(0, 0)}
    for dq, dr in path:
        q += dq
        r += dr
        cells.add((q, r))
    return cells


def rotate(cells):
    return {(-r, q + r) for q, r in cells}


def flip(cells):
    return {(q + r, -r) for q, r in cells}


def to_index(q, r):
    """Axial -> board index (odd rows shifted right), or -1 if off the board."""
    if r < 0 or r >= HEIGHT:
        return -1
    col = q + (r - (r & 1)) // 2
    if col < 0 or col >= WIDTH:
        return -1
    return r * WIDTH + col


def to_axial(i):
    r, col = divmod(i, WIDTH)
    return col - (r - (r & 1)) // 2, r


def neighbours(i):
    q, r = to_axial(i)
    out = []
    for dq, dr in (E, W, NE, NW, SE, SW):
        j = to_index(q + dq, r + dr)
        if j >= 0:
            out.append(j)
    return out


NEIGHBOURS = [neighbours(i) for i in range(NCELLS)]


def placements():
    """by_cell[c] = list of (piece, mask) whose lowest cell is c."""
    by_cell = [[] for _ in range(NCELLS)]
    for pid, path in enumerate(PIECES):
        shapes = []
        s = cells_of(path)
        for _ in range(6):
            shapes.append(s)
            shapes.append(flip(s))
            s = rotate(s)
        seen = set()
        for shape in shapes:
            for anchor in range(NCELLS):
                aq, ar = to_axial(anchor)
                mask = 0
                for q, r in shape:
                    j = to_index(aq + q, ar + r)
                    if j < 0:
                        mask = 0
                        break
                    mask |= 1 << j
                if mask and mask not in seen:
                    seen.add(mask)
                    low = (mask & -mask).bit_length() - 1
                    by_cell[low].append((pid, mask))
    return by_cell


def bad_region(board, start):
    """True if the empty region containing start has a size that is not a
    multiple of five."""
    todo = [start]
    seen = board | (1 << start)
    size = 0
    while todo:
        c = todo.pop()
        size += 1
        for n in NEIGHBOURS[c]:
            bit = 1 << n
            if not seen & bit:
                seen |= bit
                todo.append(n)
    return size % 5 != 0


class Solver:
    def __init__(self, limit):
        self.by_cell = placements()
        self.limit = limit
        self.count = 0
        self.lo = None
        self.hi = None
        self.placed = []

    def record(self):
        cells = ["."] * NCELLS
        for pid, mask in self.placed:
            for i in range(NCELLS):
                if mask >> i & 1:
                    cells[i] = str(pid)
        s = "".join(cells)
        if self.lo is None or s < self.lo:
            self.lo = s
        if self.hi is None or s > self.hi:
            self.hi = s
        self.count += 1

    def solve(self, board, used):
        if self.count >= self.limit:
            return
        if used == (1 << len(PIECES)) - 1:
            self.record()
            return
        cell = 0
        while board >> cell & 1:
            cell += 1
        for pid, mask in self.by_cell[cell]:
            if used >> pid & 1 or board & mask:
                continue
            nb = board | mask
            pruned = False
            for i in range(NCELLS):
                if mask >> i & 1:
                    for n in NEIGHBOURS[i]:
                        if not nb >> n & 1 and bad_region(nb, n):
                            pruned = True
                            break
                    if pruned:
                        break
            if pruned:
                continue
            self.placed.append((pid, mask))
            self.solve(nb, used | (1 << pid))
            self.placed.pop()


def main(limit):
    s = Solver(limit)
    s.solve(0, 0)
    print("meteor", s.count)
    for t in (s.lo, s.hi):
        for r in range(HEIGHT):
            print((" " if r & 1 else "") + " ".join(t[r * WIDTH:(r + 1) * WIDTH]))
        print()


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
