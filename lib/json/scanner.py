"""JSON token scanner (Pyclave): make_scanner(context) returns a callable
scan_once(string, idx) -> (value, end) that raises StopIteration(idx) when
no value starts at idx."""
from .decoder import _Scanner

__all__ = ['make_scanner']


def make_scanner(context):
    return _Scanner(context)


py_make_scanner = make_scanner
c_make_scanner = None
