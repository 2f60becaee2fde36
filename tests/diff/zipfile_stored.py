# zipfile: ZIP_STORED archives (all Pyclave can write without zlib)
# written and read back in memory, byte for byte as CPython writes them.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", (2020, 5, 17, 12, 30, 44)), "hello\n")
    info = zipfile.ZipInfo("dir/b.bin", (1999, 12, 31, 23, 59, 58))
    info.external_attr = 0o644 << 16
    zf.writestr(info, bytes(range(10)))
    zf.writestr(zipfile.ZipInfo("d\u00e9j\u00e0.txt", (2001, 1, 1, 0, 0, 0)), b"utf8 name")
    zf.comment = b"the comment"
    print(repr(zf)[:29])
data = buf.getvalue()
print(len(data))
print(data.hex())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for i in zf.infolist():
        print(i, i.filename, i.date_time, i.CRC, i.file_size, i.compress_size,
              i.compress_type, i.flag_bits, i.header_offset, i.is_dir())
    print(zf.read("a.txt"), zf.read("dir/b.bin"))
    with zf.open("d\u00e9j\u00e0.txt") as f:
        print(f.read(4), f.read())
    print(zf.testzip())
    try:
        zf.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.open("a.txt", "x")
    except ValueError as e:
        print("ValueError", e)

# appending
buf2 = io.BytesIO(data)
with zipfile.ZipFile(buf2, "a") as zf:
    with zf.open(zipfile.ZipInfo("c.txt", (2022, 2, 2, 2, 2, 2)), "w") as f:
        f.write(b"written ")
        f.write(b"through open()")
with zipfile.ZipFile(buf2) as zf:
    print(zf.namelist(), zf.read("c.txt"), zf.comment)

print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
try:
    zipfile.ZipFile(io.BytesIO(), "w", compression=99)
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 junk"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
try:
    zipfile.ZipFile(io.BytesIO(), "q")
except ValueError as e:
    print("ValueError", e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(zipfile.ZipInfo("x/"), zipfile.ZipInfo("x/").is_dir())
try:
    zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))
except ValueError as e:
    print("ValueError", e)
