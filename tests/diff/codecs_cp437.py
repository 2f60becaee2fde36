# The cp437 codec (zipfile decodes member names with it).
import codecs

data = bytes(range(256))
text = data.decode("cp437")
print(ascii(text))
print(text.encode("cp437") == data)
print(codecs.lookup("IBM437").name, codecs.lookup("437").name, "x\u00e9".encode("ibm437"))
try:
    "\u20ac".encode("cp437")
except UnicodeEncodeError as e:
    print(e)
print("a\u20acb".encode("cp437", "replace"), "a\u20acb".encode("cp437", "ignore"))
dec = codecs.getincrementaldecoder("cp437")()
print(ascii(dec.decode(b"\x80\x81") + dec.decode(b"\xff", final=True)))
