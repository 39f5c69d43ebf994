# Toy RSA: prime generation with seeded random, modular inverse, encrypt/decrypt text blocks,
# signatures, CRT speedup, big-int formatting
import random
import math

rng = random.Random(42)


def is_probable_prime(n, k=12):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d >>= 1
        r += 1
    for _ in range(k):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits):
    while True:
        cand = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_probable_prime(cand):
            return cand


def keygen(bits=128):
    e = 65537
    while True:
        p, q = gen_prime(bits // 2), gen_prime(bits // 2)
        if p != q and math.gcd(e, (p - 1) * (q - 1)) == 1:
            break
    n = p * q
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    return (n, e), (n, d, p, q)


def text_to_blocks(text, n):
    data = text.encode("utf-8")
    size = (n.bit_length() - 1) // 8
    return [int.from_bytes(data[i:i + size], "big") for i in range(0, len(data), size)], size


def blocks_to_text(blocks, size, total_len):
    out = bytearray()
    for i, b in enumerate(blocks):
        chunk = min(size, total_len - i * size)
        out += b.to_bytes(chunk, "big")
    return out.decode("utf-8")


def decrypt_crt(c, priv):
    n, d, p, q = priv
    dp, dq = d % (p - 1), d % (q - 1)
    qinv = pow(q, -1, p)
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    return m2 + h * q


pub, priv = keygen(128)
n, e = pub
print("n bits", n.bit_length(), "digits", len(str(n)), "e", e, "d bits", priv[1].bit_length())
print("p*q == n", priv[2] * priv[3] == n, "e*d mod phi", e * priv[1] % ((priv[2] - 1) * (priv[3] - 1)))
msg = "Hello, RSA! ünïcödé ✓ 12345"
blocks, size = text_to_blocks(msg, n)
cipher = [pow(m, e, n) for m in blocks]
plain = [pow(c, priv[1], n) for c in cipher]
crt = [decrypt_crt(c, priv) for c in cipher]
print("blocks", len(blocks), "size", size, plain == blocks, crt == blocks)
print(blocks_to_text(plain, size, len(msg.encode())))
for c in cipher[:2]:
    print(f"{c:#x}"[:34], f"{c:,}"[:30], format(c, "o")[:20], f"{c:e}")
h = sum(msg.encode()) * 2654435761 % n
sig = pow(h, priv[1], n)
print("signature valid", pow(sig, e, n) == h, "tampered valid", pow(sig + 1, e, n) == h)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(561), [p for p in range(90, 110) if is_probable_prime(p)])
big = 3 ** 200
print(big % 1000000007, big.bit_length(), big // 10 ** 90, -big // 7 % 13, divmod(big, 2 ** 100)[1].bit_length())
print(int("1" * 50, 2), int("zz", 36), int("-0o777", 0), str(-(2 ** 65)), (2 ** 64).to_bytes(9, "little").hex(), hex(2 ** 64 - 1))
print(math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2, pow(2, 10 ** 6, 10 ** 9 + 7), (-7) ** 21, abs(-big) == big)
try:
    pow(6, -1, 9)
except ValueError as err:
    print("ValueError:", err)
try:
    (300).to_bytes(1, "big")
except OverflowError as err:
    print("OverflowError:", err)
try:
    (-1).to_bytes(1, "big")
except OverflowError as err:
    print("OverflowError:", err)
print(int.from_bytes(bytes(range(10)), "little"), int.from_bytes(b"\x80", "big", signed=True), (5).to_bytes(2, byteorder="little"))
