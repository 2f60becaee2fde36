import unittest


class Deep(unittest.TestCase):
    def test_deep(self):
        self.assertTrue("deep")

    @unittest.skip("too deep")
    def test_skipped(self):
        pass
