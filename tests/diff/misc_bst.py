# Binary search tree with insertion, deletion, traversal and iteration.
class BST:
    class _N:
        __slots__ = ("k", "v", "l", "r")
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def __init__(self):
        self.root = None
        self.n = 0
    def __setitem__(self, k, v):
        def ins(node):
            if node is None:
                self.n += 1
                return BST._N(k, v)
            if k < node.k:
                node.l = ins(node.l)
            elif k > node.k:
                node.r = ins(node.r)
            else:
                node.v = v
            return node
        self.root = ins(self.root)
    def __getitem__(self, k):
        node = self.root
        while node:
            if k == node.k:
                return node.v
            node = node.l if k < node.k else node.r
        raise KeyError(k)
    def __delitem__(self, k):
        def rm(node, k):
            if node is None:
                raise KeyError(k)
            if k < node.k:
                node.l = rm(node.l, k)
            elif k > node.k:
                node.r = rm(node.r, k)
            else:
                if node.l is None:
                    return node.r
                if node.r is None:
                    return node.l
                m = node.r
                while m.l:
                    m = m.l
                node.k, node.v = m.k, m.v
                node.r = rm(node.r, m.k)
            return node
        self.root = rm(self.root, k)
        self.n -= 1
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.l
            node = stack.pop()
            yield node.k
            node = node.r
    def __len__(self):
        return self.n
    def __contains__(self, k):
        try:
            self[k]
            return True
        except KeyError:
            return False
    def height(self, node=0):
        if node == 0:
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.l), self.height(node.r))
    def preorder(self):
        out = []
        def go(n):
            if n:
                out.append(n.k); go(n.l); go(n.r)
        go(self.root)
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(list(t), len(t), t.height(), t.preorder())
print(t[35], 45 in t, 99 in t)
del t[30]
del t[50]
print(list(t), len(t), t.preorder())
try:
    del t[1000]
except KeyError as e:
    print("KeyError", e)
try:
    t[1]
except KeyError as e:
    print("KeyError", e)
w = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    try:
        w[word] = w[word] + 1
    except KeyError:
        w[word] = 1
print([(k, w[k]) for k in w])
seq = BST()
for i in range(200):
    seq[i] = i
print(seq.height(), sum(seq), len(seq))
