# optparse: help and usage output layout, groups, formatters, --help/--version
import os
import sys
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE,
                      TitledHelpFormatter, IndentedHelpFormatter)

p = OptionParser(usage="%prog [options] arg1 arg2", version="%prog 1.0",
                 description="A program that does things with files. " * 4,
                 epilog="The epilog text is wrapped as well, like the description. " * 3)
p.add_option("-v", "--verbose", action="store_true", dest="verbose", default=True,
             help="make lots of noise [default]")
p.add_option("-q", "--quiet", action="store_false", dest="verbose",
             help="be vewwy quiet (I'm hunting wabbits)")
p.add_option("-f", "--filename", metavar="FILE", help="write output to FILE")
p.add_option("-m", "--mode", default="intermediate",
             help="interaction mode: novice, intermediate, or expert [default: %default]")
p.add_option("-n", type="int", default=5, help="count [default: %default]")
p.add_option("--none", help="no default: %default")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--no-help")
p.add_option("--a-very-long-option-name-that-overflows", metavar="VALUE",
             help="this help text starts on the next line because the option strings are long")
p.add_option("-p", "--point", nargs=2, type="float", help="a point")
g = OptionGroup(p, "Dangerous Options",
                "Caution: use these options at your own risk.  It is believed that some "
                "of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
g2 = p.add_option_group("Debug Options")
g2.add_option("-d", "--debug", action="store_true", help="Print debug information")
g2.add_option("-s", "--sql", action="store_true", help="Print all SQL statements executed")
g3 = p.add_option_group("Empty group", "Only a description here.")
p.print_help()
print("----")
print(repr(p.get_usage()))
p.print_usage()
p.print_version()
print(p.get_option_group("-g") is g, p.get_option_group("-v"))
print("----")
print(p.format_option_help())
print("----")
t = OptionParser(formatter=TitledHelpFormatter(), prog="titled", description="Desc.")
t.add_option("-a", "--alpha", help="alpha option")
t.add_option("-b", type="int", help="beta option")
tg = t.add_option_group("Group")
tg.add_option("--gamma", action="store_true", help="gamma")
t.print_help()
print("----")
f = IndentedHelpFormatter(indent_increment=4, max_help_position=40, width=60, short_first=0)
f.set_long_opt_delimiter(" ")
f.set_short_opt_delimiter("")
w = OptionParser(formatter=f, usage=SUPPRESS_USAGE, add_help_option=False, prog="w")
w.add_option("-o", "--output", help="output file " * 8)
w.add_option("-x", action="store_true")
w.print_help()
print(repr(w.get_usage()))
print("----")
os.environ["COLUMNS"] = "40"
narrow = OptionParser(prog="narrow", usage="usage: %prog files...")
narrow.add_option("-l", "--long-option", help="the help text of this option is quite long " * 2)
narrow.print_help()
del os.environ["COLUMNS"]
print("----")
e = OptionParser(prog="empty", add_help_option=False)
e.print_help()
print("----")
sys.stdout.flush()
h = OptionParser(version="%prog 2.5")
h.add_option("-x", help="an x")
try:
    h.parse_args(["--version"])
except SystemExit as ex:
    print("exit", ex.code)
h.parse_args(["-x", "1", "--he"])
print("not reached")
