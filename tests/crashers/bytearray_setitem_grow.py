# CPYTHON-CRASHES: CPython 3.11 bytearray_ass_subscript takes the buffer
# pointer before converting the value, so a value whose __index__ grows the
# bytearray makes it write into the freed old buffer (heap corruption,
# "malloc(): unsorted double linked list corrupted", SIGABRT at exit).
# Pyclave must store the byte into the current buffer.
ba = bytearray(b"0123456789")
class Val:
    def __index__(self):
        ba.extend(b"x" * 1000)
        return 65
for i in range(3):
    ba[i] = Val()
print(len(ba), bytes(ba[:12]))
class Shrink:
    def __index__(self):
        ba.clear()
        return 66
try:
    ba[5] = Shrink()
except IndexError as e:
    print("IndexError", e)
print(len(ba))
