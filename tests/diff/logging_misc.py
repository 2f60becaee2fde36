# logging: raiseExceptions, record factory, custom levels, unittest.assertLogs
import logging
import sys
import unittest

h = logging.StreamHandler(sys.stdout)
lg = logging.getLogger("misc")
lg.addHandler(h)
lg.propagate = False
logging.raiseExceptions = False
lg.warning("bad %d", "not a number")   # formatting error, silently ignored
lg.warning("too many", 1, 2)
logging.raiseExceptions = True
lg.warning("fine %d", 3)

old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.tag = "T"
    return rec


logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(tag)s %(message)s"))
lg.warning("tagged")
logging.setLogRecordFactory(old)
h.setFormatter(logging.Formatter("%(levelname)s %(levelno)s %(message)s"))

TRACE = 5
logging.addLevelName(TRACE, "TRACE")
lg.setLevel(TRACE)
lg.log(TRACE, "trace %s", "msg")
lg.log(70, "above critical")
lg.setLevel(logging.NOTSET)
print(lg.getEffectiveLevel(), lg.isEnabledFor(logging.WARNING), lg.isEnabledFor(logging.INFO))


class T(unittest.TestCase):
    def runTest(self):
        pass


tc = T()
with tc.assertLogs("misc.child", level="INFO") as cm:
    logging.getLogger("misc.child").info("first")
    logging.getLogger("misc.child.x").error("second %d", 2)
print(cm.output)
print([r.getMessage() for r in cm.records])
with tc.assertLogs() as cm:
    logging.warning("root warn")
print(cm.output, logging.root.handlers)
with tc.assertNoLogs("misc.none"):
    logging.getLogger("misc.none").debug("below")
try:
    with tc.assertLogs("misc.fail", level="ERROR"):
        logging.getLogger("misc.fail").warning("only a warning")
except AssertionError as e:
    print("AssertionError", e)
try:
    with tc.assertNoLogs("misc.fail"):
        logging.getLogger("misc.fail").warning("a warning")
except AssertionError as e:
    print("AssertionError", e)
print("done")
