# UnboundLocalError carries no name (CPython 3.11 sets it only on NameError
# itself), so an uncaught one gets no "Did you mean" suggestion.
def f(flag):
    if flag:
        s1 = 1
    s2 = 2
    return s1 + s2

def g():
    def inner():
        return cell
    return inner

for fn, arg in ((f, False),):
    try:
        fn(arg)
    except NameError as e:
        print(type(e).__name__, e, repr(e.name))
try:
    undefined_nme = 1
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e, repr(e.name))
try:
    g()()
except NameError as e:
    print(type(e).__name__, e, repr(e.name))
f(False)
