# Raw strings and bytes
r1 = r"C:\new\table"
r2 = R'\d+\s*'
r3 = r"""raw
triple \n"""
print(r1, len(r1))
print(r2, len(r2))
print(r3)
print(repr(r1))
print(r"\"", len(r"\""))
b1 = b"bytes\x00\xff"
b2 = rb"\x00raw"
b3 = Br'\n'
print(b1, len(b1))
print(b2, len(b2))
print(b3, list(b3))
print(b'abc'[0], b'abc'[1:], b'a' + b'b')
print(bytes([65, 66, 67]), bytes(3), bytearray(b"xy"))
print(repr(b'\'"'), repr(b"it's"))
print(b"\t\n\r\\".hex())
print(b"hello".upper(), b"a,b,c".split(b","))
print("caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"))
print(bytes.fromhex("de ad be ef"))
print(rf"{1+1}\n", fr'\t{"x"}')
