# print: sep, end, file, flush and argument errors.
import sys
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print("a", "b", sep=None, end=None)
print(*range(5), sep="-")
print("to stdout", file=sys.stdout)
print("to stdout 2", file=None)
print("flushed", flush=True)
print("multi\nline", "x", sep="|")
print("", end="")
print(None, True, 1.5, [1], {"a": 1}, (1,), sep=" ; ")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("into", "custom", sep="_", end="!", file=w)
print(w.parts)
for kwargs in [{"sep": 1}, {"end": 2}, {"file": 3}, {"bad": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S!"
print(S(), [S()] if False else "skip")
print("%s" % "percent", "ü", "\t|tab")
print(sep="x")
print("end", end="\n\n")
print("after blank line")
