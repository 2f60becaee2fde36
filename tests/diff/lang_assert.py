# assert statement.
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("obj:", e.args[0])
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message not evaluated:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
print(__debug__)
x = 5
try:
    assert x < 0, x
except AssertionError as e:
    print(type(e).__name__, e)
