# unittest: test discovery and dotted names on a package directory (pkg_utdisc)
import io
import re
import sys
import unittest


def show(text):
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", text)
    # The failed import's traceback has frames of the stdlib loader.
    print(re.sub(r'  File "[^"]*unittest[^"]*".*\n(    .*\n)*', "", text), end="")


loader = unittest.TestLoader()
suite = loader.discover("pkg_utdisc", top_level_dir=".")
print(suite.countTestCases(), len(loader.errors))
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
show(out.getvalue())
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))

loader = unittest.TestLoader()
suite = loader.discover("pkg_utdisc", pattern="test_d*.py", top_level_dir=".")
print([t.id() for s in suite for s2 in s for t in s2])

for argv in (["prog", "discover", "-s", "pkg_utdisc", "-t", ".", "-p", "test_one.py"],
             ["prog", "pkg_utdisc.sub.test_deep", "-v"],
             ["prog", "pkg_utdisc.test_one.One.test_ok"],
             ["prog", "-k", "deep", "pkg_utdisc.sub.test_deep"]):
    print("==== run", " ".join(argv[1:]))
    buf = io.StringIO()
    prog = unittest.main(module=None, argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=buf, verbosity=1))
    show(buf.getvalue())
    print("successful:", prog.result.wasSuccessful())
