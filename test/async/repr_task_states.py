import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return "slept"

async def failer():
    await asyncio.sleep(0)
    raise ValueError("nope")

async def waiter(t):
    return await t

def show(label, obj):
    print(label, repr(obj).replace(__file__, "FILE"))

async def main():
    t = asyncio.create_task(sleeper(1), name="sleepy")
    show("created:", t)
    await asyncio.sleep(0)
    show("waiting:", t)
    w = asyncio.create_task(waiter(t), name="w")
    await asyncio.sleep(0)
    show("waiter:", w)
    await t
    show("done:", t)
    await w
    show("waiter done:", w)
    f = asyncio.create_task(failer(), name="bad")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show("failed:", f)
    f.exception()
    c = asyncio.create_task(sleeper(5), name="cx")
    await asyncio.sleep(0)
    c.cancel()
    show("cancelling:", c)
    c.cancel("twice")
    show("cancelling2:", c)
    try:
        await c
    except asyncio.CancelledError:
        pass
    show("cancelled:", c)
    big = asyncio.create_task(sleeper(0), name="big")
    await big
    show("big:", big)
    fut = asyncio.get_running_loop().create_future()
    show("future pending:", fut)
    fut.set_result(list(range(30)))
    show("future result:", fut)
    fut2 = asyncio.get_running_loop().create_future()
    fut2.set_exception(KeyError("k"))
    show("future exc:", fut2)
    fut2.exception()
    fut3 = asyncio.get_running_loop().create_future()
    fut3.cancel()
    show("future cancelled:", fut3)
    show("task name int:", asyncio.create_task(sleeper(0), name=17))
    await asyncio.sleep(0)

asyncio.run(main())
