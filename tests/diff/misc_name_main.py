# __name__ == "__main__" and module attributes of the main script.
import sys
print(__name__)
if __name__ == "__main__":
    print("running as main")
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(__file__.endswith("misc_name_main.py"), __doc__, __package__, __spec__ is None)
print(type(__builtins__).__name__ in ("module", "dict"))
import mod_util
print(mod_util.__name__ != "__main__")
def main():
    return "main() called"
if __name__ == "__main__":
    print(main())
