a = "\\"
b = '\''
c = "\"\"\""
d = '''it's "quoted"'''
e = """it's 'single' and "double\""""
f = 'a\
b'
g = r'\'
h = r"\""
i = '\N{EM DASH}\N{BULLET}'
j = '\x7f\x80\xff'
k = '\u200b\u2028\ufeff'
