"""Source lines by file name (linecache), written for Pyclave.

The lines come from the interpreter's own source registry (every module it
compiled, and files it can read through the host), so tracebacks and this
module always agree.  Inside an enclave only compiled sources are known."""

import _traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> list of lines with their line ends (for code that inspects it)
cache = {}


def clearcache():
    cache.clear()


def getlines(filename, module_globals=None):
    """All lines of filename, each ending with a newline; [] if unknown."""
    if filename in cache:
        return cache[filename]
    if not isinstance(filename, str) or not filename:
        return []
    lines = _traceback.source_lines(filename)
    if lines is None:
        return []
    result = [line + '\n' for line in lines]
    cache[filename] = result
    return result


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def checkcache(filename=None):
    """Forget cached files (they are re-read on the next request)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
