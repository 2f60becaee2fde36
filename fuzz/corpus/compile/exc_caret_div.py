# 3.11 traceback carets under a binary operation.
def ratio(a, b):
    return a / b

def average(values):
    total = sum(values)
    return total / len(values) + ratio(total, len(values) - len(values))

print(average([1, 2, 3]) if False else "computing")
average([1, 2, 3])
