# argparse: formatter classes, custom formatters, widths from COLUMNS
import argparse, os

def build(cls, prog='fmt', **kw):
    p = argparse.ArgumentParser(prog=prog, formatter_class=cls, description='''First line of the
    description,   indented.
        Deeper line.

Second paragraph after a blank line.''', epilog='Epilog line one.\n  Epilog line two.', **kw)
    p.add_argument('--count', type=int, default=3, help='how many\ntimes (multi-line\n  help)')
    p.add_argument('--name', default='world', help='who to greet, default is %(default)r')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--none', help='no default')
    p.add_argument('--ratio', type=float, help='a ratio')
    p.add_argument('--sup', default=argparse.SUPPRESS, type=str, help='suppressed default')
    p.add_argument('files', nargs='*', type=str, default=['a.txt'], help='input files')
    p.add_argument('target', type=str, help='the target')
    p.add_argument('opt', nargs='?', type=int, default=7, help='optional positional')
    return p

for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter]:
    print('=====', cls.__name__)
    print(build(cls).format_help())
m = argparse.ArgumentParser(prog='mt', add_help=False, formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--n', type=int, help='an int'); m.add_argument('--x', type=float, nargs=2)
m.add_argument('s', type=str, nargs='+'); m.add_argument('--c', type=int, choices=[1, 2])
print(m.format_help())

class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass
print(build(Both).format_help())
print(build(lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=100)).format_help())
print(build(lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=50)).format_help())

class Upper(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings:
            return super()._format_action_invocation(action)
        return ', '.join(action.option_strings) + ' <' + action.dest + '>'
    def _get_default_metavar_for_optional(self, action):
        return action.dest + '_value'
print(build(Upper).format_help())
os.environ['COLUMNS'] = '50'
print(build(argparse.HelpFormatter, 'narrow').format_help())
os.environ['COLUMNS'] = '120'
print(build(argparse.HelpFormatter, 'wide').format_usage())
os.environ['COLUMNS'] = 'junk'
print(build(argparse.HelpFormatter, 'junk').format_usage())
os.environ['COLUMNS'] = '20'
p = argparse.ArgumentParser(prog='tiny', description='tiny width description text here')
p.add_argument('--abc', help='help text that must be wrapped at a very small width')
print(p.format_help())
del os.environ['COLUMNS']
