import hashlib, hmac, secrets
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b'hello '); c = h.copy(); h.update(b'world'); c.update(bytearray(b'there'))
    print(h.hexdigest(), c.digest().hex(), getattr(hashlib, name)(b'abc' * 100).hexdigest())
    print(hmac.new(b'key', b'The quick brown fox', name).hexdigest(), hmac.digest(b'k' * 200, b'm', name).hex())
print(hashlib.new('SHA256').name, hashlib.md5(string=b'a').hexdigest(), hashlib.new('md5', b'x', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512'}))
t(hashlib.new, 'foo'); t(hashlib.md5, 's'); t(hashlib.md5().update, 1); t(hashlib.sha256, 1)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1000); t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 2, 50)
t(hashlib.pbkdf2_hmac, 'sha512', b'password', b'NaCl', 3, dklen=70); t(hashlib.pbkdf2_hmac, 'md5', b'', b'', 1)
t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 0); t(hashlib.pbkdf2_hmac, 'sha1', b'pw', b'salt', 1, 0); t(hashlib.pbkdf2_hmac, 'sha1', 'pw', b'salt', 1)
t(hmac.new, b'k'); t(hmac.new, 'k', digestmod='md5'); print(hmac.new(b'k', digestmod='md5').name, hmac.new(b'k', digestmod=hashlib.sha1).digest_size)
m = hmac.new(b'secret', digestmod='sha256'); m.update(b'a'); m2 = m.copy(); m2.update(b'b'); print(m.hexdigest(), m2.hexdigest(), m.block_size)
for a, b in [(b'a', b'a'), (b'a', b'b'), (b'ab', b'a'), ('abc', 'abc'), ('abc', 'abd'), (bytearray(b'x'), b'x'), (b'a', 'a'), ('a', 'é'), (1, 2), ('a', b'a')]:
    t(hmac.compare_digest, a, b)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10)
print(secrets.choice('a') == 'a', secrets.randbits(0), secrets.compare_digest(b'x', b'x')); t(secrets.randbelow, 0)
