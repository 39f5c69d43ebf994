import asyncio


async def job(d, tag):
    await asyncio.sleep(d)
    print("job", tag, "finished")
    return tag


async def attempt(d, timeout, tag):
    try:
        r = await asyncio.wait_for(job(d, tag), timeout)
        print(tag, "-> result", r)
    except asyncio.TimeoutError:
        print(tag, "-> timeout")


async def main():
    await attempt(0.01, 0.05, "fast")
    await attempt(0.05, 0.01, "slow")
    await attempt(0, 0.01, "zero-delay")
    # several racing concurrently
    await asyncio.gather(
        attempt(0.01, 0.03, "g1"), attempt(0.04, 0.02, "g2"), attempt(0.02, 0.05, "g3")
    )


asyncio.run(main())
