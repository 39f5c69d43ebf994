import asyncio, types

@types.coroutine
def bare():
    print('bare: before yield')
    x = yield
    print('bare: after yield', x)
    return 'bare-result'

@types.coroutine
def wait_fut(fut):
    print('wait_fut: yielding future')
    res = yield from fut
    print('wait_fut: got', res)
    return res * 2

async def worker(name, n):
    for i in range(n):
        r = await bare()
        print(name, i, r)

async def setter(fut):
    await asyncio.sleep(0.01)
    fut.set_result(21)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(worker('A', 2))
    t2 = asyncio.create_task(worker('B', 2))
    t3 = asyncio.create_task(setter(fut))
    v = await wait_fut(fut)
    print('main got', v)
    await asyncio.gather(t1, t2, t3)
    g = bare()
    print(type(g).__name__, g.gi_code.co_flags & 0x100 != 0)
    g.close()
    try:
        @types.coroutine
        def bad():
            yield 5
        await bad()
    except RuntimeError as e:
        print('RuntimeError', e)

asyncio.run(main())
