class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intcomp=0, stringcomp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intcomp = intcomp
        self.stringcomp = stringcomp
    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intcomp, self.stringcomp)

def proc(rec, n):
    tmp = rec.copy()
    tmp.intcomp = n * 3 % 17
    if tmp.intcomp > 8:
        tmp.enum = 1
    else:
        tmp.enum = 2
    arr = [0] * 10
    for i in range(10):
        arr[i] = i * tmp.intcomp
    return tmp.enum + sum(arr) + len(tmp.stringcomp)

total = 0
r = Record(None, 1, 2, 3, "DHRYSTONE PROGRAM")
for n in range(900000):
    total += proc(r, n)
print(total)
