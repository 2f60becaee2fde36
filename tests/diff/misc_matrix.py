# Matrix class with operators, determinant, transpose, identity.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * 3, 2 * A, A @ B, sep="\n---\n")
print(repr(A.T()), A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1])
print(Matrix.identity(3))
print(A @ Matrix.identity(2) == A, A == B)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print(e)
print(Matrix([[0.5, 1.5]]) * 2, (Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]])).rows)
