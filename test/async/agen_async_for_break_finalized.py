# `async for x in agen():` left early: CPython drops the async generator at once and the loop's
# finalizer hook schedules its aclose() as a task, so the cleanup runs at the next yield.
import asyncio


async def ticker(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print('cleanup', tag)


async def main():
    async for t in ticker('break'):
        print('tick', t)
        if t == 1:
            break
    print('after loop')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('middle')
    try:
        async for t in ticker('raise'):
            raise ValueError(t)
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
