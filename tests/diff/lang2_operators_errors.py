class A: pass
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
    ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b), ('>>', lambda a, b: a >> b),
    ('&', lambda a, b: a & b), ('|', lambda a, b: a | b), ('^', lambda a, b: a ^ b),
    ('@', lambda a, b: a @ b), ('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b),
    ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b),
]
pairs = [(A(), 1), (1, A()), ('a', 1), (1, 'a'), ([], ()), (None, None), (1.5, 'x'), ({}, {})]
for name, fn in ops:
    for a, b in pairs[:4] + pairs[5:]:
        try:
            fn(a, b)
            print(name, 'ok')
        except TypeError as e:
            print(name, e)

for name, fn in [('-', lambda a: -a), ('+', lambda a: +a), ('~', lambda a: ~a), ('abs', abs)]:
    for v in (A(), 'str', [1], None, 1.5):
        try:
            fn(v)
            print(name, 'ok')
        except TypeError as e:
            print(name, e)

def aug():
    x = A()
    for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
        try:
            exec('x ' + op + ' 1', {'x': A()})
        except TypeError as e:
            print(op, e)
aug()
try:
    pow(A(), 1, 2)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(e)
try:
    divmod(A(), 1)
except TypeError as e:
    print(e)
try:
    [] + 'a'
except TypeError as e:
    print(e)
try:
    'a' + []
except TypeError as e:
    print(e)
try:
    (1,) + [1]
except TypeError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    'a' in ['a', 1] and 1 in 'abc'
except TypeError as e:
    print(e)
try:
    A()[0]
except TypeError as e:
    print(e)
try:
    A()[0] = 1
except TypeError as e:
    print(e)
try:
    del A()[0]
except TypeError as e:
    print(e)
try:
    A()()
except TypeError as e:
    print(e)
try:
    len(A())
except TypeError as e:
    print(e)
try:
    iter(A())
except TypeError as e:
    print(e)
try:
    next(A())
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    (1)[0]
except TypeError as e:
    print(e)
try:
    'abc'[1] = 'x'
except TypeError as e:
    print(e)
try:
    del 'abc'[0]
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    [1, 2]['a']
except TypeError as e:
    print(e)
try:
    'abc'[1.0]
except TypeError as e:
    print(e)
try:
    (1, 2)[None]
except TypeError as e:
    print(e)
