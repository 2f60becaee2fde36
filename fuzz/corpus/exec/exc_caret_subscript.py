# Carets under subscript expressions.
def get_third(items):
    return items[0] + items[2]

matrix = [[1, 2], [3, 4]]
print(get_third([1, 2, 3]))
print(get_third(matrix[1]))
