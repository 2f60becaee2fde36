import sys
print(sys.argv)
print(__name__)
print(repr(sys.path[0]))
