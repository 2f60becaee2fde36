# unittest: the failure message of every assert method
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, "passed")
    except AssertionError as e:
        print(name, "->", e)
    except Exception as e:
        print(name, "raised", type(e).__name__, e)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "a", "b", "my message")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertNotEqual", [1], [1])
check("assertTrue", [])
check("assertFalse", "yes", msg="extra")
check("assertIs", None, 0)
check("assertIsNot", t, t)
check("assertIsNone", "value")
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertNotIn", "b", "abc")
check("assertIsInstance", 3, str)
check("assertNotIsInstance", 3, int)
check("assertAlmostEqual", 1.0, 1.001)
check("assertAlmostEqual", 1.0, 1.001, places=2)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.25)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 5, 6, delta=2)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertRegex", "hello world", r"^world")
check("assertNotRegex", "hello world", r"o\s?w")
check("assertCountEqual", [1, 2, 2, 3], [3, 2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2], [2]], [[2], [3]])
check("assertSetEqual", {1, 2}, {2, 3})
check("assertSetEqual", {1, 2}, [2])
check("assertDictEqual", {"a": 1}, {"a": 2})
check("assertDictEqual", [], {})
check("assertListEqual", [1, 2], (1, 2))
check("assertTupleEqual", (1, 2), (1, 2, 3))
check("assertSequenceEqual", "abc", "abd")
check("assertSequenceEqual", [1, 2], [1, 2])
check("assertMultiLineEqual", "one\ntwo\n", "one\nthree\n")
check("assertMultiLineEqual", "single", "simple")
check("fail", "explicit failure")
t.longMessage = False
check("assertEqual", 1, 2, "only my message")
check("assertEqual", 1, 2)
t.longMessage = True
check("assertEqual", 1, 2, msg=None)
print(t.failureException.__name__, t.maxDiff, t.longMessage)
print(repr(t), str(t), t.id())
print(t.shortDescription(), t.countTestCases())
