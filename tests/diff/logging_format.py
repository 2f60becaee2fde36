# logging: Formatter, LogRecord attributes, exc_info, stack_info, extra
import logging
import sys

out = logging.StreamHandler(sys.stdout)
lg = logging.getLogger("fmt")
lg.addHandler(out)
lg.setLevel(logging.DEBUG)
lg.propagate = False

fields = ("%(name)s|%(levelno)s|%(levelname)s|%(pathname)s|%(filename)s|%(module)s|"
          "%(lineno)d|%(funcName)s|%(message)s|%(processName)s|%(threadName)s")
out.setFormatter(logging.Formatter(fields))


def func():
    lg.info("in func %s", "arg")


func()
lg.info("at top")
lg.warning("%s and %s", "one", "two")
lg.error("mapping %(a)s %(b)d", {"a": "A", "b": 2})
lg.info("no args %s")
lg.info(12345)
lg.info(["a", "list"])

out.setFormatter(logging.Formatter("{levelname:>8}|{message:^10}|{name!r}", style="{"))
lg.info("brace")
out.setFormatter(logging.Formatter("$levelname ${message}", style="$"))
lg.info("dollar")
out.setFormatter(logging.Formatter())
lg.info("default formatter is message only")
out.setFormatter(logging.Formatter("%(user)s: %(message)s"))
lg.info("with extra", extra={"user": "bob"})
for key in ("message", "asctime", "name", "lineno"):
    try:
        lg.info("clash", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s %(custom)s",
                                   defaults={"custom": "dflt"}))
lg.info("defaults")
lg.info("defaults overridden", extra={"custom": "given"})

out.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
try:
    {}["missing"]
except KeyError:
    lg.exception("caught %s", "it")
    lg.error("error with exc_info", exc_info=True)
    lg.info("info with exc_info", exc_info=sys.exc_info())
try:
    raise ValueError("bad value")
except ValueError as e:
    err = e
lg.warning("exception instance", exc_info=err)
lg.warning("no exception", exc_info=False)


def inner():
    lg.info("with stack", stack_info=True)


def outer():
    inner()


outer()


def helper(msg):
    lg.info(msg, stacklevel=2)


def caller():
    helper("stacklevel 2")


out.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
caller()
helper("from module")
lg.info("plain")

# Formatter pieces
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(f.usesTime(), logging.Formatter("%(message)s").usesTime())
print(logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("${asctime}", style="$").usesTime())
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "created": 0.0, "msecs": 5.0,
                           "levelname": "INFO"})
print(r.getMessage(), r.name, r.levelno, r.lineno, r.pathname)
f.converter = __import__("time").gmtime
print(f.formatTime(r), f.formatTime(r, "%H:%M:%S"))
print(logging.Formatter("%(asctime)s|%(message)s").format(r)[-15:])
f2 = logging.Formatter()
f2.converter = __import__("time").gmtime
print(f2.formatTime(r))
f2.default_msec_format = None
print(f2.formatTime(r))
f2.default_time_format = "%d/%m/%Y"
f2.default_msec_format = "%s.%03d"
print(f2.formatTime(r))
rec = logging.LogRecord("n", logging.ERROR, "/p/x.py", 7, "hi %s", ("there",), None, "fn")
print(rec, rec.getMessage(), rec.module, rec.filename, rec.funcName, rec.levelname)
rec2 = logging.LogRecord("n", 25, ".hidden", 1, "m", (), None)
print(rec2.module, rec2.filename, rec2.levelname, rec2.funcName, rec2.stack_info, rec2.exc_text)
print(logging.Formatter("%(message)s").format(rec), rec.message)
bf = logging.BufferingFormatter()
print(repr(bf.format([rec, rec2])), repr(bf.format([])))

for args in [("%(message)", "%"), ("{message", "{"), ("$", "$"), ("%(x)s", "x"),
             ("{message!x}", "{"), ("{message:zz}", "{"), ("{0.a}", "{")]:
    try:
        logging.Formatter(*args)
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("no fields", validate=False)._fmt)
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError", e)
