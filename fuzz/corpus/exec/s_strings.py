s = b'\x00\xff' + rb'\d' 
t = 'a' 'b' """c
""" u'\N{BULLET}\u1234\U0001F600'
print(s, t)
