# logging.handlers: MemoryHandler, BufferingHandler, QueueHandler/Listener,
# RotatingFileHandler, WatchedFileHandler
import logging
import logging.handlers
import os
import queue
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg = logging.getLogger("hh")
lg.setLevel(logging.DEBUG)
lg.propagate = False

mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
lg.addHandler(mh)
lg.info("one")
lg.info("two")
print("buffered", len(mh.buffer))
lg.info("three")
print("after capacity", len(mh.buffer))
lg.info("four")
lg.error("five")
print("after error", len(mh.buffer))
lg.debug("six")
mh.close()
print("closed", len(mh.buffer), mh.target)
lg.removeHandler(mh)
nt = logging.handlers.MemoryHandler(2)
nt.handle(logging.makeLogRecord({"msg": "x", "levelno": 20}))
nt.handle(logging.makeLogRecord({"msg": "y", "levelno": 20}))
print("no target keeps", len(nt.buffer))
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({"msg": "a"}))
print(len(bh.buffer), bh.shouldFlush(None))
bh.handle(logging.makeLogRecord({"msg": "b"}))
print(len(bh.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg.addHandler(qh)
lg.info("queued %s", "msg")
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("queued exception")
lg.removeHandler(qh)
rec = q.get_nowait()
print(rec.msg, rec.args, rec.exc_info, rec.message, rec.getMessage())
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)
lst = logging.handlers.QueueListener(q, out)
lst.start()
lg.addHandler(qh)
lg.warning("through listener")
lg.removeHandler(qh)
lst.stop()
print(q.qsize(), q.unfinished_tasks)
high = logging.StreamHandler(sys.stdout)
high.setLevel(logging.ERROR)
lst = logging.handlers.QueueListener(q, high, respect_handler_level=True)
lst.start()
q.put_nowait(logging.makeLogRecord({"msg": "low", "levelno": logging.INFO}))
q.put_nowait(logging.makeLogRecord({"msg": "high", "levelno": logging.ERROR}))
lst.stop()

name = "logging_handlers2.tmp"
for suffix in ("", ".1", ".2", ".3"):
    if os.path.exists(name + suffix):
        os.remove(name + suffix)
rh = logging.handlers.RotatingFileHandler(name, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
print(rh.mode, rh.maxBytes, rh.backupCount, repr(rh).endswith("logging_handlers2.tmp (NOTSET)>"))
lg.addHandler(rh)
for i in range(8):
    lg.info("record number %d", i)
rh.close()
lg.removeHandler(rh)
for suffix in ("", ".1", ".2", ".3"):
    if os.path.exists(name + suffix):
        with open(name + suffix) as f:
            print(suffix or "base", repr(f.read()))
        os.remove(name + suffix)
nr = logging.handlers.RotatingFileHandler(name, mode="w")
nr.emit(logging.makeLogRecord({"msg": "never rolls"}))
nr.close()
with open(name) as f:
    print(repr(f.read()))
wh = logging.handlers.WatchedFileHandler(name, mode="w")
wh.emit(logging.makeLogRecord({"msg": "first"}))
os.remove(name)
wh.emit(logging.makeLogRecord({"msg": "after removal"}))
wh.close()
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
