# getopt: getopt, gnu_getopt and GetoptError messages
import getopt

cases = [
    (["-a", "1", "-b", "x", "y"], "a:b", []),
    (["-a1", "-bb", "--", "-a", "z"], "a:b", []),
    (["-ba2", "rest"], "a:b", []),
    (["--alpha=3", "--beta", "file"], "a:b", ["alpha=", "beta"]),
    (["--alpha", "4", "f"], "", ["alpha="]),
    (["--al=5"], "", ["alpha=", "beta"]),
    (["--be"], "", ["alpha=", "beta"]),
    (["--beta="], "", ["beta="]),
    (["-", "-a"], "a", []),
    (["x", "-a"], "a", []),
    (["--long"], "", "long"),
    (["--foo"], "", ["foo", "foobar"]),
    (["--foo", "v"], "", ["foo=", "foobar"]),
    ([], "a", []),
]
for args, short, long in cases:
    print(getopt.getopt(args, short, long))
    print(getopt.gnu_getopt(args, short, long))

print(getopt.gnu_getopt(["x", "-a", "1", "y", "--flag", "z"], "a:", ["flag"]))
print(getopt.gnu_getopt(["x", "-a", "1"], "+a:"))
print(getopt.gnu_getopt(["-a", "1", "--", "-a", "2"], "a:"))

errors = [
    (["-x"], "a", []),
    (["-a"], "a:", []),
    (["--nope"], "", ["yes"]),
    (["--fo"], "", ["foo", "fob"]),
    (["--beta=1"], "", ["beta"]),
    (["--alpha"], "", ["alpha="]),
    (["-:"], "a:", []),
    (["-ab"], "a", []),
]
for args, short, long in errors:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            fn(args, short, long)
        except getopt.GetoptError as e:
            print(type(e).__name__, str(e), repr(e.msg), repr(e.opt), e.args)

e = getopt.GetoptError("message")
print(repr(e), str(e), e.opt == "", getopt.error is getopt.GetoptError)
print(issubclass(getopt.GetoptError, Exception))
try:
    getopt.getopt("-a", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    raise getopt.GetoptError("option -q not recognized", "q")
except getopt.error as e:
    print("caught", e)
import os
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-a", "1"], "a:"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.gnu_getopt(["x", "-a", "1"], "a:"))
print(getopt.getopt(("-a", "1"), "a:") if False else getopt.getopt(["-a", "1"], "a:", ("x",)))
