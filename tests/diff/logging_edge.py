# logging: edge cases of exception info, lastResort, adapters, records
import logging
import sys

logging.exception("outside any except")
logging.error("exc_info with nothing", exc_info=True)
lg = logging.getLogger("edge")
logging.root.handlers[0].setStream(sys.stdout)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError:
    lg.exception("chained")
try:
    raise OSError(2, "No such file")
except OSError:
    lg.critical("critical with traceback", exc_info=True, stack_info=False)


class Boom(Exception):
    def __str__(self):
        return "boom str"


lg.error("exc instance", exc_info=Boom())
lg.error("exc tuple", exc_info=(Boom, Boom(), None))
logging.root.handlers.clear()
old = logging.lastResort
logging.lastResort = None
logging.getLogger("nolast").warning("nobody hears this")
logging.getLogger("nolast2").warning("or this")
logging.lastResort = old
logging.getLogger("nolast").warning("last resort again")
logging.getLogger("nolast").info("below last resort level")
logging.lastResort.setLevel(logging.INFO)
logging.getLogger("nolast").info("now at info")
logging.lastResort.setLevel(logging.WARNING)
ad = logging.LoggerAdapter(logging.getLogger("ad"))
ad.warning("adapter without extra")
print(ad.extra, repr(ad))
rec = logging.LogRecord("r", 10, "path/to/mod.py", 3, "%(k)s", ({"k": "v"},), None)
print(rec.args, rec.getMessage())
rec = logging.LogRecord("r", 10, "mod", 3, "%s", ({},), None)
print(rec.args, rec.getMessage())
rec = logging.LogRecord("r", 10, "a.b.c", 3, "%s %s", ("x", "y"), None)
print(rec.module, rec.filename, rec.getMessage())
print(logging.Logger("standalone").parent, logging.Logger("standalone", "DEBUG").level)
logging.basicConfig(stream=sys.stdout, format="%(name)s %(message)s %(lineno)d")
logging.getLogger("x.y").warning("line")
logging.log(logging.WARNING, "log line")
logging.warning("%s", ("tuple", "arg"))
logging.warning(("just", "a", "tuple"))
logging.warning("%d%%", 50)
logging.warning("no args but %d")
logging.warning("dict arg %(a)s %(b)s", {"a": 1, "b": 2})
logging.warning("list arg %s", [1, 2])
logging.shutdown()
print("after shutdown")
logging.warning("still works after shutdown")
