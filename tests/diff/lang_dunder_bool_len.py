# Truth testing: __bool__ preferred over __len__; errors.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class BL:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(BL()), len(BL()))
if L(2):
    print("if uses len")
while B(False):
    pass
print("not B", not B(True))
print([x for x in [B(True), B(False)] if x].__len__())
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(e)
class IntBool:
    def __bool__(self):
        return 1
try:
    if IntBool():
        pass
except TypeError as e:
    print(e)
class HugeLen:
    def __len__(self):
        return 10 ** 20
try:
    bool(HugeLen())
except OverflowError as e:
    print(e)
class Plain:
    pass
print(bool(Plain()), bool(object()), bool(Plain))
print(all([L(1), B(True)]), any([L(0), B(False)]))
x = L(0) or "default"
print(x)
print(bool(NotImplemented) if False else "skip", bool(...), bool(type))
