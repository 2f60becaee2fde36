"""JSON token scanner (Pyclave): make_scanner(context) returns a callable
scan_once(string, idx) -> (value, end) that raises StopIteration(idx) when
no value starts at idx."""
from .decoder import _Scanner, _CScanner, _c_scan_once

__all__ = ['make_scanner']


def py_make_scanner(context):
    return _Scanner(context)


c_make_scanner = None if _c_scan_once is None else _CScanner
make_scanner = c_make_scanner or py_make_scanner
