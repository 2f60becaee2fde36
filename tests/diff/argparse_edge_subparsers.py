# argparse: edge cases of subparsers, conflicts, intermixed and positional allocation
import argparse, io, contextlib, sys
def run(p, argv, meth='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = getattr(p, meth)(argv)
        print(argv, '->', r)
    except SystemExit as e:
        print(argv, 'exit', e.code)
    except Exception as e:
        print(argv, 'EXC', type(e).__name__, e)
    print(out.getvalue() + err.getvalue(), end='')
def H(p):
    try: print(p.format_help())
    except Exception as e: print('EXC', type(e).__name__, e)
p = argparse.ArgumentParser(prog='s1'); s = p.add_subparsers(required=True); s.add_parser('a'); s.add_parser('b')
run(p, []); H(p)
p = argparse.ArgumentParser(prog='s2'); s = p.add_subparsers(title='only title'); a = s.add_parser('a', help='A'); H(p)
p = argparse.ArgumentParser(prog='s3'); s = p.add_subparsers(description='only desc', dest='d', help='pick one'); a = s.add_parser('a', help='A'); H(p); run(p, ['a']); run(p, [])
p = argparse.ArgumentParser(prog='s4'); p.add_argument('--top'); s = p.add_subparsers(prog='CUSTOM'); a = s.add_parser('run', help='R', prog='OVERRIDE')
b = s.add_parser('go'); H(a); H(b)
p = argparse.ArgumentParser(prog='s5'); p.add_argument('first'); g = p.add_mutually_exclusive_group(); g.add_argument('--x'); g.add_argument('--y')
s = p.add_subparsers(); c = s.add_parser('c'); print(c.prog)
class MyParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('custom: ' + message)
p = MyParser(prog='s6'); s = p.add_subparsers(dest='c'); c = s.add_parser('c'); c.add_argument('n', type=int)
print(type(c).__name__); run(p, ['c', 'x']); run(p, ['d'])
p = argparse.ArgumentParser(prog='s7'); s = p.add_subparsers(dest='cmd')
c1 = s.add_parser('c1', help='first', aliases=['one', '1']); c1.add_argument('--v', action='store_true')
run(p, ['one', '--v']); run(p, ['1']); run(p, ['c1', '--v', 'extra', '--w'], 'parse_known_args'); H(p)
p = argparse.ArgumentParser(prog='s8', add_help=False); s = p.add_subparsers(dest='cmd'); c = s.add_parser('c', add_help=False, help='cc')
c.add_argument('x'); run(p, ['c']); run(p, ['c', 'a', 'b']); run(p, ['-h'])
p = argparse.ArgumentParser(prog='s9'); grp = p.add_argument_group('G', conflict_handler='resolve')
grp.add_argument('--a'); grp.add_argument('--a', help='second'); H(p)
p = argparse.ArgumentParser(prog='s10', conflict_handler='resolve'); p.add_argument('-h', '--host', help='host'); H(p)
p = argparse.ArgumentParser(prog='s11'); p.add_argument('--foo-bar', '-f'); p.add_argument('-b', '--baz-qux', dest=None); p.add_argument('---triple'); run(p, ['-f', '1', '-b', '2', '---triple', '3'])
p = argparse.ArgumentParser(prog='s12'); p.add_argument('--x', action='store_const', const=1, default=0); p.add_argument('--x2', action='store_const', const=2, dest='x'); run(p, ['--x2'])
p = argparse.ArgumentParser(prog='s13'); g = p.add_mutually_exclusive_group(); g.add_argument('--a', action='store_true'); g.add_argument('--b', default=5, type=int)
run(p, ['--a', '--b', '5']); run(p, ['--b', '6', '--a']); run(p, ['--a', '--a'])
p = argparse.ArgumentParser(prog='s14'); p.add_argument('a', nargs='?'); p.add_argument('b', nargs='*'); p.add_argument('--o')
run(p, ['1', '--o', 'x', '2', '3']); run(p, ['--o', 'x', '1', '2']); run(p, ['1', '2', '--o', 'x', '3']); run(p, ['1', '2', '--o', 'x', '3'], 'parse_intermixed_args')
p = argparse.ArgumentParser(prog='s15'); p.add_argument('x', nargs=2); p.add_argument('--o'); run(p, ['1', '--o', 'y', '2']); run(p, ['1', '--o', 'y', '2'], 'parse_intermixed_args')
p = argparse.ArgumentParser(prog='s16'); p.add_argument('--o', nargs='*'); p.add_argument('p'); run(p, ['--o', 'a', 'b']); run(p, ['--o', 'a', '--', 'b']); run(p, ['--', '--o'])
p = argparse.ArgumentParser(prog='s17'); p.add_argument('p', nargs='+'); run(p, ['a', '--', 'b', '--', 'c']); run(p, ['--', '--'])
p = argparse.ArgumentParser(prog='s18', usage='%(prog)s [opts]\n  second line'); p.add_argument('--q'); H(p); run(p, ['--q'])
p = argparse.ArgumentParser(prog='s19', description='%(prog)s does things; 50%% done', epilog='%(prog)s!'); H(p)
p = argparse.ArgumentParser(prog='s20'); p.add_argument('x', help='x\thas\ttabs and\n newlines'); H(p)
p = argparse.ArgumentParser(prog='s21'); p.add_argument('--a', '--alpha', '-A', '--aardvark', metavar='V', help='many names for one option'); H(p)
print(argparse.ArgumentParser(prog='s22').parse_args([]), argparse.ArgumentParser(prog='s22').parse_known_args([]))
p = argparse.ArgumentParser(prog='s23'); p.add_argument('--foo', action='extend', nargs='*', default=['d']); run(p, ['--foo', 'a', '--foo']); run(p, ['--foo', 'b', 'c'])
p = argparse.ArgumentParser(prog='s24'); p.add_argument('--opt', choices=['a', 'b'], nargs='+'); run(p, ['--opt', 'a', 'c']); H(p)
