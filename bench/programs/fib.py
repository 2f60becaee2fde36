import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 27
print("fib", N, fib(N))
