# A singly linked list class with the sequence protocol.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __reversed__(self):
        return iter(list(self)[::-1])
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 5 in ll, list(reversed(ll)))
ll.push(0)
print(ll, ll.pop(), ll)
print(ll.reverse(), ll == LinkedList([3, 2, 1]), ll + LinkedList("ab"))
try:
    ll[10]
except IndexError as e:
    print(e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print(e)
print(sum(LinkedList(range(101))), sorted(LinkedList([5, 3, 9])), max(LinkedList("hello")))
a, b, c = LinkedList("xyz")
print(a, b, c, dict(zip(LinkedList("ab"), LinkedList([1, 2]))))
