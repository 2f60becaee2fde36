# A file that does not compile: nothing runs, SyntaxError on stderr.
print("this line is never executed")

def broken(x):
    return x +* 2
