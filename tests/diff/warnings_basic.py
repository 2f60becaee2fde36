import warnings, sys

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

for i in range(3):
    warnings.warn("plain warning")
warnings.warn("second", RuntimeWarning)
warnings.warn(UserWarning("instance warning"))
old()
print('printed to stdout')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", SyntaxWarning)
    old()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno, log[0].filename == __file__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print('RuntimeWarning raised:', e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as log2:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print('FutureWarning', e)
print([str(w.message) for w in log2])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "code line"))
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print('TypeError', e)
def f():
    warnings.warn("from function", stacklevel=1)
f(); f()
sys.stderr.flush()
