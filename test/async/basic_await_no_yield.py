import asyncio

log = []


async def plain(n):
    log.append(f"plain {n}")
    return n + 1


async def other():
    log.append("other ran")


async def main():
    asyncio.create_task(other())
    # awaiting a coroutine that never suspends does not yield to the loop
    v = 0
    for i in range(5):
        v = await plain(v)
    log.append(f"after chain v={v}")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    for line in log:
        print(line)


asyncio.run(main())
