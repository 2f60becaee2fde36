# sys.exit with a string: printed to stderr, status 1.
import sys
def main():
    print("main running")
    sys.exit("fatal error: configuration missing")
main()
