a = b'bytes'
b = B"BYTES"
c = b'\x00\xff\n\t\\'
d = b'''multi
line'''
e = b'a' b'b'
f = b'\u1234 \N{x} stays'
g = b'\777\101'
h = br'\d+' + rb'\w'
i = b""
