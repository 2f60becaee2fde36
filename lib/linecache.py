"""Source lines by file name (linecache), written for Pyclave.

The lines come from the interpreter's own source registry (every module it
compiled, the frozen library included, and files it can read through the
host), so tracebacks and this module always agree.  Inside an enclave only
compiled sources are known.

`cache` has CPython's layout: filename -> (size, mtime, lines, fullname),
each line ending with a newline, or (get_lines,) for a lazily loaded entry.
Code may register its own entries there (doctest does): getline() and the
traceback module use them.  Entries made here have mtime None, so
checkcache() keeps them."""

import _traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Forget every cached entry."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename, each ending with a newline; [] if unknown."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop entries of files that changed on disk.  Entries without an
    mtime (registered sources, entries made by other code) are kept."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            import os
            stat = os.stat(fullname)
        except (OSError, ImportError, ValueError):
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    # "<string>", "<stdin>" ... name no file; the frozen library's
    # "<frozen NAME>" sources are known to the interpreter.
    return filename.startswith('<') and filename.endswith('>') and \
        not filename.startswith('<frozen ')


def updatecache(filename, module_globals=None):
    """(Re)read the lines of filename into the cache; [] if unknown."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or not isinstance(filename, str):
        return []
    if filename in cache:
        # A lazy entry: ask its loader.
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            data = None
        if data is None:
            cache.pop(filename, None)
            return []
        lines = data.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (len(data), None, lines, filename)
        return lines
    if _is_pseudo(filename):
        return []
    found = _traceback.source_lines(filename)
    if found is None:
        return []
    lines = [line + '\n' for line in found]
    size = 0
    for line in lines:
        size += len(line)
    cache[filename] = (size, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Register a lazy entry for filename from module_globals' loader
    (its get_source); True when one exists or was made."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
