# inspect.signature of built-in functions and methods (Pyclave keeps a table
# of their text signatures), including bound ones and subclass instances.
import inspect
class ML(list): pass
for o in (len, sorted, print, abs, isinstance, [].append, list.append, ML().append, str.join, 'x'.split,
          int.from_bytes, (1).to_bytes, dict.get, {}.pop, open, min, getattr, iter, next, divmod, round,
          str.encode, b''.decode, bytes.translate, {}.update, set.add, str.format):
    try:
        print(getattr(o, '__qualname__', o), inspect.signature(o))
    except Exception as e:
        print(getattr(o, '__qualname__', o), type(e).__name__)
print(inspect.getfullargspec(len))
print(inspect.signature(sorted).bind([3], reverse=True))
