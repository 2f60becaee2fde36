# unittest: main() command line: -v -q -f -b -k, test names, errors, exit codes
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        print("output of test_one")

    def test_two(self):
        print("output of test_two")
        sys.stderr.write("error output\n")
        self.assertEqual("two", "2")

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        raise RuntimeError("beta one")

    def test_four(self):
        pass


def run(*args, **kwargs):
    print("==== run", " ".join(args), kwargs or "")
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        unittest.main(argv=["prog.py"] + list(args), **kwargs)
        code = "no exit"
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = old
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
    print("exit:", code)


run("-k", "one")
run("-v", "-k", "test_t*")
run("-kfour", "-k", "three")
run("-f")
run("-b", "Alpha")
run("-q", "Alpha.test_three", "Beta.test_four")
run("Alpha.test_missing")
run("Gamma")
run("-k", "nothing_matches")
run("--verbose", "--failfast", "Beta")
run("--bogus")
run("-k")
run("Alpha", "-v", "Beta")
run("-h")
sys.argv = ["prog.py", "-v", "Alpha.test_three"]
run_result = None
buf = io.StringIO()
sys.stderr = buf
try:
    unittest.main()
except SystemExit as e:
    sys.stderr = sys.__stderr__
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
    print("exit:", e.code)
sys.stderr = io.StringIO()
unittest.main(argv=["prog.py", "Beta.test_one"])
