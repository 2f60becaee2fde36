# unittest: TestLoader, TestSuite, TestResult and FunctionTestCase APIs
import unittest


class Numbers(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def test_c(self): self.fail("c")
    def check_x(self): pass
    def helper(self): pass
    test_attr = 5


class Empty(unittest.TestCase):
    pass


class WithRunTest(unittest.TestCase):
    def runTest(self): pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Numbers))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Numbers))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Numbers))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a", "*Numbers.test_c"]
print(loader.getTestCaseNames(Numbers))
loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Numbers)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
print(loader.loadTestsFromTestCase(Empty).countTestCases())
print([str(t) for t in loader.loadTestsFromTestCase(WithRunTest)])
s2 = loader.loadTestsFromName("Numbers.test_a", __import__("__main__"))
print(s2.countTestCases(), list(s2))
s3 = loader.loadTestsFromNames(["Numbers", "WithRunTest"], __import__("__main__"))
print(s3.countTestCases())
bad = loader.loadTestsFromName("Nope", __import__("__main__"))
print(bad.countTestCases(), len(loader.errors))

result = unittest.TestResult()
print(result)
suite.run(result)
print(result, result.testsRun, result.wasSuccessful(), result.shouldStop)
print([(t.id(), err.splitlines()[-1]) for t, err in result.failures])
print(suite.countTestCases(), list(suite))

t1, t2 = Numbers("test_a"), Numbers("test_a")
print(t1 == t2, hash(t1) == hash(t2), t1 == Numbers("test_b"))
try:
    Numbers("test_zzz")
except ValueError as e:
    print("ValueError", e)

ft = unittest.FunctionTestCase(lambda: None, description="a lambda test")
print(ft.shortDescription(), ft.countTestCases())
r = unittest.TestResult()
ft.run(r)
print(r.testsRun, r.wasSuccessful())

s = unittest.TestSuite()
s.addTest(Numbers("test_b"))
s.addTests([Numbers("test_a"), unittest.TestSuite([Numbers("test_c")])])
print(s.countTestCases(), len(list(s)))
try:
    s.addTest(Numbers)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError", e)
print(s == unittest.TestSuite(list(s)))
r = unittest.TestResult()
r.failfast = True
s.run(r)
print(r.testsRun, len(r.failures), r.shouldStop)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
print(unittest.defaultTestLoader.testMethodPrefix, unittest.SkipTest.__mro__[1].__name__)
print(unittest.makeSuite(Numbers).countTestCases())
print(unittest.findTestCases(__import__("__main__")).countTestCases())
