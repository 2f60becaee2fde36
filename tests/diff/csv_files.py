# csv with real files opened with newline='' (and without).
import csv, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
rows = [['id', 'text', 'value'], [1, 'hello, world', 1.5], [2, 'line1\nline2', None],
        [3, 'quote "here"', -2], [4, '\u00e9t\u00e9', 0]]
with open(path, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerows(rows)
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='', encoding='utf-8') as f:
    for row in csv.reader(f):
        print(row)
with open(path, newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        print(row)
with open(path, encoding='utf-8') as f:   # universal newlines: \r\n -> \n
    print(list(csv.reader(f)))
with open(path, 'rb') as f:
    try:
        list(csv.reader(f))
    except csv.Error as e:
        print('Error', e)
with open(path, 'w', newline='') as f:
    csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_NONNUMERIC).writerows([['a', 1], ['b', 2.5]])
with open(path, newline='') as f:
    print(list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC)))
os.remove(path)
os.rmdir(d)
