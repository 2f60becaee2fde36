# unittest: setUpModule/setUpClass/setUp ordering, cleanups, fixture errors
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass First")
        cls.addClassCleanup(log.append, "class cleanup First")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass First")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")
        self.addCleanup(lambda: 1 / 0)
        self.fail("b fails")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "cleanup after broken setUpClass")
        raise RuntimeError("cannot set up class")

    def test_never(self):
        log.append("never runs")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")

    def test_ok(self):
        log.append("BrokenTearDownClass.test_ok")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup runs after failed setUp")
        raise OSError("setUp failed")

    def tearDown(self):
        log.append("tearDown must not run")

    def test_x(self):
        log.append("test_x must not run")


@unittest.skip("class skipped")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("skipped setUpClass must not run")

    def test_1(self):
        pass


class Context(unittest.TestCase):
    def test_enter(self):
        class CM:
            def __enter__(self):
                log.append("enter")
                return "resource"

            def __exit__(self, *exc):
                log.append("exit %r" % (exc,))
        self.assertEqual(self.enterContext(CM()), "resource")

    def test_bad_context(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        log.append(str(cm.exception))


out = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
for line in log:
    print(line)
print(result)
