# Size-related errors that are comparable (no real MemoryError).
for bad in [lambda: [0] * (2 ** 62), lambda: "x" * (2 ** 62), lambda: b"x" * (2 ** 63), lambda: (0,) * (2 ** 62)]:
    try:
        bad()
        print("no error?")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
try:
    range(2 ** 64)[2 ** 64]
except IndexError as e:
    print(e)
try:
    [1, 2][2 ** 100]
except IndexError as e:
    print(e)
try:
    "abc" * (2 ** 100)
except OverflowError as e:
    print(e)
try:
    bytearray(-1)
except ValueError as e:
    print(e)
try:
    [].extend(range(-1))
    print("empty extend ok")
except Exception as e:
    print(e)
print(len([0] * 100000), len("ab" * 50000), len(bytes(100000)))
