"""Compare build/astdump with CPython's ast module.

usage: python3 compare.py [-a] [-v] FILE...      (files: Python sources)
       python3 compare.py --errors               (the cases in errcases.py)

For each source, CPython's ast.dump(ast.parse(src)) (or the SyntaxError's
type|msg|lineno|offset|end_lineno|end_offset) is compared with astdump's
output.  -a compares positions too (ast.dump(include_attributes=True)).
Constants are printed by astdump itself with Python's repr rules (ints are
converted from the literal text, floats use the shortest round-trip repr),
so no normalisation is applied.
"""
import ast, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ASTDUMP = os.environ.get('ASTDUMP') or os.path.join(HERE, '..', '..', 'build', 'astdump')


def as_str(src):
    """Files are compared as compile(str) would see them (what running a file
    is closest to: columns in characters; CPython's compile(bytes) counts
    bytes).  Invalid UTF-8, a BOM or a coding declaration keep bytes."""
    if isinstance(src, str):
        return src
    if src.startswith(b'\xef\xbb\xbf') or b'coding' in src[:200]:
        return None
    try:
        return src.decode('utf-8')
    except UnicodeDecodeError:
        return None


def expected(src, attrs, mode='exec'):
    try:
        tree = compile(src, 'x.py', mode, ast.PyCF_ONLY_AST)
        return ast.dump(tree, include_attributes=attrs)
    except (SyntaxError, MemoryError, RecursionError, ValueError) as e:
        def n(v):
            return 'None' if v is None else str(v)
        return 'ERROR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.args[0] if e.args else '',
                                             n(getattr(e, 'lineno', None)), n(getattr(e, 'offset', None)),
                                             n(getattr(e, 'end_lineno', None)), n(getattr(e, 'end_offset', None)))


def actual(path, attrs, str_input=False, mode='exec'):
    args = [ASTDUMP] + (['-a'] if attrs else []) + (['--str'] if str_input else []) + ['-m', mode, path]
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    if r.returncode not in (0, 1):
        return 'CRASH rc=%d %s' % (r.returncode, r.stderr.decode(errors='replace')[:200])
    return r.stdout.decode('utf-8', errors='surrogateescape').rstrip('\n')


def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def main():
    argv = sys.argv[1:]
    attrs = '-a' in argv
    verbose = '-v' in argv
    files = [a for a in argv if not a.startswith('-')]
    ok = bad = 0
    if '--errors' in argv:
        sys.path.insert(0, HERE)
        from errcases import CASES
        with tempfile.TemporaryDirectory() as d:
            for i, src in enumerate(CASES):
                mode = 'exec'
                if isinstance(src, tuple):     # (mode, source)
                    mode, src = src
                p = os.path.join(d, 'case%d.py' % i)
                with open(p, 'wb') as f:
                    f.write(src.encode() if isinstance(src, str) else src)
                want = expected(src, False, mode)
                got = actual(p, False, isinstance(src, str), mode)
                if want == got:
                    ok += 1
                else:
                    bad += 1
                    print('DIFF case %d %r\n  want: %s\n  got:  %s' % (i, src[:60], want[:300], got[:300]))
        print('error cases: %d/%d identical' % (ok, ok + bad))
        return 0 if bad == 0 else 1
    for path in files:
        with open(path, 'rb') as f:
            src = f.read()
        s = as_str(src)
        want = expected(s if s is not None else src, attrs)
        got = actual(path, attrs, s is not None)
        if want == got:
            ok += 1
            if verbose:
                print('ok  ', path)
        else:
            bad += 1
            k = first_diff(want, got)
            print('DIFF', path)
            print('  want: ...%s' % want[max(0, k - 150):k + 100])
            print('  got:  ...%s' % got[max(0, k - 150):k + 100])
    print('%d/%d files identical%s' % (ok, ok + bad, ' (with positions)' if attrs else ''))
    return 0 if bad == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
