import configparser, io

def show(text, **kw):
    cls = kw.pop('cls', configparser.ConfigParser)
    cp = cls(**kw)
    try:
        cp.read_string(text)
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', e.args)
        for attr in ('source', 'lineno', 'line', 'errors', 'section', 'option'):
            if hasattr(e, attr):
                print('  ', attr, repr(getattr(e, attr)))
    for s in cp:
        print(' ', repr(s), [(k, cp[s].get(k, raw=True)) for k in cp[s]])
    return cp

show("no header = 1\n")
show("\n\n  # c\nk=v\n")
show("[s]\n=novalue\n")
show("[s]\njust a line\nother bad line\na=1\n[t]\n  [x\n")
show("[s]\na=1\na=2\n")
show("[s]\na=1\nA=2\n", strict=False)
show("[s]\n[s]\n")
show("[s]\na=1\n[s]\nb=2\n", strict=False)
show("[s]\nkey\nother = 1\n", allow_no_value=True)
show("[s]\nkey\n", allow_no_value=False)
show("[s]\na = 1 ; not a comment\nb = 2 # inline\nc=3;x\n", inline_comment_prefixes=(';', '#'))
show("[s]\na = 1 ; no inline\n")
show("[s]\n  # indented comment\na = x\n  # continuation comment?\n  more\n")
show("[s]\na = x\n\n  continued\n", empty_lines_in_values=False)
show("[s]\na = x\n\n  continued\n\n\n")
show("[s]\na -> 1\nb => 2\nc=3\n", delimiters=('->', '=>'))
show("[s]\n// comment\n# not comment\n", comment_prefixes=('//',))
show("[s]\n#x = 1\n", comment_prefixes=())
show("[s] trailing\n[ spaced ]\n[a]b]\n[]\n")
show("[DEFAULT]\nx=1\n[DEFAULT]\ny=2\n")
show("[general]\nx=1\n", default_section='general')
show("[s]\nKey = V\n", cls=configparser.RawConfigParser)
show("[s]\nk = v\n\tindented with tab\n        spaces\n")
show("[s]\n k = v\n l = w\n")
show("[s]\nk:v\nl : w\nm= : x\n:nokey\n")
show("\ufeff[s]\na=1\n")
show("[s]\na=1\r\nb=2\r\n")
show("[s]\na=%(b)s\nb=%%\n")
p = configparser.ConfigParser()
try:
    p.read_string("[s]\na=1\na=2\n", source='myfile.ini')
except configparser.DuplicateOptionError as e:
    print(e)
try:
    p.read_string("[s]\nb=1\n[s]\n", source='f2')
except configparser.DuplicateSectionError as e:
    print(e)
try:
    p.read_file(io.StringIO("junk"))
except configparser.MissingSectionHeaderError as e:
    print(e)
class Named:
    name = 'named.ini'
    def __iter__(self):
        return iter(['[n]\n', 'x = 1\n', 'bad\n'])
try:
    p.read_file(Named())
except configparser.ParsingError as e:
    print(e, e.errors)
p.read_file(['[lst]\n', 'k = v\n'], source='list')
print(p.sections(), p['lst']['k'])
for args in [(), ('a', 'b'), (None, 'fn')]:
    try:
        e = configparser.ParsingError(*args)
        print(e, e.args, e.source)
    except ValueError as err:
        print('ValueError', err)
print(configparser.DuplicateSectionError('x'), configparser.DuplicateSectionError('x', 's'),
      configparser.DuplicateOptionError('s', 'o'), configparser.DuplicateOptionError('s', 'o', 'src', 3),
      configparser.Error('m'), repr(configparser.Error()), configparser.NoSectionError(1))
