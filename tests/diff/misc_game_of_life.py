# Conway's game of life on a small torus, using sets of tuples.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, c in counts.items() if c == 3 or (c == 2 and p in live)}
def show(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells")
    print(show(state, w, h))
    state = step(state, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block, 6, 6) == block)
s = glider
for _ in range(4 * 8):
    s = step(s, 8, 8)
print(s == glider, sorted(s))
