# unittest: subTest reporting (dots and verbose), nested params, failfast
import io
import re
import unittest


class Sub(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0, "odd number")

    def test_nested(self):
        for group in ("a", "b"):
            with self.subTest(group=group):
                for n in (1, 2):
                    with self.subTest("inner", n=n, group=group.upper()):
                        if (group, n) == ("b", 2):
                            raise ValueError("bad pair")

    def test_plain(self):
        with self.subTest():
            self.fail("no params")
        with self.subTest("just a message"):
            self.assertIsNone(1)

    def test_all_pass(self):
        for word in ("x", "y"):
            with self.subTest(word=word):
                self.assertTrue(word)

    def test_skip_in_subtest(self):
        with self.subTest(k=1):
            self.skipTest("skipped subtest")
        with self.subTest(k=2):
            pass

    @unittest.expectedFailure
    def test_expected(self):
        with self.subTest(x=1):
            self.assertEqual(1, 0)

    def test_after_subtests(self):
        with self.subTest(p="q"):
            self.assertEqual("q", "r")
        self.assertEqual(1, 2)


def run(verbosity, failfast=False):
    out = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Sub)
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity,
                                     failfast=failfast).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
    for test, _ in result.failures + result.errors:
        print(" ", test.id(), "|", test.shortDescription(), "|", type(test).__name__)


run(1)
run(2)
run(2, failfast=True)
