# logging: root logger, lastResort, module-level functions, basicConfig
import logging
import sys

# no handlers anywhere: lastResort writes the bare message to stderr
lg = logging.getLogger("app")
lg.warning("last resort %s", 1)
lg.info("dropped")
lg.error("an error")
print(lg.hasHandlers(), logging.root.handlers)

# module-level call configures the root logger with the basic format
logging.warning("root warning %d%%", 50)
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.info("still not shown")
lg.warning("now through root")
lg.critical("critical %r", "x")
logging.error("error")
logging.critical("crit")
logging.fatal("fatal")
logging.log(45, "level 45")
logging.debug("no")

# basicConfig is a no-op once configured, unless force=True
logging.basicConfig(level=logging.DEBUG, format="X %(message)s")
logging.debug("still no debug")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s|%(name)s|%(message)s",
                    stream=sys.stdout, force=True)
logging.debug("debug to stdout")
lg.info("info %s %s", "a", "b")
logging.getLogger("app.sub").warning("sub")
logging.log(logging.INFO, "via log")
print(logging.root.level, logging.getLogger().getEffectiveLevel())
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root,
      logging.getLogger("") is logging.root)

# style { and $
logging.basicConfig(style="{", format="{levelname}:{name}:{message}!", stream=sys.stdout,
                    force=True, level="INFO")
logging.info("brace style")
logging.basicConfig(style="$", format="$levelname ${name} $message", stream=sys.stdout,
                    force=True)
logging.warning("dollar style")
logging.basicConfig(style="$", stream=sys.stdout, force=True)
logging.warning("default $ format")
logging.basicConfig(style="{", stream=sys.stdout, force=True)
logging.warning("default { format")

# errors
for kw in [dict(style="x"), dict(stream=sys.stdout, filename="x.log"),
           dict(handlers=[logging.StreamHandler()], stream=sys.stdout),
           dict(bogus=1, other=2), dict(format="%(message)d no"), dict(level="LOUD"),
           dict(format="no fields here"), dict(style="{", format="plain"),
           dict(style="$", format="plain")]:
    try:
        logging.basicConfig(force=True, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)], format="H:%(message)s")
logging.warning("via handlers")
print(logging.root.handlers)
