"""Binary min-heaps on plain lists (heapq), written for Pyclave.

The sift procedures follow the classic "bottom-up" scheme that CPython's
heapq documents: on removal the hole at the root travels down to a leaf
along the smaller children and the displaced item then moves back up.  The
exact sequence of comparisons (and so the list layout, visible to callers)
depends on that scheme, which is why it is kept."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(heap, func, only=False):
    # only: the function's single argument ("argument must be", as CPython).
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (func, '' if only else ' 1', type(heap).__name__))


def _float_up(heap, top, pos):
    # Move heap[pos] towards the root (not above index top) while it is
    # smaller than its parent.
    item = heap[pos]
    size = len(heap)
    while pos > top:
        parent = (pos - 1) >> 1
        smaller = item < heap[parent]
        if len(heap) != size:
            # An evil __lt__ resized the heap (CPython checks this too).
            raise RuntimeError('list changed size during iteration')
        if smaller:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Let the hole at pos fall to a leaf along the smaller child, then float
    # the original item up from there.
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size:
            larger = not heap[child] < heap[right]
            if len(heap) != size:
                raise RuntimeError('list changed size during iteration')
            if larger:
                child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _float_up(heap, top, pos)


def heappush(heap, item, /):
    _require_list(heap, 'heappush')
    heap.append(item)
    _float_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _require_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    _require_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    _require_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        if not heap:
            # The comparison emptied the heap (CPython checks this too).
            raise IndexError('index out of range')
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    _require_list(heap, 'heapify', True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


# Max-heap variants (private names kept because some code imports them).

def _float_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _float_up_max(heap, top, pos)


def _heapify_max(heap):
    _require_list(heap, '_heapify_max', True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


def _heappop_max(heap):
    _require_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    _require_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Lazily merge sorted inputs into one sorted stream.  Equal items come
    out in the order of the inputs that hold them."""
    # Each entry is [sort key, tie-breaker, value, iterator].  The
    # tie-breaker (the input's number, negated for the max-heap of a reverse
    # merge) makes earlier inputs win among equal keys, and values are never
    # compared themselves.
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), -number if reverse else number, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _select(n, iterable, key, True)


def _select(n, iterable, key, largest):
    if n <= 0:
        return []
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the n best entries in a heap whose root is the worst of them.
    # Entries are [sort key, tie-breaker, value]: the tie-breaker makes
    # earlier items win among equals, as the stable sort would.
    it = iter(iterable)
    kept = []
    for order in range(n):
        for value in it:
            k = value if key is None else key(value)
            kept.append([k, -order if largest else order, value])
            break
        else:
            break
    if not kept:
        return []
    if largest:
        heapify(kept)
        order = -n
        for value in it:
            k = value if key is None else key(value)
            if kept[0][0] < k:
                heapreplace(kept, [k, order, value])
            order -= 1
        kept.sort(reverse=True)
    else:
        _heapify_max(kept)
        order = n
        for value in it:
            k = value if key is None else key(value)
            if k < kept[0][0]:
                _heapreplace_max(kept, [k, order, value])
            order += 1
        kept.sort()
    return [entry[2] for entry in kept]
