"""unittest.main(): the command line of a test module and of
`python -m unittest` (written for Pyclave; the option parser imitates
argparse's messages because Pyclave has no argparse)."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

_WIDTH = 78   # argparse's default: 80 columns minus 2

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_DISCOVERY_EPILOG = ("For test discovery all test modules must be importable from "
                     "the top level\ndirectory of the project.")


def _convert_name(name):
    """A test file path (foo/test_x.py) becomes a module name (foo.test_x)."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _ParseError(Exception):
    pass


def _wrap_usage(prog, opt_parts, pos_parts):
    """The usage line(s), wrapped the way argparse wraps them."""
    prefix = 'usage: '
    full = ' '.join([prog] + opt_parts + pos_parts)
    if len(prefix) + len(full) <= _WIDTH:
        return prefix + full

    def get_lines(parts, indent, first_prefix=None):
        lines = []
        line = []
        if first_prefix is not None:
            line_len = len(first_prefix) - 1
        else:
            line_len = len(indent) - 1
        for part in parts:
            if line_len + 1 + len(part) > _WIDTH and line:
                lines.append(indent + ' '.join(line))
                line = []
                line_len = len(indent) - 1
            line.append(part)
            line_len += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * _WIDTH:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = get_lines([prog] + opt_parts, indent, prefix)
        if pos_parts:
            lines.extend(get_lines(pos_parts, indent))
    else:
        indent = ' ' * len(prefix)
        lines = [prog] + get_lines(opt_parts + pos_parts, indent)
    return prefix + '\n'.join(lines)


class _OptionParser:
    """The options of the unittest command line (-h -v -q --locals -f -c
    -b -k and, for discovery, -s -p -t)."""

    def __init__(self, prog, program, discovery):
        self.prog = prog
        self.discovery = discovery
        # (short, long, dest, value or None for an option with an argument, help)
        opts = [('-h', '--help', None, None, 'show this help message and exit'),
                ('-v', '--verbose', 'verbosity', 2, 'Verbose output'),
                ('-q', '--quiet', 'verbosity', 0, 'Quiet output'),
                (None, '--locals', 'tb_locals', True, 'Show local variables in tracebacks')]
        if program.failfast is None:
            opts.append(('-f', '--failfast', 'failfast', True, 'Stop on first fail or error'))
        if program.catchbreak is None:
            opts.append(('-c', '--catch', 'catchbreak', True,
                         'Catch Ctrl-C and display results so far'))
        if program.buffer is None:
            opts.append(('-b', '--buffer', 'buffer', True,
                         'Buffer stdout and stderr during tests'))
        opts.append(('-k', None, 'testNamePatterns', None,
                     'Only run tests which match the given substring'))
        if discovery:
            opts.append(('-s', '--start-directory', 'start', None,
                         "Directory to start discovery ('.' default)"))
            opts.append(('-p', '--pattern', 'pattern', None,
                         "Pattern to match tests ('test*.py' default)"))
            opts.append(('-t', '--top-level-directory', 'top', None,
                         'Top level directory of project (defaults to start\ndirectory)'))
        self.opts = opts

    _METAVARS = {'testNamePatterns': 'TESTNAMEPATTERNS', 'start': 'START',
                 'pattern': 'PATTERN', 'top': 'TOP'}

    def usage(self):
        parts = []
        for short, long, dest, value, _ in self.opts:
            name = short or long
            if value is None and dest is not None:
                parts.append('[%s %s]' % (name, self._METAVARS[dest]))
            else:
                parts.append('[%s]' % name)
        pos = [] if self.discovery else ['[tests ...]']
        return _wrap_usage(self.prog, parts, pos)

    def format_help(self):
        out = [self.usage(), '']
        col = 24 if self.discovery else 23
        if not self.discovery:
            out.append('positional arguments:')
            out.append('  tests                a list of any number of test modules, '
                       'classes and test')
            out.append(' ' * col + 'methods.')
            out.append('')
        out.append('options:')
        for short, long, dest, value, text in self.opts:
            names = [n for n in (short, long) if n]
            if value is None and dest is not None:
                meta = self._METAVARS[dest]
                names = ['%s %s' % (n, meta) for n in names]
            inv = '  ' + ', '.join(names)
            lines = text.split('\n')
            if len(inv) + 2 <= col:
                out.append(inv.ljust(col) + lines[0])
            else:
                out.append(inv)
                out.append(' ' * col + lines[0])
            for extra in lines[1:]:
                out.append(' ' * col + extra)
        if self.discovery:
            out.append('')
            out.append(_DISCOVERY_EPILOG)
        return '\n'.join(out) + '\n'

    def error(self, message):
        sys.stderr.write(self.usage() + '\n')
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def _find_long(self, arg):
        name, eq, value = arg.partition('=')
        exact = [o for o in self.opts if o[1] == name]
        if exact:
            return exact[0], (value if eq else None)
        matches = [o for o in self.opts if o[1] and o[1].startswith(name)]
        if len(matches) == 1:
            return matches[0], (value if eq else None)
        if len(matches) > 1:
            self.error('ambiguous option: %s could match %s' % (
                name, ', '.join(o[1] for o in matches)))
        return None, None

    def _find_short(self, letter):
        for o in self.opts:
            if o[0] == '-' + letter:
                return o
        return None

    def _apply(self, opt, value, namespace, help_func):
        short, long, dest, const, _ = opt
        if dest is None:
            help_func()
            sys.exit(0)
        if const is not None:
            setattr(namespace, dest, const)
        elif dest == 'testNamePatterns':
            pats = getattr(namespace, dest, None)
            if pats is None:
                pats = []
                setattr(namespace, dest, pats)
            pats.append(_convert_select_pattern(value))
        else:
            setattr(namespace, dest, value)

    def parse(self, args, namespace, help_func, positional_dest=None):
        positionals = []
        extras = []
        pos_closed = False     # a run of positionals followed by an option
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or arg == '-' or not arg.startswith('-') or \
                    (len(arg) > 1 and arg[1].isdigit()):
                if pos_closed or positional_dest is None:
                    extras.append(arg)
                else:
                    positionals.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            if positionals:
                pos_closed = True
            if arg.startswith('--'):
                opt, value = self._find_long(arg)
                if opt is None:
                    extras.append(arg)
                    continue
                label = '/'.join(n for n in (opt[0], opt[1]) if n)
                if opt[3] is None and opt[2] is not None:
                    if value is None:
                        if i >= len(args) or args[i].startswith('-'):
                            self.error('argument %s: expected one argument' % label)
                        value = args[i]
                        i += 1
                elif value is not None:
                    self.error('argument %s: ignored explicit argument %r' % (label, value))
                self._apply(opt, value, namespace, help_func)
                continue
            j = 1
            while j < len(arg):
                opt = self._find_short(arg[j])
                if opt is None:
                    extras.append(arg if j == 1 else '-' + arg[j:])
                    break
                j += 1
                if opt[3] is None and opt[2] is not None:
                    value = arg[j:]
                    if value.startswith('='):
                        value = value[1:]
                    if not value:
                        if i >= len(args) or args[i].startswith('-'):
                            label = '/'.join(n for n in (opt[0], opt[1]) if n)
                            self.error('argument %s: expected one argument' % label)
                        value = args[i]
                        i += 1
                    self._apply(opt, value, namespace, help_func)
                    break
                self._apply(opt, None, namespace, help_func)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        if positional_dest is not None:
            setattr(namespace, positional_dest, positionals)


class TestProgram(object):
    """Parses the command line, loads the tests and runs them; exits with
    status 0 when they all pass (unless exit=False)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        main_parser = _OptionParser(self.progName, self, False)
        if self.module is None:
            print(main_parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})
            disc = _OptionParser(self.progName + ' discover', self, True)
            sys.stdout.write(disc.format_help())
        else:
            print(main_parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        parser = _OptionParser(self.progName, self, False)
        self.tests = []
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            parser.parse(argv[1:], self, self._print_help, 'tests')
            if not self.tests:
                self._do_discovery([])
                return
        else:
            parser.parse(argv[1:], self, self._print_help, 'tests')

        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            test_loader = self.testLoader if Loader is None else Loader()
            self.test = test_loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv:
            parser = _OptionParser(self.progName + ' discover', self, True)
            positionals = [a for a in argv if not a.startswith('-')]
            # Up to three positionals stand for start, pattern and top.
            options = []
            pos = []
            i = 0
            while i < len(argv):
                a = argv[i]
                if a.startswith('-'):
                    options.append(a)
                    if a in ('-k', '-s', '-p', '-t', '--start-directory', '--pattern',
                             '--top-level-directory') and i + 1 < len(argv):
                        options.append(argv[i + 1])
                        i += 1
                else:
                    pos.append(a)
                i += 1
            del positionals
            if len(pos) > 3:
                parser.error('unrecognized arguments: %s' % ' '.join(pos[3:]))
            parser.parse(options, self, parser_help(parser))
            for name, value in zip(('start', 'pattern', 'top'), pos):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def parser_help(parser):
    def show():
        sys.stdout.write(parser.format_help())
    return show


main = TestProgram
