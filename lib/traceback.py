"""Extract, format and print Python stack traces (traceback), written for
Pyclave.  Traceback entries and exception lines are formatted by the
interpreter itself (module _traceback), so print_exc() shows exactly what
an uncaught exception would, carets included."""

import sys
import _traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

_cause_message = ('\nThe above exception was the direct cause of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, another exception occurred:\n\n')


def _split_lines(text):
    return text.splitlines(keepends=True)


# -- frames ----------------------------------------------------------------

class FrameSummary:
    """One frame of a stack or traceback: file name, line number, function
    name and (looked up lazily) the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_tb')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._tb = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """(frame, line number) for f and its callers (default: the caller's frame)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(entries)
    if limit >= 0:
        result = []
        for entry in entries:
            if len(result) >= limit:
                break
            result.append(entry)
        return result
    entries = list(entries)
    return entries[len(entries) + limit:] if -limit < len(entries) else entries


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summaries of (frame, lineno) pairs, at most limit of them."""
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def _extract_tb(klass, tb, limit, lookup_lines=True, capture_locals=False):
        entries = []
        while tb is not None:
            entries.append(tb)
            tb = tb.tb_next
        result = klass()
        for entry in _limited(entries, limit):
            code = entry.tb_frame.f_code
            summary = FrameSummary(code.co_filename, entry.tb_lineno, code.co_name,
                                   lookup_line=False,
                                   locals=entry.tb_frame.f_locals if capture_locals else None)
            summary._tb = entry
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the File line, the source line and, for a
        traceback entry, the carets under the failing expression."""
        if frame_summary._tb is not None:
            text = _traceback.format_entry(frame_summary._tb)
            if frame_summary.locals:
                for name, value in sorted(frame_summary.locals.items()):
                    text += '    {name} = {value}\n'.format(name=name, value=value)
            return text
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename,
                                                     frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The frames as strings; runs of the same frame beyond three are
        replaced by a "[Previous line repeated N more times]" line."""
        result = []
        last = None
        count = 0
        for summary in self:
            key = (summary.filename, summary.lineno, summary.name)
            if last is None or last != key:
                if count > 3:
                    count -= 3
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(summary))
        if count > 3:
            count -= 3
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary."""
    return StackSummary._extract_tb(tb, limit)


def extract_stack(f=None, limit=None):
    """The current stack (or f's) as a StackSummary, oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback (where the
    interpreter allows it)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# -- exceptions ------------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


class TracebackException:
    """An exception captured for later formatting: its type, message lines,
    stack, and the exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self.stack = StackSummary._extract_tb(exc_traceback, limit, lookup_lines,
                                              capture_locals)
        self._tb = exc_traceback
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if is_recursive_call:
            return
        # Convert the chained exceptions with a queue, not recursion, as
        # CPython does: a chain thousands long must not hit the recursion
        # limit.  Only the top-level call (no _seen) walks the chain.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                                           limit=limit, lookup_lines=lookup_lines,
                                           capture_locals=capture_locals, _seen=_seen)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = TracebackException(type(e.__context__), e.__context__,
                                             e.__context__.__traceback__, limit=limit,
                                             lookup_lines=lookup_lines,
                                             capture_locals=capture_locals, _seen=_seen)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, limit=limit,
                                                 lookup_lines=lookup_lines,
                                                 capture_locals=capture_locals, _seen=_seen)
                              for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))
            if exceptions:
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type else ''

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The closing lines: 'Type: message', the SyntaxError location,
        and the notes."""
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        if not isinstance(self._exc, BaseException):
            name = self.exc_type.__qualname__
            module = self.exc_type.__module__
            if module not in ('__main__', 'builtins'):
                name = module + '.' + name
            yield f'{name}: {self._str}\n' if self._str else f'{name}\n'
            return
        text = _traceback.format_exception_only(self._exc)
        if isinstance(self._exc, (NameError, AttributeError)):
            text = _drop_suggestion(text, self._str)
        yield from _split_lines(text)

    def _has_group(self):
        node = self
        while node is not None:
            if node.exceptions is not None:
                return True
            node = node.__cause__ or node.__context__
        return False

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report, chained exceptions first."""
        if (chain and self._limit is None and getattr(sys, 'tracebacklimit', None) is None
                and self._exc is not None and self._has_group()):
            # Exception groups: the interpreter's layout (indented trees),
            # with the traceback this object was given (unittest passes one
            # without its own frames).
            exc = self._exc
            saved = exc.__traceback__
            try:
                exc.__traceback__ = self._tb
                text = _traceback.format_exception(exc)
            finally:
                exc.__traceback__ = saved
            yield from _split_lines(text)
            return
        chain_parts = []
        node = self
        while node is not None:
            if chain:
                if node.__cause__ is not None:
                    chain_parts.append((_cause_message, node.__cause__))
                    node = node.__cause__
                    continue
                if node.__context__ is not None and not node.__suppress_context__:
                    chain_parts.append((_context_message, node.__context__))
                    node = node.__context__
                    continue
            break
        order = [(None, self)] + chain_parts
        # Oldest exception first; each later one is introduced by the
        # message linking it to the previous.
        for index in range(len(order) - 1, -1, -1):
            current = order[index][1]
            if index < len(order) - 1:
                yield order[index + 1][0]
            if current._tb is not None and current.stack:
                yield 'Traceback (most recent call last):\n'
                yield from current.stack.format()
            yield from current.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _drop_suggestion(text, message):
    # CPython 3.11's traceback module (unlike the interpreter's own report of
    # an uncaught exception) does not add "Did you mean" suggestions.
    marker = message + ". Did you mean: '"
    start = text.find(marker)
    if start < 0:
        return text
    end = text.find("'?\n", start + len(marker))
    if end < 0:
        return text
    return text[:start + len(message)] + text[end + 2:]


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report ('Type: message' and friends)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception report like the interpreter's for uncaught ones."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (interactive sessions)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
