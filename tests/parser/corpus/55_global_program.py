import sys
from collections import defaultdict

CONSTANT = 42

class Node:
    __slots__ = ('value', 'children')

    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

def build(depth: int = 3) -> Node:
    if depth == 0:
        return Node(0)
    return Node(depth, [build(depth - 1) for _ in range(2)])

def main(argv=sys.argv[1:]):
    counts = defaultdict(int)
    for node in build().walk():
        counts[node.value] += 1
    try:
        total = sum(counts.values())
    except (TypeError, ValueError) as exc:
        print("error", exc, file=sys.stderr)
        return 1
    else:
        print(total)
    finally:
        counts.clear()
    return 0

if __name__ == "__main__":
    sys.exit(main())
