# Chaos game on spline-defined maps: float-heavy 3-d vector geometry
# (B-spline evaluation by de Boor's algorithm, affine point maps), with the
# points binned into a small image.  Own implementation.
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def lerp(self, o, t):
        s = 1.0 - t
        return Vec(self.x * s + o.x * t, self.y * s + o.y * t, self.z * s + o.z * t)


class Spline:
    """A clamped uniform B-spline of the given degree."""

    def __init__(self, points, degree):
        self.points = points
        self.degree = degree
        n = len(points)
        inner = n - degree
        self.knots = [0.0] * degree + [i / inner for i in range(inner + 1)] + [1.0] * degree

    def span(self, u):
        d = self.degree
        lo, hi = d, len(self.points)
        if u >= 1.0:
            return hi - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if self.knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __call__(self, u):
        d = self.degree
        k = self.span(u)
        pts = [self.points[j] for j in range(k - d, k + 1)]
        knots = self.knots
        for r in range(1, d + 1):
            for j in range(d, r - 1, -1):
                i = j + k - d
                den = knots[i + d - r + 1] - knots[i]
                a = (u - knots[i]) / den if den else 0.0
                pts[j] = pts[j - 1].lerp(pts[j], a)
        return pts[d]

    def length(self, steps=40):
        total = 0.0
        prev = self(0.0)
        for i in range(1, steps + 1):
            p = self(i / steps)
            total += (p - prev).length()
            prev = p
        return total


class Rng:
    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s / 2147483648.0


def make_splines():
    raw = [
        [(1.6, 0.1, 0.0), (1.2, 0.4, 0.0), (0.7, 0.5, 0.0), (0.4, 0.9, 0.0), (0.1, 1.0, 0.0)],
        [(0.6, 0.0, 0.0), (0.9, 0.2, 0.0), (0.8, 0.6, 0.0), (0.6, 0.9, 0.0), (0.3, 1.1, 0.0)],
        [(1.1, 0.6, 0.0), (1.0, 0.7, 0.0), (0.9, 0.3, 0.0), (0.5, 0.2, 0.0), (0.2, 0.1, 0.0)],
    ]
    return [Spline([Vec(*p) for p in pts], 3) for pts in raw]


def run(n, width, height):
    splines = make_splines()
    lengths = [s.length() for s in splines]
    total = sum(lengths)
    weights = []
    acc = 0.0
    for l in lengths:
        acc += l / total
        weights.append(acc)
    rng = Rng(1234)
    grid = [[0] * width for _ in range(height)]
    p = Vec(0.25, 0.25, 0.0)
    minx = miny = 0.0
    maxx = maxy = 1.7
    for step in range(n):
        r = rng.next()
        idx = 0
        while idx < len(weights) - 1 and r > weights[idx]:
            idx += 1
        sp = splines[idx]
        # Map the point onto the chosen curve, then pull it towards the
        # curve's normal direction by its distance from the origin.
        u = (p.x * 0.5 + p.y * 0.5) % 1.0
        base = sp(u)
        tangent = sp(min(u + 0.01, 1.0)) - sp(max(u - 0.01, 0.0))
        tl = tangent.length() or 1.0
        normal = Vec(-tangent.y / tl, tangent.x / tl, 0.0)
        dist = rng.next() * 0.2 - 0.1
        p = base + normal * dist
        if step > 20:
            gx = int((p.x - minx) / (maxx - minx) * (width - 1))
            gy = int((p.y - miny) / (maxy - miny) * (height - 1))
            if 0 <= gx < width and 0 <= gy < height:
                grid[gy][gx] += 1
    checksum = 0
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            checksum = (checksum * 31 + c * (x + 1) + y) % 1000000007
    return checksum


N = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
print("chaos", N, run(N, 64, 64))
