# Uncaught RecursionError: the traceback collapses repeated lines.
import sys
sys.setrecursionlimit(60)
def spiral(n):
    return spiral(n + 1) + 1
print("starting")
spiral(0)
