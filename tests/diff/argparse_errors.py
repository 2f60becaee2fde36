# argparse: error messages, exit codes, exit_on_error=False, construction errors
import argparse, io, contextlib, sys

def run(p, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_args(argv)
        print(argv, '->', r)
    except SystemExit as e:
        print(argv, 'exit', e.code, repr(err.getvalue()))
    except argparse.ArgumentError as e:
        print(argv, 'ArgumentError', e, '|', e.argument_name, '|', e.message)

def pos_int(s):
    n = int(s)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive int' % s)
    return n

p = argparse.ArgumentParser(prog='err')
p.add_argument('x', choices=['a', 'b']); p.add_argument('y', type=int)
p.add_argument('-n', type=pos_int); p.add_argument('--req', required=True)
p.add_argument('--c', type=int, choices=range(3)); p.add_argument('--f', type=float)
for argv in [[], ['a'], ['q', '1', '--req', 'r'], ['a', 'z', '--req', 'r'], ['a', '1', '--req', 'r', '-n', '0'],
             ['a', '1', '--req', 'r', '-n', 'k'], ['a', '1', '--req', 'r', '--c', '5'], ['a', '1', '--req'],
             ['a', '1', '--req', 'r', '--f', 'nan?'], ['a', '1', '--req', 'r', 'extra', '-u'], ['a', '1', '--req=r']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int); p.add_argument('--ch', choices='xyz'); p.add_argument('--two', nargs=2)
for argv in [['--n', 'x'], ['--ch', 'w'], ['--two', 'a'], ['--n'], ['stray']]:
    run(p, argv)
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group(); g.add_argument('-a', action='store_true'); g.add_argument('-b', action='store_true')
g2 = p.add_mutually_exclusive_group(required=True); g2.add_argument('--on', action='store_true'); g2.add_argument('--off', action='store_true')
for argv in [['-a', '-b', '--on'], ['--on', '--off'], ['-a'], ['-b', '--off']]:
    run(p, argv)
try:
    with contextlib.redirect_stderr(io.StringIO()) as e:
        p.error('custom problem')
except SystemExit as ex:
    print('error ->', ex.code, repr(e.getvalue()))
for args in [(), (3,), (4, 'bye\n')]:
    try:
        with contextlib.redirect_stderr(io.StringIO()) as e:
            p.exit(*args)
    except SystemExit as ex:
        print('exit ->', ex.code, repr(e.getvalue()))

def bad(*a, **k):
    q = argparse.ArgumentParser(prog='bad')
    q.add_argument('--dup')
    try:
        q.add_argument(*a, **k); print('ok', a, k)
    except Exception as ex:
        print(type(ex).__name__, ex)
bad('--dup'); bad('-h'); bad('x', dest='y'); bad('x', required=True); bad('--s', nargs=0)
bad('--s', action='append', nargs=0); bad('--s', const=1); bad('--s', action='nope'); bad('--s', type='int')
bad('--s', type=argparse.FileType); bad('--s', nargs=2, metavar=('A',)); bad('--s', nargs='x'); bad('-')
bad('--x', '-h', '--dup'); bad('x', '--y')
try: argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as ex: print('ValueError', ex)
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-x', '--xx', help='old'); r.add_argument('--xx', help='new')
print(r.format_help(), end='')
print(argparse.ArgumentError(None, 'plain'), argparse.ArgumentTypeError('t'))
try:
    argparse.Action(['--q'], 'q')(None, None, None)
except NotImplementedError as ex:
    print('NotImplementedError', ex)
sys.stderr.write('done\n')
