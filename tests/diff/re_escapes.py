# escapes in patterns: \x \u \U \N{...} octal, simple escapes, bad escapes
import re

print(re.match(r'\x41\u0042\U00000043', 'ABC'), re.match(r'\101\102', 'AB'), re.match(r'\0\01\012', '\0\1\n'))
print(re.match(r'\a\f\n\r\t\v\\', '\a\f\n\r\t\v\\'), re.match(r'\.\*\+\?\(\)\[\]\{\}\|\^\$', '.*+?()[]{}|^$'))
print(re.match(r'\-\#\&\~\ \!\"\%', '-#&~ !"%'), re.match(r'\é\😀', 'é😀'), re.match(r'[\é]', 'é'))
print(re.match(r'\u00e9\U0001F600', 'é😀'), re.match(r'[\u00e0-\u00ff]+', 'àéÿ'), re.match(r'\x7f', '\x7f'))
for p in [r'\N{NO SUCH NAME}', r'\N{', r'\N', r'\Nx', r'\x', r'\xg', r'\u00', r'\U0000004', r'\U00110000',
          r'\q', r'\_' if False else r'\z', r'\8', r'\400', r'[\400]', r'[\9]', r'[\q]', r'[\z]', r'\C', r'[\A]',
          r'[\b]', r'[\B]', r'[\Z]', r'\777', r'\08', r'\18', r'\1']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.match('\b\x00\x08\x018'))
    except re.error as e:
        print(repr(p), 'error:', e)
print(re.findall(r'\d\D\w\W\s\S', '1a_ \tb'), re.match(r'\_', '_'), re.match(r'\%', '%'))
print(re.sub(r'\s', r'\\s', 'a b'), re.match('\\\\', '\\'), re.match('[\\\\]', '\\'))
