# String processing: ciphers, run-length encoding, palindromes, anagrams, wrapping.
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "The Quick Brown Fox, 2024!"
enc = caesar(msg, 13)
print(enc, caesar(enc, 13) == msg, caesar("xyz", 3), caesar("ABC", -1))
def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "", "abc", "zzzzzzzzzzzz"]:
    print(repr(s), rle(s), unrle(rle(s)) == s)
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print([p for p in ["A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", ""] if is_pal(p)])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
text = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
for line in wrap(text, 28):
    print(f"|{line:<28}|")
def longest_common_prefix(strs):
    if not strs:
        return ""
    p = min(strs)
    q = max(strs)
    i = 0
    while i < len(p) and p[i] == q[i]:
        i += 1
    return p[:i]
print(longest_common_prefix(["interspecies", "interstellar", "interstate"]), repr(longest_common_prefix(["a", "b"])))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print("-".join(w.capitalize() for w in "snake_case_to_title".split("_")), "CamelCaseWords".swapcase()[::2])
