x = (f"a{x}"
     f"b{y:>3}" "c")
y = f"""
{
  a + b
}
{c}"""
z = f'{a}' \
    f'{b}'
w = foo(f"{x!r}", f"{y:{z}}")
