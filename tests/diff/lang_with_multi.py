# with with several items: order of enter/exit, parenthesised form.
log = []
class R:
    def __init__(self, n, fail_enter=False, swallow=False):
        self.n = n
        self.fail_enter = fail_enter
        self.swallow = swallow
    def __enter__(self):
        log.append("enter%d" % self.n)
        if self.fail_enter:
            raise ValueError("enter %d" % self.n)
        return self.n
    def __exit__(self, et, ev, tb):
        log.append("exit%d:%s" % (self.n, et.__name__ if et else "-"))
        return self.swallow
with R(1) as a, R(2) as b, R(3) as c:
    log.append("body %d %d %d" % (a, b, c))
print(log); log.clear()
with (R(1) as a,
      R(2) as b):
    log.append("paren body")
print(log); log.clear()
with (R(1), R(2)):
    log.append("paren no as")
print(log); log.clear()
try:
    with R(1), R(2, fail_enter=True), R(3):
        log.append("not reached")
except ValueError as e:
    log.append("caught " + str(e))
print(log); log.clear()
with R(1, swallow=True), R(2):
    raise KeyError("x")
print(log); log.clear()
with R(1), R(2, swallow=True):
    raise KeyError("y")
print(log); log.clear()
try:
    with R(1), R(2):
        raise IndexError("z")
except IndexError:
    log.append("outer caught")
print(log); log.clear()
def gen():
    with R(10):
        yield 1
        yield 2
for v in gen():
    log.append("v%d" % v)
print(log); log.clear()
g = gen()
next(g)
g.close()
print(log); log.clear()
with R(1) as x, R(x + 1) as y:
    print("dependent", x, y)
print(log)
