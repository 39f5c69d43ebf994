# globals() is the module's namespace itself: writes either way are visible both ways.
g = globals()
print(g is globals(), 'g' in g)
g['x'] = 1
print(x)
y = 2
print(g['y'], 'y' in g)
def f():
    globals()['z'] = 3
    return globals() is g
print(f(), z)
del g['x']
try:
    print(x)
except NameError as e:
    print('NameError:', e)
g.update(a=10, b=20)
print(a + b)
print(g.pop('a'), 'a' in g, g.setdefault('c', 30), c)
def counter():
    global n
    n = g.get('n', 0) + 1
for _ in range(3):
    counter()
print(n, g['n'])
# A global name cached by a call site sees writes through the dict.
def read_w():
    return w
w = 'first'
print(read_w())
g['w'] = 'second'
print(read_w())
del g['w']
try:
    read_w()
except NameError as e:
    print('NameError:', e)
# Order follows insertion, deletions and re-insertions, as the dict shows it.
keys = [k for k in g if not k.startswith('__')]
print(keys)
g['b'] = 21
del g['y']
y = 5
print([k for k in g if not k.startswith('__')][-3:])
print(f.__globals__ is g, locals() is g, vars() is g)
try:
    for k in globals():
        newname = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(sorted(k for k in g.copy() if len(k) == 1))
for i in range(30):
    g[f'tmp{i}'] = i
for i in range(30):
    del g[f'tmp{i}']
print([k for k in g if k.startswith('tmp')], b, c)
g[1] = 'not a name'
print(g[1], len([k for k in g if not isinstance(k, str)]))
