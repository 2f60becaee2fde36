# A match object keeps its bytearray subject; after the bytearray shrinks,
# group() slices what is left (CPython's test_re test_bug_29444).
import re

s = bytearray(b'abcdefgh')
m = re.search(b'[a-h]+', s)
m2 = re.search(b'[e-h]+', s)
m3 = re.search(b'(c)(d)', s)
print(m.group(), m2.group(), m3.groups())
s[:] = b'xyz'
print(m.group(), m2.group(), m3.groups(), m3.group(0, 1, 2))
print(m.span(), m2.span(), m3.span(2))
s[:] = b''
print(m.group(), m2.group(), m3.groups(), m.groupdict())
s.extend(b'0123456789')
print(m.group(), m2.group(), m3.groups())
