# unittest: every kind of outcome, through unittest.main() with stderr captured
import io
import re
import sys
import unittest


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        """Checks arithmetic.

        The second paragraph is not shown."""
        self.assertEqual(2 + 2, 5)

    def test_error(self):
        return {}['missing']

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_zero_division(self):
        x = 0
        print(10 / x)


class Other(unittest.TestCase):
    def test_only(self):
        self.assertIn("a", "abc")


def run(argv):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        unittest.main(argv=argv)
        code = "no exit"
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr = old
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()))
    print("exit:", code)


run(["basic"])
run(["basic", "-v"])
run(["basic", "-q"])
run(["basic", "Other"])
run(["basic", "-v", "Outcomes.test_pass", "Outcomes.test_skipped"])
prog = unittest.main(argv=["basic", "Other"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
