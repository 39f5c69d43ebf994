import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    if isinstance(x, BaseException):
        raise x
    return x


async def main():
    t = asyncio.create_task(val(1, 1))
    res_task = asyncio.gather(val(1, 0.01), val(ValueError("v"), 0.02), t, val(KeyError("k"), 0.03), return_exceptions=True)
    await asyncio.sleep(0.015)
    t.cancel("child cancel")
    res = await res_task
    for r in res:
        print(type(r).__name__, repr(r))
    try:
        await asyncio.gather(val(1, 0.01), val(asyncio.CancelledError("inner"), 0.02))
    except asyncio.CancelledError as e:
        print("gather propagated CancelledError", e.args)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
