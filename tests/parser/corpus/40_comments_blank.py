# comment at top


x = 1  # trailing comment
    # indented comment line

def f():
    # comment inside

    return 1  # trailing

        # weird indented comment
# dedented comment
y = 2
#
# type: ignore
z = 3  # type: int
