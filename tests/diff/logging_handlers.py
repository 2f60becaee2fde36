# logging: handlers, filters, adapters, FileHandler, captureWarnings, shutdown
import io
import logging
import sys
import warnings

lg = logging.getLogger("h")
lg.setLevel(logging.DEBUG)
lg.propagate = False
buf = io.StringIO()
sh = logging.StreamHandler(buf)
print(repr(sh), sh.level, sh.formatter, sh.name, sh.terminator == "\n")
lg.addHandler(sh)
lg.addHandler(sh)
print(len(lg.handlers))
lg.info("one")
sh.terminator = "|"
lg.info("two")
sh.terminator = "\n"
print(repr(buf.getvalue()))
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()))
sh.set_name("named")
print(sh.name, sh.get_name())
old = sh.setStream(sys.stdout)
print(old is buf, sh.setStream(sys.stdout))
lg.info("now on stdout")


class Upper(logging.Handler):
    def emit(self, record):
        print("UPPER", self.format(record).upper())


u = Upper(level=logging.WARNING)
print(repr(u))
lg.addHandler(u)
lg.info("info only to stdout")
lg.warning("warning to both")
lg.removeHandler(u)
lg.removeHandler(u)


class OnlyA(logging.Filter):
    def filter(self, record):
        return "a" in record.getMessage()


flt = OnlyA()
sh.addFilter(flt)
lg.info("has a")
lg.info("no match")
sh.removeFilter(flt)
lg.addFilter(lambda r: not r.getMessage().startswith("skip"))
lg.info("skip me")
lg.info("keep me")
lg.filters.clear()

f = logging.Filter("x.y")
for name in ["x", "x.y", "x.y.z", "x.yz", "a"]:
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))
print(logging.Filter().filter(logging.makeLogRecord({"name": "any"})))

nh = logging.NullHandler()
print(repr(nh), nh.lock)
nl = logging.getLogger("quiet")
nl.addHandler(nh)
nl.warning("nothing is printed")

base = logging.Handler()
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    logging.Handler(level="BAD")
except ValueError as e:
    print("ValueError", e)

# LoggerAdapter
sh.setFormatter(logging.Formatter("%(levelname)s [%(conn)s] %(message)s"))
ad = logging.LoggerAdapter(lg, {"conn": "c1"})
ad.info("adapted %s", "msg")
ad.debug("debug")
ad.warning("warn")
ad.error("err")
ad.critical("crit")
ad.log(logging.INFO, "log")
try:
    raise RuntimeError("in adapter")
except RuntimeError:
    ad.exception("exc")
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(),
      ad.hasHandlers(), ad.manager is logging.Logger.manager)


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["p"], msg), kwargs


sh.setFormatter(logging.Formatter("%(message)s"))
Prefix(lg, {"p": "pre"}).info("custom process")

# FileHandler
fh = logging.FileHandler("logging_handlers.tmp", mode="w")
print(repr(fh).endswith("logging_handlers.tmp (NOTSET)>"), fh.mode, fh.encoding)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(fh)
lg.info("to file %d", 1)
lg.error("to file %d", 2)
fh.close()
lg.removeHandler(fh)
with open("logging_handlers.tmp") as fp:
    print(repr(fp.read()))
dh = logging.FileHandler("logging_handlers.tmp", delay=True)
print(dh.stream)
dh.emit(logging.makeLogRecord({"msg": "delayed"}))
dh.close()
with open("logging_handlers.tmp") as fp:
    print(repr(fp.read()))
logging.basicConfig(filename="logging_handlers.tmp", filemode="w", format="%(message)s!",
                    force=True)
logging.warning("basicConfig file")
logging.root.handlers[0].close()
with open("logging_handlers.tmp") as fp:
    print(repr(fp.read()))
import os
os.remove("logging_handlers.tmp")

# captureWarnings
logging.basicConfig(stream=sys.stdout, force=True, format="%(name)s:%(levelname)s:%(message)s")
logging.captureWarnings(True)
warnings.warn("captured", UserWarning)
logging.captureWarnings(False)
warnings.warn("not captured", UserWarning)

# deprecated warn
warnings.simplefilter("always")
logging.getLogger("h").warn("deprecated warn")
