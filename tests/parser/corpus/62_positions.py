result = some.function(arg1,
                       arg2)[index].attr
value = (
    first
    + second
    - third
)
def f(
        a: int,
        b: str = "x",
) -> dict[str,
          int]:
    return {
        a: b
    }
