import asyncio


async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed", i)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise
    except asyncio.BrokenBarrierError:
        print(name, "sees broken barrier")


async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(party(b, "one"))
    t2 = asyncio.create_task(party(b, "two"))
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    t1.cancel()
    await asyncio.sleep(0)
    print("after cancel waiting:", b.n_waiting, "broken:", b.broken)
    t3 = asyncio.create_task(party(b, "three"))
    t4 = asyncio.create_task(party(b, "four"))
    await asyncio.gather(t2, t3, t4, return_exceptions=True)
    print("t1 cancelled:", t1.cancelled())


asyncio.run(main())
