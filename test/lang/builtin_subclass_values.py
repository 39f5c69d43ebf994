class S(str): pass
class I(int): pass
print('a' in [S('a')], S('a') in ['a'], S('a') in ('a',), 'a' in {S('a')}, S('a') in {'a': 1})
print(abs(I(-2)), type(abs(I(-2))))
d = {I(5): 1}
print(d[5], 5 in d, I(5) in {5})
s = {S('k'): 2}
print(s['k'])
class J(int):
    def __str__(self): return 'J!'
    def __repr__(self): return 'Jr'
print(format(J(3), ''), f'{J(3)}', format(J(3), 'd'), '{}'.format(J(3)))
class F(float):
    def __str__(self): return 'F!'
print(format(F(1.5), ''), f'{F(1.5)}')
class H(int):
    def __hash__(self): return 7
    def __eq__(self, o): return True
print({H(3): 1}.get(3), {H(3): 1}.get(99))
print(S('a') == 'a', 'a' == S('a'), S('b') != 'b', S('a') in 'cat', 'a' in S('cat'))
class Any:
    def __eq__(self, o): return True
print('x' == Any(), Any() == 'x', 'x' in [Any()], Any() in ['y'])
print(abs(I(3)), abs(F(-2.5)), type(abs(F(-2.5))).__name__)
class A(int):
    def __abs__(self): return 'custom abs'
print(abs(A(-1)))
st = {I(1), I(2), 3}
print(1 in st, 2 in st, I(3) in st, 4 in st, len(st | {1, 2, 3}))
d = {1: 'one', 'k': 'kay'}
print(d[I(1)], d[S('k')], d.get(I(2)), S('k') in d)
d[I(1)] = 'uno'
print(d, type(list(d)[0]).__name__)
class K(str):
    def __hash__(self): return hash(str(self)) + 1
    def __eq__(self, o): return str(self) == str(o)
dk = {K('z'): 1}
print(dk.get('z'), K('z') in dk)
print(format(I(5), '03d'), format(I(5), ''), f'{I(7)!r}', format(S('q'), '>3'), format(S('q'), ''))
