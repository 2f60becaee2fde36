# N-queens by backtracking, plus permutations and subsets by recursion.
def queens(n):
    sols = []
    cols, d1, d2 = set(), set(), set()
    board = []
    def place(r):
        if r == n:
            sols.append(tuple(board))
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))
def perms(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in perms(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest
print(["".join(p) for p in perms("abc")], len(list(perms(list(range(5))))))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def partitions(n, maxp=None):
    maxp = maxp or n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, maxp) + 1))
print([partitions(i) for i in range(1, 16)])
