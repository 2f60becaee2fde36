def f(a, b):  # type: (int, str) -> None
    x = []  # type: List[int]
    for i in range(3):  # type: int
        pass
    with open(f) as fh:  # type: IO[str]
        pass
