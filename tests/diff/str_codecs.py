# UTF-16, UTF-32 and UTF-8-SIG codecs with every error handler.

tests = [(b'a', 'utf-16'), (b'\xff\xfea', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16'), (b'\xfe\xff\xd8\x00', 'utf-16'), (b'abc', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\xef\xbb\xbfabc', 'utf-8-sig'), (b'\xef\xbb', 'utf-8-sig'), (b'', 'utf-16'), (b'\xff\xfe', 'utf-16'), (b'\xff\xfe\x00\x00', 'utf-32'),(b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32'), (b'\x00\xd8a', 'utf-16-le'), (b'\x00\xd8\x00\xd8\x00\xdc', 'utf-16-le'), (b'=\xd8\x00\xde', 'utf-16'), (b'\xff\xfe=\xd8\x00\xde', 'utf-16'), (b'\xd8=\xde\x00', 'utf-16-be'), (b'\xef\xbb\xbf\xff', 'utf-8-sig')]
for b, e in tests:
  for err in ['strict', 'replace', 'surrogatepass', 'backslashreplace', 'ignore', 'surrogateescape']:
    try: print(b, e, err, ascii(b.decode(e, err)))
    except Exception as ex: print(b, e, err, type(ex).__name__, ex)
for s in ['a', '\xe9\U0001f600', '\ud800', '\udc80x', 'a\ud800\udc00b', '']:
  for e in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'utf_16', 'UTF16', 'u32', 'utf-16le']:
    for err in ['strict', 'surrogatepass', 'replace', 'surrogateescape', 'backslashreplace', 'xmlcharrefreplace', 'ignore']:
      try: print(ascii(s), e, err, s.encode(e, err))
      except Exception as ex: print(ascii(s), e, err, type(ex).__name__, ex)

