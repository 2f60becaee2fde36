# argparse: a realistic multi-subcommand tool (git-like), subparser behaviour
import argparse, io, contextlib

def run(p, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            r = p.parse_known_args(argv) if known else p.parse_args(argv)
        f = None if known else vars(r).pop('func', None)
        print(argv, '->', r)
        if f:
            f(r)
    except SystemExit as e:
        print(argv, 'exit', e.code)
    print(out.getvalue() + err.getvalue(), end='')

def cmd_clone(a): print('cloning', a.url, 'into', a.directory, 'depth', a.depth)
def cmd_commit(a): print('commit', repr(a.message), 'all' if a.all else 'staged')
def cmd_remote(a): print('remote', a.action, a.name)

p = argparse.ArgumentParser(prog='vcs', description='A tiny version control system.',
                            epilog="Run '%(prog)s COMMAND --help' for more information on a command.")
p.add_argument('--version', action='version', version='%(prog)s 0.9')
p.add_argument('-C', metavar='PATH', dest='cwd', default='.', help='run as if started in PATH')
p.add_argument('-q', '--quiet', action='store_true', help='suppress output')
sub = p.add_subparsers(title='commands', dest='command', metavar='COMMAND', required=True,
                       description='Available commands (use COMMAND -h for details).')
c = sub.add_parser('clone', help='clone a repository into a new directory', description='Clone a repository.')
c.add_argument('url', help='repository URL'); c.add_argument('directory', nargs='?', default='repo')
c.add_argument('--depth', type=int, default=0, help='create a shallow clone (default: %(default)s)')
c.set_defaults(func=cmd_clone)
m = sub.add_parser('commit', aliases=['ci'], help='record changes')
m.add_argument('-m', '--message', required=True); m.add_argument('-a', '--all', action='store_true')
m.set_defaults(func=cmd_commit)
r = sub.add_parser('remote', help='manage remotes')
rs = r.add_subparsers(dest='action')
ra = rs.add_parser('add', help='add a remote'); ra.add_argument('name'); ra.add_argument('url')
rr = rs.add_parser('rm', help='remove a remote'); rr.add_argument('name')
r.set_defaults(func=cmd_remote, name=None)
sub.add_parser('gc')   # no help: not listed in the command list
for argv in [['-h'], ['clone', '-h'], ['commit', '--help'], ['remote', '-h'], ['remote', 'add', '-h'],
             ['--version'], [], ['-q'], ['bogus'], ['clone'], ['clone', 'http://x', '--depth', '1'],
             ['-C', '/tmp', 'clone', 'u', 'd'], ['ci', '-am', 'fix bug'], ['commit'], ['commit', '-m', 'x', 'extra'],
             ['remote', 'add', 'origin', 'git@x'], ['remote', 'rm', 'origin'], ['remote'], ['gc'], ['gc', '--zz'],
             ['clone', 'u', '--depth', 'deep'], ['-q', 'commit', '-m', 'msg', '-q']]:
    run(p, argv)
run(p, ['gc', 'x', '--y'], known=True)

q = argparse.ArgumentParser(prog='simple')
qs = q.add_subparsers(help='sub-command help')
qa = qs.add_parser('a', help='a help'); qa.add_argument('bar', type=int, help='bar help')
qb = qs.add_parser('b', help='b help'); qb.add_argument('--baz', choices='XYZ', help='baz help')
run(q, ['--help']); run(q, ['a', '12']); run(q, ['b', '--baz', 'Z']); run(q, []); run(q, ['c'])
print(q.format_usage(), end=''); print(qa.format_usage(), end='')
d = argparse.ArgumentParser(prog='defs'); d.add_argument('--x', default='top')
ds = d.add_subparsers(dest='cmd', parser_class=argparse.ArgumentParser, prog='DEFS')
d1 = ds.add_parser('one'); d1.add_argument('--x', default='sub'); d1.set_defaults(y=1)
run(d, ['one']); run(d, ['--x', 'given', 'one']); run(d, ['one', '--x', 'inner'])
print(d1.prog, repr(ds.dest), sorted(ds.choices))
try: ds.add_parser('one')
except argparse.ArgumentError as e: print('ArgumentError', e)
try: d.add_subparsers()
except SystemExit as e: print('exit', e.code)
