# logging: output order at exit, handler flush/close by shutdown, uncaught error
import logging
import sys


class Closing(logging.StreamHandler):
    def flush(self):
        print("flush", self.name)
        super().flush()

    def close(self):
        print("close", self.name)
        super().close()


h = Closing(sys.stdout)
h.name = "closer"
logging.getLogger().addHandler(h)
logging.warning("before the error")
print(logging.root.hasHandlers())
raise SystemExit("bye")
