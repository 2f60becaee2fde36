# isidentifier / isnumeric / isdecimal / isdigit / isprintable / isspace / isascii
chars = ["a", "_", "1", "\u00b2", "\u0663", "\u2155", "\u4e00", "\u2160", "\u00bd", "\uff11",
         "\u0e51", "\u1369", "\u2070", "\u2460", "\u3007", "\u00a0", "\u2028", "\u200b", "\x1c",
         "\x1f", "\x85", "\t", "\n", "\x0b", "\x0c", "\r", " ", "\u3000", "\u202f", "\ufeff",
         "\x7f", "\xad", "\u0378", "\U0001F600", "\U0001D7CE", "\u00e9", "\u0301", "\ud800",
         "\u2029", "\u1680", "\u180e", "\u205f", "\U00010107", "\U0001F100", "$", "-", "é1"]
for c in chars:
    print(ascii(c), c.isidentifier(), c.isnumeric(), c.isdecimal(), c.isdigit(),
          c.isprintable(), c.isspace(), c.isascii(), c.isalpha(), c.isalnum())
idents = ["abc", "_x", "1a", "a1", "", "a b", "café", "℘x", "℮", "x\u0301", "\u0301x",
          "ａｂ", "def", "None", "a-b", "ªº", "·", "x·", "Ⅰ", "\u2118", "__init__", "𝔘𝔫"]
for s in idents:
    print(ascii(s), s.isidentifier())
strs = ["", "123", "12.3", "-1", "١٢٣", "²³", "½", "abc123", "   ", " \t\n", "Hello!", "tab\t",
        "\u00a0\u2000", "x\x00", "ÀÉ", "ascii\x7f"]
for s in strs:
    print(ascii(s), s.isnumeric(), s.isdecimal(), s.isdigit(), s.isprintable(), s.isspace(),
          s.isascii(), s.isalpha(), s.isalnum(), s.islower(), s.isupper())
print(int("١٢٣"), int("\uff11\uff12"), float("\u0663.\u0665"))
try:
    int("²")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("½")
except ValueError as e:
    print(type(e).__name__, e)
