# Assorted messages found by the language fuzzer.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

class O:
    def __index__(self): return 'x'
class P:
    def __index__(self): return 7
show(1, lambda: float(O()))
show(2, lambda: float(P()))
show(3, lambda: f"{True:5s}")
show(4, lambda: format(True, 'q'))
show(5, lambda: format(False, 'c'))
class MyInt(int): pass
show(6, lambda: format(MyInt(3), 's'))
show(7, lambda: () in b'ab')
show(8, lambda: 'x' in b'ab')
show(9, lambda: 300 in b'ab')
show(10, lambda: 97 in b'ab')
show(11, lambda: 2**70 in b'ab')
show(12, lambda: b'ab'.find(()))
show(13, lambda: b'ab'.find(98))
show(14, lambda: b'ab'.count(None))
show(15, lambda: b'a' in bytearray(b'cab'))
