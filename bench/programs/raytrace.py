# A small ray tracer: spheres and a checkered plane, point lights, shadows
# and mirror reflections, rendered to an in-memory image whose pixels are
# summed into a checksum.  Own implementation.
import sys
import math

EPS = 1e-6


class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return V3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def norm(self):
        l = math.sqrt(self.dot(self))
        return V3(self.x / l, self.y / l, self.z / l)

    def mul(self, o):
        return V3(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect(self, n):
        return self - n.scale(2.0 * self.dot(n))


class Ray:
    __slots__ = ("o", "d")

    def __init__(self, o, d):
        self.o = o
        self.d = d


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.c = centre
        self.r2 = radius * radius
        self.colour = colour
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.o - self.c
        b = oc.dot(ray.d)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        return t if t > EPS else None

    def normal(self, p):
        return (p - self.c).norm()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, mirror):
        self.p = point
        self.n = normal.norm()
        self.mirror = mirror

    def hit(self, ray):
        den = ray.d.dot(self.n)
        if abs(den) < EPS:
            return None
        t = (self.p - ray.o).dot(self.n) / den
        return t if t > EPS else None

    def normal(self, p):
        return self.n

    def colour_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return V3(0.9, 0.9, 0.9)
        return V3(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = [
            Plane(V3(0.0, 0.0, 0.0), V3(0.0, 1.0, 0.0), 0.2),
            Sphere(V3(0.0, 1.0, 3.0), 1.0, V3(0.8, 0.2, 0.2), 0.3),
            Sphere(V3(-2.0, 0.7, 4.0), 0.7, V3(0.2, 0.8, 0.2), 0.1),
            Sphere(V3(1.8, 0.5, 2.2), 0.5, V3(0.2, 0.3, 0.9), 0.6),
        ]
        self.lights = [(V3(-4.0, 6.0, -2.0), V3(0.8, 0.8, 0.8)), (V3(3.0, 4.0, 0.0), V3(0.4, 0.4, 0.5))]
        self.ambient = V3(0.08, 0.08, 0.08)

    def nearest(self, ray):
        best, best_t = None, 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.d.y + 1.0)
            return V3(0.5, 0.7, 1.0).scale(k)
        p = ray.o + ray.d.scale(t)
        n = obj.normal(p)
        base = obj.colour_at(p)
        col = base.mul(self.ambient)
        for lpos, lcol in self.lights:
            tl = lpos - p
            dist = math.sqrt(tl.dot(tl))
            tl = tl.scale(1.0 / dist)
            lam = n.dot(tl)
            if lam <= 0.0 or self.shadowed(p, tl, dist):
                continue
            col = col + base.mul(lcol).scale(lam)
            h = (tl - ray.d).norm()
            spec = n.dot(h)
            if spec > 0.0:
                col = col + lcol.scale(spec ** 32)
        if obj.mirror > 0.0 and depth < 3:
            r = Ray(p, ray.d.reflect(n))
            col = col.scale(1.0 - obj.mirror) + self.trace(r, depth + 1).scale(obj.mirror)
        return col


def render(w, h):
    scene = Scene()
    eye = V3(0.0, 1.5, -3.0)
    look = V3(0.0, 0.8, 3.0)
    fwd = (look - eye).norm()
    right = fwd.cross(V3(0.0, 1.0, 0.0)).norm().scale(-1.0)
    up = right.cross(fwd).scale(-1.0)
    total = 0
    for y in range(h):
        for x in range(w):
            px = (2.0 * (x + 0.5) / w - 1.0) * (w / h)
            py = 1.0 - 2.0 * (y + 0.5) / h
            d = (fwd + right.scale(px * 0.6) + up.scale(py * 0.6)).norm()
            c = scene.trace(Ray(eye, d), 0)
            r = min(255, int(c.x * 255.0))
            g = min(255, int(c.y * 255.0))
            b = min(255, int(c.z * 255.0))
            total = (total * 7 + r * 65536 + g * 256 + b) % 1000000007
    return total


N = int(sys.argv[1]) if len(sys.argv) > 1 else 100
print("raytrace", N, render(N, N))
