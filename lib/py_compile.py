"""py_compile for Pyclave.

compile() checks that a source file compiles, raising PyCompileError (or
printing it) as CPython does; Pyclave's bytecode is its own and is never
read from .pyc files, so it writes none: once the source has compiled,
compile() raises OSError(errno.ENOTSUP)."""

import builtins
import enum
import errno
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Exception raised when an error occurs while attempting to compile
    the file."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = ''.join(traceback.format_exception_only(exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    import os
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Byte-compile one Python source file: in Pyclave, check that it
    compiles (PyCompileError as CPython), then raise OSError(ENOTSUP):
    no .pyc file is written."""
    with open(file, 'rb') as f:
        source = f.read()
    try:
        builtins.compile(source, dfile or file, 'exec', optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return None
    raise OSError(errno.ENOTSUP, "Pyclave does not write .pyc files")


def main():
    import argparse
    description = 'A simple command-line interface for py_compile module.'
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('-q', '--quiet', action='store_true',
                        help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    for filename in args.filenames:
        try:
            compile(filename, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                sys.exit(1)
            sys.exit(error.msg)
        except OSError as error:
            if args.quiet:
                sys.exit(1)
            sys.exit(str(error))


if __name__ == "__main__":
    main()
