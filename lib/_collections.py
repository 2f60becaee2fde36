"""CPython's C accelerator module of collections (Pyclave: the classes are
the Python ones of lib/collections; this module gives them the home that
pickles of deque iterators name)."""

from collections import (deque, defaultdict, OrderedDict, _count_elements,
                         _deque_iterator, _deque_reverse_iterator)
