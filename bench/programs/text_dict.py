import sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
for i in range(N):
    w = words[(i * 7 + i // 3) % len(words)] + str(i % 97)
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
text = " ".join(k.upper() for k in sorted(counts))
print(len(text), text.count("ALPHA"), text[:40])
