# A Context is a read-only mapping from ContextVars to values.
import contextvars

a = contextvars.ContextVar('a')
b = contextvars.ContextVar('b', default='b-default')
c = contextvars.ContextVar('c')

empty = contextvars.Context()
print(len(empty), list(empty), a in empty, empty.get(a), empty.get(a, 'dflt'))

a.set(1)
ctx = contextvars.copy_context()
print(len(ctx), a in ctx, b in ctx, ctx[a], ctx.get(b), ctx.get(b, 'x'))
ctx.run(b.set, 2)
ctx.run(c.set, [3])
print(len(ctx), sorted(v.name for v in ctx))
print(sorted((k.name, v) for k, v in ctx.items()))
print(sorted(k.name for k in ctx.keys()), sorted(map(str, ctx.values())))
print(dict((k.name, v) for k, v in ctx.items()) == {'a': 1, 'b': 2, 'c': [3]})
keys = ctx.keys()
print(len(list(keys)), len(list(keys)))
try:
    ctx[c.__class__('unset')]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
for bad in (lambda: ctx['a'], lambda: 'a' in ctx, lambda: ctx.get(1), lambda: ctx.__setitem__(a, 2)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)

# Equality compares the mappings; copies are equal until one changes.
cp = ctx.copy()
print(cp == ctx, cp is ctx, cp != ctx, ctx == empty, ctx == {a: 1})
cp.run(a.set, 100)
print(cp == ctx, cp[a], ctx[a])

# The current context is not the copy: setting here does not touch ctx.
a.set('here')
print(ctx[a], a.get(), contextvars.copy_context()[a])
# A var's value can be any object, None included.
n = contextvars.ContextVar('n', default=None)
print(n.get(), n.get('given'))
n.set(None)
print(n.get('given'), n in contextvars.copy_context())
