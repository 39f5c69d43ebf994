# Callbacks run in a context: the one given with context=, or else a copy of the context that
# was current when they were scheduled (call_soon, call_later, call_at, add_done_callback).
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


def show(tag):
    print(f'{tag}: var={var.get()}')


def set_and_show(tag, value):
    var.set(value)
    show(tag)


async def main():
    loop = asyncio.get_running_loop()
    var.set('main-1')
    loop.call_soon(show, 'call_soon default (scheduled with main-1)')
    var.set('main-2')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in-ctx')
    loop.call_soon(show, 'call_soon context=ctx', context=ctx)
    loop.call_later(0.01, show, 'call_later context=ctx', context=ctx)
    loop.call_at(loop.time() + 0.02, show, 'call_at default (scheduled with main-2)')
    # A callback that sets the variable changes only its own context.
    loop.call_soon(set_and_show, 'callback sets in its copy', 'from-callback')
    loop.call_soon(set_and_show, 'callback sets in ctx', 'ctx-changed', context=ctx)
    await asyncio.sleep(0.03)
    show('main after callbacks')
    print('ctx now holds:', ctx[var])

    fut = loop.create_future()
    var.set('main-3')
    fut.add_done_callback(lambda f: show('done callback default'))
    fut.add_done_callback(lambda f: show('done callback context=ctx'), context=ctx)
    var.set('main-4')
    fut.set_result(None)
    await asyncio.sleep(0)
    # A callback added to a future that is already done is scheduled at once, in context.
    fut.add_done_callback(lambda f: show('late done callback'))
    await asyncio.sleep(0)

    # A handle keeps its context: Handle._context is a Context.
    h = loop.call_soon(show, 'handle')
    print('handle context is a Context:', isinstance(h._context, contextvars.Context))
    print('handle context is ctx:', loop.call_soon(show, 'handle2', context=ctx)._context is ctx)
    await asyncio.sleep(0)


asyncio.run(main())
