# f-strings: expressions, nesting, quotes, braces.
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{{literal}} {{{n}}}")
print(f"{'quoted'} {'a' if n else 'b'}")
print(f"{[1, 2, 3]} {(1,)} {{'k': 1}}")
print(f"{ {'k': 1}['k'] }")
print(f"{name.upper()} {name[::-1]} {len(name)}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{3.14159:.2f} {3.14159:10.3f} {1e6:e} {1234567:,}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|")
print(f"{'x':*^{w}}")
print(F"upper F {n}", rf"raw \n {n}", fr"raw2 \t{n}")
print(f"multi"
      f"part {n}"
      "plain")
print(f"""triple
{name}
quoted""")
lst = ["a", "b"]
print(f"{lst[0]}{lst[1]}{lst[-1]}")
d = {"key": "val"}
print(f"{d['key']}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{n if n > 40 else 0}")
print(f"{'nested {}'.format(1)}")
print(f"{f'{n}'}")
print(f"{1}{2}{3}")
print(f"")
print(f"{n!r:>6}|{name!r:>8}|{name!s}")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {-n:+d} {n:+d}")
print(f"{'abc':.2}|{12345:_}|{0.5:%}|{0.25:.0%}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print(f"{P()} {P():xyz} {P():{w}}")
x = 7
print(f"{x = }")
print(f"{x=}", f"{x*2=}", f"{name=!s}", f"{3.5=:.1f}")
print(f"{chr(92)}")
