# Odd argument types and options.
import configparser as C
cp = C.ConfigParser()
for f in [lambda: cp.read_string(5), lambda: cp.read_string(b'[s]'), lambda: cp.read_dict(5),
          lambda: cp.read_dict({'s': 5}), lambda: cp.read_file(5), lambda: cp.read(5),
          lambda: cp.read([None]), lambda: cp.get('s'), lambda: cp.items(5), lambda: cp.has_option(5, 'x'),
          lambda: cp.write(5), lambda: type(C.ConfigParser(delimiters=())), lambda: C.ConfigParser(delimiters=('',)).read_string('[s]\na\n'),
          lambda: C.ConfigParser(comment_prefixes=None, inline_comment_prefixes=None).read_string('[s]\n#a=1\n'),
          lambda: C.ConfigParser(allow_no_value=True, delimiters=('::',)).read_string('[s]\na :: b\nc\n'),
          lambda: C.ConfigParser(defaults=5), lambda: C.ConfigParser(converters={'': int}),
          lambda: C.SectionProxy(cp, 'zz')['x'], lambda: repr(C.SectionProxy(cp, 'zz')),
          lambda: cp.read_file(['[s]\n', 'a=1'], 'src') or cp['s']['a']]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
