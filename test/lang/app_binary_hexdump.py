# Binary data toolkit: hexdump, manual struct packing, CRC32/Adler by hand, base64 by hand, bit fields
import string


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


def pack(fmt, *values):
    out = bytearray()
    order = "little" if fmt[0] == "<" else "big"
    sizes = {"B": 1, "H": 2, "I": 4, "Q": 8, "b": 1, "h": 2, "i": 4}
    for code, v in zip(fmt[1:], values):
        if code == "s":
            out += v
        else:
            out += v.to_bytes(sizes[code], order, signed=code.islower())
    return bytes(out)


def unpack(fmt, data):
    order = "little" if fmt[0] == "<" else "big"
    sizes = {"B": 1, "H": 2, "I": 4, "Q": 8, "b": 1, "h": 2, "i": 4}
    pos, out = 0, []
    for code in fmt[1:]:
        n = sizes[code]
        out.append(int.from_bytes(data[pos:pos + n], order, signed=code.islower()))
        pos += n
    return tuple(out)


def crc32(data):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out.append("".join(chars[:4 - pad]) + "=" * pad)
    return "".join(out)


def b64decode(s):
    s = s.rstrip("=")
    bits = "".join(f"{B64.index(c):06b}" for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


header = pack("<IHHBb4s", 0x89ABCDEF, 513, 65535, 7, -2, b"DATA")
print(header, len(header))
print(unpack("<IHHBb", header), unpack(">IHH", header))
payload = "The quick brown fox jumps over the lazy dog. ✓ Ünïcode\x00\x01\xff".encode("utf-8")
print(hexdump(header + payload))
print(f"crc32={crc32(payload):08x} adler32={adler32(payload):08x} crc('')={crc32(b''):08x} crc('a')={crc32(b'a'):08x}")
for sample in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", payload[:20]]:
    enc = b64encode(sample)
    print(f"{sample!r:28} {enc:<30} {b64decode(enc) == sample}")

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WORLD!"
ba.extend(b"??")
ba.insert(0, 62)
del ba[-1]
print(ba, ba.find(b"WORLD"), ba.count(b"l"), ba.replace(b"l", b"L"), ba.pop(), bytes(ba).upper(), ba.startswith(b">H"))
print(ba.hex(":"), bytes.fromhex("de ad be ef").hex("-", 2), b"\x00\xff".hex(), list(bytes(3)), bytearray(2) + b"\x01")
flags = 0
for bit in (0, 3, 5, 31):
    flags |= 1 << bit
print(bin(flags), f"{flags:#034b}", flags & (1 << 3) != 0, flags >> 5 & 1, (~flags) & 0xFFFFFFFF, flags.bit_count(), flags ^ 0b101)
rgb565 = lambda r, g, b: ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)
print([f"{rgb565(*c):04x}" for c in [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255), (18, 52, 86)]])
print(b"abc" * 2, b"a b\tc".split(), b"  x ".strip(), b"A,B".lower().split(b","), b"%d-%s" % (5, b"z"), bytes([b ^ 0x20 for b in b"MiXeD"]))
for bad in [lambda: bytes([256]), lambda: bytearray(b"x")[5], lambda: b"abc" + "d", lambda: bytes("é"), lambda: b"x".decode("nope"),
            lambda: bytes.fromhex("zz"), lambda: ba.remove(0), lambda: int.from_bytes("ab", "big")]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
