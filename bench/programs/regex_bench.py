# Regular expressions: tokenising generated log lines, extracting emails
# and URLs, substitutions with callbacks and templates, splitting.
# Prints a deterministic checksum.
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

USERS = ["alice", "bob", "carol", "dave", "eve", "mallory", "trent", "peggy"]
HOSTS = ["example.com", "mail.test.org", "corp.internal", "x.io"]
PATHS = ["/index.html", "/api/v1/items", "/login?next=/home", "/static/app.js", "/search?q=re+gex"]
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


def make_lines(n):
    lines = []
    for i in range(n):
        u = USERS[i % len(USERS)]
        h = HOSTS[(i * 7) % len(HOSTS)]
        p = PATHS[(i * 3) % len(PATHS)]
        lvl = LEVELS[(i * 5 + i // 7) % len(LEVELS)]
        ms = (i * 37) % 1000
        lines.append("2024-%02d-%02d %02d:%02d:%02d.%03d [%s] user=%s email=%s.%d@%s "
                     "GET https://%s%s status=%d took=%dms" % (
                         1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, ms, lvl, u, u, i % 100, h,
                         h, p, 200 + (i % 5) * 100, (i * 13) % 500))
    return lines


LOG_RE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:.]+) \[(?P<level>[A-Z]+)\] '
                    r'user=(?P<user>\w+) email=(?P<email>\S+) (?P<method>GET|POST) (?P<url>\S+) '
                    r'status=(?P<status>\d{3}) took=(?P<took>\d+)ms$')
EMAIL_RE = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')
URL_RE = re.compile(r'https?://([^/\s]+)(/[^\s?]*)?(?:\?(\S*))?')
TOKEN_RE = re.compile(r'(?P<num>\d+(?:\.\d+)?)|(?P<word>[A-Za-z_]\w*)|(?P<op>[=\[\]?/:.@-])|(?P<ws>\s+)')
NUM_RE = re.compile(r'\d+')


def main():
    lines = make_lines(N)
    check = 0
    levels = {}
    took = 0
    for line in lines:
        m = LOG_RE.match(line)
        if m is None:
            check += 1
            continue
        lv = m.group('level')
        levels[lv] = levels.get(lv, 0) + 1
        took += int(m['took'])
        check = (check * 31 + len(m.group('url')) + m.end('user')) % 1000000007
    text = "\n".join(lines)
    emails = EMAIL_RE.findall(text)
    hosts = {}
    for m in URL_RE.finditer(text):
        hosts[m.group(1)] = hosts.get(m.group(1), 0) + 1
    kinds = {}
    for line in lines[: N // 4]:
        for m in TOKEN_RE.finditer(line):
            k = m.lastgroup
            kinds[k] = kinds.get(k, 0) + 1
    doubled = NUM_RE.sub(lambda m: str(int(m.group()) * 2), text[: len(text) // 2])
    masked = EMAIL_RE.sub(r'<\g<0>>', text[: len(text) // 3])
    swapped = re.sub(r'user=(\w+) email=(\S+)', r'email=\2 user=\1', text[: len(text) // 3])
    words = re.split(r'[\s=\[\]]+', text[: len(text) // 4])
    levels_i = re.findall(r'(?i)\[(error|warn)\]', text)
    print(check, took, sorted(levels.items()))
    print(len(emails), emails[:2], sorted(hosts.items()))
    print(sorted(kinds.items()))
    print(len(doubled), sum(map(ord, doubled[-50:])), masked.count('<'), len(swapped), len(words), len(levels_i))


main()
