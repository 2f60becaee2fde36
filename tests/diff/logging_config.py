# logging.config.dictConfig
import logging
import logging.config
import sys

early = logging.getLogger("early")
early_child = logging.getLogger("app.child")

config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{name} | {message}", "style": "{"},
    },
    "filters": {
        "only_app": {"name": "app"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "brief",
                "stream": "ext://sys.stdout", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "formatter": "braces",
                   "stream": "ext://sys.stdout", "filters": ["only_app"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                   "target": "out"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["braced"], "propagate": True},
        "lib": {"level": "WARNING", "handlers": ["buffer"], "propagate": False},
    },
    "root": {"level": "DEBUG", "handlers": ["out"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").info("app info")
logging.getLogger("app").debug("app debug hidden")
logging.getLogger("app.child").warning("child warning")
logging.getLogger("lib").warning("lib one")
print("buffered")
logging.getLogger("lib").warning("lib two")
logging.getLogger("other").debug("other debug via root")
early.error("early logger is disabled")
print(early.disabled, early_child.disabled, logging.getLogger("app").disabled)
print(sorted(h.name for h in logging.root.handlers), logging.root.level)
print(type(logging.getLogger("lib").handlers[0].target).__name__)

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
logging.getLogger("app").info("incremental: out handler now ERROR")
logging.getLogger("app").error("error passes")

logging.config.dictConfig({
    "version": 1, "disable_existing_loggers": False,
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
    "root": {"handlers": ["h"], "level": "INFO"}})
early.disabled = False
early.info("not disabled this time")

for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"x": {"class": "no.such.Handler"}}},
            {"version": 1, "handlers": {"x": {"class": "logging.StreamHandler",
                                              "formatter": "missing"}}},
            {"version": 1, "loggers": {"a": {"level": "LOUD"}}},
            {"version": 1, "root": {"handlers": ["nope"]}},
            {"version": 1, "formatters": {"f": {"format": "%(x)", "style": "%"}}},
            {"version": 1, "incremental": True, "handlers": {"gone": {}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e, "| cause:", type(e.__cause__).__name__)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError", e)
