counter = 3
def f(a, b=2):
    c = a + b
    inner = [x for x in range(2)]
    return sorted(locals().items())
print(f(1))
def g():
    d = globals()
    return d['counter'], 'g' in d, '__name__' in d, d['__name__']
print(g())
print(sorted(k for k in locals() if k in ('counter', 'f', 'g')))
print(sorted(k for k in vars() if k in ('counter', 'f')))
class K:
    x = 1
    y = 2
    names = sorted(k for k in locals() if not k.startswith('__'))
    v = sorted(k for k in vars() if not k.startswith('__'))
print(K.names, K.v)
def unbound():
    before = sorted(locals())
    late = 1
    return before, sorted(locals())
print(unbound())
def shadow():
    def locals():
        return 'mine'
    return locals()
print(shadow())
