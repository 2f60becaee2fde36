# f-string = specifier, conversions !r !s !a.
x = 10
y = "text"
z = [1, "two"]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{ x =}")
print(f"{y=}")
print(f"{y=!s}")
print(f"{y=:>8}")
print(f"{z=}")
print(f"{x + 1=}")
print(f"{x*2 = :5d}")
print(f"{len(y)=}")
print(f"{y!r} {y!s} {y!a}")
print(f"{'naïve'!a} {'naïve'!r}")
class R:
    def __repr__(self):
        return "R-repr"
    def __str__(self):
        return "R-str"
r = R()
print(f"{r} {r!r} {r!s} {r!a} {r=}")
print(f"{r!r:>10}|{r!s:<8}|")
e = "é"
print(f"{e=}", f"{e=!a}")
print(f"{3.0=}", f"{1/4=:.3f}", f"{None=}", f"{True=}")
items = {"a": 1}
print(f"{items['a']=}")
print(f"{x=}{y=}")
