# gather and create_task on every path the library takes: the same awaitable twice, futures mixed
# with coroutines, errors and cancellation in both modes, a cancelled gather, a task factory, a
# Task subclass put in asyncio.Task, and futures of another loop.
import asyncio


async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    c = val('same')
    t = asyncio.create_task(val('task'))
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'future')
    print(await asyncio.gather(c, c, t, t, f, val(1)))

    print(await asyncio.gather(val(1), boom('a', 0.01), boom('b'), return_exceptions=True))
    try:
        await asyncio.gather(val(1, 0.02), boom('first', 0.01), boom('second', 0.015))
    except ValueError as e:
        print('raised', e)
    await asyncio.sleep(0.05)

    slow = asyncio.create_task(val('slow', 1))
    g = asyncio.gather(slow, val('quick'))
    await asyncio.sleep(0)
    print(g.cancel('enough'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args, slow.cancelled())

    child = asyncio.create_task(val('child', 1))
    g = asyncio.gather(child, val(2), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel('child msg')
    print(await g)

    made = []
    def factory(loop, coro, **kw):
        task = asyncio.Task(coro, loop=loop, **kw)
        made.append(task.get_name())
        return task
    loop.set_task_factory(factory)
    print(await asyncio.gather(val('a'), val('b')), len(made))
    t = asyncio.create_task(val('named'), name='my-task')
    print(t.get_name(), await t, len(made))
    loop.set_task_factory(None)

    class LoudTask(asyncio.Task):
        def __init__(self, coro, *, loop=None, name=None, context=None):
            print('LoudTask for', coro.__name__)
            super().__init__(coro, loop=loop, name=name, context=context)
    saved = asyncio.Task
    asyncio.Task = LoudTask
    try:
        print(await asyncio.gather(val('x')))
    finally:
        asyncio.Task = saved

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    try:
        asyncio.gather(loop.create_future(), foreign)
    except ValueError as e:
        print('ValueError', e)
    other.close()

    tasks = [asyncio.create_task(val(i)) for i in range(5)]
    print(await asyncio.gather(*tasks), [t.get_name() for t in tasks][-1])
    print(type(asyncio.gather(*tasks)).__name__, asyncio.gather(*tasks).done())
    empty = asyncio.gather()
    print(empty.done(), await empty)


asyncio.run(main())
