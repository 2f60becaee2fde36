# Built-in types whose instances only C code makes (functions, method
# descriptors, iterators, views): calling them, their __new__ or
# object.__new__ on them must raise TypeError.  Pyclave used to let them
# inherit object.__new__, which made an instance with NULL fields, and
# type(len)() or repr(type(str.isdigit).__new__(...)) crashed.
def gen():
    yield 1

samples = [
    len, str.isdigit, [].append, (1).__add__, object.__init__, iter([]), iter(()), iter(''),
    iter(range(3)), iter(range(2 ** 70)), {}.keys(), {}.values(), {}.items(), iter({}), iter({}.values()),
    iter({}.items()), reversed([]), iter(set()), iter(b''), iter(bytearray()), gen(),
]
for obj in samples:
    T = type(obj)
    for label, make in (('T()', lambda: T()), ('T.__new__(T)', lambda: T.__new__(T)),
                        ('object.__new__(T)', lambda: object.__new__(T))):
        try:
            r = make()
        except TypeError as e:
            print(T.__name__, label, 'TypeError:', e)
        else:
            print(T.__name__, label, 'made', type(r).__name__)
