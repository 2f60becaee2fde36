# unittest.mock: Mock, MagicMock, patch (decorator, class, context, dict,
# multiple, start/stop), PropertyMock, mock_open, call, ANY and assert messages
import io, os, re, sys
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, PropertyMock, call, mock_open, sentinel, ANY

class Service:
    def __init__(self): self.n = 0
    def fetch(self, key): return "real:" + key
    @property
    def size(self): return 10
    def run(self, key): return self.fetch(key).upper()

def cwd_len():
    return len(os.getcwd())

class Tests(unittest.TestCase):
    @patch('os.getcwd', return_value='/abc')
    @patch('os.getpid')
    def test_stack(self, pid, getcwd):
        pid.return_value = 3
        self.assertEqual(cwd_len(), 4)
        self.assertEqual(os.getpid(), 3)
        getcwd.assert_called_once_with()
        print("names", pid._mock_name, getcwd._mock_name)

    def test_ctx(self):
        with patch.object(Service, 'fetch', return_value='mocked') as f:
            self.assertEqual(Service().run('k'), 'MOCKED')
            f.assert_called_once_with('k')
        self.assertEqual(Service().run('k'), 'REAL:K')

    def test_property(self):
        with patch.object(Service, 'size', new_callable=PropertyMock) as p:
            p.return_value = 99
            self.assertEqual(Service().size, 99)
            p.assert_called_once_with()

    def test_spec(self):
        m = Mock(spec=Service)
        m.fetch('x')
        self.assertIsInstance(m, Service)
        with self.assertRaises(AttributeError):
            m.nothing
        ms = Mock(spec_set=['a'])
        with self.assertRaises(AttributeError):
            ms.b = 1

    def test_side_effect(self):
        m = Mock(side_effect=lambda x: x * 2)
        self.assertEqual(m(4), 8)
        m.side_effect = [1, ValueError('v'), 3]
        self.assertEqual(m(), 1)
        with self.assertRaises(ValueError):
            m()
        self.assertEqual(m(), 3)
        m.side_effect = None
        m.return_value = sentinel.x
        self.assertIs(m(), sentinel.x)

    def test_wraps(self):
        s = Service()
        m = Mock(wraps=s)
        self.assertEqual(m.fetch('a'), 'real:a')
        m.fetch.assert_called_with('a')

    def test_mock_open(self):
        with patch('builtins.open', mock_open(read_data='line1\nline2\n')) as mo:
            with open('f.txt') as fh:
                self.assertEqual(fh.read(), 'line1\nline2\n')
            mo.assert_called_once_with('f.txt')
        with patch('builtins.open', mock_open(read_data='a\nb\n')):
            with open('x') as fh:
                print(list(fh))
            with open('x') as fh:
                print(fh.readline(), fh.readlines())

    def test_calls(self):
        m = MagicMock()
        m.a(1); m.b.c(2, k=3); m(4)
        self.assertEqual(m.mock_calls, [call.a(1), call.b.c(2, k=3), call(4)])
        m.assert_has_calls([call.b.c(2, k=ANY), call(4)])
        self.assertEqual(m.b.c.call_args, ((2,), {'k': 3}))
        self.assertEqual(m.b.c.call_args, call(2, k=3))
        print(m.method_calls)
        parent = Mock()
        child = Mock()
        parent.attach_mock(child, 'kid')
        child(1)
        print(parent.mock_calls)

    def test_dict(self):
        env = {'A': '1'}
        with patch.dict(env, {'B': '2'}, clear=True):
            self.assertEqual(env, {'B': '2'})
        self.assertEqual(env, {'A': '1'})

    @patch.dict(os.environ, {'MY_VAR': 'x'})
    def test_environ(self):
        self.assertEqual(os.environ['MY_VAR'], 'x')

    def test_multiple(self):
        with patch.multiple(Service, fetch=mock.DEFAULT, run=mock.DEFAULT) as ms:
            print(sorted(ms))
            Service().fetch(1)
            ms['fetch'].assert_called_once_with(1)

    def test_start_stop(self):
        p = patch('os.getcwd', return_value='Q')
        p.start()
        self.addCleanup(p.stop)
        self.assertEqual(os.getcwd(), 'Q')

    def test_magic(self):
        m = MagicMock()
        m.__getitem__.return_value = 5
        m.__iter__.return_value = [1, 2]
        self.assertEqual(m['x'], 5)
        self.assertEqual(list(m), [1, 2])
        m.__len__.return_value = 7
        self.assertEqual(len(m), 7)
        m.__enter__.return_value = 'ctx'
        with m as v:
            self.assertEqual(v, 'ctx')
        m.__str__.return_value = 'strval'
        self.assertEqual(str(m), 'strval')
        m.reset_mock()
        self.assertFalse(m.called)


@patch('os.getcwd', return_value='cls')
class ClassPatched(unittest.TestCase):
    def test_one(self, g):
        self.assertEqual(os.getcwd(), 'cls')
    def test_two(self, g):
        g.assert_not_called()



def helper(a, b=2):
    return a + b


class Autospec(unittest.TestCase):
    def test_method(self):
        with patch.object(Service, 'fetch', autospec=True) as f:
            f.return_value = 'fake'
            s = Service()
            self.assertEqual(s.run('k'), 'FAKE')
            f.assert_called_once_with(s, 'k')
            self.assertEqual(f.call_args.args[1:], ('k',))

    def test_function(self):
        f = mock.create_autospec(helper, return_value=9)
        self.assertEqual(f(1), 9)
        f.assert_called_once_with(1)
        print(f.mock_calls)

    def test_class(self):
        with patch('__main__.Service', autospec=True) as S:
            inst = Service()
            inst.fetch('a')
            inst.fetch.assert_called_once_with('a')
            S.assert_called_once_with()
            self.assertIs(inst, S.return_value)


def show(f):
    try:
        f()
        print("ok")
    except AssertionError as e:
        print("AssertionError:", e)
    except Exception as e:
        print(type(e).__name__, e)


m = Mock(name="svc")
m.go(1)
m(2, k=3)
show(lambda: m.go.assert_called_once_with(2))
show(lambda: m.assert_called_with(2))
show(lambda: m.assert_called_once())
show(lambda: m.stop.assert_called_with())
show(lambda: m.assert_any_call(5))
show(lambda: m.assert_has_calls([call(2, k=3), call.go(1)]))
show(lambda: m.assert_has_calls([call(9)], any_order=True))
show(lambda: m.assert_not_called())
show(lambda: Mock().assert_called())
show(lambda: m.assert_foo())
print(m.mock_calls, m.call_args, m.call_args.args, m.call_args.kwargs)
print(call(1, x=2), call.a.b(3), call(ANY) == call([1]), sentinel.thing)

if __name__ == "__main__":
    buf = io.StringIO()
    sys.stderr = buf
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        sys.stderr = sys.__stderr__
        print(re.sub(r"in \d+\.\d+s", "in X.XXXs", buf.getvalue()), end="")
        print("exit status", e.code)
