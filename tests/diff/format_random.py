# Randomised (deterministic) format specs over floats, ints, strs and
# complex numbers, errors included.
state = 2026
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n
def pick(seq):
    return seq[rnd(len(seq))]
def spec(kind):
    s = ""
    if rnd(10) < 3:
        if rnd(2):
            s += pick("*0x\u00e9\u65e5 ")
        s += pick("<>^=")
    elif rnd(10) < 2:
        s += pick("<>^=")
    if rnd(10) < 3:
        s += pick("+- ")
    if rnd(10) < 2:
        s += "z"
    if rnd(10) < 2:
        s += "#"
    if rnd(10) < 2:
        s += "0"
    if rnd(2):
        s += str(rnd(26))
    if rnd(4) == 0:
        s += pick(",_")
    if rnd(2):
        s += "." + str(rnd(21))
    if rnd(10) < 8:
        s += pick({"f": "eEfFgGn%", "i": "bcdoxXneEfFgG%", "s": "s", "c": "eEfFgGn"}[kind]) + pick(["", "", "", "d"])
    return s
floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e16, 1e-5, 123456789012345678.0, float("inf"), float("-inf"),
          float("nan"), 0.1, 2.5, 1e300, 5e-324, -0.0001, 100.0, 12.0, 9.995, 0.5, 2 / 3, -7e-9, 31.4159]
ints = [0, 1, -1, 5, 255, -255, 1234567, -1234567, 65, 0x10ffff, 0x110000, 2 ** 40, -(2 ** 40), 10 ** 15,
        7 ** 60, -(2 ** 100), True]
strs = ["", "x", "abc", "h\u00e9llo", "\u65e5\u672c\u8a9e", "a b"]
def run(v, s):
    try:
        r = format(v, s)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v), repr(s), repr(r))
for i in range(700):
    run(pick(floats), spec("f"))
for i in range(700):
    run(pick(ints), spec("i"))
for i in range(300):
    run(pick(strs), spec("s"))
for i in range(500):
    run(complex(pick(floats), pick(floats)), spec("c"))
