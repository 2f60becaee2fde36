"""Mutation check of error reporting: take real source files, apply one
small random edit (delete/insert/replace a character or a token), and compare
astdump's result (AST or error with location) with CPython's.

usage: python3 fuzz_errors.py [-n N] [-s SEED] [-v] FILE...
"""
import os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import expected, actual

JUNK = list('()[]{}:,.;=+-*/%@&|^~<>!\'"\\#\n \t') + ['if', 'else', 'for', 'in', 'not', 'lambda', 'yield',
        'def', 'class', 'return', '**', '//', ':=', '->', '...', 'async', 'await', 'f"{', '0x', '1e', '_', 'match', 'case']


def mutate(src, rnd):
    lines = src.split('\n')
    i = rnd.randrange(len(lines))
    line = lines[i]
    op = rnd.randrange(4)
    pos = rnd.randrange(len(line) + 1)
    if op == 0 and line:
        pos = min(pos, len(line) - 1)
        line = line[:pos] + line[pos + 1:]
    elif op == 1:
        line = line[:pos] + rnd.choice(JUNK) + line[pos:]
    elif op == 2 and line:
        pos = min(pos, len(line) - 1)
        line = line[:pos] + rnd.choice(JUNK) + line[pos + 1:]
    else:
        words = line.split(' ')
        if len(words) > 1:
            del words[rnd.randrange(len(words))]
        line = ' '.join(words)
    lines[i] = line
    return '\n'.join(lines)


def main():
    args = sys.argv[1:]
    n, seed, verbose = 200, 1, False
    files = []
    while args:
        a = args.pop(0)
        if a == '-n': n = int(args.pop(0))
        elif a == '-s': seed = int(args.pop(0))
        elif a == '-v': verbose = True
        else: files.append(a)
    rnd = random.Random(seed)
    ok = bad = 0
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'm.py')
        for k in range(n):
            f = rnd.choice(files)
            src = open(f, encoding='utf-8').read()
            m = mutate(src, rnd)
            with open(p, 'w', encoding='utf-8') as fh:
                fh.write(m)
            want = expected(m, False)
            got = actual(p, False, True)
            if want == got:
                ok += 1
            else:
                bad += 1
                keep = os.environ.get('FUZZ_KEEP')
                if keep:
                    os.makedirs(keep, exist_ok=True)
                    with open(os.path.join(keep, 'fail%d_%d.py' % (seed, k)), 'w', encoding='utf-8') as fh:
                        fh.write(m)
                w = want if want.startswith('ERROR') else 'AST...'
                g = got if got.startswith('ERROR') or got.startswith('CRASH') else 'AST...'
                if verbose or True:
                    print('DIFF %s (seed %d #%d)\n  want: %s\n  got:  %s' % (f, seed, k, w[:200], g[:200]))
                    if verbose:
                        import difflib
                        print(''.join(list(difflib.unified_diff(src.splitlines(True), m.splitlines(True), n=0))[2:]))
    print('mutations: %d/%d identical' % (ok, ok + bad))
    return 0 if bad == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
