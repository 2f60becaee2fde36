"""Run one of CPython's own test modules with unittest, minus a skip list.

    runner.py MODULE SKIPFILE

Run by tests/cpython/run.sh under both CPython and Pyclave, from a
temporary directory holding a copy of CPython's Lib/test package (the
files are never modified).  MODULE is e.g. test_bisect or test_json (a
package).  The module's tests are loaded with unittest's loader (so its
load_tests hook, doctests included, is honoured), every test whose id
matches an entry of SKIPFILE is removed, and the rest runs under a plain
TextTestRunner.  At the end one line per test gives its outcome:

    @@ OUTCOME test-id

(OUTCOME: ok, FAIL, ERROR, skip, xfail, xpass; a skip line ends with
` :: reason`), then

    @@ SUMMARY run=N ok=K fail=F error=E skip=S removed=R

SKIPFILE lines: `test_module.Class.test_method  reason`, or a class, or a
shell-style pattern (test_bisect.Test*C); `test_module/ID  reason` names a
test whose id is not under test_module (a doctest of a library module it
loads).  '#' starts a comment.  Ids are unittest's, without the leading
'test.'.
"""

import sys
import unittest


def read_skips(path, module):
    skips = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            name = line.split()[0]
            if name.split('/')[0].split('.')[0] == module:
                skips.append(name)
    return skips


def is_skipped(test_id, skips):
    """True if an entry names the test, a class or module holding it, or
    matches it as a shell-style pattern (fnmatch)."""
    from fnmatch import fnmatchcase
    if test_id.startswith('test.'):
        test_id = test_id[5:]
    for s in skips:
        if '/' in s:
            # test_x/ID: a test of another module's id (doctests of a
            # library module), skipped while running test_x
            s = s.split('/', 1)[1]
        if (test_id == s or test_id.startswith(s + '.') or
                fnmatchcase(test_id, s) or fnmatchcase(test_id, s + '.*')):
            return True
    return False


def flatten(suite, out):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            flatten(t, out)
        else:
            out.append(t)


class RecordingResult(unittest.TextTestResult):
    """A TextTestResult that also remembers one outcome per test id."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcomes = {}
        self.order = []
        self.reasons = {}

    def _set(self, test, outcome):
        tid = test.id()
        if tid not in self.outcomes:
            self.order.append(tid)
            self.outcomes[tid] = outcome
        elif outcome in ('FAIL', 'ERROR'):
            self.outcomes[tid] = outcome

    def addSuccess(self, test):
        super().addSuccess(test)
        self._set(test, 'ok')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set(test, 'FAIL')

    def addError(self, test, err):
        super().addError(test, err)
        self._set(test, 'ERROR')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._set(test, 'skip')
        self.reasons[test.id()] = reason

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._set(test, 'xfail')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set(test, 'xpass')

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._set(test, 'FAIL')
            else:
                self._set(test, 'ERROR')


def pyclave_shims():
    """Stand-ins for runtime hooks the test support package calls that
    Pyclave does not have yet (each is a known gap, listed in the report,
    to be removed when the runtime grows it)."""
    try:
        import _imp
    except ImportError:
        return
    if not hasattr(_imp, '_override_frozen_modules_for_tests'):
        # test.support.import_helper.frozen_modules() (import_fresh_module)
        # asks CPython to prefer or avoid its frozen copies of stdlib
        # modules.  Pyclave's frozen modules are the only copies it has,
        # so the override can change nothing: accept and ignore it.
        def _override_frozen_modules_for_tests(override):
            pass
        _imp._override_frozen_modules_for_tests = _override_frozen_modules_for_tests


def main():
    module, skipfile = sys.argv[1], sys.argv[2]
    if sys.implementation.name != 'cpython':
        pyclave_shims()
    skips = read_skips(skipfile, module)
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromName('test.' + module)
    tests = []
    flatten(suite, tests)
    kept = [t for t in tests if not is_skipped(t.id(), skips)]
    removed = len(tests) - len(kept)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2,
                                     resultclass=RecordingResult)
    result = runner.run(unittest.TestSuite(kept))
    counts = {'ok': 0, 'FAIL': 0, 'ERROR': 0, 'skip': 0, 'xfail': 0, 'xpass': 0}
    # Errors outside any test (setUpClass, module fixtures) have pseudo ids.
    for tid in result.order:
        outcome = result.outcomes[tid]
        counts[outcome] += 1
        if outcome == 'skip':
            reason = ' '.join(str(result.reasons.get(tid, '')).split())
            print('@@', outcome, tid, '::', reason)
        else:
            print('@@', outcome, tid)
    for test, _ in result.errors:
        # (a failed subtest is already counted under its test's id)
        test = getattr(test, 'test_case', test)
        if test.id() not in result.outcomes:
            counts['ERROR'] += 1
            print('@@ ERROR', test.id())
    print('@@ SUMMARY run=%d ok=%d fail=%d error=%d skip=%d removed=%d' % (
        result.testsRun, counts['ok'] + counts['xfail'],
        counts['FAIL'] + counts['xpass'], counts['ERROR'],
        counts['skip'], removed))
    sys.stdout.flush()


if __name__ == '__main__':
    main()
