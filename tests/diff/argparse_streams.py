# argparse: where help, usage, version and errors are written
import argparse, io, contextlib, sys

p = argparse.ArgumentParser(prog='streams', description='Stream routing.')
p.add_argument('--version', action='version', version='streams 1.0')
p.add_argument('-n', type=int)
# stdout replaced by None: help and usage fall back to stderr
with contextlib.redirect_stdout(None):
    p.print_usage()
    p.print_help()
    try:
        p.parse_args(['--version'])
    except SystemExit as e:
        sys.stderr.write('version exit %r\n' % e.code)
# stderr replaced by None: the usage goes to stdout, the message is dropped
with contextlib.redirect_stderr(None):
    try:
        p.parse_args(['-n', 'x'])
    except SystemExit as e:
        print('silent error exit', e.code)
# explicit file arguments
buf = io.StringIO()
p.print_usage(buf)
p.print_help(file=buf)
print(len(buf.getvalue().splitlines()), 'lines in buffer')
# an object with a write method that fails
class Broken:
    def write(self, s):
        raise OSError('disk full')
p.print_help(Broken())
p._print_message('direct to stderr\n')
p._print_message('')
p._print_message('to stdout\n', sys.stdout)
# argument lists: tuples and iterators are copied, the original is untouched
args = ('-n', '5')
print(p.parse_args(args), args)
print(p.parse_args(iter(['-n', '6'])))
lst = ['-n', '7', '--', 'x']
print(p.parse_known_args(lst), lst)
# exit with and without message
for status, msg in [(0, None), (1, 'one\n'), (None, 'none\n'), ('text', None)]:
    try:
        p.exit(status, msg)
    except SystemExit as e:
        print('exit code', repr(e.code))
sys.stdout.flush()
p.error('final error')
