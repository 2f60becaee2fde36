# optparse: actions, types, defaults, callbacks, errors (exit status 2)
import sys
from optparse import OptionParser, Option, OptionValueError, Values, make_option
import optparse


def run(parser, args):
    try:
        opts, rest = parser.parse_args(args)
        print(sorted(vars(opts).items()), rest)
    except SystemExit as e:
        print("exit", e.code)


p = OptionParser()
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("-x", type="float")
p.add_option("--mode", type="choice", choices=["a", "b"], default="a")
p.add_option("--const", action="store_const", const=42, dest="c")
p.add_option("-I", "--include", action="append", dest="inc")
p.add_option("-d", action="count", dest="debug")
p.add_option("--point", nargs=2, type="int")
p.add_option("--tag", action="append_const", const="T", dest="tags")
p.add_option("--cplx", type="complex")
p.add_option("--long-name")

run(p, [])
run(p, ["-f", "out.txt", "-q", "a", "b"])
run(p, ["--file=x", "-vn", "7", "-x2.5", "pos", "--mode", "b"])
run(p, ["-fvalue", "-I", "a", "-Ib", "--include=c", "-ddd", "-d"])
run(p, ["--num", "0x1F", "-n", "010"])
run(p, ["-n", "0b101"])
run(p, ["--point", "1", "2", "--tag", "--tag", "--const", "--cplx", "1+2j"])
run(p, ["--fi", "abbrev", "--long", "ln", "--", "-v", "--file"])
run(p, ["-", "x", "-v"])
run(p, ["-n", "-5"])
p.disable_interspersed_args()
run(p, ["a", "-v"])
p.enable_interspersed_args()

# errors: usage + "prog: error: ..." on stderr, exit status 2
for bad in (["-z"], ["--nope"], ["--num", "abc"], ["-x", "y"], ["--mode", "c"],
            ["-f"], ["--point", "1"], ["-q=1"], ["--quiet=1"], ["--m", "a"],
            ["--cplx", "zz"], ["-n", "1.5"]):
    run(p, bad)
p.add_option("--mod")
run(p, ["--mo", "x"])

# callbacks
def cb(option, opt_str, value, parser, *args, **kwargs):
    print("callback", option, opt_str, value, args, kwargs, parser.largs, parser.rargs)
    setattr(parser.values, option.dest or "cb", value)


def cb_err(option, opt_str, value, parser):
    raise OptionValueError("bad thing in %s" % opt_str)


q = OptionParser(prog="myprog")
q.add_option("-c", action="callback", callback=cb)
q.add_option("--val", action="callback", callback=cb, type="int", dest="val",
             callback_args=(1, 2), callback_kwargs={"k": "v"})
q.add_option("-e", action="callback", callback=cb_err)
run(q, ["a", "-c", "--val", "5", "b"])
run(q, ["-e"])

# Values
v = Values({"a": 1})
print(v, v == {"a": 1}, v == Values({"a": 1}), v != Values({"a": 2}), v.ensure_value("b", []))
print(v.ensure_value("a", 5), str(v))
v._update_loose({"z": 9})
v._update_careful({"a": None, "z": 10, "new": 1})
print(v)
print(p.get_default_values().num, p.defaults["mode"], p.get_option("-f"), p.has_option("--num"),
      p.has_option("--bogus"))
p.set_defaults(num="12")
print(p.get_default_values().num)
p.set_default("verbose", False)
print(p.parse_args([])[0].verbose)
p.remove_option("--num")
print(p.has_option("-n"), p.has_option("--num"))
try:
    p.remove_option("--num")
except ValueError as e:
    print("ValueError", e)
print(make_option is Option)
print(repr(Option("-a", "--all"))[:10])
p.parse_args([])
print(sys.argv[1:], p.get_prog_name(), p.get_usage(), p.get_version() == "")
