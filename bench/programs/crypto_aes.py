# AES-128 in CBC mode, in pure Python: the S-box is derived from GF(2^8)
# inverses, the key schedule and rounds work on lists of byte values.
# Encrypts a buffer, decrypts it again, checks the round trip and prints a
# digest of the ciphertext.  Own implementation.
import sys


def xtime(a):
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_sbox():
    inv = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gmul(a, b) == 1:
                inv[a] = b
                break
    sbox = [0] * 256
    for a in range(256):
        x = inv[a]
        s = x
        for _ in range(4):
            x = ((x << 1) | (x >> 7)) & 0xFF
            s ^= x
        sbox[a] = s ^ 0x63
    inv_sbox = [0] * 256
    for a in range(256):
        inv_sbox[sbox[a]] = a
    return sbox, inv_sbox


SBOX, INV_SBOX = make_sbox()
MUL2 = [gmul(a, 2) for a in range(256)]
MUL3 = [gmul(a, 3) for a in range(256)]
MUL9 = [gmul(a, 9) for a in range(256)]
MUL11 = [gmul(a, 11) for a in range(256)]
MUL13 = [gmul(a, 13) for a in range(256)]
MUL14 = [gmul(a, 14) for a in range(256)]


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = words[i - 1][:]
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], t)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def add_round_key(s, k):
    for i in range(16):
        s[i] ^= k[i]


def sub_shift(s, box):
    # SubBytes and ShiftRows together (state is column-major: s[c*4+r]).
    return [box[s[(i + 4 * (i % 4)) % 16]] for i in range(16)]


def inv_sub_shift(s, box):
    return [box[s[(i - 4 * (i % 4)) % 16]] for i in range(16)]


def mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
        s[c] = MUL2[a0] ^ MUL3[a1] ^ a2 ^ a3
        s[c + 1] = a0 ^ MUL2[a1] ^ MUL3[a2] ^ a3
        s[c + 2] = a0 ^ a1 ^ MUL2[a2] ^ MUL3[a3]
        s[c + 3] = MUL3[a0] ^ a1 ^ a2 ^ MUL2[a3]


def inv_mix_columns(s):
    for c in range(0, 16, 4):
        a0, a1, a2, a3 = s[c], s[c + 1], s[c + 2], s[c + 3]
        s[c] = MUL14[a0] ^ MUL11[a1] ^ MUL13[a2] ^ MUL9[a3]
        s[c + 1] = MUL9[a0] ^ MUL14[a1] ^ MUL11[a2] ^ MUL13[a3]
        s[c + 2] = MUL13[a0] ^ MUL9[a1] ^ MUL14[a2] ^ MUL11[a3]
        s[c + 3] = MUL11[a0] ^ MUL13[a1] ^ MUL9[a2] ^ MUL14[a3]


def encrypt_block(block, rk):
    s = list(block)
    add_round_key(s, rk[0])
    for r in range(1, 10):
        s = sub_shift(s, SBOX)
        mix_columns(s)
        add_round_key(s, rk[r])
    s = sub_shift(s, SBOX)
    add_round_key(s, rk[10])
    return s


def decrypt_block(block, rk):
    s = list(block)
    add_round_key(s, rk[10])
    s = inv_sub_shift(s, INV_SBOX)
    for r in range(9, 0, -1):
        add_round_key(s, rk[r])
        inv_mix_columns(s)
        s = inv_sub_shift(s, INV_SBOX)
    add_round_key(s, rk[0])
    return s


def cbc_encrypt(data, key, iv):
    rk = expand_key(key)
    out = bytearray()
    prev = list(iv)
    for i in range(0, len(data), 16):
        block = [a ^ b for a, b in zip(data[i:i + 16], prev)]
        prev = encrypt_block(block, rk)
        out.extend(prev)
    return bytes(out)


def cbc_decrypt(data, key, iv):
    rk = expand_key(key)
    out = bytearray()
    prev = list(iv)
    for i in range(0, len(data), 16):
        block = list(data[i:i + 16])
        plain = decrypt_block(block, rk)
        out.extend(a ^ b for a, b in zip(plain, prev))
        prev = block
    return bytes(out)


def main(nblocks):
    # FIPS-197 appendix C.1 known answer first.
    key = bytes(range(16))
    pt = bytes.fromhex("00112233445566778899aabbccddeeff")
    ct = bytes(encrypt_block(pt, expand_key(key)))
    if ct.hex() != "69c4e0d86a7b0430d8cdb78070b4c55a":
        raise RuntimeError("AES known-answer test failed: " + ct.hex())
    data = bytes((i * 131 + 7) & 0xFF for i in range(16 * nblocks))
    iv = bytes(range(100, 116))
    enc = cbc_encrypt(data, key, iv)
    dec = cbc_decrypt(enc, key, iv)
    if dec != data:
        raise RuntimeError("CBC round trip failed")
    h = 0
    for b in enc:
        h = (h * 257 + b) % 1000000007
    print("aes", nblocks, h, enc[-16:].hex())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
