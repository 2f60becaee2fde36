"""Sequence comparison and text diffs (difflib), written for Pyclave from
the difflib documentation.  SequenceMatcher follows the published
Ratcliff/Obershelp-style algorithm with difflib's junk and popularity
heuristics, so ratios, opcodes and diffs are those of CPython 3.11.
HtmlDiff gives CPython's side-by-side HTML, byte for byte."""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'Match', 'HtmlDiff']

from heapq import nlargest as _nlargest
from collections import namedtuple as _namedtuple
from types import GenericAlias

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable items: the longest matching
    blocks, edit opcodes between them, and similarity ratios.  Items for
    which isjunk is true, and (with autojunk, for b of 200+ items) items
    occurring in more than 1% of b, do not start matches."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: item -> increasing positions in b, without junk and popular items.
        b = self.b
        self.b2j = b2j = {}
        for position, item in enumerate(b):
            b2j.setdefault(item, []).append(position)
        junk = set()
        if self.isjunk:
            for item in b2j.keys():
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del b2j[item]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            threshold = n // 100 + 1
            for item, positions in b2j.items():
                if len(positions) > threshold:
                    popular.add(item)
            for item in popular:
                del b2j[item]
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] within the ranges, earliest
        in a, then in b, among the longest; extended by junk on both ends."""
        a, b, b2j = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        # lengths[j]: length of the match ending at a[i-1] and b[j].
        lengths = {}
        nothing = []
        for i in range(alo, ahi):
            new_lengths = {}
            for j in b2j.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = new_lengths[j] = lengths.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            lengths = new_lengths
        # Extend with equal non-junk items, then with equal junk items.
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi
                   and (b[bestj + bestsize] in junk) == want_junk
                   and a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return Match(besti, bestj, bestsize)

    def get_matching_blocks(self):
        """Non-overlapping matching blocks (i, j, n), in order, adjacent
        ones merged, ending with the sentinel (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace',
        'delete', 'insert' and 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                codes.append(('replace', i, ai, j, bj))
            elif i < ai:
                codes.append(('delete', i, ai, j, bj))
            elif j < bj:
                codes.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes with up to n lines of context each (for
        unified and context diffs)."""
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long unchanged stretch ends a group and starts the next.
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """2*M/T: M matched items, T items in both sequences."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from item counts alone."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        counts = self.fullbcount
        available = {}
        matches = 0
        for item in self.a:
            left = available[item] if item in available else counts.get(item, 0)
            available[item] = left - 1
            if left > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The up to n possibilities most similar to word (ratio >= cutoff),
    best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _nlargest(n, scored)]


def _keep_original_ws(text, tags):
    # Tab and space characters of the line stay under blank tag positions,
    # so the '?' guide lines up.
    return ''.join(ch if tag == ' ' and ch.isspace() else tag for ch, tag in zip(text, tags))


class Differ:
    """Human-readable line diffs: '- ', '+ ', '  ' prefixes and '? ' guide
    lines marking the changed characters of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75) and show it
        # as a character-level change; recurse on the parts around it.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            matcher.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                matcher.set_seq1(ai)
                if (matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            matcher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield f'? {atags}\n'
        yield '+ ' + bline
        if btags:
            yield f'? {btags}\n'


def IS_LINE_JUNK(line, pat=None):
    """True for blank lines and lines holding only '#' (and whitespace)."""
    if pat is not None:
        return pat(line) is not None
    stripped = line.strip()
    return stripped == '' or stripped == '#'


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(beginning)
    if not length:
        beginning -= 1
    return '{},{}'.format(beginning, length)


def _format_range_context(start, stop):
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return '{}'.format(beginning)
    return '{},{}'.format(beginning, beginning + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' % (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """A unified diff (as produced by diff -u) of two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '--- {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '+++ {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_format_range_unified(first[1], last[2]),
                                       _format_range_unified(first[3], last[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """A context diff (as produced by diff -c) of two lists of lines."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    prefix = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
            todate = '\t{}'.format(tofiledate) if tofiledate else ''
            yield '*** {}{}{}'.format(fromfile, fromdate, lineterm)
            yield '--- {}{}{}'.format(tofile, todate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_format_range_context(first[1], last[2]), lineterm)
        if any(tag in ('replace', 'delete') for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield prefix[tag] + line
        yield '--- {} ----{}'.format(_format_range_context(first[3], last[4]), lineterm)
        if any(tag in ('replace', 'insert') for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield prefix[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Apply a str diff function to bytes lines (decoded as latin-1)."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s)) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/compare delta was made from."""
    try:
        tag = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', tag):
            yield line[2:]


# ---- side-by-side differences (HtmlDiff) ----------------------------------
# _mdiff pairs the lines of two texts from the ndiff delta: each item is
# (from, to, changed) where from/to are (line number, text) with the changed
# stretches of text between '\0' + one of '+-^' and '\1', or None for the
# separator between context blocks.

import re as _re
_CHANGE_RUN = _re.compile(r'(\++|\-+|\^+)')


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    counts = [0, 0]

    def make_line(lines, key, side):
        counts[side] += 1
        if key is None:
            return counts[side], lines.pop(0)[2:]
        if key == '?':
            text = lines.pop(0)
            guide = lines.pop(0)
            runs = [(m.group(1)[0], m.start(), m.end()) for m in _CHANGE_RUN.finditer(guide)]
            for mark, begin, end in reversed(runs):
                text = text[:begin] + '\0' + mark + text[begin:end] + '\1' + text[end:]
            return counts[side], text[2:]
        text = lines.pop(0)[2:] or ' '
        return counts[side], '\0' + key + text + '\1'

    def line_iterator():
        # Looks four delta lines ahead to pair changed lines and to
        # balance added and deleted ones with blank filler lines.
        lines = []
        pending = 0
        to_yield = 0
        while True:
            while len(lines) < 4:
                lines.append(next(delta, 'X'))
            kinds = ''.join(line[0] for line in lines)
            if kinds.startswith('X'):
                to_yield = pending
            elif kinds.startswith('-?+?'):
                yield make_line(lines, '?', 0), make_line(lines, '?', 1), True
                continue
            elif kinds.startswith('--++'):
                pending -= 1
                yield make_line(lines, '-', 0), None, True
                continue
            elif kinds.startswith(('--?+', '--+', '- ')):
                from_line, to_line = make_line(lines, '-', 0), None
                to_yield, pending = pending - 1, 0
            elif kinds.startswith('-+?'):
                yield make_line(lines, None, 0), make_line(lines, '?', 1), True
                continue
            elif kinds.startswith('-?+'):
                yield make_line(lines, '?', 0), make_line(lines, None, 1), True
                continue
            elif kinds.startswith('-'):
                pending -= 1
                yield make_line(lines, '-', 0), None, True
                continue
            elif kinds.startswith('+--'):
                pending += 1
                yield None, make_line(lines, '+', 1), True
                continue
            elif kinds.startswith(('+ ', '+-')):
                from_line, to_line = None, make_line(lines, '+', 1)
                to_yield, pending = pending + 1, 0
            elif kinds.startswith('+'):
                pending += 1
                yield None, make_line(lines, '+', 1), True
                continue
            elif kinds.startswith(' '):
                yield make_line(lines[:], None, 0), make_line(lines, None, 1), False
                continue
            while to_yield < 0:
                to_yield += 1
                yield None, ('', '\n'), True
            while to_yield > 0:
                to_yield -= 1
                yield ('', '\n'), None, True
            if kinds.startswith('X'):
                return
            yield from_line, to_line, True

    def pair_iterator():
        lines = line_iterator()
        left, right = [], []
        while True:
            while not left or not right:
                try:
                    from_line, to_line, changed = next(lines)
                except StopIteration:
                    return
                if from_line is not None:
                    left.append((from_line, changed))
                if to_line is not None:
                    right.append((to_line, changed))
            from_line, from_changed = left.pop(0)
            to_line, to_changed = right.pop(0)
            yield from_line, to_line, from_changed or to_changed

    pairs = pair_iterator()
    if context is None:
        yield from pairs
        return
    context += 1
    while True:
        # Keep the last `context` pairs until a change shows up.
        index = 0
        ring = [None] * context
        changed = False
        while changed is False:
            try:
                from_line, to_line, changed = next(pairs)
            except StopIteration:
                return
            ring[index % context] = (from_line, to_line, changed)
            index += 1
        if index > context:
            yield None, None, None
            count = context
        else:
            count = index
            index = 0
        while count:
            yield ring[index % context]
            index += 1
            count -= 1
        count = context - 1
        try:
            while count:
                from_line, to_line, changed = next(pairs)
                if changed:
                    count = context - 1
                else:
                    count -= 1
                yield from_line, to_line, changed
        except StopIteration:
            return


class HtmlDiff(object):
    """HTML table (or complete file) showing two texts side by side, with
    intraline changes marked."""

    _file_template = ('\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n'
        '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '\n'
        '<html>\n'
        '\n'
        '<head>\n'
        '    <meta http-equiv="Content-Type"\n'
        '          content="text/html; charset=%(charset)s" />\n'
        '    <title></title>\n'
        '    <style type="text/css">%(styles)s\n'
        '    </style>\n'
        '</head>\n'
        '\n'
        '<body>\n'
        '    %(table)s%(legend)s\n'
        '</body>\n'
        '\n'
        '</html>')

    _styles = ('\n'
        '        table.diff {font-family:Courier; border:medium;}\n'
        '        .diff_header {background-color:#e0e0e0}\n'
        '        td.diff_header {text-align:right}\n'
        '        .diff_next {background-color:#c0c0c0}\n'
        '        .diff_add {background-color:#aaffaa}\n'
        '        .diff_chg {background-color:#ffff77}\n'
        '        .diff_sub {background-color:#ffaaaa}')

    _table_template = ('\n'
        '    <table class="diff" id="difflib_chg_%(prefix)s_top"\n'
        '           cellspacing="0" cellpadding="0" rules="groups" >\n'
        '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
        '        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>\n'
        '        %(header_row)s\n'
        '        <tbody>\n'
        '%(data_rows)s        </tbody>\n'
        '    </table>')

    _legend = ('\n'
        '    <table class="diff" summary="Legends">\n'
        '        <tr> <th colspan="2"> Legends </th> </tr>\n'
        '        <tr> <td> <table border="" summary="Colors">\n'
        '                      <tr><th> Colors </th> </tr>\n'
        '                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>\n'
        '                      <tr><td class="diff_chg">Changed</td> </tr>\n'
        '                      <tr><td class="diff_sub">Deleted</td> </tr>\n'
        '                  </table></td>\n'
        '             <td> <table border="" summary="Links">\n'
        '                      <tr><th colspan="2"> Links </th> </tr>\n'
        '                      <tr><td>(f)irst change</td> </tr>\n'
        '                      <tr><td>(n)ext change</td> </tr>\n'
        '                      <tr><td>(t)op</td> </tr>\n'
        '                  </table></td> </tr>\n'
        '    </table>')

    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5,
                  *, charset='utf-8'):
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        text = self._file_template % dict(styles=self._styles, legend=self._legend,
                                          table=table, charset=charset)
        return text.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        def expand(line):
            # Spaces of the text are hidden while tabs expand, so that the
            # expansion's spaces can become '\t' (shown as &nbsp; later).
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        if not line_num:
            data_list.append((line_num, text))
            return
        size = len(text)
        limit = self._wrapcolumn
        if size <= limit or size - text.count('\0') * 3 <= limit:
            data_list.append((line_num, text))
            return
        # Cut after `limit` visible characters, closing and reopening a
        # change mark that spans the cut.
        i = 0
        n = 0
        mark = ''
        while n < limit and i < size:
            c = text[i]
            if c == '\0':
                mark = text[i + 1]
                i += 2
            elif c == '\1':
                mark = ''
                i += 1
            else:
                i += 1
                n += 1
        first, rest = text[:i], text[i:]
        if mark:
            first += '\1'
            rest = '\0' + mark + rest
        data_list.append((line_num, first))
        self._split_line(data_list, '>', rest)

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            (fromline, fromtext), (toline, totext) = fromdata, todata
            left, right = [], []
            self._split_line(left, fromline, fromtext)
            self._split_line(right, toline, totext)
            while left or right:
                fromdata = left.pop(0) if left else ('', ' ')
                todata = right.pop(0) if right else ('', ' ')
                yield fromdata, todata, flag

    def _collect_lines(self, diffs):
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            try:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            except TypeError:
                # the separator between context blocks
                fromlist.append(None)
                tolist.append(None)
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        try:
            linenum = '%d' % linenum
            id = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            id = ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (id, linenum, text)

    def _make_prefix(self):
        n = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % n, 'to%d_' % n]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        num_chg = 0
        in_change = False
        last = 0
        for i, flag in enumerate(flaglist):
            if flag:
                if not in_change:
                    in_change = True
                    last = i
                    # the anchor goes numlines before the change
                    next_id[max(0, i - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, num_chg)
                    num_chg += 1
                    next_href[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, num_chg)
            else:
                in_change = False
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            if context:
                fromlist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
                tolist = fromlist
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i in range(len(flaglist)):
            if flaglist[i] is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append('            <tr><td class="diff_next"%s>%s</td>%s'
                            '<td class="diff_next">%s</td>%s</tr>\n'
                            % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>'
                          % (fromdesc, todesc))
        else:
            header_row = ''
        table = self._table_template % dict(data_rows=''.join(rows), header_row=header_row,
                                            prefix=self._prefix[1])
        return (table.replace('\0+', '<span class="diff_add">')
                .replace('\0-', '<span class="diff_sub">')
                .replace('\0^', '<span class="diff_chg">')
                .replace('\1', '</span>')
                .replace('\t', '&nbsp;'))
