# logging: caller information with stacklevel through wrappers
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(funcName)s:%(lineno)d:%(module)s %(message)s")
lg = logging.getLogger("s")
ad = logging.LoggerAdapter(lg, {})


def level1(n, how):
    if how == "logger":
        lg.info("logger stacklevel=%d", n, stacklevel=n)
    elif how == "module":
        logging.info("module stacklevel=%d", n, stacklevel=n)
    elif how == "adapter":
        ad.info("adapter stacklevel=%d", n, stacklevel=n)
    elif how == "log":
        lg.log(logging.INFO, "log stacklevel=%d", n, stacklevel=n)
    elif how == "exception":
        try:
            raise ValueError
        except ValueError:
            lg.exception("exception stacklevel=%d", n, stacklevel=n)


def level2(n, how):
    level1(n, how)


def level3(n, how):
    level2(n, how)


for how in ("logger", "module", "adapter", "log", "exception"):
    for n in (1, 2, 3, 4, 5, 50):
        try:
            level3(n, how)
        except TypeError as e:
            print("TypeError", e)
lg.info("top level")
print(lg.findCaller())
print(lg.findCaller(stack_info=True)[3])
