import unittest
import module_that_does_not_exist_anywhere


class Never(unittest.TestCase):
    def test_x(self):
        pass
