import asyncio


async def job(name, ticks, exc=None):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if ticks > 10:
        await asyncio.sleep(0.3)
    if exc:
        raise exc
    return name


async def main():
    aws = [asyncio.create_task(job("a", 3)), asyncio.create_task(job("b", 1, ValueError("b broke"))),
           asyncio.create_task(job("c", 2))]
    for f in asyncio.as_completed(aws):
        try:
            print("ok:", await f)
        except ValueError as e:
            print("error:", e)
    t = asyncio.create_task(job("t", 20))
    it = asyncio.as_completed([t, asyncio.create_task(job("u", 0))])
    print("first:", await next(it))
    t.cancel()
    try:
        await next(it)
    except asyncio.CancelledError:
        print("cancelled task surfaces as CancelledError")


asyncio.run(main())
