# NameError suggestions and unbound locals, uncaught.
counter = 1
def use():
    return countr + 1
try:
    use()
except NameError as e:
    print("caught:", e)
def local():
    value = 3
    return valeu
local()
