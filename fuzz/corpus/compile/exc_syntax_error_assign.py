# Invalid assignment target.
a = 1
f() = a
