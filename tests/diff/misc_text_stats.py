# Text statistics with dicts: word counts, letter frequencies, n-grams.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    out, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur)); cur = []
    if cur:
        out.append("".join(cur))
    return out
ws = words(TEXT)
print(len(ws), len(set(ws)))
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print("".join(sorted(letters)))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(((v, k) for k, v in bigrams.items()), reverse=True)[:4])
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
lines = TEXT.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(sum(len(w) for w in ws) / len(ws), round(sum(len(w) for w in ws) / len(ws), 3))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[0], "|", sentences[-1])
first_seen = {}
for i, w in enumerate(ws):
    first_seen.setdefault(w, i)
print(list(first_seen.items())[:10])
caps = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print(caps)
