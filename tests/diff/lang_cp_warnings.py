# SyntaxWarnings of the compiler ("is" with a literal, always-true assert).
x = 1
print(x is 1, x is -1, x is (), x is not "a", x is None)
assert (x, "m")
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
t(lambda: [(1, 2) (3, 4)])
t(lambda: 'abc'())
t(lambda: [1, 2]['x'])
t(lambda: (1, 2)[1.5])
t(lambda: 5[0])
t(lambda: None[0])
t(lambda: {1, 2}[0])
t(lambda: f'x'['y'])
t(lambda: 'abc'[1:2])
t(lambda: [1][True])
t(lambda: (i for i in ())[0])
