f = lambda a, b=(1, 2), *c, d={}, **e: (a, b, c, d, e)
g = lambda: [x for x in range(3)]
h = lambda x: (yield x)
k = sorted(items, key=lambda item: (item[1], -item[0]))
