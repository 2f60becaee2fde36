S = r'''
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e: print(e)
###
d = {1: 1, 2: 2}
for k in d:
    d[k] = 0
print(d)
###
d = {1: 1}
try:
    for v in d.values():
        d[5] = 5
except RuntimeError as e: print(e)
###
d = {1: 1}
try:
    for kv in d.items():
        d.pop(1)
except RuntimeError as e: print(e)
###
s = {1, 2}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e: print(e)
###
l = [1, 2, 3]
for x in l:
    l.append(x) if len(l) < 6 else None
print(l)
###
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
###
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.clear() or v)
except ValueError as e: print(e)
print(l)
###
d = {}
it = iter(d)
d['a'] = 1
try:
    next(it)
except RuntimeError as e: print(e)
###
l = [1]
it = iter(l)
l.append(2)
print(list(it))
###
d = dict.fromkeys(range(5))
keys = d.keys()
del d[0]
print(list(keys), len(keys), 3 in keys, keys & {1, 9}, keys - {1})
###
d = {'a': 1}
items = d.items()
d['b'] = 2
print(list(items), ('a', 1) in items, items | {('z', 0)} == {('a', 1), ('b', 2), ('z', 0)})
###
od = {'x': 1, 'y': 2}
print(list(reversed(od)), list(reversed(od.values())), list(reversed(od.items())))
###
d = {'a': 1}
d |= {'b': 2}
print(d, d | {'c': 3}, {'z': 0} | d)
try:
    d | [1]
except TypeError as e: print(e)
d |= [('q', 9)]
print(d)
'''
for i, snip in enumerate(S.split('###')):
    try:
        exec(snip, {})
    except Exception as e:
        print('SNIPPET', i, 'raised', type(e).__name__, e)
