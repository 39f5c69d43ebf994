print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex('0X1.FFFFFFFFFFFFFP+1023'), float.fromhex(' 0x.8 '), float.fromhex('1'))
print(float.fromhex('0x1.fffffffffffff8p0'), float.fromhex('0x1p-1075'), float.fromhex('0x3p-1076'), float.fromhex('-0x0p0'), float.fromhex('0x1.0000000000001p0'))
for x in [0.1, 1e300, 5e-324, 2.5e-310, 123.456, -7.0]:
    print(float.fromhex(x.hex()) == x, x.hex())
try: float.fromhex('0x1p1024')
except OverflowError as e: print('OverflowError', e)
try: float.fromhex('zz')
except ValueError as e: print('ValueError', e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes([1, 2, 3], byteorder='big'), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff' * 10, 'big'), int.from_bytes(b'\x80', 'little', signed=True))
class I(int): pass
print(type(I.from_bytes(b'\x05', 'big')).__name__, I.from_bytes(b'\x05', 'big'))
