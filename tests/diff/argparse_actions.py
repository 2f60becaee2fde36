# argparse: custom actions, FileType, fromfile_prefix_chars, intermixed parsing
import argparse, io, contextlib, sys

def run(p, argv, meth='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            print(argv, '->', getattr(p, meth)(argv), file=sys.__stdout__)
    except SystemExit as e:
        print(argv, 'exit', e.code)
    except Exception as e:
        print(argv, type(e).__name__, e)
    print(out.getvalue() + err.getvalue(), end='')

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        print('Upper called:', repr(option_string), values, file=sys.__stdout__)
        setattr(namespace, self.dest, values.upper() if isinstance(values, str) else [v.upper() for v in values])

class KeyValue(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs='+', **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        d = dict(getattr(namespace, self.dest) or {})
        for v in values:
            k, _, val = v.partition('=')
            if not _:
                raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % v)
            d[k] = val
        setattr(namespace, self.dest, d)

class Stop(argparse.Action):
    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0, **kw)
    def __call__(self, parser, namespace, values, option_string=None):
        parser.exit(5, 'stopped by %s\n' % option_string)

p = argparse.ArgumentParser(prog='act')
p.add_argument('--up', action=Upper); p.add_argument('words', action=Upper, nargs='*')
p.add_argument('--set', action=KeyValue, metavar='K=V', help='set values')
p.add_argument('--stop', action=Stop, help='stop now')
print(p.format_help())
for argv in [['--up', 'abc', 'x', 'y'], ['--set', 'a=1', 'b=2', '--set', 'c=3'], ['--set', 'bad'], ['--stop']]:
    run(p, argv)
print(p._actions[2])

f = argparse.ArgumentParser(prog='files')
f.add_argument('--in', dest='inp', type=argparse.FileType('r')); f.add_argument('--out', type=argparse.FileType('w'))
f.add_argument('--missing', type=argparse.FileType('r', encoding='utf-8'))
ns = f.parse_args(['--in', '-', '--out', '-'])
print(ns.inp is sys.stdin, ns.out is sys.stdout)
run(f, ['--missing', 'no/such/file.txt'])
print(argparse.FileType(), argparse.FileType('wb', 0), argparse.FileType('r', -1, 'utf-8', 'strict'))

ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--name'); ff.add_argument('-v', action='store_true'); ff.add_argument('pos', nargs='*')
run(ff, ['@argparse_fromfile.txt', 'last']); run(ff, ['@no_such_args_file.txt'])
class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
sp = Split(prog='split', fromfile_prefix_chars='@'); sp.add_argument('--name'); sp.add_argument('-v', action='store_true'); sp.add_argument('pos', nargs='*')
run(sp, ['@argparse_fromfile.txt'])

im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo'); im.add_argument('cmd'); im.add_argument('rest', nargs='*', type=int)
for argv in [['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x', 'c'], [], ['c', '1', '--zz']]:
    run(im, argv, 'parse_intermixed_args')
run(im, ['doit', '1', '--foo', 'bar', '2', '3'])
run(im, ['c', '1', '--zz', '2'], 'parse_known_intermixed_args')
bad = argparse.ArgumentParser(prog='bad'); bad.add_argument('r', nargs=argparse.REMAINDER)
run(bad, ['x'], 'parse_intermixed_args')
v = argparse.ArgumentParser(prog='ver'); v.version = 'attr version'
v.add_argument('--version', action='version')
v.add_argument('--long-version', action='version', version='%(prog)s ' + 'word ' * 20)
run(v, ['--version']); run(v, ['--long-version'])
h = argparse.ArgumentParser(prog='h', add_help=False); h.add_argument('-?', '--usage', action='help', help='show help')
run(h, ['-?'])
