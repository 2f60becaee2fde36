# input() with stdin at EOF (/dev/null): EOFError.
print("before input")
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print("EOFError:", e)
try:
    line = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", repr(e))
try:
    input("a", "b")
except TypeError as e:
    print(e)
import sys
print(sys.stdin.read() == "", repr(sys.stdin.readline()))
