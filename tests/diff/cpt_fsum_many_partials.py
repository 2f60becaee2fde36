# math.fsum with hundreds of non-overlapping partials (CPython's test_math
# testFsum case) and the telescoping sum: exact results, no MemoryError.
import math

v = [2.**n - 2.**(n+50) + 2.**(n+52) for n in range(-1074, 972, 2)] + [-2.**1022]
print(math.fsum(v).hex(), float.fromhex('0x1.5555555555555p+970').hex())
terms = [1.7**i for i in range(1001)]
print(math.fsum([terms[i+1] - terms[i] for i in range(1000)] + [-terms[1000]]))
