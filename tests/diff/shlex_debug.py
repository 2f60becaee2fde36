# shlex: debug output, source inclusion from a pushed stream, iteration
import io
import shlex

for level in (1, 2, 3):
    lex = shlex.shlex("a 'b c' d#x\ne", posix=(level != 2))
    lex.debug = level
    print(list(lex))
lex = shlex.shlex("one two")
lex.debug = 1
lex.push_token("zero")
print(lex.get_token(), lex.get_token())
lex = shlex.shlex("outer1 outer2")
lex.push_source(io.StringIO("inner1 inner2"), "inner.txt")
print(lex.infile, lex.get_token(), lex.lineno)
print([tok for tok in lex], lex.infile)
lex = shlex.shlex("x")
lex.push_source("pushed string")
print(list(lex))
