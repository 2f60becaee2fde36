import unittest


class One(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2, 3]), 6)

    def test_fails(self):
        self.assertEqual(max([1, 5, 2]), 2)
