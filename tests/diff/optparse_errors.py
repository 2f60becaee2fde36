# optparse: OptionError / option definition errors, conflicts
import optparse
from optparse import OptionParser, Option, OptionError, OptionConflictError


def make(*args, **kwargs):
    try:
        o = Option(*args, **kwargs)
        print("ok", o, o.action, o.type, o.dest, o.nargs, o.default)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)


make("-a")
make("--all", action="store_true")
make("-b", type=int)
make("-b", type=str)
make("-b", type=float, dest="x")
make("-c", choices=["x", "y"])
make()
make("")
make("-")
make("--")
make("abc")
make("-ab")
make("---x")
make("-a", bogus=1, other=2)
make("-a", action="fly")
make("-a", type="bool")
make("-a", action="store_true", type="int")
make("-a", type="choice")
make("-a", type="choice", choices="abc")
make("-a", type="int", choices=["1"])
make("-a", const=1)
make("-a", action="count", nargs=2)
make("-a", action="callback", callback="nope")
make("-a", action="callback", callback=print, callback_args=[1])
make("-a", action="callback", callback=print, callback_kwargs=[1])
make("-a", callback=print)
make("-a", callback_args=(1,))
make("-a", callback_kwargs={})
make("-a", "--alpha-beta")
make("-a", action="callback", callback=print)
make("--xyz", action="callback", callback=print, type="string", nargs=3)

p = OptionParser()
p.add_option("-a", "--all")
try:
    p.add_option("-a", "--all")
except OptionConflictError as e:
    print("OptionConflictError", e)
try:
    p.add_option("--all")
except OptionConflictError as e:
    print("OptionConflictError", e)
try:
    p.add_option(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.add_option(Option("-z"), "x")
except TypeError as e:
    print("TypeError", e)
try:
    OptionParser(conflict_handler="ignore")
except ValueError as e:
    print("ValueError", e)
r = OptionParser(conflict_handler="resolve")
r.add_option("-a", "--all", help="first")
r.add_option("-a", help="second")
r.add_option("--all", help="third")
r.add_option("-h", action="store_true", help="not help")
r.print_help()
try:
    r.add_option_group(optparse.OptionGroup(p, "wrong"))
except ValueError as e:
    print("ValueError", e)
try:
    r.add_option_group(1)
except TypeError as e:
    print("TypeError", e)
try:
    optparse.IndentedHelpFormatter().set_short_opt_delimiter("=")
except ValueError as e:
    print("ValueError", e)
try:
    optparse.IndentedHelpFormatter().set_long_opt_delimiter("")
except ValueError as e:
    print("ValueError", e)
print(str(optparse.BadOptionError("-q")), str(optparse.AmbiguousOptionError("--a", ["--ab", "--ac"])))
print(issubclass(OptionConflictError, OptionError), issubclass(OptionError, optparse.OptParseError),
      issubclass(optparse.OptParseError, Exception))

# uncaught parse error: usage + error on stderr, exit status 2
q = OptionParser(usage="usage: %prog [-v] FILE", prog="tool")
q.add_option("-v", action="store_true")
q.parse_args(["-v", "--bad"])
print("not reached")
