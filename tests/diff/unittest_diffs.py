# unittest: difflib diffs of long lists, dicts, strings; maxDiff truncation
import io
import re
import unittest


class Diffs(unittest.TestCase):
    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(30))[:15] + [99] + list(range(16, 31)))

    def test_long_list_full(self):
        self.maxDiff = None
        self.assertEqual(list(range(40)), list(range(1, 41)))

    def test_dict(self):
        a = {"name": "widget", "size": [1, 2, 3], "tags": ("x", "y"), "price": 9.5}
        b = {"name": "widget", "size": [1, 2, 4], "tags": ("x",), "color": "red"}
        self.assertEqual(a, b)

    def test_big_dict(self):
        self.assertDictEqual({i: "v%d" % i for i in range(60)},
                             {i: "v%d" % (i + (i == 30)) for i in range(60)})

    def test_text(self):
        old = "\n".join("line %d of the text" % i for i in range(12)) + "\n"
        new = old.replace("line 5 of", "line five of").replace("line 9", "LINE 9")
        self.assertMultiLineEqual(old, new)

    def test_text_no_newline(self):
        self.assertEqual("first line\nsecond", "first line\nsecond line")

    def test_huge_text(self):
        self.assertEqual("a\n" * 500, "a\n" * 499 + "b\n")

    def test_tuple_of_tuples(self):
        self.assertTupleEqual(tuple((i, i * i) for i in range(8)),
                              tuple((i, i * i + (i == 6)) for i in range(8)))

    def test_nested(self):
        self.maxDiff = 200
        self.assertEqual([{"id": i, "children": list(range(i))} for i in range(6)],
                         [{"id": i, "children": list(range(i + 1))} for i in range(6)])

    def test_set_long(self):
        self.assertEqual(set(range(10)), set(range(5, 15)))

    def test_sequence_unequal_len(self):
        self.assertSequenceEqual(list("abcdefgh"), list("abcdefghij"))

    def test_long_repr_shortened(self):
        self.assertListEqual(["item-%03d" % i for i in range(50)],
                             ["item-%03d" % i for i in range(49)] + ["other"])


out = io.StringIO()
unittest.TextTestRunner(stream=out, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Diffs))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
