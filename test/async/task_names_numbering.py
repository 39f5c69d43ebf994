import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name="custom")
    t3 = asyncio.create_task(noop())
    t4 = asyncio.create_task(noop(), name=None)
    t5 = asyncio.create_task(noop(), name=123)
    t6 = asyncio.create_task(noop())
    for t in (t1, t2, t3, t4, t5, t6):
        print(repr(t.get_name()))
    await asyncio.gather(t1, t2, t3, t4, t5, t6)
    f = asyncio.ensure_future(noop())
    print("ensure_future:", f.get_name())
    await f
    gt = asyncio.gather(noop(), noop())
    await gt
    t7 = asyncio.create_task(noop())
    print("after gather created 2 tasks:", t7.get_name())
    await t7


asyncio.run(main())
