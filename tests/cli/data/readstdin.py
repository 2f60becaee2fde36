import sys
data = sys.stdin.read()
print(len(data.splitlines()), "lines")
for line in data.splitlines():
    print(line.upper())
