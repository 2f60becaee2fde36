try:
    1/0
except (ZeroDivisionError, TypeError) as e:
    pass
else:
    pass
finally:
    pass
with open_ as f, g() as (a, b):
    pass
assert x, 'msg'
