# bytes % formatting: conversions, flags, mappings, errors
# Each line evaluates one expression and prints its value or the exception.
def check(src):
    try:
        v = eval(src)
        print(src, '=>', repr(v))
    except Exception as e:
        print(src, '=>', type(e).__name__, e)


check('b"%s %s" % (b"a", bytearray(b"b"))')
check('b"%s" % memoryview(b"mv")')
check('b"%b" % 5')
check('b"%s" % "x"')
check('b"%c" % 3.5')
check('b"%c" % b"ab"')
check('b"%c" % bytearray(b"q")')
check('b"%5c|%-3c|" % (65, 66)')
check('b"%.2s" % b"abcdef"')
check('b"%r" % b"x"')
check('b"%a" % 1.5')
check('b"%x %X %#o" % (255, 255, 8)')
check('b"%s" % (b"a", b"b")')
check('b"%y" % 1')
check('b"\\xff%s" % b"\\xfe"')
check('b"%(a)s%(b)d" % {b"a": b"x", b"b": 2}')
check('b"%(a)s" % {"a": 1}')
check('b"%s" % bytearray(b"ba")')
check('b"%s %s" % bytearray(b"ba")')
check('bytearray(b"%s-%d") % (b"x", 3)')
check('b"%d" % 2**70')
check('b"%05.1f" % 2.25')
check('b"%i%%" % 5')
check('b"%s" % []')
check('b"abc" % ()')
check('b"abc" % 5')
check('b"abc" % {}')
check('b"%s" % {b"a": 1}')
check('"%s" % (b"x",)')
