# Sequence unpacking: tuples and lists of several lengths unpacked into
# locals, starred unpacking, swaps and nested targets, in tight loops.
# Own implementation.
import sys


def tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        acc += a + j
    return acc


def lists(n):
    l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    acc = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        acc += b + i
    return acc


def swaps(n):
    x, y, z = 1, 2, 3
    acc = 0
    for k in range(n):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
        x, y, z = y, z, x
        acc += x - z + (k & 3)
    return acc


def mixed(n):
    pairs = [(i, (i * 3, i * 5)) for i in range(64)]
    acc = 0
    for k in range(n):
        for i, (a, b) in pairs[k & 7:(k & 7) + 8]:
            acc += i + a - b
        first, *rest = pairs[k & 15]
        head, *mid, tail = (1, 2, 3, 4, k)
        acc += first + len(rest) + head + len(mid) + tail
    return acc


def main(n):
    print("unpack", n, tuples(n), lists(n), swaps(n), mixed(n // 4))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
