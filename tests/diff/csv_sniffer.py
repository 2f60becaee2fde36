# csv.Sniffer: sniff() and has_header() on typical samples.
import csv

SAMPLES = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age\nalice;30\nbob;25\n',
    'x\ty\tz\n1\t2\t3\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a';'b'\n'1';'2'\n",
    'a, b, c\n1, 2, 3\n',
    '"quoted, with comma",plain\n"more ""doubled"" quotes",x\n',
    'id:value\n1:2\n3:4\n',
    'single column\nanother\n',
    '"only"\n"quoted"\n',
    'Title,Year\nThe Movie,1999\nAnother,2001\nThird,1985\n',
    'h1,h2\nabc,def\nghi,jkl\n',
    'a|b|c\n1|2|3\n4|5\n6|7|8\n',
    '',
    'no delimiters here at all',
    'a b c\nd e f\n',
    '1,2,3\n4,5,6\n7,8,9\n',
    'col1,col2\n"x",1\n"y",2\n',
]

sn = csv.Sniffer()
print(sn.preferred)
for s in SAMPLES:
    try:
        d = sn.sniff(s)
        print(repr(s[:30]), 'delim=%r quote=%r dq=%r skip=%r name=%s' %
              (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d._name),
              d.lineterminator == '\r\n', d.quoting)
        print('   rows', list(csv.reader(s.splitlines(), d)))
    except csv.Error as e:
        print(repr(s[:30]), 'Error', e)
    try:
        print('   has_header', sn.has_header(s))
    except Exception as e:
        print('   has_header', type(e).__name__, e)
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=';').delimiter)
print(sn.sniff('a;b,c;d\n1;2,3;4\n', delimiters=',').delimiter)
print(isinstance(sn.sniff('a,b\n'), type), issubclass(sn.sniff('a,b\n'), csv.Dialect))
