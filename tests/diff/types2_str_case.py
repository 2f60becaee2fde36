# str case methods on ASCII and non-ASCII text
samples = ["hello world", "HELLO", "ß", "straße", "ǅungla", "ǆ", "ŉ", "ﬁre", "İstanbul",
           "ΣΑΣ", "όσος", "ΌΣΟΣ", "aΣb", "Σ", "ǈ", "ǉ", "ﬃ", "ǰ", "ΐ", "ᾳ", "ᾼ", "Ꭰ", "ꭰ",
           "hello-world_foo bar", "they're bill's friends", "12abc", "\u0130", "ς", "ϐ", "µ",
           "a\u0345b", "ÿ", "Ÿ", "ǲ", "\u1e9e", "ﬅ", ""]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print(' ', repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
    print(' ', s.isupper(), s.islower(), s.istitle())
print("AbC".swapcase(), "ǅ".swapcase(), "ǅ".istitle(), "ǅa".istitle())
print("hello World".istitle(), "Hello World".istitle(), "Hello world".istitle())
print("123".isupper(), "A1".isupper(), "a1".islower(), "1".islower())
print("ΑΣ ΑΣ".lower(), "ΑΣ.".lower(), "Σ.".lower(), "ΑΣ'Σ".lower(), "Α\u0345Σ".lower())
print("HELLO".casefold() == "hello".casefold(), "ß".casefold() == "SS".casefold())
print("o'neil".title(), "don't".title(), "a1b2c3".title(), "ABC DEF".title())
print("ǆemal".title(), "ǆemal".capitalize(), "ǳ".upper(), "ǳ".title())
print("ﬁ".title(), "ﬁ".capitalize(), "ﬁ".upper())
for ch in "aA1 ǅΣσς":
    print(repr(ch), ch.isalpha(), ch.isalnum(), ch.isupper(), ch.islower(), ch.istitle())
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.lower(5)
except TypeError as e:
    print(type(e).__name__, e)
