import asyncio


def describe(f):
    if not f.done():
        return "pending"
    if f.cancelled():
        return "cancelled"
    if f.exception() is not None:
        return f"exception {f.exception()!r}"
    return f"result {f.result()!r}"


async def main():
    loop = asyncio.get_running_loop()
    fs = [loop.create_future() for _ in range(4)]
    fs[0].set_result(0)
    fs[1].set_exception(OSError("io"))
    fs[2].cancel()
    for f in fs:
        print(describe(f))
    loop.call_later(0.01, fs[3].set_result, "late")
    print(await fs[3])
    print(describe(fs[3]))
    print("isfuture:", asyncio.isfuture(fs[0]), asyncio.isfuture(object()))
    t = asyncio.create_task(asyncio.sleep(0))
    print("task isfuture:", asyncio.isfuture(t))
    await t


asyncio.run(main())
