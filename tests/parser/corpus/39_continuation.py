x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [
  1,
    2,
      3]
w = {
    'a': 1,
}
def f(
    a,
    b,
):
    pass
s = 'abc' \
    'def'
