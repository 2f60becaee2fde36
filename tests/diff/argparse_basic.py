# argparse: actions, defaults, types, Namespace behaviour
import argparse, io, contextlib

def run(p, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_known_args(argv) if known else p.parse_args(argv)
        print(argv, '->', r)
    except SystemExit as e:
        print(argv, 'exit', e.code)
    for tag, s in (('OUT', out), ('ERR', err)):
        if s.getvalue():
            print(tag + ':', s.getvalue(), end='')

p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('-n', '--num', type=int, default=5)
p.add_argument('--ratio', type=float)
p.add_argument('-I', action='append', dest='includes')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ac', action='append_const', const='x', dest='acc')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--size', default='10', type=int)
p.add_argument('--hidden', default=argparse.SUPPRESS)
for argv in [['a'], ['a', 'b', '-vvv', '-q'], ['-v', 'a', '--verbose'],
             ['a', '--no-color', '-n', '7', '--ratio', '2.5'],
             ['a', '-I', 'x', '-Iy', '--I=z'], ['a', '-Ix', '-I', 'y'],
             ['a', '--const', '--ac', '--ac'], ['a', '--ext', '1', '2', '--ext', '3'],
             ['a', '--mode', 'slow', '--size', '3'], ['a', '--hidden', 'h'],
             ['a', '--num=8'], ['a', '-n8'], ['a', '--nu', '9'], ['a', '--verb'],
             ['a', 'b', 'c'], ['a', '--zzz'], ['a', '-vq'], ['a', '-qvn', '4']]:
    run(p, argv)
run(p, ['a', 'b', 'c', '--zzz', '-x'], known=True)
run(p, ['--', '-a'])
run(p, ['a', '--', '-b'])

ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, 'c' in ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace())
print(argparse.Namespace(**{'weird-name': 1, 'ok': 2}), vars(argparse.Namespace(x=[1])))
ns2 = argparse.Namespace(num=100, extra=True)
print(p.parse_args(['a'], namespace=ns2))
p.set_defaults(num=3, other='o')
print(p.get_default('num'), p.get_default('other'), p.get_default('nothing'), p.get_default('dst'))
print(p.parse_args(['a']))
q = argparse.ArgumentParser(prog='q', argument_default=argparse.SUPPRESS)
q.add_argument('--x'); q.add_argument('--y', default=1)
print(q.parse_args([]), q.parse_args(['--x', '2']))
r = argparse.ArgumentParser(prog='r')
r.add_argument('--lst', default=[1], action='append')
r.add_argument('--t', type=lambda s: s.upper(), default='low')
r.add_argument('--f', type=float, default='1.5')
print(r.parse_args([]), r.parse_args(['--lst', '2', '--lst', '3', '--t', 'ab']))
print(r.parse_args([]).lst)
a = p._actions[1]
print(a)
print(repr(p))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.REMAINDER, argparse.PARSER)
