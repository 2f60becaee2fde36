import errno, os
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith('E'))[:10])
try:
    open('/nonexistent/x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(os.strerror(errno.EPERM))
