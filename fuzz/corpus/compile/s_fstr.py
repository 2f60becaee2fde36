x = 3
print(f'{x!r:>{x}} {x=} {{}} {x:#0{x}x}')
