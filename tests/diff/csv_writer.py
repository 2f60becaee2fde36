# csv.writer: quoting modes, escaping, line terminators, non-string fields.
import csv, io
from decimal import Decimal
from fractions import Fraction


def write(rows, **kw):
    f = io.StringIO()
    try:
        w = csv.writer(f, **kw)
        for row in rows:
            w.writerow(row)
    except Exception as e:
        return '%r then %s.%s: %s' % (f.getvalue(), type(e).__module__, type(e).__name__, e)
    return repr(f.getvalue())


ROWS = [
    ['a', 'b'], ['a,b', 'c'], ['a"b'], ['line\nbreak', 'cr\rhere'], [''], [], [None], [None, None],
    ['', ''], [1, 2.5, -3, True, None, 1j], [Decimal('1.10'), Fraction(1, 3)], ['sp ace', ' lead'],
    ['tab\there'], ['back\\slash'], ["quote'single"], ['\u20ac', '\U0001f600'], ('t', 'u', 'p'),
    'str', range(3), ['a\r\nb'], ['x;y'],
]
OPTIONS = [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'quoting': csv.QUOTE_NONE}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'},
           {'escapechar': '\\'}, {'doublequote': False}, {'doublequote': False, 'escapechar': '\\'},
           {'lineterminator': '\n'}, {'lineterminator': 'EOL'}, {'delimiter': ';'},
           {'dialect': 'unix'}, {'dialect': 'excel-tab'}, {'quotechar': "'"}]
for row in ROWS:
    print(repr(row))
    for opts in OPTIONS:
        print('   ', opts, write([row], **opts))

f = io.StringIO()
w = csv.writer(f)
print(w.writerow(['ret', 'value']))
print(w.writerows([[1, 2], (3, 4), iter([5, 6])]))
print(repr(f.getvalue()))
for bad in [1, None, object()]:
    try:
        w.writerow(bad)
    except csv.Error as e:
        print('Error', e)


class Broken:
    def __iter__(self):
        raise ValueError('no iteration here')


try:
    w.writerow(Broken())
except Exception as e:
    print(type(e).__name__, e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return 'written:%d' % len(s)


target = W()
print(csv.writer(target).writerow(['a', 'b']), target.parts)
try:
    csv.writer(object())
except TypeError as e:
    print('TypeError', e)
print(type(w).__name__, w.dialect.delimiter)

# round trip through the reader
data = [['plain', 'with,comma', 'with"quote', 'multi\nline', '', ' spaced '],
        ['\u00e9\u20ac', 'x' * 50, '1', '2.5']]
for opts in [{}, {'quoting': csv.QUOTE_ALL}, {'escapechar': '\\', 'doublequote': False},
             {'delimiter': '\t', 'lineterminator': '\n'}]:
    f = io.StringIO()
    csv.writer(f, **opts).writerows(data)
    f.seek(0)
    print(opts, list(csv.reader(f, **opts)) == data)
