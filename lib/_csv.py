"""CSV parsing and writing: the core that CPython implements in C (Pyclave).

Written from the csv module documentation; CPython 3.11's _csv is the
oracle for results and error messages."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_QUOTINGS = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)

__doc__ = """CSV parsing and writing."""


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def _type_name(obj):
    return type(obj).__name__


def _set_char(name, src, default):
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, _type_name(src)))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_char_or_none(name, src, default):
    if src is _MISSING:
        return default
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, _type_name(src)))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


_MISSING = object()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        # An existing Dialect with nothing overridden is reused as is.
        if isinstance(dialect, Dialect) and not kwargs:
            return dialect
        # A keyword given (even as None) wins over the dialect's attribute.
        values = {}
        for name in _ATTRS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None:
                values[name] = getattr(dialect, name, _MISSING)
            else:
                values[name] = _MISSING
        self = object.__new__(cls)
        setv = object.__setattr__
        v = values['delimiter']
        setv(self, '_delimiter', ',' if v is _MISSING else _set_char('delimiter', v, ','))
        v = values['doublequote']
        setv(self, '_doublequote', True if v is _MISSING else bool(v))
        setv(self, '_escapechar', _set_char_or_none('escapechar', values['escapechar'], None))
        lt = values['lineterminator']
        if lt is _MISSING:
            lt = '\r\n'
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        setv(self, '_lineterminator', lt)
        qc = values['quotechar']
        setv(self, '_quotechar', _set_char_or_none('quotechar', qc, '"'))
        quoting = values['quoting']
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        setv(self, '_quoting', quoting)
        v = values['skipinitialspace']
        setv(self, '_skipinitialspace', False if v is _MISSING else bool(v))
        v = values['strict']
        setv(self, '_strict', False if v is _MISSING else bool(v))
        if quoting not in _QUOTINGS:
            raise TypeError('bad "quoting" value')
        if qc is None and values['quoting'] is _MISSING:
            setv(self, '_quoting', QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __reduce_ex__(self, proto):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


# ---- reader -------------------------------------------------------------------

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

_EOL = object()


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, input_iter, dialect):
        self._input = input_iter
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % _type_name(line))
            self.line_num += 1
            if self._state == START_RECORD and self._simple_line(line):
                break
            self._process_line(line)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _simple_line(self, line):
        """Split a whole record line that has no quotes, escapes or
        embedded line breaks directly; False leaves it to the state machine."""
        d = self.dialect
        body = line.rstrip('\r\n')
        if '\r' in body or '\n' in body:
            return False
        if d.escapechar is not None and d.escapechar in body:
            return False
        if d.quoting != QUOTE_NONE and d.quotechar is not None and d.quotechar in body:
            return False
        if not body:
            return True
        fields = body.split(d.delimiter)
        if d.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if f and len(f) > _field_limit:
                raise Error("field larger than field limit (%d)" % _field_limit)
        if d.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        self._fields = fields
        return True

    def _process_line(self, line):
        d = self.dialect
        delim = d.delimiter
        quotechar = d.quotechar
        escapechar = d.escapechar
        quoting_none = d.quoting == QUOTE_NONE
        if quoting_none:
            quotechar = None
        skipspace = d.skipinitialspace
        limit = _field_limit
        field = self._field
        state = self._state
        i = 0
        n = len(line)
        while True:
            if i < n:
                c = line[i]
                i += 1
            elif i == n:
                c = _EOL
                i += 1
            else:
                break
            if state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
                if state == AFTER_ESCAPED_CRNL and c is _EOL:
                    continue
                # Fast path: copy a run of ordinary characters.
                if c == '\n' or c == '\r' or c is _EOL:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = START_RECORD if c is _EOL else EAT_CRNL
                elif c == escapechar:
                    state = ESCAPED_CHAR
                elif c == delim:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = START_FIELD
                else:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = IN_FIELD
                continue
            if state == START_RECORD:
                if c is _EOL:
                    continue
                if c == '\n' or c == '\r':
                    state = EAT_CRNL
                    continue
                state = START_FIELD
            if state == START_FIELD:
                if c == '\n' or c == '\r' or c is _EOL:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = START_RECORD if c is _EOL else EAT_CRNL
                elif c == quotechar:
                    state = IN_QUOTED_FIELD
                elif c == escapechar:
                    state = ESCAPED_CHAR
                elif c == ' ' and skipspace:
                    pass
                elif c == delim:
                    self._field = field
                    self._save_field()
                    field = self._field
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = IN_FIELD
            elif state == ESCAPED_CHAR:
                if c == '\n' or c == '\r':
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = AFTER_ESCAPED_CRNL
                    continue
                if c is _EOL:
                    c = '\n'
                if len(field) >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                field.append(c)
                state = IN_FIELD
            elif state == IN_QUOTED_FIELD:
                if c is _EOL:
                    pass
                elif c == escapechar:
                    state = ESCAPE_IN_QUOTED_FIELD
                elif c == quotechar:
                    state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
                else:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
            elif state == ESCAPE_IN_QUOTED_FIELD:
                if c is _EOL:
                    c = '\n'
                if len(field) >= limit:
                    raise Error("field larger than field limit (%d)" % limit)
                field.append(c)
                state = IN_QUOTED_FIELD
            elif state == QUOTE_IN_QUOTED_FIELD:
                if c == quotechar:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = IN_QUOTED_FIELD
                elif c == delim:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = START_FIELD
                elif c == '\n' or c == '\r' or c is _EOL:
                    self._field = field
                    self._save_field()
                    field = self._field
                    state = START_RECORD if c is _EOL else EAT_CRNL
                elif not d.strict:
                    if len(field) >= limit:
                        raise Error("field larger than field limit (%d)" % limit)
                    field.append(c)
                    state = IN_FIELD
                else:
                    raise Error("'%s' expected after '%s'" % (delim, d.quotechar))
            elif state == EAT_CRNL:
                if c == '\n' or c == '\r':
                    pass
                elif c is _EOL:
                    state = START_RECORD
                else:
                    raise Error("new-line character seen in unquoted field - do you need "
                                "to open the file in universal-newline mode?")
        self._field = field
        self._state = state


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    it = iter(args[0])
    dialect = args[1] if len(args) > 1 else kwargs.pop('dialect', None)
    return Reader(it, _make_dialect(dialect, kwargs))


# ---- writer -------------------------------------------------------------------

def _is_number(obj):
    if isinstance(obj, (int, float, complex)):
        return True
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or
            hasattr(t, '__float__') or hasattr(t, '__complex__'))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _join_field(self, out, field, quoted, first):
        d = self.dialect
        delim = d.delimiter
        quotechar = d.quotechar
        escapechar = d.escapechar
        lineterm = d.lineterminator
        quoting = d.quoting
        if not first:
            out.append(delim)
        chars = []
        if field:
            for c in field:
                if c == delim or c == escapechar or c == quotechar or c in lineterm:
                    want_escape = False
                    if quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == quotechar:
                            if d.doublequote:
                                chars.append(quotechar)
                            else:
                                want_escape = True
                        elif c == escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        chars.append(escapechar)
                chars.append(c)
        if quoted:
            out.append(quotechar)
            out.extend(chars)
            out.append(quotechar)
        else:
            out.extend(chars)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % _type_name(row)) from None
        d = self.dialect
        quoting = d.quoting
        out = []
        nfields = 0
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if isinstance(field, str):
                s = field
            elif field is None:
                s = None
            else:
                s = str(field)
            self._join_field(out, s, quoted, nfields == 0)
            nfields += 1
        if nfields > 0 and not ''.join(out):
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = []
            self._join_field(out, None, True, True)
        out.append(d.lineterminator)
        return self._write(''.join(out))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    write = getattr(args[0], 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = args[1] if len(args) > 1 else kwargs.pop('dialect', None)
    return Writer(write, _make_dialect(dialect, kwargs))


# ---- the dialect registry ---------------------------------------------------------

def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if kwargs:
        if 'new_limit' in kwargs and not args and len(kwargs) == 1:
            args = (kwargs['new_limit'],)
        else:
            raise TypeError("field_size_limit() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        if not -2**63 <= new < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = new
    return old
