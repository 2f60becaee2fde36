from urllib.parse import urljoin
base = 'http://a/b/c/d;p?q'
rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
        ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
        '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
        'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
        'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
        'g#s/../x', 'http:g', 'http:', 'http:?x', 'https:g', '//h2/x/../y',
        'a//b/../c', '../../../..', '/', '//', '?', '#', 'g//', 'mailto:x']
for r in rels:
    print(repr(r), '->', repr(urljoin(base, r)))
bases = ['http://a/b/c/', 'http://a', 'http://a/', 'file:///tmp/x', 'mailto:a@b',
         'svn+ssh://h/r/t', 'ws://h/a/b', 'unknown://h/a/b', 'http://a/b/c/d;p?q#f',
         '', 'a/b/c', '/a/b', 'http://a/../..', 'http://a/b/c?x=1#y']
for b in bases:
    for r in ['x', '../y', '/z', '?q', '#f', '', '//h/', 'https://o/p', '.', '..']:
        print(repr(b), repr(r), '->', repr(urljoin(b, r)))
print(urljoin('http://a/b#f', '#g', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'), urljoin(b'', b'x'), urljoin(b'x', b''))
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError', e)
print(urljoin('http://a/b', None), urljoin(None, 'x'))
