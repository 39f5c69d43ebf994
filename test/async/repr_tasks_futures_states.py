# Reprs of tasks and futures in every state (pending with wait_for, done, cancelled, exception).
import asyncio


async def worker(ev):
    await ev.wait()
    return "w"


async def failing():
    raise KeyError("bad")


async def sleeper():
    await asyncio.sleep(5)


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    t = asyncio.create_task(worker(ev), name="waiter")
    print(t)
    await asyncio.sleep(0)
    print(t)
    ev.set()
    await t
    print(t)
    f = loop.create_future()
    print(f)
    f.add_done_callback(print)
    print(f)
    f.set_result([1, 2])
    print(repr(f))
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.cancel()
    print(f2)
    t2 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(t2)
    print(t2.exception())
    t3 = asyncio.create_task(sleeper(), name="sleepy")
    await asyncio.sleep(0)
    print(t3)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3)
    async def short():
        return await asyncio.sleep(0.01, "r")
    t4 = asyncio.create_task(short())
    print(t4)
    await t4
    print(t4)
    print(repr(asyncio.current_task()).split(" cb=")[0])
    g = asyncio.gather(short())
    print(g)
    await g
    print(g)


asyncio.run(main())
