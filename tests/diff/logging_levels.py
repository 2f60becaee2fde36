# logging: level names, hierarchy, effective levels, disable, propagation
import logging
import sys

print(logging.getLevelName(logging.DEBUG), logging.getLevelName(15),
      logging.getLevelName("WARN"), logging.getLevelName("nope"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)

a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
print(abc.parent is a, abc.parent.name)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(repr(a), repr(ab), repr(abc), repr(logging.root))
a.setLevel("INFO")
print(a.level, ab.level, ab.getEffectiveLevel(), abc.getEffectiveLevel())
print(abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
print(repr(abc))
print(a.getChild("b.c") is abc, logging.root.getChild("a") is a)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
a.addHandler(h)
abc.info("from abc")
abc.debug("hidden")
abc.log(15, "verbose is below INFO")
a.setLevel(logging.DEBUG)
abc.log(15, "verbose now")
ab.propagate = False
abc.info("not propagated past a.b -> lastResort? no: a.b has no handlers")
ab.propagate = True
h.setLevel(logging.WARNING)
abc.info("handler level filters this")
abc.warning("but not this")
h.setLevel(logging.NOTSET)

logging.disable(logging.INFO)
abc.info("disabled")
abc.warning("warning passes")
logging.disable(logging.NOTSET)
abc.info("enabled again")
logging.disable()
abc.critical("critical disabled")
logging.disable(0)

abc.disabled = True
abc.error("logger disabled")
abc.disabled = False
abc.error("logger enabled")

for bad in ["LOUD", 1.5, None, [1]]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
for bad in [1, b"x", None]:
    try:
        print(logging.getLogger(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
m = logging.getLogger("mine")
print(type(m).__name__, repr(m), logging.getLoggerClass() is MyLogger)
logging.setLoggerClass(logging.Logger)
# placeholder fixup: child created before parent
x = logging.getLogger("p.q.r")
p = logging.getLogger("p")
pq = logging.getLogger("p.q")
print(x.parent is pq, pq.parent is p, p.parent is logging.root)
print(type(logging.Logger.manager.loggerDict["a"]).__name__)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("p")))
