import asyncio

async def work(n, tag):
    try:
        await asyncio.sleep(n)
        print("finished", tag)
        return tag
    except asyncio.CancelledError:
        print("cancelled", tag)
        raise

async def instant():
    return "instant"

async def main():
    print(await asyncio.wait_for(work(0.1, "none"), timeout=None))
    try:
        await asyncio.wait_for(work(1, "zero"), timeout=0)
    except TimeoutError as e:
        print("TimeoutError zero", type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(work(1, "neg"), timeout=-1)
    except asyncio.TimeoutError:
        print("TimeoutError neg")
    try:
        print(await asyncio.wait_for(instant(), timeout=0))
    except TimeoutError:
        print("instant coroutine with timeout=0 times out")
    it = asyncio.create_task(instant())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(it, timeout=0))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    t = asyncio.create_task(work(0.5, "task"))
    print(await asyncio.wait_for(t, 1))
    t2 = asyncio.create_task(work(5, "task2"))
    try:
        await asyncio.wait_for(t2, 0.5)
    except TimeoutError:
        print("t2 cancelled:", t2.cancelled())
    f2 = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(f2, 0.1)
    except TimeoutError:
        print("future cancelled:", f2.cancelled())
    print(await asyncio.wait_for(asyncio.sleep(0.1, "slept"), timeout=0.2))

asyncio.run(main())
