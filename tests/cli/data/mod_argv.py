import sys
print(sys.argv[1:])
print(sys.argv[0].endswith("mod_argv.py"))
print(__name__)
if __name__ == "__main__":
    print("main block")
