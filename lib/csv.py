"""
csv.py - read/write/investigate CSV files
"""

# Pyclave: written from the library documentation; the parser and writer
# are in _csv (lib/_csv.py), CPython 3.11 is the oracle.

import re
from _csv import Error, __version__, writer, reader, register_dialect, \
    unregister_dialect, get_dialect, list_dialects, \
    field_size_limit, \
    QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, \
    __doc__
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # The validation errors of the C type become csv.Error here.
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows as dicts keyed by the header row (or by *fieldnames*)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            # The first row of the file names the fields.
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames                    # reads the header
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:                         # blank lines are skipped
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            result[self.restkey] = row[len(names):]
        elif extra < 0:
            for name in names[len(row):]:
                result[name] = self.restval
        return result


class DictWriter:
    """Write dicts as rows, in the order of *fieldnames*."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in unknown))
        restval = self.restval
        return (rowdict.get(name, restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---- Sniffer ----------------------------------------------------------------------
# Guesses a dialect from a sample with CPython's heuristics: first from
# quoted fields (the character around quotes is the delimiter), then from
# how regularly each ASCII character occurs per line.

_QUOTED_FIELD_PATTERNS = (
    # ,"text",   delimiter before and after
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    # "text",    at the start of a line
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    # ,"text"    at the end of a line
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    # "text"     a whole line
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    # The first key with the highest count (dicts keep insertion order).
    best = None
    for key, n in counts.items():
        if best is None or n > counts[best]:
            best = key
    return best


def _starts_with_space_after(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''

    def __init__(self):
        # Tie-breaking order when several delimiters look plausible.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        regexp = None
        found = []
        for pattern in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in regexp.finditer(data)]
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for groups in found:
            q = groups['quote']
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in groups:
                continue
            d = groups['delim']
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if groups.get('space'):
                spaces += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''          # a single column of quoted values
        else:
            delim = ''
            skipinitialspace = 0
        # Three quotes between two delimiters: quotes are doubled inside.
        d = re.escape(delim)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
            % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        lines = [line for line in data.split('\n') if line]
        candidates = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        # char -> {occurrences per line: number of lines}
        histograms = {}
        # char -> (usual occurrences per line, lines agreeing minus the rest)
        modes = {}
        delims = {}
        iteration = 0
        start, end = 0, chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for ch in candidates:
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                top = pairs[0]
                for p in pairs[1:]:
                    if p[1] > top[1]:
                        top = p
                others = sum(p[1] for p in pairs) - top[1]
                modes[ch] = (top[0], top[1] - others)
            total = float(min(chunk * iteration, len(lines)))
            # Lower the required consistency from 100% towards 90%, in
            # the same floating-point steps as CPython.
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (per_line, agreeing) in modes.items():
                    if per_line > 0 and agreeing > 0:
                        if (agreeing / total >= consistency and
                                (delimiters is None or ch in delimiters)):
                            delims[ch] = (per_line, agreeing)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, _starts_with_space_after(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, _starts_with_space_after(lines[0], d))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, _starts_with_space_after(lines[0], delim))

    def has_header(self, sample):
        # Each column votes: if the rows after the first agree on a type
        # (numbers) or a length, a first row that differs is a header.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = {i: None for i in range(ncols)}
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]   # inconsistent column: no vote
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
