# unittest: a small library (an RPN calculator and an inventory) with a
# third-party style test suite of 25 tests, run through unittest.main()
import io
import re
import sys
import unittest


class CalcError(Exception):
    pass


class RPN:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}

    def __init__(self):
        self.stack = []

    def push(self, token):
        if token in self.OPS:
            if len(self.stack) < 2:
                raise CalcError("stack underflow at %r" % token)
            b, a = self.stack.pop(), self.stack.pop()
            try:
                self.stack.append(self.OPS[token](a, b))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        else:
            try:
                self.stack.append(float(token) if "." in token else int(token))
            except ValueError:
                raise CalcError("bad token %r" % token)

    def evaluate(self, text):
        self.stack = []
        for token in text.split():
            self.push(token)
        if len(self.stack) != 1:
            raise CalcError("%d values left" % len(self.stack))
        return self.stack[0]


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty=1):
        have = self.items.get(name, 0)
        if qty > have:
            raise KeyError(name)
        if have == qty:
            del self.items[name]
        else:
            self.items[name] = have - qty

    def names(self):
        return sorted(self.items)

    def report(self):
        return "\n".join("%-8s %3d" % (n, self.items[n]) for n in self.names())


class TestRPN(unittest.TestCase):
    def setUp(self):
        self.calc = RPN()

    def test_single_number(self):
        self.assertEqual(self.calc.evaluate("42"), 42)

    def test_addition(self):
        self.assertEqual(self.calc.evaluate("1 2 +"), 3)

    def test_precedence_free(self):
        self.assertEqual(self.calc.evaluate("2 3 4 * +"), 14)

    def test_float(self):
        self.assertAlmostEqual(self.calc.evaluate("0.1 0.2 +"), 0.3)

    def test_division(self):
        self.assertIsInstance(self.calc.evaluate("7 2 /"), float)

    def test_division_by_zero(self):
        with self.assertRaisesRegex(CalcError, "division by zero") as cm:
            self.calc.evaluate("1 0 /")
        self.assertIsNone(cm.exception.__cause__)
        self.assertTrue(cm.exception.__suppress_context__)

    def test_underflow(self):
        self.assertRaises(CalcError, self.calc.evaluate, "1 +")

    def test_bad_token(self):
        with self.assertRaises(CalcError) as cm:
            self.calc.evaluate("1 x +")
        self.assertEqual(str(cm.exception), "bad token 'x'")

    def test_leftovers(self):
        with self.assertRaisesRegex(CalcError, r"^2 values left$"):
            self.calc.evaluate("1 2")

    def test_table(self):
        cases = [("1 1 +", 2), ("5 3 -", 2), ("2 5 *", 10), ("9 3 /", 3.0)]
        for expr, expected in cases:
            with self.subTest(expr=expr):
                self.assertEqual(self.calc.evaluate(expr), expected)

    def test_stack_after_error(self):
        try:
            self.calc.evaluate("1 2 3 + + +")
        except CalcError:
            pass
        self.assertEqual(self.calc.stack, [6])

    @unittest.skipUnless(hasattr(RPN, "power"), "power operator not implemented")
    def test_power(self):
        self.assertEqual(self.calc.evaluate("2 3 ^"), 8)

    @unittest.expectedFailure
    def test_negative_literal(self):
        self.assertEqual(self.calc.evaluate("-3 4 +"), 1.5)


class TestInventory(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.catalogue = ("apple", "pear", "plum")

    def setUp(self):
        self.inv = Inventory()
        for name in self.catalogue:
            self.inv.add(name, 3)

    def test_names_sorted(self):
        self.assertListEqual(self.inv.names(), ["apple", "pear", "plum"])

    def test_add_existing(self):
        self.inv.add("pear", 2)
        self.assertEqual(self.inv.items["pear"], 5)

    def test_add_invalid(self):
        for qty in (0, -1):
            with self.subTest(qty=qty):
                with self.assertRaises(ValueError):
                    self.inv.add("kiwi", qty)
        self.assertNotIn("kiwi", self.inv.items)

    def test_remove_all(self):
        self.inv.remove("plum", 3)
        self.assertNotIn("plum", self.inv.names())

    def test_remove_too_many(self):
        with self.assertRaises(KeyError):
            self.inv.remove("apple", 10)
        self.assertEqual(self.inv.items["apple"], 3)

    def test_remove_unknown(self):
        self.assertRaises(KeyError, self.inv.remove, "mango")

    def test_counts(self):
        self.inv.add("apple")
        self.assertDictEqual(self.inv.items, {"apple": 4, "pear": 3, "plum": 3})

    def test_count_equal(self):
        self.assertCountEqual(self.inv.items, ["plum", "apple", "pear"])

    def test_report(self):
        self.assertMultiLineEqual(self.inv.report(),
                                  "apple      3\npear       3\nplum       3")

    def test_report_after_changes(self):
        self.inv.remove("pear", 1)
        self.inv.add("fig", 12)
        self.assertEqual(self.inv.report().splitlines(),
                         ["apple      3", "fig       12", "pear       2", "plum       3"])

    def test_total(self):
        self.assertGreaterEqual(sum(self.inv.items.values()), 9)
        self.assertLess(len(self.inv.items), 4)

    @unittest.skip("persistence is not written yet")
    def test_save(self):
        pass


if __name__ == "__main__":
    buf = io.StringIO()
    sys.stderr = buf
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
        print("exit status", e.code)
