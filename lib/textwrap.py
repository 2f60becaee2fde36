"""Text wrapping and filling (textwrap), written for Pyclave from the
textwrap documentation.  Lines are broken where CPython 3.11 breaks them:
at whitespace, after hyphens inside hyphenated words and around em-dashes."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace here (not other Unicode spaces): they are
# the characters wrapping may turn into spaces and break at.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_PUNCT = frozenset('!"\'&.,?')


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a digit.
    return _is_word_char(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in _PUNCT


def _hyphen_breaks(text, j):
    """Whether a word may break after the hyphen at text[j]: two letters
    (or letter-hyphen-letter) before it and letter[-]letter after it."""
    n = len(text)
    before = ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
              or (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                  and _is_letter(text[j - 1])))
    if not before:
        return False
    p = j + 1
    if p >= n or not _is_letter(text[p]):
        return False
    return ((p + 1 < n and _is_letter(text[p + 1]))
            or (p + 2 < n and text[p + 1] == '-' and _is_letter(text[p + 2])))


def _dash_run(text, j):
    """Length of an em-dash (2+ hyphens followed by a word character)
    starting at j, or 0."""
    k = j
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    if k - j >= 2 and k < n and _is_word_char(text[k]):
        return k - j
    return 0


def _split_words(text):
    """Chunks of text: runs of whitespace, em-dashes between words, and
    words (a hyphenated word is cut after its hyphens)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if ch == '-' and i > 0 and _is_word_punct(text[i - 1]):
            run = _dash_run(text, i)
            if run:
                chunks.append(text[i:i + run])
                i += run
                continue
        # A word: the shortest run of non-space characters that ends at a
        # breakable hyphen, before whitespace or the end, or before an
        # em-dash that follows word punctuation.
        j = i + 1
        while True:
            if j < n and text[j] == '-' and _hyphen_breaks(text, j):
                end = j + 1
                break
            if j >= n or text[j] in _WS:
                end = j
                break
            if _is_word_punct(text[j - 1]) and _dash_run(text, j):
                end = j
                break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_on_spaces(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        in_space = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == in_space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe a quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs into lines of at most width characters; see the
    attributes (they are the keyword arguments) for the options."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting -------------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_words(text)
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence end (when the words are separated by
        # exactly one space).
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling lines -----------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a word longer than a line as fits (or, without
        break_long_words, the whole word on an empty line)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits, unless
                # only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks = chunks[::-1]       # pop() takes the next chunk
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            length = 0
            # Leading whitespace of a continuation line goes.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines)
            rest_is_blank = (not chunks or self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip())
            if last_allowed or (rest_is_blank and length <= width):
                lines.append(indent + ''.join(line))
                continue
            # Out of lines: end with the placeholder where it fits.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """The lines of text wrapped to width (without final newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to width, ending with a placeholder."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line (lines of
    only spaces and tabs become empty)."""
    lines = text.split('\n')
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        prefix = line[:len(line) - len(stripped)]
        if margin is None or margin.startswith(prefix):
            margin = prefix
        elif not prefix.startswith(margin):
            common = 0
            while common < len(margin) and margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (default: lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
