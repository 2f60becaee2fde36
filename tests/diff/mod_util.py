# Helper module for misc_import_* tests (not a test itself).
print("mod_util loading, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
def double(x):
    return x * 2
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v!r})"
if __name__ == "__main__":
    print("mod_util run as main (never in tests)")
