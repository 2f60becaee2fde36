# Dialects: registry, Dialect classes, validation errors.
import csv, io

print(sorted(csv.list_dialects()))
for name in ['excel', 'excel-tab', 'unix']:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.escapechar, d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.lineterminator == '\r\n')
f = io.StringIO()
csv.writer(f, 'pipes').writerow(['a', 1])
print(repr(f.getvalue()))
csv.register_dialect('pipes2', 'pipes', quotechar="'")
f = io.StringIO()
csv.writer(f, dialect='pipes2').writerow(['a', 1])
print(repr(f.getvalue()))
csv.unregister_dialect('pipes')
csv.unregister_dialect('pipes2')
print(sorted(csv.list_dialects()))
for call in [lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes'),
             lambda: csv.register_dialect(5), lambda: csv.reader([], 'nope'),
             lambda: csv.register_dialect('x', delimiter='::'),
             lambda: csv.register_dialect('x', bogus=1)]:
    try:
        call()
        print('no error')
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


class Semi(csv.excel):
    delimiter = ';'


print(list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))
csv.register_dialect('semi', Semi)
print(csv.get_dialect('semi').delimiter)


class Incomplete(csv.Dialect):
    delimiter = ','


class BadQuoting(csv.excel):
    quoting = 17


class BadDelim(csv.excel):
    delimiter = ''


class NoQuote(csv.excel):
    quotechar = None


for cls in (csv.Dialect, Incomplete, BadQuoting, BadDelim, NoQuote):
    try:
        cls()
        print(cls.__name__, 'ok')
    except csv.Error as e:
        print(cls.__name__, 'Error', e)
print(NoQuote._valid, csv.excel._name, csv.excel()._valid)


class Duck:
    delimiter = '#'
    quotechar = '%'
    lineterminator = '!\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


f = io.StringIO()
csv.writer(f, Duck).writerow(['a#b', 'c'])
print(repr(f.getvalue()), list(csv.reader(['%a#b%#c'], Duck)))
for kw in [{'delimiter': 'ab'}, {'delimiter': 1}, {'quotechar': 'xy'}, {'quotechar': None},
           {'quotechar': None, 'quoting': csv.QUOTE_ALL}, {'escapechar': 5}, {'lineterminator': 3},
           {'lineterminator': None}, {'quoting': 4}, {'quoting': '1'}, {'delimiter': None}]:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.quoting)
    except Exception as e:
        print(kw, type(e).__name__, e)
print(csv.field_size_limit(), csv.field_size_limit(1000), csv.field_size_limit())
for bad in ['x', 1.5]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print('TypeError', e)
print(csv.__all__)
