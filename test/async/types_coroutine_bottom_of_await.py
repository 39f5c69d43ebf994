# How `await` works at the bottom: generator-based coroutines (types.coroutine) yielding futures
# to the Task, sleeping with a bare yield, and delegating to native coroutines with yield from.
import asyncio
import types


@types.coroutine
def wait_future(fut):
    # What Future.__await__ does: mark it blocking, hand it to the Task, get resumed when done.
    if not fut.done():
        fut._asyncio_future_blocking = True
        yield fut
    return fut.result()


@types.coroutine
def nap():
    yield


async def native(x):
    await asyncio.sleep(0.01)
    return x * 10


@types.coroutine
def delegate(x):
    r = yield from native(x)
    yield
    return r + 1


def plain_gen():
    yield


async def resolver(fut, value, delay):
    await asyncio.sleep(delay)
    print('resolving with', value)
    fut.set_result(value)


async def spinner(n):
    for i in range(n):
        print('spin', i)
        await nap()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(resolver(fut, 'hello', 0.02))
    spin = asyncio.create_task(spinner(3))
    print('waiting')
    print('got', await wait_future(fut))
    print('again', await wait_future(fut))
    await spin
    print('delegate', await delegate(4))
    t = asyncio.create_task(delegate(5))
    print('task result', await t)
    g = plain_gen()
    try:
        await g
    except TypeError as e:
        print('TypeError:', e)

    f2 = loop.create_future()
    loop.call_later(0.03, f2.set_result, 'later')

    @types.coroutine
    def unmarked():
        return (yield f2)
    try:
        await asyncio.create_task(unmarked())
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' in task')[0])
    await asyncio.sleep(0.05)


asyncio.run(main())
