# Uncaught TypeError from a bad call and from mixing types.
def greet(name, greeting):
    return greeting + ", " + name

print(greet("ann", "hi"))
print(greet("bob", 5))
