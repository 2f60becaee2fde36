# argparse: nargs, '--', negative numbers, abbreviations, prefix chars
import argparse, io, contextlib

def run(p, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_args(argv)
        print(argv, '->', r)
    except SystemExit as e:
        print(argv, 'exit', e.code, err.getvalue().splitlines()[-1])

p = argparse.ArgumentParser(prog='n')
p.add_argument('--two', nargs=2)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+', type=int)
p.add_argument('--one', nargs=1)
p.add_argument('pos', nargs='*')
for argv in [[], ['--two', 'a', 'b'], ['--two', 'a'], ['--opt'], ['--opt', 'x'], ['--opt=y'],
             ['--star'], ['--star', 'a', 'b', '--opt'], ['--plus'], ['--plus', '1', '2', 'z'],
             ['--one', 'v'], ['x', '--star', 'a', '--', 'b', 'c'], ['--plus', '1', '--', '2'],
             ['--two', 'a', '--opt'], ['--one'], ['--plus', 'q']]:
    run(p, argv)

p = argparse.ArgumentParser(prog='pos')
p.add_argument('a'); p.add_argument('b', nargs='+'); p.add_argument('c', nargs=2)
p.add_argument('d', nargs='?', default='dd')
for argv in [['1', '2', '3', '4'], ['1', '2', '3', '4', '5', '6'], ['1', '2', '3'], ['1']]:
    run(p, argv)

p = argparse.ArgumentParser(prog='rem')
p.add_argument('--flag', action='store_true'); p.add_argument('cmd'); p.add_argument('rest', nargs=argparse.REMAINDER)
for argv in [['ls', '-l', '--flag', 'x'], ['--flag', 'ls'], ['ls']]:
    run(p, argv)

p = argparse.ArgumentParser(prog='neg')
p.add_argument('-x', type=float); p.add_argument('nums', nargs='*', type=int)
for argv in [['-x', '-1.5', '-3', '4'], ['-5', '-x', '2'], ['-x', '-.5'], ['-y']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('-1', dest='one', action='store_true'); p.add_argument('-x')
for argv in [['-1'], ['-x', '-1'], ['-x', '-2']]:
    run(p, argv)

p = argparse.ArgumentParser(prog='ab')
p.add_argument('--foo'); p.add_argument('--foobar'); p.add_argument('--baz', action='store_true')
for argv in [['--fo', '1'], ['--foo', '1'], ['--foob', '2'], ['--b'], ['--ba=3'], ['--foo=a=b'], ['--=x']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
p.add_argument('--foo'); p.add_argument('-a', action='store_true'); p.add_argument('-b', action='store_true')
for argv in [['--fo', '1'], ['-ab'], ['--foo', 'x']]:
    run(p, argv)

p = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p.add_argument('+x', action='store_true'); p.add_argument('++long'); p.add_argument('-m')
for argv in [['+x'], ['++long', 'v', '-m', 'w'], ['++lo=q']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='slash', prefix_chars='/')
p.add_argument('/v', action='store_true'); p.add_argument('//opt')
run(p, ['/v', '//opt', 'x']); print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='sd')
p.add_argument('-foo'); p.add_argument('-f', action='store_true')
for argv in [['-foo', '1'], ['-f'], ['-fo', '2'], ['-foo=3']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='meta')
p.add_argument('--pt', nargs=2, metavar=('X', 'Y')); p.add_argument('--p3', nargs=3, type=int)
run(p, ['--pt', '1', '2', '--p3', '1', '2', '3']); run(p, ['--p3', '1', 'x', '3']); run(p, ['--p3', '1'])
print(p.format_usage(), end='')
