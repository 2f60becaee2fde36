def f[T](x): pass
type X = int
print(f'{"nested"}')
