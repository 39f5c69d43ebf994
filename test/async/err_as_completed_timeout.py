import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    aws = [asyncio.create_task(job(d)) for d in (0.3, 0.1, 0.5, 0.2)]
    got = []
    try:
        for f in asyncio.as_completed(aws, timeout=0.37):
            r = await f
            got.append(r)
            print("got", r, round(loop.time() - t0, 1))
    except asyncio.TimeoutError as e:
        print("timeout", repr(e), got, round(loop.time() - t0, 1))
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0.3)
    print(len(asyncio.all_tasks()))
    for f in asyncio.as_completed([job(0.05)], timeout=0.01):
        await f


asyncio.run(main())
