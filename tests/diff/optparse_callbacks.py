# optparse: callbacks consuming arguments, option_list, values, titled groups
import sys
from optparse import (OptionParser, Option, OptionGroup, Values, TitledHelpFormatter,
                      OptionValueError, make_option, SUPPRESS_HELP)


def vararg_callback(option, opt_str, value, parser):
    assert value is None
    value = []
    for arg in parser.rargs:
        if arg[:2] == "--" and len(arg) > 2:
            break
        if arg[:1] == "-" and len(arg) > 1:
            break
        value.append(arg)
    del parser.rargs[:len(value)]
    setattr(parser.values, option.dest, value)


def check_order(option, opt_str, value, parser):
    if parser.values.b:
        raise OptionValueError("can't use %s after -b" % opt_str)
    setattr(parser.values, option.dest, 1)


def scale(option, opt_str, value, parser, factor):
    setattr(parser.values, option.dest, value * factor)


p = OptionParser(option_list=[
    make_option("-c", "--callback", dest="vararg_attr", action="callback",
                callback=vararg_callback),
    make_option("-a", action="callback", callback=check_order, dest="a"),
    make_option("-b", action="store_true", dest="b"),
    make_option("--scaled", action="callback", callback=scale, type="float",
                callback_args=(10,), dest="scaled"),
    make_option("--pair", action="callback", callback=lambda o, s, v, p: print("pair", v),
                type="int", nargs=2),
], prog="cb")
for args in (["-c", "x", "y", "-b", "z"], ["-a", "-b"], ["-b", "-a"], ["--scaled", "2.5"],
             ["--pair", "1", "2"], ["--pair", "1", "x"], ["-c"], ["--callback", "--", "q"]):
    try:
        v, rest = p.parse_args(args)
        print(args, "->", sorted(v.__dict__.items()), rest)
    except SystemExit as e:
        print(args, "-> exit", e.code)

v = Values({"b": True})
out, rest = p.parse_args(["x"], values=v)
print(out is v, sorted(v.__dict__.items()), rest)
p.set_process_default_values(False)
p.add_option("-n", type="int", default="7")
print(p.get_default_values().n)
p.set_process_default_values(True)
print(p.get_default_values().n)

t = OptionParser(formatter=TitledHelpFormatter(width=60), prog="t", usage="%prog [opts]",
                 description="Titled description.", epilog="Bye.", version="1")
t.add_option("-x", "--ex", help="x option %default", default=3)
t.add_option("--hidden", help=SUPPRESS_HELP)
g = OptionGroup(t, "Group One", "Group description.")
g.add_option("-y", type="choice", choices=["a", "b"], help="y option")
t.add_option_group(g)
t.print_help()
print(t.format_help() == t.format_help())
print(t.get_option_group("-y").title, g.get_description())
t.print_help(sys.stdout)
