"""zipfile for Pyclave: read and write ZIP archives.

Pyclave has no zlib, bz2 or lzma module, so, as CPython built without
them, only ZIP_STORED members can be read or written: asking for another
compression raises RuntimeError("Compression requires the (missing) zlib
module") (bz2, lzma likewise).  ZIP64 archives (members or archives past
4 GiB) are not supported (LargeZipFile)."""

import binascii
import io
import os
import struct
import time

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need the ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20

# Record layouts (APPNOTE.TXT): end of central directory, central
# directory file header, local file header.
_END = struct.Struct("<4s4H2LH")
_END_SIG = b"PK\005\006"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_SIG = b"PK\001\002"
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIG = b"PK\003\004"

_MISSING = {ZIP_DEFLATED: "zlib", ZIP_BZIP2: "bz2", ZIP_LZMA: "lzma"}


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    if compression in _MISSING:
        raise RuntimeError("Compression requires the (missing) %s module"
                           % _MISSING[compression])
    raise NotImplementedError("That compression method is not supported")


def _find_end(fp):
    """The fields of the end-of-central-directory record, and its offset."""
    fp.seek(0, 2)
    size = fp.tell()
    start = max(size - _END.size - ZIP_MAX_COMMENT, 0)
    fp.seek(start)
    data = fp.read()
    pos = data.rfind(_END_SIG)
    if pos < 0 or len(data) - pos < _END.size:
        return None
    rec = _END.unpack(data[pos:pos + _END.size])
    comment = data[pos + _END.size:pos + _END.size + rec[7]]
    return rec, start + pos, comment


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number.

    The filename argument may be a file or file-like object too."""
    try:
        if hasattr(filename, "read"):
            return _find_end(filename) is not None
        with open(filename, "rb") as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


class ZipInfo(object):
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % self.compress_type)
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            import stat
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or
                 self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def _dos_time(self):
        dt = self.date_time
        return (((dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]),
                (dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)))

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def FileHeader(self, zip64=None):
        """Return the per-file (local) header as bytes."""
        dosdate, dostime = self._dos_time()
        name, flags = self._encoded_name()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved,
                             flags, self.compress_type, dostime, dosdate,
                             self.CRC, self.compress_size, self.file_size,
                             len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct a ZipInfo for a file on the filesystem."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = os.path.isdir(filename)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename[-1:] == '/'


class ZipExtFile(io.BufferedIOBase):
    """File-like object for reading an archive member (stored data)."""

    def __init__(self, data, mode, zipinfo):
        self._data = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        return self._data.read(n)

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        return self._data.readline(limit)

    def peek(self, n=1):
        pos = self._data.tell()
        data = self._data.read(max(n, 1))
        self._data.seek(pos)
        return data

    def seek(self, offset, whence=0):
        return self._data.seek(offset, whence)

    def tell(self):
        return self._data.tell()

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)


class _ZipWriteFile(io.BufferedIOBase):
    def __init__(self, zf, zinfo):
        self._zipfile = zf
        self._zinfo = zinfo
        self._parts = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._parts.append(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zipfile._add_member(self._zinfo, b''.join(self._parts))
        finally:
            self._zipfile._writing = False
            super().close()


class ZipFile:
    """Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True)"""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._didModify = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = open(file, modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                mode = 'w'
                self.fp = open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self._start_disk = self.fp.tell()
                except (AttributeError, OSError):
                    self._start_disk = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self._end_of_members)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self._start_disk = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    # -- reading the central directory
    def _read_directory(self):
        fp = self.fp
        try:
            found = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if found is None:
            raise BadZipFile("File is not a zip file")
        rec, end_pos, comment = found
        self._comment = comment
        count, dir_size, dir_offset = rec[4], rec[5], rec[6]
        # Archives appended to other data: offsets are relative to the
        # start of the archive, which is where the directory says.
        concat = end_pos - dir_size - dir_offset
        self._start_disk = concat
        fp.seek(dir_offset + concat)
        data = fp.read(dir_size)
        pos = 0
        self._end_of_members = dir_offset + concat
        for _ in range(count):
            if len(data) - pos < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            c = _CENTRAL.unpack(data[pos:pos + _CENTRAL.size])
            if c[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name = data[pos:pos + c[12]]
            pos += c[12]
            flags = c[5]
            if flags & 0x800:
                fname = name.decode('utf-8')
            else:
                fname = name.decode(self.metadata_encoding or 'cp437')
            x = ZipInfo(fname)
            x.extra = data[pos:pos + c[13]]
            pos += c[13]
            x.comment = data[pos:pos + c[14]]
            pos += c[14]
            x.header_offset = c[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = c[1:12]
            x.volume, x.internal_attr, x.external_attr = c[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.orig_filename = fname
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    # -- queries
    def namelist(self):
        """Return a list of file names in the archive."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC: the name of the first bad
        file, or None."""
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """Return file bytes for name."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def _member_data(self, zinfo):
        fp = self.fp
        fp.seek(zinfo.header_offset)
        h = fp.read(_LOCAL.size)
        if len(h) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(h)
        if h[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fname = fp.read(h[10])
        fp.read(h[11])
        if zinfo.flag_bits & 0x1:
            raise NotImplementedError("encrypted members are not supported")
        _check_compression(zinfo.compress_type)
        data = fp.read(zinfo.compress_size)
        if len(data) != zinfo.compress_size:
            raise EOFError
        if binascii.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return data

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return file-like object for 'name' (mode 'r' or 'w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and (mode == "w"):
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(self._member_data(zinfo), mode, zinfo)

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        self._writecheck(zinfo)
        self._writing = True
        return _ZipWriteFile(self, zinfo)

    # -- writing
    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count is too large (ZIP64 is not supported)")

    def _add_member(self, zinfo, data):
        if len(data) > ZIP64_LIMIT:
            raise LargeZipFile("File size too large (ZIP64 is not supported)")
        zinfo.compress_type = ZIP_STORED
        zinfo.flag_bits = 0
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16  # ?rw-------, as CPython
        zinfo.file_size = zinfo.compress_size = len(data)
        zinfo.CRC = binascii.crc32(data)
        self.fp.seek(self._end_of_members if hasattr(self, '_end_of_members')
                     else self.fp.tell())
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(data)
        self._end_of_members = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._didModify = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        self._writecheck(zinfo)
        if zinfo.is_dir():
            self._add_member(zinfo, b'')
            return
        with open(filename, "rb") as src:
            data = src.read()
        self._add_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive.  The contents is 'data', which
        may be either a 'str' or a 'bytes' instance."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        self._writecheck(zinfo)
        self._add_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
        else:
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        self._writecheck(zinfo)
        self._add_member(zinfo, b'')

    def extract(self, member, path=None, pwd=None):
        """Extract a member from the archive to the current working directory."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members from the archive to the current working directory."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        data = self.read(member, pwd)
        with open(targetpath, "wb") as target:
            target.write(data)
        return targetpath

    def close(self):
        """Close the file, and for mode 'w', 'x' and 'a' write the ending
        records."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        if hasattr(self, '_end_of_members'):
            fp.seek(self._end_of_members)
        start_dir = fp.tell()
        for zinfo in self.filelist:
            dosdate, dostime = zinfo._dos_time()
            name, flags = zinfo._encoded_name()
            fp.write(_CENTRAL.pack(
                _CENTRAL_SIG, zinfo.create_version, zinfo.create_system,
                zinfo.extract_version, zinfo.reserved, flags,
                zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                zinfo.compress_size, zinfo.file_size, len(name),
                len(zinfo.extra), len(zinfo.comment), 0, zinfo.internal_attr,
                zinfo.external_attr, zinfo.header_offset - self._start_disk))
            fp.write(name)
            fp.write(zinfo.extra)
            fp.write(zinfo.comment)
        end_dir = fp.tell()
        count = len(self.filelist)
        fp.write(_END.pack(_END_SIG, 0, 0, count, count, end_dir - start_dir,
                           start_dir - self._start_disk, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()


class PyZipFile(ZipFile):
    """Class to create ZIP archives with Python library files: Pyclave
    writes no bytecode files, so writepy() raises RuntimeError."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise RuntimeError("PyZipFile.writepy() needs .pyc files, which Pyclave "
                           "does not write")
