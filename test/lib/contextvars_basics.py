# contextvars without asyncio: ContextVar.get/set/reset, Token, Context.run and copy_context.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

color = ContextVar('color')
size = ContextVar('size', default=10)

print(color.name, size.name)
try:
    color.get()
except LookupError as e:
    print('LookupError:', type(e).__name__, e.args[0] is color)
print(color.get('fallback'), color.get(None), size.get(), size.get(99))

t1 = color.set('red')
print(color.get(), t1.var is color, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = color.set('blue')
print(color.get(), t2.old_value)
color.reset(t2)
print('after reset t2:', color.get())
color.reset(t1)
print('after reset t1:', color.get('unset'))

# Context.run: changes stay in the context that was run.
ctx = copy_context()


def work(a, b=0):
    color.set(f'green-{a}-{b}')
    size.set(size.get() + a)
    return color.get(), size.get()


print(ctx.run(work, 1, b=2))
print('outside:', color.get('unset'), size.get())
print('ctx:', ctx[color], ctx[size], ctx.get(color), len(ctx))
print(ctx.run(work, 5))
print('ctx again:', ctx[color], ctx[size])


# An exception leaves the context entered by run() all the same.
def fails():
    color.set('doomed')
    raise ValueError('inside run')


try:
    ctx.run(fails)
except ValueError as e:
    print('ValueError:', e, '| ctx keeps:', ctx[color], '| outside:', color.get('unset'))

# Nested runs of different contexts, and a context cannot be entered twice.
inner = Context()


def nested():
    size.set(1)
    return inner.run(lambda: (size.get(), color.get('none'))), size.get()


print(ctx.run(nested))
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print('RuntimeError:', str(e).startswith('cannot enter context: <_contextvars.Context object at'))

# copy() and copy_context() take a snapshot.
snap = ctx.copy()
ctx.run(color.set, 'changed-after-copy')
print(snap[color], ctx[color])
print(type(ctx).__name__, type(ctx), type(color), type(t1))
print(ContextVar[int], Token[str])

# Argument errors, worded as CPython's.
for bad in (lambda: ContextVar(1), lambda: ContextVar(), lambda: ContextVar('a', 'b'),
            lambda: ContextVar('a', nodefault=1), lambda: Context(1), lambda: Token(),
            lambda: color.reset(1), lambda: color.get(1, 2), lambda: hash(ctx),
            lambda: ctx.run()):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    color.name = 'other'
except AttributeError as e:
    print('AttributeError')
print(sorted(contextvars.__all__))
