import asyncio


async def save(data, log):
    log.append("saving " + data)
    await asyncio.sleep(0.1)
    log.append("saved " + data)
    return len(data)


async def main():
    log = []
    t = asyncio.create_task(save("report", log))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.03)
    except asyncio.TimeoutError:
        print("timed out but task alive:", t.done(), t.cancelled())
    print("result later:", await t, log)
    inner = asyncio.create_task(save("x", log))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    print(outer.cancelled(), inner.cancelled())
    print(await inner)


asyncio.run(main())
