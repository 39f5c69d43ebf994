class M(type):
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub.__name__.startswith('A')
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return True
    def __reversed__(cls):
        return iter([3, 2, 1])
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls): return 3
class C(metaclass=M): pass
class Apple: pass
print(issubclass(int, C), issubclass(Apple, C), issubclass(C, C), isinstance(3, C))
print(issubclass(Apple, (int, C)))
print(list(reversed(C)), list(C), len(C))

class SeqMeta(type):
    def __len__(cls): return 2
    def __getitem__(cls, i):
        if i >= 2: raise IndexError(i)
        return cls.__name__ + str(i)
class S(metaclass=SeqMeta):
    def __getitem__(self, i): return 'instance'
print(list(reversed(S)), S[0])

class Proto:
    def __subclasscheck__(self, sub):
        return sub is int
    def __instancecheck__(self, inst):
        return isinstance(inst, int)
p = Proto()
print(issubclass(int, p), issubclass(str, p), isinstance(4, p), isinstance('x', p))
try:
    issubclass(3, int)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(int, 3)
except TypeError as e:
    print('TypeError', e)
try:
    reversed(C())
except TypeError as e:
    print('TypeError', e)
