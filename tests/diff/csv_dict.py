# csv.DictReader / csv.DictWriter.
import csv, io

text = 'name,age,city\r\nalice,30,Paris\r\n\r\nbob,25\r\ncarol,41,Rome,extra,more\r\n'
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(io.StringIO(text), restkey='REST', restval='?')
print(list(r))
r = csv.DictReader(io.StringIO('1;2\n3;4\n'), fieldnames=('x', 'y'), delimiter=';')
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(['a,b', '1,2'])
r.fieldnames = ['p', 'q']
print(list(r))

f = io.StringIO()
w = csv.DictWriter(f, fieldnames=['name', 'age', 'note'])
print(w.writeheader())
w.writerow({'name': 'alice', 'age': 30})
w.writerows([{'name': 'bob', 'note': 'a,b'}, {'age': None}])
print(repr(f.getvalue()))
try:
    w.writerow({'name': 'x', 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(f, ['a'], extrasaction='ignore', restval='R', quoting=csv.QUOTE_ALL)
w2.writerow({'b': 2})
w2.writerow({'a': 1, 'c': 3})
print(repr(f.getvalue()))
try:
    csv.DictWriter(f, ['a'], extrasaction='other')
except ValueError as e:
    print('ValueError', e)
w3 = csv.DictWriter(f, ('k', 'v'), dialect='excel-tab')
print(w3.fieldnames)
