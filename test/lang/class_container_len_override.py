# len() and truthiness of builtin-container subclasses go through an overriding __len__/__bool__.
class L(list):
    def __len__(self): return 42
class D(dict):
    def __len__(self): return 7
class S(set):
    def __len__(self): return 0
class T(tuple):
    def __len__(self): return 3
class E(list):
    def __bool__(self): return False
print(len(L([1])), bool(L([])), len(D()), bool(D()), len(S({1})), bool(S({1})), len(T()), bool(T()))
print(bool(E([1])), len(E([1, 2])))
if L(): print('L truthy')
if not S({1}): print('S falsy')
