# list(), tuple(), sorted() and list.extend() ask a class's __len__ (or __length_hint__) for a size
# after getting the iterator: errors other than TypeError propagate.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

class Neg:
    def __len__(self): return -1
    def __iter__(self): return iter([1, 2])
class Str:
    def __len__(self): return 'x'
    def __iter__(self): return iter([1, 2])
class Raises:
    def __len__(self): raise KeyError('k')
    def __iter__(self): return iter([1, 2])
class Logged:
    def __len__(self): print('  __len__'); return 2
    def __iter__(self): print('  __iter__'); return iter([2, 1])
class Hint:
    def __iter__(self): return iter('ab')
    def __length_hint__(self): return -5
class HintNI:
    def __iter__(self): return iter('ab')
    def __length_hint__(self): return NotImplemented

for f in (list, tuple, sorted, set):
    for cls in (Neg, Str, Raises, Logged, Hint, HintNI):
        show(f'{f.__name__}({cls.__name__})', lambda: f(cls()))
x = [0]
show('extend', lambda: x.extend(Neg()))
show('extend', lambda: x.extend(Logged()))
print(x)
print(len(range(-987654321987654321, 6)), len(range(0, 2**60, 3)))
show('len float', lambda: len(6.02e23))
show('len None', lambda: len(None))
