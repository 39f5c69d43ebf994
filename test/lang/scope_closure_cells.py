def outer():
    a = 1
    b = 'two'
    unused = 3
    def inner():
        return a, b
    def nested():
        def deeper():
            return a
        return deeper
    def assigns():
        nonlocal a
        a += 10
    def own():
        a = 5
        return a
    return inner, nested, assigns, own
inner, nested, assigns, own = outer()
print(len(inner.__closure__), [c.cell_contents for c in inner.__closure__], inner.__code__.co_freevars)
print(nested.__code__.co_freevars, nested().__closure__[0].cell_contents)
cells = inner.__closure__
assigns()
print(cells[0].cell_contents, inner(), own.__closure__, assigns.__code__.co_freevars)
def top(): return 1
print(top.__closure__, (lambda: 1).__closure__, top.__code__.co_freevars)
def late():
    def get():
        return x
    c = get.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('ValueError', e)
    x = 42
    return c.cell_contents
print(late())
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)], [lambda v: v + i for i in range(3)]
bound, shared = make_adders()
print([f(10) for f in bound], [f(10) for f in shared], bound[0].__closure__, shared[0].__closure__[0].cell_contents)
class K:
    def m(self):
        return __class__
print(K.m.__code__.co_freevars, K.m.__closure__[0].cell_contents is K)
