# argparse: mutually exclusive groups in usage, argument groups, parents
import argparse, io, contextlib

def run(p, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, '->', p.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code, err.getvalue().splitlines()[-1])

p = argparse.ArgumentParser(prog='mx')
g1 = p.add_mutually_exclusive_group()
g1.add_argument('-v', '--verbose', action='store_true'); g1.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--mid')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--json', action='store_const', dest='fmt', const='json')
g2.add_argument('--csv', action='store_const', dest='fmt', const='csv')
g2.add_argument('--fmt', dest='fmt'); g2.add_argument('--hidden', help=argparse.SUPPRESS)
g3 = p.add_mutually_exclusive_group()
g3.add_argument('--alone')
g4 = p.add_mutually_exclusive_group(required=True)
g4.add_argument('--only-one', action='store_true')
g5 = p.add_mutually_exclusive_group()
g5.add_argument('pos', nargs='?', default='P'); g5.add_argument('--not-pos')
print(p.format_help())
for argv in [['--json', '--only-one'], ['--json', '--csv', '--only-one'], ['-v', '-q'], ['--only-one'],
             ['--fmt', 'x', '--only-one', 'val'], ['--only-one', '--csv', 'val', '--not-pos', 'n'],
             ['--only-one', '--fmt=y', '--json'], ['-vq']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='nonadj')
g = p.add_mutually_exclusive_group(); a = g.add_argument('--aa'); p.add_argument('--between'); b = g.add_argument('--bb')
print(p.format_usage(), end='')
run(p, ['--aa', '1', '--bb', '2'])
g = argparse.ArgumentParser(prog='grp').add_mutually_exclusive_group()
try: g.add_argument('x')
except ValueError as e: print('ValueError', e)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='cfg.ini', help='config file')
pg = parent.add_argument_group('logging', 'Logging options.')
pg.add_argument('--log-level', choices=['debug', 'info'], default='info')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--dry-run', action='store_true'); pm.add_argument('--force', action='store_true')
parent.set_defaults(origin='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='Child parser.')
child.add_argument('target')
other = argparse.ArgumentParser(prog='other', parents=[parent], add_help=False)
print(child.format_help())
print(other.format_help())
run(child, ['t', '--config', 'c2', '--log-level', 'debug', '--dry-run'])
run(child, ['t', '--dry-run', '--force'])
run(other, [])
try: argparse.ArgumentParser(parents=[child])
except argparse.ArgumentError as e: print('ArgumentError', e)
gp = argparse.ArgumentParser(prog='nest')
outer = gp.add_argument_group('outer')
inner = outer.add_mutually_exclusive_group()
inner.add_argument('--left', action='store_true', help='go left'); inner.add_argument('--right', action='store_true', help='go right')
outer.add_argument('--speed', type=int, help='speed')
print(gp.format_help())
run(gp, ['--left', '--right'])
