import asyncio


async def job(name, d, exc=None):
    await asyncio.sleep(d)
    if exc:
        raise exc
    return name


async def main():
    aws = [job("a", 0.03), job("b", 0.01, ValueError("b broke")), job("c", 0.02)]
    for f in asyncio.as_completed(aws):
        try:
            print("ok:", await f)
        except ValueError as e:
            print("error:", e)
    t = asyncio.create_task(job("t", 0.3))
    it = asyncio.as_completed([t, job("u", 0)])
    print("first:", await next(it))
    t.cancel()
    try:
        await next(it)
    except asyncio.CancelledError:
        print("cancelled task surfaces as CancelledError")


asyncio.run(main())
