# Go: random playouts on a 9x9 board (captures, suicide and simple-ko
# rules, no filling of one's own eyes), area scoring; a crude Monte Carlo
# move chooser on top.  Own implementation.
import sys

EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
SIZE = 9
W = SIZE + 2


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.s >> 33) % n


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        for y in range(1, SIZE + 1):
            for x in range(1, SIZE + 1):
                self.cells[y * W + x] = EMPTY
        self.points = [y * W + x for y in range(1, SIZE + 1) for x in range(1, SIZE + 1)]
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.points = self.points
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """Stones of p's group and whether it has at least one liberty
        (and, if it has exactly one, where)."""
        cells = self.cells
        colour = cells[p]
        stones = [p]
        seen = {p}
        libs = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in (q - 1, q + 1, q - W, q + W):
                c = cells[n]
                if c == EMPTY:
                    libs.add(n)
                elif c == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
        return stones, libs

    def is_eye(self, p, colour):
        cells = self.cells
        for n in (p - 1, p + 1, p - W, p + W):
            c = cells[n]
            if c != colour and c != EDGE:
                return False
        return True

    def play(self, p):
        """Play at p for the side to move; False (board unchanged) if illegal."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        opp = WHITE if me == BLACK else BLACK
        cells[p] = me
        captured = []
        for n in (p - 1, p + 1, p - W, p + W):
            if cells[n] == opp:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, libs = self.group(p)
        if not libs:
            cells[p] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 and len(stones) == 1 and len(libs) == 1 else -1
        self.to_move = opp
        self.passes = 0
        self.moves += 1
        return True

    def pass_move(self):
        self.to_move = WHITE if self.to_move == BLACK else BLACK
        self.passes += 1
        self.ko = -1

    def random_move(self, rng):
        pts = self.points
        n = len(pts)
        start = rng.below(n)
        me = self.to_move
        for k in range(n):
            p = pts[(start + k) % n]
            if self.cells[p] == EMPTY and not self.is_eye(p, me) and self.play(p):
                return p
        self.pass_move()
        return -1

    def playout(self, rng):
        limit = 3 * SIZE * SIZE
        while self.passes < 2 and self.moves < limit:
            self.random_move(rng)

    def score(self):
        """Area score, black minus white (empty points count for the side
        that alone borders them)."""
        cells = self.cells
        s = 0
        for p in self.points:
            c = cells[p]
            if c == BLACK:
                s += 1
            elif c == WHITE:
                s -= 1
            else:
                b = w = False
                for n in (p - 1, p + 1, p - W, p + W):
                    if cells[n] == BLACK:
                        b = True
                    elif cells[n] == WHITE:
                        w = True
                if b and not w:
                    s += 1
                elif w and not b:
                    s -= 1
        return s


def choose_move(board, rng, tries):
    """Monte Carlo: try each candidate from a sample of points, keep the one
    whose playouts score best for the side to move."""
    me = board.to_move
    best, best_score = -1, None
    for p in board.points[::7]:
        total = 0
        legal = True
        for _ in range(tries):
            b = board.copy()
            if not b.play(p):
                legal = False
                break
            b.playout(rng)
            total += b.score()
        if not legal:
            continue
        if me == WHITE:
            total = -total
        if best_score is None or total > best_score:
            best, best_score = p, total
    return best


def main(games):
    rng = Rng(42)
    checksum = 0
    for g in range(games):
        board = Board()
        p = choose_move(board, rng, 1)
        if p < 0 or not board.play(p):
            board.pass_move()
        board.playout(rng)
        checksum = checksum * 31 + board.score() + board.moves
        checksum %= 1000000007
    print("go", games, checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
