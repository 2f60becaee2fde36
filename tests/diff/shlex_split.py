# shlex: split, quote, join and the shlex class
import io
import shlex

for s in ['a b c', '  leading and trailing  ', 'one "two three" four', "it's 'quoted \"here\"'",
          'back\\ slash', '"esc \\" in dq" \'no \\ esc in sq\'', 'a#b # comment', '',
          'x="a b"c', '"" \'\'', 'tab\there\nnewline', 'foo\\\nbar', '"\\\\" "\\a" "\\$"',
          'a;b|c&&d', 'wörd ünïcode', '\\"x\\"', "'a'\"b\"c"]:
    for kw in ({}, {"posix": False}, {"comments": True}):
        try:
            print(repr(s), kw, shlex.split(s, **kw))
        except ValueError as e:
            print(repr(s), kw, "ValueError", e)

for bad in ['"unclosed', "'unclosed", 'trailing\\', '"ends with esc\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError", e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x*y', 'ok@%+=:,./-_', 'é',
          'new\nline', 0, None]:
    try:
        print(repr(s), shlex.quote(s))
    except TypeError as e:
        print(repr(s), "TypeError", e)
print(shlex.join(['echo', 'hello world', "it's", '', '$x']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))

# the class, non-POSIX mode
lex = shlex.shlex('a = b + "c d" # comment\nnext_line(x, y);')
print(list(lex), lex.lineno)
lex = shlex.shlex('a = b + "c d" # comment\nnext_line', posix=True)
print(list(lex))
lex = shlex.shlex("ab cd", posix=False)
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex("ab cd", posix=True)
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex("one two")
lex.push_token("zero")
print(list(lex))
lex = shlex.shlex("a&&b || c;(d)>e 2>&1 ~/x.txt", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("a&&b || c;(d)>e", posix=True, punctuation_chars="|;")
print(list(lex), repr(lex.punctuation_chars))
lex = shlex.shlex("a&&b|c --opt=val", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex(io.StringIO("x y\nz"), infile="file.txt")
print(lex.get_token(), lex.error_leader(), lex.get_token(), lex.get_token(), lex.error_leader(),
      lex.error_leader("other", 7))
lex = shlex.shlex("a:b:c", posix=True)
lex.whitespace = ":"
print(list(lex))
lex = shlex.shlex("a-b.c/d e")
print(list(lex))
lex = shlex.shlex("a-b.c/d e")
lex.wordchars += "-./"
print(list(lex))
lex = shlex.shlex("x 'single' \"double\" `back`", posix=True)
lex.quotes += "`"
print(list(lex))
lex = shlex.shlex("%comment\nword", posix=True)
lex.commenters = "%"
print(list(lex))
p = shlex.shlex(posix=True)
print(p.commenters, repr(p.whitespace), p.quotes, p.escape, p.escapedquotes, p.whitespace_split,
      p.infile, p.lineno, p.source, p.debug, repr(p.token), p.state)
print(p.wordchars)
print(shlex.shlex(punctuation_chars=True).wordchars)
try:
    shlex.shlex(5)
    print(list(shlex.shlex(5)))
except AttributeError as e:
    print("AttributeError", e)
