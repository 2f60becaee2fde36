a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s' "say \"hi\""
f = 'concat' "enated" '''strings'''
g = r'raw\nstring' R"RAW\t"
h = u'unicode' U"UNICODE"
i = 'tab\there' 'new\nline' 'cr\r' 'bell\a\b\f\v'
j = '\x41\101\u00e9\U0001F600\0\7\77\777'
k = 'unknown \d escape \w'
l = 'line \
continuation'
m = "quote ' inside" + 'quote " inside' + 'both \' "'
n = 'é ü 中文 🎉'
o = ''
p = """"""
q = 'a' 'b' 'c' 'd'
r = rb'raw bytes \x00' + Rb"more" + bR'x' + BR"y"
