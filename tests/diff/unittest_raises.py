# unittest: assertRaises / assertRaisesRegex / assertWarns in both forms
import io
import re
import unittest
import warnings


def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)
    return int(text)


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1


class Raises(unittest.TestCase):
    def test_cm(self):
        with self.assertRaises(ValueError) as cm:
            parse("abc")
        self.assertEqual(str(cm.exception), "not a number: 'abc'")
        self.assertIsNone(cm.exception.__traceback__)

    def test_callable(self):
        self.assertRaises(ValueError, parse, "x1")
        self.assertRaises((KeyError, ValueError), parse, text="y")

    def test_not_raised_cm(self):
        with self.assertRaises(ValueError):
            parse("12")

    def test_not_raised_callable(self):
        self.assertRaises(ValueError, parse, "12")

    def test_not_raised_msg(self):
        with self.assertRaises(ZeroDivisionError, msg="should divide by zero"):
            pass

    def test_wrong_exception(self):
        with self.assertRaises(KeyError):
            parse("abc")

    def test_regex_ok(self):
        with self.assertRaisesRegex(ValueError, r"number: '\w+'"):
            parse("abc")
        self.assertRaisesRegex(ValueError, "not a", parse, "q")

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "^integer"):
            parse("abc")

    def test_bad_type(self):
        with self.assertRaises(TypeError) as cm:
            self.assertRaises(42)
        print("bad type:", cm.exception)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(), 1)
        print("warning:", cm.warning, type(cm.warning).__name__, cm.lineno)
        self.assertWarns(DeprecationWarning, old_api)
        self.assertWarnsRegex(DeprecationWarning, "deprecated", old_api)

    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_warns_regex_mismatch(self):
        self.assertWarnsRegex(DeprecationWarning, "^new", old_api)

    def test_base_exception(self):
        with self.assertRaises(SystemExit) as cm:
            raise SystemExit(3)
        self.assertEqual(cm.exception.code, 3)


out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Raises))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
print(result.wasSuccessful(), result.testsRun)
