# csv.reader: the parser state machine, dialect options and errors.
import csv, io


def read(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        rows = list(r)
        return '%r line_num=%d' % (rows, r.line_num)
    except Exception as e:
        return '%s.%s: %s' % (type(e).__module__, type(e).__name__, e)


CASES = [
    ['a,b,c'], ['a,b,c\r\n', '1,2,3\r\n'], [''], ['\r\n'], ['\n', 'a\n'], [',,'], ['a,'],
    ['"a,b",c'], ['"a""b",c'], ['"a\n', 'b",c\n'], ['"a\r\n', '\r\n', 'b"\r\n'], ['"abc'], ['"abc"def,g'],
    [' a, b ,c'], ['"a" ,b'], ['a"b,c'], ['a,"b\n'], ['a\\,b,c'], ['"a\\"b",c'], ['a\\\nb,c'],
    ['a\tb\tc'], ['a;b;c'], ['x,\u20ac,\U0001f600'], ['a,\x00b'], ['a\rb,c'], ['a,b\r', 'c'], ['a,b\rc'],
    ['"a"\r', 'b'], ['1,2.5,-3,"x"'], ['1,abc'], ['"",""'], ['""'], ['"a"b"c"'], ['a,b', '', 'c,d'],
]
OPTIONS = [{}, {'skipinitialspace': True}, {'escapechar': '\\'}, {'strict': True},
           {'quoting': csv.QUOTE_NONE}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'doublequote': False, 'escapechar': '\\'}, {'delimiter': '\t'},
           {'delimiter': ';', 'quotechar': "'"}, {'quotechar': None}, {'dialect': 'excel-tab'},
           {'quoting': csv.QUOTE_ALL}, {'dialect': 'unix'}]
for lines in CASES:
    print(repr(lines))
    for opts in OPTIONS:
        print('   ', opts, read(lines, **opts))

# input must be strings
print(read([b'a,b']))
print(read(['a', 1]))
print(read(iter(['x,y', 'z'])))
try:
    csv.reader(42)
except TypeError as e:
    print('TypeError', e)

# field size limit
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
print(read(['abcde,f']))
print(read(['abcdef,g']))
print(read(['"abcdef"']))
print(csv.field_size_limit(old))

# reading a file object and line_num with multi-line records
f = io.StringIO('h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,row\r\n')
r = csv.reader(f)
for row in r:
    print(r.line_num, row)
f = io.StringIO('a,b\nc,d\n')
print(list(csv.reader(f, dialect=csv.excel)))
print(next(csv.reader(['1,2'])), csv.reader(['x']).dialect.delimiter)
r = csv.reader(['a'], delimiter=':', quotechar="'", escapechar='/', doublequote=False,
               skipinitialspace=True, lineterminator='\n', quoting=csv.QUOTE_NONE, strict=True)
d = r.dialect
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)

# whole-line splitting and the state machine must agree
for lines in (['a\n\r', 'b'], [' 1, 2,,3\r\n'], ['1,,x\n'], ['\n\n', 'a,b\r\r\n'], [',\n'], [' , \n']):
    for opts in ({}, {'skipinitialspace': True}, {'quoting': csv.QUOTE_NONNUMERIC},
                 {'quoting': csv.QUOTE_NONNUMERIC, 'skipinitialspace': True}):
        print(repr(lines), opts, read(lines, **opts))
for limit in (0, -1, 1):
    old = csv.field_size_limit(limit)
    print(limit, read([',,\r\n']), read(['a,\n']), read(['"",""\n']))
    csv.field_size_limit(old)
